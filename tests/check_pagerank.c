/*
 * PageRank (analysis/pagerank.c) against two independent oracles: the
 * linear system it solves, by GSL's LU decomposition on dense matrices
 * (to 1e-13), and igraph's PRPACK (to 1e-9: PRPACK stops at a residual of
 * 1e-10), on random multigraphs with self-loops and vertices without ties.
 * NetworkX's values are checked in tests/check_centrality.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <check.h>
#include <gsl/gsl_linalg.h>
#include <igraph.h>

#include "samnet/centrality.h"
#include "testutil.h"

/*
 * A random undirected multigraph on n vertices, m ties, loops allowed;
 * weights 1..5 or NULL: in quarters (floats exactly: compact rows) for
 * seeds 0 and 1 mod 4, else in thirds (doubles).
 */
static void random_multigraph(igraph_t *g, igraph_vector_t *w, igraph_integer_t n,
			      igraph_integer_t m, unsigned seed)
{
	igraph_vector_int_t edges;

	srand(seed);
	igraph_vector_int_init(&edges, 2 * m);
	for (igraph_integer_t k = 0; k < 2 * m; k++)
		/* Vertices n-3 .. n-1 get no ties. */
		VECTOR(edges)[k] = rand() % (n - 3);
	igraph_create(g, &edges, n, IGRAPH_UNDIRECTED);
	igraph_vector_int_destroy(&edges);
	if (w) {
		igraph_vector_init(w, m);
		for (igraph_integer_t e = 0; e < m; e++)
			VECTOR(*w)[e] = 1 + rand() % 5 + (rand() % 4) / (seed % 4 < 2 ? 4.0 : 3.0);
	}
}

/*
 * The PageRank equation solved directly: x = (1-d)/n + d (P^T x + D x / n),
 * sum x = 1, P the transition matrix (weights over strength; a loop counts
 * twice, as in igraph's strength) and D the rank of the vertices without
 * ties.  Substituting sum x = 1 gives (I - d P^T - d/n 1 δ^T) x = (1-d)/n 1.
 */
static void dense_pagerank(double *x, const igraph_t *g, const igraph_vector_t *w, double d)
{
	igraph_integer_t n = igraph_vcount(g);
	gsl_matrix *a = gsl_matrix_calloc(n, n);
	gsl_vector *b = gsl_vector_alloc(n), *sol = gsl_vector_alloc(n);
	gsl_permutation *p = gsl_permutation_alloc(n);
	double *s = calloc(n, sizeof *s);
	int sign;

	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		double we = w ? VECTOR(*w)[e] : 1;
		s[IGRAPH_FROM(g, e)] += we;
		s[IGRAPH_TO(g, e)] += we;
	}
	for (igraph_integer_t i = 0; i < n; i++)
		gsl_matrix_set(a, i, i, 1);
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		igraph_integer_t u = IGRAPH_FROM(g, e), v = IGRAPH_TO(g, e);
		double we = w ? VECTOR(*w)[e] : 1;
		/* x_v gains d w / s_u x_u, and x_u gains d w / s_v x_v */
		gsl_matrix_set(a, v, u, gsl_matrix_get(a, v, u) - d * we / s[u]);
		gsl_matrix_set(a, u, v, gsl_matrix_get(a, u, v) - d * we / s[v]);
	}
	for (igraph_integer_t j = 0; j < n; j++)
		if (s[j] == 0)
			for (igraph_integer_t i = 0; i < n; i++)
				gsl_matrix_set(a, i, j, gsl_matrix_get(a, i, j) - d / (double)n);
	gsl_vector_set_all(b, (1 - d) / (double)n);
	gsl_linalg_LU_decomp(a, p, &sign);
	gsl_linalg_LU_solve(a, p, b, sol);
	for (igraph_integer_t i = 0; i < n; i++)
		x[i] = gsl_vector_get(sol, i);
	free(s);
	gsl_permutation_free(p);
	gsl_vector_free(sol);
	gsl_vector_free(b);
	gsl_matrix_free(a);
}

START_TEST(test_pagerank_solves_the_linear_system)
{
	for (unsigned seed = 1; seed <= 24; seed++) {
		igraph_integer_t n = 8 + (igraph_integer_t)(seed * 7 % 60), m = n * (1 + seed % 4);
		bool weighted = seed % 2 == 0;
		igraph_vector_t w, got;
		double want[80], sum = 0;
		igraph_t g;

		random_multigraph(&g, weighted ? &w : NULL, n, m, seed);
		dense_pagerank(want, &g, weighted ? &w : NULL, SN_PAGERANK_DAMPING);
		igraph_vector_init(&got, 0);
		ck_assert_int_eq(sn_centrality_pagerank(&got, &g, weighted ? &w : NULL, true), SN_OK);
		ck_assert_int_eq(igraph_vector_size(&got), n);
		for (igraph_integer_t v = 0; v < n; v++) {
			ck_assert_msg(fabs(VECTOR(got)[v] - want[v]) < 1e-13,
				      "seed %u, vertex %" IGRAPH_PRId ": %.17g, LU %.17g", seed, v,
				      VECTOR(got)[v], want[v]);
			sum += VECTOR(got)[v];
		}
		ck_assert_double_eq_tol(sum, 1, 1e-14);
		/* The vertices without ties share one value, (1 - d + d D) / n. */
		ck_assert_double_eq(VECTOR(got)[n - 1], VECTOR(got)[n - 2]);
		igraph_vector_destroy(&got);
		if (weighted)
			igraph_vector_destroy(&w);
		igraph_destroy(&g);
	}
}
END_TEST

START_TEST(test_pagerank_matches_prpack)
{
	for (unsigned seed = 1; seed <= 6; seed++) {
		bool weighted = seed % 2 == 1;
		igraph_vector_t w, got, prpack;
		igraph_t g;

		random_multigraph(&g, weighted ? &w : NULL, 3000, 9000 + 1000 * seed, seed);
		igraph_vector_init(&got, 0);
		igraph_vector_init(&prpack, 0);
		ck_assert_int_eq(sn_centrality_pagerank(&got, &g, weighted ? &w : NULL, true), SN_OK);
		ck_assert_int_eq(igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &prpack, NULL,
						 igraph_vss_all(), false, SN_PAGERANK_DAMPING,
						 weighted ? &w : NULL, NULL),
				 IGRAPH_SUCCESS);
		for (igraph_integer_t v = 0; v < igraph_vcount(&g); v++)
			ck_assert_msg(fabs(VECTOR(got)[v] - VECTOR(prpack)[v]) < 1e-9,
				      "seed %u, vertex %" IGRAPH_PRId ": %.17g, PRPACK %.17g", seed,
				      v, VECTOR(got)[v], VECTOR(prpack)[v]);
		igraph_vector_destroy(&prpack);
		igraph_vector_destroy(&got);
		if (weighted)
			igraph_vector_destroy(&w);
		igraph_destroy(&g);
	}
}
END_TEST

/* Above a million adjacency entries the products run on threads: the same bits on 1, 2 and 3. */
START_TEST(test_pagerank_is_the_same_on_any_number_of_threads)
{
	const char *counts[] = { "1", "2", "3" };
	igraph_vector_t w, first, again;
	igraph_t g;

	random_multigraph(&g, &w, 40000, 600000, 7);
	igraph_vector_init(&first, 0);
	igraph_vector_init(&again, 0);
	for (int k = 0; k < 3; k++) {
		setenv("SAMNET_THREADS", counts[k], 1);
		ck_assert_int_eq(sn_centrality_pagerank(k ? &again : &first, &g, &w, true), SN_OK);
		for (igraph_integer_t v = 0; k && v < igraph_vcount(&g); v++)
			ck_assert_msg(VECTOR(first)[v] == VECTOR(again)[v],
				      "%s threads, vertex %" IGRAPH_PRId ": %.17g, one thread %.17g",
				      counts[k], v, VECTOR(again)[v], VECTOR(first)[v]);
	}
	unsetenv("SAMNET_THREADS");
	igraph_vector_destroy(&again);
	igraph_vector_destroy(&first);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_pagerank_of_tiny_graphs)
{
	igraph_vector_t got;
	igraph_t g;

	igraph_vector_init(&got, 3);
	igraph_empty(&g, 0, IGRAPH_UNDIRECTED);
	ck_assert_int_eq(sn_centrality_pagerank(&got, &g, NULL, true), SN_OK);
	ck_assert_int_eq(igraph_vector_size(&got), 0);
	igraph_destroy(&g);
	igraph_empty(&g, 4, IGRAPH_UNDIRECTED);   /* no ties: uniform */
	ck_assert_int_eq(sn_centrality_pagerank(&got, &g, NULL, true), SN_OK);
	for (int v = 0; v < 4; v++)
		ck_assert_double_eq(VECTOR(got)[v], 0.25);
	igraph_destroy(&g);
	igraph_small(&g, 2, IGRAPH_DIRECTED, 0, 1, -1);
	ck_assert_int_eq(sn_centrality_pagerank(&got, &g, NULL, true), SN_EINVAL);
	igraph_destroy(&g);
	igraph_vector_destroy(&got);
}
END_TEST

static Suite *pagerank_suite(void)
{
	Suite *s = suite_create("pagerank");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_pagerank_solves_the_linear_system);
	tcase_add_test(tc, test_pagerank_matches_prpack);
	tcase_add_test(tc, test_pagerank_is_the_same_on_any_number_of_threads);
	tcase_add_test(tc, test_pagerank_of_tiny_graphs);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(pagerank_suite());
}
