/*
 * Tests of the iteration bounds and 64-bit seeds: Leiden's max_iterations,
 * its tolerance and its "stopped at the bound" report (samnet/communities.h), extreme
 * resolutions and betas, ensembles whose runs can be reproduced alone from
 * their seeds, sn_seed_gsl() (samnet/seed.h) and the sample-count limit of
 * sn_betweenness_approx() (samnet/fast.h).
 *
 * Expected values are proven in the comments (a CPM or modularity bound
 * that only singletons, or only whole components, can meet) or come from
 * the literature: the maximum modularity of Zachary's karate club is
 * 0.4197896 (Brandes et al. 2008; python-igraph
 * Graph.Famous("Zachary").community_optimal_modularity().modularity).
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include <check.h>
#include <igraph.h>

#include "samnet/communities.h"
#include "samnet/error.h"
#include "samnet/fast.h"
#include "samnet/seed.h"

#define KARATE_QMAX 0.4197896

static void setup(void)
{
	sn_setup();
}

/* Two triangles 0-1-2 and 3-4-5 joined by the tie 2-3. */
static void two_triangles(igraph_t *g)
{
	igraph_small(g, 6, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3, -1);
}

static sn_communities_summary_t detect(igraph_vector_int_t *m, const igraph_t *g,
				       const sn_communities_options_t *o)
{
	sn_communities_summary_t s;

	ck_assert_int_eq(sn_communities_detect(m, &s, g, NULL, o), SN_OK);
	return s;
}

/*
 * CPM at gamma 3 on unit weights: a community of n_c >= 2 members has
 * e_c <= n_c (n_c - 1) / 2 < 3 n_c (n_c - 1) / 2, so singletons are the
 * only optimum.  No move helps, which igraph 0.10's "until stable" loop
 * never left; here the first iteration changes nothing and ends the run.
 */
START_TEST(test_communities_detect_cpm_above_every_weight_stops_at_singletons)
{
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_int_t m;
	sn_communities_summary_t s;
	igraph_t g;

	igraph_famous(&g, "Zachary");
	igraph_vector_int_init(&m, 0);
	o.objective = SN_OBJECTIVE_CPM;
	o.resolution = 3;
	s = detect(&m, &g, &o);
	ck_assert_int_eq(s.communities, 34);
	ck_assert_int_eq(s.iterations, 1);
	ck_assert(!s.at_bound);
	ck_assert_double_eq(s.quality, 0);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/*
 * On two triangles the first iteration finds the triangles (it changed
 * the singletons), the second changes nothing: 2 iterations, not at the
 * bound.  With max_iterations 1 the run stops after the first, which still
 * changed the partition: at the bound, same partition.
 */
START_TEST(test_communities_detect_bound_one_reports_stopped_at_bound)
{
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_int_t m;
	sn_communities_summary_t s;
	igraph_t g;

	two_triangles(&g);
	igraph_vector_int_init(&m, 0);
	s = detect(&m, &g, &o);
	ck_assert_int_eq(s.communities, 2);
	ck_assert_int_eq(s.iterations, 2);
	ck_assert(!s.at_bound);
	o.max_iterations = 1;
	s = detect(&m, &g, &o);
	ck_assert_int_eq(s.communities, 2);
	ck_assert_int_eq(s.iterations, 1);
	ck_assert(s.at_bound);
	ck_assert_int_eq(VECTOR(m)[0], 0);
	ck_assert_int_eq(VECTOR(m)[5], 1);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_detect_max_iterations_below_one_is_einval)
{
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_int_t m;
	igraph_t g;

	two_triangles(&g);
	igraph_vector_int_init(&m, 0);
	o.max_iterations = 0;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, NULL, &o), SN_EINVAL);
	o.max_iterations = -1;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, NULL, &o), SN_EINVAL);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/*
 * The tolerance rule, checked from outside: with tolerance 0, bounds
 * j = 1, 2, ... give the partitions P_j and qualities Q_j of the first j
 * iterations (a run repeats its prefix: same seed, same steps).  With
 * tolerance t the run must stop at the first j >= 2 with P_j = P_(j-1) or
 * Q_j - Q_(j-1) <= t |Q_(j-1)|, and return P_j.  A sparse random graph
 * (G(n, m), n = 2000, m = 6000) makes Leiden's late iterations gain little.
 */
#define TOL_RUNS 40

START_TEST(test_communities_detect_tolerance_stops_at_the_first_small_gain)
{
	const double tolerances[] = { 1e-2, 1e-3, 1e-4, 1e-6, 0 };
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_int_t m[TOL_RUNS + 1];
	double q[TOL_RUNS + 1];
	sn_communities_summary_t s;
	int fixed = 0;
	igraph_t g;

	igraph_rng_seed(igraph_rng_default(), 7);
	igraph_erdos_renyi_game_gnm(&g, 2000, 6000, IGRAPH_UNDIRECTED, IGRAPH_NO_LOOPS);
	o.tolerance = 0;
	igraph_vector_int_init(&m[0], 0);
	for (int j = 1; j <= TOL_RUNS; j++) {
		igraph_vector_int_init(&m[j], 0);
		o.max_iterations = j;
		s = detect(&m[j], &g, &o);
		q[j] = s.quality;
		if (!fixed && !s.at_bound)
			fixed = s.iterations;
	}
	ck_assert_msg(fixed > 3, "the fixed point takes %d iterations", fixed);
	o.max_iterations = TOL_RUNS;
	for (size_t k = 0; k < sizeof tolerances / sizeof *tolerances; k++) {
		int expect = 2;

		while (expect < fixed && !igraph_vector_int_all_e(&m[expect], &m[expect - 1]) &&
		       q[expect] - q[expect - 1] > tolerances[k] * fabs(q[expect - 1]))
			expect++;
		o.tolerance = tolerances[k];
		s = detect(&m[0], &g, &o);
		ck_assert_int_eq(s.iterations, expect);
		ck_assert(!s.at_bound);
		ck_assert(igraph_vector_int_all_e(&m[0], &m[expect]));
	}
	for (int j = 0; j <= TOL_RUNS; j++)
		igraph_vector_int_destroy(&m[j]);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_detect_tolerance_outside_0_1_is_einval)
{
	const double bad[] = { -1e-9, 1, 2, NAN };
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_int_t m;
	igraph_t g;

	two_triangles(&g);
	igraph_vector_int_init(&m, 0);
	for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
		o.tolerance = bad[k];
		ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, NULL, &o), SN_EINVAL);
	}
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/*
 * Resolution extremes on the karate club (connected, 34 vertices, m = 78).
 * gamma 0: modularity becomes e_in / m and CPM the internal weight, both
 * maximised only by the whole component: 1 community.  gamma 1e6:
 * joining i and j changes modularity by w/m - 1e6 k_i k_j / (2 m^2) < 0 and
 * CPM by w - 1e6 < 0, so only singletons are optimal: 34.  Louvain alike.
 */
START_TEST(test_communities_detect_resolution_extremes_end_at_the_proven_optimum)
{
	const sn_community_algorithm_t algs[] = { SN_COMMUNITY_LEIDEN, SN_COMMUNITY_LEIDEN,
						  SN_COMMUNITY_LOUVAIN };
	const sn_community_objective_t objs[] = { SN_OBJECTIVE_MODULARITY, SN_OBJECTIVE_CPM,
						  SN_OBJECTIVE_MODULARITY };
	igraph_vector_int_t m;
	igraph_t g;

	igraph_famous(&g, "Zachary");
	igraph_vector_int_init(&m, 0);
	for (int k = 0; k < 3; k++) {
		sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
		sn_communities_summary_t s;

		o.algorithm = algs[k];
		o.objective = objs[k];
		o.resolution = 0;
		s = detect(&m, &g, &o);
		ck_assert_int_eq(s.communities, 1);
		ck_assert(!s.at_bound);
		o.resolution = 1e6;
		s = detect(&m, &g, &o);
		ck_assert_int_eq(s.communities, 34);
		ck_assert(!s.at_bound);
	}
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/* Leiden's refinement randomness at both extremes: the run ends, no better than the optimum. */
START_TEST(test_communities_detect_beta_extremes_end_below_the_optimum)
{
	const double betas[] = { 1e-300, 1e-6, 1e6, 1e300 };
	igraph_vector_int_t m;
	igraph_t g;

	igraph_famous(&g, "Zachary");
	igraph_vector_int_init(&m, 0);
	for (int k = 0; k < 4; k++) {
		sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
		sn_communities_summary_t s;

		o.beta = betas[k];
		s = detect(&m, &g, &o);
		ck_assert(!s.at_bound);
		ck_assert(s.iterations >= 1 && s.iterations <= o.max_iterations);
		ck_assert(s.modularity <= KARATE_QMAX + 1e-7);
		ck_assert(s.modularity > 0.3);
	}
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/* The resolution sweep says which resolutions stopped at the bound. */
START_TEST(test_communities_sweep_reports_each_resolution_at_bound)
{
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_t res;
	igraph_vector_bool_t at;
	igraph_vector_int_t count;
	igraph_t g;

	two_triangles(&g);
	igraph_vector_init_range(&res, 0, 2);   /* gamma 0, 1 */
	igraph_vector_bool_init(&at, 0);
	igraph_vector_int_init(&count, 0);
	o.max_iterations = 1;
	ck_assert_int_eq(sn_communities_sweep(&count, NULL, NULL, &at, &g, NULL, &o, &res), SN_OK);
	/* gamma 0: one community; gamma 1: the triangles; both moved in iteration 1. */
	ck_assert_int_eq(VECTOR(count)[0], 1);
	ck_assert_int_eq(VECTOR(count)[1], 2);
	ck_assert(VECTOR(at)[0] && VECTOR(at)[1]);
	o.max_iterations = 100;
	ck_assert_int_eq(sn_communities_sweep(&count, NULL, NULL, &at, &g, NULL, &o, &res), SN_OK);
	ck_assert(!VECTOR(at)[0] && !VECTOR(at)[1]);
	igraph_vector_int_destroy(&count);
	igraph_vector_bool_destroy(&at);
	igraph_vector_destroy(&res);
	igraph_destroy(&g);
}
END_TEST

/*
 * Run r of an ensemble is sn_communities_detect() with the seed
 * sn_communities_derived_seed(seed, r): run alone with that seed, it gives
 * the same membership.  One Leiden iteration makes the runs differ.
 */
START_TEST(test_ensemble_run_each_run_reproduces_alone_from_its_seed)
{
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	sn_ensemble_t e;
	igraph_vector_int_t m;
	igraph_t g;
	bool differ = false;

	igraph_famous(&g, "Zachary");
	igraph_vector_int_init(&m, 0);
	sn_ensemble_init(&e);
	o.seed = UINT64_MAX;
	o.max_iterations = 1;
	eo.runs = 6;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, &o, &eo), SN_OK);
	ck_assert_uint_eq(e.runs_at_bound >= 6, 1);
	for (size_t r = 0; r < eo.runs; r++) {
		o.seed = sn_communities_derived_seed(UINT64_MAX, r);
		ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, NULL, &o), SN_OK);
		for (igraph_integer_t v = 0; v < 34; v++) {
			ck_assert_int_eq(VECTOR(m)[v], MATRIX(e.memberships, v, (igraph_integer_t)r));
			differ |= MATRIX(e.memberships, v, (igraph_integer_t)r) !=
				  MATRIX(e.memberships, v, 0);
		}
	}
	ck_assert(differ);
	sn_ensemble_destroy(&e);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/* Two-mode runs too: detect_two_mode with the run's seed. */
START_TEST(test_ensemble_run_two_mode_run_reproduces_alone)
{
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	sn_communities_summary_t s;
	igraph_vector_bool_t types;
	igraph_vector_int_t m;
	sn_ensemble_t e;
	igraph_t g;
	double q;

	/* Actors 0..3, projects 4..6, as Barber's example 1 (check_communities_ensemble.c). */
	igraph_small(&g, 7, IGRAPH_UNDIRECTED, 0, 4, 1, 4, 0, 5, 1, 5, 2, 5, 2, 6, 3, 6, -1);
	igraph_vector_bool_init(&types, 7);
	for (int v = 4; v < 7; v++)
		VECTOR(types)[v] = true;
	igraph_vector_int_init(&m, 0);
	sn_ensemble_init(&e);
	eo.runs = 3;
	eo.two_mode_types = &types;
	o.seed = 18446744073709551615u;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, &o, &eo), SN_OK);
	for (size_t r = 0; r < eo.runs; r++) {
		o.seed = sn_communities_derived_seed(18446744073709551615u, r);
		ck_assert_int_eq(sn_communities_detect_two_mode(&m, &q, &s, &g, NULL, &types, &o),
				 SN_OK);
		ck_assert(s.sweeps >= 1 && s.sweeps <= o.max_iterations);
		ck_assert(!s.at_bound);
		for (igraph_integer_t v = 0; v < 7; v++)
			ck_assert_int_eq(VECTOR(m)[v], MATRIX(e.memberships, v, (igraph_integer_t)r));
	}
	sn_ensemble_destroy(&e);
	igraph_vector_int_destroy(&m);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

/* Seeds below 2^32 go to GSL unchanged; above, the high bits count. */
START_TEST(test_seed_gsl_keeps_32_bit_seeds_and_spreads_the_rest)
{
	ck_assert_uint_eq(sn_seed_gsl(0), 0);
	ck_assert_uint_eq(sn_seed_gsl(1), 1);
	ck_assert_uint_eq(sn_seed_gsl(UINT32_MAX), UINT32_MAX);
	ck_assert_uint_ne(sn_seed_gsl(UINT64_C(1) << 32 | 1), 1);
	ck_assert_uint_ne(sn_seed_gsl(UINT64_C(2) << 32 | 1), sn_seed_gsl(UINT64_C(1) << 32 | 1));
	ck_assert_uint_le(sn_seed_gsl(UINT64_MAX), UINT32_MAX);
	ck_assert_uint_ne(sn_seed_gsl(UINT64_MAX), sn_seed_gsl(UINT64_MAX - 1));
}
END_TEST

/*
 * eps 1e-10 asks for about 0.5e20 (lg + 1 + ln 10) samples, beyond int64_t:
 * SN_ELIMIT, where the cast used to overflow into a negative count and
 * every betweenness came out 0 with SN_OK.
 */
START_TEST(test_betweenness_approx_tiny_eps_is_elimit_not_overflow)
{
	igraph_vector_t out;
	int64_t r = -7;
	igraph_t g;

	igraph_famous(&g, "Zachary");
	igraph_vector_init(&out, 0);
	ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, NULL, 1e-10, 0.1, 1, 1), SN_ELIMIT);
	ck_assert_int_eq(r, -7);
	ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, NULL, 1e-300, 1e-300, 1, 1),
			 SN_ELIMIT);
	ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, NULL, 0.5, 0.5, 1, 1), SN_OK);
	ck_assert_int_gt(r, 0);
	igraph_vector_destroy(&out);
	igraph_destroy(&g);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("bounds");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_communities_detect_cpm_above_every_weight_stops_at_singletons);
	tcase_add_test(tc, test_communities_detect_bound_one_reports_stopped_at_bound);
	tcase_add_test(tc, test_communities_detect_max_iterations_below_one_is_einval);
	tcase_add_test(tc, test_communities_detect_tolerance_stops_at_the_first_small_gain);
	tcase_add_test(tc, test_communities_detect_tolerance_outside_0_1_is_einval);
	tcase_add_test(tc, test_communities_detect_resolution_extremes_end_at_the_proven_optimum);
	tcase_add_test(tc, test_communities_detect_beta_extremes_end_below_the_optimum);
	tcase_add_test(tc, test_communities_sweep_reports_each_resolution_at_bound);
	tcase_add_test(tc, test_ensemble_run_each_run_reproduces_alone_from_its_seed);
	tcase_add_test(tc, test_ensemble_run_two_mode_run_reproduces_alone);
	tcase_add_test(tc, test_seed_gsl_keeps_32_bit_seeds_and_spreads_the_rest);
	tcase_add_test(tc, test_betweenness_approx_tiny_eps_is_elimit_not_overflow);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
