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
 * Allocates and fills the rows of all of undirected `g` with the weights `w`
 * (NULL: none; floats when every one is a float exactly, sn__weights_fit_float(),
 * else doubles).  A row lists the vertex's ties as igraph's edge index orders
 * them, its out-ties then its in-ties, which for ties sorted by (lower,
 * higher) end, as every projection's are, is the order of the tie ids and
 * of the neighbours; a self-loop appears twice, as igraph counts it.  Needs
 * fewer than 2^31 vertices.  False when out of memory.
 */
bool sn__adj_rows_from_graph(adj_rows_t *r, const igraph_t *g, const igraph_vector_t *w);

/* Frees the arrays and zeroes `r` (a zeroed `r` is fine). */
void sn__adj_rows_free(adj_rows_t *r);

#endif
