/*
 * base/components.h (private, graph layer): the weak components of a graph
 * by union-find over its ties, for every layer that counts or groups them.
 */
#ifndef SAMNET_BASE_COMPONENTS_H
#define SAMNET_BASE_COMPONENTS_H

#include <igraph.h>

#include "samnet/error.h"

/*
 * The weak components of `g` (directions ignored): *count, and when not
 * NULL membership[v] (resized to the vertex count) and sizes[c] (resized to
 * *count), components numbered in order of their lowest vertex, as
 * igraph_connected_components(IGRAPH_WEAK) numbers them.  One pass over
 * the ties with union by size and path halving, no adjacency list:
 * O(n + m α(n)) time, O(n) memory.  SN_ENOMEM.
 */
sn_error_t sn__components(const igraph_t *g, igraph_vector_int_t *membership,
			  igraph_vector_int_t *sizes, igraph_integer_t *count);

/* The same for the n rows of `r` (base/rows.h). */
struct sn__adj_rows;
sn_error_t sn__components_rows(const struct sn__adj_rows *r, igraph_integer_t n,
			       igraph_vector_int_t *membership, igraph_vector_int_t *sizes,
			       igraph_integer_t *count);

#endif
