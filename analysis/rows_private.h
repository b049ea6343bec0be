/*
 * rows_private.h: the product of compressed rows (base/rows.h) with a
 * vector on several threads, the operand of the spectral measures
 * (eigenvector, hub and authority scores through ARPACK; PageRank).
 */
#ifndef SAMNET_ROWS_PRIVATE_H
#define SAMNET_ROWS_PRIVATE_H

#include <igraph.h>

#include "base/rows.h"
#include "samnet/error.h"

/*
 * to[i] = sum over row i of w[k] from[adj[k]], rows 0..n-1, on the path
 * measures' threads (SAMNET_THREADS) when there are more than a million
 * entries.  Each row is summed in one order whatever the split, so the
 * values do not depend on the thread count.
 */
void sn__adj_rows_multiply(const adj_rows_t *r, igraph_integer_t n, double *to, const double *from);

/*
 * The product with the subgraph on the vertices vs[0 .. n) of `r`, read in
 * place: to[i] = sum over row vs[i] of w[k] from[local[adj[k]]], where
 * local[u] is u's position in vs (every neighbour of a vertex of vs must be
 * in vs: a union of components).  The same sums, in the same order, as the
 * product with the subgraph's rows copied out, without the copy.
 */
void sn__adj_rows_multiply_view(const adj_rows_t *r, const igraph_integer_t *vs,
				const igraph_integer_t *local, igraph_integer_t n, double *to,
				const double *from);

/*
 * PageRank (damping SN_PAGERANK_DAMPING) of the n rows of `r` into `out`,
 * resized: sn_centrality_pagerank()'s values, which it computes here.
 * SN_ELIMIT at 2^31 vertices, SN_ENOMEM.
 */
sn_error_t sn__pagerank_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
			    bool normalized);

#endif
