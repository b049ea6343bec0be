/*
 * Tests for building voting games (samnet/power.h): weights and quotas,
 * exact share quotas, the rule parser with its error positions, weight
 * scaling, index and method names; and the two coalitional refinements,
 * communication graphs (Myerson value) and blocs (Owen value).  The plain
 * power indices are tested in check_power.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <gsl/gsl_rng.h>

#include "samnet/power.h"

#include "tests/power_fixtures.h"

START_TEST(test_game_wins_and_blocks_follow_quota)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	unsigned char big3[] = { 1, 1, 1, 0, 0, 0 }, two[] = { 1, 1, 0, 0, 0, 0 };
	unsigned char lux[] = { 0, 0, 0, 0, 0, 1 };

	ck_assert(sn_game_wins(g, big3));
	ck_assert(!sn_game_wins(g, two));
	ck_assert(sn_game_blocks(g, two));
	ck_assert(!sn_game_blocks(g, lux));
	ck_assert_int_eq(sn_game_total(g, 0), 17);
	ck_assert_str_eq(sn_game_criterion_name(g, 0), "weight");
	ck_assert_int_eq(sn_game_nplayers(g), 6);
	sn_game_free(g);
}
END_TEST

START_TEST(test_game_add_criterion_bad_weights_or_quota_fail)
{
	sn_game_t *g = NULL;
	int64_t neg[] = { 3, -1, 2 }, ok[] = { 3, 1, 2 }, huge[] = { INT64_MAX, 1, 0 };

	ck_assert_int_eq(sn_game_new(&g, 0), SN_EINVAL);
	ck_assert_ptr_null(g);
	ck_assert_int_eq(sn_game_new(&g, SN_GAME_MAX_PLAYERS + 1), SN_EINVAL);
	ck_assert_int_eq(sn_game_new(&g, 3), SN_OK);
	ck_assert_int_eq(sn_game_add_criterion(g, "seats", neg, 2), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "negative"));
	ck_assert_int_eq(sn_game_add_criterion(g, "seats", huge, 2), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "overflow"));
	ck_assert_int_eq(sn_game_add_criterion(g, "seats", ok, 0), SN_EINVAL);
	ck_assert_int_eq(sn_game_add_criterion(g, "seats", ok, 7), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "quota 7 exceeds the total weight 6 of seats");
	ck_assert_int_eq(sn_game_ncriteria(g), 0);
	ck_assert_int_eq(sn_game_add_criterion(g, NULL, ok, 6), SN_OK);
	ck_assert_int_eq(sn_game_ncriteria(g), 1);
	sn_game_free(g);
	sn_game_free(NULL);
}
END_TEST

START_TEST(test_quota_parse_shares_are_exact)
{
	int64_t q;

	ck_assert_int_eq(sn_quota_parse(&q, "50%", 100), SN_OK);
	ck_assert_int_eq(q, 50);
	ck_assert_int_eq(sn_quota_parse(&q, "50%", 101), SN_OK);
	ck_assert_int_eq(q, 51);
	ck_assert_int_eq(sn_quota_parse(&q, "> 50 %", 100), SN_OK);
	ck_assert_int_eq(q, 51);
	ck_assert_int_eq(sn_quota_parse(&q, "65%", 300), SN_OK);
	ck_assert_int_eq(q, 195);
	ck_assert_int_eq(sn_quota_parse(&q, "65.5%", 1000), SN_OK);
	ck_assert_int_eq(q, 655);
	ck_assert_int_eq(sn_quota_parse(&q, "100%", 17), SN_OK);
	ck_assert_int_eq(q, 17);
	ck_assert_int_eq(sn_quota_parse(&q, "12", 17), SN_OK);
	ck_assert_int_eq(q, 12);
	ck_assert_int_eq(sn_quota_parse(&q, ">=12", 17), SN_OK);
	ck_assert_int_eq(q, 12);
	ck_assert_int_eq(sn_quota_parse(&q, ">12", 17), SN_OK);
	ck_assert_int_eq(q, 13);
	ck_assert_int_eq(sn_quota_parse(&q, "12.5", 17), SN_OK);
	ck_assert_int_eq(q, 13);
}
END_TEST

START_TEST(test_quota_parse_bad_text_fails_with_position)
{
	int64_t q = -7;

	ck_assert_int_eq(sn_quota_parse(&q, "18", 17), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "quota: quota 18 exceeds the total weight 17");
	ck_assert_int_eq(sn_quota_parse(&q, "0", 17), SN_EINVAL);
	ck_assert_int_eq(sn_quota_parse(&q, "0%", 17), SN_EINVAL);
	ck_assert_int_eq(sn_quota_parse(&q, "101%", 17), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "above 100%"));
	ck_assert_int_eq(sn_quota_parse(&q, "5x", 17), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "quota: unexpected 'x' at position 2");
	ck_assert_int_eq(sn_quota_parse(&q, "", 17), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "quota: expected a number at position 1");
	ck_assert_int_eq(sn_quota_parse(&q, "-3", 17), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "quota: a negative number at position 1 (quotas and "
			 "shares are at least 0)");
	ck_assert_int_eq(sn_quota_parse(&q, "1..5", 17), SN_EINVAL);
	ck_assert_int_eq(sn_quota_parse(&q, "0.0000000001%", 17), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "9 decimals"));
	ck_assert_int_eq(sn_quota_parse(&q, "99999999999999999999", 17), SN_EINVAL);
	ck_assert_int_eq(q, -7);
}
END_TEST

START_TEST(test_game_from_rule_double_majority_builds_criteria)
{
	int64_t pop[21], total = 0;
	sn_weight_vector_t v[] = { { "population", pop } };
	sn_game_t *g = NULL;

	for (size_t i = 0; i < 21; i++)
		total += pop[i] = 100000 + 37 * (int64_t)i;
	ck_assert_int_eq(sn_game_from_rule(&g, "  members>=11 AND population > 65% ", 21, v, 1),
			 SN_OK);
	ck_assert_int_eq(sn_game_ncriteria(g), 2);
	ck_assert_str_eq(sn_game_criterion_name(g, 0), "members");
	ck_assert_int_eq(sn_game_quota(g, 0), 11);
	ck_assert_int_eq(sn_game_total(g, 0), 21);
	ck_assert_str_eq(sn_game_criterion_name(g, 1), "population");
	ck_assert_int_eq(sn_game_total(g, 1), total);
	/* total = 2107770; 65 % of it is 1370050.5, so "> 65%" needs 1370051. */
	ck_assert_int_eq(total, 2107770);
	ck_assert_int_eq(sn_game_quota(g, 1), 1370051);
	sn_game_free(g);
}
END_TEST

static void assert_rule_error(const char *rule, const char *message)
{
	static const int64_t pop[] = { 5, 3, 2 };
	sn_weight_vector_t v[] = { { "population", pop } };
	sn_game_t *g = (sn_game_t *)1;

	ck_assert_int_eq(sn_game_from_rule(&g, rule, 3, v, 1), SN_EINVAL);
	ck_assert_ptr_null(g);
	ck_assert_str_eq(sn_error_last(), message);
}

START_TEST(test_game_from_rule_bad_rules_fail_with_position)
{
	assert_rule_error("", "rule: empty rule");
	assert_rule_error("pop>=50%",
			  "rule: unknown weight 'pop' at position 1; known: members, population");
	assert_rule_error("members=2", "rule: expected '>=' or '>' at position 8");
	assert_rule_error("members>=", "rule: expected a number at position 10");
	assert_rule_error("members>=2 population>=50%",
			  "rule: expected 'and' or the end at position 12");
	assert_rule_error("members>=2 and", "rule: 'and' at position 12 is not followed by a "
			  "condition such as population>=65%");
	assert_rule_error("members>=2 or population>=50%", "rule: 'or' at position 12: every "
			  "condition of a rule must hold, so they are joined with 'and'");
	assert_rule_error("members>=-2", "rule: a negative number at position 10 (quotas and "
			  "shares are at least 0)");
	assert_rule_error("members>=2 and >=3", "rule: expected a weight name at position 16");
	assert_rule_error("members>=2 and members>=3",
			  "rule: 'members' appears twice (position 16)");
	assert_rule_error("population>=11",
			  "rule: population at position 1: quota 11 exceeds the total weight 10");
	assert_rule_error("members>=4",
			  "rule: members at position 1: quota 4 exceeds the total weight 3");
}
END_TEST

START_TEST(test_game_scale_weights_sqrt_population_rounds_to_integers)
{
	double w[] = { sqrt(4.0), sqrt(9.0), sqrt(16.0), 0.0 };
	double bad[] = { 1.0, -2.0 }, nan_w[] = { NAN }, zero[] = { 0.0, 0.0 };
	int64_t out[4], s_out[2];
	double s;

	ck_assert_int_eq(sn_game_scale_weights(out, &s, w, 4, 1000), SN_OK);
	ck_assert_int_eq(out[0], 500);
	ck_assert_int_eq(out[1], 750);
	ck_assert_int_eq(out[2], 1000);
	ck_assert_int_eq(out[3], 0);
	ck_assert_double_eq_tol(s, 250.0, 1e-12);
	ck_assert_int_eq(sn_game_scale_weights(s_out, NULL, bad, 2, 1000), SN_EINVAL);
	ck_assert_int_eq(sn_game_scale_weights(s_out, NULL, nan_w, 1, 1000), SN_EINVAL);
	ck_assert_int_eq(sn_game_scale_weights(s_out, NULL, zero, 2, 1000), SN_EINVAL);
	ck_assert_int_eq(sn_game_scale_weights(s_out, NULL, w, 0, 1000), SN_EINVAL);
	ck_assert_int_eq(sn_game_scale_weights(s_out, NULL, w, 2, 0), SN_EINVAL);
	ck_assert_int_eq(sn_game_scale_weights(out, NULL, w, 4, INT64_MAX / 2), SN_EINVAL);
}
END_TEST

START_TEST(test_power_indices_parse_names_give_mask)
{
	unsigned m;
	sn_power_method_t meth;

	ck_assert_int_eq(sn_power_indices_parse(&m, "banzhaf,Shapley"), SN_OK);
	ck_assert_uint_eq(m, SN_POWER_BANZHAF | SN_POWER_SHAPLEY);
	ck_assert_int_eq(sn_power_indices_parse(&m, "all"), SN_OK);
	ck_assert_uint_eq(m, SN_POWER_ALL);
	ck_assert_int_eq(sn_power_indices_parse(&m, "deegan-packel,holler,cheap"), SN_OK);
	ck_assert_uint_eq(m, SN_POWER_DEEGAN_PACKEL | SN_POWER_HOLLER | SN_POWER_CHEAP);
	ck_assert_int_eq(sn_power_indices_parse(&m, "banzhaf,nucleolus"), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "'nucleolus'"));
	ck_assert_int_eq(sn_power_indices_parse(&m, "owen,shapley"), SN_OK);
	ck_assert_uint_eq(m, SN_POWER_OWEN | SN_POWER_SHAPLEY);
	ck_assert_int_eq(sn_power_indices_parse(&m, ""), SN_EINVAL);
	ck_assert_str_eq(sn_power_index_name(SN_POWER_JOHNSTON), "johnston");
	ck_assert_ptr_null(sn_power_index_name(3));
	ck_assert_int_eq(sn_power_method_parse(&meth, "montecarlo"), SN_OK);
	ck_assert_int_eq(meth, SN_POWER_MONTECARLO);
	ck_assert_int_eq(sn_power_method_parse(&meth, "fast"), SN_EINVAL);
	ck_assert_str_eq(sn_power_method_name(SN_POWER_BRUTE), "brute");
}
END_TEST

START_TEST(test_game_set_graph_bad_input_fails)
{
	int64_t w[65];
	size_t from[] = { 0 }, to[] = { 6 };
	sn_game_t *g = weighted(eec_w, 6, 12), *big;

	ck_assert_int_eq(sn_game_set_graph(g, from, to, 1), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "6 players"));
	ck_assert(!sn_game_has_graph(g));
	for (size_t i = 0; i < 65; i++)
		w[i] = 1;
	big = weighted(w, 65, 33);
	ck_assert_int_eq(sn_game_set_graph(big, from, to, 0), SN_ELIMIT);
	sn_game_free(big);
	sn_game_free(g);
}
END_TEST

/*
 * Myerson (1977): the three-player majority game [2; 1, 1, 1] with the line
 * 1 - 2 - 3 as communication graph has the Myerson value (1/6, 2/3, 1/6).
 * Banzhaf by hand: winning {1,2}, {2,3}, {1,2,3}; swings 1, 3, 1.
 */
START_TEST(test_power_compute_line_graph_gives_myerson_value)
{
	static const int64_t w[] = { 1, 1, 1 };
	static const size_t from[] = { 0, 1 }, to[] = { 1, 2 };
	static const double ss[] = { 1 / 6.0, 2 / 3.0, 1 / 6.0 };
	static const double bz[] = { 0.2, 0.6, 0.2 }, babs[] = { 0.25, 0.75, 0.25 };
	sn_game_t *g = weighted(w, 3, 2);
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;
	unsigned char ends[] = { 1, 0, 1 }, mid[] = { 0, 1, 0 };

	ck_assert(!sn_game_has_graph(g));
	ck_assert(sn_game_wins(g, ends));
	ck_assert(!sn_game_blocks(g, mid));
	ck_assert_int_eq(sn_game_set_graph(g, from, to, 2), SN_OK);
	ck_assert(sn_game_has_graph(g));
	ck_assert(!sn_game_wins(g, ends));
	/* The middle player alone now blocks: the two ends cannot talk to each other. */
	ck_assert(sn_game_blocks(g, mid));
	compute(&r, g, SN_POWER_AUTO, SN_POWER_BANZHAF | SN_POWER_SHAPLEY);
	ck_assert_int_eq(r.method[0], SN_POWER_BRUTE);
	assert_values(r.shapley, ss, 3, EPS);
	assert_values(r.banzhaf, bz, 3, EPS);
	assert_values(r.banzhaf_abs, babs, 3, EPS);
	sn_power_result_destroy(&r);
	o.method = SN_POWER_EXACT;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "communication graph"));
	o.method = SN_POWER_MONTECARLO;
	o.samples = 200000;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_OK);
	for (size_t i = 0; i < 3; i++) {
		ck_assert(r.shapley_lo[i] <= ss[i] && ss[i] <= r.shapley_hi[i]);
		ck_assert(r.banzhaf_abs_lo[i] <= babs[i] && babs[i] <= r.banzhaf_abs_hi[i]);
	}
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST


/* With a complete communication graph every coalition is connected: nothing changes. */
START_TEST(test_power_compute_complete_graph_changes_nothing)
{
	size_t from[15], to[15], k = 0;
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_result_t r;
	sn_coalition_list_t l;

	for (size_t i = 0; i < 6; i++)
		for (size_t j = i + 1; j < 6; j++) {
			from[k] = i;
			to[k++] = j;
		}
	ck_assert_int_eq(sn_game_set_graph(g, from, to, k), SN_OK);
	compute(&r, g, SN_POWER_AUTO, SN_POWER_ALL);
	assert_values(r.shapley, eec_ss, 6, EPS);
	assert_values(r.banzhaf, eec_bz, 6, EPS);
	ck_assert_double_eq(r.minimal_winning, 4);
	sn_power_result_destroy(&r);
	ck_assert_int_eq(sn_game_minimal_coalitions(&l, g, true, 100, 0), SN_OK);
	ck_assert_double_eq(l.total, 9);
	sn_coalition_list_destroy(&l);
	sn_game_free(g);
}
END_TEST


/* A star around Luxembourg: every winning coalition must now include Luxembourg. */
START_TEST(test_power_compute_star_graph_makes_the_centre_a_veto_player)
{
	static const size_t from[] = { 5, 5, 5, 5, 5 }, to[] = { 0, 1, 2, 3, 4 };
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_result_t r;
	size_t many[70] = { 0 };

	ck_assert_int_eq(sn_game_set_graph(g, from, to, 5), SN_OK);
	compute(&r, g, SN_POWER_BRUTE, SN_POWER_COLEMAN | SN_POWER_BANZHAF);
	/* A veto player swings in every winning coalition: Coleman's power to prevent is 1. */
	ck_assert_double_eq_tol(r.coleman_prevent[5], 1.0, EPS);
	ck_assert(r.banzhaf[5] > r.banzhaf[0]);
	sn_power_result_destroy(&r);
	ck_assert_int_eq(sn_game_set_graph(g, many, many, 1), SN_OK); /* a self-loop: no ties */
	compute(&r, g, SN_POWER_BRUTE, SN_POWER_COLEMAN);
	ck_assert_double_eq(r.winning, 0); /* no single player reaches 12 */
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST


/*
 * Owen value.  Majority of three with players 1 and 2 in a union: the
 * consistent orderings are 123, 213, 312, 321, so (1/2, 1/2, 0) (Owen 1977's
 * point: the outsider loses all power).  EEC with Benelux as one bloc, and
 * with France and Germany as one: Python oracle enumerating the 720
 * orderings and keeping those where every bloc is contiguous.
 */
START_TEST(test_power_compute_owen_value_matches_literature_and_oracle)
{
	static const int64_t maj[] = { 1, 1, 1 };
	static const size_t union12[] = { 0, 0, 1 };
	static const size_t benelux[] = { 0, 1, 2, 3, 3, 3 }, fg[] = { 0, 0, 1, 2, 3, 4 };
	static const double want12[] = { 0.5, 0.5, 0 };
	static const double want_bnl[] = { 0.25, 0.25, 0.25, 0.125, 0.125, 0 };
	static const double want_fg[] = { 7 / 24.0, 7 / 24.0, 0.25, 1 / 12.0, 1 / 12.0, 0 };
	sn_game_t *g = weighted(maj, 3, 2), *eec = weighted(eec_w, 6, 12);
	sn_power_result_t r;

	ck_assert_int_eq(sn_game_set_blocs(g, union12), SN_OK);
	ck_assert_uint_eq(sn_game_nblocs(g), 2);
	compute(&r, g, SN_POWER_AUTO, SN_POWER_OWEN | SN_POWER_SHAPLEY);
	ck_assert_int_eq(r.method[6], SN_POWER_BRUTE);
	assert_values(r.owen, want12, 3, EPS);
	ck_assert_double_eq_tol(r.shapley[2], 1 / 3.0, EPS); /* blocs leave Shapley-Shubik alone */
	sn_power_result_destroy(&r);
	ck_assert_int_eq(sn_game_set_blocs(eec, benelux), SN_OK);
	compute(&r, eec, SN_POWER_BRUTE, SN_POWER_OWEN);
	assert_values(r.owen, want_bnl, 6, EPS);
	sn_power_result_destroy(&r);
	ck_assert_int_eq(sn_game_set_blocs(eec, fg), SN_OK);
	compute(&r, eec, SN_POWER_EXACT, SN_POWER_OWEN);
	assert_values(r.owen, want_fg, 6, EPS);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_game_free(eec);
}
END_TEST


/* Blocs of one, or one bloc of all, change nothing: the Owen value is then Shapley-Shubik. */
START_TEST(test_power_compute_owen_trivial_blocs_give_shapley)
{
	static const size_t alone[] = { 0, 1, 2, 3, 4, 5 }, all[] = { 5, 5, 5, 5, 5, 5 };
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_result_t r;

	ck_assert_int_eq(sn_game_set_blocs(g, alone), SN_OK);
	compute(&r, g, SN_POWER_AUTO, SN_POWER_OWEN);
	assert_values(r.owen, eec_ss, 6, EPS);
	sn_power_result_destroy(&r);
	ck_assert_int_eq(sn_game_set_blocs(g, all), SN_OK);
	ck_assert_uint_eq(sn_game_nblocs(g), 1);
	compute(&r, g, SN_POWER_AUTO, SN_POWER_OWEN);
	assert_values(r.owen, eec_ss, 6, EPS);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST


START_TEST(test_power_compute_owen_montecarlo_covers_enumeration)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	int64_t w[14], total = 0;
	size_t bloc[14];
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t ex, mc;
	sn_game_t *g;
	size_t covered = 0;

	gsl_rng_set(rng, 23);
	for (size_t i = 0; i < 14; i++) {
		total += w[i] = 1 + (int64_t)gsl_rng_uniform_int(rng, 30);
		bloc[i] = gsl_rng_uniform_int(rng, 6);
	}
	g = weighted(w, 14, total / 2 + 1);
	ck_assert_int_eq(sn_game_set_blocs(g, bloc), SN_OK);
	compute(&ex, g, SN_POWER_BRUTE, SN_POWER_OWEN);
	o.method = SN_POWER_MONTECARLO;
	o.indices = SN_POWER_OWEN;
	o.samples = 100000;
	o.seed = 8;
	ck_assert_int_eq(sn_power_compute(&mc, g, &o), SN_OK);
	for (size_t i = 0; i < 14; i++) {
		covered += mc.owen_lo[i] <= ex.owen[i] && ex.owen[i] <= mc.owen_hi[i];
		ck_assert(fabs(mc.owen[i] - ex.owen[i]) < 2 * (mc.owen_hi[i] - mc.owen_lo[i]) + 1e-9);
	}
	ck_assert_uint_ge(covered, 12);
	/* The Owen value is efficient: it shares out the whole unit. */
	double sum = 0;
	for (size_t i = 0; i < 14; i++)
		sum += ex.owen[i];
	ck_assert_double_eq_tol(sum, 1.0, 1e-12);
	sn_power_result_destroy(&ex);
	sn_power_result_destroy(&mc);
	sn_game_free(g);
	gsl_rng_free(rng);
}
END_TEST


START_TEST(test_power_compute_owen_without_blocs_fails)
{
	static const size_t bad[] = { 0, 6, 1, 1, 2, 2 };
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;

	o.indices = SN_POWER_OWEN;
	ck_assert_int_eq(sn_power_compute(&r, g, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "blocs"));
	ck_assert_int_eq(sn_game_set_blocs(g, bad), SN_EINVAL);
	ck_assert_uint_eq(sn_game_nblocs(g), 0);
	ck_assert_int_eq(sn_game_set_blocs(g, NULL), SN_OK);
	sn_game_free(g);
}
END_TEST


static Suite *game_suite(void)
{
	Suite *s = suite_create("game");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_add_test(tc, test_game_wins_and_blocks_follow_quota);
	tcase_add_test(tc, test_game_add_criterion_bad_weights_or_quota_fail);
	tcase_add_test(tc, test_quota_parse_shares_are_exact);
	tcase_add_test(tc, test_quota_parse_bad_text_fails_with_position);
	tcase_add_test(tc, test_game_from_rule_double_majority_builds_criteria);
	tcase_add_test(tc, test_game_from_rule_bad_rules_fail_with_position);
	tcase_add_test(tc, test_game_scale_weights_sqrt_population_rounds_to_integers);
	tcase_add_test(tc, test_power_indices_parse_names_give_mask);
	tcase_add_test(tc, test_game_set_graph_bad_input_fails);
	tcase_add_test(tc, test_power_compute_line_graph_gives_myerson_value);
	tcase_add_test(tc, test_power_compute_complete_graph_changes_nothing);
	tcase_add_test(tc, test_power_compute_star_graph_makes_the_centre_a_veto_player);
	tcase_add_test(tc, test_power_compute_owen_value_matches_literature_and_oracle);
	tcase_add_test(tc, test_power_compute_owen_trivial_blocs_give_shapley);
	tcase_add_test(tc, test_power_compute_owen_montecarlo_covers_enumeration);
	tcase_add_test(tc, test_power_compute_owen_without_blocs_fails);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(game_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
