/*
 * Seeded ensembles of community runs: co-assignment (on all pairs, or on
 * the edges only), consensus clustering (Lancichinetti & Fortunato 2012),
 * per-vertex stability and pairwise agreement between runs.  See
 * include/samnet/communities.h.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>

#include "samnet/communities.h"
#include "analysis/communities_private.h"
#include "base/progress_private.h"

static sn_error_t nomem(void)
{
	return sn_error_set(SN_ENOMEM, "ensemble: out of memory");
}

void sn_ensemble_init(sn_ensemble_t *e)
{
	memset(e, 0, sizeof *e);
	e->nmi_mean = e->nmi_min = e->vi_mean = e->vi_max = NAN;
	e->consensus_modularity = NAN;
}

void sn_ensemble_destroy(sn_ensemble_t *e)
{
	if (e == NULL || !e->built)
		return;
	igraph_matrix_int_destroy(&e->memberships);
	igraph_matrix_destroy(&e->coassignment);
	igraph_vector_destroy(&e->edge_coassignment);
	igraph_vector_int_destroy(&e->consensus);
	igraph_vector_destroy(&e->stability);
	sn_ensemble_init(e);
}

/* The outputs for n vertices, m edges and N runs; D is n x n when dense, else 0 x 0. */
static sn_error_t ensemble_alloc(sn_ensemble_t *e, igraph_integer_t n, igraph_integer_t m,
				 igraph_integer_t runs, bool dense)
{
	igraph_integer_t dn = dense ? n : 0;

	sn_ensemble_destroy(e);
	if (igraph_matrix_int_init(&e->memberships, n, runs))
		return nomem();
	if (igraph_matrix_init(&e->coassignment, dn, dn)) {
		igraph_matrix_int_destroy(&e->memberships);
		return nomem();
	}
	if (igraph_vector_init(&e->edge_coassignment, m)) {
		igraph_matrix_destroy(&e->coassignment);
		igraph_matrix_int_destroy(&e->memberships);
		return nomem();
	}
	if (igraph_vector_int_init(&e->consensus, n)) {
		igraph_vector_destroy(&e->edge_coassignment);
		igraph_matrix_destroy(&e->coassignment);
		igraph_matrix_int_destroy(&e->memberships);
		return nomem();
	}
	if (igraph_vector_init(&e->stability, n)) {
		igraph_vector_int_destroy(&e->consensus);
		igraph_vector_destroy(&e->edge_coassignment);
		igraph_matrix_destroy(&e->coassignment);
		igraph_matrix_int_destroy(&e->memberships);
		return nomem();
	}
	e->built = true;
	e->dense = dense;
	e->runs = (size_t)runs;
	return SN_OK;
}

/* Read-only view of column r of a membership matrix (never destroyed). */
static const igraph_vector_int_t *column(igraph_vector_int_t *view,
					 const igraph_matrix_int_t *m, igraph_integer_t r)
{
	igraph_integer_t n = igraph_matrix_int_nrow(m);

	return igraph_vector_int_view(view, &MATRIX(*m, 0, r), n);
}

/*
 * Runs the algorithm once per column of `out`, column r with the seed
 * derived_seed(seed, first + r); two-mode clustering when `types` is set.
 * Adds the number of runs that stopped at their iteration bound to *at_bound.
 */
static sn_error_t run_many(igraph_matrix_int_t *out, const igraph_t *g,
			   const igraph_vector_t *weights, const sn_communities_options_t *opts,
			   const igraph_vector_bool_t *types, uint64_t first, size_t *at_bound,
			   const sn_progress_t *progress)
{
	igraph_integer_t n = igraph_matrix_int_nrow(out), runs = igraph_matrix_int_ncol(out);
	sn_communities_options_t o = *opts;
	igraph_vector_int_t memb;
	sn_error_t err = SN_OK;

	if (igraph_vector_int_init(&memb, n))
		return nomem();
	for (igraph_integer_t r = 0; r < runs; r++) {
		sn_communities_summary_t s;

		o.seed = sn_communities_derived_seed(opts->seed, first + (uint64_t)r);
		err = types ? sn_communities_detect_two_mode(&memb, NULL, &s, g, weights, types, &o)
			    : sn_communities_detect(&memb, &s, g, weights, &o);
		if (err)
			break;
		*at_bound += s.at_bound;
		memcpy(&MATRIX(*out, 0, r), VECTOR(memb), (size_t)n * sizeof *VECTOR(memb));
		sn__progress(progress, "ensemble", (size_t)r + 1, (size_t)runs + 1);
	}
	igraph_vector_int_destroy(&memb);
	return err;
}

/*
 * The consensus graph's weights are co-assignment shares in (0, 1], which a
 * CPM resolution chosen for the input's weights does not fit: Leiden and
 * Louvain cluster it by modularity at resolution 1 instead.
 */
static void consensus_objective(sn_communities_options_t *o)
{
	if (o->objective == SN_OBJECTIVE_CPM) {
		o->objective = SN_OBJECTIVE_MODULARITY;
		o->resolution = 1.0;
	}
}

/* D_ij = share of the columns of `p` in which i and j share a community. */
static sn_error_t coassign(igraph_matrix_t *d, const igraph_matrix_int_t *p)
{
	igraph_integer_t n = igraph_matrix_int_nrow(p), runs = igraph_matrix_int_ncol(p);
	igraph_integer_t *order = malloc((size_t)n * sizeof *order);
	igraph_integer_t *start = malloc(((size_t)n + 1) * sizeof *start);

	if (order == NULL || start == NULL) {
		free(order);
		free(start);
		return nomem();
	}
	igraph_matrix_null(d);
	for (igraph_integer_t r = 0; r < runs; r++) {
		/* Bucket the vertices by community (labels are canonical, < n). */
		memset(start, 0, ((size_t)n + 1) * sizeof *start);
		for (igraph_integer_t v = 0; v < n; v++)
			start[MATRIX(*p, v, r) + 1]++;
		for (igraph_integer_t c = 0; c < n; c++)
			start[c + 1] += start[c];
		for (igraph_integer_t v = 0; v < n; v++)
			order[start[MATRIX(*p, v, r)]++] = v;
		for (igraph_integer_t c = n; c > 0; c--)
			start[c] = start[c - 1];
		start[0] = 0;
		for (igraph_integer_t c = 0; c < n; c++) {
			for (igraph_integer_t a = start[c]; a < start[c + 1]; a++)
				for (igraph_integer_t b = start[c]; b < start[c + 1]; b++)
					MATRIX(*d, order[a], order[b]) += 1.0;
		}
	}
	igraph_matrix_scale(d, 1.0 / (double)runs);
	free(order);
	free(start);
	return SN_OK;
}

/*
 * The graph of the entries D_ij >= tau (and > 0), i < j, weighted by D_ij;
 * a vertex left without ties keeps its strongest positive one.
 */
static sn_error_t threshold_graph(igraph_t *out, igraph_vector_t *w, const igraph_matrix_t *d,
				  double tau)
{
	igraph_integer_t n = igraph_matrix_nrow(d);
	igraph_vector_int_t edges, deg;
	sn_error_t err = SN_OK;

	if (igraph_vector_int_init(&edges, 0))
		return nomem();
	if (igraph_vector_int_init(&deg, n)) {
		igraph_vector_int_destroy(&edges);
		return nomem();
	}
	igraph_vector_clear(w);
	for (igraph_integer_t i = 0; i < n && !err; i++)
		for (igraph_integer_t j = i + 1; j < n && !err; j++) {
			double x = MATRIX(*d, i, j);

			if (x > 0 && x >= tau) {
				if (igraph_vector_int_push_back(&edges, i) ||
				    igraph_vector_int_push_back(&edges, j) ||
				    igraph_vector_push_back(w, x))
					err = nomem();
				VECTOR(deg)[i]++;
				VECTOR(deg)[j]++;
			}
		}
	for (igraph_integer_t i = 0; i < n && !err; i++) {
		igraph_integer_t best = -1;

		if (VECTOR(deg)[i] > 0)
			continue;
		for (igraph_integer_t j = 0; j < n; j++) {
			if (j != i && MATRIX(*d, i, j) > 0 &&
			    (best < 0 || MATRIX(*d, i, j) > MATRIX(*d, i, best)))
				best = j;
		}
		if (best < 0)
			continue;
		if (igraph_vector_int_push_back(&edges, i) ||
		    igraph_vector_int_push_back(&edges, best) ||
		    igraph_vector_push_back(w, MATRIX(*d, i, best)))
			err = nomem();
		VECTOR(deg)[i]++;
		VECTOR(deg)[best]++;
	}
	if (!err)
		err = sn_error_from_igraph(igraph_create(out, &edges, n, IGRAPH_UNDIRECTED),
					   "consensus graph");
	igraph_vector_int_destroy(&deg);
	igraph_vector_int_destroy(&edges);
	return err;
}

static bool all_equal(const igraph_matrix_int_t *p)
{
	igraph_integer_t n = igraph_matrix_int_nrow(p), runs = igraph_matrix_int_ncol(p);

	for (igraph_integer_t r = 1; r < runs; r++) {
		if (memcmp(&MATRIX(*p, 0, r), &MATRIX(*p, 0, 0), (size_t)n * sizeof(igraph_integer_t)))
			return false;
	}
	return true;
}

/* The column of `p` with the highest modularity on `g`, lowest index on ties. */
static sn_error_t best_column(igraph_integer_t *out, const igraph_matrix_int_t *p,
			      const igraph_t *g, const igraph_vector_t *weights)
{
	igraph_vector_int_t view;
	double best = -INFINITY, q;
	sn_error_t err;

	*out = 0;
	for (igraph_integer_t r = 0; r < igraph_matrix_int_ncol(p); r++) {
		if ((err = sn_communities_modularity(&q, g, weights, column(&view, p, r), 1.0)))
			return err;
		if (q > best) {
			best = q;
			*out = r;
		}
	}
	return SN_OK;
}

/* One round: cluster the thresholded co-assignment of `cur` into `next`. */
static sn_error_t consensus_round(igraph_matrix_int_t *next, const igraph_matrix_int_t *cur,
				  igraph_matrix_t *scratch, const sn_communities_options_t *o,
				  double tau, uint64_t first, size_t *at_bound)
{
	igraph_t dg;
	igraph_vector_t w;
	sn_error_t err;

	if ((err = coassign(scratch, cur)))
		return err;
	if (igraph_vector_init(&w, 0))
		return nomem();
	if ((err = threshold_graph(&dg, &w, scratch, tau))) {
		igraph_vector_destroy(&w);
		return err;
	}
	err = run_many(next, &dg, &w, o, NULL, first, at_bound, NULL);
	igraph_destroy(&dg);
	igraph_vector_destroy(&w);
	return err;
}

/* Lancichinetti-Fortunato rounds from the runs in e->memberships. */
static sn_error_t consensus(sn_ensemble_t *e, const igraph_t *g, const igraph_vector_t *weights,
			    const sn_communities_options_t *opts, const sn_ensemble_options_t *eo)
{
	igraph_integer_t n = igraph_matrix_int_nrow(&e->memberships), runs = (igraph_integer_t)e->runs;
	igraph_matrix_int_t a, b, *cur = &a, *next = &b, *tmp;
	igraph_matrix_t scratch;
	sn_communities_options_t o = *opts;
	igraph_integer_t pick = 0;
	sn_error_t err = SN_OK;

	consensus_objective(&o);
	if (igraph_matrix_int_init_copy(&a, &e->memberships))
		return nomem();
	if (igraph_matrix_int_init(&b, n, runs)) {
		igraph_matrix_int_destroy(&a);
		return nomem();
	}
	if (igraph_matrix_init(&scratch, 0, 0)) {
		igraph_matrix_int_destroy(&b);
		igraph_matrix_int_destroy(&a);
		return nomem();
	}
	e->iterations = 0;
	e->converged = all_equal(cur);
	while (!e->converged && e->iterations < eo->max_iterations) {
		if (e->iterations == 0 && igraph_matrix_resize(&scratch, n, n)) {
			err = nomem();
			goto done;
		}
		err = consensus_round(next, cur, &scratch, &o, eo->threshold,
				      (uint64_t)runs * (e->iterations + 1), &e->runs_at_bound);
		if (err)
			goto done;
		e->iterations++;
		tmp = cur;
		cur = next;
		next = tmp;
		e->converged = all_equal(cur);
	}
	if (!e->converged && (err = best_column(&pick, cur, g, weights)))
		goto done;
	memcpy(VECTOR(e->consensus), &MATRIX(*cur, 0, pick), (size_t)n * sizeof(igraph_integer_t));
	err = sn__communities_canonical(&e->consensus, &e->communities);
done:
	igraph_matrix_destroy(&scratch);
	igraph_matrix_int_destroy(&b);
	igraph_matrix_int_destroy(&a);
	return err;
}

/* ---- the edge variant: D only on the pairs adjacent in g, runs streamed ---- */

typedef struct {
	igraph_integer_t i, j;   /* i < j */
} pair_t;

/*
 * The distinct pairs i < j joined by an edge of g, in (i, j) order, with
 * D on them and, per vertex, the indices of its pairs (CSR: inc[start[v]
 * .. start[v + 1])).  `count` sums a round's runs before they become D.
 */
typedef struct {
	igraph_integer_t n, p;
	pair_t *pair;
	double *d;
	igraph_integer_t *count, *start, *inc;
} pairs_t;

static void pairs_free(pairs_t *pp)
{
	free(pp->pair);
	free(pp->d);
	free(pp->count);
	free(pp->start);
	free(pp->inc);
}

static int pair_cmp(const void *a, const void *b)
{
	const pair_t *x = a, *y = b;

	if (x->i != y->i)
		return x->i < y->i ? -1 : 1;
	return (x->j > y->j) - (x->j < y->j);
}

/* The sorted, distinct pairs of g's edges, loops dropped; *p_out how many. */
static sn_error_t pairs_list(pair_t **out, igraph_integer_t *p_out, const igraph_t *g)
{
	igraph_integer_t m = igraph_ecount(g), p = 0, q = 0;
	pair_t *pair = malloc(((size_t)m + 1) * sizeof *pair);

	if (pair == NULL)
		return nomem();
	for (igraph_integer_t e = 0; e < m; e++) {
		igraph_integer_t a = IGRAPH_FROM(g, e), b = IGRAPH_TO(g, e);

		if (a != b)
			pair[p++] = (pair_t){ a < b ? a : b, a < b ? b : a };
	}
	qsort(pair, (size_t)p, sizeof *pair, pair_cmp);
	for (igraph_integer_t k = 0; k < p; k++)
		if (q == 0 || pair_cmp(&pair[q - 1], &pair[k]) != 0)
			pair[q++] = pair[k];
	*out = pair;
	*p_out = q;
	return SN_OK;
}

/* The pairs of g with their per-vertex index; D and count left unset. */
static sn_error_t pairs_build(pairs_t *pp, const igraph_t *g)
{
	igraph_integer_t n = igraph_vcount(g), p;
	sn_error_t err;

	memset(pp, 0, sizeof *pp);
	pp->n = n;
	if ((err = pairs_list(&pp->pair, &pp->p, g)))
		return err;
	p = pp->p;
	pp->d = malloc(((size_t)p + 1) * sizeof *pp->d);
	pp->count = malloc(((size_t)(p > n ? p : n) + 1) * sizeof *pp->count);
	pp->start = calloc((size_t)n + 1, sizeof *pp->start);
	pp->inc = malloc(((size_t)p * 2 + 1) * sizeof *pp->inc);
	if (pp->d == NULL || pp->count == NULL || pp->start == NULL || pp->inc == NULL)
		return nomem();
	for (igraph_integer_t k = 0; k < p; k++) {
		pp->start[pp->pair[k].i + 1]++;
		pp->start[pp->pair[k].j + 1]++;
	}
	for (igraph_integer_t v = 0; v < n; v++)
		pp->start[v + 1] += pp->start[v];
	/* count[] (sized max(n, p)) serves as the fill cursor before any round. */
	memcpy(pp->count, pp->start, (size_t)n * sizeof *pp->count);
	for (igraph_integer_t k = 0; k < p; k++) {
		pp->inc[pp->count[pp->pair[k].i]++] = k;
		pp->inc[pp->count[pp->pair[k].j]++] = k;
	}
	return SN_OK;
}

/* D on the pairs from the columns of `p` (the same sums as coassign()). */
static void pairs_coassign(pairs_t *pp, const igraph_matrix_int_t *p)
{
	igraph_integer_t runs = igraph_matrix_int_ncol(p);

	for (igraph_integer_t k = 0; k < pp->p; k++) {
		igraph_integer_t c = 0;

		for (igraph_integer_t r = 0; r < runs; r++)
			c += MATRIX(*p, pp->pair[k].i, r) == MATRIX(*p, pp->pair[k].j, r);
		pp->d[k] = (double)c * (1.0 / (double)runs);
	}
}

/* threshold_graph() on the scored pairs only: same edges in the same order. */
static sn_error_t pairs_threshold_graph(igraph_t *out, igraph_vector_t *w, const pairs_t *pp,
					double tau)
{
	igraph_vector_int_t edges;
	igraph_integer_t *deg = calloc((size_t)pp->n + 1, sizeof *deg);
	sn_error_t err = SN_OK;

	if (deg == NULL || igraph_vector_int_init(&edges, 0)) {
		free(deg);
		return nomem();
	}
	igraph_vector_clear(w);
	for (igraph_integer_t k = 0; k < pp->p && !err; k++) {
		double x = pp->d[k];

		if (x > 0 && x >= tau) {
			if (igraph_vector_int_push_back(&edges, pp->pair[k].i) ||
			    igraph_vector_int_push_back(&edges, pp->pair[k].j) ||
			    igraph_vector_push_back(w, x))
				err = nomem();
			deg[pp->pair[k].i]++;
			deg[pp->pair[k].j]++;
		}
	}
	for (igraph_integer_t i = 0; i < pp->n && !err; i++) {
		igraph_integer_t best = -1;
		double bx = 0;

		if (deg[i] > 0)
			continue;
		for (igraph_integer_t a = pp->start[i]; a < pp->start[i + 1]; a++) {
			igraph_integer_t k = pp->inc[a];
			igraph_integer_t j = pp->pair[k].i == i ? pp->pair[k].j : pp->pair[k].i;

			if (pp->d[k] > 0 && (best < 0 || pp->d[k] > bx || (pp->d[k] == bx && j < best))) {
				best = j;
				bx = pp->d[k];
			}
		}
		if (best < 0)
			continue;
		if (igraph_vector_int_push_back(&edges, i) ||
		    igraph_vector_int_push_back(&edges, best) || igraph_vector_push_back(w, bx))
			err = nomem();
		deg[i]++;
		deg[best]++;
	}
	if (!err)
		err = sn_error_from_igraph(igraph_create(out, &edges, pp->n, IGRAPH_UNDIRECTED),
					   "consensus graph");
	igraph_vector_int_destroy(&edges);
	free(deg);
	return err;
}

/* What a streamed round keeps: its first run, its best run on g, whether all agreed. */
typedef struct {
	igraph_vector_int_t memb, first, best;
	double best_q;
	bool equal;
} round_t;

/* Folds run r of a round into the round's summary and the pair counts. */
static sn_error_t round_add(round_t *rd, pairs_t *pp, igraph_integer_t r, bool pick,
			    const igraph_t *g, const igraph_vector_t *weights)
{
	const igraph_integer_t *lab = VECTOR(rd->memb);
	sn_error_t err;
	double q;

	if (r == 0) {
		if (igraph_vector_int_update(&rd->first, &rd->memb))
			return nomem();
		rd->equal = true;
		rd->best_q = -INFINITY;
	} else if (rd->equal) {
		rd->equal = igraph_vector_int_all_e(&rd->first, &rd->memb);
	}
	for (igraph_integer_t k = 0; k < pp->p; k++)
		pp->count[k] += lab[pp->pair[k].i] == lab[pp->pair[k].j];
	if (!pick)
		return SN_OK;
	/* As best_column(): the highest Q on g, the lowest run on ties. */
	if ((err = sn_communities_modularity(&q, g, weights, &rd->memb, 1.0)))
		return err;
	if (r == 0 || q > rd->best_q) {
		if (igraph_vector_int_update(&rd->best, &rd->memb))
			return nomem();
		if (q > rd->best_q)
			rd->best_q = q;
	}
	return SN_OK;
}

/*
 * One streamed round: cluster the thresholded D N times, summing the next
 * D run by run; `pick` also keeps the run with the highest Q on g.
 */
static sn_error_t edge_round(round_t *rd, pairs_t *pp, const sn_communities_options_t *opts,
			     double tau, uint64_t first, size_t runs, bool pick,
			     const igraph_t *g, const igraph_vector_t *weights, size_t *at_bound)
{
	sn_communities_options_t o = *opts;
	igraph_t dg;
	igraph_vector_t w;
	sn_error_t err;

	if (igraph_vector_init(&w, 0))
		return nomem();
	if ((err = pairs_threshold_graph(&dg, &w, pp, tau))) {
		igraph_vector_destroy(&w);
		return err;
	}
	memset(pp->count, 0, (size_t)pp->p * sizeof *pp->count);
	for (size_t r = 0; r < runs && !err; r++) {
		sn_communities_summary_t s;

		o.seed = sn_communities_derived_seed(opts->seed, first + (uint64_t)r);
		if (!(err = sn_communities_detect(&rd->memb, &s, &dg, &w, &o))) {
			*at_bound += s.at_bound;
			err = round_add(rd, pp, (igraph_integer_t)r, pick, g, weights);
		}
	}
	for (igraph_integer_t k = 0; k < pp->p && !err; k++)
		pp->d[k] = (double)pp->count[k] * (1.0 / (double)runs);
	igraph_destroy(&dg);
	igraph_vector_destroy(&w);
	return err;
}

/* consensus() with D on the edges of g, each round's runs streamed. */
static sn_error_t edge_consensus(sn_ensemble_t *e, const igraph_t *g,
				 const igraph_vector_t *weights,
				 const sn_communities_options_t *opts,
				 const sn_ensemble_options_t *eo)
{
	igraph_integer_t n = igraph_matrix_int_nrow(&e->memberships);
	sn_communities_options_t o = *opts;
	pairs_t pp;
	round_t rd;
	sn_error_t err = SN_OK;

	consensus_objective(&o);
	e->iterations = 0;
	e->converged = all_equal(&e->memberships);
	if (e->converged) {
		memcpy(VECTOR(e->consensus), &MATRIX(e->memberships, 0, 0),
		       (size_t)n * sizeof(igraph_integer_t));
		return sn__communities_canonical(&e->consensus, &e->communities);
	}
	if (igraph_vector_int_init(&rd.memb, n))
		return nomem();
	if (igraph_vector_int_init(&rd.first, n)) {
		igraph_vector_int_destroy(&rd.memb);
		return nomem();
	}
	if (igraph_vector_int_init(&rd.best, n)) {
		igraph_vector_int_destroy(&rd.first);
		igraph_vector_int_destroy(&rd.memb);
		return nomem();
	}
	if ((err = pairs_build(&pp, g)))
		goto done;
	pairs_coassign(&pp, &e->memberships);
	while (!e->converged && e->iterations < eo->max_iterations) {
		bool last = e->iterations + 1 == eo->max_iterations;

		err = edge_round(&rd, &pp, &o, eo->threshold, (uint64_t)e->runs * (e->iterations + 1),
				 e->runs, last, g, weights, &e->runs_at_bound);
		if (err)
			goto done;
		e->iterations++;
		e->converged = rd.equal;
	}
	if (igraph_vector_int_update(&e->consensus, e->converged ? &rd.first : &rd.best)) {
		err = nomem();
		goto done;
	}
	err = sn__communities_canonical(&e->consensus, &e->communities);
done:
	pairs_free(&pp);
	igraph_vector_int_destroy(&rd.best);
	igraph_vector_int_destroy(&rd.first);
	igraph_vector_int_destroy(&rd.memb);
	return err;
}

/* The share of runs with the two ends of each edge of g together (1 for a loop). */
static void edge_coassign(igraph_vector_t *out, const igraph_t *g, const igraph_matrix_int_t *p)
{
	igraph_integer_t runs = igraph_matrix_int_ncol(p);

	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		igraph_integer_t a = IGRAPH_FROM(g, e), b = IGRAPH_TO(g, e), c = 0;

		for (igraph_integer_t r = 0; r < runs; r++)
			c += MATRIX(*p, a, r) == MATRIX(*p, b, r);
		VECTOR(*out)[e] = (double)c * (1.0 / (double)runs);
	}
}

/*
 * Per-vertex stability against the consensus; see the header for the
 * definition.  The consensus members are bucketed once, then each run costs
 * O(n).
 */
static sn_error_t stability(sn_ensemble_t *e)
{
	igraph_integer_t n = igraph_vector_int_size(&e->consensus), k = e->communities;
	igraph_integer_t *start = calloc((size_t)k + 1, sizeof *start);
	igraph_integer_t *tally = calloc((size_t)n * 2, sizeof *tally), *rsize = tally + n;
	igraph_integer_t *order = malloc((size_t)n * sizeof *order);

	if (start == NULL || tally == NULL || order == NULL) {
		free(start);
		free(tally);
		free(order);
		return nomem();
	}
	for (igraph_integer_t v = 0; v < n; v++)
		start[VECTOR(e->consensus)[v] + 1]++;
	for (igraph_integer_t c = 0; c < k; c++)
		start[c + 1] += start[c];
	for (igraph_integer_t v = 0, *fill = tally; v < n; v++)
		order[start[VECTOR(e->consensus)[v]] + fill[VECTOR(e->consensus)[v]]++] = v;
	igraph_vector_null(&e->stability);
	for (igraph_integer_t r = 0; r < (igraph_integer_t)e->runs; r++) {
		memset(tally, 0, (size_t)n * 2 * sizeof *tally);
		for (igraph_integer_t v = 0; v < n; v++)
			rsize[MATRIX(e->memberships, v, r)]++;
		for (igraph_integer_t c = 0; c < k; c++) {
			igraph_integer_t lo = start[c], hi = start[c + 1], size = hi - lo;

			for (igraph_integer_t i = lo; i < hi; i++)
				tally[MATRIX(e->memberships, order[i], r)]++;
			for (igraph_integer_t i = lo; i < hi; i++) {
				igraph_integer_t lab = MATRIX(e->memberships, order[i], r);
				bool with = size == 1 ? rsize[lab] == 1
						      : 2 * (tally[lab] - 1) > size - 1;

				VECTOR(e->stability)[order[i]] += with;
			}
			for (igraph_integer_t i = lo; i < hi; i++)
				tally[MATRIX(e->memberships, order[i], r)] = 0;
		}
	}
	igraph_vector_scale(&e->stability, 1.0 / (double)e->runs);
	free(start);
	free(tally);
	free(order);
	return SN_OK;
}

/* Mean and extreme NMI and VI over all pairs of runs. */
static sn_error_t pairwise(sn_ensemble_t *e)
{
	igraph_integer_t runs = (igraph_integer_t)e->runs;
	double nmi_sum = 0, vi_sum = 0, pairs = 0;
	igraph_vector_int_t va, vb;

	if (runs < 2)
		return SN_OK;   /* init left them NaN */
	e->nmi_min = INFINITY;
	e->vi_max = -INFINITY;
	for (igraph_integer_t a = 0; a < runs; a++)
		for (igraph_integer_t b = a + 1; b < runs; b++) {
			igraph_real_t nmi, vi;
			sn_error_t err;

			column(&va, &e->memberships, a);
			column(&vb, &e->memberships, b);
			err = sn_error_from_igraph(igraph_compare_communities(&va, &vb, &nmi,
									      IGRAPH_COMMCMP_NMI), "NMI");
			if (!err)
				err = sn_error_from_igraph(igraph_compare_communities(
					&va, &vb, &vi, IGRAPH_COMMCMP_VI), "VI");
			if (err)
				return err;
			nmi_sum += nmi;
			vi_sum += vi;
			pairs += 1;
			e->nmi_min = fmin(e->nmi_min, nmi);
			e->vi_max = fmax(e->vi_max, vi);
		}
	e->nmi_mean = nmi_sum / pairs;
	e->vi_mean = vi_sum / pairs;
	return SN_OK;
}

sn_error_t sn_ensemble_run(sn_ensemble_t *out, const igraph_t *g, const igraph_vector_t *weights,
			   const sn_communities_options_t *opts,
			   const sn_ensemble_options_t *eopts)
{
	const sn_ensemble_options_t edef = SN_ENSEMBLE_OPTIONS_INIT;
	sn_communities_options_t def;
	igraph_integer_t n;
	sn_error_t err;
	bool dense;

	if (opts == NULL) {
		sn_communities_options_default(&def);
		opts = &def;
	}
	if (eopts == NULL)
		eopts = &edef;
	if (eopts->runs == 0 || eopts->runs > (size_t)IGRAPH_INTEGER_MAX / 2)
		return sn_error_set(SN_EINVAL, "ensemble: the number of runs must be >= 1");
	if (!(eopts->threshold >= 0 && eopts->threshold < 1))
		return sn_error_set(SN_EINVAL, "ensemble: threshold %g must lie in [0, 1)",
				    eopts->threshold);
	if (eopts->max_iterations == 0)
		return sn_error_set(SN_EINVAL, "ensemble: max_iterations must be >= 1");
	if (eopts->pairs != SN_CONSENSUS_AUTO && eopts->pairs != SN_CONSENSUS_DENSE &&
	    eopts->pairs != SN_CONSENSUS_EDGES)
		return sn_error_set(SN_EINVAL, "ensemble: unknown consensus pairs %d",
				    (int)eopts->pairs);
	if ((err = sn__communities_check_graph(g, weights)))
		return err;
	n = igraph_vcount(g);
	if (eopts->pairs == SN_CONSENSUS_DENSE && n > SN_ENSEMBLE_DENSE_MAX)
		return sn_error_set(SN_ELIMIT, "ensemble: %" IGRAPH_PRId " vertices exceed the "
				    "limit of %d for the dense co-assignment matrix (the edge "
				    "consensus has no such limit)", n, SN_ENSEMBLE_DENSE_MAX);
	dense = eopts->pairs == SN_CONSENSUS_DENSE ||
		(eopts->pairs == SN_CONSENSUS_AUTO && n <= SN_ENSEMBLE_DENSE_MAX);
	if ((err = ensemble_alloc(out, n, igraph_ecount(g), (igraph_integer_t)eopts->runs, dense)))
		return err;
	sn__progress(&eopts->progress, "ensemble", 0, eopts->runs + 1);
	if ((err = run_many(&out->memberships, g, weights, opts, eopts->two_mode_types, 0,
			    &out->runs_at_bound, &eopts->progress)))
		goto done;
	edge_coassign(&out->edge_coassignment, g, &out->memberships);
	if (dense)
		err = coassign(&out->coassignment, &out->memberships);
	if (err || (err = dense ? consensus(out, g, weights, opts, eopts)
				: edge_consensus(out, g, weights, opts, eopts)) ||
	    (err = stability(out)) || (err = pairwise(out)))
		goto done;
	err = sn_communities_modularity(&out->consensus_modularity, g, weights, &out->consensus, 1.0);
	if (!err)
		sn__progress(&eopts->progress, "ensemble", eopts->runs + 1, eopts->runs + 1);
done:
	if (err)
		sn_ensemble_destroy(out);
	return err;
}
