/*
 * export/doc_build.h: building result tables from a column list (private
 * to the output layer).
 */
#ifndef SAMNET_EXPORT_DOC_BUILD_H
#define SAMNET_EXPORT_DOC_BUILD_H

#include <stddef.h>

#include "samnet/doc.h"

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

#endif
