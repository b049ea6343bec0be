/*
 * Tests for weighted voting games and power indices (samnet/power.h).
 *
 * Expected values come from the literature (cited at each test), from the
 * brute-force enumeration used as an oracle for the other methods, or from
 * a naive Python implementation of the definitions with exact fractions
 * (itertools.combinations over all coalitions, fractions.Fraction; run
 * with python3 on 2026-11-23), quoted as "Python oracle".
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <gsl/gsl_rng.h>

#include "samnet/power.h"

#include "tests/power_fixtures.h"

/* Absolute Banzhaf = swings / 2^5 = 10/32, 6/32: Felsenthal and Machover's swings 10, 6, 0. */
static const double eec_abs[] = { 10 / 32.0, 10 / 32.0, 10 / 32.0, 6 / 32.0, 6 / 32.0, 0 };

START_TEST(test_power_compute_eec1958_exact_matches_literature)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_result_t r;

	compute(&r, g, SN_POWER_EXACT, SN_POWER_BANZHAF | SN_POWER_SHAPLEY);
	ck_assert_int_eq(r.method[0], SN_POWER_EXACT);
	ck_assert_int_eq(r.method[1], SN_POWER_EXACT);
	assert_values(r.shapley, eec_ss, 6, EPS);
	assert_values(r.banzhaf, eec_bz, 6, EPS);
	assert_values(r.banzhaf_abs, eec_abs, 6, EPS);
	ck_assert_ptr_null(r.shapley_lo);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_power_compute_eec1958_brute_matches_literature)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_result_t r;

	compute(&r, g, SN_POWER_BRUTE, SN_POWER_ALL);
	assert_values(r.shapley, eec_ss, 6, EPS);
	assert_values(r.banzhaf, eec_bz, 6, EPS);
	assert_values(r.banzhaf_abs, eec_abs, 6, EPS);
	/* Python oracle: Johnston 1/4 x3, 1/8 x2, 0; Deegan-Packel 5/24 x3, 3/16 x2, 0;
	 * Holler 1/5 x5, 0; Coleman A = 7/32, prevent 5/7, 3/7, initiate 1/5, 3/25. */
	static const double jo[] = { 0.25, 0.25, 0.25, 0.125, 0.125, 0 };
	static const double dp[] = { 5 / 24.0, 5 / 24.0, 5 / 24.0, 3 / 16.0, 3 / 16.0, 0 };
	static const double ho[] = { 0.2, 0.2, 0.2, 0.2, 0.2, 0 };
	static const double pr[] = { 5 / 7.0, 5 / 7.0, 5 / 7.0, 3 / 7.0, 3 / 7.0, 0 };
	static const double in[] = { 0.2, 0.2, 0.2, 0.12, 0.12, 0 };
	assert_values(r.johnston, jo, 6, EPS);
	assert_values(r.deegan_packel, dp, 6, EPS);
	assert_values(r.holler, ho, 6, EPS);
	assert_values(r.coleman_prevent, pr, 6, EPS);
	assert_values(r.coleman_initiate, in, 6, EPS);
	ck_assert_double_eq_tol(r.coleman_collectivity, 7 / 32.0, EPS);
	ck_assert_double_eq(r.winning, 14);
	ck_assert_double_eq(r.minimal_winning, 4);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_power_compute_eec1958_exact_coleman_matches_oracle)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_result_t r;
	static const double pr[] = { 5 / 7.0, 5 / 7.0, 5 / 7.0, 3 / 7.0, 3 / 7.0, 0 };
	static const double in[] = { 0.2, 0.2, 0.2, 0.12, 0.12, 0 };

	compute(&r, g, SN_POWER_EXACT, SN_POWER_COLEMAN);
	assert_values(r.coleman_prevent, pr, 6, EPS);
	assert_values(r.coleman_initiate, in, 6, EPS);
	ck_assert_double_eq_tol(r.coleman_collectivity, 7 / 32.0, EPS);
	ck_assert_double_eq_tol(r.winning, 14, 1e-9);
	ck_assert_ptr_null(r.banzhaf);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/* Issue 6 / Felsenthal and Machover: [50; 10, 10, 20, 30], Shapley-Shubik 1/12, 1/12, 1/4, 7/12. */
START_TEST(test_power_compute_shapley_10_10_20_30_matches_literature)
{
	static const int64_t w[] = { 10, 10, 20, 30 };
	static const double want[] = { 1 / 12.0, 1 / 12.0, 0.25, 7 / 12.0 };
	sn_game_t *g = weighted(w, 4, 50);
	sn_power_result_t r;

	compute(&r, g, SN_POWER_EXACT, SN_POWER_SHAPLEY);
	assert_values(r.shapley, want, 4, EPS);
	sn_power_result_destroy(&r);
	compute(&r, g, SN_POWER_BRUTE, SN_POWER_SHAPLEY);
	assert_values(r.shapley, want, 4, EPS);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/* Issue 6: [12; 8, 6, 4, 2], absolute Banzhaf 0.625, 0.375, 0.375, 0.125. */
START_TEST(test_power_compute_banzhaf_abs_8_6_4_2_matches_literature)
{
	static const int64_t w[] = { 8, 6, 4, 2 };
	static const double want[] = { 0.625, 0.375, 0.375, 0.125 };
	sn_game_t *g = weighted(w, 4, 12);
	sn_power_result_t r;

	compute(&r, g, SN_POWER_EXACT, SN_POWER_BANZHAF);
	assert_values(r.banzhaf_abs, want, 4, EPS);
	sn_power_result_destroy(&r);
	compute(&r, g, SN_POWER_BRUTE, SN_POWER_BANZHAF);
	assert_values(r.banzhaf_abs, want, 4, EPS);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/* [51; 49, 48, 3]: any two win, so every index gives 1/3 each (Felsenthal and Machover). */
START_TEST(test_power_compute_51_49_48_3_gives_equal_power)
{
	static const int64_t w[] = { 49, 48, 3 };
	static const double third[] = { 1 / 3.0, 1 / 3.0, 1 / 3.0 };
	sn_game_t *g = weighted(w, 3, 51);
	sn_power_result_t r;

	compute(&r, g, SN_POWER_AUTO, SN_POWER_ALL);
	assert_values(r.banzhaf, third, 3, EPS);
	assert_values(r.shapley, third, 3, EPS);
	assert_values(r.johnston, third, 3, EPS);
	assert_values(r.deegan_packel, third, 3, EPS);
	assert_values(r.holler, third, 3, EPS);
	ck_assert_int_eq(r.method[0], SN_POWER_EXACT);
	ck_assert_int_eq(r.method[2], SN_POWER_BRUTE);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/*
 * Holler and Illing (2006, ch. 6.3.3-6.3.4), [51; 35, 20, 15, 15, 15], as in
 * the tests of R CoopGame 0.2.2: Deegan-Packel 18/60, 9/60, 11/60 x3;
 * public good index 16/60, 8/60, 12/60 x3 (the paradox: player 2 < players 3-5).
 */
START_TEST(test_power_compute_holler_illing_game_matches_literature)
{
	static const int64_t w[] = { 35, 20, 15, 15, 15 };
	static const double dp[] = { 18 / 60.0, 9 / 60.0, 11 / 60.0, 11 / 60.0, 11 / 60.0 };
	static const double ho[] = { 16 / 60.0, 8 / 60.0, 12 / 60.0, 12 / 60.0, 12 / 60.0 };
	sn_game_t *g = weighted(w, 5, 51);
	sn_power_result_t r;

	compute(&r, g, SN_POWER_AUTO, SN_POWER_DEEGAN_PACKEL | SN_POWER_HOLLER);
	assert_values(r.deegan_packel, dp, 5, EPS);
	assert_values(r.holler, ho, 5, EPS);
	ck_assert_double_eq(r.minimal_winning, 5);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/* R CoopGame 0.2.2 tests (Johnston 1978): [4; 3,2,1] 2/3,1/6,1/6; [8; 5,3,1] 1/2,1/2,0. */
START_TEST(test_power_compute_johnston_small_games_match_literature)
{
	static const int64_t w1[] = { 3, 2, 1 }, w2[] = { 5, 3, 1 };
	static const double j1[] = { 2 / 3.0, 1 / 6.0, 1 / 6.0 }, j2[] = { 0.5, 0.5, 0 };
	sn_game_t *g1 = weighted(w1, 3, 4), *g2 = weighted(w2, 3, 8);
	sn_power_result_t r;

	compute(&r, g1, SN_POWER_AUTO, SN_POWER_JOHNSTON);
	assert_values(r.johnston, j1, 3, EPS);
	sn_power_result_destroy(&r);
	compute(&r, g2, SN_POWER_AUTO, SN_POWER_JOHNSTON);
	assert_values(r.johnston, j2, 3, EPS);
	sn_power_result_destroy(&r);
	sn_game_free(g1);
	sn_game_free(g2);
}
END_TEST

/* A random game: weights in [0, wmax], some zero, quota in [1, total]. */
static sn_game_t *random_game(gsl_rng *rng, size_t n, int64_t wmax)
{
	int64_t w[32], total = 0;

	for (size_t i = 0; i < n; i++) {
		w[i] = (int64_t)gsl_rng_uniform_int(rng, (unsigned long)wmax + 1);
		if (gsl_rng_uniform(rng) < 0.1)
			w[i] = 0;
		total += w[i];
	}
	if (total == 0) {
		w[0] = 1;
		total = 1;
	}
	/* Sometimes a common factor, to exercise the gcd reduction. */
	if (gsl_rng_uniform(rng) < 0.3)
		for (size_t i = 0; i < n; i++)
			w[i] *= 6;
	total = 0;
	for (size_t i = 0; i < n; i++)
		total += w[i];
	return weighted(w, n, 1 + (int64_t)gsl_rng_uniform_int(rng, (unsigned long)total));
}

START_TEST(test_power_compute_dp_random_games_agree_with_brute_force)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	unsigned idx = SN_POWER_BANZHAF | SN_POWER_SHAPLEY | SN_POWER_COLEMAN;

	gsl_rng_set(rng, 20261123);
	for (int trial = 0; trial < 120; trial++) {
		size_t n = 1 + gsl_rng_uniform_int(rng, trial < 110 ? 15 : 20);
		sn_game_t *g = random_game(rng, n, trial % 3 == 0 ? 5 : 200);
		sn_power_result_t a, b;

		compute(&a, g, SN_POWER_EXACT, idx);
		compute(&b, g, SN_POWER_BRUTE, idx);
		/* A memory limit below the 128-bit table forces the quadrature path. */
		sn_power_options_t o = SN_POWER_OPTIONS_INIT;
		sn_power_result_t c;
		o.method = SN_POWER_EXACT;
		o.indices = SN_POWER_SHAPLEY;
		o.max_memory = (n + 1) * 16 * (size_t)(sn_game_quota(g, 0) + 1) - 1;
		if (o.max_memory < 24 * (size_t)(sn_game_total(g, 0) + 2))
			o.max_memory = 24 * (size_t)(sn_game_total(g, 0) + 2);
		ck_assert_int_eq(sn_power_compute(&c, g, &o), SN_OK);
		assert_values(c.shapley, b.shapley, n, EPS);
		sn_power_result_destroy(&c);
		assert_values(a.banzhaf, b.banzhaf, n, EPS);
		assert_values(a.banzhaf_abs, b.banzhaf_abs, n, EPS);
		assert_values(a.shapley, b.shapley, n, EPS);
		assert_values(a.coleman_prevent, b.coleman_prevent, n, 1e-10);
		assert_values(a.coleman_initiate, b.coleman_initiate, n, 1e-10);
		ck_assert_double_eq_tol(a.coleman_collectivity, b.coleman_collectivity, EPS);
		sn_power_result_destroy(&a);
		sn_power_result_destroy(&b);
		sn_game_free(g);
	}
	gsl_rng_free(rng);
}
END_TEST

/*
 * 200 players of weight 1, quota 101: the absolute Banzhaf index is
 * C(199, 100) / 2^199 for everyone (Penrose's square-root law setting);
 * counts near 2^199 must not overflow.
 */
START_TEST(test_power_compute_dp_200_players_does_not_overflow)
{
	int64_t w[200];
	sn_game_t *g;
	sn_power_result_t r;
	double want = exp(lgamma(200.0) - lgamma(101.0) - lgamma(100.0) - 199 * log(2.0));

	for (size_t i = 0; i < 200; i++)
		w[i] = 1;
	g = weighted(w, 200, 101);
	compute(&r, g, SN_POWER_AUTO, SN_POWER_BANZHAF);
	ck_assert_int_eq(r.method[0], SN_POWER_EXACT);
	for (size_t i = 0; i < 200; i++) {
		ck_assert_double_eq_tol(r.banzhaf_abs[i], want, want * 1e-10);
		ck_assert_double_eq_tol(r.banzhaf[i], 1 / 200.0, 1e-12);
	}
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/*
 * The two exact Shapley-Shubik methods, 128-bit counts and the Gauss-Legendre
 * quadrature of the multilinear extension, agree on games of 100 players;
 * and 200 players of weight 1 get 1/200 each by symmetry.
 */
START_TEST(test_power_compute_shapley_quadrature_agrees_with_counts)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	int64_t w[200], total = 0;
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t a, b;
	sn_game_t *g;

	gsl_rng_set(rng, 11);
	for (size_t i = 0; i < 100; i++)
		total += w[i] = 1 + (int64_t)gsl_rng_uniform_int(rng, 60);
	g = weighted(w, 100, total * 2 / 3);
	compute(&a, g, SN_POWER_EXACT, SN_POWER_SHAPLEY);
	o.method = SN_POWER_EXACT;
	o.indices = SN_POWER_SHAPLEY;
	o.max_memory = 100 * 16 * (size_t)total / 2; /* too small for the table */
	ck_assert_int_eq(sn_power_compute(&b, g, &o), SN_OK);
	assert_values(b.shapley, a.shapley, 100, EPS);
	sn_power_result_destroy(&a);
	sn_power_result_destroy(&b);
	sn_game_free(g);
	for (size_t i = 0; i < 200; i++)
		w[i] = 1;
	g = weighted(w, 200, 120);
	compute(&a, g, SN_POWER_AUTO, SN_POWER_SHAPLEY);
	ck_assert_int_eq(a.method[1], SN_POWER_EXACT);
	for (size_t i = 0; i < 200; i++)
		ck_assert_double_eq_tol(a.shapley[i], 1 / 200.0, 1e-13);
	sn_power_result_destroy(&a);
	sn_game_free(g);
	gsl_rng_free(rng);
}
END_TEST

START_TEST(test_power_compute_montecarlo_ci_covers_exact_values)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	int64_t w[40], total = 0;
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t ex, mc;
	sn_game_t *g;
	size_t covered_b = 0, covered_s = 0;

	gsl_rng_set(rng, 7);
	for (size_t i = 0; i < 40; i++)
		total += w[i] = 1 + (int64_t)gsl_rng_uniform_int(rng, 100);
	g = weighted(w, 40, total / 2 + 1);
	compute(&ex, g, SN_POWER_EXACT, SN_POWER_BANZHAF | SN_POWER_SHAPLEY | SN_POWER_COLEMAN);
	o.method = SN_POWER_MONTECARLO;
	o.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY | SN_POWER_COLEMAN;
	o.samples = 100000;
	o.seed = 42;
	ck_assert_int_eq(sn_power_compute(&mc, g, &o), SN_OK);
	ck_assert_int_eq(mc.samples, 100000);
	for (size_t i = 0; i < 40; i++) {
		covered_b += mc.banzhaf_abs_lo[i] <= ex.banzhaf_abs[i] &&
			     ex.banzhaf_abs[i] <= mc.banzhaf_abs_hi[i];
		covered_s += mc.shapley_lo[i] <= ex.shapley[i] && ex.shapley[i] <= mc.shapley_hi[i];
		/* A 95 % interval misses by more than twice its width almost never. */
		ck_assert(fabs(mc.shapley[i] - ex.shapley[i]) < 2 * (mc.shapley_hi[i] - mc.shapley_lo[i]));
		ck_assert(mc.banzhaf_lo[i] <= mc.banzhaf[i] && mc.banzhaf[i] <= mc.banzhaf_hi[i]);
	}
	/* Expected coverage 95 %: 36 of 40 or more. */
	ck_assert_uint_ge(covered_b, 36);
	ck_assert_uint_ge(covered_s, 36);
	ck_assert(mc.coleman_collectivity_lo <= ex.coleman_collectivity &&
		  ex.coleman_collectivity <= mc.coleman_collectivity_hi);
	sn_power_result_destroy(&ex);
	sn_power_result_destroy(&mc);
	sn_game_free(g);
	gsl_rng_free(rng);
}
END_TEST

START_TEST(test_power_compute_montecarlo_same_seed_gives_same_estimate)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t a, b;

	o.method = SN_POWER_MONTECARLO;
	o.samples = 5000;
	o.seed = 99;
	ck_assert_int_eq(sn_power_compute(&a, g, &o), SN_OK);
	ck_assert_int_eq(sn_power_compute(&b, g, &o), SN_OK);
	for (size_t i = 0; i < 6; i++) {
		ck_assert_double_eq(a.banzhaf[i], b.banzhaf[i]);
		ck_assert_double_eq(a.shapley[i], b.shapley[i]);
	}
	/* Luxembourg, a dummy, is never pivotal in any sample. */
	ck_assert_double_eq(a.shapley[5], 0.0);
	ck_assert_double_eq(a.banzhaf_abs[5], 0.0);
	sn_power_result_destroy(&a);
	sn_power_result_destroy(&b);
	sn_game_free(g);
}
END_TEST

/* Six made-up states, "members>=4 and population>=65%" with populations 80,67,60,45,38,10. */
static const int64_t vec_pop[] = { 80, 67, 60, 45, 38, 10 };

static sn_game_t *vector_game(void)
{
	sn_weight_vector_t v[] = { { "population", vec_pop } };
	sn_game_t *g = NULL;

	ck_assert_msg(sn_game_from_rule(&g, "members>=4 and population>=65%", 6, v, 1) == SN_OK,
		      "%s", sn_error_last());
	return g;
}

START_TEST(test_power_compute_vector_game_brute_matches_python_oracle)
{
	sn_game_t *g = vector_game();
	sn_power_result_t r;
	/* Python oracle (see the top of this file). */
	static const double bz[] = { 0.25, 5 / 24.0, 1 / 6.0, 1 / 6.0, 0.125, 1 / 12.0 };
	static const double ss[] = { 4 / 15.0, 13 / 60.0, 1 / 6.0, 1 / 6.0, 7 / 60.0, 1 / 15.0 };
	static const double jo[] = { 13 / 42.0, 3 / 14.0, 25 / 168.0, 25 / 168.0, 3 / 28.0,
				     1 / 14.0 };
	static const double dp[] = { 2 / 9.0, 7 / 36.0, 1 / 6.0, 1 / 6.0, 5 / 36.0, 1 / 9.0 };

	ck_assert_int_eq(sn_game_ncriteria(g), 2);
	ck_assert_int_eq(sn_game_quota(g, 0), 4);
	ck_assert_int_eq(sn_game_quota(g, 1), 195); /* 65 % of 300, exactly */
	compute(&r, g, SN_POWER_AUTO, SN_POWER_ALL);
	ck_assert_int_eq(r.method[0], SN_POWER_BRUTE);
	assert_values(r.banzhaf, bz, 6, EPS);
	assert_values(r.shapley, ss, 6, EPS);
	assert_values(r.johnston, jo, 6, EPS);
	assert_values(r.deegan_packel, dp, 6, EPS);
	ck_assert_double_eq_tol(r.coleman_collectivity, 0.25, EPS);
	ck_assert_double_eq(r.minimal_winning, 9);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_power_compute_vector_game_montecarlo_covers_brute_force)
{
	sn_game_t *g = vector_game();
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t ex, mc;

	compute(&ex, g, SN_POWER_BRUTE, SN_POWER_BANZHAF | SN_POWER_SHAPLEY);
	o.method = SN_POWER_MONTECARLO;
	o.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	o.samples = 200000;
	o.seed = 3;
	ck_assert_int_eq(sn_power_compute(&mc, g, &o), SN_OK);
	for (size_t i = 0; i < 6; i++) {
		ck_assert(fabs(mc.banzhaf_abs[i] - ex.banzhaf_abs[i]) < 0.005);
		ck_assert(fabs(mc.shapley[i] - ex.shapley[i]) < 0.005);
	}
	sn_power_result_destroy(&ex);
	sn_power_result_destroy(&mc);
	sn_game_free(g);
}
END_TEST

START_TEST(test_power_compute_exact_on_vector_game_matches_python_oracle)
{
	sn_game_t *g = vector_game();
	sn_power_result_t r;
	/* Python oracle (see the top of this file), as in the brute-force test above. */
	static const double bz[] = { 0.25, 5 / 24.0, 1 / 6.0, 1 / 6.0, 0.125, 1 / 12.0 };
	static const double ss[] = { 4 / 15.0, 13 / 60.0, 1 / 6.0, 1 / 6.0, 7 / 60.0, 1 / 15.0 };

	/* The DP over the quota vector (issue 24); before it, EXACT refused vector games. */
	compute(&r, g, SN_POWER_EXACT, SN_POWER_BANZHAF | SN_POWER_SHAPLEY | SN_POWER_COLEMAN);
	ck_assert_int_eq(r.method[0], SN_POWER_EXACT);
	ck_assert_int_eq(r.method[1], SN_POWER_EXACT);
	assert_values(r.banzhaf, bz, 6, EPS);
	assert_values(r.shapley, ss, 6, EPS);
	ck_assert_double_eq_tol(r.coleman_collectivity, 0.25, EPS);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_power_compute_bad_options_fail)
{
	sn_game_t *g = weighted(eec_w, 6, 12), *empty = NULL;
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;

	o.method = SN_POWER_MONTECARLO;
	o.indices = SN_POWER_HOLLER;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "enumeration"));
	o.indices = 1u << 10;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_EINVAL);
	o = (sn_power_options_t)SN_POWER_OPTIONS_INIT;
	o.max_brute_players = 31;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_EINVAL);
	ck_assert_int_eq(sn_game_new(&empty, 3), SN_OK);
	ck_assert_int_eq(sn_power_compute(&r, empty, NULL), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "no criterion"));
	sn_game_free(empty);
	sn_game_free(g);
}
END_TEST

START_TEST(test_power_compute_limits_exceeded_give_elimit)
{
	int64_t w[130];
	sn_game_t *g;
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;

	for (size_t i = 0; i < 130; i++)
		w[i] = (int64_t)(i % 7 + 1);
	g = weighted(w, 130, 300);
	o.method = SN_POWER_BRUTE;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_ELIMIT);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "limited to 25 players"));
	o.method = SN_POWER_EXACT;
	o.indices = SN_POWER_SHAPLEY;
	o.max_memory = 100;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_ELIMIT);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "MiB"));
	o.indices = SN_POWER_BANZHAF;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_ELIMIT);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "MiB"));
	/* AUTO falls back to Monte Carlo instead. */
	o.method = SN_POWER_AUTO;
	o.indices = SN_POWER_SHAPLEY;
	o.samples = 1000;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_OK);
	ck_assert_int_eq(r.method[1], SN_POWER_MONTECARLO);
	ck_assert_ptr_nonnull(r.shapley_hi);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_game_minimal_coalitions_eec_lists_winning_and_blocking)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_coalition_list_t l;
	/* Python oracle: minimal winning {0,1,2} {0,1,3,4} {0,2,3,4} {1,2,3,4} in mask order. */
	static const size_t first[] = { 0, 1, 2 }, second[] = { 0, 1, 3, 4 };

	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, false, 100, 0), SN_OK);
	ck_assert_uint_eq(l.count, 4);
	ck_assert_double_eq(l.total, 4);
	ck_assert_uint_eq(l.offsets[1] - l.offsets[0], 3);
	ck_assert_mem_eq(l.players + l.offsets[0], first, sizeof first);
	ck_assert_mem_eq(l.players + l.offsets[1], second, sizeof second);
	sn_coalition_list_destroy(&l);
	/* Blocking: weight >= 6 and minimal: the 3 pairs of large members, 6 large+medium pairs. */
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, true, 2, 0), SN_OK);
	ck_assert_uint_eq(l.count, 2);
	ck_assert_double_eq(l.total, 9);
	for (size_t k = 0; k < l.count; k++)
		ck_assert_uint_eq(l.offsets[k + 1] - l.offsets[k], 2);
	sn_coalition_list_destroy(&l);
	/* The counting path (more players than max_players) gives the same totals. */
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, false, 100, 3), SN_OK);
	ck_assert_uint_eq(l.count, 0);
	ck_assert_double_eq(l.total, 4);
	sn_coalition_list_destroy(&l);
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, true, 100, 3), SN_OK);
	ck_assert_double_eq(l.total, 9);
	sn_coalition_list_destroy(&l);
	sn_coalition_list_destroy(NULL);
	sn_game_free(g);
}
END_TEST

START_TEST(test_game_minimal_coalitions_large_vector_game_gives_elimit)
{
	int64_t w[27];
	sn_weight_vector_t v[] = { { "seats", w } };
	sn_game_t *g = NULL;
	sn_coalition_list_t l;

	for (size_t i = 0; i < 27; i++)
		w[i] = (int64_t)i + 1;
	ck_assert_int_eq(sn_game_from_rule(&g, "members>=14 and seats>=200", 27, v, 1), SN_OK);
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, false, 10, 0), SN_ELIMIT);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "limited to 25 players"));
	ck_assert_uint_eq(l.count, 0);
	ck_assert_ptr_null(l.offsets);
	sn_game_free(g);
}
END_TEST

/* 30 equal players, quota 16: the minimal winning coalitions are the C(30,16) = 145422675
 * 16-sets; the minimal blocking ones the C(30,15) = 155117520 15-sets. */
START_TEST(test_game_minimal_coalitions_large_weighted_game_counts_by_dp)
{
	int64_t w[30];
	sn_game_t *g;
	sn_coalition_list_t l;

	for (size_t i = 0; i < 30; i++)
		w[i] = 1;
	g = weighted(w, 30, 16);
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, false, 10, 0), SN_OK);
	ck_assert_uint_eq(l.count, 0);
	ck_assert_double_eq(l.total, 145422675.0);
	sn_coalition_list_destroy(&l);
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, true, 10, 0), SN_OK);
	ck_assert_double_eq(l.total, 155117520.0);
	sn_coalition_list_destroy(&l);
	sn_game_free(g);
}
END_TEST

START_TEST(test_game_minimal_coalitions_dp_count_agrees_with_enumeration)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);

	gsl_rng_set(rng, 5);
	for (int trial = 0; trial < 80; trial++) {
		size_t n = 2 + gsl_rng_uniform_int(rng, 13);
		sn_game_t *g = random_game(rng, n, trial % 2 ? 9 : 300);
		for (int blocking = 0; blocking < 2; blocking++) {
			sn_coalition_list_t a, b;
			ck_assert_int_eq(sn_game_minimal_coalitions(&a, g, blocking, 0, 0), SN_OK);
			/* max_players 1 forces the counting path. */
			ck_assert_int_eq(sn_game_minimal_coalitions(&b, g, blocking, 0, 1), SN_OK);
			ck_assert_msg(a.total == b.total, "trial %d: %g vs %g", trial, a.total, b.total);
			sn_coalition_list_destroy(&a);
			sn_coalition_list_destroy(&b);
		}
		sn_game_free(g);
	}
	gsl_rng_free(rng);
}
END_TEST

static Suite *power_suite(void)
{
	Suite *s = suite_create("power");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_power_compute_eec1958_exact_matches_literature);
	tcase_add_test(tc, test_power_compute_eec1958_brute_matches_literature);
	tcase_add_test(tc, test_power_compute_eec1958_exact_coleman_matches_oracle);
	tcase_add_test(tc, test_power_compute_shapley_10_10_20_30_matches_literature);
	tcase_add_test(tc, test_power_compute_banzhaf_abs_8_6_4_2_matches_literature);
	tcase_add_test(tc, test_power_compute_51_49_48_3_gives_equal_power);
	tcase_add_test(tc, test_power_compute_holler_illing_game_matches_literature);
	tcase_add_test(tc, test_power_compute_johnston_small_games_match_literature);
	tcase_add_test(tc, test_power_compute_dp_random_games_agree_with_brute_force);
	tcase_add_test(tc, test_power_compute_dp_200_players_does_not_overflow);
	tcase_add_test(tc, test_power_compute_shapley_quadrature_agrees_with_counts);
	tcase_add_test(tc, test_power_compute_montecarlo_ci_covers_exact_values);
	tcase_add_test(tc, test_power_compute_montecarlo_same_seed_gives_same_estimate);
	tcase_add_test(tc, test_power_compute_vector_game_brute_matches_python_oracle);
	tcase_add_test(tc, test_power_compute_vector_game_montecarlo_covers_brute_force);
	tcase_add_test(tc, test_power_compute_exact_on_vector_game_matches_python_oracle);
	tcase_add_test(tc, test_power_compute_bad_options_fail);
	tcase_add_test(tc, test_power_compute_limits_exceeded_give_elimit);
	tcase_add_test(tc, test_game_minimal_coalitions_eec_lists_winning_and_blocking);
	tcase_add_test(tc, test_game_minimal_coalitions_large_vector_game_gives_elimit);
	tcase_add_test(tc, test_game_minimal_coalitions_large_weighted_game_counts_by_dp);
	tcase_add_test(tc, test_game_minimal_coalitions_dp_count_agrees_with_enumeration);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(power_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
