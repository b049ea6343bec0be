/*
 * base/rows.h (private, graph layer): an undirected weighted graph in
 * compressed rows, each tie in the rows of both its ends.  The storage of
 * a projection (samnet/network.h) and the operand of the measures that walk
 * rows (PageRank, eigenvector, coreness, Louvain and Leiden): contiguous
 * rows take 8 or 12 bytes an entry against igraph's 32 bytes a tie and its
 * edge index, and a product on millions of ties runs several times faster.
 */
#ifndef SAMNET_BASE_ROWS_H
#define SAMNET_BASE_ROWS_H

#include <stdbool.h>
#include <stdint.h>

#include <igraph.h>

typedef struct sn__adj_rows {
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
 * every projection's are, is the order of the tie ids and of the
 * neighbours; a self-loop appears twice, as igraph counts it.  Needs fewer
 * than 2^31 vertices.
 */
void sn__adj_rows_fill(adj_rows_t *r, const igraph_t *g, const igraph_vector_t *w,
		       const igraph_integer_t *vs, igraph_integer_t nv,
		       const igraph_integer_t *local);

/* The entries of vertex v's row in g: its degree, a self-loop counted twice. */
igraph_integer_t sn__adj_rows_degree(const igraph_t *g, igraph_integer_t v);

/* Allocates and fills the rows of all of `g`; false when out of memory. */
bool sn__adj_rows_from_graph(adj_rows_t *r, const igraph_t *g, const igraph_vector_t *w);

/* Frees the arrays and zeroes `r` (a zeroed `r` is fine). */
void sn__adj_rows_free(adj_rows_t *r);

#endif
