/*
 * Tests of the documents of samnet power, coalition, actor and the what-if
 * (samnet/power_doc.h, coalition_doc.h, actor_doc.h, scenario_doc.h), as a
 * binding calls them: only the public umbrella header, the bundled
 * dataset, the values read back from the document.
 *
 * Expected values, none from samnet's own output:
 *  - populations: Statistics Sweden's (SCB) county figures for 2024, as in
 *    the reference table regions.csv (population_2024) kept beside the
 *    project's sources: the six regions of Regionsamverkan Sydsverige
 *    (Blekinge 10, Halland 13, Jönköping 06, Kalmar 08, Kronoberg 07,
 *    Skåne 12) against the sum of all 21 counties;
 *  - the 1958 EEC Council (weights 4,4,4,2,2,1, quota 12): Banzhaf swing
 *    counts 10,10,10,6,6,0 and Shapley-Shubik 14/60,14/60,14/60,9/60,9/60,0
 *    (Felsenthal and Machover 1998), and the swings counted here by brute
 *    force over all 64 coalitions;
 *  - Region Skåne's degree in the actor projection: NetworkX 3
 *    (bipartite.projected_graph() of the memberships with the selectors
 *    regions:* / regions:LIST / kommuner:NN expanded to the matching
 *    actors, then degree_centrality()): 33 partners among 180 actors,
 *    33 / 179 = 0.18435754189944134; 1219 ties.
 */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/advanced.h"
#include "doc_util.h"

#define YEAR 2024

/* SCB county populations, column population_2024 of the reference regions.csv; Sweden: the sum of all 21. */
#define POP_BLEKINGE 157223
#define POP_HALLAND 345074
#define POP_JONKOPING 370009
#define POP_KALMAR 246352
#define POP_KRONOBERG 203351
#define POP_SKANE 1428626
#define POP_OSTERGOTLAND 472446
#define POP_SWEDEN 10587710
#define POP_SYDSVERIGE (POP_BLEKINGE + POP_HALLAND + POP_JONKOPING + POP_KALMAR + \
			POP_KRONOBERG + POP_SKANE)

static sn_dataset_t *load_sweden(void)
{
	const sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, NULL };
	const char *srcdir = getenv("srcdir");
	char dir[4096];
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	snprintf(dir, sizeof dir, "%s/datasets/sweden", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_msg(sn_dataset_load(&ds, dir, &opts, &diag) == SN_OK, "%s", sn_error_last());
	sn_diag_destroy(&diag);
	return ds;
}

/* The bundled dataset and its network, loaded afresh for each test. */
static sn_dataset_t *ds;
static sn_network_t net;

static void setup(void)
{
	ds = load_sweden();
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
}

static void teardown(void)
{
	sn_network_destroy(&net);
	sn_dataset_free(ds);
}

static sn_doc_table_t *table(const sn_doc_t *doc, const char *name)
{
	for (size_t i = 0; i < sn_doc_ntables(doc); i++)
		if (strcmp(sn_doc_table_name(sn_doc_table_at(doc, i)), name) == 0)
			return sn_doc_table_at(doc, i);
	ck_abort_msg("no table %s", name);
	return NULL;
}


/* The row whose column `key` holds `value`. */
static size_t row(const sn_doc_table_t *t, const char *key, const char *value)
{
	const char *s;

	for (size_t i = 0; i < sn_doc_table_nrows(t); i++)
		if (sn_doc_table_get_str(t, i, column(t, key), &s) == SN_OK && strcmp(s, value) == 0)
			return i;
	ck_abort_msg("no row %s = %s", key, value);
	return 0;
}



/* Swings of each player of the weighted game, counted over all 2^n coalitions. */
static void brute_swings(long *swings, const int *w, size_t n, int quota)
{
	for (size_t i = 0; i < n; i++)
		swings[i] = 0;
	for (unsigned s = 0; s < 1u << n; s++) {
		int sum = 0;
		for (size_t i = 0; i < n; i++)
			sum += s & (1u << i) ? w[i] : 0;
		for (size_t i = 0; i < n; i++)
			swings[i] += (s & (1u << i)) && sum >= quota && sum - w[i] < quota;
	}
}

START_TEST(test_power_doc_eec_1958_gives_the_published_indices)
{
	static const int weights[] = { 4, 4, 4, 2, 2, 1 };
	static const long published[] = { 10, 10, 10, 6, 6, 0 };
	static const double shapley[] = { 14 / 60.0, 14 / 60.0, 14 / 60.0, 9 / 60.0, 9 / 60.0, 0 };
	sn_power_doc_options_t o;
	sn_doc_t *doc = NULL;
	long swings[6], total = 0;

	brute_swings(swings, weights, 6, 12);
	for (size_t i = 0; i < 6; i++) {
		ck_assert_int_eq(swings[i], published[i]);
		total += swings[i];
	}
	sn_power_doc_options_init(&o);
	o.weights = "4,4,4,2,2,1";
	o.names = "France,Germany,Italy,Belgium,Netherlands,Luxembourg";
	o.quota = "12";
	o.minimal = true;
	ck_assert_int_eq(sn_doc_new(&doc, "power"), SN_OK);
	ck_assert_msg(sn_power_doc(doc, NULL, NULL, 0, &o) == SN_OK, "%s", sn_error_last());
	const sn_doc_table_t *t = table(doc, "power");
	ck_assert_uint_eq(sn_doc_table_nrows(t), 6);
	for (size_t i = 0; i < 6; i++) {
		ck_assert_double_eq_tol(real_at(t, i, "banzhaf"), (double)swings[i] / (double)total,
					1e-12);
		ck_assert_double_eq_tol(real_at(t, i, "banzhaf_abs"), (double)swings[i] / 32.0, 1e-12);
		ck_assert_double_eq_tol(real_at(t, i, "shapley"), shapley[i], 1e-12);
	}
	ck_assert_str_eq(sn_doc_table_colname(t, 1), "name");
	/* Luxembourg is a dummy: in no minimal winning coalition. */
	const sn_doc_table_t *m = table(doc, "minimal_winning");
	ck_assert_uint_gt(sn_doc_table_nrows(m), 0);
	for (size_t k = 0; k < sn_doc_table_nrows(m); k++) {
		const char *members = NULL;
		ck_assert_int_eq(sn_doc_table_get_str(m, k, column(m, "members"), &members), SN_OK);
		ck_assert_ptr_null(strstr(members, "6"));
		ck_assert_double_ge(real_at(m, k, "weight"), 12);
	}
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_power_doc_bad_quota_names_the_option_with_the_prefix)
{
	sn_power_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_power_doc_options_init(&o);
	o.weights = "4,4,1";
	o.quota = "10";
	ck_assert_int_eq(sn_doc_new(&doc, "power"), SN_OK);
	ck_assert_int_eq(sn_power_doc(doc, NULL, NULL, 0, &o), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "quota: quota 10 exceeds the total weight 9");
	o.option_prefix = "--";
	ck_assert_int_eq(sn_power_doc(doc, NULL, NULL, 0, &o), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "--quota: quota 10 exceeds the total weight 9");
	ck_assert_uint_eq(sn_doc_ntables(doc), 0);
	/* Dataset players need the dataset's network. */
	sn_power_doc_options_init(&o);
	ck_assert_int_eq(sn_power_doc(doc, ds, NULL, YEAR, &o), SN_EINVAL);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_power_doc_sydsverige_weighs_the_regions_by_scb_population)
{
	static const struct { const char *id; int64_t pop; } regions[] = {
		{ "region-10", POP_BLEKINGE }, { "region-13", POP_HALLAND },
		{ "region-06", POP_JONKOPING }, { "region-08", POP_KALMAR },
		{ "region-07", POP_KRONOBERG }, { "region-12", POP_SKANE },
	};
	const double total = POP_SYDSVERIGE;
	sn_power_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_power_doc_options_init(&o);
	o.coalition = "sydsverige";
	ck_assert_int_eq(sn_doc_new(&doc, "power"), SN_OK);
	ck_assert_msg(sn_power_doc(doc, ds, &net, YEAR, &o) == SN_OK, "%s", sn_error_last());
	const sn_doc_table_t *t = table(doc, "power");
	ck_assert_uint_eq(sn_doc_table_nrows(t), 6);
	for (size_t k = 0; k < 6; k++) {
		size_t i = row(t, "id", regions[k].id);
		ck_assert_double_eq_tol(real_at(t, i, "weight"), (double)regions[k].pop, 1e-9);
		ck_assert_double_eq_tol(real_at(t, i, "weight_share"), regions[k].pop / total, 1e-12);
	}
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_coalition_doc_sydsverige_population_share_is_scb_s)
{
	const int64_t six = POP_SYDSVERIGE;
	sn_coalition_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_coalition_doc_options_init(&o);
	o.coalition = "sydsverige";
	ck_assert_int_eq(sn_doc_new(&doc, "coalition"), SN_OK);
	ck_assert_msg(sn_coalition_doc(doc, ds, &net, YEAR, &o) == SN_OK, "%s", sn_error_last());
	const sn_doc_table_t *t = table(doc, "coalition");
	ck_assert_int_eq(int_at(t, row(t, "measure", "population"), "value"), six);
	ck_assert_int_eq(int_at(t, row(t, "measure", "national_population"), "value"), POP_SWEDEN);
	ck_assert_double_eq_tol(real_at(t, row(t, "measure", "population_share"), "value"),
				(double)six / POP_SWEDEN, 1e-12);
	ck_assert_int_eq(int_at(t, row(t, "measure", "members"), "value"), 6);
	const sn_doc_table_t *m = table(doc, "members");
	ck_assert_double_eq_tol(real_at(m, row(m, "id", "region-12"), "population_share"),
				(double)POP_SKANE / POP_SWEDEN, 1e-12);
	sn_doc_free(doc);

	/* --all: the same share in Sydsverige's row. */
	o.all = true;
	ck_assert_int_eq(sn_doc_new(&doc, "coalition"), SN_OK);
	ck_assert_msg(sn_coalition_doc(doc, ds, &net, YEAR, &o) == SN_OK, "%s", sn_error_last());
	t = table(doc, "coalitions");
	ck_assert_uint_eq(sn_doc_table_nrows(t), ds->ncoalitions);
	ck_assert_double_eq_tol(real_at(t, row(t, "coalition", "sydsverige"), "population_share"),
				(double)six / POP_SWEDEN, 1e-12);
	sn_doc_free(doc);

	o.all = false;
	o.coalition = "nowhere";
	ck_assert_int_eq(sn_doc_new(&doc, "coalition"), SN_OK);
	ck_assert_int_eq(sn_coalition_doc(doc, ds, &net, YEAR, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "no coalition named 'nowhere'"));
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_scenario_doc_adding_ostergotland_adds_its_scb_population)
{
	const int64_t six = POP_SYDSVERIGE;
	sn_scenario_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_scenario_doc_options_init(&o);
	o.coalition = "sydsverige";
	o.add = "regions:05";
	o.suggest = 2;
	ck_assert_int_eq(sn_doc_new(&doc, "coalition"), SN_OK);
	ck_assert_msg(sn_scenario_doc(doc, ds, YEAR, &o) == SN_OK, "%s", sn_error_last());
	const sn_doc_table_t *t = table(doc, "scenario");
	ck_assert_int_eq(int_at(t, row(t, "coalition", "base"), "population"), six);
	ck_assert_int_eq(int_at(t, row(t, "coalition", "scenario"), "population"),
			 six + POP_OSTERGOTLAND);
	ck_assert_int_eq(int_at(t, row(t, "coalition", "delta"), "members"), 1);
	ck_assert_double_eq_tol(real_at(t, row(t, "coalition", "delta"), "population_share"),
				(double)POP_OSTERGOTLAND / POP_SWEDEN, 1e-12);
	ck_assert_uint_eq(sn_doc_table_nrows(table(doc, "suggestions")), 2);
	sn_doc_free(doc);

	o.add = "region-12";
	ck_assert_int_eq(sn_doc_new(&doc, "coalition"), SN_OK);
	ck_assert_int_eq(sn_scenario_doc(doc, ds, YEAR, &o), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "add: region-12 is already a member");
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_actor_doc_skane_degree_is_networkx_s)
{
	sn_actor_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_actor_doc_options_init(&o);
	o.actor = sn_dataset_find_actor(ds, "region-12");
	o.partners = 0;
	ck_assert_int_ne(o.actor, SN_NO_PARENT);
	ck_assert_int_eq(sn_doc_new(&doc, "actor"), SN_OK);
	ck_assert_msg(sn_actor_doc(doc, ds, &net, YEAR, &o) == SN_OK, "%s", sn_error_last());
	const sn_doc_table_t *t = table(doc, "measures");
	size_t degree = row(t, "measure", "degree");
	ck_assert_double_eq_tol(real_at(t, degree, "value"), 33.0 / 179.0, 1e-15);
	ck_assert_int_eq(int_at(t, degree, "of"), 180);
	/* Every partner listed (partners 0): NetworkX's 33 neighbours. */
	ck_assert_uint_eq(sn_doc_table_nrows(table(doc, "partners")), 33);
	sn_doc_free(doc);

	o.actor = ds->nactors;
	ck_assert_int_eq(sn_doc_new(&doc, "actor"), SN_OK);
	ck_assert_int_eq(sn_actor_doc(doc, ds, &net, YEAR, &o), SN_EINVAL);
	sn_doc_free(doc);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("power_doc");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 120);
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_power_doc_eec_1958_gives_the_published_indices);
	tcase_add_test(tc, test_power_doc_bad_quota_names_the_option_with_the_prefix);
	tcase_add_test(tc, test_power_doc_sydsverige_weighs_the_regions_by_scb_population);
	tcase_add_test(tc, test_coalition_doc_sydsverige_population_share_is_scb_s);
	tcase_add_test(tc, test_scenario_doc_adding_ostergotland_adds_its_scb_population);
	tcase_add_test(tc, test_actor_doc_skane_degree_is_networkx_s);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
