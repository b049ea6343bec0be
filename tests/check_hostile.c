/*
 * Output that cannot be turned against its reader (issue 16), at the level
 * of the library: the table reader refuses what XML 1.0 forbids, the JSON
 * writer leaves nothing that could end a <script> element, the XML writer
 * stays well formed even for strings that bypassed the reader, and the
 * two-mode ids follow the scheme of samnet/export.h.  Expected texts are
 * worked by hand from tests/data/hostile; readers' views of the same files
 * (Chromium, xmllint, NetworkX) are in tests/hostile_names.py.
 */
#include "config.h"

#include <check.h>

#include "samnet/advanced.h"
#include "testutil.h"

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
} fixture_t;

static void load_hostile(fixture_t *f)
{
	f->ds = load_dataset(fixture("hostile"));
	sn_network_init(&f->net);
}

static void build(fixture_t *f)
{
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
}

static void teardown(fixture_t *f)
{
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

/* The two-mode export of `f` in format `fmt` as a string (caller frees). */
static char *export_two_mode(fixture_t *f, sn_export_format_t fmt)
{
	sn_export_t x = SN_EXPORT_INIT;
	sn_error_t err;
	char *buf;

	x.net = &f->net;
	buf = export_string(fmt, &x, &err);
	ck_assert_int_eq(err, SN_OK);
	return buf;
}

/* Replaces an owned string of the dataset, as a caller building one by hand could. */
static void replace(char **field, const char *value)
{
	free(*field);
	*field = strdup(value);
	ck_assert_ptr_nonnull(*field);
}

START_TEST(test_table_next_xml_forbidden_characters_reported_where_they_are)
{
	/* U+FFFF, a BEL after a two-byte 'å', an ESC; tab, CR and LF in quotes are kept. */
	static const char text[] = "a,b\n"
				   "1,x\xef\xbf\xbf\n"
				   "\xc3\xa5\x07,y\n"
				   "\x1b[0m,z\n"
				   "2,\"t\tu\r\nv\rw\"\n";
	sn_diag_t diag;
	sn_table_t *t;
	char *path = temp_file(text, sizeof text - 1);

	ck_assert_ptr_nonnull(path);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_table_open(&t, path, "t.csv", NULL, &diag), SN_OK);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_str_eq(sn_table_field(t, 1), "t\tu\r\nv\rw");
	ck_assert_int_eq(sn_table_next(t, &diag), 0);
	ck_assert_uint_eq(diag.count, 3);
	ck_assert(diag_has(&diag, "t.csv:2:2: U+FFFF at byte 2 of the field: a character XML 1.0 "
			   "forbids (GraphML, GEXF and the report could not hold it); remove it"));
	ck_assert(diag_has(&diag, "t.csv:3:1: U+0007 at byte 3 of the field: a character XML 1.0 "
			   "forbids (GraphML, GEXF and the report could not hold it); remove it"));
	ck_assert(diag_has(&diag, "t.csv:4:1: U+001B at byte 1 of the field: a character XML 1.0 "
			   "forbids (GraphML, GEXF and the report could not hold it); remove it"));
	sn_table_free(t);
	unlink(path);
	free(path);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_export_write_json_hostile_names_hold_no_markup_characters)
{
	fixture_t f;
	char *s;

	load_hostile(&f);
	build(&f);
	s = export_two_mode(&f, SN_EXPORT_JSON);
	ck_assert_ptr_null(strpbrk(s, "<>&"));
	ck_assert_ptr_null(strstr(s, "\xe2\x80\xa8"));
	ck_assert_ptr_null(strstr(s, "\xe2\x80\xa9"));
	ck_assert_ptr_nonnull(strstr(s, "\"name\": \"\\u003c!--\\u003cscript\\u003e\""));
	ck_assert_ptr_nonnull(strstr(s, "\"name\": \"\\u2028\\u0026\\u2029\""));
	ck_assert_ptr_nonnull(strstr(s, "\"name\": \"tab\\there\\u000d\\nnew line\\u000dreturn\""));
	free(s);
	teardown(&f);
}
END_TEST

START_TEST(test_export_write_two_mode_ids_follow_the_documented_scheme)
{
	fixture_t f;
	char *s;

	load_hostile(&f);
	build(&f);
	s = export_two_mode(&f, SN_EXPORT_CSV_NODES);
	/* Actor x keeps its id; project x (an actor's id too) and project:x (a ':') get "project:". */
	ck_assert_ptr_nonnull(strstr(s, "\nx,"));
	ck_assert_ptr_nonnull(strstr(s, "\nproject:x,"));
	ck_assert_ptr_nonnull(strstr(s, "\nproject:project:x,"));
	ck_assert_ptr_nonnull(strstr(s, "\np3,"));
	free(s);
	teardown(&f);
}
END_TEST

START_TEST(test_export_write_two_mode_actor_id_with_colon_gets_actor_prefix)
{
	fixture_t f;
	char *s;

	/* The loader refuses ':' in actor ids; a dataset built by hand may hold one. */
	load_hostile(&f);
	for (size_t a = 0; a < f.ds->nactors; a++)
		if (strcmp(f.ds->actors[a].id, "cdata") == 0)
			replace(&f.ds->actors[a].id, "p3:x");
	build(&f);
	s = export_two_mode(&f, SN_EXPORT_CSV_NODES);
	ck_assert_ptr_nonnull(strstr(s, "\nactor:p3:x,"));
	ck_assert_ptr_nonnull(strstr(s, "\np3,"));
	free(s);
	teardown(&f);
}
END_TEST

START_TEST(test_export_write_graphml_drops_what_xml_forbids_in_hand_built_names)
{
	fixture_t f;
	char *s;

	load_hostile(&f);
	for (size_t a = 0; a < f.ds->nactors; a++)
		if (strcmp(f.ds->actors[a].id, "amp") == 0)
			replace(&f.ds->actors[a].name, "a\x01" "b\xef\xbf\xbe" "c\xef\xbf\xbf" "d\re");
	build(&f);
	s = export_two_mode(&f, SN_EXPORT_GRAPHML);
	ck_assert_ptr_nonnull(strstr(s, ">abcd&#13;e</data>"));
	ck_assert_ptr_null(strchr(s, '\x01'));
	ck_assert_ptr_null(strstr(s, "\xef\xbf\xbe"));
	ck_assert_ptr_null(strstr(s, "\xef\xbf\xbf"));
	free(s);
	teardown(&f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("hostile");
	TCase *tc = tcase_create("hostile");
	SRunner *sr;
	int failed;

	sn_setup();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_table_next_xml_forbidden_characters_reported_where_they_are);
	tcase_add_test(tc, test_export_write_json_hostile_names_hold_no_markup_characters);
	tcase_add_test(tc, test_export_write_two_mode_ids_follow_the_documented_scheme);
	tcase_add_test(tc, test_export_write_two_mode_actor_id_with_colon_gets_actor_prefix);
	tcase_add_test(tc, test_export_write_graphml_drops_what_xml_forbids_in_hand_built_names);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
