/* Tests of coalition profiles (models/coalition.c). */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet.h"
#include "samnet/coalition.h"
#include "testutil.h"

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
	sn_coalition_profile_t p;
} fixture_t;

static void setup_mini(fixture_t *f)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&f->ds, fixture("mini"), &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	sn_coalition_profile_init(&f->p);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&f->proj, &f->net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
}

static void teardown(fixture_t *f)
{
	sn_coalition_profile_destroy(&f->p);
	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

/*
 * The "south" coalition of tests/data/mini: Region Skåne, Region Halland,
 * Malmö.  Worked by hand from the fixture: the three are pairwise tied
 * (3 internal ties, density 1); ties out: skane-almi, skane-lu, malmo-almi,
 * malmo-lu, malmo-lund (5, to 3 partners); p1 holds all three, p2 two; in the
 * count projection the members hold 14 of 24 strength units.  Population:
 * Skåne + Halland (Malmö lies in Skåne) = 1 773 700 of 10 587 710 (SCB 2024).
 * PageRank share from NetworkX 2.8.8 (Debian):
 *   sum(nx.pagerank(bipartite.weighted_projected_graph(B, A), alpha=0.85,
 *       weight='weight', tol=1e-12)[x] for x in ('skane', 'halland', 'malmo'))
 *   = 0.575439146225049
 */
START_TEST(test_coalition_profile_mini_south_matches_hand_and_networkx)
{
	fixture_t f;

	setup_mini(&f);
	size_t c = sn_dataset_find_coalition(f.ds, "south");
	ck_assert_int_ne(c, SN_NO_PARENT);
	ck_assert_int_eq(sn_coalition_profile(&f.p, &f.net, &f.proj, f.ds->coalitions[c].actors,
					      f.ds->coalitions[c].nactors, 2024), SN_OK);
	ck_assert_int_eq(f.p.nmembers, 3);
	ck_assert_int_eq(f.p.in_network, 3);
	ck_assert_int_eq(f.p.population, 1428626 + 345074);
	ck_assert_int_eq(f.p.national, 10587710);
	ck_assert_double_eq_tol(f.p.population_share, 1773700.0 / 10587710.0, 1e-15);
	ck_assert_int_eq(f.p.internal_ties, 3);
	ck_assert_double_eq(f.p.internal_density, 1);
	ck_assert_int_eq(f.p.external_ties, 5);
	ck_assert_int_eq(f.p.external_partners, 3);
	ck_assert_int_eq(f.p.shared_projects, 2);
	ck_assert_int_eq(f.p.joint_projects, 1);
	ck_assert_double_eq_tol(f.p.strength_share, 14.0 / 24.0, 1e-15);
	ck_assert_double_eq_tol(f.p.pagerank_share, 0.575439146225049, 1e-9);
	ck_assert_double_eq_tol(f.p.ratio, f.p.pagerank_share / f.p.population_share, 1e-15);
	teardown(&f);
}
END_TEST

START_TEST(test_coalition_profile_single_outsider_has_no_density)
{
	fixture_t f;

	setup_mini(&f);
	/* lst-skane is left out of the network (no projects) but still represents Skåne. */
	size_t lst = sn_dataset_find_actor(f.ds, "lst-skane");
	ck_assert_int_eq(sn_coalition_profile(&f.p, &f.net, &f.proj, &lst, 1, 2024), SN_OK);
	ck_assert_int_eq(f.p.in_network, 0);
	ck_assert_int_eq(f.p.population, 1428626);
	ck_assert(isnan(f.p.internal_density));
	ck_assert_double_eq(f.p.pagerank_share, 0);
	ck_assert_int_eq(f.p.shared_projects, 0);
	teardown(&f);
}
END_TEST

START_TEST(test_coalition_profile_errors)
{
	fixture_t f;
	size_t malmo;

	setup_mini(&f);
	ck_assert_int_eq(sn_coalition_profile(&f.p, &f.net, &f.proj, NULL, 0, 2024), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "a coalition needs at least one member");
	malmo = sn_dataset_find_actor(f.ds, "malmo");
	/* No figure for Malmö at or before 2020 (the earliest is 2021). */
	ck_assert_int_eq(sn_coalition_profile(&f.p, &f.net, &f.proj, &malmo, 1, 2020), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "no population for territory '1280' (Malmö) in or before 2020");
	teardown(&f);
}
END_TEST

START_TEST(test_dataset_resolve_actor_ids_and_selectors)
{
	fixture_t f;
	size_t *list = NULL, n = 0, cap = 0;

	setup_mini(&f);
	ck_assert_int_eq(sn_dataset_resolve_actor(f.ds, "lu", &list, &n, &cap), SN_OK);
	ck_assert_int_eq(sn_dataset_resolve_actor(f.ds, "kommuner:12", &list, &n, &cap), SN_OK);
	ck_assert_int_eq(n, 3);
	ck_assert_int_eq(list[0], sn_dataset_find_actor(f.ds, "lu"));
	ck_assert_int_eq(sn_dataset_resolve_actor(f.ds, "regions:13", &list, &n, &cap), SN_OK);
	ck_assert_int_eq(list[3], sn_dataset_find_actor(f.ds, "halland"));
	ck_assert_int_eq(sn_dataset_resolve_actor(f.ds, "nobody", &list, &n, &cap), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "unknown actor 'nobody'");
	ck_assert_int_eq(sn_dataset_resolve_actor(f.ds, "kommuner:13", &list, &n, &cap), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "selector 'kommuner:13' matches no actor");
	ck_assert_int_eq(n, 4);
	free(list);
	teardown(&f);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("coalition");
	TCase *tc = tcase_create("models");

	tcase_add_test(tc, test_coalition_profile_mini_south_matches_hand_and_networkx);
	tcase_add_test(tc, test_coalition_profile_single_outsider_has_no_density);
	tcase_add_test(tc, test_coalition_profile_errors);
	tcase_add_test(tc, test_dataset_resolve_actor_ids_and_selectors);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
