/*
 * Degree-preserving null models: the curveball algorithm for two-mode
 * incidences (Strona et al. 2014; Carstens 2015) and double edge swaps for
 * one-mode graphs (Maslov & Sneppen 2002).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/nullmodel.h"
#include "samnet/rng_gsl.h"

size_t sn_curveball_default_trades(const sn_incidence_t *inc)
{
	size_t t = 5 * inc->nmemberships;

	return t ? t : 1;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/*
 * One trade between rows a and b (sorted, same incidence).  `buf` holds
 * at least min(len a, len b) + len a + len b entries.  The projects only
 * one of the two takes part in go to a pool; a uniformly random subset of the size a had before
 * goes back to a (partial Fisher-Yates), the rest to b.
 */
static void trade(size_t *ra, size_t ka, size_t *rb, size_t kb, size_t *buf, gsl_rng *rng)
{
	size_t *shared = buf, nshared = 0;
	size_t *pool = buf + (ka < kb ? ka : kb), npool = 0, na = 0;
	size_t i = 0, j = 0;

	/* Shared entries fill buf from the left, the pool starts after the
	 * largest possible shared block. */
	while (i < ka || j < kb) {
		if (j == kb || (i < ka && ra[i] < rb[j])) {
			pool[npool++] = ra[i++];
			na++;
		} else if (i == ka || rb[j] < ra[i]) {
			pool[npool++] = rb[j++];
		} else {
			shared[nshared++] = ra[i];
			i++;
			j++;
		}
	}
	if (npool == 0)
		return;
	for (size_t k = 0; k < na; k++) {
		size_t r = k + (size_t)gsl_rng_uniform_int(rng, (unsigned long)(npool - k));
		size_t t = pool[k];

		pool[k] = pool[r];
		pool[r] = t;
	}
	memcpy(ra, shared, nshared * sizeof *ra);
	memcpy(ra + nshared, pool, na * sizeof *ra);
	memcpy(rb, shared, nshared * sizeof *rb);
	memcpy(rb + nshared, pool + na, (npool - na) * sizeof *rb);
	qsort(ra, ka, sizeof *ra, cmp_size);
	qsort(rb, kb, sizeof *rb, cmp_size);
}

sn_error_t sn_curveball(sn_incidence_t *inc, sn_rng_t *generator, size_t trades)
{
	gsl_rng *rng = sn_rng_gsl(generator);
	size_t n = inc->nactors, maxdeg = 0;
	size_t *buf;

	if (n < 2)
		return SN_OK;
	if (trades == 0)
		trades = sn_curveball_default_trades(inc);
	for (size_t a = 0; a < n; a++) {
		size_t k = inc->start[a + 1] - inc->start[a];

		if (k > maxdeg)
			maxdeg = k;
	}
	buf = malloc((3 * maxdeg + 1) * sizeof *buf);
	if (buf == NULL)
		return sn_error_set(SN_ENOMEM, "curveball: out of memory");
	for (size_t t = 0; t < trades; t++) {
		size_t a = (size_t)gsl_rng_uniform_int(rng, (unsigned long)n);
		size_t b = (size_t)gsl_rng_uniform_int(rng, (unsigned long)(n - 1));

		if (b >= a)
			b++;
		trade(inc->proj + inc->start[a], inc->start[a + 1] - inc->start[a],
		      inc->proj + inc->start[b], inc->start[b + 1] - inc->start[b], buf, rng);
	}
	free(buf);
	return SN_OK;
}

/* Replaces `old` by `new` in the adjacency row of vertex v. */
static void adj_replace(igraph_integer_t *row, igraph_integer_t len, igraph_integer_t old,
			igraph_integer_t new)
{
	for (igraph_integer_t k = 0; k < len; k++) {
		if (row[k] == old) {
			row[k] = new;
			return;
		}
	}
}

typedef struct {
	igraph_integer_t *start;   /* [n + 1] */
	igraph_integer_t *nb;      /* [2m] */
} adj_t;

static bool adj_has(const adj_t *adj, igraph_integer_t u, igraph_integer_t v)
{
	igraph_integer_t du = adj->start[u + 1] - adj->start[u];
	igraph_integer_t dv = adj->start[v + 1] - adj->start[v];

	if (dv < du) {
		igraph_integer_t t = u;
		u = v;
		v = t;
	}
	for (igraph_integer_t k = adj->start[u]; k < adj->start[u + 1]; k++)
		if (adj->nb[k] == v)
			return true;
	return false;
}

static sn_error_t adj_build(adj_t *adj, const igraph_t *g, const igraph_integer_t *ends)
{
	igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
	igraph_integer_t *fill;

	adj->start = calloc((size_t)n + 1, sizeof *adj->start);
	adj->nb = malloc(((size_t)2 * m + 1) * sizeof *adj->nb);
	fill = malloc(((size_t)n + 1) * sizeof *fill);
	if (adj->start == NULL || adj->nb == NULL || fill == NULL) {
		free(fill);
		return sn_error_set(SN_ENOMEM, "rewire: out of memory");
	}
	for (igraph_integer_t k = 0; k < 2 * m; k++)
		adj->start[ends[k] + 1]++;
	for (igraph_integer_t v = 0; v < n; v++)
		adj->start[v + 1] += adj->start[v];
	memcpy(fill, adj->start, ((size_t)n + 1) * sizeof *fill);
	for (igraph_integer_t e = 0; e < m; e++) {
		adj->nb[fill[ends[2 * e]]++] = ends[2 * e + 1];
		adj->nb[fill[ends[2 * e + 1]]++] = ends[2 * e];
	}
	free(fill);
	return SN_OK;
}

/* One attempted double edge swap on the edge list `ends` with adjacency `adj`. */
static void swap_once(igraph_integer_t *ends, igraph_integer_t m, adj_t *adj, gsl_rng *rng)
{
	igraph_integer_t e1 = (igraph_integer_t)gsl_rng_uniform_int(rng, (unsigned long)m);
	igraph_integer_t e2 = (igraph_integer_t)gsl_rng_uniform_int(rng, (unsigned long)(m - 1));
	igraph_integer_t a, b, c, d;

	if (e2 >= e1)
		e2++;
	a = ends[2 * e1];
	b = ends[2 * e1 + 1];
	c = ends[2 * e2];
	d = ends[2 * e2 + 1];
	if (gsl_rng_uniform_int(rng, 2)) {
		igraph_integer_t t = c;
		c = d;
		d = t;
	}
	/* New edges (a,d) and (c,b). */
	if (a == d || c == b || adj_has(adj, a, d) || adj_has(adj, c, b))
		return;
	adj_replace(adj->nb + adj->start[a], adj->start[a + 1] - adj->start[a], b, d);
	adj_replace(adj->nb + adj->start[b], adj->start[b + 1] - adj->start[b], a, c);
	adj_replace(adj->nb + adj->start[c], adj->start[c + 1] - adj->start[c], d, b);
	adj_replace(adj->nb + adj->start[d], adj->start[d + 1] - adj->start[d], c, a);
	ends[2 * e1 + 1] = d;
	ends[2 * e2] = c;
	ends[2 * e2 + 1] = b;
}

sn_error_t sn_rewire_degree_preserving(igraph_t *graph, sn_rng_t *generator, size_t swaps)
{
	gsl_rng *rng = sn_rng_gsl(generator);
	igraph_vector_int_t edges;
	igraph_bool_t simple;
	igraph_integer_t m = igraph_ecount(graph), n = igraph_vcount(graph);
	adj_t adj = { NULL, NULL };
	igraph_t fresh;
	sn_error_t err;

	if (igraph_is_directed(graph))
		return sn_error_set(SN_EINVAL, "rewire: the graph is directed");
	err = sn_error_from_igraph(igraph_is_simple(graph, &simple), "rewire");
	if (err)
		return err;
	if (!simple)
		return sn_error_set(SN_EINVAL, "rewire: the graph has loops or multi-edges");
	if (m < 2)
		return SN_OK;
	if (swaps == 0)
		swaps = 10 * (size_t)m;
	if (igraph_vector_int_init(&edges, 0))
		return sn_error_set(SN_ENOMEM, "rewire: out of memory");
	err = sn_error_from_igraph(igraph_get_edgelist(graph, &edges, false), "rewire");
	if (err)
		goto done;
	err = adj_build(&adj, graph, VECTOR(edges));
	if (err)
		goto done;
	for (size_t s = 0; s < swaps; s++)
		swap_once(VECTOR(edges), m, &adj, rng);
	err = sn_error_from_igraph(igraph_create(&fresh, &edges, n, IGRAPH_UNDIRECTED), "rewire");
	if (err)
		goto done;
	igraph_destroy(graph);
	*graph = fresh;
done:
	free(adj.start);
	free(adj.nb);
	igraph_vector_int_destroy(&edges);
	return err;
}
