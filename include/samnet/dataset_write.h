/*
 * samnet/dataset_write.h: writing a dataset folder in samnet's format (the
 * files of DESIGN.md's data model), row by row, for the generator and for
 * any command that derives a dataset (samnet backbone --dataset).
 *
 * A writer writes either into streams the caller opened and will close
 * (sn_dataset_writer_streams: the command line hands in the files of its
 * output module, written atomically and removed on a signal), or into a
 * folder (sn_dataset_writer_open: temporary files renamed into place all
 * together by sn_dataset_writer_finish, or all removed).
 *
 * Lifetime: a caller-held struct; every writer that was set up by
 * sn_dataset_writer_streams or sn_dataset_writer_open must be ended by
 * sn_dataset_writer_finish, which also frees it.
 */
#ifndef SAMNET_DATASET_WRITE_H
#define SAMNET_DATASET_WRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The files of a dataset folder; ties.csv is the optional edge table a backbone adds. */
typedef enum {
	SN_DSFILE_TERRITORIES, SN_DSFILE_ACTORS, SN_DSFILE_PROJECTS, SN_DSFILE_MEMBERSHIPS,
	SN_DSFILE_COALITIONS, SN_DSFILE_TIES, SN_DSFILE_COUNT
} sn_dataset_file_t;

/* "territories.csv", "actors.csv", ...; NULL out of range.  Borrowed. */
const char *sn_dataset_file_name(sn_dataset_file_t f);

typedef struct {
	FILE *fp[SN_DSFILE_COUNT];      /* NULL: that file is not written */
	bool failed[SN_DSFILE_COUNT];   /* a write to it failed */
	char *tmp[SN_DSFILE_COUNT];     /* folder writers: temporary and final paths */
	char *final[SN_DSFILE_COUNT];
	bool owned;                     /* the streams are the writer's (a folder writer) */
} sn_dataset_writer_t;

/* A writer into the caller's streams `fp` (NULL entries: files not written).  Cannot fail. */
void sn_dataset_writer_streams(sn_dataset_writer_t *w, FILE *const fp[SN_DSFILE_COUNT]);

/*
 * A writer into the folder `dir` (created when missing; its parent must
 * exist) of the files with `want[f]` true, each written to a temporary
 * file in `dir`.  Errors: SN_EIO when `dir` cannot be created, is not a
 * folder or a file cannot be opened (the message names it); SN_ENOMEM.
 * After a failure `w` needs sn_dataset_writer_finish(w, err) all the same.
 */
sn_error_t sn_dataset_writer_open(sn_dataset_writer_t *w, const char *dir,
				  const bool want[SN_DSFILE_COUNT]);

/* Creates the folder `dir` when missing; SN_EIO when it cannot, or when `dir` is not a folder. */
sn_error_t sn_dataset_folder_create(const char *dir);

/*
 * Appends printf-formatted text to file `f` (no quoting: for numbers, ids
 * and names known to hold no separator, quote or line break).  A failed
 * write is remembered for sn_dataset_writer_finish.
 */
void sn_dataset_writer_printf(sn_dataset_writer_t *w, sn_dataset_file_t f, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Appends one CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. */
void sn_dataset_writer_field(sn_dataset_writer_t *w, sn_dataset_file_t f, const char *text);

/*
 * Ends the writer: flushes its streams and, when `err` is SN_OK, checks
 * that every write succeeded; a folder writer then closes its files and
 * renames them all into place, or removes them all when anything failed.
 * Returns `err` when it is not SN_OK, else SN_OK or SN_EIO (the message
 * names the file).  Frees what the writer holds.
 */
sn_error_t sn_dataset_writer_finish(sn_dataset_writer_t *w, sn_error_t err);

/* ---- a dataset folder written whole ---------------------------------------
 *
 * A command that derives a dataset (samnet import, samnet backbone
 * --dataset) writes some files itself and carries others over unchanged
 * from a source dataset folder (its coalitions, its territory tree).  The
 * folder is described once (sn_dataset_folder_t), planned (the paths of
 * every file, the carried ones only when the source has them), then filled
 * into streams the caller opened, one per planned path: the command line
 * opens them through its atomic output module, so that every file is
 * replaced or none.  sn_dataset_folder_write() does the same on its own,
 * with temporary files renamed into place together.
 */

/* Writes the `nwritten` written files into fps[0..nwritten), in order. */
typedef sn_error_t (*sn_dataset_fill_fn)(FILE *const *fps, const void *arg);

typedef struct {
	const char *dir;               /* the folder written (created when missing) */
	const char *const *written;    /* file names that `fill` writes, in its stream order */
	size_t nwritten;
	sn_dataset_fill_fn fill;
	const void *arg;               /* handed to `fill` */
	const char *source;            /* a dataset folder files are carried from; NULL: none */
	const char *const *carried;    /* file names copied from `source` when it has them */
	size_t ncarried;
} sn_dataset_folder_t;

/* The files of a folder: the written ones first, then the carried ones the source has. */
typedef struct {
	char **paths;       /* dir/name of every file, malloc'd */
	char **copy_from;   /* per path: the source file copied into it, NULL for a written one */
	size_t n;
} sn_dataset_plan_t;

/*
 * Creates f->dir when missing and plans its files into `plan` (freed with
 * sn_dataset_plan_destroy, also after a failure).  Errors: SN_EIO when the
 * folder cannot be created or is not a folder; SN_ENOMEM.
 */
sn_error_t sn_dataset_plan(sn_dataset_plan_t *plan, const sn_dataset_folder_t *f);
void sn_dataset_plan_destroy(sn_dataset_plan_t *plan);

/*
 * dir/name of every file the folder `f` may hold, the written ones then
 * the carried ones (whether or not a source has them), into *paths (n
 * strings, freed with sn_dataset_paths_free): what a caller declares as
 * its outputs (`dir` f->dir) or inputs (`dir` f->source) before anything
 * is read.  Creates nothing.  Errors: SN_ENOMEM.
 */
sn_error_t sn_dataset_folder_paths(const sn_dataset_folder_t *f, const char *dir, char ***paths,
				   size_t *n);
void sn_dataset_paths_free(char **paths, size_t n);

/*
 * Writes every planned file into fps[0..plan->n): the written ones through
 * f->fill, then a byte-for-byte copy of each carried one.  Returns fill's
 * error, or SN_EIO when a carried file cannot be read (the message names
 * it).  Write failures on fps are the caller's to detect when it closes them.
 */
sn_error_t sn_dataset_fill(const sn_dataset_plan_t *plan, const sn_dataset_folder_t *f,
			   FILE *const *fps);

/*
 * Plans and writes the folder on its own: each file to a temporary file in
 * f->dir, all renamed into place when every one was written whole, else
 * all removed.  Errors: those of sn_dataset_plan and sn_dataset_fill;
 * SN_EIO when a file cannot be created, written or renamed.
 */
sn_error_t sn_dataset_folder_write(const sn_dataset_folder_t *f);

#ifdef __cplusplus
}
#endif
#endif
