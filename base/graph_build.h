/*
 * base/graph_build.h (private, graph layer): an igraph graph from ties that
 * are sorted already, without igraph_create()'s sorting.
 */
#ifndef SAMNET_BASE_GRAPH_BUILD_H
#define SAMNET_BASE_GRAPH_BUILD_H

#include <igraph.h>

#include "samnet/error.h"

/*
 * The undirected graph on `n` vertices whose tie e joins lo[e] and hi[e]:
 * the graph igraph_create() makes from the edge list lo[0], hi[0], lo[1],
 * hi[1], ..., vector for vector, but in O(n + m) by one counting pass
 * instead of igraph's four radix passes over linked lists (at 5.5 million
 * ties, seconds).  Requires a simple graph's ties, lo[e] < hi[e] < n,
 * strictly increasing by (lo, hi) (a projection's order) or by (hi, lo)
 * (the two-mode network's: by project, then actor), which is checked
 * (SN_EINVAL otherwise):
 * igraph's order of repeated ties is its sort's, not reproduced here.  On success the graph
 * takes over the storage of `lo` and `hi`, which are left as destroyed
 * vectors (destroying them again does nothing); on error they are
 * untouched.  SN_ENOMEM.
 *
 * It fills igraph 0.10's edge-indexed representation (igraph_datatype.h:
 * from, to, oi, ii, os, is) directly and then invalidates the property
 * cache; tests/check_graph_build.c compares every vector with
 * igraph_create()'s, so a change of that layout fails the tests.
 */
sn_error_t sn__graph_from_sorted_ties(igraph_t *out, igraph_integer_t n, igraph_vector_int_t *lo,
				      igraph_vector_int_t *hi);

#endif
