/*
 * Tests for the exact Banzhaf and Coleman indices of vector-weighted games
 * (several criteria) by dynamic programming over the quota vector
 * (models/power_vector.c).
 *
 * The oracle is an independent brute force written here: it enumerates all
 * 2^n coalitions, counts each player's swings as integers and compares the
 * exact fractions swings / 2^(n-1) with the DP.  At 25 players the DP is
 * compared with the library's own enumeration (method brute).
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include <samnet.h>

#define MAXN 25

typedef struct {
	size_t n;
	int64_t members[MAXN], pop[MAXN];
	int64_t qm, qp;
} game2_t;

/* A deterministic pseudo-random generator (xorshift64), so the games are the same on every run. */
static uint64_t next(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* A random "members >= qm and population >= qp" game of n players. */
static game2_t random_game(size_t n, uint64_t *seed)
{
	game2_t t = { .n = n };
	int64_t total = 0;

	for (size_t i = 0; i < n; i++) {
		t.members[i] = 1;
		t.pop[i] = 1 + (int64_t)(next(seed) % 400);
		total += t.pop[i];
	}
	t.qm = 1 + (int64_t)(next(seed) % n);
	t.qp = 1 + (int64_t)(next(seed) % (uint64_t)total);
	return t;
}

static sn_game_t *make(const game2_t *t)
{
	sn_game_t *g = NULL;

	ck_assert_int_eq(sn_game_new(&g, t->n), SN_OK);
	ck_assert_int_eq(sn_game_add_criterion(g, "members", t->members, t->qm), SN_OK);
	ck_assert_int_eq(sn_game_add_criterion(g, "population", t->pop, t->qp), SN_OK);
	return g;
}

static bool wins(const game2_t *t, uint32_t s)
{
	int64_t m = 0, p = 0;

	for (size_t i = 0; i < t->n; i++)
		if (s & (1u << i)) {
			m += t->members[i];
			p += t->pop[i];
		}
	return m >= t->qm && p >= t->qp;
}

/* C(n, k) as a double (exact below 2^53). */
static double binom(size_t n, size_t k)
{
	double c = 1.0;

	for (size_t j = 1; j <= k; j++)
		c = c * (double)(n - k + j) / (double)j;
	return c;
}

/*
 * Swing counts of every player and the number of winning coalitions, by
 * enumeration; ss[i] the Shapley-Shubik index from the definition, the sum
 * over i's swings S of (|S|-1)! (n-|S|)! / n! = 1 / (n C(n-1, |S|-1)).
 */
static uint64_t brute_swings(const game2_t *t, uint64_t *swings, double *ss)
{
	uint64_t winning = 0;

	memset(swings, 0, t->n * sizeof *swings);
	memset(ss, 0, t->n * sizeof *ss);
	for (uint32_t s = 0; s < (1u << t->n); s++) {
		if (!wins(t, s))
			continue;
		winning++;
		for (size_t i = 0; i < t->n; i++)
			if ((s & (1u << i)) && !wins(t, s & ~(1u << i))) {
				swings[i]++;
				ss[i] += 1.0 / ((double)t->n *
						binom(t->n - 1, (size_t)__builtin_popcount(s) - 1));
			}
	}
	return winning;
}

static void compute(sn_power_result_t *r, const sn_game_t *g, sn_power_method_t m, size_t mem)
{
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;

	o.method = m;
	o.indices = SN_POWER_BANZHAF | SN_POWER_COLEMAN | SN_POWER_SHAPLEY;
	o.max_memory = mem;
	ck_assert_msg(sn_power_compute(r, g, &o) == SN_OK, "%s", sn_error_last());
}

START_TEST(test_vector_exact_matches_brute_force_counts)
{
	uint64_t seed = 0x9e3779b97f4a7c15u, swings[MAXN];
	double ss[MAXN];

	for (int rep = 0; rep < 40; rep++) {
		size_t n = 10 + (size_t)(next(&seed) % 11); /* 10..20 players */
		game2_t t = random_game(n, &seed);
		sn_game_t *g = make(&t);
		sn_power_result_t r;
		uint64_t winning = brute_swings(&t, swings, ss), total = 0;

		compute(&r, g, SN_POWER_EXACT, 0);
		ck_assert_int_eq(r.method[0], SN_POWER_EXACT);
		ck_assert_int_eq(r.method[1], SN_POWER_EXACT);
		ck_assert_int_eq(r.method[5], SN_POWER_EXACT);
		for (size_t i = 0; i < n; i++)
			total += swings[i];
		for (size_t i = 0; i < n; i++) {
			ck_assert_double_eq_tol(r.banzhaf_abs[i], ldexp((double)swings[i], -(int)(n - 1)),
						1e-14);
			ck_assert_double_eq_tol(r.shapley[i], ss[i], 1e-13);
			ck_assert_double_eq_tol(r.banzhaf[i],
						total ? (double)swings[i] / (double)total : 0.0, 1e-13);
			if (winning > 0)
				ck_assert_double_eq_tol(r.coleman_prevent[i],
							(double)swings[i] / (double)winning, 1e-13);
		}
		ck_assert_double_eq(r.winning, (double)winning);
		ck_assert_double_eq_tol(r.coleman_collectivity, ldexp((double)winning, -(int)n), 1e-15);
		sn_power_result_destroy(&r);
		sn_game_free(g);
	}
}
END_TEST

START_TEST(test_vector_exact_three_criteria_matches_enumeration)
{
	/* Three criteria: members, population and a made-up area; the library's enumeration as peer. */
	static const int64_t area[12] = { 5, 9, 2, 7, 7, 1, 3, 8, 6, 4, 2, 9 };
	static const int64_t pop[12] = { 90, 12, 40, 33, 71, 8, 15, 60, 22, 51, 3, 44 };
	sn_weight_vector_t v[] = { { "population", pop }, { "area", area } };
	sn_game_t *g = NULL;
	sn_power_result_t ex, br;

	ck_assert_int_eq(sn_game_from_rule(&g, "members>=50% and population>=60% and area>40%",
					   12, v, 2), SN_OK);
	compute(&ex, g, SN_POWER_EXACT, 0);
	compute(&br, g, SN_POWER_BRUTE, 0);
	for (size_t i = 0; i < 12; i++) {
		ck_assert_double_eq_tol(ex.banzhaf_abs[i], br.banzhaf_abs[i], 1e-14);
		ck_assert_double_eq_tol(ex.coleman_initiate[i], br.coleman_initiate[i], 1e-13);
		ck_assert_double_eq_tol(ex.shapley[i], br.shapley[i], 1e-13);
	}
	ck_assert_double_eq(ex.winning, br.winning);
	sn_power_result_destroy(&ex);
	sn_power_result_destroy(&br);
	sn_game_free(g);
}
END_TEST

START_TEST(test_vector_exact_matches_enumeration_at_25_players)
{
	uint64_t seed = 42;
	game2_t t = random_game(25, &seed);
	sn_game_t *g = NULL;
	sn_power_result_t ex, br;

	t.qm = 14;      /* a qualified majority of members, as in the EU Council */
	t.qp = t.qp / 2 + 2000;
	g = make(&t);
	compute(&ex, g, SN_POWER_EXACT, 0);
	compute(&br, g, SN_POWER_BRUTE, 0);
	for (size_t i = 0; i < 25; i++) {
		ck_assert_double_eq_tol(ex.banzhaf_abs[i], br.banzhaf_abs[i], 1e-14);
		ck_assert_double_eq_tol(ex.banzhaf[i], br.banzhaf[i], 1e-13);
		ck_assert_double_eq_tol(ex.coleman_prevent[i], br.coleman_prevent[i], 1e-13);
		ck_assert_double_eq_tol(ex.shapley[i], br.shapley[i], 1e-13);
	}
	ck_assert_double_eq(ex.winning, br.winning);
	sn_power_result_destroy(&ex);
	sn_power_result_destroy(&br);
	sn_game_free(g);
}
END_TEST

/* 40 players: beyond enumeration, where AUTO used to sample. */
static sn_game_t *forty(void)
{
	uint64_t seed = 7;
	sn_game_t *g = NULL;
	int64_t members[40], pop[40], total = 0;

	for (size_t i = 0; i < 40; i++) {
		members[i] = 1;
		pop[i] = 1 + (int64_t)(next(&seed) % 50);
		total += pop[i];
	}
	ck_assert_int_eq(sn_game_new(&g, 40), SN_OK);
	ck_assert_int_eq(sn_game_add_criterion(g, "members", members, 22), SN_OK);
	ck_assert_int_eq(sn_game_add_criterion(g, "population", pop, total * 65 / 100), SN_OK);
	return g;
}

START_TEST(test_vector_auto_above_enumeration_is_exact)
{
	sn_game_t *g = forty();
	sn_power_result_t r;
	double sum = 0.0;

	compute(&r, g, SN_POWER_AUTO, 0);
	ck_assert_int_eq(r.method[0], SN_POWER_EXACT);
	ck_assert_int_eq(r.method[1], SN_POWER_EXACT);
	ck_assert_ptr_null(r.banzhaf_lo);
	ck_assert_ptr_null(r.shapley_lo);
	for (size_t i = 0; i < 40; i++)
		sum += r.banzhaf[i];
	ck_assert_double_eq_tol(sum, 1.0, 1e-12);
	sum = 0.0;
	for (size_t i = 0; i < 40; i++)
		sum += r.shapley[i]; /* efficiency: the pivots of every ordering */
	ck_assert_double_eq_tol(sum, 1.0, 1e-12);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/*
 * One player who meets both quotas alone is a dictator: Banzhaf and
 * Shapley-Shubik 1 by definition.  The exact Shapley-Shubik programme has
 * n = 1 layer here, which once read the Banzhaf-only output pointer (UBSan,
 * found by tests/fuzz/replay_rule).
 */
START_TEST(test_vector_exact_single_player)
{
	static const int64_t members[] = { 1 }, pop[] = { 100 };
	sn_power_result_t r;
	sn_game_t *g = NULL;

	ck_assert_int_eq(sn_game_new(&g, 1), SN_OK);
	ck_assert_int_eq(sn_game_add_criterion(g, "members", members, 1), SN_OK);
	ck_assert_int_eq(sn_game_add_criterion(g, "population", pop, 65), SN_OK);
	compute(&r, g, SN_POWER_EXACT, 0);
	ck_assert_double_eq_tol(r.banzhaf[0], 1.0, 1e-15);
	ck_assert_double_eq_tol(r.shapley[0], 1.0, 1e-15);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_vector_auto_falls_back_to_montecarlo_when_memory_is_short)
{
	sn_game_t *g = forty();
	sn_power_result_t r;

	compute(&r, g, SN_POWER_AUTO, 1024);
	ck_assert_int_eq(r.method[0], SN_POWER_MONTECARLO);
	ck_assert_ptr_nonnull(r.banzhaf_lo);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_vector_exact_beyond_memory_gives_elimit)
{
	sn_game_t *g = forty();
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;

	o.method = SN_POWER_EXACT;
	o.indices = SN_POWER_BANZHAF;
	o.max_memory = 1024;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_ELIMIT);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "never scaled"));
	ck_assert_ptr_null(r.banzhaf);
	sn_game_free(g);
}
END_TEST

START_TEST(test_vector_shapley_beyond_memory_gives_elimit_naming_sizes)
{
	sn_game_t *g = forty();
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;

	o.method = SN_POWER_EXACT;
	o.indices = SN_POWER_SHAPLEY;
	o.max_memory = 4 << 20; /* Banzhaf fits (about 1 MiB), the 40 size layers do not */
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_ELIMIT);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "coalition sizes"));
	o.indices = SN_POWER_BANZHAF;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_OK);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

static Suite *vector_suite(void)
{
	Suite *s = suite_create("power_vector");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_vector_exact_matches_brute_force_counts);
	tcase_add_test(tc, test_vector_exact_three_criteria_matches_enumeration);
	tcase_add_test(tc, test_vector_exact_matches_enumeration_at_25_players);
	tcase_add_test(tc, test_vector_auto_above_enumeration_is_exact);
	tcase_add_test(tc, test_vector_exact_single_player);
	tcase_add_test(tc, test_vector_auto_falls_back_to_montecarlo_when_memory_is_short);
	tcase_add_test(tc, test_vector_exact_beyond_memory_gives_elimit);
	tcase_add_test(tc, test_vector_shapley_beyond_memory_gives_elimit_naming_sizes);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(vector_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
