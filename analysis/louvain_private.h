/*
 * analysis/louvain_private.h: samnet's own Louvain and Leiden partitions,
 * behind sn_communities_detect() (algorithms leiden and louvain) and the
 * time slices (analysis/dynamics.c).  Not exported.
 */
#ifndef SAMNET_ANALYSIS_LOUVAIN_PRIVATE_H
#define SAMNET_ANALYSIS_LOUVAIN_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/communities.h"
#include "base/rows.h"

/*
 * The visit bound of a Leiden level, in visits per vertex: local moves end
 * long before it (each visit either gains or empties the queue by one), so
 * it only guards against a cycle of rounding ties.
 */
#define SN__LEIDEN_VISITS 1000

/* A graph prepared for sn__louvain(): compact rows and the vertex weights of an objective. */
typedef struct sn__louvain_graph sn__louvain_graph_t;

/*
 * Prepares the n rows `rows` (base/rows.h: no self-loops; weights finite
 * and > 0, or none: all 1; the caller's to check) for `objective`;
 * loops[v] (loops NULL: none) is twice the weight of v's self-loops, which
 * count in its strength only.  The rows are borrowed and
 * must outlive the prepared graph.  Errors: SN_ENOMEM; SN_EINVAL for 2^31
 * vertices or more.  O(n + m) time, O(n) memory (O(m) for rows without weights).
 */
sn_error_t sn__louvain_graph_new(sn__louvain_graph_t **out, const adj_rows_t *rows,
				 igraph_integer_t n, const double *loops,
				 sn_community_objective_t objective);

void sn__louvain_graph_free(sn__louvain_graph_t *lg);

typedef struct {
	double resolution;     /* gamma >= 0, finite */
	int max_iterations;    /* >= 1: at most max_iterations * (vertices of a level)
				  single-vertex visits per level */
	uint64_t seed;
	bool leiden;           /* refine before aggregating: Leiden; false: Louvain */
	double beta;           /* Leiden: randomness of the refinement, > 0 */
	const igraph_vector_int_t *start;  /* the partition to start from, labels in
					      [0, vertices); NULL: singletons */
} sn__louvain_options_t;

/*
 * Partitions the graph `lg` on the quality of igraph's Leiden,
 *     Q = sum_ij (A_ij - r n_i n_j) [c_i = c_j],
 * with n_i the strength of i and r = resolution / 2m (objective
 * modularity) or n_i = 1 and r = resolution (CPM).
 *
 * Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008): each level moves
 * single vertices to the neighbouring community (or an empty one) of
 * largest gain until no move gains, visiting the vertices in a random order
 * and afterwards only the neighbours of moved vertices (the queue of
 * Traag, Waltman & van Eck 2019); then the communities become the vertices
 * of the next level, until a level moves nothing.
 *
 * Leiden (Traag, Waltman & van Eck 2019, as igraph 0.10 implements it): the
 * same local moves, starting at each level from the partition of the level
 * below; then each community is refined from singletons by merging well-
 * connected vertices into well-connected sub-clusters, chosen at random
 * with probability proportional to exp(gain / beta) among the merges that
 * do not lower Q (weights below e^-40 of the best's taken as 0); the refined clusters become the vertices of the next
 * level, starting in the community of their cluster; until each community
 * is a single vertex of its level.  One call is one Leiden iteration.
 *
 * Last, each community is split into its connected parts, which raises Q
 * (no tie joins the parts, and r n_A n_B > 0 is no longer subtracted), so
 * every community is connected.  Isolated vertices stay alone.
 *
 * *at_bound_out (may be NULL) tells whether a level reached the visit bound
 * of o->max_iterations.  Deterministic for a given seed; uses no igraph
 * random numbers.  membership (initialised by the caller) is resized to the
 * vertex count and numbered 0, 1, ... in order of first appearance;
 * *count_out (may be NULL) gets the number of communities.  Errors:
 * SN_ENOMEM; the options are the caller's to check.  Time: O(m) per pass
 * over the ties, a few passes per level, O(log n) levels in practice; memory O(n + m).
 */
sn_error_t sn__louvain(igraph_vector_int_t *membership, igraph_integer_t *count_out,
		       bool *at_bound_out, const sn__louvain_graph_t *lg,
		       const sn__louvain_options_t *o);

/*
 * Louvain on the n rows `rows` (as for sn__louvain_graph_new()) with the
 * objective, resolution, max_iterations and seed of `c`.  Errors as above.
 */
sn_error_t sn__louvain_once(igraph_vector_int_t *membership, bool *at_bound_out,
			    const adj_rows_t *rows, igraph_integer_t n, const double *loops,
			    const sn_communities_options_t *c);

#endif
