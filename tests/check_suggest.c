/*
 * Tests of "did you mean" (base/suggest.c, base/lookup.c).  Expected
 * distances come from the literature (kitten/sitting: Levenshtein's
 * textbook example, 3; ca/abc: 3 under optimal string alignment, 2 under
 * unrestricted Damerau, the example that tells them apart) or by hand.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "samnet.h"
#include "testutil.h"

START_TEST(test_text_fold_case_and_diacritics_folded)
{
	static const char *const cases[][2] = {
		{ "Malmö stad", "malmo stad" }, { "ÆØÅ æøå", "aeoa aeoa" },
		{ "Łódź", "lodz" }, { "Straße", "strasse" }, { "Örebro län", "orebro lan" },
		{ "x×y", "x×y" }, { "中文", "中文" }, { "", "" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *f = sn_text_fold(cases[i][0]);
		ck_assert_str_eq(f, cases[i][1]);
		free(f);
	}
	ck_assert_ptr_null(sn_text_fold(NULL));
}
END_TEST

START_TEST(test_edit_distance_known_pairs_match_literature)
{
	ck_assert_uint_eq(sn_edit_distance("kitten", "sitting", 10), 3);
	ck_assert_uint_eq(sn_edit_distance("ca", "abc", 10), 3);
	ck_assert_uint_eq(sn_edit_distance("yaer", "year", 10), 1);
	ck_assert_uint_eq(sn_edit_distance("", "abc", 10), 3);
	ck_assert_uint_eq(sn_edit_distance("same", "same", 0), 0);
	/* Above the cap: cap + 1, also when only the lengths tell. */
	ck_assert_uint_eq(sn_edit_distance("kitten", "sitting", 1), 2);
	ck_assert_uint_eq(sn_edit_distance("a", "abcdef", 2), 3);
}
END_TEST

START_TEST(test_suggest_ranks_equal_then_prefix_then_distance)
{
	static const char *const names[] = { "betweenness_w", "degree", "betweenness",
					     "Malmö stad", "malmo", NULL };
	size_t out[5];

	/* "betweeness" is 1 from betweenness and 3 from betweenness_w (cap 3). */
	ck_assert_uint_eq(sn_suggest_strings(out, 5, "betweeness", names), 2);
	ck_assert_uint_eq(out[0], 2);
	ck_assert_uint_eq(out[1], 0);
	/* Folded equality first, then the word prefix. */
	ck_assert_uint_eq(sn_suggest_strings(out, 5, "MALMO", names), 2);
	ck_assert_uint_eq(out[0], 4);
	ck_assert_uint_eq(out[1], 3);
	ck_assert_uint_eq(sn_suggest_strings(out, 1, "MALMO", names), 1);
	ck_assert_uint_eq(sn_suggest_strings(out, 5, "zzzz", names), 0);
	/* Two-letter queries do not prefix-match. */
	ck_assert_uint_eq(sn_suggest_strings(out, 5, "ma", names), 0);
}
END_TEST

START_TEST(test_suggest_phrase_lists_with_or)
{
	static const char *const names[] = { "a", "b", "c" };
	char buf[64];

	ck_assert_str_eq(sn_suggest_phrase(buf, sizeof buf, names, 0), "");
	ck_assert_str_eq(sn_suggest_phrase(buf, sizeof buf, names, 1), "; did you mean 'a'?");
	ck_assert_str_eq(sn_suggest_phrase(buf, sizeof buf, names, 3),
			 "; did you mean 'a', 'b' or 'c'?");
	sn_suggest_phrase(buf, 10, names, 3);
	ck_assert_uint_eq(strlen(buf), 9);
}
END_TEST

/* The bundled tree: county 01 (Stockholms län), kommun 0380 (Uppsala). */
static sn_territories_t *bundled_tree(void)
{
	char path[4096];
	const char *srcdir = getenv("srcdir");
	sn_territories_t *t = NULL;
	sn_diag_t diag;
	sn_table_options_t opts = SN_TABLE_OPTIONS_INIT;

	snprintf(path, sizeof path, "%s/datasets/sweden/territories.csv", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_territories_load(&t, path, &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	return t;
}

START_TEST(test_territories_suggest_code_names_dropped_leading_zero)
{
	sn_territories_t *t = bundled_tree();
	char buf[SN_SUGGEST_PHRASE_MAX];

	/* The level names of the bundled tree (no level column): country, county, municipality. */
	ck_assert_ptr_nonnull(strstr(sn_territories_suggest_code(t, "380", buf, sizeof buf),
				     "municipality code '0380' (Uppsala) without its leading zero"));
	ck_assert_ptr_nonnull(strstr(sn_territories_suggest_code(t, "1", buf, sizeof buf),
				     "county code '01' (Stockholms län)"));
	/* Not digits: an ordinary suggestion; by name too. */
	ck_assert_str_eq(sn_territories_suggest_code(t, "uppsala kommun", buf, sizeof buf),
			 "; did you mean '0380'?");
	ck_assert_str_eq(sn_territories_suggest_code(t, "qqqqqqqq", buf, sizeof buf), "");
	sn_territories_free(t);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("suggest");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_text_fold_case_and_diacritics_folded);
	tcase_add_test(tc, test_edit_distance_known_pairs_match_literature);
	tcase_add_test(tc, test_suggest_ranks_equal_then_prefix_then_distance);
	tcase_add_test(tc, test_suggest_phrase_lists_with_or);
	tcase_add_test(tc, test_territories_suggest_code_names_dropped_leading_zero);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
