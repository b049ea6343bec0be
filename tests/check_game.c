/*
 * Tests for building voting games (samnet/power.h): weights and quotas,
 * exact share quotas, the rule parser with its error positions, weight
 * scaling, communication graphs, index and method names.  The power
 * indices themselves are tested in check_power.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "samnet/power.h"

static const int64_t eec_w[] = { 4, 4, 4, 2, 2, 1 };

static sn_game_t *weighted(const int64_t *w, size_t n, int64_t q)
{
	sn_game_t *g = NULL;

	ck_assert_int_eq(sn_game_new_weighted(&g, w, n, q), SN_OK);
	return g;
}

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
	assert_rule_error("members>=2 and", "rule: expected 'and' or the end at position 12");
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
	ck_assert_int_eq(sn_power_indices_parse(&m, "banzhaf,owen"), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "'owen'"));
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
