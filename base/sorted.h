/* Private: lookup of strings by an index array sorted on them. */
#ifndef SAMNET_CORE_SORTED_H
#define SAMNET_CORE_SORTED_H

#include <stddef.h>
#include "samnet/error.h"

/* *out = indices 0..n-1 sorted by strcmp of keys[i] (stable).  SN_ENOMEM on failure. */
sn_error_t sn__sorted_index(size_t **out, const char *const *keys, size_t n);

/* Index i with keys[i] == key, found through `sorted`, or (size_t)-1.  O(log n). */
size_t sn__sorted_find(const size_t *sorted, const char *const *keys, size_t n, const char *key);

#endif
