/*
 * Tests for sn_game_smallest_blocking() (samnet/power.h): the fewest players
 * who can stop a decision, at any number of players, with examples.
 *
 * Oracles: a hand count on the EEC 1958 Council (Felsenthal and Machover
 * 1998: [12; 4,4,4,2,2,1]), and brute force over all 2^n coalitions with
 * sn_game_blocks() on random weighted and vector games of up to 12 players.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <gsl/gsl_rng.h>

#include "samnet/power.h"

/* Whether the coalition `players[0..k)` blocks g. */
static bool list_blocks(const sn_game_t *g, const size_t *players, size_t k)
{
	unsigned char in[64] = { 0 };

	for (size_t j = 0; j < k; j++)
		in[players[j]] = 1;
	return sn_game_blocks(g, in);
}

/* Every listed example: size k, players ascending and distinct, blocking, no two alike. */
static void check_examples(const sn_game_t *g, const sn_coalition_list_t *l, size_t k)
{
	for (size_t c = 0; c < l->count; c++) {
		const size_t *p = l->players + l->offsets[c];
		ck_assert_uint_eq(l->offsets[c + 1] - l->offsets[c], k);
		for (size_t j = 1; j < k; j++)
			ck_assert_uint_lt(p[j - 1], p[j]);
		ck_assert(list_blocks(g, p, k));
		for (size_t d = 0; d < c; d++)
			ck_assert(memcmp(p, l->players + l->offsets[d], k * sizeof *p) != 0);
	}
	ck_assert(isnan(l->total));
}

START_TEST(test_game_smallest_blocking_eec1958_two_players_nine_sets)
{
	/* T = 17, q = 12: S blocks when w(S) > 5, i.e. two of the 4s or a 4 with a 2: 3 + 6 sets. */
	static const int64_t w[] = { 4, 4, 4, 2, 2, 1 };
	sn_game_t *g;
	sn_coalition_list_t l;
	size_t k = 0;

	ck_assert_int_eq(sn_game_new_weighted(&g, w, 6, 12), SN_OK);
	ck_assert_int_eq(sn_game_smallest_blocking(&k, &l, g, 10), SN_OK);
	ck_assert_uint_eq(k, 2);
	ck_assert_uint_eq(l.count, 9);
	check_examples(g, &l, 2);
	/* The first example is the two heaviest players. */
	ck_assert_uint_eq(l.players[0], 0);
	ck_assert_uint_eq(l.players[1], 1);
	sn_coalition_list_destroy(&l);
	ck_assert_int_eq(sn_game_smallest_blocking(&k, &l, g, 4), SN_OK);
	ck_assert_uint_eq(l.count, 4);
	sn_coalition_list_destroy(&l);
	ck_assert_int_eq(sn_game_smallest_blocking(&k, NULL, g, 0), SN_OK);
	ck_assert_uint_eq(k, 2);
	sn_game_free(g);
}
END_TEST

/* A random game of n players: 1..3 criteria, weights 0..20, quotas 1..total. */
static sn_game_t *random_game(gsl_rng *rng, size_t n)
{
	sn_game_t *g;
	size_t ncrit = 1 + gsl_rng_uniform_int(rng, 3);

	ck_assert_int_eq(sn_game_new(&g, n), SN_OK);
	for (size_t c = 0; c < ncrit; c++) {
		int64_t w[12], total = 0;
		for (size_t i = 0; i < n; i++)
			total += w[i] = (int64_t)gsl_rng_uniform_int(rng, 21);
		if (total == 0)
			total += w[0] = 1;
		ck_assert_int_eq(sn_game_add_criterion(g, NULL, w,
						       1 + (int64_t)gsl_rng_uniform_int(rng, total)),
				 SN_OK);
	}
	return g;
}

START_TEST(test_game_smallest_blocking_random_games_match_brute_force)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);

	gsl_rng_set(rng, 20261206);
	for (int trial = 0; trial < 400; trial++) {
		size_t n = 1 + gsl_rng_uniform_int(rng, 12), k = 0, want = SIZE_MAX, count = 0;
		sn_game_t *g = random_game(rng, n);
		sn_coalition_list_t l;
		unsigned char in[12];

		/* Brute force: the least size of a blocking coalition and how many have it. */
		for (unsigned s = 0; s < 1u << n; s++) {
			size_t size = (size_t)__builtin_popcount(s);
			for (size_t i = 0; i < n; i++)
				in[i] = (s >> i) & 1;
			if (!sn_game_blocks(g, in) || size > want)
				continue;
			count = size < want ? 1 : count + 1;
			want = size;
		}
		ck_assert_int_eq(sn_game_smallest_blocking(&k, &l, g, 10), SN_OK);
		ck_assert_uint_eq(k, want);
		ck_assert_uint_ge(l.count, 1);
		ck_assert_uint_le(l.count, count < 10 ? count : 10);
		/* One criterion: every smallest blocking set blocks through it, so all are found. */
		if (sn_game_ncriteria(g) == 1)
			ck_assert_uint_eq(l.count, count < 10 ? count : 10);
		check_examples(g, &l, k);
		sn_coalition_list_destroy(&l);
		sn_game_free(g);
	}
	gsl_rng_free(rng);
}
END_TEST

START_TEST(test_game_smallest_blocking_large_game_is_exact_without_enumeration)
{
	/* 300 players: 200 of weight 1 and 100 of weight 10, quota more than half of 1200.
	   S blocks when w(S) >= 600: 60 of the heavy players, nothing fewer. */
	int64_t w[300];
	sn_game_t *g;
	sn_coalition_list_t l;
	size_t k = 0;

	for (size_t i = 0; i < 300; i++)
		w[i] = i < 200 ? 1 : 10;
	ck_assert_int_eq(sn_game_new_weighted(&g, w, 300, 601), SN_OK);
	ck_assert_int_eq(sn_game_smallest_blocking(&k, &l, g, 10), SN_OK);
	ck_assert_uint_eq(k, 60);
	ck_assert_uint_eq(l.count, 10);
	for (size_t c = 0; c < l.count; c++)
		for (size_t j = 0; j < k; j++)
			ck_assert_uint_ge(l.players[l.offsets[c] + j], 200);
	sn_coalition_list_destroy(&l);
	sn_game_free(g);
}
END_TEST

START_TEST(test_game_smallest_blocking_graph_game_fails)
{
	static const int64_t w[] = { 2, 1, 2 };
	static const size_t from[] = { 0, 1 }, to[] = { 1, 2 };
	sn_game_t *g;
	sn_coalition_list_t l;
	size_t k = 0;

	ck_assert_int_eq(sn_game_new_weighted(&g, w, 3, 3), SN_OK);
	ck_assert_int_eq(sn_game_set_graph(g, from, to, 2), SN_OK);
	ck_assert_int_eq(sn_game_smallest_blocking(&k, &l, g, 10), SN_EINVAL);
	ck_assert_uint_eq(l.count, 0);
	ck_assert_ptr_null(l.players);
	sn_game_free(g);
}
END_TEST

static Suite *blocking_suite(void)
{
	Suite *s = suite_create("game_blocking");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_game_smallest_blocking_eec1958_two_players_nine_sets);
	tcase_add_test(tc, test_game_smallest_blocking_random_games_match_brute_force);
	tcase_add_test(tc, test_game_smallest_blocking_large_game_is_exact_without_enumeration);
	tcase_add_test(tc, test_game_smallest_blocking_graph_game_fails);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(blocking_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
