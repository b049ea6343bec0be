/*
 * One-mode projections.  Both modes are stored as compressed adjacency
 * (CSR) arrays; ties are found with a sparse accumulator: for each vertex i,
 * walk its neighbours' neighbours j > i, summing into a dense scratch row
 * and remembering which j were touched.  Cost O(sum over the other mode of
 * degree^2); no pair of vertices without a shared neighbour is ever looked at.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "samnet/network.h"
#include "base/graph_build.h"
#include "base/progress_private.h"
#include "base/rows.h"
#include "base/projection_private.h"
#include "base/sorted.h"

typedef sn__csr_t csr_t;

static void csr_free(csr_t *c)
{
	free(c->start);
	free(c->nbr);
	c->start = c->nbr = NULL;
}

/* The actor vertex and the project index (within projects) of edge e. */
static void edge_ends(const sn_network_t *net, igraph_integer_t e, igraph_integer_t *a,
		      igraph_integer_t *p)
{
	igraph_integer_t x = IGRAPH_FROM(&net->graph, e), y = IGRAPH_TO(&net->graph, e);

	*a = x < y ? x : y;
	*p = (x < y ? y : x) - (igraph_integer_t)net->nactors;
}

/* CSR of one side from the membership list: side 0 = actors, 1 = projects. */
static sn_error_t csr_build(csr_t *out, const sn_network_t *net, int side)
{
	size_t m = (size_t)igraph_ecount(&net->graph);  /* the memberships that became edges */
	size_t n = side == 0 ? net->nactors : net->nprojects;

	out->n = n;
	out->start = calloc(n + 1, sizeof *out->start);
	out->nbr = malloc((m ? m : 1) * sizeof *out->nbr);
	size_t *fill = malloc((n ? n : 1) * sizeof *fill);
	if (!out->start || !out->nbr || !fill) {
		free(fill);
		csr_free(out);
		return sn_error_set(SN_ENOMEM, "out of memory building the projection");
	}
	/* Every edge joins an actor (the smaller vertex id) and a project. */
	for (igraph_integer_t e = 0; e < (igraph_integer_t)m; e++) {
		igraph_integer_t a, p;
		edge_ends(net, e, &a, &p);
		out->start[(side == 0 ? a : p) + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		out->start[i + 1] += out->start[i];
	memcpy(fill, out->start, n * sizeof *fill);
	/* Edges are sorted by project then actor, so each list comes out ascending. */
	for (igraph_integer_t e = 0; e < (igraph_integer_t)m; e++) {
		igraph_integer_t a, p;
		edge_ends(net, e, &a, &p);
		if (side == 0)
			out->nbr[fill[a]++] = (size_t)p;
		else
			out->nbr[fill[p]++] = (size_t)a;
	}
	free(fill);
	return SN_OK;
}

static size_t degree(const csr_t *c, size_t i)
{
	return c->start[i + 1] - c->start[i];
}

const char *sn_weighting_name(sn_weighting_t w)
{
	static const char *const names[] = { "count", "newman", "jaccard", "overlap" };
	return (unsigned)w < 4 ? names[w] : "?";
}

sn_error_t sn_weighting_parse(const char *name, sn_weighting_t *out)
{
	for (int w = SN_WEIGHT_COUNT; w <= SN_WEIGHT_OVERLAP; w++)
		if (strcmp(name, sn_weighting_name((sn_weighting_t)w)) == 0) {
			*out = (sn_weighting_t)w;
			return SN_OK;
		}
	return sn_error_set(SN_EINVAL, "unknown weighting '%s' (expected count, newman, jaccard or overlap)",
			    name);
}

void sn_projection_init(sn_projection_t *p)
{
	memset(p, 0, sizeof *p);
}

/*
 * Under count weighting a tie's weight is its number of shared neighbours:
 * the shared counts are then the weights (at 5.5 million ties, 44 MB less).
 */
static bool shares_weight(sn_weighting_t weighting)
{
	return weighting == SN_WEIGHT_COUNT;
}

void sn_projection_destroy(sn_projection_t *p)
{
	if (!p)
		return;
	if (p->built) {
		if (!shares_weight(p->weighting))
			igraph_vector_destroy(&p->shared);
		if (p->lazy_weight)
			igraph_vector_destroy(p->lazy_weight);
		free(p->lazy_weight);
		sn__adj_rows_free(p->rows);
		free(p->rows);
		if (p->lazy_graph)
			igraph_destroy(p->lazy_graph);
		free(p->lazy_graph);
	}
	sn_projection_init(p);
}

typedef struct {
	const csr_t *self;   /* the projected mode */
	const csr_t *other;  /* the mode projected through */
	size_t *count;       /* [self->n] shared neighbours with the current vertex */
	double *newman;      /* [self->n] sum of 1/(k - 1) over shared neighbours */
	size_t *touched;     /* [self->n] vertices j touched for the current i */
} accum_t;

static void accum_free(accum_t *a)
{
	free(a->count);
	free(a->newman);
	free(a->touched);
	a->count = a->touched = NULL;
	a->newman = NULL;
}

static sn_error_t accum_init(accum_t *a, const csr_t *self, const csr_t *other)
{
	size_t n = self->n ? self->n : 1;

	memset(a, 0, sizeof *a);
	a->self = self;
	a->other = other;
	a->count = calloc(n, sizeof *a->count);
	a->newman = calloc(n, sizeof *a->newman);
	a->touched = malloc(n * sizeof *a->touched);
	if (!a->count || !a->newman || !a->touched) {
		accum_free(a);
		return sn_error_set(SN_ENOMEM, "out of memory building the projection");
	}
	return SN_OK;
}

/* Both modes of the network as CSR: [0] the projected mode, [1] the other. */
typedef struct {
	csr_t csr[2];
	accum_t acc;
} modes_t;

static void modes_free(modes_t *m)
{
	csr_free(&m->csr[0]);
	csr_free(&m->csr[1]);
	accum_free(&m->acc);
}

static sn_error_t modes_init(modes_t *m, const sn_network_t *net, sn_mode_t mode)
{
	int self = mode == SN_MODE_ACTORS ? 0 : 1;
	sn_error_t err;

	memset(m, 0, sizeof *m);
	if ((err = csr_build(&m->csr[0], net, self)) != SN_OK ||
	    (err = csr_build(&m->csr[1], net, 1 - self)) != SN_OK ||
	    (err = accum_init(&m->acc, &m->csr[0], &m->csr[1])) != SN_OK)
		modes_free(m);
	return err;
}

/* Accumulates the ties of i to every j > i; returns how many j were touched. */
static size_t accumulate(accum_t *a, size_t i)
{
	size_t ntouched = 0;

	for (size_t k = a->self->start[i]; k < a->self->start[i + 1]; k++) {
		size_t p = a->self->nbr[k];
		size_t np = degree(a->other, p);
		for (size_t l = a->other->start[p + 1]; l-- > a->other->start[p];) {
			size_t j = a->other->nbr[l];
			if (j <= i)
				break;  /* lists are ascending: the rest are smaller */
			if (a->count[j]++ == 0)
				a->touched[ntouched++] = j;
			a->newman[j] += 1.0 / (double)(np - 1);
		}
	}
	return ntouched;
}

static double tie_weight(const accum_t *a, sn_weighting_t w, size_t i, size_t j)
{
	double c = (double)a->count[j];
	double di = (double)degree(a->self, i), dj = (double)degree(a->self, j);

	switch (w) {
	case SN_WEIGHT_NEWMAN: return a->newman[j];
	case SN_WEIGHT_JACCARD: return c / (di + dj - c);
	case SN_WEIGHT_OVERLAP: return c / (di < dj ? di : dj);
	case SN_WEIGHT_COUNT: break;
	}
	return c;
}

/* The vertex of the other mode with the most neighbours (its clique bounds the ties below). */
static size_t largest_other(const accum_t *a)
{
	size_t big = 0;

	for (size_t p = 1; p < a->other->n; p++)
		if (degree(a->other, p) > degree(a->other, big))
			big = p;
	return big;
}

/* Names the largest vertex of the other mode, for a size-limit message. */
static sn_error_t too_large(const sn_network_t *net, const accum_t *a, sn_mode_t mode,
			    size_t ties, bool exact, size_t max_ties)
{
	size_t big = largest_other(a);
	igraph_integer_t v = (igraph_integer_t)(mode == SN_MODE_ACTORS ? net->nactors + big : big);
	return sn_error_set(SN_ELIMIT,
			    "the projection would have %s%zu ties (limit %zu); the largest %s is '%s' "
			    "with %zu members: cap the project size, use fractional (newman) "
			    "weights on a smaller network, or use the two-mode measures",
			    exact ? "" : "at least ", ties, max_ties,
			    mode == SN_MODE_ACTORS ? "project" : "actor",
			    a->other->n ? sn_network_vertex_id(net, v) : "?",
			    a->other->n ? degree(a->other, big) : 0);
}

/* Counts the ties exactly, leaving the scratch rows zeroed.  O(sum n_p^2). */
static size_t count_ties(accum_t *a)
{
	size_t ties = 0;

	for (size_t i = 0; i < a->self->n; i++) {
		size_t t = accumulate(a, i);
		ties += t;
		for (size_t k = 0; k < t; k++) {
			a->count[a->touched[k]] = 0;
			a->newman[a->touched[k]] = 0;
		}
	}
	return ties;
}

sn_error_t sn_projection_estimate(const sn_network_t *net, sn_mode_t mode, size_t *ties_out,
				  size_t *bound_out)
{
	modes_t m;
	sn_error_t err;
	size_t bound = 0;

	if ((err = modes_init(&m, net, mode)) != SN_OK)
		return err;
	for (size_t p = 0; p < m.csr[1].n; p++) {
		size_t k = degree(&m.csr[1], p);
		bound += k * (k ? k - 1 : 0) / 2;
	}
	if (ties_out)
		*ties_out = count_ties(&m.acc);
	if (bound_out)
		*bound_out = bound;
	modes_free(&m);
	return SN_OK;
}

/*
 * The largest project's clique is a lower bound found in O(projects): a
 * project of 50 000 members is refused at once, without the quadratic count.
 */
sn_error_t sn_projection_check_limit(const sn_network_t *net, sn_mode_t mode, size_t max_ties)
{
	modes_t m;
	size_t bound, ties;
	sn_error_t err;

	if (max_ties == 0 ||
	    (err = sn_projection_estimate(net, mode, NULL, &bound)) != SN_OK || bound <= max_ties)
		return max_ties == 0 ? SN_OK : err;
	if ((err = modes_init(&m, net, mode)) != SN_OK)
		return err;
	size_t k = m.csr[1].n ? degree(&m.csr[1], largest_other(&m.acc)) : 0;
	bool exact = k * (k ? k - 1 : 0) / 2 <= max_ties;
	ties = exact ? count_ties(&m.acc) : k * (k - 1) / 2;
	if (ties > max_ties)
		err = too_large(net, &m.acc, mode, ties, exact, max_ties);
	modes_free(&m);
	return err;
}

/*
 * The projection of `self` through `other` as compressed rows, in two
 * passes over the shared neighbours: the first counts each vertex's ties,
 * the second writes them, so that the rows and the shared counts (`shared`,
 * may be NULL) are allocated at their final size and nothing else of the
 * ties' size lives beside them.  Row v lists v's neighbours ascending: those
 * below v come from the ties of smaller vertices, met earlier, then v's own
 * ties upwards; tie e, the index of `shared`, is the e-th tie of the second
 * pass, in order of (lower, higher) end, and the e-th entry above its row's
 * vertex in row order.  The rows keep the weights as floats under count
 * weighting (whole numbers below 2^24, exact), else as doubles.  Progress
 * "projection": the vertices of self passed, twice, of 2 self->n (every
 * 1024th).
 */
static sn_error_t project_rows(adj_rows_t *r, igraph_vector_t *shared, const sn__csr_t *self,
			       const sn__csr_t *other, sn_weighting_t weighting,
			       const sn_progress_t *progress)
{
	size_t n = self->n, m = 0, big = 0;
	igraph_integer_t *pos = NULL;
	accum_t a;
	sn_error_t err;

	memset(r, 0, sizeof *r);
	if (n > INT32_MAX)
		return sn_error_set(SN_ELIMIT, "the projection would have more than %d vertices",
				    INT32_MAX);
	if ((err = accum_init(&a, self, other)) != SN_OK)
		return err;
	if (!(r->off = calloc(n + 1, sizeof *r->off)) || !(pos = malloc((n + 1) * sizeof *pos))) {
		err = sn_error_set(SN_ENOMEM, "out of memory building the projection");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		if ((i & 1023) == 0)
			sn__progress(progress, "projection", i, 2 * n);
		size_t t = accumulate(&a, i);
		r->off[i + 1] += (igraph_integer_t)t;
		for (size_t k = 0; k < t; k++) {
			size_t j = a.touched[k];
			r->off[j + 1]++;
			a.count[j] = 0;
			a.newman[j] = 0;
		}
		m += t;
		big = degree(self, i) > big ? degree(self, i) : big;
	}
	for (size_t v = 0; v < n; v++) {
		r->off[v + 1] += r->off[v];
		pos[v] = r->off[v];
	}
	/* A count is at most the vertex's degree: a float holds it exactly below 2^24. */
	bool compact = weighting == SN_WEIGHT_COUNT && big < ((size_t)1 << 24);
	size_t room = 2 * m + 1;
	if (!(r->adj = malloc(room * sizeof *r->adj)) ||
	    (compact ? !(r->wf = malloc(room * sizeof *r->wf)) : !(r->w = malloc(room * sizeof *r->w))) ||
	    (shared && igraph_vector_resize(shared, (igraph_integer_t)m))) {
		err = sn_error_set(SN_ENOMEM, "out of memory building the projection");
		goto done;
	}
	size_t e = 0;
	for (size_t i = 0; i < n; i++) {
		if ((i & 1023) == 0)
			sn__progress(progress, "projection", n + i, 2 * n);
		size_t t = accumulate(&a, i);
		sn__sort_indices(a.touched, t);
		for (size_t k = 0; k < t; k++, e++) {
			size_t j = a.touched[k];
			double w = tie_weight(&a, weighting, i, j);
			igraph_integer_t x = pos[i]++, y = pos[j]++;

			if (shared)
				VECTOR(*shared)[e] = (double)a.count[j];
			r->adj[x] = (int32_t)j;
			r->adj[y] = (int32_t)i;
			if (compact)
				r->wf[x] = r->wf[y] = (float)w;
			else
				r->w[x] = r->w[y] = w;
			a.count[j] = 0;
			a.newman[j] = 0;
		}
	}
done:
	free(pos);
	accum_free(&a);
	if (err != SN_OK)
		sn__adj_rows_free(r);
	return err;
}

/* The igraph graph of the n rows `r` with m ties: tie e joins v and the e-th entry above v. */
static sn_error_t graph_from_rows(igraph_t *out, const adj_rows_t *r, igraph_integer_t n,
				  igraph_integer_t m)
{
	igraph_vector_int_t lo, hi;
	igraph_integer_t e = 0;
	sn_error_t err;

	if (igraph_vector_int_init(&lo, m))
		return sn_error_set(SN_ENOMEM, "out of memory building the projection's graph");
	if (igraph_vector_int_init(&hi, m)) {
		igraph_vector_int_destroy(&lo);
		return sn_error_set(SN_ENOMEM, "out of memory building the projection's graph");
	}
	for (igraph_integer_t v = 0; v < n; v++)
		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			if (r->adj[k] > v) {
				VECTOR(lo)[e] = v;
				VECTOR(hi)[e++] = r->adj[k];
			}
	err = sn__graph_from_sorted_ties(out, n, &lo, &hi);
	igraph_vector_int_destroy(&lo);
	igraph_vector_int_destroy(&hi);
	return err;
}

/* The weights of the n rows `r` tie by tie, into `out` (initialised): each entry above its row's vertex. */
static sn_error_t weights_from_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n)
{
	igraph_integer_t e = 0;

	if (igraph_vector_resize(out, r->off[n] / 2))
		return sn_error_set(SN_ENOMEM, "out of memory building the projection's weights");
	for (igraph_integer_t v = 0; v < n; v++)
		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			if (r->adj[k] > v)
				VECTOR(*out)[e++] = sn__adj_rows_weight(r, k);
	return SN_OK;
}

sn_error_t sn__projection_from_csr(igraph_t *out, igraph_vector_t *weight_out,
				   igraph_vector_t *shared_out, const sn__csr_t *self,
				   const sn__csr_t *other, sn_weighting_t weighting)
{
	igraph_integer_t n = (igraph_integer_t)self->n;
	adj_rows_t rows;
	sn_error_t err = project_rows(&rows, shared_out, self, other, weighting, NULL);

	if (err == SN_OK && weight_out)
		err = weights_from_rows(weight_out, &rows, n);
	if (err == SN_OK)
		err = graph_from_rows(out, &rows, n, rows.off[n] / 2);
	sn__adj_rows_free(&rows);
	return err;
}

sn_error_t sn_projection_build(sn_projection_t *out, const sn_network_t *net, sn_mode_t mode,
			       sn_weighting_t weighting, size_t max_ties)
{
	modes_t m;
	sn_error_t err;

	sn_projection_destroy(out);
	if ((err = sn_projection_check_limit(net, mode, max_ties)) != SN_OK)
		return err;
	if ((err = modes_init(&m, net, mode)) != SN_OK)
		return err;
	if (!shares_weight(weighting) && igraph_vector_init(&out->shared, 0)) {
		modes_free(&m);
		return sn_error_set(SN_ENOMEM, "out of memory building the projection");
	}
	out->weighting = weighting;
	out->vcount = (igraph_integer_t)m.csr[0].n;
	if (!(out->rows = calloc(1, sizeof *out->rows)))
		err = sn_error_set(SN_ENOMEM, "out of memory building the projection");
	else
		err = project_rows(out->rows, shares_weight(weighting) ? NULL : &out->shared,
				   &m.csr[0], &m.csr[1], weighting, &net->progress);
	modes_free(&m);
	if (err == SN_OK) {
		sn__progress(&net->progress, "projection", 2 * (size_t)out->vcount,
			     2 * (size_t)out->vcount);
		out->ecount = out->rows->off[out->vcount] / 2;
		out->mode = mode;
		out->offset = mode == SN_MODE_ACTORS ? 0 : net->nactors;
		out->built = true;
	} else {
		if (!shares_weight(weighting))
			igraph_vector_destroy(&out->shared);
		if (out->rows)
			sn__adj_rows_free(out->rows);
		free(out->rows);
		sn_projection_init(out);
	}
	return err;
}

igraph_integer_t sn_projection_vcount(const sn_projection_t *p)
{
	return p->built ? p->vcount : 0;
}

igraph_integer_t sn_projection_ecount(const sn_projection_t *p)
{
	return p->built ? p->ecount : 0;
}

sn_error_t sn_projection_weights(const sn_projection_t *p, const igraph_vector_t **weights_out)
{
	sn_projection_t *mut = (sn_projection_t *)p;   /* a cache: logically const */
	sn_error_t err;

	*weights_out = NULL;
	if (!p->built)
		return sn_error_set(SN_EINVAL, "the projection is not built");
	if (!p->lazy_weight) {
		if (!(mut->lazy_weight = malloc(sizeof *mut->lazy_weight)) ||
		    igraph_vector_init(mut->lazy_weight, 0)) {
			free(mut->lazy_weight);
			mut->lazy_weight = NULL;
			return sn_error_set(SN_ENOMEM,
					    "out of memory building the projection's weights");
		}
		if ((err = weights_from_rows(mut->lazy_weight, p->rows, p->vcount)) != SN_OK) {
			igraph_vector_destroy(mut->lazy_weight);
			free(mut->lazy_weight);
			mut->lazy_weight = NULL;
			return err;
		}
	}
	*weights_out = p->lazy_weight;
	return SN_OK;
}

sn_error_t sn_projection_shared(const sn_projection_t *p, const igraph_vector_t **shared_out)
{
	if (p->built && shares_weight(p->weighting))
		return sn_projection_weights(p, shared_out);
	*shared_out = p->built ? &p->shared : NULL;
	return p->built ? SN_OK : sn_error_set(SN_EINVAL, "the projection is not built");
}

const adj_rows_t *sn__projection_rows(const sn_projection_t *p)
{
	return p->rows;
}

sn_error_t sn_projection_graph(const sn_projection_t *p, const igraph_t **graph_out)
{
	sn_projection_t *mut = (sn_projection_t *)p;   /* a cache: logically const */
	sn_error_t err;

	*graph_out = NULL;
	if (!p->built)
		return sn_error_set(SN_EINVAL, "the projection is not built");
	if (!p->lazy_graph) {
		if (!(mut->lazy_graph = malloc(sizeof *mut->lazy_graph)))
			return sn_error_set(SN_ENOMEM,
					    "out of memory building the projection's graph");
		if ((err = graph_from_rows(mut->lazy_graph, p->rows, p->vcount,
					   sn_projection_ecount(p))) != SN_OK) {
			free(mut->lazy_graph);
			mut->lazy_graph = NULL;
			return err;
		}
	}
	*graph_out = p->lazy_graph;
	return SN_OK;
}

sn_error_t sn_projection_new(sn_projection_t **out, const sn_network_t *net, sn_mode_t mode,
			     sn_weighting_t weighting, size_t max_ties)
{
	sn_projection_t *p = malloc(sizeof *p);
	sn_error_t err;

	*out = NULL;
	if (!p)
		return sn_error_set(SN_ENOMEM, "out of memory");
	sn_projection_init(p);
	if ((err = sn_projection_build(p, net, mode, weighting, max_ties)) != SN_OK) {
		sn_projection_free(p);
		return err;
	}
	*out = p;
	return SN_OK;
}

void sn_projection_free(sn_projection_t *p)
{
	sn_projection_destroy(p);
	free(p);
}
