/*
 * export/doc_build.h: the shared steps of the functions that fill a result
 * document (samnet/doc.h) for a command: tables from a column list, adding
 * them, checking the call.  Private to the output layer.
 */
#ifndef SAMNET_EXPORT_DOC_BUILD_H
#define SAMNET_EXPORT_DOC_BUILD_H

#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/network.h"

/* A column of a result table and its priority for the width (sn_doc_table_priority()). */
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
 * Adds `t` (NULL after a failure to build it, then `err` is kept) to `doc`,
 * which owns it from now on.  Returns the first error of the two.
 */
sn_error_t sn__doc_add(sn_doc_t *doc, sn_doc_table_t *t, sn_error_t err);

/* 1 when a document call failed (its own message is set), else 0: for chains with |. */
int sn__doc_failed(sn_error_t err);

/* A table with the columns names[0..n) of types[0..n), or NULL when out of memory. */
sn_doc_table_t *sn__doc_table(const char *const *names, const sn_coltype_t *types, size_t n,
			      const char *name, const char *title);

/* 1 when setting the priority of column `name` failed; 0 also when `t` has no such column. */
int sn__doc_priority(sn_doc_table_t *t, const char *name, int priority);

/* Adds `t` to `doc`; when t is NULL or `bad`, frees it and returns SN_ENOMEM. */
sn_error_t sn__doc_add_table(sn_doc_t *doc, sn_doc_table_t *t, int bad);

/* SN_EINVAL "WHAT: ..." unless doc, ds and net are given and net is built from ds. */
sn_error_t sn__doc_check_call(const sn_doc_t *doc, const sn_dataset_t *ds,
			      const sn_network_t *net, const char *what);

#endif
