/*
 * samnet/doc.h: result documents, the output layer of every analysis.
 *
 * A document is a command name, metadata (key, value) entries and named
 * tables of typed columns, rendered in one of five formats:
 *
 *   table  an aligned text table per table, "key: value" lines first; reals
 *          with `digits` significant digits (a whole number of 10^digits or
 *          more keeps its integer digits), shares as percentages ("25.98 %");
 *          C0 and C1 control characters of text written as \xHH, so that a
 *          name cannot drive a terminal;
 *   csv    RFC 4180, one header line per table, tables separated by a blank
 *          line; reals with round-trip precision (the shortest of %.15g,
 *          %.16g, %.17g that reads back to the same double), shares as
 *          fractions of 1;
 *   tsv    as csv with tabs, and tabs and line breaks inside text as spaces;
 *   json   {"command": ..., "meta": {...}, "<table>": [{...}, ...]}; a NaN
 *          or infinite number is null and listed under "nonfinite" by its
 *          JSON Pointer ("/<table>/<row>/<column>": "nan" | "inf" | "-inf");
 *          a missing cell is a null not listed;
 *   excel  CSV as a Swedish-locale spreadsheet opens it: a UTF-8 byte-order
 *          mark, ';', numbers with a decimal comma, and text that would read
 *          as a formula (starting with = + - @ tab or CR) prefixed with an
 *          apostrophe (the OWASP rule against CSV injection).
 *
 * NaN and infinities are values ("nan", "inf", "-inf"), never missing; a
 * cell never set is missing (empty; JSON null).  Numbers never depend on
 * the locale.
 *
 * Lifetime: opaque handles; sn_doc_new()/sn_doc_free() and
 * sn_doc_table_new()/sn_doc_table_free() (NULL is fine); a table added to a
 * document belongs to it.  Every function that can fail returns SN_OK or a
 * negative code with its own message (SN_ENOMEM "out of memory", SN_EINVAL
 * for a misuse named in the message); after a failure the handle is
 * unchanged apart from what the function says.
 */
#ifndef SAMNET_DOC_H
#define SAMNET_DOC_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/error.h"
#include "samnet/writer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What a column holds: it sets the alignment and what sn_doc_table_real() stores. */
typedef enum {
	SN_COL_STR,    /* text, left-aligned */
	SN_COL_INT,    /* a whole number, such as a count */
	SN_COL_REAL,   /* a real number */
	SN_COL_SHARE   /* a fraction of a whole: "25.98 %" in tables, 0.2598... elsewhere */
} sn_coltype_t;

typedef enum {
	SN_FORMAT_TABLE, SN_FORMAT_CSV, SN_FORMAT_TSV, SN_FORMAT_JSON, SN_FORMAT_EXCEL
} sn_format_t;

/* Significant digits of the table format when `digits` is 0. */
#define SN_DOC_DEFAULT_DIGITS 4

typedef struct sn_doc_table sn_doc_table_t;
typedef struct sn_doc sn_doc_t;

/* A table named `name` (a JSON key, snake_case) with a human `title` (NULL: none). */
sn_error_t sn_doc_table_new(sn_doc_table_t **out, const char *name, const char *title);
void sn_doc_table_free(sn_doc_table_t *t);

/* Adds a column; SN_EINVAL after the first row. */
sn_error_t sn_doc_table_column(sn_doc_table_t *t, const char *name, sn_coltype_t type);

/*
 * Priority of column `col` when the table format fits a width (see
 * sn_doc_set_width()): 0, the default, always shown; above 0 left out when
 * the table is too wide, the highest first.  SN_EINVAL for a column that
 * does not exist or a negative priority.
 */
sn_error_t sn_doc_table_priority(sn_doc_table_t *t, size_t col, int priority);

/* Starts a new row; its cells are missing until set. */
sn_error_t sn_doc_table_row(sn_doc_table_t *t);

/*
 * Sets cell `col` of the current row (SN_EINVAL without a row or for a
 * column that does not exist).  A value of any kind may go in any column;
 * sn_doc_table_real() stores a share in an SN_COL_SHARE column.  Text is
 * copied (NULL is "").
 */
sn_error_t sn_doc_table_str(sn_doc_table_t *t, size_t col, const char *value);
sn_error_t sn_doc_table_int(sn_doc_table_t *t, size_t col, int64_t value);
sn_error_t sn_doc_table_uint(sn_doc_table_t *t, size_t col, uint64_t value);
sn_error_t sn_doc_table_real(sn_doc_table_t *t, size_t col, double value);
sn_error_t sn_doc_table_share(sn_doc_table_t *t, size_t col, double value);

/* Shape and names (borrowed). */
size_t sn_doc_table_nrows(const sn_doc_table_t *t);
size_t sn_doc_table_ncols(const sn_doc_table_t *t);
const char *sn_doc_table_name(const sn_doc_table_t *t);
const char *sn_doc_table_colname(const sn_doc_table_t *t, size_t col);  /* NULL out of range */

/*
 * The type column `col` was declared with (sn_doc_table_column()) into *out, so that a
 * binding gives an empty or all-missing column its type too.  SN_EINVAL for a column that
 * does not exist (*out is unchanged then).  O(1).
 */
sn_error_t sn_doc_table_coltype(const sn_doc_table_t *t, size_t col, sn_coltype_t *out);

/*
 * Cell (row, col) read back: a real (reals and shares), a whole number
 * (ints, and uints up to INT64_MAX) or text.  SN_EINVAL when out of range
 * or of another kind (a missing cell is of no kind); *out is unchanged then.
 */
sn_error_t sn_doc_table_get_real(const sn_doc_table_t *t, size_t row, size_t col, double *out);
sn_error_t sn_doc_table_get_int(const sn_doc_table_t *t, size_t row, size_t col, int64_t *out);
sn_error_t sn_doc_table_get_str(const sn_doc_table_t *t, size_t row, size_t col,
				const char **out);

/* A document of command `command` ("centrality"). */
sn_error_t sn_doc_new(sn_doc_t **out, const char *command);
void sn_doc_free(sn_doc_t *d);

/*
 * Adds a metadata entry, printed as a header line or a JSON "meta" member:
 * text (printf-style), a real (a JSON number; NaN and infinities as in
 * tables), a whole number, a 64-bit unsigned number (seeds).
 */
sn_error_t sn_doc_meta(sn_doc_t *d, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
sn_error_t sn_doc_vmeta(sn_doc_t *d, const char *key, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));
sn_error_t sn_doc_meta_num(sn_doc_t *d, const char *key, double value);
sn_error_t sn_doc_meta_int(sn_doc_t *d, const char *key, int64_t value);
sn_error_t sn_doc_meta_uint(sn_doc_t *d, const char *key, uint64_t value);

/* Appends table `t`, which the document owns from now on, also when this fails. */
sn_error_t sn_doc_add_table(sn_doc_t *d, sn_doc_table_t *t);

size_t sn_doc_ntables(const sn_doc_t *d);
sn_doc_table_t *sn_doc_table_at(const sn_doc_t *d, size_t i);  /* borrowed; NULL out of range */

/*
 * Fits the table format to `width` display columns (code points), 0 (the
 * default) for no limit; the other formats ignore it.  A table wider than
 * that has its widest text columns cut, as far as needed but not below 30
 * columns ("Västra Götalands läns landst…"), then loses columns of priority
 * above 0 (the highest first, the rightmost of equals), then has its text
 * cut as far as needed down to 12 columns or its header; a
 * line "(left out: a, b; --wide or --columns shows them)" under it
 * names what was left out.  A table that still does not fit is shown as is.
 * The "key: value" lines above the tables are wrapped at blanks to the same
 * width (lines after the first indented by two blanks, words never cut).
 */
void sn_doc_set_width(sn_doc_t *d, size_t width);

/*
 * Keeps the columns named names[0..n) of every table, in that order, in
 * every format; a table with none of them stays whole.  SN_EINVAL, with the
 * document unchanged, for a name no table has or a name given twice (the
 * message lists the valid names); SN_ENOMEM (some tables may be chosen).
 */
sn_error_t sn_doc_select_columns(sn_doc_t *d, const char *const *names, size_t n);

/*
 * Renders `d` in format `f` to `w` (`digits`: significant digits of the
 * table format, 0 for SN_DOC_DEFAULT_DIGITS; ignored by the others) and
 * flushes it.  SN_ENOMEM (part of the output may have been written); SN_EIO
 * when a write fails; SN_EINVAL for an unknown format.  O(cells).
 */
sn_error_t sn_doc_write(sn_writer_t *w, const sn_doc_t *d, sn_format_t f, int digits);

/* "table", "csv", "tsv", "json", "excel" and the reverse (SN_EINVAL with a message). */
const char *sn_format_name(sn_format_t f);
sn_error_t sn_format_parse(const char *name, sn_format_t *out);

#ifdef __cplusplus
}
#endif
#endif
