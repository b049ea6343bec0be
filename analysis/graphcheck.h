/*
 * analysis/graphcheck.h: argument checks shared by structure, centrality,
 * two-mode and brokerage (private to the library).
 */
#ifndef SAMNET_ANALYSIS_GRAPHCHECK_H
#define SAMNET_ANALYSIS_GRAPHCHECK_H

#include <igraph.h>

#include "samnet/error.h"
#include "base/weights.h"

/* SN_EINVAL naming `what` when `g` is directed. */
sn_error_t sn__graph_require_undirected(const igraph_t *g, const char *what);

/* sn__graph_check_weights(): the weight check of base/weights.h. */

/* SN_EINVAL naming `what` unless `groups` holds one id per vertex of `g`. */
sn_error_t sn__graph_check_groups(const igraph_t *g, const igraph_vector_int_t *groups,
				  const char *what);

/*
 * Distances from tie strengths: out[e] = 1 / weights[e] (`out` caller-
 * initialised, resized).  SN_ENOMEM.
 */
sn_error_t sn__graph_distances_from_weights(igraph_vector_t *out, const igraph_vector_t *weights);

#endif
