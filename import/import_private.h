/* Private to the importers: the gathering core, the row reader and the byte sources. */
#ifndef SAMNET_IMPORT_PRIVATE_H
#define SAMNET_IMPORT_PRIVATE_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>

#include "base/strmap.h"
#include "samnet/import.h"

typedef struct sn__src sn__src_t;
typedef struct sn__rows sn__rows_t;

/* Participation kinds in the source's own words, kept beside the dataset role. */
enum { SN__PART_COORDINATOR = 1, SN__PART_PARTNER = 2, SN__PART_ASSOCIATED = 4 };

typedef struct {
	const char *key;        /* source-scoped project key; becomes the id */
	const char *alt_key;    /* a second key another source may know it by (may be NULL) */
	const char *name, *acronym, *theme, *kind, *programme, *start, *end;
	double budget, eu;      /* NAN: unknown */
	const char *currency;
} sn__project_in_t;

typedef struct {
	const char *name;
	const char *country;     /* ISO 3166 alpha-2 (GR, GB), or "" */
	const char *nuts3;       /* or "" */
	const char *orgnr;       /* any form; checked and normalised */
	const char *pic;         /* 9 digits, or "" */
	const char *local_id;    /* a source's own actor id, or "" */
	const char *source_type; /* the source's type vocabulary, or "" */
	const char *territory;   /* a territory code given by the source, or "" */
	const char *type;        /* a samnet type given by the source, or "" */
} sn__actor_in_t;

/* The project `in` (created or completed) -> *idx_out. */
sn_error_t sn__import_project(sn_import_t *imp, const sn__project_in_t *in, size_t *idx_out);

/* The project known by `key` (or its alt key), or (size_t)-1. */
size_t sn__import_find_project(const sn_import_t *imp, const char *key);

/*
 * The actor of `in` by the identity rules (created or joined) -> *idx_out.
 * An invalid orgnr is reported at label:line:col_orgnr as a warning.
 * SN_EDATA when the row has no name and no key (nothing was created).
 */
sn_error_t sn__import_actor(sn_import_t *imp, const sn__actor_in_t *in, const char *label,
			    size_t line, size_t col_orgnr, sn_diag_t *diag, size_t *idx_out);

/* A participation; a repeated pair merges (roles joined, amounts of one currency summed). */
sn_error_t sn__import_participation(sn_import_t *imp, size_t project, size_t actor, unsigned part,
				    double amount, const char *currency);

/* A membership whose actor is a selector (kommuner:24), written as it is. */
sn_error_t sn__import_selector(sn_import_t *imp, size_t project, const char *selector, unsigned part);

/* Names the source of what follows ("cordis", "keep", ...); a static string. */
void sn__import_begin(sn_import_t *imp, const char *source);
/*
 * Counts a row of a register and tells whether to import it: false, with
 * the row counted as skipped, when it names no project (`named` false) or
 * when `key` is not among the projects of the --country pass (`keep`;
 * NULL: every project is kept).
 */
bool sn__import_row_wanted(sn_import_t *imp, bool named, const sn_strmap_t *keep, const char *key);
sn_import_report_t *sn__import_report_mut(sn_import_t *imp);
const char *sn__import_country(const sn_import_t *imp);

/* ISO country code of a source code or Swedish/English name: EL -> GR, UK -> GB, Sverige -> SE. */
const char *sn__import_iso_country(const char *s);

/* True when `s` is an empty marker: "", "N.a.", "n/a", "NA", "None", "-", "UPPGIFT SAKNAS". */
bool sn__import_empty(const char *s);

/* An amount cell: NAN when empty; malformed: an error at FILE:ROW:COL, *bad set, NAN. */
double sn__import_amount_cell(const sn__rows_t *r, long col, const char *what, sn_diag_t *diag,
			      bool *bad);
/* A date cell into out[11] as YYYY-MM-DD ("" when empty); malformed: as above. */
void sn__import_date_cell(const sn__rows_t *r, long col, const char *what, char out[11],
			  sn_diag_t *diag, bool *bad);

/*
 * The end of one input: a read error (rc < 0) wins, then `err`; bad cells or
 * diagnostics with errors make SN_EDATA ("PATH: the input has errors").
 */
sn_error_t sn__import_outcome(int rc, sn_error_t err, bool bad, const sn_diag_t *diag,
			      const char *path);

/*
 * A two-file source filtered by country (CORDIS, keep.eu): `countries` fills
 * the set of project keys to keep (only with --country), then `projects` and
 * `participants` read with that set (NULL: keep every project).
 */
typedef sn_error_t (*sn__import_pass_t)(sn_import_t *imp, const char *path, const sn_strmap_t *keep,
					sn_diag_t *diag, bool *bad);
sn_error_t sn__import_filtered(sn_import_t *imp, const char *source, const char *path,
			       sn_diag_t *diag,
			       sn_error_t (*countries)(sn_import_t *, const char *, sn_strmap_t *, sn_diag_t *),
			       sn__import_pass_t projects, sn__import_pass_t participants);

/* ---- byte sources: a file or a zip member --------------------------------- */


/* Opens a file. SN_EIO with a message naming it. */
sn_error_t sn__src_file(sn__src_t **out, const char *path);

/*
 * Opens the member of zip `zip_path` whose name is `member` or ends in
 * "/member".  SN_EIO: not a zip, truncated, or no such member (the message
 * says which).
 */
sn_error_t sn__src_zip(sn__src_t **out, const char *zip_path, const char *member);

/* Reads up to n bytes; returns the count, 0 at the end, -1 on error (message set). */
long sn__src_read(sn__src_t *s, char *buf, size_t n);
void sn__src_free(sn__src_t *s);

/* ---- rows of a CSV, read like Python's non-strict csv ---------------------- */

/*
 * Reads the header row from `src` (taken over: freed with the reader).
 * `sep` 0 detects ',', ';' or tab from the header line.  A UTF-8 BOM is
 * skipped.  SN_EDATA for an empty file (in diag), SN_EIO, SN_ENOMEM.
 */
sn_error_t sn__rows_open(sn__rows_t **out, sn__src_t *src, const char *label, char sep,
			 sn_diag_t *diag);
void sn__rows_free(sn__rows_t *r);

/* 1 a row, 0 the end, negative sn_error_t.  Rows with invalid UTF-8 are reported and skipped. */
int sn__rows_next(sn__rows_t *r, sn_diag_t *diag);
size_t sn__rows_ncols(const sn__rows_t *r);
const char *sn__rows_colname(const sn__rows_t *r, size_t col);
/* Column index of a header name (exact; apostrophes U+2019 read as '), or -1. */
long sn__rows_find(const sn__rows_t *r, const char *name);
/* As sn__rows_find(), reporting "missing required column" at line 1. */
long sn__rows_require(const sn__rows_t *r, const char *name, sn_diag_t *diag);
/* A column a reader looks for in the header: *col gets its index, or -1. */
typedef struct {
	const char *name;
	long *col;
	bool required;
} sn__col_t;
/*
 * Finds every column of cols[0..n), in order, each missing required one
 * reported as sn__rows_require() does; false when one is missing.
 */
bool sn__rows_columns(const sn__rows_t *r, const sn__col_t *cols, size_t n, sn_diag_t *diag);
/* Field `col` of the current row, trimmed; "" when col < 0 or beyond the row. */
const char *sn__rows_get(const sn__rows_t *r, long col);
size_t sn__rows_line(const sn__rows_t *r);
const char *sn__rows_label(const sn__rows_t *r);

/*
 * The common part of a row reader: the current record as fields[0..nfields)
 * in one buffer, the header names, and the reader behind it.
 */
struct sn__rows {
	char *label;
	char **names;           /* header names, owned */
	size_t ncols;
	char *buf;              /* the current record's bytes, fields NUL-separated */
	size_t len, cap;
	size_t *offs;           /* field start offsets into buf */
	size_t nfields, offs_cap;
	bool *numeric;          /* XLSX: the field was a number cell; may be NULL */
	size_t line;
	int (*next)(sn__rows_t *r, sn_diag_t *diag);  /* fills the record: 1, 0 end, <0 error */
	void *impl;
	void (*free_impl)(void *impl);
};

/* Appends bytes to the record's current field; starts a field with sn__rows_field_begin(). */
sn_error_t sn__rows_append(sn__rows_t *r, const char *s, size_t n);
sn_error_t sn__rows_field_begin(sn__rows_t *r);
void sn__rows_clear(sn__rows_t *r);
/* Ends the record: terminates the last field and trims every field's blanks. */
sn_error_t sn__rows_finish(sn__rows_t *r);
/* Takes the current record as the header (names normalised) and checks it. */
sn_error_t sn__rows_take_header(sn__rows_t *r, sn_diag_t *diag);

/*
 * Rows of the sheet named `sheet` (NULL: the first) of the XLSX workbook
 * `path`, read with libzip and libxml2's streaming reader: shared strings,
 * inline strings, numbers (sn__rows_numeric() tells an Excel date's serial
 * from text).  The first row is the header.  SN_EIO for a damaged zip,
 * SN_EDATA when the sheet is missing (the message lists the sheets).
 */
sn_error_t sn__rows_xlsx(sn__rows_t **out, const char *path, const char *sheet, sn_diag_t *diag);

/* True when the current cell of an XLSX row was a number (an Excel date in a date column). */
bool sn__rows_numeric(const sn__rows_t *r, long col);

#endif
