/* One-mode centrality measures, mostly thin wrappers over igraph 0.10 with checks. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/centrality.h"
#include "samnet/fast.h"
#include "analysis/fastpaths_private.h"
#include "analysis/graphcheck.h"
#include "analysis/rows_private.h"
#include "base/components.h"
#include "base/projection_private.h"
#include "base/seed_private.h"

/* Checks shared by every one-mode measure. */
static sn_error_t check(const igraph_t *g, const igraph_vector_t *weights, const char *what)
{
	sn_error_t rc = sn__graph_require_undirected(g, what);
	if (rc == SN_OK)
		rc = sn__graph_check_weights(g, weights, what);
	return rc;
}

/* Multiplies every value by `factor`. */
static void scale(igraph_vector_t *v, double factor)
{
	igraph_vector_scale(v, factor);
}

/* Divides by the sum (no-op when the sum is 0). */
static void scale_sum(igraph_vector_t *v)
{
	double sum = igraph_vector_sum(v);
	if (sum > 0)
		scale(v, 1 / sum);
}

/* Divides by the Euclidean length (no-op when it is 0). */
static void scale_unit(igraph_vector_t *v)
{
	double ss = 0;
	for (igraph_integer_t i = 0; i < igraph_vector_size(v); i++)
		ss += VECTOR(*v)[i] * VECTOR(*v)[i];
	if (ss > 0)
		scale(v, 1 / sqrt(ss));
}

/*
 * The measures that walk compressed rows (base/rows.h): a projection's own
 * storage, read in place by sn_centrality_compute_projection(), or the rows
 * of an igraph graph copied out by with_rows().  Each takes rows on n
 * vertices and sets `out` to n values.
 */
typedef sn_error_t (*rows_measure_t)(igraph_vector_t *out, const adj_rows_t *r,
				     igraph_integer_t n, bool normalized);

/* Runs `fn` on the rows of `g` (weights `weights`, NULL: none), after the checks. */
static sn_error_t with_rows(igraph_vector_t *out, const igraph_t *g,
			    const igraph_vector_t *weights, bool normalized, rows_measure_t fn,
			    const char *what)
{
	adj_rows_t rows = { NULL, NULL, NULL, NULL };
	sn_error_t rc = check(g, weights, what);

	if (rc != SN_OK)
		return rc;
	if (igraph_vcount(g) > INT32_MAX)
		return sn_error_set(SN_ELIMIT, "%s: more than %d vertices", what, INT32_MAX);
	if (!sn__adj_rows_from_graph(&rows, g, weights))
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	rc = fn(out, &rows, igraph_vcount(g), normalized);
	sn__adj_rows_free(&rows);
	return rc;
}

/* The row sums: the degrees (a self-loop twice) or, with weights, the strengths. */
static sn_error_t row_sums(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
			   bool weighted, const char *what)
{
	if (igraph_vector_resize(out, n) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	for (igraph_integer_t v = 0; v < n; v++) {
		double sum = 0;

		if (!weighted)
			sum = (double)(r->off[v + 1] - r->off[v]);
		else
			for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
				sum += sn__adj_rows_weight(r, k);
		VECTOR(*out)[v] = sum;
	}
	return SN_OK;
}

static sn_error_t degree_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
			      bool normalized)
{
	sn_error_t rc = row_sums(out, r, n, false, "degree");

	if (rc == SN_OK && normalized)
		scale(out, n > 1 ? 1.0 / (double)(n - 1) : 0);
	return rc;
}

static sn_error_t strength_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
				bool normalized)
{
	(void)normalized;
	return row_sums(out, r, n, true, "strength");
}

sn_error_t sn_centrality_degree(igraph_vector_t *out, const igraph_t *g, bool normalized)
{
	return with_rows(out, g, NULL, normalized, degree_rows, "degree");
}

sn_error_t sn_centrality_strength(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights)
{
	return with_rows(out, g, weights, false, strength_rows, "strength");
}

/*
 * Runs a path-based measure with lengths 1/strength when weighted, on the
 * parallel exact paths of analysis/fastpaths.c (threads: see
 * sn__fast_thread_count()); they equal igraph_betweenness, igraph_closeness
 * and igraph_harmonic_centrality to the last few ulps (tests/check_fastpaths.c).
 * `kind` 0: betweenness, 1: closeness, 2: harmonic.  Sources searched are
 * reported to `progress` (may be NULL) as `step`.
 */
static sn_error_t path_measure(igraph_vector_t *out, const igraph_t *g,
			       const igraph_vector_t *weights, bool normalized, int kind,
			       const char *step, const sn_progress_t *progress)
{
	static const char *const what[] = { "betweenness", "closeness", "harmonic closeness" };
	igraph_vector_t dist;
	const igraph_vector_t *lengths = NULL;
	bool have_dist = false;
	sn_error_t rc = check(g, weights, what[kind]);

	if (rc != SN_OK)
		return rc;
	if (weights != NULL) {
		if (igraph_vector_init(&dist, 0) != IGRAPH_SUCCESS)
			return sn_error_set(SN_ENOMEM, "%s: out of memory", what[kind]);
		have_dist = true;
		rc = sn__graph_distances_from_weights(&dist, weights);
		if (rc != SN_OK)
			goto done;
		lengths = &dist;
	}
	if (kind == 0)
		rc = sn__betweenness_fast_progress(out, g, lengths, 0, progress, step);
	else
		rc = sn__closeness_fast_scaled(kind == 1 ? out : NULL, kind == 2 ? out : NULL, NULL,
					       g, lengths, 0, normalized, progress, step);
	if (rc == SN_OK && kind == 0 && normalized) {
		double n = (double)igraph_vcount(g);
		scale(out, n > 2 ? 2 / ((n - 1) * (n - 2)) : 0);
	}
done:
	if (have_dist)
		igraph_vector_destroy(&dist);
	return rc;
}

sn_error_t sn_centrality_compute_progress(igraph_vector_t *out, const igraph_t *g,
					  const igraph_vector_t *weights, sn_measure_t m,
					  bool normalized, const sn_progress_t *progress)
{
	const sn_measure_info_t *info = sn_measure_info(m);
	const igraph_vector_t *w = info && info->weighted ? weights : NULL;

	if (!info)
		return sn_error_set(SN_EINVAL, "centrality: unknown measure %d", (int)m);
	switch (m) {
	case SN_MEASURE_BETWEENNESS:
	case SN_MEASURE_BETWEENNESS_W:
		return path_measure(out, g, w, normalized, 0, info->name, progress);
	case SN_MEASURE_CLOSENESS:
	case SN_MEASURE_CLOSENESS_W:
		return path_measure(out, g, w, normalized, 1, info->name, progress);
	case SN_MEASURE_HARMONIC:
	case SN_MEASURE_HARMONIC_W:
		return path_measure(out, g, w, normalized, 2, info->name, progress);
	default:
		return info->compute(out, g, w, normalized);
	}
}

sn_error_t sn_centrality_betweenness(igraph_vector_t *out, const igraph_t *g,
				     const igraph_vector_t *weights, bool normalized)
{
	return path_measure(out, g, weights, normalized, 0, NULL, NULL);
}

sn_error_t sn_centrality_betweenness_approx(igraph_vector_t *out, int64_t *samples_out,
					    const igraph_t *g, const igraph_vector_t *weights,
					    bool normalized, double eps, double delta,
					    uint64_t seed)
{
	return sn_centrality_betweenness_approx_progress(out, samples_out, g, weights, normalized,
							 eps, delta, seed, NULL);
}

sn_error_t sn_centrality_betweenness_approx_progress(igraph_vector_t *out, int64_t *samples_out,
						     const igraph_t *g,
						     const igraph_vector_t *weights,
						     bool normalized, double eps, double delta,
						     uint64_t seed, const sn_progress_t *progress)
{
	igraph_vector_t dist;
	bool have_dist = false;
	double n = (double)igraph_vcount(g);
	sn_error_t rc = check(g, weights, "betweenness");

	if (rc != SN_OK)
		return rc;
	if (weights != NULL) {
		if (igraph_vector_init(&dist, 0) != IGRAPH_SUCCESS)
			return sn_error_set(SN_ENOMEM, "betweenness: out of memory");
		have_dist = true;
		rc = sn__graph_distances_from_weights(&dist, weights);
	}
	if (rc == SN_OK)
		rc = sn__betweenness_approx_progress(
			out, samples_out, g, have_dist ? &dist : NULL, eps, delta, seed, 0,
			progress,
			sn_measure_name(weights ? SN_MEASURE_BETWEENNESS_W : SN_MEASURE_BETWEENNESS));
	if (rc == SN_OK && normalized)
		scale(out, n > 2 ? 2 / ((n - 1) * (n - 2)) : 0);
	if (have_dist)
		igraph_vector_destroy(&dist);
	return rc;
}

sn_error_t sn_centrality_closeness(igraph_vector_t *out, const igraph_t *g,
				   const igraph_vector_t *weights, bool normalized)
{
	return path_measure(out, g, weights, normalized, 1, NULL, NULL);
}

sn_error_t sn_centrality_harmonic(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights, bool normalized)
{
	return path_measure(out, g, weights, normalized, 2, NULL, NULL);
}

/*
 * igraph perturbs the ARPACK start vector of eigenvector, hub and authority
 * scores with its default RNG, so their last digits would depend on what
 * ran before.  These run them with a private generator seeded at 1 in its
 * place (sn__rng_begin()), restoring the caller's afterwards.
 */

/* Vertices grouped by connected component: vorder[vstart[c] .. vstart[c+1]). */
typedef struct {
	igraph_vector_int_t memb, vstart, vorder, local;
	igraph_integer_t count;
} components_t;

static void components_destroy(components_t *c)
{
	igraph_vector_int_destroy(&c->memb);
	igraph_vector_int_destroy(&c->vstart);
	igraph_vector_int_destroy(&c->vorder);
	igraph_vector_int_destroy(&c->local);
}

/* Counting sort of n items by key[] into order[], start[k] the first of key k. */
static void group_by(igraph_vector_int_t *start, igraph_vector_int_t *order,
		     const igraph_integer_t *key, igraph_integer_t n, igraph_integer_t nkeys)
{
	igraph_vector_int_null(start);
	for (igraph_integer_t i = 0; i < n; i++)
		VECTOR(*start)[key[i] + 1]++;
	for (igraph_integer_t k = 0; k < nkeys; k++)
		VECTOR(*start)[k + 1] += VECTOR(*start)[k];
	for (igraph_integer_t i = n - 1; i >= 0; i--)
		VECTOR(*order)[--VECTOR(*start)[key[i] + 1]] = i;
	/* The decrements left start[k + 1] at the first of key k: shift back. */
	for (igraph_integer_t k = 0; k < nkeys; k++)
		VECTOR(*start)[k] = VECTOR(*start)[k + 1];
	VECTOR(*start)[nkeys] = n;
}

/* Components of the rows, their vertices grouped by component (ascending within), and local numbers. */
static sn_error_t components_init(components_t *c, const adj_rows_t *r, igraph_integer_t n,
				  const char *what)
{
	igraph_vector_int_t *v[] = { &c->memb, &c->vstart, &c->vorder, &c->local };
	size_t ready = 0;
	int rc = IGRAPH_SUCCESS;

	for (; ready < sizeof v / sizeof v[0] && rc == IGRAPH_SUCCESS; ready++)
		rc = igraph_vector_int_init(v[ready], 0);
	if (rc != IGRAPH_SUCCESS) {
		while (--ready > 0)
			igraph_vector_int_destroy(v[ready - 1]);
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	}
	rc = sn__components_rows(r, n, &c->memb, NULL, &c->count) == SN_OK ? IGRAPH_SUCCESS
									  : IGRAPH_ENOMEM;
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_vector_int_resize(&c->vstart, c->count + 1);
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_vector_int_resize(&c->vorder, n);
	if (rc == IGRAPH_SUCCESS)
		rc = igraph_vector_int_resize(&c->local, n);
	if (rc != IGRAPH_SUCCESS) {
		components_destroy(c);
		return sn_error_from_igraph(rc, what);
	}
	group_by(&c->vstart, &c->vorder, VECTOR(c->memb), n, c->count);
	for (igraph_integer_t cc = 0; cc < c->count; cc++)
		for (igraph_integer_t k = VECTOR(c->vstart)[cc]; k < VECTOR(c->vstart)[cc + 1]; k++)
			VECTOR(c->local)[VECTOR(c->vorder)[k]] = k - VECTOR(c->vstart)[cc];
	return SN_OK;
}

/* One component of the rows, for ARPACK's product. */
typedef struct {
	const adj_rows_t *r;
	const igraph_integer_t *vs, *local;
} component_view_t;

static igraph_error_t view_multiply(igraph_real_t *to, const igraph_real_t *from, int n,
				    void *extra)
{
	const component_view_t *c = extra;

	sn__adj_rows_multiply_view(c->r, c->vs, c->local, n, to, from);
	return IGRAPH_SUCCESS;
}

/*
 * The Perron vector (maximum 1) of component `cc`, a connected graph with
 * ties, written into out at the component's vertices: ARPACK's Lanczos
 * iteration for the largest eigenvalue at igraph's default tolerance,
 * started, as igraph_eigenvector_centrality() starts it, from the
 * strengths plus uniform noise in (-1e-4, 1e-4) of the default generator.
 * The rows are read in place (analysis/rows_private.h).
 */
static igraph_error_t component_eigenvector(igraph_vector_t *out, const adj_rows_t *r,
					    const components_t *c, igraph_integer_t cc,
					    igraph_matrix_t *vec, igraph_vector_t *val)
{
	igraph_integer_t v0 = VECTOR(c->vstart)[cc], nv = VECTOR(c->vstart)[cc + 1] - v0;
	component_view_t view = { r, VECTOR(c->vorder) + v0, VECTOR(c->local) };
	igraph_arpack_options_t o;
	igraph_error_t rc;
	double top = 0;

	if ((rc = igraph_matrix_resize(vec, nv, 1)) != IGRAPH_SUCCESS)
		return rc;
	for (igraph_integer_t i = 0; i < nv; i++) {
		igraph_integer_t v = view.vs[i];
		double strength = 0;

		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			strength += sn__adj_rows_weight(r, k);
		MATRIX(*vec, i, 0) = strength + igraph_rng_get_unif(igraph_rng_default(), -1e-4, 1e-4);
	}
	igraph_arpack_options_init(&o);
	o.n = (int)nv;
	o.nev = 1;
	o.which[0] = 'L';
	o.which[1] = 'A';
	o.start = 1;
	if ((rc = igraph_arpack_rssolve(view_multiply, &view, &o, NULL, val, vec)) != IGRAPH_SUCCESS)
		return rc;
	for (igraph_integer_t v = 0; v < nv; v++)
		if (fabs(MATRIX(*vec, v, 0)) > fabs(top))
			top = MATRIX(*vec, v, 0);
	for (igraph_integer_t v = 0; v < nv; v++) {
		double x = top != 0 ? MATRIX(*vec, v, 0) / top : 0;
		VECTOR(*out)[VECTOR(c->vorder)[v0 + v]] = x > 0 ? x : 0;
	}
	return IGRAPH_SUCCESS;
}

/*
 * Eigenvector centrality of each connected component of the rows apart,
 * maximum 1 in each; vertices without ties get 0, and a graph without any
 * tie 1 everywhere (igraph's convention).
 */
static sn_error_t eigenvector_by_component(igraph_vector_t *out, const adj_rows_t *r,
					   igraph_integer_t n, const char *what)
{
	igraph_matrix_t vec;
	igraph_vector_t val;
	sn__rng_scope_t rng;
	components_t c;
	sn_error_t err;
	int rc;

	if (igraph_vector_resize(out, n) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	igraph_vector_fill(out, r->off[n] == 0 ? 1.0 : 0.0);
	if (r->off[n] == 0)
		return SN_OK;
	if ((err = components_init(&c, r, n, what)) != SN_OK)
		return err;
	if ((err = sn__rng_begin(&rng, 1, what)) != SN_OK) {
		components_destroy(&c);
		return err;
	}
	rc = igraph_matrix_init(&vec, 0, 0);
	if (rc == IGRAPH_SUCCESS && (rc = igraph_vector_init(&val, 0)) != IGRAPH_SUCCESS)
		igraph_matrix_destroy(&vec);
	if (rc == IGRAPH_SUCCESS) {
		for (igraph_integer_t cc = 0; rc == IGRAPH_SUCCESS && cc < c.count; cc++) {
			igraph_integer_t v = VECTOR(c.vorder)[VECTOR(c.vstart)[cc]];
			if (r->off[v + 1] > r->off[v])
				rc = component_eigenvector(out, r, &c, cc, &vec, &val);
		}
		igraph_matrix_destroy(&vec);
		igraph_vector_destroy(&val);
	}
	sn__rng_end(&rng);
	components_destroy(&c);
	return rc == IGRAPH_SUCCESS ? SN_OK : sn_error_from_igraph(rc, what);
}

static sn_error_t eigenvector_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
				   bool normalized)
{
	sn_error_t rc = eigenvector_by_component(out, r, n, "eigenvector centrality");

	if (rc == SN_OK && !normalized)
		scale_unit(out);
	return rc;
}

/* Undirected: A^T A = A A^T = A^2, whose principal eigenvector per component is A's. */
static sn_error_t hub_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
			   bool normalized)
{
	sn_error_t rc = eigenvector_by_component(out, r, n, "hub and authority scores");

	if (rc == SN_OK && !normalized)
		scale_sum(out);
	return rc;
}

sn_error_t sn_centrality_eigenvector(igraph_vector_t *out, const igraph_t *g,
				     const igraph_vector_t *weights, bool normalized)
{
	return with_rows(out, g, weights, normalized, eigenvector_rows, "eigenvector centrality");
}

sn_error_t sn_centrality_hub_authority(igraph_vector_t *hub_out, igraph_vector_t *authority_out,
				       const igraph_t *g, const igraph_vector_t *weights,
				       bool normalized)
{
	igraph_vector_t *first = hub_out != NULL ? hub_out : authority_out;
	sn_error_t rc;

	if (first == NULL)
		return (rc = check(g, weights, "hub and authority scores")) != SN_OK ? rc :
		       sn_error_set(SN_EINVAL, "hub and authority scores: no output wanted");
	rc = with_rows(first, g, weights, normalized, hub_rows, "hub and authority scores");
	if (rc == SN_OK && authority_out != NULL && authority_out != first &&
	    igraph_vector_update(authority_out, first) != IGRAPH_SUCCESS)
		rc = sn_error_set(SN_ENOMEM, "hub and authority scores: out of memory");
	return rc;
}

sn_error_t sn_centrality_constraint(igraph_vector_t *out, const igraph_t *g,
				    const igraph_vector_t *weights)
{
	sn_error_t rc = check(g, weights, "constraint");

	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_constraint(g, out, igraph_vss_all(), weights),
					  "constraint");
	return rc;
}

/*
 * Batagelj & Zaversnik (2003): vertices in bins by degree, each taken in
 * increasing order of its current degree, which is its coreness, and its
 * neighbours of higher degree moved one bin down.  O(n + m) on compressed
 * rows (4-byte neighbours) instead of igraph_coreness's neighbour lists
 * copied vertex by vertex; a self-loop counts twice and lists the vertex as
 * its own neighbour twice, repeated ties count each time, as in igraph, so
 * the values are igraph_coreness's (tests/check_centrality.c).
 */
static sn_error_t coreness_rows(igraph_vector_t *out, const adj_rows_t *r, igraph_integer_t n,
				bool normalized)
{
	igraph_integer_t maxd = 0;
	igraph_integer_t *deg = NULL, *bin = NULL, *pos = NULL, *vert = NULL;
	const igraph_integer_t *off = r->off;
	const int32_t *adj = r->adj;
	sn_error_t rc = SN_OK;

	(void)normalized;
	deg = malloc(((size_t)n + 1) * sizeof *deg);
	pos = malloc(((size_t)n + 1) * sizeof *pos);
	vert = malloc(((size_t)n + 1) * sizeof *vert);
	if (!deg || !pos || !vert || igraph_vector_resize(out, n)) {
		rc = sn_error_set(SN_ENOMEM, "coreness: out of memory");
		goto done;
	}
	for (igraph_integer_t v = 0; v < n; v++) {
		deg[v] = off[v + 1] - off[v];
		maxd = deg[v] > maxd ? deg[v] : maxd;
	}
	if (!(bin = calloc((size_t)maxd + 2, sizeof *bin))) {
		rc = sn_error_set(SN_ENOMEM, "coreness: out of memory");
		goto done;
	}
	for (igraph_integer_t v = 0; v < n; v++)
		bin[deg[v] + 1]++;
	for (igraph_integer_t d = 0; d < maxd; d++)
		bin[d + 1] += bin[d];
	/* bin[d]: where degree d starts in vert, ordered by degree. */
	for (igraph_integer_t v = 0; v < n; v++) {
		pos[v] = bin[deg[v]]++;
		vert[pos[v]] = v;
	}
	for (igraph_integer_t d = maxd; d > 0; d--)
		bin[d] = bin[d - 1];
	bin[0] = 0;
	for (igraph_integer_t i = 0; i < n; i++) {
		igraph_integer_t v = vert[i];

		for (igraph_integer_t k = off[v]; k < off[v + 1]; k++) {
			igraph_integer_t u = adj[k], du = deg[u];

			if (du <= deg[v])
				continue;
			/* Swap u with the first vertex of its bin, then shrink the bin. */
			igraph_integer_t pu = pos[u], pw = bin[du], w = vert[pw];
			if (u != w) {
				pos[u] = pw;
				vert[pw] = u;
				pos[w] = pu;
				vert[pu] = w;
			}
			bin[du]++;
			deg[u]--;
		}
	}
	for (igraph_integer_t v = 0; v < n; v++)
		VECTOR(*out)[v] = (double)deg[v];
done:
	free(deg);
	free(bin);
	free(pos);
	free(vert);
	return rc;
}

sn_error_t sn_centrality_coreness(igraph_vector_t *out, const igraph_t *g)
{
	return with_rows(out, g, NULL, false, coreness_rows, "coreness");
}

/* The rows measure computing `m`, or NULL for a measure that runs on igraph. */
static rows_measure_t rows_measure(sn_measure_t m)
{
	switch (m) {
	case SN_MEASURE_DEGREE: return degree_rows;
	case SN_MEASURE_STRENGTH: return strength_rows;
	case SN_MEASURE_EIGENVECTOR: return eigenvector_rows;
	case SN_MEASURE_PAGERANK: return sn__pagerank_rows;
	case SN_MEASURE_HUB:
	case SN_MEASURE_AUTHORITY: return hub_rows;
	case SN_MEASURE_CORENESS: return coreness_rows;
	default: return NULL;
	}
}

sn_error_t sn_centrality_compute_projection(igraph_vector_t *out, const sn_projection_t *p,
					    sn_measure_t m, bool normalized,
					    const sn_progress_t *progress)
{
	rows_measure_t fn = rows_measure(m);
	const igraph_t *g;
	sn_error_t rc;

	if (!sn_measure_info(m))
		return sn_error_set(SN_EINVAL, "centrality: unknown measure %d", (int)m);
	if (!p->built)
		return sn_error_set(SN_EINVAL, "centrality: the projection is not built");
	if (fn) {
		if (sn_projection_vcount(p) > INT32_MAX)
			return sn_error_set(SN_ELIMIT, "%s: more than %d vertices",
					    sn_measure_name(m), INT32_MAX);
		return fn(out, sn__projection_rows(p), sn_projection_vcount(p), normalized);
	}
	const igraph_vector_t *w;
	if ((rc = sn_projection_graph(p, &g)) != SN_OK || (rc = sn_projection_weights(p, &w)) != SN_OK)
		return rc;
	return sn_centrality_compute_progress(out, g, w, m, normalized, progress);
}
