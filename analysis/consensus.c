/*
 * Seeded ensembles of community runs: co-assignment matrix, consensus
 * clustering (Lancichinetti & Fortunato 2012), per-vertex stability and
 * pairwise agreement between runs.  See include/samnet/communities.h.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>

#include "samnet/communities.h"
#include "analysis/communities_private.h"

/* The dense n x n matrices (two at once) cap the vertex count. */
#define ENSEMBLE_MAX_VERTICES 5000

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
	igraph_vector_int_destroy(&e->consensus);
	igraph_vector_destroy(&e->stability);
	sn_ensemble_init(e);
}

static sn_error_t ensemble_alloc(sn_ensemble_t *e, igraph_integer_t n, igraph_integer_t runs)
{
	sn_ensemble_destroy(e);
	if (igraph_matrix_int_init(&e->memberships, n, runs))
		return nomem();
	if (igraph_matrix_init(&e->coassignment, n, n)) {
		igraph_matrix_int_destroy(&e->memberships);
		return nomem();
	}
	if (igraph_vector_int_init(&e->consensus, n)) {
		igraph_matrix_destroy(&e->coassignment);
		igraph_matrix_int_destroy(&e->memberships);
		return nomem();
	}
	if (igraph_vector_init(&e->stability, n)) {
		igraph_vector_int_destroy(&e->consensus);
		igraph_matrix_destroy(&e->coassignment);
		igraph_matrix_int_destroy(&e->memberships);
		return nomem();
	}
	e->built = true;
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
			   const igraph_vector_bool_t *types, uint64_t first, size_t *at_bound)
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
	}
	igraph_vector_int_destroy(&memb);
	return err;
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
	err = run_many(next, &dg, &w, o, NULL, first, at_bound);
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

	if (o.algorithm == SN_COMMUNITY_LEIDEN && o.objective == SN_OBJECTIVE_CPM) {
		o.objective = SN_OBJECTIVE_MODULARITY;
		o.resolution = 1.0;
	}
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
	sn_error_t err;

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
	if ((err = sn__communities_check_graph(g, weights)))
		return err;
	if (igraph_vcount(g) > ENSEMBLE_MAX_VERTICES)
		return sn_error_set(SN_ELIMIT, "ensemble: %" IGRAPH_PRId " vertices exceed the "
				    "limit of %d for the dense co-assignment matrix",
				    igraph_vcount(g), ENSEMBLE_MAX_VERTICES);
	if ((err = ensemble_alloc(out, igraph_vcount(g), (igraph_integer_t)eopts->runs)))
		return err;
	if ((err = run_many(&out->memberships, g, weights, opts, eopts->two_mode_types, 0,
			    &out->runs_at_bound)) ||
	    (err = coassign(&out->coassignment, &out->memberships)) ||
	    (err = consensus(out, g, weights, opts, eopts)) ||
	    (err = stability(out)) || (err = pairwise(out)))
		goto done;
	err = sn_communities_modularity(&out->consensus_modularity, g, weights, &out->consensus, 1.0);
done:
	if (err)
		sn_ensemble_destroy(out);
	return err;
}
