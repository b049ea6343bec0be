/*
 * base/graph_build.c against igraph_create(), the peer it stands in for:
 * the same six vectors of igraph's representation (from, to, oi, ii, os,
 * is) for random simple tie lists with isolated vertices, sorted by (lower,
 * higher) end as projections are and by (higher, lower) as the two-mode
 * network is, and property queries (loops, multiple ties, connectivity)
 * that igraph answers from the graph, not from a stale cache; loops,
 * repeated ties and ties unsorted by either end are refused.  Also the
 * projection's sort of indices (base/sorted.c) against qsort.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "base/graph_build.h"
#include "base/sorted.h"
#include "testutil.h"

static int by_pair(const void *a, const void *b)
{
	const igraph_integer_t *x = a, *y = b;

	if (x[0] != y[0])
		return x[0] < y[0] ? -1 : 1;
	return (x[1] > y[1]) - (x[1] < y[1]);
}

/* By the higher end, then the lower: the two-mode network's order (by project, then actor). */
static int by_hi_pair(const void *a, const void *b)
{
	const igraph_integer_t *x = a, *y = b;

	if (x[1] != y[1])
		return x[1] < y[1] ? -1 : 1;
	return (x[0] > y[0]) - (x[0] < y[0]);
}

/* Up to m random ties on n >= 2 vertices as strictly increasing (lo, hi), lo < hi; *kept. */
static igraph_integer_t *random_ties(igraph_integer_t n, igraph_integer_t m, igraph_integer_t *kept)
{
	igraph_integer_t *t = malloc(((size_t)m + 1) * 2 * sizeof *t), k = 0;

	ck_assert_ptr_nonnull(t);
	for (igraph_integer_t e = 0; e < m; e++) {
		igraph_integer_t a = RNG_INTEGER(0, n - 1), b = RNG_INTEGER(0, n - 1);
		if (a == b)
			b = (a + 1) % n;
		t[2 * e] = a < b ? a : b;
		t[2 * e + 1] = a < b ? b : a;
	}
	qsort(t, (size_t)m, 2 * sizeof *t, by_pair);
	for (igraph_integer_t e = 0; e < m; e++)
		if (k == 0 || by_pair(&t[2 * e], &t[2 * (k - 1)]) != 0) {
			t[2 * k] = t[2 * e];
			t[2 * k + 1] = t[2 * e + 1];
			k++;
		}
	*kept = k;
	return t;
}

static void same_vector(const igraph_vector_int_t *a, const igraph_vector_int_t *b,
			const char *what)
{
	ck_assert_msg(igraph_vector_int_size(a) == igraph_vector_int_size(b), "%s: sizes differ",
		      what);
	ck_assert_msg(igraph_vector_int_all_e(a, b), "%s differs from igraph_create's", what);
}

static void compare(igraph_integer_t n, igraph_integer_t m, const igraph_integer_t *t)
{
	igraph_vector_int_t edges, lo, hi;
	igraph_t want, got;
	igraph_bool_t a, b;

	igraph_vector_int_view(&edges, t, 2 * m);
	ck_assert_int_eq(igraph_create(&want, &edges, n, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
	igraph_vector_int_init(&lo, m);
	igraph_vector_int_init(&hi, m);
	for (igraph_integer_t e = 0; e < m; e++) {
		VECTOR(lo)[e] = t[2 * e];
		VECTOR(hi)[e] = t[2 * e + 1];
	}
	ck_assert_int_eq(sn__graph_from_sorted_ties(&got, n, &lo, &hi), SN_OK);
	ck_assert_int_eq(igraph_vcount(&got), n);
	ck_assert(!igraph_is_directed(&got));
	same_vector(&got.from, &want.from, "from");
	same_vector(&got.to, &want.to, "to");
	same_vector(&got.oi, &want.oi, "oi");
	same_vector(&got.ii, &want.ii, "ii");
	same_vector(&got.os, &want.os, "os");
	same_vector(&got.is, &want.is, "is");
	igraph_has_loop(&got, &a);
	igraph_has_loop(&want, &b);
	ck_assert_int_eq(a, b);
	igraph_has_multiple(&got, &a);
	igraph_has_multiple(&want, &b);
	ck_assert_int_eq(a, b);
	igraph_is_connected(&got, &a, IGRAPH_WEAK);
	igraph_is_connected(&want, &b, IGRAPH_WEAK);
	ck_assert_int_eq(a, b);
	igraph_destroy(&got);
	igraph_destroy(&want);
	igraph_vector_int_destroy(&lo);   /* left destroyed: harmless */
	igraph_vector_int_destroy(&hi);
}

START_TEST(test_graph_build_equals_igraph_create)
{
	static const igraph_integer_t sizes[][2] = {
		{ 0, 0 }, { 1, 0 }, { 3, 0 }, { 2, 1 }, { 10, 30 }, { 100, 50 }, { 500, 5000 },
		{ 5000, 40000 },
	};

	igraph_rng_seed(igraph_rng_default(), 24);
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		igraph_integer_t n = sizes[i][0], m = n >= 2 ? sizes[i][1] : 0, kept = 0;
		igraph_integer_t *t = random_ties(n >= 2 ? n : 2, m, &kept);

		compare(n, kept, t);
		qsort(t, (size_t)kept, 2 * sizeof *t, by_hi_pair);
		compare(n, kept, t);
		free(t);
	}
}
END_TEST

static int cmp_size(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	return (a > b) - (a < b);
}

/*
 * sn__sort_indices (the projection's sort of each vertex's partners)
 * against qsort: sizes 0 .. 300 and 100 000, few and many distinct values,
 * ascending, descending and constant input.
 */
START_TEST(test_sort_indices_equals_qsort)
{
	size_t *a = malloc(100000 * sizeof *a), *b = malloc(100000 * sizeof *b);

	srand(11);
	for (int shape = 0; shape < 5; shape++) {
		for (size_t n = 0; n <= 300; n = n < 300 ? n + 1 : 100000) {
			for (size_t i = 0; i < n; i++)
				a[i] = shape == 0 ? (size_t)rand() : shape == 1 ? (size_t)rand() % 7
				     : shape == 2 ? i : shape == 3 ? n - i : 42;
			memcpy(b, a, n * sizeof *a);
			sn__sort_indices(a, n);
			qsort(b, n, sizeof *b, cmp_size);
			ck_assert_msg(n == 0 || memcmp(a, b, n * sizeof *a) == 0,
				      "shape %d, n %zu", shape, n);
			if (n == 100000)
				break;
		}
	}
	free(a);
	free(b);
}
END_TEST

START_TEST(test_graph_build_refuses_unsorted_or_out_of_range_ties)
{
	static const igraph_integer_t bad[][4] = {
		{ 1, 3, 0, 2 },   /* (1,3) before (0,2): unsorted by either end */
		{ 0, 3, 0, 2 },   /* (0,3) before (0,2) */
		{ 2, 1, 2, 3 },   /* lo > hi */
		{ 0, 1, 0, 4 },   /* hi >= n */
		{ 0, 1, 0, 1 },   /* repeated */
		{ 0, 1, 2, 2 },   /* a loop */
	};

	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		igraph_vector_int_t lo, hi;
		igraph_t g;

		igraph_vector_int_init(&lo, 2);
		igraph_vector_int_init(&hi, 2);
		VECTOR(lo)[0] = bad[i][0];
		VECTOR(hi)[0] = bad[i][1];
		VECTOR(lo)[1] = bad[i][2];
		VECTOR(hi)[1] = bad[i][3];
		ck_assert_int_eq(sn__graph_from_sorted_ties(&g, 4, &lo, &hi), SN_EINVAL);
		ck_assert_int_eq(igraph_vector_int_size(&lo), 2);   /* untouched */
		ck_assert_int_eq(VECTOR(hi)[1], bad[i][3]);
		igraph_vector_int_destroy(&lo);
		igraph_vector_int_destroy(&hi);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("graph_build");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_graph_build_equals_igraph_create);
	tcase_add_test(tc, test_graph_build_refuses_unsorted_or_out_of_range_ties);
	tcase_add_test(tc, test_sort_indices_equals_qsort);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
