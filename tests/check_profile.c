/*
 * Tests of one actor's profile (models/profile.c) on tests/data/mini.
 * Expected values are counted by hand from the fixture's memberships.csv
 * (p1: skane, halland, malmo; p2: skane, lu, malmo, almi; p3: lu;
 * p4: kommuner:12 = malmo, lund, and lu) or computed with NetworkX 2.x on
 * the same 6-actor projection (betweenness_centrality: skane 0.1;
 * harmonic_centrality / 5: 0.9; core_number: 3).
 */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet/advanced.h"
#include "testutil.h"

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_actor_profile_t p;
} fixture_t;

static void setup_mini(fixture_t *f)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&f->ds, fixture("mini"), &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&f->net);
	sn_actor_profile_init(&f->p);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
}

static void teardown(fixture_t *f)
{
	sn_actor_profile_destroy(&f->p);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

static const char *actor_id(const fixture_t *f, size_t a)
{
	return f->ds->actors[a].id;
}

START_TEST(test_actor_profile_skane_matches_hand_count_and_networkx)
{
	fixture_t f;
	sn_actor_profile_options_t o = SN_ACTOR_PROFILE_OPTIONS_INIT;

	setup_mini(&f);
	o.runs = 5;
	size_t skane = sn_dataset_find_actor(f.ds, "skane");
	ck_assert_int_eq(sn_actor_profile_build(&f.p, &f.net, skane, &o), SN_OK);
	ck_assert(f.p.in_network);
	ck_assert_int_eq(f.p.population, 1428626);   /* Skåne län, 2024 (SCB) */
	ck_assert_uint_eq(f.p.nprojects, 2);
	ck_assert_uint_eq(f.p.npartners, 4);
	ck_assert_str_eq(actor_id(&f, f.p.partners[0].actor), "malmo");
	ck_assert_uint_eq(f.p.partners[0].shared, 2);
	ck_assert_str_eq(actor_id(&f, f.p.partners[1].actor), "almi");
	ck_assert_str_eq(actor_id(&f, f.p.partners[2].actor), "halland");
	ck_assert_str_eq(actor_id(&f, f.p.partners[3].actor), "lu");
	ck_assert_uint_eq(f.p.partners[3].shared, 1);
	/* Degree 4 of 5 others; malmo (5) above, lu (4) equal, almi, halland, lund below. */
	ck_assert_uint_eq(f.p.ranked, 6);
	ck_assert_double_eq_tol(f.p.measures[SN_MEASURE_DEGREE].value, 0.8, 1e-12);
	ck_assert_uint_eq(f.p.measures[SN_MEASURE_DEGREE].rank, 2);
	ck_assert_double_eq_tol(f.p.measures[SN_MEASURE_DEGREE].percentile, 60.0, 1e-12);
	ck_assert_double_eq_tol(f.p.measures[SN_MEASURE_BETWEENNESS].value, 0.1, 1e-12);
	ck_assert_double_eq_tol(f.p.measures[SN_MEASURE_HARMONIC].value, 0.9, 1e-12);
	ck_assert_double_eq_tol(f.p.measures[SN_MEASURE_CORENESS].value, 3, 1e-12);
	/* Coreness 3 is the largest: rank 1, above the two actors of coreness 2 (40). */
	ck_assert_uint_eq(f.p.measures[SN_MEASURE_CORENESS].rank, 1);
	ck_assert_double_eq_tol(f.p.measures[SN_MEASURE_CORENESS].percentile, 40.0, 1e-12);
	/* Coalition south: Skåne's 1428626 of 2139344 people is a majority: a dictator. */
	ck_assert_uint_eq(f.p.npower, 1);
	ck_assert_double_eq_tol(f.p.power[0].weight_share, 1428626.0 / 2139344.0, 1e-12);
	ck_assert_double_eq_tol(f.p.power[0].banzhaf, 1, 1e-12);
	ck_assert_double_eq_tol(f.p.power[0].shapley, 1, 1e-12);
	ck_assert_uint_eq(f.p.runs, 5);
	ck_assert(f.p.stability >= 0 && f.p.stability <= 1);
	ck_assert_uint_eq(f.p.ncommunity_members + 1 <= f.p.ranked, 1);
	teardown(&f);
}
END_TEST

START_TEST(test_actor_profile_outside_network_keeps_population_without_measures)
{
	fixture_t f;

	setup_mini(&f);
	size_t lst = sn_dataset_find_actor(f.ds, "lst-skane");
	ck_assert_int_eq(sn_actor_profile_build(&f.p, &f.net, lst, NULL), SN_OK);
	ck_assert(!f.p.in_network);
	ck_assert_int_eq(f.p.population, 1428626);
	ck_assert_uint_eq(f.p.npartners, 0);
	ck_assert(isnan(f.p.measures[SN_MEASURE_DEGREE].value));
	ck_assert_uint_eq(f.p.measures[SN_MEASURE_DEGREE].rank, 0);
	ck_assert_uint_eq(f.p.community, SIZE_MAX);
	teardown(&f);
}
END_TEST

START_TEST(test_actor_profile_bad_arguments_are_einval)
{
	fixture_t f;
	sn_actor_profile_options_t o = SN_ACTOR_PROFILE_OPTIONS_INIT;

	setup_mini(&f);
	ck_assert_int_eq(sn_actor_profile_build(&f.p, &f.net, f.ds->nactors, NULL), SN_EINVAL);
	o.runs = 0;
	ck_assert_int_eq(sn_actor_profile_build(&f.p, &f.net, 0, &o), SN_EINVAL);
	ck_assert_uint_eq(f.p.npartners, 0);
	teardown(&f);
}
END_TEST

START_TEST(test_dataset_match_actors_by_id_name_and_word)
{
	fixture_t f;
	size_t out[4];

	setup_mini(&f);
	ck_assert_uint_eq(sn_dataset_match_actors(out, 4, f.ds, "lu"), 1);
	ck_assert_str_eq(actor_id(&f, out[0]), "lu");
	ck_assert_uint_eq(sn_dataset_match_actors(out, 4, f.ds, "MALMO"), 1);
	ck_assert_str_eq(actor_id(&f, out[0]), "malmo");
	/* "region" begins two names; max 1 still counts both. */
	ck_assert_uint_eq(sn_dataset_match_actors(out, 1, f.ds, "region"), 2);
	ck_assert_uint_eq(sn_dataset_match_actors(out, 4, f.ds, "nowhere"), 0);
	teardown(&f);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("profile");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_actor_profile_skane_matches_hand_count_and_networkx);
	tcase_add_test(tc, test_actor_profile_outside_network_keeps_population_without_measures);
	tcase_add_test(tc, test_actor_profile_bad_arguments_are_einval);
	tcase_add_test(tc, test_dataset_match_actors_by_id_name_and_word);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
