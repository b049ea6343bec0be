/*
 * export/doc_build.h: the shared steps of the functions that fill a result
 * document (samnet/doc.h) for a command, private to the output layer.
 *
 * Error convention: every step returns SN_OK or the code of the first call
 * that failed, whose own message is set (sn_error_last()); a chain of calls
 * stops at the first failure, e.g. `(err = a) || (err = b)`, so that a later
 * call cannot overwrite the message.
 */
#ifndef SAMNET_EXPORT_DOC_BUILD_H
#define SAMNET_EXPORT_DOC_BUILD_H

#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/network.h"

/* A column of a result table and its priority for the width (0: none, sn_doc_table_priority()). */
typedef struct {
	const char *name;
	sn_coltype_t type;
	int priority;
} sn__column_t;

/* Adds cols[0..n) to `t` in order.  Errors: those of sn_doc_table_column(). */
sn_error_t sn__doc_columns(sn_doc_table_t *t, const sn__column_t *cols, size_t n);

/*
 * A new table `name` with `title` and columns cols[0..n) into *out; *out is
 * NULL after a failure.  Errors: SN_ENOMEM, those of sn__doc_columns().
 */
sn_error_t sn__doc_table_with(sn_doc_table_t **out, const char *name, const char *title,
			      const sn__column_t *cols, size_t n);

/*
 * Adds `t` to `doc`, which owns it from now on, when `err` (the status of
 * building it) is SN_OK; else frees `t` (may be NULL) and returns `err`.
 */
sn_error_t sn__doc_add(sn_doc_t *doc, sn_doc_table_t *t, sn_error_t err);

/*
 * The status of a chain of sn_doc_* calls joined by `|` or `||` into an int
 * (older builders): SN_OK when 0, the code when the chain is one, else
 * SN_ENOMEM (the failing call's own message stays set).
 */
sn_error_t sn__doc_status(int chain);

/*
 * The argument check of every sn_<command>_doc(): SN_EINVAL "WHAT: no
 * document, or no network built from the dataset" unless doc, ds and net
 * are given and net is built from ds.
 */
sn_error_t sn__doc_check_call(const sn_doc_t *doc, const sn_dataset_t *ds,
			      const sn_network_t *net, const char *what);

/*
 * The members of the coalition of coalitions.csv named `name` (NULL: the
 * first one) into *members_out and *n_out (borrowed from `ds`), and its
 * name as the dataset spells it into *name_out.  Errors: SN_EINVAL "the
 * dataset names no coalitions", "no coalition named 'x'; did you mean
 * 'y'?" (export/coalition_doc.c).
 */
sn_error_t sn__doc_coalition_named(const size_t **members_out, size_t *n_out,
				   const char **name_out, const sn_dataset_t *ds, const char *name);

#endif
