/*
 * Tests of samnet/reach.h (models/reach.c): partner population and the
 * components of the two-mode network, called without the CLI.
 *
 * tests/data/mini, by hand: p1 = {Skåne, Halland, Malmö}, p2 = {Skåne, LU,
 * Malmö, Almi}, p3 = {LU}.  Halland's partners are Skåne and Malmö, whose
 * territories' union is Skåne, 1 428 626 (SCB 2024); Skåne's are Halland,
 * Malmö, LU and Almi: Halland + Malmö (LU and Almi represent no territory;
 * Skåne is not its own partner), the two figures read from the territory
 * table.  Every actor in the network reaches every other: one component.
 */
#include "config.h"

#include <check.h>

#include "samnet/advanced.h"
#include "testutil.h"

static sn_dataset_t *load(const char *dir)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_msg(sn_dataset_load(&ds, dir, &opts, &diag) == SN_OK, "%s", sn_error_last());
	sn_diag_destroy(&diag);
	return ds;
}

/* The figure of an actor's own territory, straight from the territory table. */
static int64_t own(const sn_dataset_t *ds, const char *id)
{
	int64_t pop = -1;
	size_t t = ds->actors[sn_dataset_find_actor(ds, id)].territory;
	ck_assert_int_eq(sn_territories_population(ds->territories, t, 2024, &pop), SN_OK);
	return pop;
}

static size_t vertex(const sn_network_t *net, const char *id)
{
	igraph_integer_t v = sn_network_actor_vertex(net, sn_dataset_find_actor(net->dataset, id));
	ck_assert_int_ge(v, 0);
	return (size_t)v;
}

START_TEST(test_partner_population_is_the_union_of_partners_territories)
{
	sn_dataset_t *ds = load(fixture("mini"));
	sn_network_t net;
	int64_t pop[4] = { -1, -1, -1, -1 };

	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	/* Skåne twice: a vertex listed again gets the same answer. */
	size_t v[] = { vertex(&net, "halland"), vertex(&net, "skane"), vertex(&net, "almi"),
		       vertex(&net, "skane") };
	ck_assert_int_eq(sn_network_partner_population(pop, &net, v, 4, 2024), SN_OK);
	ck_assert_int_eq(own(ds, "skane"), 1428626);
	ck_assert_int_eq(pop[0], 1428626);
	ck_assert_int_eq(pop[1], own(ds, "halland") + own(ds, "malmo"));
	ck_assert_int_eq(own(ds, "halland"), 345074);
	ck_assert_int_eq(pop[2], 1428626);
	ck_assert_int_eq(pop[3], pop[1]);
	size_t bad = net.nactors;
	ck_assert_int_eq(sn_network_partner_population(pop, &net, &bad, 1, 2024), SN_EINVAL);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_components_of_mini_is_one)
{
	sn_dataset_t *ds = load(fixture("mini"));
	sn_network_t net;
	size_t count = 0;
	double share = 0;

	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_network_components(&count, &share, &net), SN_OK);
	ck_assert_uint_eq(count, 1);
	ck_assert(share == 1.0);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
}
END_TEST

/*
 * Companies a, b share p; c is alone in q; d takes part in nothing (kept:
 * not territorial).  Components {a, b, p}, {c, q}, {d}: 3; the largest
 * holds 2 of the 4 actors.  Nobody carries population: partners 0.
 */
START_TEST(test_components_count_isolates_and_share_counts_actors)
{
	char *dir = temp_dir();
	sn_network_t net;
	size_t count = 0;
	double share = 0;
	int64_t pop = -1;

	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(write_text(dir, "actors.csv", "id,name,type,territory\n"
				    "a,A,company,\nb,B,company,\nc,C,company,\nd,D,company,\n"), 0);
	ck_assert_int_eq(write_text(dir, "projects.csv", "id,name\np,P\nq,Q\n"), 0);
	ck_assert_int_eq(write_text(dir, "memberships.csv", "project,actor,role\np,a,lead\n"
				    "p,b,partner\nq,c,lead\n"), 0);
	sn_dataset_t *ds = load(dir);
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_uint_eq(net.nactors, 4);
	ck_assert_int_eq(sn_network_components(&count, &share, &net), SN_OK);
	ck_assert_uint_eq(count, 3);
	ck_assert(share == 0.5);
	size_t a = vertex(&net, "a");
	ck_assert_int_eq(sn_network_partner_population(&pop, &net, &a, 1, 2024), SN_OK);
	ck_assert_int_eq(pop, 0);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reach");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_partner_population_is_the_union_of_partners_territories);
	tcase_add_test(tc, test_components_of_mini_is_one);
	tcase_add_test(tc, test_components_count_isolates_and_share_counts_actors);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
