/*
 * export/doc_fill.h: filling a result document (samnet/doc.h) from the
 * output layer, private to export/.  The calls that add columns, rows and
 * cells return SN_OK or a negative code; a builder chains them with `|`
 * into an int and turns the chain into one status here.
 */
#ifndef SAMNET_EXPORT_DOC_FILL_H
#define SAMNET_EXPORT_DOC_FILL_H

#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"

/*
 * The status of a chain of sn_doc_* calls joined by `|`: SN_OK when none
 * failed, else the failing call's code (its message is set); SN_ENOMEM when
 * several codes mixed.
 */
static inline sn_error_t sn__doc_status(int chain)
{
	return chain == SN_OK || chain == SN_EINVAL ? (sn_error_t)chain : SN_ENOMEM;
}

/*
 * Appends `t` to `doc` when `chain` (the status of filling it) is SN_OK,
 * else frees it; returns the first failure.  `t` may be NULL after a
 * failed sn_doc_table_new() (chain is then that failure).
 */
static inline sn_error_t sn__doc_add(sn_doc_t *doc, sn_doc_table_t *t, int chain)
{
	sn_error_t err = sn__doc_status(chain);

	if (err != SN_OK) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
}

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
