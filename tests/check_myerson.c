/*
 * Tests for games restricted to a communication graph (samnet/power.h,
 * models/power_myerson.c): the Myerson value is the Shapley value of
 * Myerson's (1977) graph-restricted game v^G(S) = sum over the connected
 * parts C of S of v(C).  The oracle below is independent of the library:
 * it finds the parts by depth-first search on an adjacency matrix and
 * averages marginal contributions over all n! orderings (Shapley) or all
 * 2^(n-1) coalitions of the others (Banzhaf).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "samnet/power.h"
#include "samnet/error.h"

#define MAXN 8
#define MAXC 2

typedef struct {
	int n, ncrit;
	long long w[MAXC][MAXN], quota[MAXC];
	int adj[MAXN][MAXN];
	/* Oracle scoring: true counts winning parts (v^G), false asks whether one wins. */
	int count_parts;
} oracle_game_t;

static int meets(const oracle_game_t *o, unsigned part)
{
	for (int c = 0; c < o->ncrit; c++) {
		long long sum = 0;
		for (int i = 0; i < o->n; i++)
			if (part >> i & 1u)
				sum += o->w[c][i];
		if (sum < o->quota[c])
			return 0;
	}
	return 1;
}

static void visit(const oracle_game_t *o, unsigned s, int i, unsigned *part)
{
	*part |= 1u << i;
	for (int j = 0; j < o->n; j++)
		if (o->adj[i][j] && (s >> j & 1u) && !(*part >> j & 1u))
			visit(o, s, j, part);
}

static int value(const oracle_game_t *o, unsigned s)
{
	unsigned seen = 0;
	int v = 0;

	for (int i = 0; i < o->n; i++)
		if ((s >> i & 1u) && !(seen >> i & 1u)) {
			unsigned part = 0;
			visit(o, s, i, &part);
			seen |= part;
			v += meets(o, part);
		}
	return o->count_parts ? v : v > 0;
}

/* Shapley value by all n! orderings (Heap's algorithm would do; recursion is plainer). */
static void orderings(const oracle_game_t *o, int *perm, int k, double *phi, double *count)
{
	if (k == o->n) {
		unsigned s = 0;
		for (int t = 0; t < o->n; t++) {
			int before = value(o, s);
			s |= 1u << perm[t];
			phi[perm[t]] += value(o, s) - before;
		}
		*count += 1;
		return;
	}
	for (int t = k; t < o->n; t++) {
		int tmp = perm[k];
		perm[k] = perm[t];
		perm[t] = tmp;
		orderings(o, perm, k + 1, phi, count);
		perm[t] = perm[k];
		perm[k] = tmp;
	}
}

static void oracle_shapley(const oracle_game_t *o, double *phi)
{
	int perm[MAXN];
	double count = 0;

	for (int i = 0; i < o->n; i++) {
		perm[i] = i;
		phi[i] = 0;
	}
	orderings(o, perm, 0, phi, &count);
	for (int i = 0; i < o->n; i++)
		phi[i] /= count;
}

static void oracle_banzhaf(const oracle_game_t *o, double *beta)
{
	for (int i = 0; i < o->n; i++) {
		double sum = 0;
		for (unsigned s = 0; s < 1u << o->n; s++)
			if (!(s >> i & 1u))
				sum += value(o, s | 1u << i) - value(o, s);
		beta[i] = sum / ldexp(1.0, o->n - 1);
	}
}

/* The library's game for the oracle's description. */
static sn_game_t *build(const oracle_game_t *o)
{
	sn_game_t *g = NULL;
	size_t from[MAXN * MAXN], to[MAXN * MAXN], m = 0;
	int64_t w[MAXN];

	ck_assert_int_eq(sn_game_new(&g, (size_t)o->n), SN_OK);
	for (int c = 0; c < o->ncrit; c++) {
		for (int i = 0; i < o->n; i++)
			w[i] = o->w[c][i];
		ck_assert_int_eq(sn_game_add_criterion(g, c ? "second" : "first", w, o->quota[c]),
				 SN_OK);
	}
	for (int i = 0; i < o->n; i++)
		for (int j = i + 1; j < o->n; j++)
			if (o->adj[i][j]) {
				from[m] = (size_t)i;
				to[m++] = (size_t)j;
			}
	ck_assert_int_eq(sn_game_set_graph(g, from, to, m), SN_OK);
	return g;
}

static void tie(oracle_game_t *o, int i, int j)
{
	o->adj[i][j] = o->adj[j][i] = 1;
}

/* The library's Banzhaf and Shapley against the oracle of v^G. */
static void check_against_oracle(oracle_game_t *o, sn_power_result_t *r)
{
	sn_power_options_t opts = SN_POWER_OPTIONS_INIT;
	double phi[MAXN], beta[MAXN], bsum = 0;
	sn_game_t *g = build(o);

	o->count_parts = 1;
	oracle_shapley(o, phi);
	oracle_banzhaf(o, beta);
	opts.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	ck_assert_int_eq(sn_power_compute(r, g, &opts), SN_OK);
	for (int i = 0; i < o->n; i++)
		bsum += beta[i];
	for (int i = 0; i < o->n; i++) {
		ck_assert_msg(fabs(r->shapley[i] - phi[i]) < 1e-12, "player %d: Myerson %.15g, "
			      "oracle %.15g", i + 1, r->shapley[i], phi[i]);
		ck_assert_double_eq_tol(r->banzhaf_abs[i], beta[i], 1e-12);
		ck_assert_double_eq_tol(r->banzhaf[i], beta[i] / bsum, 1e-12);
	}
	sn_game_free(g);
}

static oracle_game_t path_2_1_2(long long quota)
{
	oracle_game_t o = { .n = 3, .ncrit = 1, .w = { { 2, 1, 2 } }, .quota = { quota } };

	tie(&o, 0, 1);
	tie(&o, 1, 2);
	return o;
}

/*
 * Path 1 - 2 - 3 with weights 2, 1, 2 and quota 2 (at most half of 5):
 * {1} and {3} win alone, so v^G({1,3}) = 2 and player 2, who only joins
 * them, contributes -1 there.  By hand: phi_2 = (1/3)(-1) = -1/3 (S = {1,3}
 * comes before 2 in 2 of the 6 orderings), phi_1 = phi_3 = 2/3 (efficiency:
 * the sum is v^G(N) = 1).  Banzhaf: 2's contributions over {}, {1}, {3},
 * {1,3} are 0, 0, 0, -1, so -1/4; 1's are 1, 1, 1, 0, so 3/4.  The old
 * "one part wins" game gave 1/2, 0, 1/2.
 */
START_TEST(test_power_compute_connector_of_winning_parts_gets_negative_myerson_value)
{
	oracle_game_t o = path_2_1_2(2);
	sn_power_result_t r;
	sn_game_t *g = build(&o);

	ck_assert(!sn_game_is_simple(g));
	check_against_oracle(&o, &r);
	ck_assert_double_eq_tol(r.shapley[0], 2.0 / 3, 1e-15);
	ck_assert_double_eq_tol(r.shapley[1], -1.0 / 3, 1e-15);
	ck_assert_double_eq_tol(r.shapley[2], 2.0 / 3, 1e-15);
	ck_assert_double_eq_tol(r.banzhaf_abs[1], -0.25, 1e-15);
	ck_assert_double_eq_tol(r.banzhaf_abs[0], 0.75, 1e-15);
	ck_assert_double_eq_tol(r.banzhaf[1], -0.2, 1e-15);
	ck_assert(isnan(r.winning));
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/* Quota 3 of 5 (above half): v^G is the simple game "one of the parts wins". */
START_TEST(test_power_compute_quota_above_half_gives_one_part_wins_game)
{
	oracle_game_t o = path_2_1_2(3);
	sn_power_result_t r;
	double phi[MAXN], beta[MAXN];
	sn_game_t *g = build(&o);

	ck_assert(sn_game_is_simple(g));
	check_against_oracle(&o, &r);
	o.count_parts = 0;
	oracle_shapley(&o, phi);
	oracle_banzhaf(&o, beta);
	for (int i = 0; i < 3; i++) {
		ck_assert_double_eq_tol(r.shapley[i], phi[i], 1e-15);
		ck_assert_double_eq_tol(r.banzhaf_abs[i], beta[i], 1e-15);
	}
	/* By hand: winning {1,2}, {2,3}, {1,2,3}: 2 is pivotal in 4 of 6 orderings. */
	ck_assert_double_eq_tol(r.shapley[1], 2.0 / 3, 1e-15);
	ck_assert_double_eq(r.winning, 3);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/* Seven players, two criteria with quotas at most half, a graph with a cycle and a bridge. */
static oracle_game_t seven_players(void)
{
	oracle_game_t o = { .n = 7, .ncrit = 2,
			    .w = { { 5, 1, 3, 2, 4, 1, 6 }, { 1, 1, 1, 1, 1, 1, 1 } },
			    .quota = { 6, 2 }, .count_parts = 1 };

	tie(&o, 0, 1);
	tie(&o, 1, 2);
	tie(&o, 2, 0);
	tie(&o, 2, 3);
	tie(&o, 3, 4);
	tie(&o, 4, 5);
	tie(&o, 5, 6);
	tie(&o, 3, 6);
	return o;
}

START_TEST(test_power_compute_vector_game_on_graph_matches_orderings)
{
	oracle_game_t o = seven_players();
	sn_power_result_t r;
	double bsum = 0;

	check_against_oracle(&o, &r);
	/* Efficiency: the Myerson values add up to v^G(N) = 1 (the graph is connected). */
	for (int i = 0; i < 7; i++)
		bsum += r.shapley[i];
	ck_assert_double_eq_tol(bsum, 1.0, 1e-12);
	sn_power_result_destroy(&r);
}
END_TEST

/* Two triangles apart, quota 1 of 6 (everyone wins alone): v^G(N) = 2 = sum of the values. */
START_TEST(test_power_compute_disconnected_graph_values_add_to_parts)
{
	oracle_game_t o = { .n = 6, .ncrit = 1, .w = { { 1, 1, 1, 1, 1, 1 } }, .quota = { 1 } };
	sn_power_result_t r;
	double sum = 0;

	tie(&o, 0, 1);
	tie(&o, 1, 2);
	tie(&o, 2, 0);
	tie(&o, 3, 4);
	tie(&o, 4, 5);
	tie(&o, 5, 3);
	check_against_oracle(&o, &r);
	for (int i = 0; i < 6; i++)
		sum += r.shapley[i];
	ck_assert_double_eq_tol(sum, 2.0, 1e-12);
	/* Within a connected part, v^G = 1 whatever its size: each player gets 1/3. */
	ck_assert_double_eq_tol(r.shapley[4], 1.0 / 3, 1e-12);
	sn_power_result_destroy(&r);
}
END_TEST

START_TEST(test_power_compute_graph_game_counting_parts_refuses_other_indices)
{
	oracle_game_t o = path_2_1_2(2);
	sn_game_t *g = build(&o);
	sn_power_options_t opts = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;
	sn_coalition_list_t l;

	opts.indices = SN_POWER_ALL;
	ck_assert_int_eq(sn_power_compute(&r, g, &opts), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "not a simple game"));
	opts.indices = SN_POWER_SHAPLEY;
	opts.method = SN_POWER_EXACT;
	ck_assert_int_eq(sn_power_compute(&r, g, &opts), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "communication graph"));
	opts.method = SN_POWER_MONTECARLO;
	opts.samples = 0;
	ck_assert_int_eq(sn_power_compute(&r, g, &opts), SN_OK); /* 0: the default count */
	sn_power_result_destroy(&r);
	opts.method = SN_POWER_BRUTE;
	opts.max_brute_players = 2;
	ck_assert_int_eq(sn_power_compute(&r, g, &opts), SN_ELIMIT);
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, false, 10, 0), SN_EINVAL);
	sn_game_free(g);
}
END_TEST

/*
 * Monte Carlo on the seven-player game: every estimate within its 95 %
 * interval widened to about four standard errors (hi - lo) of the oracle,
 * and the interval no wider than the spread of a contribution allows.
 */
START_TEST(test_power_compute_montecarlo_myerson_covers_oracle)
{
	oracle_game_t o = seven_players();
	sn_power_options_t opts = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;
	double phi[MAXN], beta[MAXN];
	sn_game_t *g;

	g = build(&o);
	oracle_shapley(&o, phi);
	oracle_banzhaf(&o, beta);
	opts.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	opts.method = SN_POWER_MONTECARLO;
	opts.samples = 200000;
	opts.seed = 7;
	ck_assert_int_eq(sn_power_compute(&r, g, &opts), SN_OK);
	ck_assert_uint_eq(r.samples, 200000);
	for (int i = 0; i < 7; i++) {
		double ws = r.shapley_hi[i] - r.shapley_lo[i], wb = r.banzhaf_abs_hi[i] - r.banzhaf_abs_lo[i];
		ck_assert_msg(fabs(r.shapley[i] - phi[i]) <= ws, "player %d: %g [%g, %g], exact %g",
			      i + 1, r.shapley[i], r.shapley_lo[i], r.shapley_hi[i], phi[i]);
		ck_assert_msg(fabs(r.banzhaf_abs[i] - beta[i]) <= wb, "player %d: %g [%g, %g], "
			      "exact %g", i + 1, r.banzhaf_abs[i], r.banzhaf_abs_lo[i],
			      r.banzhaf_abs_hi[i], beta[i]);
		/* A contribution lies in [-2, 1] here: sd at most 1.5, half-width at most 0.0066. */
		ck_assert(ws > 0 && ws < 0.014 && wb > 0 && wb < 0.014);
	}
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

/*
 * Beyond enumeration (AUTO samples): a path of 40 players where only the
 * ends weigh (10 each), quota 10 of 20.  Each end wins alone, and the two
 * are in one part only when the whole path is, so v^G(S) = [1 in S] +
 * [40 in S] - [S = N]: two dictator games less the unanimity game of all
 * 40.  Myerson value: 1 - 1/40 for each end, -1/40 for every other player
 * (by linearity; a middle player contributes -1 only when it comes last).
 */
START_TEST(test_power_compute_auto_samples_large_graph_game)
{
	enum { LN = 40 };
	int64_t w[LN];
	size_t from[LN - 1], to[LN - 1];
	sn_power_options_t opts = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;
	sn_game_t *g;
	double sum = 0;

	for (size_t i = 0; i < LN; i++)
		w[i] = i == 0 || i == LN - 1 ? 10 : 0;
	for (size_t i = 0; i + 1 < LN; i++) {
		from[i] = i;
		to[i] = i + 1;
	}
	ck_assert_int_eq(sn_game_new_weighted(&g, w, LN, 10), SN_OK);
	ck_assert_int_eq(sn_game_set_graph(g, from, to, LN - 1), SN_OK);
	opts.indices = SN_POWER_SHAPLEY;
	opts.samples = 20000;
	ck_assert_int_eq(sn_power_compute(&r, g, &opts), SN_OK);
	ck_assert_int_eq(r.method[1], SN_POWER_MONTECARLO);
	for (size_t i = 0; i < LN; i++) {
		double want = i == 0 || i == LN - 1 ? 1 - 1.0 / LN : -1.0 / LN;
		ck_assert_msg(fabs(r.shapley[i] - want) <= r.shapley_hi[i] - r.shapley_lo[i],
			      "player %zu: %g [%g, %g], exact %g", i + 1, r.shapley[i],
			      r.shapley_lo[i], r.shapley_hi[i], want);
		sum += r.shapley[i];
	}
	/* Every ordering's contributions add up to v^G(N) = 1. */
	ck_assert_double_eq_tol(sum, 1.0, 1e-12);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

static Suite *myerson_suite(void)
{
	Suite *s = suite_create("myerson");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_add_test(tc, test_power_compute_connector_of_winning_parts_gets_negative_myerson_value);
	tcase_add_test(tc, test_power_compute_quota_above_half_gives_one_part_wins_game);
	tcase_add_test(tc, test_power_compute_vector_game_on_graph_matches_orderings);
	tcase_add_test(tc, test_power_compute_disconnected_graph_values_add_to_parts);
	tcase_add_test(tc, test_power_compute_graph_game_counting_parts_refuses_other_indices);
	tcase_add_test(tc, test_power_compute_montecarlo_myerson_covers_oracle);
	tcase_add_test(tc, test_power_compute_auto_samples_large_graph_game);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(myerson_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
