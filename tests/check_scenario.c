/* Tests of what-if scenarios on a coalition (models/scenario.c, issue 21). */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet.h"
#include "samnet/scenario.h"
#include "testutil.h"

/*
 * tests/data/mini with the bundled territories, 2024 (SCB): Skåne län 1428626,
 * Hallands län 345074, Malmö 365644, Lund 131590; Sweden 10587710.  The
 * electorate (the regions) is Region Skåne and Region Halland.
 */
#define SKANE 1428626.0
#define HALLAND 345074.0
#define MALMO 365644.0
#define LUND 131590.0
#define SWEDEN 10587710.0

static sn_dataset_t *load_mini(void)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, fixture("mini"), &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	return ds;
}

static size_t actor(const sn_dataset_t *ds, const char *id)
{
	size_t a = sn_dataset_find_actor(ds, id);
	ck_assert_int_ne(a, SN_NO_PARENT);
	return a;
}

/* The rule of the brute-force oracle: population share above `pop`, members at least `mem`. */
typedef struct {
	double pop;        /* strict: weight > pop * total */
	double mem;        /* members >= mem * n */
} oracle_rule_t;

static bool oracle_wins(const double *w, size_t n, unsigned set, oracle_rule_t r)
{
	double total = 0, have = 0;
	size_t count = 0;

	for (size_t i = 0; i < n; i++) {
		total += w[i];
		if (set & (1u << i)) {
			have += w[i];
			count++;
		}
	}
	return have > r.pop * total && (double)count >= r.mem * (double)n - 1e-12;
}

/*
 * Banzhaf (1965) by enumerating every coalition, and Shapley-Shubik (1954)
 * by the same enumeration weighted (s-1)!(n-s)!/n!.
 */
static void oracle_power(double *banzhaf, double *shapley, const double *w, size_t n,
			 oracle_rule_t r)
{
	double swings[8] = { 0 }, total = 0, fact[9] = { 1 };

	for (size_t i = 1; i <= n; i++)
		fact[i] = fact[i - 1] * (double)i;
	for (size_t i = 0; i < n; i++)
		shapley[i] = 0;
	for (unsigned set = 0; set < (1u << n); set++) {
		size_t s = (size_t)__builtin_popcount(set);
		for (size_t i = 0; i < n; i++)
			if ((set & (1u << i)) && oracle_wins(w, n, set, r) &&
			    !oracle_wins(w, n, set & ~(1u << i), r)) {
				swings[i]++;
				total++;
				shapley[i] += fact[s - 1] * fact[n - s] / fact[n];
			}
	}
	for (size_t i = 0; i < n; i++)
		banzhaf[i] = total > 0 ? swings[i] / total : 0;
}

START_TEST(test_rule_preset_names_expand_to_rules)
{
	ck_assert_str_eq(sn_rule_preset("majority"), "population>50%");
	ck_assert_str_eq(sn_rule_preset("qualified"), "members>=55% and population>=65%");
	ck_assert_str_eq(sn_rule_preset("double"), "members>50% and population>50%");
	ck_assert_str_eq(sn_rule_preset("unanimity"), "members>=100%");
	ck_assert_ptr_null(sn_rule_preset("population>50%"));
	ck_assert_ptr_null(sn_rule_preset(NULL));
}
END_TEST

START_TEST(test_scenario_members_adds_and_removes_selectors_and_coalitions)
{
	sn_dataset_t *ds = load_mini();
	size_t base[2] = { actor(ds, "skane"), actor(ds, "halland") }, *out = NULL, n = 0;

	/* kommuner:1281 is Lund; base order first, then the added. */
	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, base, 2, "kommuner:1281", "halland"), SN_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(out[0], actor(ds, "skane"));
	ck_assert_uint_eq(out[1], actor(ds, "lund"));
	free(out);
	/* A coalition's name stands for its members (south: skane, halland, malmo). */
	size_t lund = actor(ds, "lund");
	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, &lund, 1, "south", NULL), SN_OK);
	ck_assert_uint_eq(n, 4);
	ck_assert_uint_eq(out[0], lund);
	free(out);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_scenario_members_refuses_a_member_added_or_a_stranger_removed)
{
	sn_dataset_t *ds = load_mini();
	size_t base[2] = { actor(ds, "skane"), actor(ds, "halland") }, *out = NULL, n = 9;

	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, base, 2, "regions:12", NULL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "add: skane is already a member");
	ck_assert_ptr_null(out);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, base, 2, NULL, "malmo"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "remove: malmo is not a member");
	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, base, 2, "lund", "lund"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "add and remove both name lund");
	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, base, 2, NULL, "skane,halland"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "the scenario leaves no member");
	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, base, 2, "nobody", NULL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "add: unknown actor 'nobody'");
	ck_assert_int_eq(sn_scenario_members(&out, &n, ds, base, 2, "lund,lund", NULL), SN_EINVAL);
	ck_assert_ptr_null(out);
	sn_dataset_free(ds);
}
END_TEST

static void check_side(const sn_scenario_side_t *side, const double *w, oracle_rule_t r)
{
	double banzhaf[8], shapley[8];

	oracle_power(banzhaf, shapley, w, side->n, r);
	for (size_t i = 0; i < side->n; i++) {
		ck_assert_double_eq_tol(side->banzhaf[i], banzhaf[i], 1e-12);
		ck_assert_double_eq_tol(side->shapley[i], shapley[i], 1e-12);
	}
}

/*
 * Base: Skåne and Halland; scenario: Halland leaves, Malmö and Lund join.
 * Population by hand: the base holds Skåne + Halland = 1773700 of 10587710;
 * the scenario Skåne only (Malmö and Lund lie in Skåne) = 1428626.  The
 * electorate game weighs Skåne 1428626 and Halland 345074, so Skåne alone
 * holds a population majority and 55 % of two members is both.
 */
START_TEST(test_scenario_compute_matches_hand_shares_and_brute_force_power)
{
	sn_dataset_t *ds = load_mini();
	size_t base[2] = { actor(ds, "skane"), actor(ds, "halland") };
	size_t changed[3] = { actor(ds, "skane"), actor(ds, "malmo"), actor(ds, "lund") };
	double wb[2] = { SKANE, HALLAND }, wc[3] = { SKANE, MALMO, LUND };
	sn_scenario_t s;

	sn_scenario_init(&s);
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, NULL, 2024, base, 2, changed, 3), SN_OK);
	ck_assert_str_eq(s.rule, "population>50%");
	ck_assert_int_eq(s.national, (int64_t)SWEDEN);
	ck_assert_uint_eq(s.nelectorate, 2);
	ck_assert_int_eq(s.base.population, (int64_t)(SKANE + HALLAND));
	ck_assert_double_eq_tol(s.base.population_share, (SKANE + HALLAND) / SWEDEN, 1e-15);
	ck_assert_int_eq(s.changed.population, (int64_t)SKANE);
	ck_assert_double_eq_tol(s.changed.population_share, SKANE / SWEDEN, 1e-15);
	ck_assert(s.base.rule_met);
	ck_assert(s.changed.rule_met);
	ck_assert_uint_eq(s.changed.in_electorate, 1);
	check_side(&s.base, wb, (oracle_rule_t){ 0.5, 0 });
	check_side(&s.changed, wc, (oracle_rule_t){ 0.5, 0 });

	/* Unanimity: Skåne alone is one of two members, so the rule is missed. */
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, "unanimity", 2024, base, 2, changed, 3), SN_OK);
	ck_assert(s.base.rule_met);
	ck_assert(!s.changed.rule_met);
	check_side(&s.changed, wc, (oracle_rule_t){ 0, 1 });
	/* Double majority: more than half the members and of the population. */
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, "double", 2024, base, 2, changed, 3), SN_OK);
	check_side(&s.changed, wc, (oracle_rule_t){ 0.5, 0.5 + 1e-9 });
	sn_scenario_destroy(&s);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_scenario_compute_refuses_an_unknown_rule_word)
{
	sn_dataset_t *ds = load_mini();
	size_t base[1] = { actor(ds, "skane") };
	sn_scenario_t s;

	sn_scenario_init(&s);
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, "qualifed", 2024, base, 1, base, 1), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "neither a preset"));
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, "pop>50%", 2024, base, 1, base, 1), SN_EINVAL);
	ck_assert_int_eq(sn_scenario_compute(&s, ds, "type=planet", NULL, 2024, base, 1, base, 1),
			 SN_EINVAL);
	sn_scenario_destroy(&s);
	sn_scenario_destroy(NULL);
	sn_dataset_free(ds);
}
END_TEST

/*
 * From Malmö alone (365644), the region adding most is Skåne (its län holds
 * Malmö: +1428626 - 365644), then Halland (+345074); a population majority of
 * the electorate (more than 1773700 / 2) needs Skåne.
 */
START_TEST(test_scenario_suggest_takes_the_largest_population_gains_in_turn)
{
	sn_dataset_t *ds = load_mini();
	size_t malmo = actor(ds, "malmo");
	sn_scenario_suggestion_t *rows = NULL;
	size_t n = 0;
	sn_scenario_t s;

	sn_scenario_init(&s);
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, NULL, 2024, &malmo, 1, &malmo, 1), SN_OK);
	ck_assert(!s.changed.rule_met);
	ck_assert_int_eq(sn_scenario_suggest(&rows, &n, &s, ds, 5), SN_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(rows[0].actor, actor(ds, "skane"));
	ck_assert_double_eq_tol(rows[0].gain, (SKANE - MALMO) / SWEDEN, 1e-15);
	ck_assert_double_eq_tol(rows[0].cumulative_share, SKANE / SWEDEN, 1e-15);
	ck_assert(rows[0].cumulative_rule_met);
	ck_assert_uint_eq(rows[1].actor, actor(ds, "halland"));
	ck_assert_double_eq_tol(rows[1].gain, HALLAND / SWEDEN, 1e-15);
	ck_assert_double_eq_tol(rows[1].cumulative_share, (SKANE + HALLAND) / SWEDEN, 1e-15);
	free(rows);
	sn_scenario_destroy(&s);
	sn_dataset_free(ds);
}
END_TEST

/*
 * Blocking minorities of {Skåne, Malmö, Lund} under a population majority
 * (total 1925860, quota above 962930): Skåne alone blocks (the other two
 * hold 497234); Malmö and Lund together cannot (Skåne wins alone).
 */
START_TEST(test_scenario_blocking_lists_the_smallest_blocking_sets)
{
	sn_dataset_t *ds = load_mini();
	size_t c[3] = { actor(ds, "skane"), actor(ds, "malmo"), actor(ds, "lund") };
	sn_coalition_list_t l;
	sn_scenario_t s;

	sn_scenario_init(&s);
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, NULL, 2024, c, 3, c, 3), SN_OK);
	ck_assert_int_eq(sn_scenario_blocking(&l, &s, ds, true), SN_OK);
	ck_assert_uint_eq(l.count, 1);
	ck_assert_uint_eq(l.offsets[1], 1);
	ck_assert_uint_eq(l.players[0], 0);
	sn_coalition_list_destroy(&l);
	/* Unanimity: every member alone blocks. */
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, "unanimity", 2024, c, 3, c, 3), SN_OK);
	ck_assert_int_eq(sn_scenario_blocking(&l, &s, ds, false), SN_OK);
	ck_assert_uint_eq(l.count, 3);
	sn_coalition_list_destroy(&l);
	sn_scenario_destroy(&s);
	sn_dataset_free(ds);
}
END_TEST

/*
 * Lunds universitet and Almi represent no territory: a population rule
 * cannot be met inside them, so their power is not defined (and said why),
 * while Lund joining makes Lund a dictator of the changed coalition.
 */
START_TEST(test_scenario_compute_leaves_power_undefined_without_population)
{
	sn_dataset_t *ds = load_mini();
	size_t base[2] = { actor(ds, "lu"), actor(ds, "almi") };
	size_t changed[3] = { actor(ds, "lu"), actor(ds, "almi"), actor(ds, "lund") };
	sn_coalition_list_t l;
	sn_scenario_t s;

	sn_scenario_init(&s);
	ck_assert_int_eq(sn_scenario_compute(&s, ds, NULL, NULL, 2024, base, 2, changed, 3), SN_OK);
	ck_assert_int_eq(s.base.population, 0);
	ck_assert_ptr_null(s.base.banzhaf);
	ck_assert_ptr_null(s.base.shapley);
	ck_assert_ptr_nonnull(strstr(s.base.no_power, "total weight 0"));
	ck_assert_ptr_null(s.changed.no_power);
	ck_assert_double_eq(s.changed.banzhaf[2], 1);
	ck_assert_double_eq(s.changed.shapley[2], 1);
	ck_assert_int_eq(sn_scenario_blocking(&l, &s, ds, false), SN_OK);
	ck_assert_uint_eq(l.count, 0);
	sn_coalition_list_destroy(&l);
	sn_scenario_destroy(&s);
	sn_dataset_free(ds);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("scenario");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_rule_preset_names_expand_to_rules);
	tcase_add_test(tc, test_scenario_members_adds_and_removes_selectors_and_coalitions);
	tcase_add_test(tc, test_scenario_members_refuses_a_member_added_or_a_stranger_removed);
	tcase_add_test(tc, test_scenario_compute_matches_hand_shares_and_brute_force_power);
	tcase_add_test(tc, test_scenario_compute_refuses_an_unknown_rule_word);
	tcase_add_test(tc, test_scenario_suggest_takes_the_largest_population_gains_in_turn);
	tcase_add_test(tc, test_scenario_blocking_lists_the_smallest_blocking_sets);
	tcase_add_test(tc, test_scenario_compute_leaves_power_undefined_without_population);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
