/*
 * Tests of the importers' library rules (import/): organisationsnummer and
 * its Luhn digit, NUTS-3 -> län, dates, amounts, type rules, the
 * non-strict CSV reading CORDIS needs, and identity merges on fixtures.
 * Expected values come from the sources' documentation
 * (shared/reference/registers.md), Python's csv module (the peer the
 * published CORDIS parsers follow) and counts by hand of the fixtures.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet.h"
#include "testutil.h"

START_TEST(test_orgnr_normalise_accepts_every_written_form)
{
	static const char *const forms[] = { "212000-3005", "2120003005", "16212000-3005",
					     "SE212000300501", "SE 212000-3005" };
	char out[11];

	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		ck_assert_msg(sn_orgnr_normalise(forms[i], out), "%s", forms[i]);
		ck_assert_str_eq(out, "2120003005");
	}
}
END_TEST

START_TEST(test_orgnr_normalise_rejects_a_wrong_check_digit_or_length)
{
	char out[11];

	/* 556000-0000: Luhn sum 5*2=10->1 +5 +6*2=12->3 +0... = 9, not a multiple of 10. */
	ck_assert(!sn_orgnr_normalise("5560000000", out));
	ck_assert_str_eq(out, "");
	ck_assert(!sn_orgnr_normalise("212000-3006", out));
	ck_assert(!sn_orgnr_normalise("21200030", out));
	ck_assert(!sn_orgnr_normalise("ESB66340514", out));
	ck_assert(sn_orgnr_normalise("556000-0001", out));
	/* Twelve digits ending 01 are a VAT number only after "SE"; else a century prefix. */
	ck_assert(sn_orgnr_normalise("195560000001", out));
	ck_assert_str_eq(out, "5560000001");
	ck_assert(!sn_orgnr_normalise("212000300501", out));
}
END_TEST

START_TEST(test_nuts3_lan_matches_the_reference_table)
{
	FILE *fp = fopen(fixture("import/nuts3_lan.csv"), "r");
	char line[256], nuts[16], lan[8];
	int rows = 0;

	ck_assert_ptr_nonnull(fp);
	ck_assert_ptr_nonnull(fgets(line, sizeof line, fp));
	while (fgets(line, sizeof line, fp)) {
		ck_assert_int_eq(sscanf(line, "%15[^,],%7[^,]", nuts, lan), 2);
		ck_assert_ptr_nonnull(sn_nuts3_lan(nuts));
		ck_assert_str_eq(sn_nuts3_lan(nuts), lan);
		rows++;
	}
	fclose(fp);
	ck_assert_int_eq(rows, 21);
	/* NUTS order is not län-code order: Örebro (18) and Västmanland (19) sit in SE12. */
	ck_assert_str_eq(sn_nuts3_lan("SE124"), "18");
	ck_assert_ptr_null(sn_nuts3_lan("SE12"));
	ck_assert_ptr_null(sn_nuts3_lan("EL303"));
}
END_TEST

START_TEST(test_parse_date_reads_iso_european_and_excel_dates)
{
	char out[11];

	ck_assert_int_eq(sn_import_parse_date("04/09/2023", false, out), SN_OK);
	ck_assert_str_eq(out, "2023-09-04");
	ck_assert_int_eq(sn_import_parse_date("2024-01-15 10:00:00", false, out), SN_OK);
	ck_assert_str_eq(out, "2024-01-15");
	/* Excel's 1900 system: 43466 is 2019-01-01 (keep.eu's COBEN start in registers.md). */
	ck_assert_int_eq(sn_import_parse_date("43466", true, out), SN_OK);
	ck_assert_str_eq(out, "2019-01-01");
	ck_assert_int_eq(sn_import_parse_date("43466", false, out), SN_EDATA);
	ck_assert_int_eq(sn_import_parse_date("31/02/2023", false, out), SN_EDATA);
	ck_assert_int_eq(sn_import_parse_date("2023-13-01", false, out), SN_EDATA);
}
END_TEST

START_TEST(test_parse_amount_takes_either_decimal_mark_and_spaces)
{
	double v;

	ck_assert_int_eq(sn_import_parse_amount("960619,95", &v), SN_OK);
	ck_assert_double_eq_tol(v, 960619.95, 1e-9);
	ck_assert_int_eq(sn_import_parse_amount("528340.97", &v), SN_OK);
	ck_assert_double_eq_tol(v, 528340.97, 1e-9);
	ck_assert_int_eq(sn_import_parse_amount("4 973 906", &v), SN_OK);
	ck_assert_double_eq(v, 4973906);
	ck_assert_int_eq(sn_import_parse_amount("1.2.3", &v), SN_EDATA);
	ck_assert_int_eq(sn_import_parse_amount("12 EUR", &v), SN_EDATA);
	ck_assert_int_eq(sn_import_parse_amount("-5", &v), SN_EDATA);
}
END_TEST

START_TEST(test_infer_type_follows_the_documented_rules)
{
	ck_assert_int_eq(sn_import_infer_type("Region Skåne", "PUB", NULL), SN_ACTOR_REGION);
	ck_assert_int_eq(sn_import_infer_type("UPPSALA KOMMUN", "PUB", "2120003005"), SN_ACTOR_KOMMUN);
	ck_assert_int_eq(sn_import_infer_type("Malmö stad", NULL, NULL), SN_ACTOR_KOMMUN);
	ck_assert_int_eq(sn_import_infer_type("LÄNSSTYRELSEN I NORRBOTTENS LÄN", "PUB", NULL),
			 SN_ACTOR_LANSSTYRELSE);
	ck_assert_int_eq(sn_import_infer_type("KTH", "HES", NULL), SN_ACTOR_UNIVERSITY);
	ck_assert_int_eq(sn_import_infer_type("X", "PRC", NULL), SN_ACTOR_COMPANY);
	ck_assert_int_eq(sn_import_infer_type("RISE", "REC", "5560000001"), SN_ACTOR_RESEARCH);
	ck_assert_int_eq(sn_import_infer_type("Trafikverket", "PUB", "2021001001"), SN_ACTOR_AGENCY);
	ck_assert_int_eq(sn_import_infer_type("X", "Local public authority", NULL), SN_ACTOR_KOMMUN);
	ck_assert_int_eq(sn_import_infer_type("Stiftelsen X", NULL, "8020010008"), SN_ACTOR_NGO);
	ck_assert_int_eq(sn_import_infer_type("Y", NULL, NULL), SN_ACTOR_OTHER);
}
END_TEST

/* Reads file `name` of folder `dir` into a new string. */
static char *slurp(const char *dir, const char *name)
{
	char path[4200];
	FILE *fp;
	char *buf = calloc(1, 1 << 16);

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "r");
	ck_assert_ptr_nonnull(fp);
	fread(buf, 1, (1 << 16) - 1, fp);
	fclose(fp);
	return buf;
}

/* Writes the import's four files into a new folder (returned; the caller frees). */
static char *write_all(const sn_import_t *imp)
{
	char *dir = temp_dir();
	FILE *fps[SN_IMPORT_NFILES];

	for (size_t i = 0; i < SN_IMPORT_NFILES; i++) {
		char path[4200];
		snprintf(path, sizeof path, "%s/%s", dir, sn_import_file_name(i));
		ck_assert_ptr_nonnull(fps[i] = fopen(path, "w"));
	}
	ck_assert_int_eq(sn_import_write(imp, fps), SN_OK);
	for (size_t i = 0; i < SN_IMPORT_NFILES; i++)
		fclose(fps[i]);
	return dir;
}

START_TEST(test_cordis_fixture_counts_merges_and_filter)
{
	sn_import_options_t opts = { "SE" };
	sn_import_t *imp;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, &opts, NULL), SN_OK);
	ck_assert_int_eq(sn_import_cordis(imp, fixture("import/cordis"), &diag), SN_OK);
	const sn_import_report_t *r = sn_import_report(imp);
	/* 4 project rows + 11 organisation rows; RUBICON (690850) has no Swedish participant. */
	ck_assert_uint_eq(r->rows, 15);
	ck_assert_uint_eq(r->skipped_filter, 3);
	ck_assert_uint_eq(r->projects, 3);
	/* Uppsala kommun thrice (PIC only, then VAT with the orgnr): one actor. */
	ck_assert_uint_eq(r->actors, 7);
	ck_assert_uint_eq(r->participations, 9);
	ck_assert_uint_eq(r->merged_pic, 1);
	ck_assert_uint_eq(r->merged_orgnr, 1);
	/* SE556000000001 fails the Luhn check: a warning, keyed by its PIC instead. */
	ck_assert_uint_eq(r->invalid_orgnr, 1);
	ck_assert_uint_eq(diag.errors, 0);
	char *dir = write_all(imp);
	char *projects = slurp(dir, "projects.csv"), *members = slurp(dir, "memberships.csv");
	/* The title with a quoted line break survives; the project total is never a partner's. */
	ck_assert_ptr_nonnull(strstr(projects, "\"Implementation of activities\ndescribed in the Roadmap\""));
	ck_assert_ptr_nonnull(strstr(projects, ",2073781.25,2000000,EUR,"));
	ck_assert_ptr_nonnull(strstr(members, "cordis-633053,pic-999777666,partner,associated,0,EUR,\n"));
	ck_assert_ptr_null(strstr(members, "2073781.25"));
	free(projects);
	free(members);
	free(dir);
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_doubled_quote_opening_a_field_is_read_as_python_does)
{
	/* Python: csv.reader(['project;actor', 'p1;""Quoted"" name, AB""'], delimiter=';')
	 * gives ['p1', 'Quoted"" name, AB""']: quoting ends at the second quote and the rest
	 * is literal.  A reader taking the doubled quotes as escapes would not. */
	static const char text[] = "project;actor\np1;\"\"Quoted\"\" name, AB\"\"\n";
	char *path = temp_file(text, sizeof text - 1);
	sn_import_table_spec_t spec = { 0 };
	sn_import_t *imp;
	sn_diag_t diag;

	spec.project = "project";
	spec.actor = "actor";
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_import_table(imp, path, &spec, &diag), SN_OK);
	char *dir = write_all(imp);
	char *actors = slurp(dir, "actors.csv");
	/* Written back with CSV escaping: "Quoted"""" name, AB""""". */
	ck_assert_ptr_nonnull(strstr(actors, ",\"Quoted\"\"\"\" name, AB\"\"\"\"\","));
	free(actors);
	free(dir);
	unlink(path);
	free(path);
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_registers_merge_on_orgnr_and_diarienummer_across_sources)
{
	sn_import_t *imp;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_import_kohesio(imp, fixture("import/kohesio_SE.csv"), &diag), SN_OK);
	ck_assert_int_eq(sn_import_esf(imp, fixture("import/esf_projektbanken.csv"), &diag), SN_OK);
	const sn_import_report_t *r = sn_import_report(imp);
	/* Kohesio: 6 operations, one without a beneficiary (skipped, no project): 5 projects and
	 * 5 actors (the Finnish one kept: no country filter).  ESF: 23-017-S01 is Kohesio's 2021SE05SFPR001_23-017-S01 and
	 * Uppsala kommun's orgnr 2120003005 is Kohesio's: one project and one actor more each
	 * for the other two rows. */
	ck_assert_uint_eq(r->rows, 9);
	ck_assert_uint_eq(r->skipped_no_actor, 1);
	ck_assert_uint_eq(r->projects, 5 + 2);
	ck_assert_uint_eq(r->actors, 5 + 2);
	ck_assert_uint_eq(r->merged_orgnr, 1);
	ck_assert_uint_eq(r->cross_source, 1);
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_keep_xlsx_joins_partners_by_programme_and_types_by_vocabulary)
{
	sn_import_options_t opts = { "SE" };
	sn_import_t *imp;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, &opts, NULL), SN_OK);
	ck_assert_int_eq(sn_import_keep(imp, fixture("import/keep_search_results.xlsx"), &diag), SN_OK);
	const sn_import_report_t *r = sn_import_report(imp);
	/* 3 project rows + 5 partner rows; ALPS (Italy-Austria) has no Swedish partner.  COBEN in
	 * the North Sea and COBEN (C001) in the Baltic Sea Region are two projects. */
	ck_assert_uint_eq(r->rows, 8);
	ck_assert_uint_eq(r->skipped_filter, 2);
	ck_assert_uint_eq(r->projects, 2);
	/* Uppsala kommun: PIC 951881080 twice, one actor; Aalborg (no id) by name+DK+DK050. */
	ck_assert_uint_eq(r->actors, 3);
	ck_assert_uint_eq(r->merged_pic, 1);
	ck_assert_uint_eq(r->participations, 4);
	char *dir = write_all(imp);
	char *actors = slurp(dir, "actors.csv"), *aliases = slurp(dir, "aliases.csv");
	ck_assert_ptr_nonnull(strstr(actors, "\nse-2321000255,Region Skåne,region,12,,SE,"));
	ck_assert_ptr_nonnull(strstr(actors, "\naalborg-kommune-DK,Aalborg Kommune,kommun,,,DK,"));
	/* "SE 212000-3005" in "Partner's ID if not PIC" (a U+2019 in the real header). */
	ck_assert_ptr_nonnull(strstr(aliases, "pic-951881080,orgnr,2120003005\n"));
	free(actors);
	free(aliases);
	free(dir);
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_keep_on_a_file_that_is_not_a_zip_is_an_io_error)
{
	sn_import_t *imp;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, NULL, NULL), SN_OK);
	/* A CSV is not a zip: an I/O error naming the file. */
	ck_assert_int_eq(sn_import_keep(imp, fixture("import/table.csv"), &diag), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "not a readable XLSX"));
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_malformed_amount_is_an_error_at_its_cell)
{
	static const char text[] = "p,a,amt\nP1,Org,12x\n";
	char *path = temp_file(text, sizeof text - 1);
	sn_import_table_spec_t spec = { 0 };
	sn_import_t *imp;
	sn_diag_t diag;

	spec.project = "p";
	spec.actor = "a";
	spec.amount = "amt";
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_import_table(imp, path, &spec, &diag), SN_EDATA);
	ck_assert_uint_eq(diag.errors, 1);
	ck_assert_uint_eq(diag.entries[0].line, 2);
	ck_assert_uint_eq(diag.entries[0].column, 3);
	unlink(path);
	free(path);
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_table_never_merges_two_orgnr_by_their_name)
{
	/* doc/importers.md, identity rule 4: never the name alone.  One name under two valid
	 * orgnr (Luhn digits worked by hand) is two actors and one suspected duplicate group;
	 * a row without an id is keyed by its name within the table. */
	static const char text[] = "project,actor,orgnr\n"
				   "p1,\xc3\x96rebro universitet,202100-2932\n"
				   "p2,\xc3\x96rebro universitet,556000-0001\n"
				   "p3,Ideell f\xc3\xb6rening,\n"
				   "p4,Ideell f\xc3\xb6rening,\n";
	char *path = temp_file(text, sizeof text - 1);
	sn_import_table_spec_t spec = { 0 };
	sn_import_t *imp;
	sn_diag_t diag;

	spec.project = "project";
	spec.actor = "actor";
	spec.actor_id = "orgnr";
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_import_table(imp, path, &spec, &diag), SN_OK);
	ck_assert_uint_eq(sn_import_report(imp)->actors, 3);
	ck_assert_uint_eq(sn_import_report(imp)->merged_id, 1);
	ck_assert_uint_eq(sn_import_duplicates(imp), 1);
	ck_assert_uint_eq(sn_import_duplicate_size(imp, 0), 2);
	unlink(path);
	free(path);
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("import");
	TCase *tc = tcase_create("rules");

	tcase_add_test(tc, test_orgnr_normalise_accepts_every_written_form);
	tcase_add_test(tc, test_orgnr_normalise_rejects_a_wrong_check_digit_or_length);
	tcase_add_test(tc, test_nuts3_lan_matches_the_reference_table);
	tcase_add_test(tc, test_parse_date_reads_iso_european_and_excel_dates);
	tcase_add_test(tc, test_parse_amount_takes_either_decimal_mark_and_spaces);
	tcase_add_test(tc, test_infer_type_follows_the_documented_rules);
	tcase_add_test(tc, test_cordis_fixture_counts_merges_and_filter);
	tcase_add_test(tc, test_doubled_quote_opening_a_field_is_read_as_python_does);
	tcase_add_test(tc, test_registers_merge_on_orgnr_and_diarienummer_across_sources);
	tcase_add_test(tc, test_keep_xlsx_joins_partners_by_programme_and_types_by_vocabulary);
	tcase_add_test(tc, test_keep_on_a_file_that_is_not_a_zip_is_an_io_error);
	tcase_add_test(tc, test_malformed_amount_is_an_error_at_its_cell);
	tcase_add_test(tc, test_table_never_merges_two_orgnr_by_their_name);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
