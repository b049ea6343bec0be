/* Sorted index arrays over string keys. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/sorted.h"

static int by_key(const void *a, const void *b, void *keys)
{
	const char *const *k = keys;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(k[i], k[j]);

	return c ? c : (i > j) - (i < j);
}

sn_error_t sn__sorted_index(size_t **out, const char *const *keys, size_t n)
{
	size_t *idx = malloc((n ? n : 1) * sizeof *idx);

	if (!idx)
		return sn_error_set(SN_ENOMEM, "out of memory sorting keys");
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	qsort_r(idx, n, sizeof *idx, by_key, (void *)keys);
	*out = idx;
	return SN_OK;
}

size_t sn__sorted_find(const size_t *sorted, const char *const *keys, size_t n, const char *key)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(keys[sorted[mid]], key);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(keys[sorted[lo]], key) == 0 ? sorted[lo] : (size_t)-1;
}

static void insertion_sort(size_t *a, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		size_t x = a[i], j = i;
		for (; j > 0 && a[j - 1] > x; j--)
			a[j] = a[j - 1];
		a[j] = x;
	}
}

void sn__sort_indices(size_t *a, size_t n)
{
	while (n > 16) {
		size_t pivot = a[n / 2], t;
		ptrdiff_t i = -1, j = (ptrdiff_t)n;

		for (;;) {   /* Hoare: a[0 .. j] <= pivot <= a[j + 1 .. n), both sides nonempty */
			do
				i++;
			while (a[i] < pivot);
			do
				j--;
			while (a[j] > pivot);
			if (i >= j)
				break;
			t = a[i], a[i] = a[j], a[j] = t;
		}
		size_t left = (size_t)j + 1;
		if (left < n - left) {
			sn__sort_indices(a, left);
			a += left, n -= left;
		} else {
			sn__sort_indices(a + left, n - left);
			n = left;
		}
	}
	insertion_sort(a, n);
}
