/*
 * The path measures of samnet/centrality.h on the parallel exact paths
 * (issue 18): sn_centrality_compute() for betweenness, closeness and
 * harmonic, weighted (lengths 1/strength) or not, raw or normalised, and
 * the two-mode betweenness and closeness, against igraph 0.10's serial
 * functions called here in one thread (igraph_betweenness,
 * igraph_closeness, igraph_harmonic_centrality: the implementation samnet
 * used before) at 1, 2 and 3 threads; single-threaded sums equal to
 * igraph's bit for bit; the thread-count rule (sn_fast_threads); and the
 * registry's compute functions.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <igraph.h>

#include "samnet/centrality.h"
#include "samnet/fast.h"

/* |a - b| <= 1e-12 relative to max(1, |b|); NaN equals NaN. */
static void assert_close(const igraph_vector_t *a, const igraph_vector_t *b, const char *what)
{
	ck_assert_int_eq(igraph_vector_size(a), igraph_vector_size(b));
	for (igraph_integer_t i = 0; i < igraph_vector_size(a); i++) {
		double x = VECTOR(*a)[i], y = VECTOR(*b)[i];

		if (isnan(y)) {
			ck_assert_msg(isnan(x), "%s[%ld] = %g, want NaN", what, (long)i, x);
			continue;
		}
		ck_assert_msg(fabs(x - y) <= 1e-12 * fmax(1, fabs(y)), "%s[%ld] = %.17g, want %.17g",
			      what, (long)i, x, y);
	}
}

/*
 * A seeded G(n, m) graph with its edges in random order and either end
 * first (as a projection lists them), strengths 1..4 (many tied path
 * lengths); igraph's RNG restored.
 */
static void random_graph(igraph_t *g, igraph_vector_t *w, igraph_integer_t n, igraph_integer_t m,
			 unsigned long seed)
{
	igraph_rng_t rng, *saved = igraph_rng_default(), keep = *saved;
	igraph_vector_int_t edges;
	igraph_t sorted;

	igraph_rng_init(&rng, &igraph_rngtype_pcg32);
	igraph_rng_seed(&rng, seed);
	igraph_rng_set_default(&rng);
	ck_assert_int_eq(igraph_erdos_renyi_game_gnm(&sorted, n, m, IGRAPH_UNDIRECTED,
						     IGRAPH_NO_LOOPS), IGRAPH_SUCCESS);
	igraph_vector_int_init(&edges, 0);
	igraph_get_edgelist(&sorted, &edges, false);
	for (igraph_integer_t e = m - 1; e > 0; e--) {   /* Fisher-Yates on edge pairs */
		igraph_integer_t f = igraph_rng_get_integer(&rng, 0, e);
		igraph_integer_t a = VECTOR(edges)[2 * e], b = VECTOR(edges)[2 * e + 1];
		bool flip = igraph_rng_get_integer(&rng, 0, 1);

		VECTOR(edges)[2 * e] = VECTOR(edges)[2 * f];
		VECTOR(edges)[2 * e + 1] = VECTOR(edges)[2 * f + 1];
		VECTOR(edges)[2 * f] = flip ? b : a;
		VECTOR(edges)[2 * f + 1] = flip ? a : b;
	}
	ck_assert_int_eq(igraph_create(g, &edges, n, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&edges);
	igraph_destroy(&sorted);
	igraph_vector_init(w, m);
	for (igraph_integer_t e = 0; e < m; e++)
		VECTOR(*w)[e] = (double)(1 + igraph_rng_get_integer(&rng, 0, 3));
	igraph_rng_set_default(&keep);
	igraph_rng_destroy(&rng);
}

/* igraph's value of path measure `m` (raw or normalised as samnet defines it). */
static void igraph_reference(igraph_vector_t *out, const igraph_t *g, const igraph_vector_t *w,
			     sn_measure_t m, bool normalized)
{
	const sn_measure_info_t *info = sn_measure_info(m);
	igraph_vector_t len;
	const igraph_vector_t *lp = NULL;
	double n = (double)igraph_vcount(g);

	igraph_vector_init(&len, 0);
	if (info->weighted) {
		igraph_vector_update(&len, w);
		for (igraph_integer_t e = 0; e < igraph_vector_size(&len); e++)
			VECTOR(len)[e] = 1.0 / VECTOR(len)[e];
		lp = &len;
	}
	if (m == SN_MEASURE_BETWEENNESS || m == SN_MEASURE_BETWEENNESS_W) {
		igraph_betweenness(g, out, igraph_vss_all(), false, lp);
		if (normalized)
			igraph_vector_scale(out, n > 2 ? 2 / ((n - 1) * (n - 2)) : 0);
	} else if (m == SN_MEASURE_CLOSENESS || m == SN_MEASURE_CLOSENESS_W) {
		igraph_closeness(g, out, NULL, NULL, igraph_vss_all(), IGRAPH_ALL, lp, normalized);
	} else {
		igraph_harmonic_centrality(g, out, igraph_vss_all(), IGRAPH_ALL, lp, normalized);
	}
	igraph_vector_destroy(&len);
}

static const sn_measure_t path_measures[] = {
	SN_MEASURE_BETWEENNESS, SN_MEASURE_BETWEENNESS_W, SN_MEASURE_CLOSENESS,
	SN_MEASURE_CLOSENESS_W, SN_MEASURE_HARMONIC, SN_MEASURE_HARMONIC_W,
};

/* Every path measure, raw and normalised, at 1, 2 and 3 threads, against igraph. */
static void compare_path_measures(const igraph_t *g, const igraph_vector_t *w)
{
	static const char *threads[] = { "1", "2", "3" };
	igraph_vector_t got, want;

	igraph_vector_init(&got, 0);
	igraph_vector_init(&want, 0);
	for (size_t k = 0; k < sizeof path_measures / sizeof path_measures[0]; k++)
		for (int normalized = 0; normalized < 2; normalized++) {
			igraph_reference(&want, g, w, path_measures[k], normalized);
			for (size_t t = 0; t < sizeof threads / sizeof threads[0]; t++) {
				setenv("SAMNET_THREADS", threads[t], 1);
				ck_assert_int_eq(sn_centrality_compute(&got, g, w, path_measures[k],
									 normalized), SN_OK);
				assert_close(&got, &want, sn_measure_name(path_measures[k]));
			}
		}
	unsetenv("SAMNET_THREADS");
	igraph_vector_destroy(&got);
	igraph_vector_destroy(&want);
}

START_TEST(test_compute_path_measures_match_igraph_at_any_thread_count)
{
	for (unsigned long seed = 1; seed <= 4; seed++) {
		igraph_t g;
		igraph_vector_t w;

		/* 200 vertices: 13 chunks of sources, so 2 and 3 threads really split the work. */
		random_graph(&g, &w, 200, 600 + 150 * (igraph_integer_t)seed, seed);
		compare_path_measures(&g, &w);
		igraph_vector_destroy(&w);
		igraph_destroy(&g);
	}
}
END_TEST

START_TEST(test_compute_path_measures_disconnected_match_igraph)
{
	igraph_t g;
	igraph_vector_t w;

	/* 300 vertices, 250 ties: many components and isolated vertices (closeness NaN). */
	random_graph(&g, &w, 300, 250, 7);
	compare_path_measures(&g, &w);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

/*
 * With one thread the fast paths visit neighbours in igraph's order and
 * settle equally distant vertices in igraph's heap order, so every sum is
 * igraph's, term for term: the values are identical, not merely close.
 * Closeness and harmonic add each source's terms level by level, as
 * igraph's breadth-first search does, at any thread count.
 */
START_TEST(test_one_thread_equals_igraph_bit_for_bit)
{
	for (unsigned long seed = 11; seed <= 16; seed++) {
		igraph_t g;
		igraph_vector_t w, len, got, want;

		random_graph(&g, &w, 150, 700, seed);
		igraph_vector_init(&len, 0);
		igraph_vector_update(&len, &w);
		for (igraph_integer_t e = 0; e < igraph_vector_size(&len); e++)
			VECTOR(len)[e] = 1.0 / VECTOR(len)[e];
		igraph_vector_init(&got, 0);
		igraph_vector_init(&want, 0);
		for (int weighted = 0; weighted < 2; weighted++) {
			const igraph_vector_t *lp = weighted ? &len : NULL;

			igraph_betweenness(&g, &want, igraph_vss_all(), false, lp);
			ck_assert_int_eq(sn_betweenness_fast(&got, &g, lp, 1), SN_OK);
			for (igraph_integer_t v = 0; v < igraph_vcount(&g); v++)
				ck_assert_msg(VECTOR(got)[v] == VECTOR(want)[v],
					      "seed %lu weighted %d vertex %ld: %.17g, igraph %.17g",
					      seed, weighted, (long)v, VECTOR(got)[v], VECTOR(want)[v]);
		}
		/* Unweighted closeness and harmonic: per source, so at any thread count. */
		for (int harmonic = 0; harmonic < 2; harmonic++) {
			if (harmonic)
				igraph_harmonic_centrality(&g, &want, igraph_vss_all(), IGRAPH_ALL, NULL,
							   true);
			else
				igraph_closeness(&g, &want, NULL, NULL, igraph_vss_all(), IGRAPH_ALL,
						 NULL, true);
			ck_assert_int_eq(sn_closeness_fast(harmonic ? NULL : &got,
							   harmonic ? &got : NULL, &g, NULL, 2), SN_OK);
			for (igraph_integer_t v = 0; v < igraph_vcount(&g); v++)
				ck_assert_msg(VECTOR(got)[v] == VECTOR(want)[v],
					      "seed %lu harmonic %d vertex %ld: %.17g, igraph %.17g",
					      seed, harmonic, (long)v, VECTOR(got)[v], VECTOR(want)[v]);
		}
		igraph_vector_destroy(&got);
		igraph_vector_destroy(&want);
		igraph_vector_destroy(&len);
		igraph_vector_destroy(&w);
		igraph_destroy(&g);
	}
}
END_TEST

START_TEST(test_twomode_path_measures_match_igraph)
{
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_vector_t got, want;
	igraph_vector_int_t reached;
	igraph_rng_t rng, *saved = igraph_rng_default(), keep = *saved;
	igraph_integer_t n1 = 120, n2 = 80;

	igraph_rng_init(&rng, &igraph_rngtype_pcg32);
	igraph_rng_seed(&rng, 3);
	igraph_rng_set_default(&rng);
	igraph_vector_bool_init(&types, 0);
	ck_assert_int_eq(igraph_bipartite_game(&g, &types, IGRAPH_ERDOS_RENYI_GNM, n1, n2, 0, 260,
					       false, IGRAPH_ALL), IGRAPH_SUCCESS);
	igraph_rng_set_default(&keep);
	igraph_rng_destroy(&rng);
	igraph_vector_init(&got, 0);
	igraph_vector_init(&want, 0);
	igraph_vector_int_init(&reached, 0);
	setenv("SAMNET_THREADS", "2", 1);
	/* Raw two-mode betweenness is one-mode betweenness of the bipartite graph. */
	igraph_betweenness(&g, &want, igraph_vss_all(), false, NULL);
	ck_assert_int_eq(sn_twomode_compute(&got, &g, &types, SN_MEASURE_BETWEENNESS, false), SN_OK);
	assert_close(&got, &want, "two-mode betweenness");
	/* Raw two-mode closeness is igraph's raw closeness, 0 where nothing is reached. */
	igraph_closeness(&g, &want, &reached, NULL, igraph_vss_all(), IGRAPH_ALL, NULL, false);
	for (igraph_integer_t v = 0; v < igraph_vcount(&g); v++)
		if (VECTOR(reached)[v] == 0)
			VECTOR(want)[v] = 0;
	ck_assert_int_eq(sn_twomode_compute(&got, &g, &types, SN_MEASURE_CLOSENESS, false), SN_OK);
	assert_close(&got, &want, "two-mode closeness");
	unsetenv("SAMNET_THREADS");
	igraph_vector_int_destroy(&reached);
	igraph_vector_destroy(&got);
	igraph_vector_destroy(&want);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_thread_count_rule)
{
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	int all = online > 0 ? (int)(online < 256 ? online : 256) : 1;

	unsetenv("SAMNET_THREADS");
	ck_assert_int_eq(sn_fast_threads(3, 1000), 3);                 /* asked for */
	ck_assert_int_eq(sn_fast_threads(0, 100000), all);             /* every processor */
	setenv("SAMNET_THREADS", "5", 1);
	ck_assert_int_eq(sn_fast_threads(0, 1000), 5);                 /* the environment */
	ck_assert_int_eq(sn_fast_threads(2, 1000), 2);                 /* an explicit count wins */
	ck_assert_int_eq(sn_fast_threads(0, 40), 3);                   /* one per 16 sources */
	ck_assert_int_eq(sn_fast_threads(0, 0), 1);
	for (size_t i = 0; i < 5; i++) {                               /* ignored when not 1..256 */
		static const char *bad[] = { "0", "-2", "257", "4x", "" };

		setenv("SAMNET_THREADS", bad[i], 1);
		ck_assert_int_eq(sn_fast_threads(0, 100000), all);
	}
	unsetenv("SAMNET_THREADS");
}
END_TEST

START_TEST(test_registry_has_a_compute_function_per_measure_in_enum_order)
{
	igraph_t g;
	igraph_vector_t w, a, b;

	random_graph(&g, &w, 40, 120, 5);
	igraph_vector_init(&a, 0);
	igraph_vector_init(&b, 0);
	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info(m);

		ck_assert_int_eq(info->measure, m);
		ck_assert_ptr_nonnull(info->compute);
		/* Dispatch passes the strengths to weighted measures only. */
		ck_assert_int_eq(info->compute(&a, &g, info->weighted ? &w : NULL, true), SN_OK);
		ck_assert_int_eq(sn_centrality_compute(&b, &g, &w, m, true), SN_OK);
		ck_assert_int_eq(igraph_vector_size(&a), igraph_vector_size(&b));
		for (igraph_integer_t v = 0; v < igraph_vector_size(&a); v++)
			ck_assert(VECTOR(a)[v] == VECTOR(b)[v] ||
				  (isnan(VECTOR(a)[v]) && isnan(VECTOR(b)[v])));
	}
	igraph_vector_destroy(&a);
	igraph_vector_destroy(&b);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("measures_fast");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	sn_setup();
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_compute_path_measures_match_igraph_at_any_thread_count);
	tcase_add_test(tc, test_compute_path_measures_disconnected_match_igraph);
	tcase_add_test(tc, test_one_thread_equals_igraph_bit_for_bit);
	tcase_add_test(tc, test_twomode_path_measures_match_igraph);
	tcase_add_test(tc, test_thread_count_rule);
	tcase_add_test(tc, test_registry_has_a_compute_function_per_measure_in_enum_order);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
