/*
 * samnet/diag.h: diagnostics, the list of every problem found in the input.
 *
 * Loaders do not stop at the first bad row: they record each problem as a
 * diagnostic with its file, line and column, up to a cap, and return
 * SN_EDATA at the end when any error was recorded.  The caller prints them.
 *
 * Lifetime: caller-held struct, sn_diag_init() / sn_diag_destroy().
 */
#ifndef SAMNET_DIAG_H
#define SAMNET_DIAG_H

#include <stddef.h>
#include <stdbool.h>
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum { SN_DIAG_ERROR, SN_DIAG_WARNING, SN_DIAG_NOTE } sn_diag_level_t;

typedef struct {
	sn_diag_level_t level;
	char *file;      /* may be NULL: the problem is not tied to a file */
	size_t line;     /* 1-based; 0 when unknown */
	size_t column;   /* 1-based CSV column (field number); 0 when unknown */
	char *message;
} sn_diag_entry_t;

typedef struct {
	sn_diag_entry_t *entries;
	size_t count;      /* entries stored */
	size_t capacity;
	size_t errors;     /* errors seen, including those beyond the cap */
	size_t warnings;   /* warnings seen, including those beyond the cap */
	size_t dropped;    /* entries not stored because of the cap */
	size_t cap;        /* maximum stored entries; default 100 */
} sn_diag_t;

void sn_diag_init(sn_diag_t *diag);
void sn_diag_destroy(sn_diag_t *diag);

/*
 * Records a problem.  `file` is copied and may be NULL; `line` and `column`
 * may be 0.  Beyond the cap the entry is counted but not stored.  Returns
 * SN_ENOMEM when memory runs out, otherwise SN_OK.
 */
sn_error_t sn_diag_add(sn_diag_t *diag, sn_diag_level_t level, const char *file,
		       size_t line, size_t column, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* True when at least one error (not warning) was recorded. */
bool sn_diag_has_errors(const sn_diag_t *diag);

/*
 * Formats entry `i` as "FILE:LINE:COLUMN: message" ("warning: " or "note: "
 * precedes the message of those levels; unknown parts are left out) into a newly allocated string the caller frees.
 * Returns NULL when out of memory.
 */
char *sn_diag_format(const sn_diag_t *diag, size_t i);

#ifdef __cplusplus
}
#endif
#endif
