/*
 * samnet/brokerage_doc.h: what `samnet brokerage` prints, as a result
 * document (samnet/doc.h), for a library user, a binding or a server.  No
 * igraph or GSL type is needed to call it.
 */
#ifndef SAMNET_BROKERAGE_DOC_H
#define SAMNET_BROKERAGE_DOC_H

#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * What to compute; sn_brokerage_doc_options_init() gives the defaults of
 * `samnet brokerage`.  Strings are borrowed for the call.
 */
typedef struct {
	const char *groups;   /* "county" (default; also NULL) or "type" (sn_grouping_parse()) */
	const char *sort;     /* the role the actors are ranked by: "total" (default; also
				 NULL) or a role name (sn_broker_role_parse()) */
	size_t top;           /* the number of actors listed, 0 (default): all */
	size_t max_ties;      /* projection size limit (sn_projection_build()), 0: none;
				 default SN_PROJECTION_DEFAULT_MAX_TIES */
} sn_brokerage_doc_options_t;

/* Fills `o` with the defaults above. */
void sn_brokerage_doc_options_init(sn_brokerage_doc_options_t *o);

/*
 * Adds to `doc` the metadata and tables of `samnet brokerage`:
 * Gould–Fernandez brokerage (samnet/brokerage.h) of every actor on the
 * actor projection (count weights) of `net`, built from `ds`, with the
 * groups of `o->groups`; actors without a county form one group "none".
 *
 * Metadata: groups, reading, density, null model.  Tables: "brokerage"
 * (rank, id, name, type, group, then per role its count and z-score; the
 * actors by their count of role `o->sort`, descending, ties by id; the
 * first `o->top`) and "brokerage_network" (role, count, expected count in
 * the whole network).
 *
 * Errors: SN_EINVAL for an unknown group or role name (the message names
 * it) or a network that is not built from `ds`; SN_ELIMIT over max_ties;
 * SN_ENOMEM.  After a failure `doc` may hold part of the entries.
 * Time: the projection, then O(sum over actors of degree^2).
 */
sn_error_t sn_brokerage_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			    const sn_brokerage_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
