/*
 * analysis/louvain_private.h: samnet's own Louvain partition, the default
 * community method of the time slices (analysis/dynamics.c).  Not exported.
 */
#ifndef SAMNET_ANALYSIS_LOUVAIN_PRIVATE_H
#define SAMNET_ANALYSIS_LOUVAIN_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/communities.h"

/*
 * Partitions the undirected graph `g` (tie weights `weights`, NULL: all 1,
 * else finite and > 0) by the Louvain method (Blondel, Guillaume, Lambiotte
 * & Lefebvre 2008) on the quality of igraph's Leiden,
 *     Q = sum_ij (A_ij - r n_i n_j) [c_i = c_j],
 * with n_i the strength of i and r = resolution / 2m (`objective`
 * modularity) or n_i = 1 and r = resolution (CPM).  Each level moves single
 * vertices to the neighbouring community (or an empty one) of largest gain
 * until no move gains, visiting the vertices in a random order drawn from
 * `seed` and afterwards only the neighbours of moved vertices (the queue of
 * Traag, Waltman & van Eck 2019); then the communities become the vertices
 * of the next level, until a level moves nothing.  Last, each community is
 * split into its connected parts, which raises Q (no tie joins the parts,
 * and r n_A n_B > 0 is no longer subtracted), so every community is
 * connected, as with Leiden.  Isolated vertices stay alone.
 *
 * `max_iterations` (>= 1) bounds each level at max_iterations * (vertices
 * of the level) single-vertex visits; *at_bound_out (may be NULL) tells
 * whether a level reached it.  Deterministic for a given seed; uses no
 * igraph random numbers.
 *
 * membership_out (initialised by the caller) is resized to the vertex
 * count and numbered 0, 1, ... in order of first appearance; *count_out
 * gets the number of communities.  Errors: SN_ENOMEM.  The graph and its
 * weights are the caller's to check (sn__communities_check_graph()).
 * Time: O(m) per pass over the ties, a few passes per level, O(log n)
 * levels in practice; memory O(n + m).
 */
sn_error_t sn__louvain(igraph_vector_int_t *membership_out, igraph_integer_t *count_out,
		       bool *at_bound_out, const igraph_t *g, const igraph_vector_t *weights,
		       sn_community_objective_t objective, double resolution, int max_iterations,
		       uint64_t seed);

#endif
