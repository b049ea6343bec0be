/* Private: lookup of strings by an index array sorted on them; sorting of indices. */
#ifndef SAMNET_CORE_SORTED_H
#define SAMNET_CORE_SORTED_H

#include <stddef.h>
#include "samnet/error.h"

/* *out = indices 0..n-1 sorted by strcmp of keys[i] (stable).  SN_ENOMEM on failure. */
sn_error_t sn__sorted_index(size_t **out, const char *const *keys, size_t n);

/* Index i with keys[i] == key, found through `sorted`, or (size_t)-1.  O(log n). */
size_t sn__sorted_find(const size_t *sorted, const char *const *keys, size_t n, const char *key);

/*
 * Sorts a[0 .. n) ascending in place: quicksort (Hoare's partition around the
 * middle element, the smaller side first) with insertion sort below 16
 * elements.  Not stable (equal indices are alike).  O(n log n) expected; for
 * the short lists of a hot loop several times faster than qsort(), which
 * calls a comparison function twice per step.
 */
void sn__sort_indices(size_t *a, size_t n);

#endif
