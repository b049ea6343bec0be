/*
 * Tests of the table format's width (sn_doc_set_width(), sn_doc_table_priority(),
 * the wrapped meta lines)
 * and of sn_doc_select_columns() (export/doc.c).  Expected layouts are worked
 * out by hand from the contract in samnet/doc.h: two blanks between columns,
 * widths in code points.
 */
#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "samnet.h"
#include "testutil.h"

/* A document with one table: id, name, then `nnum` whole-number columns n0, n1, ... */
static sn_doc_t *make_doc(const char *name, size_t nnum, const int *priority)
{
	sn_doc_t *d = NULL;
	sn_doc_table_t *t = NULL;
	char col[16];

	ck_assert_int_eq(sn_doc_new(&d, "test"), SN_OK);
	ck_assert_int_eq(sn_doc_table_new(&t, "rows", NULL), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "id", SN_COL_STR), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "name", SN_COL_STR), SN_OK);
	for (size_t j = 0; j < nnum; j++) {
		snprintf(col, sizeof col, "n%zu", j);
		ck_assert_int_eq(sn_doc_table_column(t, col, SN_COL_INT), SN_OK);
		if (priority)
			ck_assert_int_eq(sn_doc_table_priority(t, 2 + j, priority[j]), SN_OK);
	}
	ck_assert_int_eq(sn_doc_table_row(t), SN_OK);
	ck_assert_int_eq(sn_doc_table_str(t, 0, "a1"), SN_OK);
	ck_assert_int_eq(sn_doc_table_str(t, 1, name), SN_OK);
	for (size_t j = 0; j < nnum; j++)
		ck_assert_int_eq(sn_doc_table_int(t, 2 + j, 1234567890), SN_OK);  /* 10 wide */
	ck_assert_int_eq(sn_doc_add_table(d, t), SN_OK);
	return d;
}

/* The document rendered in format f; the caller frees it. */
static char *render(const sn_doc_t *d, sn_format_t f)
{
	sn_writer_t *w = NULL;
	size_t len;

	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_doc_write(w, d, f, 0), SN_OK);
	char *out = strdup(sn_writer_data(w, &len));
	sn_writer_free(w);
	ck_assert_ptr_nonnull(out);
	return out;
}

/* Code points of the widest line. */
static size_t widest_line(const char *s)
{
	size_t widest = 0, w = 0;

	for (; *s; s++) {
		if (*s == '\n') {
			widest = w > widest ? w : widest;
			w = 0;
		} else {
			w += ((unsigned char)*s & 0xC0) != 0x80;
		}
	}
	return w > widest ? w : widest;
}

START_TEST(test_no_width_shows_everything)
{
	sn_doc_t *d = make_doc("Name", 10, NULL);
	char *out = render(d, SN_FORMAT_TABLE);

	/* id 2, name 4, ten columns of 10, 11 gaps of 2: 128. */
	ck_assert_uint_eq(widest_line(out), 128);
	ck_assert_ptr_null(strstr(out, "left out"));
	free(out);
	sn_doc_free(d);
}
END_TEST

START_TEST(test_priorities_drop_highest_then_rightmost)
{
	/* 128 wide; at 100, 28 columns must go: two numeric columns (12 each) are not
	   enough (104), three are (92).  Priority 2 goes first (n1), then the rightmost
	   priority 1 (n9, then n8); n0 (priority 0) stays. */
	int prio[10] = { 0, 2, 1, 1, 1, 1, 1, 1, 1, 1 };
	sn_doc_t *d = make_doc("Name", 10, prio);

	sn_doc_set_width(d, 100);
	char *out = render(d, SN_FORMAT_TABLE);
	ck_assert_uint_le(widest_line(out), 100);
	ck_assert_ptr_nonnull(strstr(out, "id  name          n0          n2          n3          n4"
					  "          n5          n6          n7\n"));
	ck_assert_ptr_nonnull(strstr(out, "(left out: n1, n8, n9; --wide or --columns shows them)\n"));
	free(out);
	sn_doc_free(d);
}
END_TEST

START_TEST(test_long_text_cut_with_ellipsis_by_code_points)
{
	/* 40 å (80 bytes): cut to 30 code points, 29 å and the ellipsis. */
	char name[81] = "", want[29 * 2 + sizeof "\u2026"] = "";
	for (int i = 0; i < 40; i++)
		strcat(name, "\u00e5");
	for (int i = 0; i < 29; i++)
		strcat(want, "\u00e5");
	strcat(want, "\u2026");
	int prio[4] = { 0, 0, 0, 0 };
	sn_doc_t *d = make_doc(name, 4, prio);   /* 2 + 40 + 4 * 10 + 10 = 92 */

	/* Text is cut only as far as the width needs: to 30 at 82. */
	sn_doc_set_width(d, 82);
	char *out = render(d, SN_FORMAT_TABLE);
	ck_assert_ptr_nonnull(strstr(out, want));
	ck_assert_ptr_null(strstr(out, name));
	ck_assert_uint_eq(widest_line(out), 2 + 2 + 30 + 4 * 12);
	free(out);

	/* Machine formats are never cut. */
	out = render(d, SN_FORMAT_CSV);
	ck_assert_ptr_nonnull(strstr(out, name));
	free(out);
	sn_doc_free(d);
}
END_TEST

START_TEST(test_text_cut_below_30_when_nothing_can_go)
{
	/* Nothing droppable: 2 + 30 + 6 * 10 + 14 = 106 > 100 after the first cut, so
	   the name goes down to 24 (100 wide). */
	sn_doc_t *d = make_doc("Abcdefghijklmnopqrstuvwxyz0123456789", 6, NULL);

	sn_doc_set_width(d, 100);
	char *out = render(d, SN_FORMAT_TABLE);
	ck_assert_uint_eq(widest_line(out), 100);
	ck_assert_ptr_nonnull(strstr(out, "Abcdefghijklmnopqrstuvw\u2026"));
	free(out);
	sn_doc_free(d);
}
END_TEST

START_TEST(test_select_columns_orders_and_checks_names)
{
	sn_doc_t *d = make_doc("Name", 3, NULL);
	const char *pick[] = { "n2", "id" }, *bad[] = { "id", "n7" }, *twice[] = { "id", "id" };

	ck_assert_int_eq(sn_doc_select_columns(d, bad, 2), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "unknown column 'n7'"));
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "(valid: id, name, n0, n1, n2)"));
	const char *typo[] = { "nmae" };
	ck_assert_int_eq(sn_doc_select_columns(d, typo, 1), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "did you mean 'name'?"));
	ck_assert_int_eq(sn_doc_select_columns(d, twice, 2), SN_EINVAL);
	ck_assert_uint_eq(sn_doc_table_ncols(sn_doc_table_at(d, 0)), 5);   /* unchanged */
	ck_assert_int_eq(sn_doc_select_columns(d, pick, 2), SN_OK);
	char *out = render(d, SN_FORMAT_CSV);
	ck_assert_str_eq(out, "n2,id\n1234567890,a1\n");
	free(out);
	sn_doc_free(d);
}
END_TEST

START_TEST(test_priority_of_missing_column_is_misuse)
{
	sn_doc_table_t *t = NULL;

	ck_assert_int_eq(sn_doc_table_new(&t, "t", NULL), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "a", SN_COL_STR), SN_OK);
	ck_assert_int_eq(sn_doc_table_priority(t, 1, 1), SN_EINVAL);
	ck_assert_int_eq(sn_doc_table_priority(t, 0, -1), SN_EINVAL);
	ck_assert_int_eq(sn_doc_table_priority(t, 0, 3), SN_OK);
	sn_doc_table_free(t);
}
END_TEST

/*
 * Meta lines wrap at blanks to the width: the first line below is exactly 60
 * code points (61 bytes: the "å"), the next word would make it 62; lines
 * after the first are indented by two blanks.  A line that fits, and any
 * line without a width, is left whole.
 */
START_TEST(test_meta_lines_wrap_at_blanks_by_code_points)
{
	static const char value[] = "undirected Bernoulli graph of this density and å group sizes "
				    "(sna's directed model would give larger z-scores)";
	sn_doc_t *d = NULL;

	ck_assert_int_eq(sn_doc_new(&d, "test"), SN_OK);
	ck_assert_int_eq(sn_doc_meta(d, "seed", "%d", 1), SN_OK);
	ck_assert_int_eq(sn_doc_meta(d, "null model", "%s", value), SN_OK);
	sn_doc_set_width(d, 60);
	char *out = render(d, SN_FORMAT_TABLE);
	ck_assert_str_eq(out, "seed: 1\n"
			      "null model: undirected Bernoulli graph of this density and å\n"
			      "  group sizes (sna's directed model would give larger\n"
			      "  z-scores)\n");
	free(out);
	sn_doc_set_width(d, 0);
	out = render(d, SN_FORMAT_TABLE);
	ck_assert_str_eq(out, "seed: 1\nnull model: undirected Bernoulli graph of this density and å "
			      "group sizes (sna's directed model would give larger z-scores)\n");
	free(out);
	sn_doc_free(d);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("doc_fit");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_no_width_shows_everything);
	tcase_add_test(tc, test_priorities_drop_highest_then_rightmost);
	tcase_add_test(tc, test_long_text_cut_with_ellipsis_by_code_points);
	tcase_add_test(tc, test_text_cut_below_30_when_nothing_can_go);
	tcase_add_test(tc, test_select_columns_orders_and_checks_names);
	tcase_add_test(tc, test_priority_of_missing_column_is_misuse);
	tcase_add_test(tc, test_meta_lines_wrap_at_blanks_by_code_points);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
