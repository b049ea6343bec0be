/* Compressed rows and their product with a vector (analysis/rows_private.h). */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>

#include "analysis/fastpaths_private.h"
#include "analysis/rows_private.h"

/* Below this many entries a product runs on the calling thread alone. */
enum { ROWS_PARALLEL = 1 << 20 };

typedef struct {
	const adj_rows_t *r;
	const igraph_integer_t *vs, *local;   /* a view (both NULL: all rows) */
	igraph_integer_t n;
	double *to;
	const double *from;
} product_t;

static int64_t entries_before(const void *arg, int64_t row)
{
	const product_t *p = arg;

	/* A view's rows are scattered: balance the spans by rows, as well as may be. */
	return p->vs ? row * (p->r->off[p->vs[p->n - 1] + 1] / p->n + 1) : p->r->off[row];
}

/* The weighted sum of row `v`, neighbour u read at from[map ? map[u] : u]. */
static inline double row_sum(const adj_rows_t *r, igraph_integer_t v, const double *from,
			     const igraph_integer_t *map)
{
	double sum = 0;

	if (map) {
		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			sum += sn__adj_rows_weight(r, k) * from[map[r->adj[k]]];
	} else if (r->w) {
		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			sum += r->w[k] * from[r->adj[k]];
	} else if (r->wf) {
		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			sum += (double)r->wf[k] * from[r->adj[k]];
	} else {
		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			sum += from[r->adj[k]];
	}
	return sum;
}

static void product_span(void *arg, int64_t lo, int64_t hi)
{
	const product_t *p = arg;

	for (int64_t i = lo; i < hi; i++)
		p->to[i] = row_sum(p->r, p->vs ? p->vs[i] : i, p->from, p->local);
}

static void multiply(const product_t *p, igraph_integer_t entries)
{
	int nt = entries < ROWS_PARALLEL ? 1 :
		 sn__fast_thread_count(0, p->n < INT32_MAX ? (int32_t)p->n : INT32_MAX);

	sn__fast_spans_run(p->n, nt, entries_before, product_span, (void *)p);
}

void sn__adj_rows_multiply(const adj_rows_t *r, igraph_integer_t n, double *to, const double *from)
{
	product_t p = { r, NULL, NULL, n, to, from };

	multiply(&p, r->off[n]);
}

void sn__adj_rows_multiply_view(const adj_rows_t *r, const igraph_integer_t *vs,
				const igraph_integer_t *local, igraph_integer_t n, double *to,
				const double *from)
{
	product_t p = { r, vs, local, n, to, from };
	igraph_integer_t entries = 0;

	if (n == 0)
		return;
	/* A rough count suffices to choose threads: the span of rows the view touches. */
	entries = r->off[vs[n - 1] + 1] - r->off[vs[0]];
	multiply(&p, entries);
}
