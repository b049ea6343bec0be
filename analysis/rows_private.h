/*
 * rows_private.h: a weighted adjacency in compressed rows and its product
 * with a vector on several threads, the operand of the spectral measures
 * (eigenvector, hub and authority scores through ARPACK; PageRank).
 * Contiguous rows make a product on millions of ties several times faster
 * than reading igraph's edge index or incidence lists.
 */
#ifndef SAMNET_ROWS_PRIVATE_H
#define SAMNET_ROWS_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include <igraph.h>

typedef struct {
	igraph_integer_t *off;   /* [n + 1] */
	int32_t *adj;            /* [off[n]] */
	double *w;               /* [off[n]] weights, or NULL */
	float *wf;               /* [off[n]] the weights in 4 bytes when each is a float exactly
				    (w NULL then), or NULL; both NULL: every entry 1 */
} adj_rows_t;

/* The weight of entry k. */
static inline double sn__adj_rows_weight(const adj_rows_t *r, igraph_integer_t k)
{
	return r->w ? r->w[k] : r->wf ? (double)r->wf[k] : 1.0;
}

/*
 * Room for `nv` rows and `entries` entries, with room for weights `w` (NULL:
 * none) as floats when every one is a float exactly (sn__weights_fit_float()),
 * else as doubles; false: out of memory.
 */
bool sn__adj_rows_alloc(adj_rows_t *r, igraph_integer_t nv, igraph_integer_t entries,
			const igraph_vector_t *w);

/*
 * Fills `r` (allocated large enough, for the same `w`) with the rows of the vertices vs[0 ..
 * nv) of undirected `g` (vs NULL: 0 .. nv-1), neighbour u written as
 * local[u] (local NULL: u), weights `w` (NULL: 1 where r has weights).  A
 * row lists the vertex's ties as igraph's edge index orders them, its
 * out-ties then its in-ties, which for ties sorted by (lower, higher) end, as
 * every projection's are, is the order of the tie ids; a self-loop appears
 * twice, as igraph counts it.  Needs fewer than 2^31 vertices.
 */
void sn__adj_rows_fill(adj_rows_t *r, const igraph_t *g, const igraph_vector_t *w,
		       const igraph_integer_t *vs, igraph_integer_t nv,
		       const igraph_integer_t *local);

/* The entries of vertex v's row in g: its degree, a self-loop counted twice. */
igraph_integer_t sn__adj_rows_degree(const igraph_t *g, igraph_integer_t v);

/* Allocates and fills the rows of all of `g`; false when out of memory. */
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
