/*
 * tests/doc_util.h: reading result documents back in Check tests that use
 * <samnet.h> alone (tests/testutil.h needs the igraph-typed API), and
 * writing small fixture files.
 */
#ifndef SAMNET_TESTS_DOC_UTIL_H
#define SAMNET_TESTS_DOC_UTIL_H

#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <samnet.h>

/* The table named `name` of `doc`, failing when there is none. */
static inline const sn_doc_table_t *table_named(const sn_doc_t *doc, const char *name)
{
	for (size_t i = 0; i < sn_doc_ntables(doc); i++)
		if (strcmp(sn_doc_table_name(sn_doc_table_at(doc, i)), name) == 0)
			return sn_doc_table_at(doc, i);
	ck_abort_msg("no table %s", name);
	return NULL;
}

/* The column named `name` of table `t`, failing when there is none. */
static inline size_t column(const sn_doc_table_t *t, const char *name)
{
	for (size_t c = 0; c < sn_doc_table_ncols(t); c++)
		if (strcmp(sn_doc_table_colname(t, c), name) == 0)
			return c;
	ck_abort_msg("table %s has no column %s", sn_doc_table_name(t), name);
	return 0;
}

/* The row whose column `col` is `value`, failing when there is none. */
static inline size_t row_of(const sn_doc_table_t *t, size_t col, const char *value)
{
	const char *s;

	for (size_t r = 0; r < sn_doc_table_nrows(t); r++)
		if (sn_doc_table_get_str(t, r, col, &s) == SN_OK && strcmp(s, value) == 0)
			return r;
	ck_abort_msg("table %s has no row %s", sn_doc_table_name(t), value);
	return 0;
}

/* The text of cell (row, column named `col`), failing when it is not text. */
static inline const char *cell(const sn_doc_table_t *t, size_t row, const char *col)
{
	const char *s = NULL;

	ck_assert_int_eq(sn_doc_table_get_str(t, row, column(t, col), &s), SN_OK);
	return s;
}

/* The real number of cell (row, column named `col`), failing when it is not a number. */
static inline double real_at(const sn_doc_table_t *t, size_t row, const char *col)
{
	double x = NAN;

	ck_assert_int_eq(sn_doc_table_get_real(t, row, column(t, col), &x), SN_OK);
	return x;
}

/* The whole number of cell (row, column named `col`), failing when it is not one. */
static inline int64_t int_at(const sn_doc_table_t *t, size_t row, const char *col)
{
	int64_t x = -1;

	ck_assert_int_eq(sn_doc_table_get_int(t, row, column(t, col), &x), SN_OK);
	return x;
}

/* Writes `text` to dir/name. */
static inline void write_file(const char *dir, const char *name, const char *text)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

#endif
