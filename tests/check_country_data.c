/*
 * tests/check_country_data.c: Sweden is data, not code.  A Norwegian
 * dataset (tests/data/norway: Norge, five fylker and four kommuner with
 * figures for 2024, a level column naming land, fylke and kommune) goes
 * through the calls a binding makes, and every name and level in the
 * results comes from its territory table.  Expected values by hand from
 * the fixture's figures.
 */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <samnet.h>

#include "doc_util.h"

static sn_dataset_t *ds;

static void open_norway(void)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];

	sn_setup();
	snprintf(path, sizeof path, "%s/tests/data/norway", srcdir ? srcdir : ".");
	ck_assert_int_eq(sn_dataset_open(&ds, path, NULL), SN_OK);
}

static void close_norway(void)
{
	sn_dataset_free(ds);
	sn_teardown();
}

START_TEST(test_country_and_levels_come_from_the_table)
{
	ck_assert_str_eq(sn_territories_country(ds->territories), "Norge");
	ck_assert_int_eq(sn_dataset_default_year(ds), 2024);
}
END_TEST

START_TEST(test_tables_name_the_fylke_of_each_actor)
{
	sn_doc_t *doc = NULL;
	const sn_doc_table_t *actors, *territories;
	size_t bergen = sn_dataset_find_actor(ds, "bergen");
	size_t more = sn_dataset_find_actor(ds, "more-fk");
	size_t r;
	int64_t pop;

	ck_assert_int_eq(sn_doc_new(&doc, "dataset"), SN_OK);
	ck_assert_int_eq(sn_dataset_doc(doc, ds), SN_OK);
	actors = table_named(doc, "actors");
	/* actors.csv: bergen,Bergen kommune,kommun,4601; 4601 lies in 46 Vestland. */
	ck_assert_str_eq(cell(actors, bergen, "county"), "46");
	ck_assert_str_eq(cell(actors, bergen, "county_name"), "Vestland");
	ck_assert_int_eq(sn_doc_table_get_int(actors, bergen, column(actors, "population"), &pop),
			 SN_OK);
	ck_assert_int_eq(pop, 291189);
	ck_assert_str_eq(cell(actors, more, "county_name"), "Møre og Romsdal");
	territories = table_named(doc, "territories");
	for (r = 0; r < sn_doc_table_nrows(territories); r++) {
		const char *code = cell(territories, r, "code");
		const char *want = strcmp(code, "NO") == 0 ? "land" : strlen(code) == 2 ? "fylke"
											 : "kommune";
		ck_assert_str_eq(cell(territories, r, "level"), want);
	}
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_coalition_share_of_the_national_population)
{
	size_t c = sn_dataset_find_coalition(ds, "vestlandet"), n = 0;
	const size_t *members;
	int64_t population = 0;
	double share = 0;

	ck_assert_uint_ne(c, SN_NO_PARENT);
	members = sn_dataset_coalition_actors(ds, c, &n);
	ck_assert_int_eq(sn_coalition_population(&population, &share, ds, members, n, 2024), SN_OK);
	/* Rogaland + Møre og Romsdal + Vestland (Bergen lies in Vestland and counts once). */
	ck_assert_int_eq(population, 499417 + 270624 + 651299);
	ck_assert_double_eq_tol(share, 1421340.0 / (717710 + 499417 + 270624 + 651299 + 483004),
				1e-15);
}
END_TEST

START_TEST(test_leading_zero_hint_names_the_level_of_the_table)
{
	char buf[512];

	sn_territories_suggest_code(ds->territories, "3", buf, sizeof buf);
	ck_assert_msg(strstr(buf, "'3' looks like fylke code '03' (Oslo)") != NULL, "%s", buf);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("country_data");
	TCase *tc = tcase_create("norway");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, open_norway, close_norway);
	tcase_add_test(tc, test_country_and_levels_come_from_the_table);
	tcase_add_test(tc, test_tables_name_the_fylke_of_each_actor);
	tcase_add_test(tc, test_coalition_share_of_the_national_population);
	tcase_add_test(tc, test_leading_zero_hint_names_the_level_of_the_table);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
