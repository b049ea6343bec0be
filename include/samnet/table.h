/*
 * samnet/table.h: the one CSV table reader every input goes through.
 *
 * Built on libcsv and streaming: the file is read once, in chunks, and rows
 * are handed out one at a time.  Columns are found by header name.  The
 * dialect is detected from the header line: separator ',' ';' or tab, a
 * UTF-8 byte-order mark, CRLF or LF line ends.  Every field is checked to be
 * valid UTF-8 without NUL bytes (or converted from Latin-1 on request) and
 * without the characters XML 1.0 forbids (C0 controls other than tab, LF and
 * CR; U+FFFE, U+FFFF), so that every name can be exported.
 *
 * Problems are recorded in an sn_diag_t with FILE:LINE:COLUMN (COLUMN is the
 * 1-based field number) and reading goes on, so that one pass reports every
 * problem of a file; a bad row is skipped.  The typed accessors accept a
 * decimal comma and spaces (also U+00A0 and U+202F) as thousands separators.
 *
 * Lifetime: opaque handle, sn_table_open() / sn_table_free().
 */
#ifndef SAMNET_TABLE_H
#define SAMNET_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "samnet/diag.h"
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	char separator;   /* 0: detect from the header line; else ',', ';' or '\t' */
	bool latin1;      /* convert invalid UTF-8 as Latin-1 instead of reporting it */
	size_t max_field; /* longest accepted field in bytes; 0: 1 MiB */
} sn_table_options_t;

#define SN_TABLE_OPTIONS_INIT { 0, false, 0 }

typedef struct sn_table sn_table_t;

/*
 * Opens `path` and reads its header.  `opts` may be NULL for defaults.
 * `label` is the name used in diagnostics (NULL: `path`).
 * Header problems (empty file, empty or duplicate names, invalid UTF-8) go
 * to `diag`; the header check is linear in the number of columns.  Returns SN_OK, SN_EIO (cannot open or read; a directory),
 * SN_EDATA (the header is unusable; *out is NULL) or SN_ENOMEM.
 */
sn_error_t sn_table_open(sn_table_t **out, const char *path, const char *label,
			 const sn_table_options_t *opts, sn_diag_t *diag);

void sn_table_free(sn_table_t *t);

/* The label used in diagnostics (borrowed). */
const char *sn_table_label(const sn_table_t *t);

/* The detected separator: ',', ';' or '\t'. */
char sn_table_separator(const sn_table_t *t);

size_t sn_table_ncols(const sn_table_t *t);

/* Header name of column `col` (borrowed). */
const char *sn_table_colname(const sn_table_t *t, size_t col);

/* Index of the column named `name` (exact, case-sensitive), or -1. */
long sn_table_find(const sn_table_t *t, const char *name);

/*
 * Like sn_table_find(), but records "missing required column NAME" in
 * `diag` (at the header's line) when absent.
 */
long sn_table_require(const sn_table_t *t, const char *name, sn_diag_t *diag);

/*
 * Advances to the next well-formed row.  Returns 1 when a row is available,
 * 0 at the end of the file, or a negative sn_error_t (SN_EIO, SN_ENOMEM).
 * Malformed rows (wrong number of fields, invalid UTF-8, NUL bytes or other
 * characters XML forbids, fields over the limit, an unterminated quote) are reported to `diag` and skipped.
 * Blank lines are skipped silently.
 */
int sn_table_next(sn_table_t *t, sn_diag_t *diag);

/* 1-based physical line where the current row starts. */
size_t sn_table_line(const sn_table_t *t);

/* 1-based physical line where the header starts (after any blank lines). */
size_t sn_table_header_line(const sn_table_t *t);

/* Field `col` of the current row (borrowed until the next call); never NULL. */
const char *sn_table_field(const sn_table_t *t, size_t col);

/*
 * Typed accessors for field `col` of the current row.  Leading and trailing
 * blanks are ignored.  An empty field leaves *out unchanged and returns 0.
 * A malformed or out-of-range value is reported to `diag` at its position
 * and returns SN_EDATA; success returns 1.  `what` names the quantity in
 * the message ("population").
 */
int sn_table_get_int64(const sn_table_t *t, size_t col, int64_t min, int64_t max,
		       const char *what, int64_t *out, sn_diag_t *diag);
int sn_table_get_double(const sn_table_t *t, size_t col, double min, double max,
			const char *what, double *out, sn_diag_t *diag);

/*
 * Parses a number written by a person: optional sign, digits with optional
 * thousands separators (space, U+00A0, U+202F), a decimal point or comma.
 * Rejects NaN, infinities and trailing text.  Returns SN_OK or SN_EDATA
 * ("'TEXT' is not a finite number" / "... a whole number"); the integer
 * parser SN_ELIMIT beyond 64 bits.  Useful outside tables too.
 */
sn_error_t sn_parse_double(const char *s, double *out);
sn_error_t sn_parse_int64(const char *s, int64_t *out);

/*
 * Writes one field of a CSV (sep ',' or ';') or TSV (sep '\t') line: in
 * CSV, quoted with '"' (doubled inside) when it holds the separator, a
 * quote or a line break (RFC 4180); in TSV, which has no quoting, with tabs
 * and line breaks written as spaces.  The one quoting rule of every CSV and
 * TSV samnet writes.  Errors show in the stream (ferror).
 */
void sn_csv_field(FILE *fp, const char *s, char sep);

#ifdef __cplusplus
}
#endif
#endif
