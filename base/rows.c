/* Compressed rows of an undirected graph (base/rows.h). */
#include "config.h"

#include <stdlib.h>

#include "base/rows.h"
#include "base/weights.h"

/* Room for nv rows and `entries` entries, the weights `w` (NULL: none) as floats when each is one exactly. */
static bool rows_alloc(adj_rows_t *r, igraph_integer_t nv, igraph_integer_t entries,
		       const igraph_vector_t *w)
{
	size_t room = (size_t)entries + 1;
	bool compact = w && sn__weights_fit_float(w);

	r->off = malloc(((size_t)nv + 1) * sizeof *r->off);
	r->adj = malloc(room * sizeof *r->adj);
	r->w = w && !compact ? malloc(room * sizeof *r->w) : NULL;
	r->wf = compact ? malloc(room * sizeof *r->wf) : NULL;
	if (!r->off || !r->adj || (w && !r->w && !r->wf)) {
		sn__adj_rows_free(r);
		return false;
	}
	return true;
}

/* Entry k of r gets the weight of edge e (1 without w), in r's storage. */
static inline void set_weight(adj_rows_t *r, igraph_integer_t k, const igraph_vector_t *w,
			      igraph_integer_t e)
{
	if (r->w)
		r->w[k] = w ? VECTOR(*w)[e] : 1.0;
	else if (r->wf)
		r->wf[k] = w ? (float)VECTOR(*w)[e] : 1.0f;
}

/*
 * igraph 0.10's edge index (igraph_datatype.h, as base/graph_build.c writes
 * it): the ties of v are the edges oi[os[v] .. os[v+1]), whose `from` is v,
 * and ii[is[v] .. is[v+1]), whose `to` is v; a self-loop is in both.
 */
bool sn__adj_rows_from_graph(adj_rows_t *r, const igraph_t *g, const igraph_vector_t *w)
{
	const igraph_integer_t *os = VECTOR(g->os), *is = VECTOR(g->is);
	const igraph_integer_t *oi = VECTOR(g->oi), *ii = VECTOR(g->ii);
	const igraph_integer_t *from = VECTOR(g->from), *to = VECTOR(g->to);
	igraph_integer_t n = igraph_vcount(g), k = 0;

	if (!rows_alloc(r, n, 2 * igraph_ecount(g), w))
		return false;
	for (igraph_integer_t v = 0; v < n; v++) {
		r->off[v] = k;
		for (igraph_integer_t j = os[v]; j < os[v + 1]; j++, k++) {
			r->adj[k] = (int32_t)to[oi[j]];
			set_weight(r, k, w, oi[j]);
		}
		for (igraph_integer_t j = is[v]; j < is[v + 1]; j++, k++) {
			r->adj[k] = (int32_t)from[ii[j]];
			set_weight(r, k, w, ii[j]);
		}
	}
	r->off[n] = k;
	return true;
}

void sn__adj_rows_free(adj_rows_t *r)
{
	free(r->off);
	free(r->adj);
	free(r->w);
	free(r->wf);
	*r = (adj_rows_t){ NULL, NULL, NULL, NULL };
}
