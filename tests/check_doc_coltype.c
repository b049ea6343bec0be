/*
 * Tests of sn_doc_table_coltype() (export/doc.c): a binding reads back the type each column
 * was declared with, also for a table without rows or a column whose cells are all missing,
 * where the cells cannot tell (the contract in samnet/doc.h).  Uses only <samnet.h>.
 */
#include <check.h>
#include <string.h>

#include <samnet.h>

#include "testutil.h"

START_TEST(test_declared_types_without_rows)
{
	sn_doc_table_t *t = NULL;
	sn_coltype_t type = SN_COL_STR;
	const sn_coltype_t declared[] = { SN_COL_STR, SN_COL_INT, SN_COL_REAL, SN_COL_SHARE };
	const char *names[] = { "id", "count", "value", "share" };

	ck_assert_int_eq(sn_doc_table_new(&t, "rows", NULL), SN_OK);
	for (size_t c = 0; c < 4; c++)
		ck_assert_int_eq(sn_doc_table_column(t, names[c], declared[c]), SN_OK);
	ck_assert_uint_eq(sn_doc_table_nrows(t), 0);
	for (size_t c = 0; c < 4; c++) {
		ck_assert_int_eq(sn_doc_table_coltype(t, c, &type), SN_OK);
		ck_assert_int_eq(type, declared[c]);
	}
	sn_doc_table_free(t);
}
END_TEST

START_TEST(test_type_is_the_declared_one_whatever_the_cells)
{
	sn_doc_table_t *t = NULL;
	sn_coltype_t type = SN_COL_STR;
	double d = 0;

	ck_assert_int_eq(sn_doc_table_new(&t, "rows", NULL), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "n", SN_COL_INT), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "missing", SN_COL_REAL), SN_OK);
	ck_assert_int_eq(sn_doc_table_row(t), SN_OK);
	/* Any kind of value may go in any column: a real in a whole-number column. */
	ck_assert_int_eq(sn_doc_table_real(t, 0, 2.5), SN_OK);
	ck_assert_int_eq(sn_doc_table_get_real(t, 0, 0, &d), SN_OK);
	ck_assert_double_eq(d, 2.5);
	ck_assert_int_eq(sn_doc_table_coltype(t, 0, &type), SN_OK);
	ck_assert_int_eq(type, SN_COL_INT);
	/* A column whose only cell is missing keeps its declared type. */
	ck_assert_int_eq(sn_doc_table_get_real(t, 0, 1, &d), SN_EINVAL);
	ck_assert_int_eq(sn_doc_table_coltype(t, 1, &type), SN_OK);
	ck_assert_int_eq(type, SN_COL_REAL);
	sn_doc_table_free(t);
}
END_TEST

START_TEST(test_missing_column_is_misuse)
{
	sn_doc_table_t *t = NULL;
	sn_coltype_t type = SN_COL_SHARE;

	ck_assert_int_eq(sn_doc_table_new(&t, "rows", NULL), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "id", SN_COL_STR), SN_OK);
	ck_assert_int_eq(sn_doc_table_coltype(t, 1, &type), SN_EINVAL);
	ck_assert_int_eq(type, SN_COL_SHARE);   /* unchanged */
	ck_assert_str_eq(sn_error_last(), "table rows: no column 1");
	sn_doc_table_free(t);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("doc_coltype");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_declared_types_without_rows);
	tcase_add_test(tc, test_type_is_the_declared_one_whatever_the_cells);
	tcase_add_test(tc, test_missing_column_is_misuse);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
