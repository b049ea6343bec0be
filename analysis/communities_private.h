/*
 * analysis/communities_private.h: helpers shared by the community modules
 * (communities.c, communities_twomode.c, consensus.c, compare.c).  Not
 * exported.
 */
#ifndef SAMNET_ANALYSIS_COMMUNITIES_PRIVATE_H
#define SAMNET_ANALYSIS_COMMUNITIES_PRIVATE_H

#include <igraph.h>

#include "samnet/communities.h"

/*
 * Checks that `g` has vertices, is undirected, and that `weights` (NULL
 * allowed) holds one finite weight > 0 per edge.  SN_EINVAL with a message.
 */
sn_error_t sn__communities_check_graph(const igraph_t *g, const igraph_vector_t *weights);

/* Checks that `membership` has one entry >= 0 per vertex of `g`.  SN_EINVAL. */
sn_error_t sn__communities_check_membership(const igraph_t *g,
					    const igraph_vector_int_t *membership);

/* Checks that a resolution is finite and >= 0.  SN_EINVAL. */
sn_error_t sn__communities_check_resolution(double resolution);

/*
 * Renumbers the non-negative labels of `m` 0, 1, ... in order of first
 * appearance and stores the number of labels in *count (may be NULL).
 * SN_ENOMEM.
 */
sn_error_t sn__communities_canonical(igraph_vector_int_t *m, igraph_integer_t *count);

/* Weight of edge e: 1 when `weights` is NULL. */
static inline double sn__communities_weight(const igraph_vector_t *weights, igraph_integer_t e)
{
	return weights ? VECTOR(*weights)[e] : 1.0;
}

#endif
