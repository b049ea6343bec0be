/*
 * export/layout_fr.c against igraph_layout_fruchterman_reingold(), the peer
 * whose algorithm it follows: for the same seed, the same positions, to the
 * last bit, from ties given as arrays and as a projection's rows, on random graphs small enough for igraph's all-pairs variant
 * (connected and not, weighted and not, with isolated vertices) and large
 * enough for its grid (above 1000 vertices), with ties given in either
 * order of their ends.  The export's picture depends on nothing else.
 */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "export/layout_fr.h"
#include "testutil.h"

static int by_ends(const void *a, const void *b)
{
	const igraph_integer_t *x = a, *y = b;

	return x[0] != y[0] ? (x[0] > y[0]) - (x[0] < y[0]) : (x[1] > y[1]) - (x[1] < y[1]);
}

/*
 * A G(n, p) graph from igraph's generator seeded at `seed`, its ties
 * ordered by (lower, higher) end as a projection's, and its weights (or none).
 */
static void random_graph(igraph_t *g, igraph_vector_t *w, int n, double p, uint64_t seed,
			 bool weighted)
{
	igraph_vector_int_t edges;
	igraph_t raw;

	igraph_rng_seed(igraph_rng_default(), seed);
	ck_assert_int_eq(igraph_erdos_renyi_game_gnp(&raw, n, p, IGRAPH_UNDIRECTED, false), 0);
	igraph_vector_int_init(&edges, 0);
	igraph_get_edgelist(&raw, &edges, false);
	for (igraph_integer_t e = 0; e < igraph_ecount(&raw); e++)
		if (VECTOR(edges)[2 * e] > VECTOR(edges)[2 * e + 1]) {
			igraph_integer_t t = VECTOR(edges)[2 * e];
			VECTOR(edges)[2 * e] = VECTOR(edges)[2 * e + 1];
			VECTOR(edges)[2 * e + 1] = t;
		}
	qsort(VECTOR(edges), (size_t)igraph_ecount(&raw), 2 * sizeof(igraph_integer_t), by_ends);
	igraph_create(g, &edges, n, IGRAPH_UNDIRECTED);
	igraph_vector_int_destroy(&edges);
	igraph_destroy(&raw);
	igraph_vector_init(w, igraph_ecount(g));
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++)
		VECTOR(*w)[e] = weighted ? igraph_rng_get_unif(igraph_rng_default(), 0.5, 3) : 1;
}

/* Every coordinate of `ours` equals igraph's. */
static void same_positions(const igraph_matrix_t *ours, const igraph_matrix_t *theirs,
			   const char *how)
{
	igraph_integer_t n = igraph_matrix_nrow(theirs);

	ck_assert_int_eq(igraph_matrix_nrow(ours), n);
	ck_assert_int_eq(igraph_matrix_ncol(ours), 2);
	for (igraph_integer_t v = 0; v < n; v++)
		for (int c = 0; c < 2; c++)
			ck_assert_msg(MATRIX(*ours, v, c) == MATRIX(*theirs, v, c),
				      "%s, n %ld vertex %ld coordinate %d: %.17g, igraph %.17g", how,
				      (long)n, (long)v, c, MATRIX(*ours, v, c), MATRIX(*theirs, v, c));
}

/* Lays g out with igraph and with sn__layout_fr (ties as lower, higher or reversed) and compares. */
static void check_same(const igraph_t *g, const igraph_vector_t *w, bool weighted, int niter,
		       bool reversed)
{
	igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
	double temp = sqrt((double)n + 1);
	igraph_matrix_t theirs, ours;
	int32_t *src = malloc(((size_t)m + 1) * sizeof *src), *dst = malloc(((size_t)m + 1) * sizeof *dst);

	for (igraph_integer_t e = 0; e < m; e++) {
		src[e] = (int32_t)(reversed ? IGRAPH_FROM(g, e) : IGRAPH_TO(g, e));
		dst[e] = (int32_t)(reversed ? IGRAPH_TO(g, e) : IGRAPH_FROM(g, e));
	}
	igraph_matrix_init(&theirs, n, 2);
	igraph_matrix_init(&ours, 0, 0);
	igraph_rng_seed(igraph_rng_default(), 42);
	ck_assert_int_eq(igraph_layout_fruchterman_reingold(g, &theirs, false, niter, temp,
							    IGRAPH_LAYOUT_AUTOGRID,
							    weighted ? w : NULL, NULL, NULL, NULL,
							    NULL), 0);
	igraph_rng_seed(igraph_rng_default(), 42);
	sn__layout_ties_t ties = { (size_t)m, src, dst, weighted ? VECTOR(*w) : NULL, NULL };
	ck_assert_int_eq(sn__layout_fr(&ours, (size_t)n, &ties, niter, temp), SN_OK);
	same_positions(&ours, &theirs, "rows");
	igraph_matrix_destroy(&theirs);
	igraph_matrix_destroy(&ours);
	free(src);
	free(dst);
}

START_TEST(test_all_pairs_variant_equals_igraph)
{
	/* Dense enough to be connected; sparse enough to be disconnected, with isolates. */
	const struct { int n; double p; } cases[] = { { 40, 0.3 }, { 200, 0.004 }, { 1000, 0.01 },
						      { 1, 0 }, { 2, 1 } };

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		for (int weighted = 0; weighted < 2; weighted++) {
			igraph_t g;
			igraph_vector_t w;

			random_graph(&g, &w, cases[i].n, cases[i].p, 7 + i, weighted);
			check_same(&g, &w, weighted, cases[i].n > 500 ? 30 : 200, weighted);
			igraph_vector_destroy(&w);
			igraph_destroy(&g);
		}
}
END_TEST

START_TEST(test_grid_variant_equals_igraph)
{
	const struct { int n; double p; } cases[] = { { 1001, 0.005 }, { 5000, 0.0004 },
						      { 20000, 0.0003 } };

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		for (int weighted = 0; weighted < 2; weighted++) {
			igraph_t g;
			igraph_vector_t w;

			random_graph(&g, &w, cases[i].n, cases[i].p, 11 + i, weighted);
			check_same(&g, &w, weighted, 20, !weighted);
			igraph_vector_destroy(&w);
			igraph_destroy(&g);
		}
}
END_TEST

START_TEST(test_no_vertices_and_no_iterations)
{
	igraph_matrix_t pos;

	igraph_matrix_init(&pos, 3, 3);
	sn__layout_ties_t none = { 0, NULL, NULL, NULL, NULL };
	ck_assert_int_eq(sn__layout_fr(&pos, 0, &none, 20, 1), SN_OK);
	ck_assert_int_eq(igraph_matrix_nrow(&pos), 0);
	/* No iterations: the random start, inside the square of side sqrt(n). */
	ck_assert_int_eq(sn__layout_fr(&pos, 9, &none, 0, 1), SN_OK);
	for (int v = 0; v < 9; v++)
		ck_assert(fabs(MATRIX(pos, v, 0)) <= 1.5 && fabs(MATRIX(pos, v, 1)) <= 1.5);
	igraph_matrix_destroy(&pos);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("layout_fr");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_all_pairs_variant_equals_igraph);
	tcase_add_test(tc, test_grid_variant_equals_igraph);
	tcase_add_test(tc, test_no_vertices_and_no_iterations);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
