/*
 * samnet/import.h: importers of public project registers into a samnet
 * dataset (actors.csv, projects.csv, memberships.csv, aliases.csv).
 *
 * An sn_import_t gathers actors, projects and participations from one or
 * more sources (CORDIS, keep.eu, Kohesio, ESF-rådet, any table), merging
 * actors by identity keys, and writes them as a dataset `samnet validate`
 * accepts.  Inputs are streamed row by row; memory grows with the distinct
 * actors, projects and participations kept, not with the rows read.
 *
 * Identity (doc/importers.md): an actor is keyed by its Swedish
 * organisationsnummer when it has a valid one (Luhn check digit), else by
 * its EU PIC, else by name + country + NUTS-3 (never by name alone).  A row
 * carrying several keys joins the actor of its strongest key and lends it
 * the others as aliases.  Actors with the same normalised name but
 * different keys are listed as suspected duplicates, never merged.
 *
 * Problems in inputs go to an sn_diag_t as FILE:ROW:COLUMN; a row without
 * a project or an actor is skipped and counted with the reason; a malformed
 * amount or date, a missing required column, a truncated zip or a missing
 * sheet are errors, and the caller then writes nothing.
 *
 * Lifetime: opaque handle, sn_import_new() / sn_import_free().
 */
#ifndef SAMNET_IMPORT_H
#define SAMNET_IMPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "samnet/dataset.h"
#include "samnet/dataset_write.h"
#include "samnet/diag.h"
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sn_import sn_import_t;

typedef struct {
	/*
	 * Keep only projects with at least one participant in this ISO country
	 * ("SE"); NULL or "" keeps every project.  Applies to multi-participant
	 * sources (CORDIS, keep.eu); single-beneficiary sources keep rows whose
	 * beneficiary is in the country.
	 */
	const char *country;
} sn_import_options_t;

#define SN_IMPORT_OPTIONS_INIT { NULL }

/* The import report: counts of a run so far. */
typedef struct {
	size_t rows;             /* data rows read, over every input */
	size_t projects;
	size_t actors;
	size_t participations;   /* distinct (project, actor) pairs */
	size_t merged_orgnr;     /* rows joined to an existing actor by organisationsnummer */
	size_t merged_pic;       /* ... by PIC */
	size_t merged_name;      /* ... by name + country + NUTS-3 */
	size_t merged_id;        /* ... by a source's own actor id (table --actor-id, --into) */
	size_t cross_source;     /* of those, joins to an actor first seen in another source */
	size_t skipped_filter;   /* rows of projects outside --country */
	size_t skipped_no_project;
	size_t skipped_no_actor;
	size_t invalid_orgnr;    /* identifiers that failed the Luhn check (not used as keys) */
	size_t key_conflicts;    /* rows whose keys named two different actors */
} sn_import_report_t;

/*
 * Creates an empty import.  `opts` may be NULL (defaults); the country
 * string is copied.  `territories` (borrowed, may be NULL) names kommuner
 * and län for the territory rules; without it only NUTS-3 -> län applies.
 * Returns SN_OK or SN_ENOMEM.
 */
sn_error_t sn_import_new(sn_import_t **out, const sn_import_options_t *opts,
			 const sn_territories_t *territories);
void sn_import_free(sn_import_t *imp);

/*
 * Reads a type mapping file: CSV with columns `key,type`, where key is
 * `orgnr:NNNNNNNNNN`, `pic:NNNNNNNNN`, `name:NAME` (case-insensitive) or
 * `source:VALUE` (a source's type vocabulary, such as `source:PUB` or
 * `source:Local public authority`), and type one of the dataset's actor
 * types.  Entries override the inference rules (first orgnr/pic, then name,
 * then source).  Call before importing.  Errors: SN_EIO, SN_EDATA (in diag),
 * SN_ENOMEM.
 */
sn_error_t sn_import_load_types(sn_import_t *imp, const char *path, sn_diag_t *diag);

/*
 * CORDIS bulk data: `path` is a cordis-*projects-csv.zip (project.csv and
 * organization.csv, possibly under csv/) or a folder holding them.  Both
 * are ';'-separated CSV read non-strictly (sn__import_csv: a quote inside a
 * quoted field not followed by a separator, newline or quote ends quoting,
 * as Python's csv does).  Errors: SN_EIO (unreadable, truncated or corrupt
 * zip), SN_EDATA (problems in diag), SN_ENOMEM.
 */
sn_error_t sn_import_cordis(sn_import_t *imp, const char *path, sn_diag_t *diag);

/*
 * keep.eu's XLSX export: sheets "Search results, projects" and "Search
 * results, partners" (read with libzip and libxml2's streaming reader).
 * Errors: SN_EIO (not a zip, damaged), SN_EDATA (a missing sheet or
 * column, bad cells in diag), SN_ENOMEM.
 */
sn_error_t sn_import_keep(sn_import_t *imp, const char *path, sn_diag_t *diag);

/* Kohesio's per-country CSV (one beneficiary per operation). */
sn_error_t sn_import_kohesio(sn_import_t *imp, const char *path, sn_diag_t *diag);

/* ESF-rådet projektbanken export (';', bilingual headers, SEK). */
sn_error_t sn_import_esf(sn_import_t *imp, const char *path, sn_diag_t *diag);

/* Column names of a one-row-per-participation table; NULL: absent. */
typedef struct {
	const char *project;     /* required */
	const char *actor;       /* required: the actor's name */
	const char *actor_id;    /* orgnr, PIC or the table's own id */
	const char *role;
	const char *start;
	const char *end;
	const char *amount;
	const char *currency;    /* a column; else `currency_value` */
	const char *currency_value; /* NULL: amounts are in SEK */
	const char *territory;   /* a kommun or län code, or a NUTS-3 code */
	const char *type;        /* a samnet actor type or a source vocabulary */
	const char *country;     /* a column of ISO country codes; else Sweden */
	char separator;          /* 0: detect */
	const char *source;      /* the `source` value of its projects; NULL: the file name */
} sn_import_table_spec_t;

/* Any CSV/TSV table of participations, or the first sheet of an XLSX file. */
sn_error_t sn_import_table(sn_import_t *imp, const char *path, const sn_import_table_spec_t *spec,
			   sn_diag_t *diag);

/* True when `name` is a source sn_import_read() knows: cordis, keep, kohesio, esf or table. */
bool sn_import_is_source(const char *name);

/*
 * Reads `path` with the reader of source `name` (sn_import_cordis(), ...;
 * `spec` is used by "table" only).  Errors: those of the reader; SN_EINVAL
 * for an unknown source, or a table whose spec lacks the project or the
 * actor column.
 */
sn_error_t sn_import_read(sn_import_t *imp, const char *name, const char *path,
			  const sn_import_table_spec_t *spec, sn_diag_t *diag);

/*
 * Adds an existing samnet dataset (actors.csv, memberships.csv and
 * projects.csv when present) so that an import extends it.  Its actor ids
 * are kept; aliases.csv, when present, lends them their orgnr and PIC keys.
 */
sn_error_t sn_import_dataset(sn_import_t *imp, const char *dir, sn_diag_t *diag);

/* The report so far (borrowed). */
const sn_import_report_t *sn_import_report(const sn_import_t *imp);

/*
 * Suspected duplicates: actors sharing a normalised name under different
 * keys.  Returns how many groups; group `g` lists its actor ids through
 * sn_import_duplicate() (borrowed; valid until the next import call).
 */
size_t sn_import_duplicates(sn_import_t *imp);
size_t sn_import_duplicate_size(const sn_import_t *imp, size_t g);
const char *sn_import_duplicate_actor(const sn_import_t *imp, size_t g, size_t k);

/* The files sn_import_write() writes, in the order of its streams. */
enum { SN_IMPORT_NFILES = 4 };
const char *sn_import_file_name(size_t i);

/*
 * Writes the dataset to fps[0..SN_IMPORT_NFILES) (actors, projects,
 * memberships, aliases) as UTF-8 CSV.  This writer is self-contained
 * (import/import_write.c); it quotes a field when it holds a comma, quote
 * or line break.  Returns SN_OK or SN_EIO when a write fails.
 */
sn_error_t sn_import_write(const sn_import_t *imp, FILE **fps);

/*
 * Describes the dataset folder `dir` an import writes (samnet/dataset_write.h):
 * the four files of sn_import_write(), and with `into` (an existing dataset
 * folder the import added to, or NULL) that dataset's coalitions.csv and
 * territories.csv carried over unchanged, so that its named coalitions and
 * its own population figures stay usable.  `imp`, `dir` and `into` are
 * borrowed for the life of `f`; `imp` may be NULL for the file names alone
 * (sn_dataset_folder_paths()), not for a folder that is filled.  Cannot fail.
 */
void sn_import_folder(sn_dataset_folder_t *f, const sn_import_t *imp, const char *dir,
		      const char *into);

/* ---- the rules, exposed for tests and other tools --------------------------- */

/*
 * Normalises a Swedish organisationsnummer written as `212000-3005`,
 * `2120003005`, `16212000-3005` (century prefix) or `SE212000300501` (VAT)
 * into 10 digits in out[11].  Returns true when it has that shape and its
 * Luhn check digit is right; false otherwise (out is then "").
 */
bool sn_orgnr_normalise(const char *in, char out[11]);

/* The län code ("03") of a Swedish NUTS-3 code ("SE121"), or NULL. */
const char *sn_nuts3_lan(const char *nuts3);

/*
 * The actor type the rules give: `Region X` -> region, `X kommun`/`X stad` ->
 * kommun, `Länsstyrelsen ...` -> lansstyrelse (names compared
 * case-insensitively, Å/Ä/Ö included); then the source vocabulary
 * (`source_type`, may be NULL: CORDIS HES, PRC, REC, PUB, OTH or keep.eu's
 * Type of Organisation); then the orgnr's first digit (2 public body ->
 * agency, 5 and 9 company, 7 association, 8 ngo); else other.  CORDIS REC
 * (research organisation) has no samnet type and becomes other.
 */
sn_actor_type_t sn_import_infer_type(const char *name, const char *source_type, const char *orgnr);

/*
 * Parses an amount: optional spaces (also U+00A0, U+202F) as thousands
 * separators, a single '.' or ',' as the decimal mark.  SN_OK or SN_EDATA.
 */
sn_error_t sn_import_parse_amount(const char *s, double *out);

/*
 * Parses a date written YYYY-MM-DD (a time after it is ignored),
 * DD/MM/YYYY, DD.MM.YYYY or as an Excel serial day number (1900 system,
 * when `excel` is true) into out[11] as YYYY-MM-DD.  SN_OK or SN_EDATA.
 */
sn_error_t sn_import_parse_date(const char *s, bool excel, char out[11]);

#ifdef __cplusplus
}
#endif
#endif
