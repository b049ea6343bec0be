/*
 * PageRank by power iteration on compressed rows (analysis/rows_private.h).
 *
 * igraph's PRPACK copies the graph twice into weighted structures of its own
 * (about 48 bytes a tie: 250 MB beside a projection of 5.5 million ties, the
 * memory peak of the pipeline at 100 000 actors), stops at a residual of
 * 1e-10 and sums on OpenMP threads in an order that varies between runs.
 * The rows take 12 bytes an entry, two entries a tie (8 when every weight is a
 * float exactly, as counts are; 4 bytes unweighted), the
 * iteration three vectors of n doubles, and the products run on the path
 * measures' threads, each vertex's sum in one order, so the values do not
 * depend on the number of threads.
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "samnet/centrality.h"
#include "analysis/graphcheck.h"
#include "analysis/rows_private.h"

/*
 * Iteration stops when two successive vectors differ by less than this in
 * L1 norm (then they are within d / (1 - d) times that of the fixed point),
 * or at the latest after the steps that bring the starting error (at most 2,
 * multiplied by the damping factor d at each step) below a tenth of it.
 */
#define PAGERANK_TOLERANCE 1e-14

/* The steps k after which 2 d^k / (1 - d) < PAGERANK_TOLERANCE / 10. */
static int step_bound(double d)
{
	return (int)ceil(log(PAGERANK_TOLERANCE / 10 * (1 - d) / 2) / log(d));
}

/*
 * x <- (1 - d) / n + d (sum over ties of x[u] w / strength[u] + dangling / n),
 * where `dangling` is the rank of the vertices without ties, which jump
 * uniformly; then x is scaled to sum 1.  x, z, next: n doubles each.
 */
static void iterate(double *x, double *z, double *next, const double *strength,
		    const adj_rows_t *r, igraph_integer_t n, double d)
{
	int bound = step_bound(d);

	for (igraph_integer_t v = 0; v < n; v++)
		x[v] = 1.0 / (double)n;
	for (int step = 0; step < bound; step++) {
		double dangling = 0, sum = 0, diff = 0, base;

		for (igraph_integer_t v = 0; v < n; v++) {
			z[v] = strength[v] > 0 ? x[v] / strength[v] : 0;
			dangling += strength[v] > 0 ? 0 : x[v];
		}
		sn__adj_rows_multiply(r, n, next, z);
		base = ((1 - d) + d * dangling) / (double)n;
		for (igraph_integer_t v = 0; v < n; v++)
			sum += next[v] = base + d * next[v];
		for (igraph_integer_t v = 0; v < n; v++) {
			next[v] /= sum;
			diff += fabs(next[v] - x[v]);
			x[v] = next[v];
		}
		if (diff < PAGERANK_TOLERANCE)
			break;
	}
}

sn_error_t sn__pagerank_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
			    bool normalized)
{
	double *buf = NULL;

	(void)normalized;   /* PageRank sums to 1 either way */
	if (n > INT32_MAX)
		return sn_error_set(SN_ELIMIT, "PageRank: more than %d vertices", INT32_MAX);
	if (igraph_vector_resize(out, n) != IGRAPH_SUCCESS ||
	    (n > 0 && (buf = malloc(3 * (size_t)n * sizeof *buf)) == NULL))
		return sn_error_set(SN_ENOMEM, "PageRank: out of memory");
	if (n == 0)
		return SN_OK;
	/* Strengths first, the product with 1 (buf + n holds them). */
	for (igraph_integer_t v = 0; v < n; v++)
		buf[v] = 1;
	sn__adj_rows_multiply(r, n, buf + n, buf);
	iterate(VECTOR(*out), buf, buf + 2 * n, buf + n, r, n, SN_PAGERANK_DAMPING);
	free(buf);
	return SN_OK;
}

sn_error_t sn_centrality_pagerank(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights, bool normalized)
{
	sn_error_t rc = sn__graph_require_undirected(g, "PageRank");
	adj_rows_t rows;

	if (rc == SN_OK)
		rc = sn__graph_check_weights(g, weights, "PageRank");
	if (rc != SN_OK)
		return rc;
	if (igraph_vcount(g) > INT32_MAX)
		return sn_error_set(SN_ELIMIT, "PageRank: more than %d vertices", INT32_MAX);
	if (!sn__adj_rows_from_graph(&rows, g, weights))
		return sn_error_set(SN_ENOMEM, "PageRank: out of memory");
	rc = sn__pagerank_rows(out, &rows, igraph_vcount(g), normalized);
	sn__adj_rows_free(&rows);
	return rc;
}
