/* Tests of the table reader and number parsing (base/table.c, base/number.c). */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>

#include "samnet.h"
#include "testutil.h"

/* Opens `text` as a table; the caller frees the table and unlinks *path_out. */
static sn_table_t *open_text(const char *text, size_t len, const sn_table_options_t *opts,
			     sn_diag_t *diag, char **path_out, sn_error_t *err_out)
{
	sn_table_t *t = NULL;
	char *path = temp_file(text, len);

	ck_assert_ptr_nonnull(path);
	*err_out = sn_table_open(&t, path, "t.csv", opts, diag);
	*path_out = path;
	return t;
}

#define OPEN(text, opts, diag, path, err) open_text(text, sizeof(text) - 1, opts, diag, path, err)

static void finish(sn_table_t *t, char *path, sn_diag_t *diag)
{
	sn_table_free(t);
	unlink(path);
	free(path);
	sn_diag_destroy(diag);
}

START_TEST(test_table_open_plain_file_reads_header_and_rows)
{
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_table_t *t = OPEN("id,name\n1,Åre\n2,\"Malmö, stad\"\n", NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_int_eq(sn_table_ncols(t), 2);
	ck_assert_int_eq(sn_table_separator(t), ',');
	ck_assert_int_eq(sn_table_find(t, "name"), 1);
	ck_assert_int_eq(sn_table_find(t, "nope"), -1);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_str_eq(sn_table_field(t, 1), "Åre");
	ck_assert_int_eq(sn_table_line(t), 2);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_str_eq(sn_table_field(t, 1), "Malmö, stad");
	ck_assert_int_eq(sn_table_line(t), 3);
	ck_assert_int_eq(sn_table_next(t, &diag), 0);
	ck_assert_int_eq(diag.count, 0);
	finish(t, path, &diag);
}
END_TEST

/* Reads every row of both texts and requires equal fields and equal numbers. */
START_TEST(test_table_excel_dialect_reads_like_plain_twin)
{
	static const char plain[] = "id,amount,name\na,1234.5,Växjö\nb,-0.25,\"Ö, ja\"\n";
	static const char excel[] = "\xEF\xBB\xBFid;amount;name\r\na;1 234,5;Växjö\r\nb;-0,25;Ö, ja\r\n";
	sn_diag_t d1, d2;
	char *p1, *p2;
	sn_error_t e1, e2;

	sn_diag_init(&d1);
	sn_diag_init(&d2);
	sn_table_t *t1 = OPEN(plain, NULL, &d1, &p1, &e1);
	sn_table_t *t2 = OPEN(excel, NULL, &d2, &p2, &e2);
	ck_assert_int_eq(e1, SN_OK);
	ck_assert_int_eq(e2, SN_OK);
	ck_assert_int_eq(sn_table_separator(t2), ';');
	ck_assert_str_eq(sn_table_colname(t2, 0), "id");
	for (int row = 0; row < 2; row++) {
		double a1 = NAN, a2 = NAN;
		ck_assert_int_eq(sn_table_next(t1, &d1), 1);
		ck_assert_int_eq(sn_table_next(t2, &d2), 1);
		for (size_t c = 0; c < 3; c++)
			if (c != 1)
				ck_assert_str_eq(sn_table_field(t1, c), sn_table_field(t2, c));
		ck_assert_int_eq(sn_table_get_double(t1, 1, -1e9, 1e9, "amount", &a1, &d1), 1);
		ck_assert_int_eq(sn_table_get_double(t2, 1, -1e9, 1e9, "amount", &a2, &d2), 1);
		ck_assert_double_eq(a1, a2);
	}
	ck_assert_int_eq(sn_table_next(t2, &d2), 0);
	ck_assert_int_eq(d1.count + d2.count, 0);
	finish(t1, p1, &d1);
	finish(t2, p2, &d2);
}
END_TEST

START_TEST(test_table_next_quoted_newline_keeps_row_start_line)
{
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_table_t *t = OPEN("a,b\n\n1,\"two\nlines\"\n\n3,4\n", NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_int_eq(sn_table_line(t), 3);
	ck_assert_str_eq(sn_table_field(t, 1), "two\nlines");
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_int_eq(sn_table_line(t), 6);
	ck_assert_str_eq(sn_table_field(t, 0), "3");
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_next_bad_rows_all_reported_in_one_pass)
{
	sn_diag_t diag;
	char *path;
	sn_error_t err;
	int rows = 0;

	sn_diag_init(&diag);
	sn_table_t *t = OPEN("a,b,c\n1,2\n1,2,3\n1,2,3,4\nx,\xE4ngel,z\n1,2,3,,\n", NULL, &diag,
			     &path, &err);
	ck_assert_int_eq(err, SN_OK);
	while (sn_table_next(t, &diag) == 1)
		rows++;
	/* Line 6 has only empty extra cells (spreadsheet padding): accepted. */
	ck_assert_int_eq(rows, 2);
	ck_assert_int_eq(diag.errors, 3);
	ck_assert(diag_has(&diag, "t.csv:2:2: row has 2 fields, the header has 3"));
	ck_assert(diag_has(&diag, "t.csv:4:4: row has 4 fields, the header has 3"));
	ck_assert(diag_has(&diag, "t.csv:5:2: invalid UTF-8 (0xE4 at byte 1 of the field); "
				  "save the file as UTF-8 or read it as Latin-1"));
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_latin1_option_converts_to_utf8)
{
	sn_table_options_t opts = SN_TABLE_OPTIONS_INIT;
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	opts.latin1 = true;
	sn_diag_init(&diag);
	sn_table_t *t = OPEN("name\nMalm\xF6\n", &opts, &diag, &path, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_str_eq(sn_table_field(t, 0), "Malmö");
	ck_assert_int_eq(diag.count, 0);
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_next_unterminated_quote_reported)
{
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_table_t *t = OPEN("a,b\n1,2\n3,\"open\n5,6\n", NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_int_eq(sn_table_next(t, &diag), 0);
	ck_assert(diag_has(&diag, "t.csv:3:2: unterminated quoted field (the quote opens on line 3)"));
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_next_nul_byte_reported)
{
	static const char text[] = "a,b\n1,x\0y\n";
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_table_t *t = open_text(text, sizeof text - 1, NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_int_eq(sn_table_next(t, &diag), 0);
	ck_assert(diag_has(&diag, "t.csv:2:2: field contains a NUL byte"));
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_next_field_over_limit_reported)
{
	sn_table_options_t opts = SN_TABLE_OPTIONS_INIT;
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	opts.max_field = 4;
	sn_diag_init(&diag);
	sn_table_t *t = OPEN("a\nabcd\nabcde\n", &opts, &diag, &path, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_int_eq(sn_table_next(t, &diag), 0);
	ck_assert(diag_has(&diag, "t.csv:3:1: field is longer than the limit of 4 bytes"));
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_open_bad_headers_reported)
{
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_table_t *t = OPEN("id,name,id,\n1,2,3,4\n", NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_EDATA);
	ck_assert_ptr_null(t);
	ck_assert(diag_has(&diag, "t.csv:1:3: duplicate column name 'id' in the header"));
	ck_assert(diag_has(&diag, "t.csv:1:4: empty column name in the header"));
	finish(t, path, &diag);

	sn_diag_init(&diag);
	t = OPEN("", NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_EDATA);
	ck_assert(diag_has(&diag, "t.csv: the file is empty: a header row is required"));
	finish(t, path, &diag);

	sn_diag_init(&diag);
	t = OPEN("\xFF\xFEi\0d\0", NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_EDATA);
	ck_assert(diag_has(&diag, "t.csv:1: the file is UTF-16; save it as UTF-8"));
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_open_header_only_has_no_rows)
{
	sn_diag_t diag;
	char *path;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_table_t *t = OPEN("id,name\r\n", NULL, &diag, &path, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_str_eq(sn_table_colname(t, 1), "name");
	ck_assert_int_eq(sn_table_next(t, &diag), 0);
	ck_assert_int_eq(diag.count, 0);
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_table_open_directory_or_missing_is_io_error)
{
	sn_diag_t diag;
	sn_table_t *t = NULL;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_table_open(&t, "/tmp", NULL, NULL, &diag), SN_EIO);
	ck_assert_str_eq(sn_error_last(), "/tmp: is a directory, not a CSV file");
	ck_assert_int_eq(sn_table_open(&t, "/nonexistent/x.csv", NULL, NULL, &diag), SN_EIO);
	ck_assert_str_eq(sn_error_last(), "/nonexistent/x.csv: No such file or directory");
	ck_assert_ptr_null(t);
	sn_diag_destroy(&diag);
}
END_TEST

/* Rows that straddle the 64 KiB read chunks keep their content and line numbers. */
START_TEST(test_table_next_many_rows_across_chunks)
{
	enum { ROWS = 20000 };
	size_t cap = 64 + ROWS * 40, len = 0;
	char *text = malloc(cap);
	sn_diag_t diag;
	sn_table_t *t = NULL;

	ck_assert_ptr_nonnull(text);
	len += (size_t)sprintf(text, "n,label\n");
	for (int i = 0; i < ROWS; i++)
		len += (size_t)sprintf(text + len, "%d,\"row %d, Ö\"\n", i, i);
	char *path = temp_file(text, len);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_table_open(&t, path, NULL, NULL, &diag), SN_OK);
	for (int i = 0; i < ROWS; i++) {
		int64_t n = -1;
		char want[64];
		ck_assert_int_eq(sn_table_next(t, &diag), 1);
		ck_assert_int_eq(sn_table_get_int64(t, 0, 0, ROWS, "n", &n, &diag), 1);
		ck_assert_int_eq(n, i);
		ck_assert_int_eq(sn_table_line(t), (size_t)i + 2);
		sprintf(want, "row %d, Ö", i);
		ck_assert_str_eq(sn_table_field(t, 1), want);
	}
	ck_assert_int_eq(sn_table_next(t, &diag), 0);
	ck_assert_int_eq(diag.count, 0);
	free(text);
	finish(t, path, &diag);
}
END_TEST

START_TEST(test_parse_double_swedish_forms_accepted)
{
	double v;

	ck_assert_int_eq(sn_parse_double("1 234,5", &v), SN_OK);
	ck_assert_double_eq(v, 1234.5);
	ck_assert_int_eq(sn_parse_double("2\xC2\xA0" "500\xE2\x80\xAF" "000", &v), SN_OK);
	ck_assert_double_eq(v, 2500000);
	ck_assert_int_eq(sn_parse_double(" -0.25 ", &v), SN_OK);
	ck_assert_double_eq(v, -0.25);
	ck_assert_int_eq(sn_parse_double("1e3", &v), SN_OK);
	ck_assert_double_eq(v, 1000);
}
END_TEST

/* A caller's setlocale() must not change what a number means (sv_SE writes 3,5). */
START_TEST(test_parse_double_ignores_caller_locale)
{
	double v;

	ck_assert_msg(setlocale(LC_NUMERIC, "sv_SE.UTF-8") != NULL,
		      "locale sv_SE.UTF-8 missing: run scripts/deps.sh --test");
	ck_assert_int_eq(sn_parse_double("3.5", &v), SN_OK);
	ck_assert_double_eq(v, 3.5);
	ck_assert_int_eq(sn_parse_double("1 234,25", &v), SN_OK);
	ck_assert_double_eq(v, 1234.25);
	setlocale(LC_NUMERIC, "C");
}
END_TEST

START_TEST(test_parse_double_junk_rejected)
{
	const char *bad[] = { "", "nan", "NaN", "inf", "-Infinity", "1e999", "12abc", "0x10",
			      "1,2,3", "1.2.3", ".", "-", "1e", "1,234.5" };
	double v = 7;

	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_msg(sn_parse_double(bad[i], &v) == SN_EDATA, "accepted '%s'", bad[i]);
	ck_assert_double_eq(v, 7);
}
END_TEST

START_TEST(test_parse_int64_range_checked)
{
	int64_t v;

	ck_assert_int_eq(sn_parse_int64("9223372036854775807", &v), SN_OK);
	ck_assert(v == INT64_MAX);
	ck_assert_int_eq(sn_parse_int64("9223372036854775808", &v), SN_ELIMIT);
	ck_assert_int_eq(sn_parse_int64("12.5", &v), SN_EDATA);
	ck_assert_int_eq(sn_parse_int64("-5", &v), SN_OK);
	ck_assert(v == -5);
}
END_TEST

START_TEST(test_table_get_int64_messages_name_quantity)
{
	sn_diag_t diag;
	char *path;
	sn_error_t err;
	int64_t v = 42;

	sn_diag_init(&diag);
	sn_table_t *t = OPEN("p\n-5\nabc\n99999999999999999999\n\n", NULL, &diag, &path, &err);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_int_eq(sn_table_get_int64(t, 0, 0, INT64_MAX, "population", &v, &diag), SN_EDATA);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_int_eq(sn_table_get_int64(t, 0, 0, INT64_MAX, "population", &v, &diag), SN_EDATA);
	ck_assert_int_eq(sn_table_next(t, &diag), 1);
	ck_assert_int_eq(sn_table_get_int64(t, 0, 0, INT64_MAX, "population", &v, &diag), SN_EDATA);
	ck_assert(v == 42);
	ck_assert(diag_has(&diag, "t.csv:2:1: population must not be negative, got '-5'"));
	ck_assert(diag_has(&diag, "t.csv:3:1: population: expected a whole number, got 'abc'"));
	ck_assert(diag_has(&diag, "t.csv:4:1: population '99999999999999999999' is out of range "
				  "[0, 9223372036854775807]"));
	finish(t, path, &diag);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("table");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_table_open_plain_file_reads_header_and_rows);
	tcase_add_test(tc, test_table_excel_dialect_reads_like_plain_twin);
	tcase_add_test(tc, test_table_next_quoted_newline_keeps_row_start_line);
	tcase_add_test(tc, test_table_next_bad_rows_all_reported_in_one_pass);
	tcase_add_test(tc, test_table_latin1_option_converts_to_utf8);
	tcase_add_test(tc, test_table_next_unterminated_quote_reported);
	tcase_add_test(tc, test_table_next_nul_byte_reported);
	tcase_add_test(tc, test_table_next_field_over_limit_reported);
	tcase_add_test(tc, test_table_open_bad_headers_reported);
	tcase_add_test(tc, test_table_open_header_only_has_no_rows);
	tcase_add_test(tc, test_table_open_directory_or_missing_is_io_error);
	tcase_add_test(tc, test_table_next_many_rows_across_chunks);
	tcase_add_test(tc, test_parse_double_swedish_forms_accepted);
	tcase_add_test(tc, test_parse_double_ignores_caller_locale);
	tcase_add_test(tc, test_parse_double_junk_rejected);
	tcase_add_test(tc, test_parse_int64_range_checked);
	tcase_add_test(tc, test_table_get_int64_messages_name_quantity);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
