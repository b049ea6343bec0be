/*
 * tests/check_command_docs.c: the documents of `samnet summary`, `samnet
 * validate` and `samnet significance` as a library user gets them, through
 * <samnet.h> alone: sn_summary_doc(), sn_validate_doc() and
 * sn_significance_doc() on the bundled dataset, checked against figures
 * computed without samnet.
 *
 * The expected figures come from tests/oracle_command_docs.py (run with
 * /usr/bin/python3), which reads the CSV files of datasets/sweden with
 * Python's csv module, expands the group selectors itself (regions:* every
 * region actor, regions:A,B the regions of those counties, kommuner:CC the
 * kommun actors whose kommun lies in county CC), merges repeated (project,
 * actor) rows, and builds the two-mode graph and the actor projection (tie
 * weight = shared projects) with NetworkX 2.x: connected_components, density, diameter,
 * average_shortest_path_length, transitivity, average_clustering,
 * core_number, articulation_points, bridges,
 * attribute_assortativity_coefficient (on the actors with a county for the
 * county grouping), betweenness_centrality(normalized=False, weight=1/w);
 * the national population is the sum of the 21 counties' population_2024
 * in territories.csv.
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/advanced.h"
#include "doc_util.h"

static sn_dataset_t *ds;
static sn_network_t *net;

static void load(sn_dataset_t **ds_out, sn_network_t **net_out, const char *dir)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];
	sn_diag_t diag;

	snprintf(path, sizeof path, "%s/%s", srcdir ? srcdir : ".", dir);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(ds_out, path, NULL, &diag), SN_OK);
	sn_diag_destroy(&diag);
	ck_assert_int_eq(sn_network_new(net_out, *ds_out, NULL), SN_OK);
}

static void load_sweden(void)
{
	sn_setup();
	load(&ds, &net, "datasets/sweden");
}

static void free_sweden(void)
{
	sn_network_free(net);
	sn_dataset_free(ds);
	sn_teardown();
}

/* Table `name` of `doc` (fails the test when there is none). */
static sn_doc_table_t *table(const sn_doc_t *doc, const char *name)
{
	for (size_t i = 0; i < sn_doc_ntables(doc); i++)
		if (strcmp(sn_doc_table_name(sn_doc_table_at(doc, i)), name) == 0)
			return sn_doc_table_at(doc, i);
	ck_abort_msg("no table %s", name);
	return NULL;
}


/* The first row whose text columns key1 (and key2 when not NULL) hold v1 (and v2). */
static size_t row_where(const sn_doc_table_t *t, const char *key1, const char *v1, const char *key2,
		     const char *v2)
{
	size_t c1 = column(t, key1), c2 = key2 ? column(t, key2) : 0;

	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		const char *s1, *s2;

		if (sn_doc_table_get_str(t, r, c1, &s1) == SN_OK && strcmp(s1, v1) == 0 &&
		    (!key2 || (sn_doc_table_get_str(t, r, c2, &s2) == SN_OK && strcmp(s2, v2) == 0)))
			return r;
	}
	ck_abort_msg("no row %s = %s", key1, v1);
	return 0;
}



/* The document rendered in format `f` (the caller frees). */
static char *render(const sn_doc_t *doc, sn_format_t f)
{
	sn_writer_t *w = NULL;
	size_t len;
	char *copy;

	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_doc_write(w, doc, f, 0), SN_OK);
	copy = strdup(sn_writer_data(w, &len));
	ck_assert_ptr_nonnull(copy);
	sn_writer_free(w);
	return copy;
}

/* ---- summary ------------------------------------------------------------------------ */

static sn_doc_t *summary(bool structure)
{
	sn_summary_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_summary_doc_options_init(&o);
	o.structure = structure;
	ck_assert_int_eq(sn_doc_new(&doc, "summary"), SN_OK);
	ck_assert_int_eq(sn_summary_doc(doc, ds, net, 2024, &o), SN_OK);
	return doc;
}

static int64_t overview_count(const sn_doc_table_t *t, const char *measure)
{
	return int_at(t, row_where(t, "measure", measure, NULL, NULL), "count");
}

static double overview_value(const sn_doc_table_t *t, const char *measure)
{
	return real_at(t, row_where(t, "measure", measure, NULL, NULL), "value");
}

START_TEST(test_summary_doc_overview_matches_networkx)
{
	sn_doc_t *doc = summary(false);
	const sn_doc_table_t *t = table(doc, "overview");

	ck_assert_uint_eq(sn_doc_ntables(doc), 2);
	ck_assert_int_eq(overview_count(t, "actors in the network"), 180);
	ck_assert_int_eq(overview_count(t, "actors known"), 384);
	ck_assert_int_eq(overview_count(t, "projects"), 72);
	ck_assert_int_eq(overview_count(t, "memberships"), 484);
	ck_assert_double_eq_tol(overview_value(t, "two-mode density"), 0.03734567901234568, 1e-15);
	ck_assert_double_eq_tol(overview_value(t, "average project size"), 484.0 / 72, 1e-15);
	ck_assert_double_eq_tol(overview_value(t, "average projects per actor"), 484.0 / 180,
				1e-15);
	ck_assert_int_eq(overview_count(t, "components"), 1);
	ck_assert_double_eq_tol(overview_value(t, "largest component share of actors"), 1, 1e-15);
	ck_assert_int_eq(overview_count(t, "projection ties"), 1219);
	ck_assert_double_eq_tol(overview_value(t, "projection density"), 0.075667287399130978,
				1e-15);
	/* All 21 regions take part: the actors cover the whole country. */
	ck_assert_int_eq(overview_count(t, "population covered"), 10587710);
	ck_assert_double_eq_tol(overview_value(t, "population covered share"), 1, 1e-15);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_summary_doc_actors_by_type_count_the_csv)
{
	sn_doc_t *doc = summary(false);
	const sn_doc_table_t *t = table(doc, "actors_by_type");
	int64_t actors = 0;

	/* Every region, and the 99 kommuner that take part in a project. */
	ck_assert_int_eq(int_at(t, row_where(t, "type", "region", NULL, NULL), "actors"), 21);
	ck_assert_int_eq(int_at(t, row_where(t, "type", "kommun", NULL, NULL), "actors"), 99);
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++)
		actors += int_at(t, r, "actors");
	ck_assert_int_eq(actors, 180);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_summary_doc_structure_matches_networkx)
{
	sn_doc_t *doc = summary(true);
	const sn_doc_table_t *t = table(doc, "structure");
	static const struct {
		const char *measure;
		double value;
	} nx[] = {
		{ "density", 0.075667287399130978 },
		{ "components", 1 },
		{ "largest component share", 1 },
		{ "isolates", 0 },
		{ "diameter in hops (longest finite)", 3 },
		{ "average path length (connected pairs)", 2.5478584729981377 },
		{ "transitivity (global)", 0.72039589961117001 },
		{ "average clustering (degree < 2 as 0)", 0.92705152582198402 },
		{ "degree min", 1 }, { "degree median", 11 }, { "degree max", 53 },
		{ "strength min", 1 }, { "strength median", 12 }, { "strength max", 204 },
		{ "degeneracy (max k-core)", 25 },
		{ "actors in the max k-core", 26 },
		{ "articulation points", 10 },
		{ "bridges", 2 },
	};

	ck_assert_uint_eq(sn_doc_ntables(doc), 4);
	for (size_t i = 0; i < sizeof nx / sizeof *nx; i++)
		ck_assert_msg(fabs(overview_value(t, nx[i].measure) - nx[i].value) < 1e-12,
			      "%s: %.17g, NetworkX %.17g", nx[i].measure,
			      overview_value(t, nx[i].measure), nx[i].value);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_summary_doc_mixing_matches_networkx)
{
	sn_doc_t *doc = summary(true);
	const sn_doc_table_t *t = table(doc, "mixing");
	size_t type = row_where(t, "groups", "type", NULL, NULL);
	size_t county = row_where(t, "groups", "county", NULL, NULL);

	ck_assert_int_eq(int_at(t, type, "ties_within"), 714);
	ck_assert_int_eq(int_at(t, type, "ties_between"), 505);
	ck_assert_double_eq_tol(real_at(t, type, "ei_index"), (505.0 - 714) / 1219, 1e-15);
	ck_assert_double_eq_tol(real_at(t, type, "assortativity"), 0.39229693584267894, 1e-12);
	ck_assert_int_eq(int_at(t, type, "actors_without_group"), 0);
	/* 20 actors have no county (agencies of the whole country and others). */
	ck_assert_int_eq(int_at(t, county, "ties_within"), 681);
	ck_assert_int_eq(int_at(t, county, "ties_between"), 227);
	ck_assert_double_eq_tol(real_at(t, county, "ei_index"), -0.5, 1e-15);
	ck_assert_double_eq_tol(real_at(t, county, "assortativity"), 0.7253705411152741, 1e-12);
	ck_assert_int_eq(int_at(t, county, "actors_without_group"), 20);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_summary_doc_over_the_tie_limit_is_elimit)
{
	sn_summary_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_summary_doc_options_init(&o);
	o.max_ties = 3;
	ck_assert_int_eq(sn_doc_new(&doc, "summary"), SN_OK);
	ck_assert_int_eq(sn_summary_doc(doc, ds, net, 2024, &o), SN_ELIMIT);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "limit 3"));
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_doc_calls_refuse_a_network_of_another_dataset)
{
	sn_dataset_t *other = NULL;
	sn_network_t *other_net = NULL;
	sn_doc_t *doc = NULL;

	/* A second load of the same folder: equal content, another dataset. */
	load(&other, &other_net, "datasets/sweden");
	ck_assert_int_eq(sn_doc_new(&doc, "x"), SN_OK);
	ck_assert_int_eq(sn_summary_doc(doc, ds, other_net, 2024, NULL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "summary: no document, or no network built from the "
			 "dataset");
	ck_assert_int_eq(sn_validate_doc(doc, ds, NULL, NULL, false), SN_EINVAL);
	ck_assert_int_eq(sn_significance_doc(doc, other, net, 2024, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_significance_doc(NULL, ds, net, 2024, NULL), SN_EINVAL);
	ck_assert_uint_eq(sn_doc_ntables(doc), 0);
	sn_doc_free(doc);
	sn_network_free(other_net);
	sn_dataset_free(other);
}
END_TEST

/* ---- validate ----------------------------------------------------------------------- */

START_TEST(test_validate_doc_counts_the_files)
{
	sn_doc_t *doc = NULL;
	const sn_doc_table_t *t;
	static const struct {
		const char *item;
		int64_t count;
	} csv[] = {
		{ "actors", 384 }, { "actors in the network", 180 }, { "projects", 72 },
		{ "memberships", 484 }, { "coalitions", 4 }, { "territories", 312 },
		{ "warnings", 0 },
	};

	ck_assert_int_eq(sn_doc_new(&doc, "validate"), SN_OK);
	ck_assert_int_eq(sn_validate_doc(doc, ds, net, NULL, false), SN_OK);
	t = table(doc, "files");
	ck_assert_uint_eq(sn_doc_table_nrows(t), 7);
	for (size_t i = 0; i < sizeof csv / sizeof *csv; i++)
		ck_assert_int_eq(int_at(t, row_where(t, "item", csv[i].item, NULL, NULL), "count"),
				 csv[i].count);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_validate_doc_expands_selectors_as_the_territory_tree_says)
{
	sn_doc_t *doc = NULL, *all = NULL;
	const sn_doc_table_t *t, *each;
	int64_t expanded = 0;
	size_t reglab;

	ck_assert_int_eq(sn_doc_new(&doc, "validate"), SN_OK);
	ck_assert_int_eq(sn_validate_doc(doc, ds, net, NULL, false), SN_OK);
	t = table(doc, "selectors");
	/* memberships.csv line 2: reglab, regions:* (the 21 region actors of actors.csv). */
	reglab = row_where(t, "project", "reglab", "selector", "regions:*");
	ck_assert_int_eq(int_at(t, reglab, "line"), 2);
	ck_assert_int_eq(int_at(t, reglab, "actors"), 21);
	/* kommuner:24: the 15 kommun actors of Västerbottens län. */
	ck_assert_int_eq(int_at(t, row_where(t, "project", "kommunernas-utmaningar-vasterbotten",
					  "selector", "kommuner:24"), "actors"), 15);
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++)
		expanded += int_at(t, r, "actors");
	/* With expansions, one row per actor a selector brought in. */
	ck_assert_int_eq(sn_doc_new(&all, "validate"), SN_OK);
	ck_assert_int_eq(sn_validate_doc(all, ds, net, NULL, true), SN_OK);
	each = table(all, "selectors");
	ck_assert_int_eq((int64_t)sn_doc_table_nrows(each), expanded);
	row_where(each, "selector", "kommuner:24", "actor", "kommun-2480");
	sn_doc_free(all);
	sn_doc_free(doc);
}
END_TEST

/* ---- significance ------------------------------------------------------------------- */

static sn_doc_t *significance(const char *stats, uint64_t seed)
{
	sn_significance_doc_options_t o;
	sn_doc_t *doc = NULL;

	sn_significance_doc_options_init(&o);
	o.statistics = stats;
	o.samples = 19;
	o.seed = seed;
	ck_assert_int_eq(sn_doc_new(&doc, "significance"), SN_OK);
	ck_assert_int_eq(sn_significance_doc(doc, ds, net, 2024, &o), SN_OK);
	return doc;
}

START_TEST(test_significance_doc_observed_network_statistics_match_networkx)
{
	sn_doc_t *doc = significance("clustering,assortativity,ei", 1);
	const sn_doc_table_t *t = table(doc, "network");
	static const struct {
		const char *statistic;
		double observed;
	} nx[] = {
		{ "clustering", 0.72039589961117001 },
		{ "assortativity by type", 0.39229693584267894 },
		{ "assortativity by county", 0.7253705411152741 },
		{ "E-I index by type", (505.0 - 714) / 1219 },
		{ "E-I index by county", -0.5 },
	};

	ck_assert_uint_eq(sn_doc_table_nrows(t), 5);
	for (size_t i = 0; i < sizeof nx / sizeof *nx; i++) {
		size_t r = row_where(t, "statistic", nx[i].statistic, NULL, NULL);
		double p = real_at(t, r, "p");

		ck_assert_double_eq_tol(real_at(t, r, "observed"), nx[i].observed, 1e-12);
		/* Empirical p of 19 samples: (1 + k) / 20, k in 0..19. */
		ck_assert(p >= 1.0 / 20 && p <= 1);
		ck_assert_double_eq_tol(p * 20, round(p * 20), 1e-9);
		ck_assert(real_at(t, r, "p_normal") >= 0 && real_at(t, r, "p_normal") <= 1);
	}
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_significance_doc_observed_actor_values_match_networkx)
{
	sn_doc_t *doc = significance("degree,strength,betweenness_w,shared", 1);
	const sn_doc_table_t *t = table(doc, "actors"), *pairs = table(doc, "pairs");
	static const struct {
		const char *id;
		double degree, strength, betweenness_w;
	} nx[] = {
		{ "region-25", 53, 176, 3637.3666666666659 },
		{ "region-12", 33, 157, 704 },
		{ "region-10", 36, 165, 1023 },
	};

	ck_assert_uint_eq(sn_doc_table_nrows(t), 3 * 180);
	for (size_t i = 0; i < sizeof nx / sizeof *nx; i++) {
		size_t d = row_where(t, "statistic", "degree", "id", nx[i].id);
		size_t s = row_where(t, "statistic", "strength", "id", nx[i].id);
		size_t b = row_where(t, "statistic", "betweenness_w", "id", nx[i].id);

		ck_assert_double_eq_tol(real_at(t, d, "observed"), nx[i].degree, 1e-12);
		ck_assert_double_eq_tol(real_at(t, s, "observed"), nx[i].strength, 1e-12);
		ck_assert_double_eq_tol(real_at(t, b, "observed"), nx[i].betweenness_w,
					1e-9 * nx[i].betweenness_w);
		ck_assert(real_at(t, d, "p_adjusted") >= real_at(t, d, "p") - 1e-15);
		ck_assert(real_at(t, d, "p_adjusted") <= 1);
	}
	/* One row per tie of the projection; Skåne and Blekinge share 8 projects. */
	ck_assert_uint_eq(sn_doc_table_nrows(pairs), 1219);
	ck_assert_double_eq_tol(real_at(pairs, row_where(pairs, "actor_a", "region-10", "actor_b",
						      "region-12"), "observed"), 8, 1e-12);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_significance_doc_same_seed_same_document_other_seed_same_observed)
{
	sn_doc_t *a = significance(NULL, 42), *b = significance(NULL, 42);
	sn_doc_t *c = significance(NULL, 43);
	char *csv_a = render(a, SN_FORMAT_CSV), *csv_b = render(b, SN_FORMAT_CSV);
	char *csv_c = render(c, SN_FORMAT_CSV);
	const sn_doc_table_t *ta = table(a, "actors"), *tc = table(c, "actors");
	const sn_doc_table_t *na = table(a, "network"), *nc = table(c, "network");
	size_t ra = row_where(ta, "statistic", "degree", "id", "region-25");
	size_t rc = row_where(tc, "statistic", "degree", "id", "region-25");

	ck_assert_str_eq(csv_a, csv_b);
	ck_assert_str_ne(csv_a, csv_c);
	ck_assert_double_eq(real_at(ta, ra, "observed"), real_at(tc, rc, "observed"));
	ck_assert_double_eq(real_at(na, row_where(na, "statistic", "clustering", NULL, NULL),
				    "observed"),
			    real_at(nc, row_where(nc, "statistic", "clustering", NULL, NULL),
				    "observed"));
	free(csv_a);
	free(csv_b);
	free(csv_c);
	sn_doc_free(a);
	sn_doc_free(b);
	sn_doc_free(c);
}
END_TEST

START_TEST(test_significance_doc_names_an_unknown_statistic)
{
	sn_significance_doc_options_t o;
	sn_doc_t *doc = NULL;

	ck_assert_int_eq(sn_significance_statistics_check("degree,all"), SN_OK);
	ck_assert_int_eq(sn_significance_statistics_check(NULL), SN_OK);
	ck_assert_int_eq(sn_significance_statistics_check("degree,closeness"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "unknown statistic 'closeness' (degree, strength, "
			 "betweenness_w, clustering, modularity, assortativity, ei, shared, all)");
	sn_significance_doc_options_init(&o);
	o.statistics = "degre";
	ck_assert_int_eq(sn_doc_new(&doc, "significance"), SN_OK);
	ck_assert_int_eq(sn_significance_doc(doc, ds, net, 2024, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "'degre'"));
	o.statistics = NULL;
	o.alpha = 0;
	ck_assert_int_eq(sn_significance_doc(doc, ds, net, 2024, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "alpha"));
	sn_significance_doc_options_init(&o);
	o.max_ties = 3;
	ck_assert_int_eq(sn_significance_doc(doc, ds, net, 2024, &o), SN_ELIMIT);
	ck_assert_uint_eq(sn_doc_ntables(doc), 0);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_significance_doc_states_the_partition_with_modularity)
{
	sn_doc_t *doc = significance("modularity", 7);
	const sn_doc_table_t *t = table(doc, "network");
	size_t r = row_where(t, "statistic", "modularity", NULL, NULL);
	char *json = render(doc, SN_FORMAT_JSON);

	/* Newman's modularity lies in [-1/2, 1); a found partition is above 0 here. */
	ck_assert(real_at(t, r, "observed") > 0 && real_at(t, r, "observed") < 1);
	ck_assert_ptr_nonnull(strstr(json, "\"partition\": \"Leiden (modularity, seed 7, "));
	/* Trades default to 5 x 484 memberships. */
	ck_assert_ptr_nonnull(strstr(json, "\"null model\": \"curveball, 19 samples, 2420 trades "
				     "before each, seed 7\""));
	free(json);
	sn_doc_free(doc);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("command_docs");
	TCase *tc = tcase_create("sweden");

	tcase_add_unchecked_fixture(tc, load_sweden, free_sweden);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_summary_doc_overview_matches_networkx);
	tcase_add_test(tc, test_summary_doc_actors_by_type_count_the_csv);
	tcase_add_test(tc, test_summary_doc_structure_matches_networkx);
	tcase_add_test(tc, test_summary_doc_mixing_matches_networkx);
	tcase_add_test(tc, test_summary_doc_over_the_tie_limit_is_elimit);
	tcase_add_test(tc, test_doc_calls_refuse_a_network_of_another_dataset);
	tcase_add_test(tc, test_validate_doc_counts_the_files);
	tcase_add_test(tc, test_validate_doc_expands_selectors_as_the_territory_tree_says);
	tcase_add_test(tc, test_significance_doc_observed_network_statistics_match_networkx);
	tcase_add_test(tc, test_significance_doc_observed_actor_values_match_networkx);
	tcase_add_test(tc, test_significance_doc_same_seed_same_document_other_seed_same_observed);
	tcase_add_test(tc, test_significance_doc_names_an_unknown_statistic);
	tcase_add_test(tc, test_significance_doc_states_the_partition_with_modularity);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
