/*
 * Tests of samnet's one vocabulary (issue 17): the registry of measures
 * (samnet/centrality.h) agrees with itself and with what the measures
 * compute, the standard export columns carry the registry's names and the
 * values those names mean, and communities are numbered from 1 by
 * sn_community_number().  Expected values come from NetworkX 2.8.8 (the
 * exact call in a comment) or from the hand-worked partition of
 * tests/data/communities (see tests/cli/communities.t).
 */
#include "config.h"

#include <check.h>
#include <ctype.h>
#include <math.h>
#include <stdint.h>

#include "samnet/advanced.h"
#include "testutil.h"

START_TEST(test_measure_info_entries_match_their_index)
{
	for (int m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info((sn_measure_t)m);
		ck_assert_ptr_nonnull(info);
		ck_assert_int_eq(info->measure, m);
		ck_assert_str_eq(sn_measure_name((sn_measure_t)m), info->name);
		ck_assert_ptr_eq(sn_measure_find(info->name), info);
		ck_assert_msg(info->label && *info->label, "%s has no label", info->name);
		ck_assert_msg(info->description && *info->description, "%s: no description",
			      info->name);
		/* A name is a column name, a JSON key and an attribute name: [a-z_] only. */
		for (const char *c = info->name; *c; c++)
			ck_assert_msg(islower((unsigned char)*c) || *c == '_', "bad name %s", info->name);
		for (int k = 0; k < m; k++)
			ck_assert_str_ne(sn_measure_name((sn_measure_t)k), info->name);
	}
}
END_TEST

START_TEST(test_measure_find_unknown_name_gives_null)
{
	sn_measure_t m;

	ck_assert_ptr_null(sn_measure_info(SN_MEASURE_COUNT));
	ck_assert_ptr_null(sn_measure_info((sn_measure_t)-1));
	ck_assert_ptr_null(sn_measure_find("Betweenness"));
	ck_assert_ptr_null(sn_measure_find("betweenness_weighted"));
	ck_assert_ptr_null(sn_measure_find(NULL));
	ck_assert_int_eq(sn_measure_parse("share", &m), SN_EINVAL);
	/* The message lists every registry name. */
	for (int k = 0; k < SN_MEASURE_COUNT; k++)
		ck_assert_ptr_nonnull(strstr(sn_error_last(), sn_measure_name((sn_measure_t)k)));
}
END_TEST

/* "x_w" is the weighted variant of the hop-counting measure "x", labelled "weighted ...". */
START_TEST(test_measure_w_suffix_names_the_weighted_variant)
{
	size_t pairs = 0;

	for (int m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info((sn_measure_t)m), *plain;
		size_t n = strlen(info->name);
		char base[64];

		if (n < 3 || strcmp(info->name + n - 2, "_w") != 0)
			continue;
		memcpy(base, info->name, n - 2);
		base[n - 2] = '\0';
		plain = sn_measure_find(base);
		ck_assert_msg(plain != NULL, "%s has no plain variant", info->name);
		ck_assert(info->weighted);
		ck_assert(!plain->weighted);
		ck_assert_msg(strncmp(info->label, "weighted ", 9) == 0, "label '%s'", info->label);
		ck_assert_str_eq(info->label + 9, plain->label);
		pairs++;
	}
	ck_assert_uint_eq(pairs, 3);   /* betweenness, closeness, harmonic */
}
END_TEST

/*
 * `weighted` is true exactly when the tie strengths change the values: on a
 * graph of unequal strengths every weighted measure moves and no other does.
 */
START_TEST(test_measure_weighted_flag_matches_computation)
{
	igraph_t g;
	igraph_vector_t w, a, b;
	const double strengths[] = { 4, 1, 1, 3, 1, 2, 1, 1 };

	igraph_small(&g, 6, IGRAPH_UNDIRECTED, 0, 1, 0, 2, 1, 2, 2, 3, 3, 4, 3, 5, 4, 5, 1, 3, -1);
	igraph_vector_view(&w, strengths, 8);
	igraph_vector_init(&a, 0);
	igraph_vector_init(&b, 0);
	for (int m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info((sn_measure_t)m);
		bool moved = false;

		ck_assert_int_eq(sn_centrality_compute(&a, &g, &w, info->measure, true), SN_OK);
		ck_assert_int_eq(sn_centrality_compute(&b, &g, NULL, info->measure, true), SN_OK);
		for (igraph_integer_t v = 0; v < 6; v++)
			moved |= fabs(VECTOR(a)[v] - VECTOR(b)[v]) > 1e-9;
		ck_assert_msg(moved == info->weighted, "%s: weighted %d, strengths change it: %d",
			      info->name, info->weighted, moved);
	}
	igraph_vector_destroy(&a);
	igraph_vector_destroy(&b);
	igraph_destroy(&g);
}
END_TEST

/* `two_mode` is true exactly for the measures sn_twomode_compute() accepts. */
START_TEST(test_measure_two_mode_flag_matches_twomode_compute)
{
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_vector_t out;

	/* Actors 0, 1, 2 and projects 3, 4: 0-3, 1-3, 1-4, 2-4. */
	igraph_small(&g, 5, IGRAPH_UNDIRECTED, 0, 3, 1, 3, 1, 4, 2, 4, -1);
	igraph_vector_bool_init(&types, 5);
	VECTOR(types)[3] = VECTOR(types)[4] = true;
	igraph_vector_init(&out, 0);
	for (int m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info((sn_measure_t)m);
		sn_error_t err = sn_twomode_compute(&out, &g, &types, info->measure, true);
		ck_assert_msg((err == SN_OK) == info->two_mode, "%s: two_mode %d, error %d",
			      info->name, info->two_mode, err);
	}
	igraph_vector_destroy(&out);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_community_number_starts_at_one)
{
	ck_assert_int_eq(sn_community_number(0), 1);
	ck_assert_int_eq(sn_community_number(6), 7);
	ck_assert_int_eq(sn_community_number(-1), 0);
	ck_assert_int_eq(sn_community_index(1), 0);
	ck_assert_int_eq(sn_community_index(7), 6);
	ck_assert_int_eq(sn_community_index(0), -1);
	ck_assert_int_eq(sn_community_index(INT64_MIN), -1);
}
END_TEST

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
	sn_columns_t cols;
} fixture_t;

/* Loads tests/data/NAME, its count projection and the standard columns of `which`. */
static void load(fixture_t *f, const char *name, unsigned which)
{
	sn_dataset_options_t dopts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&f->ds, fixture(name), &dopts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&f->proj, &f->net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0),
			 SN_OK);
	sn_columns_init(&f->cols, f->net.nactors + f->net.nprojects);
	ck_assert_int_eq(sn_columns_add_standard(&f->cols, &f->net, &f->proj, which, 0, 1), SN_OK);
}

static void unload(fixture_t *f)
{
	sn_columns_destroy(&f->cols);
	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

/* The column `name` at dataset actor `id`. */
static const sn_column_t *column(const fixture_t *f, const char *name)
{
	long k = sn_columns_find(&f->cols, name);

	ck_assert_msg(k >= 0, "no column %s", name);
	return &f->cols.items[k];
}

static size_t vertex(const fixture_t *f, const char *id)
{
	size_t a = sn_dataset_find_actor(f->ds, id);

	ck_assert_uint_ne(a, SN_NO_PARENT);
	return (size_t)sn_network_actor_vertex(&f->net, a);
}

/*
 * The standard columns are the registry's standard measures, in its order,
 * under its names, and "betweenness" holds the hop-counting betweenness the
 * CLI prints.  tests/data/mini's count projection, by NetworkX:
 *   nx.betweenness_centrality(G)                -> malmo 0.3, skane 0.1, lu 0.1
 *   nx.betweenness_centrality(G, weight='dist') -> malmo 0.45, skane 0.05, lu 0.05
 *   nx.harmonic_centrality(G) / 5               -> malmo 1.0, skane 0.9
 *   nx.harmonic_centrality(G, distance='dist') / 5 -> malmo 1.4, skane 1.1333...
 * with dist = 1 / shared projects.
 */
START_TEST(test_columns_standard_measures_mean_their_registry_names)
{
	fixture_t f;
	size_t k = 0, malmo, skane;

	load(&f, "mini", SN_COLUMNS_CENTRALITY);
	for (int m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info((sn_measure_t)m);
		if (!info->standard)
			continue;
		ck_assert_uint_lt(k, f.cols.count);
		ck_assert_str_eq(f.cols.items[k++].name, info->name);
	}
	ck_assert_uint_eq(k, f.cols.count);
	malmo = vertex(&f, "malmo");
	skane = vertex(&f, "skane");
	ck_assert_double_eq_tol(column(&f, "betweenness")->reals[malmo], 0.3, 1e-12);
	ck_assert_double_eq_tol(column(&f, "betweenness")->reals[skane], 0.1, 1e-12);
	ck_assert_double_eq_tol(column(&f, "betweenness_w")->reals[malmo], 0.45, 1e-12);
	ck_assert_double_eq_tol(column(&f, "betweenness_w")->reals[skane], 0.05, 1e-12);
	ck_assert_double_eq_tol(column(&f, "harmonic")->reals[malmo], 1.0, 1e-12);
	ck_assert_double_eq_tol(column(&f, "harmonic")->reals[skane], 0.9, 1e-12);
	ck_assert_double_eq_tol(column(&f, "harmonic_w")->reals[malmo], 1.4, 1e-12);
	ck_assert_double_eq_tol(column(&f, "harmonic_w")->reals[skane], 1.7 / 1.5, 1e-12);
	unload(&f);
}
END_TEST

/*
 * The community column numbers from 1 in the canonical order: on
 * tests/data/communities, A = {r1, k1, u1} (holding the first vertex) is 1
 * and B = {r2, k3, k2, c1} is 2, as `samnet communities` prints them.
 */
START_TEST(test_columns_community_numbers_from_one)
{
	static const char *const a[] = { "r1", "k1", "u1" }, *const b[] = { "r2", "k3", "k2", "c1" };
	fixture_t f;
	const sn_column_t *c;

	load(&f, "communities", SN_COLUMNS_COMMUNITIES);
	c = column(&f, "community");
	for (size_t i = 0; i < 3; i++)
		ck_assert_int_eq(c->ints[vertex(&f, a[i])], 1);
	for (size_t i = 0; i < 4; i++)
		ck_assert_int_eq(c->ints[vertex(&f, b[i])], 2);
	unload(&f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vocabulary");
	TCase *tc = tcase_create("vocabulary");
	SRunner *sr;
	int failed;

	sn_setup();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_measure_info_entries_match_their_index);
	tcase_add_test(tc, test_measure_find_unknown_name_gives_null);
	tcase_add_test(tc, test_measure_w_suffix_names_the_weighted_variant);
	tcase_add_test(tc, test_measure_weighted_flag_matches_computation);
	tcase_add_test(tc, test_measure_two_mode_flag_matches_twomode_compute);
	tcase_add_test(tc, test_community_number_starts_at_one);
	tcase_add_test(tc, test_columns_standard_measures_mean_their_registry_names);
	tcase_add_test(tc, test_columns_community_numbers_from_one);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
