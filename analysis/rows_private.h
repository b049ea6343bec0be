/*
 * rows_private.h: a weighted adjacency in compressed rows and its product
 * with a vector on several threads, the operand of the spectral measures
 * (eigenvector, hub and authority scores through ARPACK; PageRank).
 * Contiguous rows make a product on millions of ties several times faster
 * than reading igraph's edge index or incidence lists.
 */
#ifndef SAMNET_ROWS_PRIVATE_H
#define SAMNET_ROWS_PRIVATE_H

#include <stdint.h>

#include <igraph.h>

typedef struct {
	igraph_integer_t *off;   /* [n + 1] */
	int32_t *adj;            /* [off[n]] */
	double *w;               /* [off[n]], or NULL: every entry 1 */
} adj_rows_t;

/*
 * The rows of undirected `g` (weights `w`, may be NULL: the rows' w stays
 * NULL): each vertex's ties in igraph's incidence order, a self-loop twice,
 * as igraph counts it.  Needs n < 2^31; false when out of memory.
 */
bool sn__adj_rows_from_graph(adj_rows_t *r, const igraph_t *g, const igraph_vector_t *w);

void sn__adj_rows_free(adj_rows_t *r);

/*
 * to[i] = sum over row i of w[k] from[adj[k]], rows 0..n-1, on the path
 * measures' threads (SAMNET_THREADS) when there are more than a million
 * entries.  Each row is summed in one order whatever the split, so the
 * values do not depend on the thread count.
 */
void sn__adj_rows_multiply(const adj_rows_t *r, igraph_integer_t n, double *to, const double *from);

#endif
