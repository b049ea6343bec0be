/*
 * samnet/dynamics_doc.h: the tables of `samnet dynamics` as a library call.
 * sn_dynamics_doc() slices the dataset in time (sn_dynamics_compute(),
 * samnet/dynamics.h) and adds to a document (samnet/doc.h):
 *
 *   meta    window, step, from and to (the first and last slice's start),
 *           projection, communities ("leiden (modularity, seed S)" or
 *           "none (--no-communities)"), match_threshold, projects_undated,
 *           population_year ("--year" when one is fixed, else "each slice's
 *           last year, within the tree's range"), population_rule;
 *   slices  per slice (label "2019", or "2018-2020" for a longer window):
 *           actors, projects, ties, density, components, largest_component,
 *           mean_degree, population_share, and against the previous slice
 *           ties_kept, ties_jaccard, entering, leaving; communities.  A
 *           value that is NaN (undefined) is left empty;
 *   ranks   (when measures are asked for) slice, id, name, measure, value,
 *           rank (empty for a NaN value), long format; with `top`, only
 *           ranks 1..top;
 *   community_events  (unless skip_communities) slice, event, previous,
 *           current, previous_size, current_size, jaccard.
 */
#ifndef SAMNET_DYNAMICS_DOC_H
#define SAMNET_DYNAMICS_DOC_H

#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/dynamics.h"
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	sn_dynamics_options_t dynamics;  /* what to compute (sn_dynamics_options_default()) */
	size_t top;                      /* rank rows for ranks 1..top only; 0: all */
} sn_dynamics_doc_options_t;

/* sn_dynamics_options_default() and top 0.  Cannot fail. */
void sn_dynamics_doc_options_init(sn_dynamics_doc_options_t *o);

/*
 * Computes the dynamics of `ds` with o->dynamics and adds the meta and the
 * tables above to `doc`.  `result_out` (may be NULL) receives the computed
 * dynamics, for sn_dynamics_write_svg(); the caller frees it with
 * sn_dynamics_free() (NULL on error).  Errors: those of
 * sn_dynamics_compute(); SN_ENOMEM.  On error `doc` may hold part of the
 * output.  Time: that of sn_dynamics_compute().
 */
sn_error_t sn_dynamics_doc(sn_doc_t *doc, const sn_dataset_t *ds,
			   const sn_dynamics_doc_options_t *o, sn_dynamics_t **result_out);

#ifdef __cplusplus
}
#endif
#endif
