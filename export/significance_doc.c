/* export/significance_doc.c: the significance test as a document (samnet/significance_doc.h). */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/centrality.h"
#include "export/doc_build.h"
#include "samnet/communities.h"
#include "samnet/significance_doc.h"

enum { ST_DEGREE, ST_STRENGTH, ST_BETWEENNESS, ST_CLUSTERING, ST_MODULARITY, ST_ASSORT, ST_EI,
       ST_SHARED, ST_COUNT };

static const char *const stat_names[ST_COUNT] = { "degree", "strength", "betweenness_w",
						  "clustering", "modularity", "assortativity",
						  "ei", "shared" };

/* Everything the statistics borrow, and the observed partition. */
typedef struct {
	sn_incidence_t inc;
	igraph_vector_int_t type, county, partition;
	size_t *pair_a, *pair_b;
	sn_pairs_t pairs;
	igraph_integer_t communities;
	int leiden_iterations;
	bool leiden_at_bound;
} inputs_t;

void sn_significance_doc_options_init(sn_significance_doc_options_t *o)
{
	const sn_significance_options_t run = SN_SIGNIFICANCE_OPTIONS_INIT;

	memset(o, 0, sizeof *o);
	o->samples = run.samples;
	o->weighting = run.weighting;
	o->correction = run.correction;
	o->adjust = run.adjust;
	o->alpha = 0.05;
	o->seed = 1;
	o->max_iterations = SN_COMMUNITIES_MAX_ITERATIONS;
}

/* want[k] for each statistic named in `list` (NULL: all but shared). */
static sn_error_t parse_statistics(const char *list, bool want[ST_COUNT])
{
	char *copy, *save = NULL;
	sn_error_t err = SN_OK;

	for (int k = 0; k < ST_COUNT; k++)
		want[k] = list == NULL && k != ST_SHARED;
	if (list == NULL)
		return SN_OK;
	if ((copy = strdup(list)) == NULL)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (char *tok = strtok_r(copy, ",", &save); tok && err == SN_OK;
	     tok = strtok_r(NULL, ",", &save)) {
		int k = 0;

		while (k < ST_COUNT && strcmp(tok, stat_names[k]) != 0)
			k++;
		if (strcmp(tok, "all") == 0)
			memset(want, 1, ST_COUNT * sizeof *want);
		else if (k < ST_COUNT)
			want[k] = true;
		else
			err = sn_error_set(SN_EINVAL, "unknown statistic '%s' (%s)", tok,
					   SN_SIGNIFICANCE_STATISTICS);
	}
	free(copy);
	return err;
}

sn_error_t sn_significance_statistics_check(const char *statistics)
{
	bool want[ST_COUNT];

	return parse_statistics(statistics, want);
}

static void inputs_destroy(inputs_t *in)
{
	sn_incidence_destroy(&in->inc);
	igraph_vector_int_destroy(&in->type);
	igraph_vector_int_destroy(&in->county);
	igraph_vector_int_destroy(&in->partition);
	free(in->pair_a);
	free(in->pair_b);
}

/* The observed projection's ties as pairs, and its community partition (Leiden, o->seed). */
static sn_error_t observed_partition(inputs_t *in, const sn_significance_doc_options_t *o)
{
	igraph_t g;
	igraph_vector_t weight;
	sn_communities_options_t co = SN_COMMUNITIES_OPTIONS_INIT;
	sn_communities_summary_t sum;
	igraph_integer_t m;
	sn_error_t err;

	if (igraph_vector_init(&weight, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_incidence_project(&g, NULL, &weight, &in->inc, o->weighting);
	if (err) {
		igraph_vector_destroy(&weight);
		return err;
	}
	m = igraph_ecount(&g);
	in->pair_a = malloc(((size_t)m + 1) * sizeof *in->pair_a);
	in->pair_b = malloc(((size_t)m + 1) * sizeof *in->pair_b);
	if (in->pair_a == NULL || in->pair_b == NULL)
		err = sn_error_set(SN_ENOMEM, "out of memory");
	for (igraph_integer_t e = 0; !err && e < m; e++) {
		igraph_integer_t u = IGRAPH_FROM(&g, e), v = IGRAPH_TO(&g, e);

		in->pair_a[e] = (size_t)(u < v ? u : v);
		in->pair_b[e] = (size_t)(u < v ? v : u);
	}
	in->pairs = (sn_pairs_t){ (size_t)m, in->pair_a, in->pair_b };
	co.seed = o->seed;
	co.max_iterations = o->max_iterations;
	if (!err)
		err = sn_communities_detect(&in->partition, &sum, &g, &weight, &co);
	in->communities = err ? 0 : sum.communities;
	in->leiden_iterations = err ? 0 : sum.iterations;
	in->leiden_at_bound = !err && sum.at_bound;
	igraph_destroy(&g);
	igraph_vector_destroy(&weight);
	return err;
}

static sn_error_t inputs_build(inputs_t *in, const sn_network_t *net,
			       const sn_significance_doc_options_t *o)
{
	sn_error_t err;

	if (igraph_vector_int_init(&in->type, 0) || igraph_vector_int_init(&in->county, 0) ||
	    igraph_vector_int_init(&in->partition, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_network_actor_groups(&in->type, net, SN_GROUP_BY_TYPE);
	if (!err)
		err = sn_network_actor_groups(&in->county, net, SN_GROUP_BY_COUNTY);
	if (!err)
		err = sn_incidence_from_network(&in->inc, net);
	if (!err)
		err = observed_partition(in, o);
	return err;
}

/* The statistics to run, in the order of the output tables. */
static size_t statistics(sn_statistic_t *st, const bool want[ST_COUNT], inputs_t *in)
{
	size_t n = 0;

	if (want[ST_DEGREE])
		st[n++] = (sn_statistic_t){ "degree", sn_stat_degree, NULL, true };
	if (want[ST_STRENGTH])
		st[n++] = (sn_statistic_t){ "strength", sn_stat_strength, NULL, true };
	if (want[ST_BETWEENNESS])
		st[n++] = (sn_statistic_t){ sn_measure_name(SN_MEASURE_BETWEENNESS_W),
					    sn_stat_betweenness, NULL, true };
	if (want[ST_CLUSTERING])
		st[n++] = (sn_statistic_t){ "clustering", sn_stat_clustering, NULL, false };
	if (want[ST_MODULARITY])
		st[n++] = (sn_statistic_t){ "modularity", sn_stat_modularity, &in->partition, false };
	if (want[ST_ASSORT]) {
		st[n++] = (sn_statistic_t){ "assortativity by type", sn_stat_assortativity,
					    &in->type, false };
		st[n++] = (sn_statistic_t){ "assortativity by county", sn_stat_assortativity,
					    &in->county, false };
	}
	if (want[ST_EI]) {
		st[n++] = (sn_statistic_t){ "E-I index by type", sn_stat_ei, &in->type, false };
		st[n++] = (sn_statistic_t){ "E-I index by county", sn_stat_ei, &in->county, false };
	}
	if (want[ST_SHARED])
		st[n++] = (sn_statistic_t){ "shared projects", sn_stat_shared_pairs, &in->pairs,
					    true };
	return n;
}

/* ---- the document ---------------------------------------------------------------- */

static const char *verdict(const sn_significance_stat_t *st, size_t v, double alpha)
{
	if (!(st->p_adjusted[v] < alpha))
		return "";
	return st->observed[v] > st->mean[v] ? "above" : "below";
}

/* observed, null_mean, null_sd, z, p, p_normal from column `col` on. */
static sn_error_t cells(sn_doc_table_t *t, size_t col, const sn_significance_stat_t *st,
			size_t v)
{
	const double x[6] = { st->observed[v], st->mean[v], st->sd[v], st->z[v], st->p[v],
			      st->p_normal[v] };
	sn_error_t err = SN_OK;

	for (size_t k = 0; k < 6 && !err; k++)
		err = sn_doc_table_real(t, col + k, x[k]);
	return err;
}

/* Why a network statistic has no plain z-score, if it has none. */
static const char *note(const sn_significance_stat_t *st, size_t samples)
{
	if (isnan(st->observed[0]))
		return "undefined on the observed network";
	if (st->nvalid[0] == 0)
		return "undefined in every sample";
	if (st->ndegenerate)
		return "null sd 0";
	return st->nvalid[0] < samples ? "undefined in some samples" : "";
}

static sn_error_t network_table(sn_doc_t *doc, const sn_significance_t *res, double alpha)
{
	static const sn__column_t cols[] = {
		{ "statistic", SN_COL_STR, 0 }, { "verdict", SN_COL_STR, 0 },
		{ "note", SN_COL_STR, 0 },	{ "observed", SN_COL_REAL, 0 },
		{ "null_mean", SN_COL_REAL, 2 }, { "null_sd", SN_COL_REAL, 2 },
		{ "z", SN_COL_REAL, 0 },	{ "p", SN_COL_REAL, 0 },
		{ "p_normal", SN_COL_REAL, 1 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "network", "Network statistics against the null "
					    "model", cols, 9);

	for (size_t k = 0; !err && k < res->nstats; k++) {
		const sn_significance_stat_t *st = &res->stats[k];

		if (st->family)
			continue;
		(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, st->name)) ||
		       (err = sn_doc_table_str(t, 1, verdict(st, 0, alpha))) ||
		       (err = sn_doc_table_str(t, 2, note(st, res->samples))) ||
		       (err = cells(t, 3, st, 0)));
	}
	return sn__doc_add(doc, t, err);
}

/* Descending z, NaN last (qsort_r comparator over value indices). */
static int by_z_desc(const void *a, const void *b, void *arg)
{
	const double *z = arg;
	double x = z[*(const size_t *)a], y = z[*(const size_t *)b];

	if (isnan(x) || isnan(y))
		return isnan(x) - isnan(y);
	return (x < y) - (x > y);
}

static size_t *order_by_z(const sn_significance_stat_t *st)
{
	size_t *idx = malloc((st->nvalues + 1) * sizeof *idx);

	if (idx == NULL)
		return NULL;
	for (size_t v = 0; v < st->nvalues; v++)
		idx[v] = v;
	qsort_r(idx, st->nvalues, sizeof *idx, by_z_desc, st->z);
	return idx;
}

/*
 * A table of per-actor or per-pair values: the labels (the first of them
 * with priorities for the width), verdict, numbers and p_adjusted.
 */
static sn_error_t family_table(sn_doc_table_t **t, const char *name, const char *title,
			       const sn__column_t *labels, size_t nlabels)
{
	/* To fit the width: the null model's moments and the raw p-values go first. */
	static const sn__column_t nums[] = {
		{ "verdict", SN_COL_STR, 0 },	  { "observed", SN_COL_REAL, 0 },
		{ "null_mean", SN_COL_REAL, 2 }, { "null_sd", SN_COL_REAL, 2 },
		{ "z", SN_COL_REAL, 0 },	  { "p", SN_COL_REAL, 1 },
		{ "p_normal", SN_COL_REAL, 1 },  { "p_adjusted", SN_COL_REAL, 0 }
	};
	sn_error_t err = sn__doc_table_with(t, name, title, labels, nlabels);

	if (err == SN_OK && (err = sn__doc_columns(*t, nums, 8)) != SN_OK) {
		sn_doc_table_free(*t);
		*t = NULL;
	}
	return err;
}

/* One row of a family table: labels in columns 0..nlabels-1, then the numbers. */
static sn_error_t family_row(sn_doc_table_t *t, const char *const *labels, size_t nlabels,
			     const sn_significance_stat_t *st, size_t v, double alpha)
{
	sn_error_t err = sn_doc_table_row(t);

	for (size_t k = 0; k < nlabels && !err; k++)
		err = sn_doc_table_str(t, k, labels[k]);
	(void)(err || (err = sn_doc_table_str(t, nlabels, verdict(st, v, alpha))) ||
	       (err = cells(t, nlabels + 1, st, v)) ||
	       (err = sn_doc_table_real(t, nlabels + 7, st->p_adjusted[v])));
	return err;
}

static bool is_pairs(const sn_significance_stat_t *st)
{
	return strcmp(st->name, "shared projects") == 0;
}

/* What the family tables need to label a value. */
typedef struct {
	const sn_dataset_t *ds;
	const sn_network_t *net;
	const inputs_t *in;
	const sn_significance_doc_options_t *o;
} labeller_t;

static const sn_actor_t *actor(const labeller_t *l, size_t v)
{
	return &l->ds->actors[l->net->actor_index[v]];
}

/* The labels of value v: statistic, id, name, type of an actor; the two ids of a pair. */
static size_t row_labels(const char *lab[4], const labeller_t *l,
			 const sn_significance_stat_t *st, size_t v, bool pairs)
{
	const sn_actor_t *a;

	if (pairs) {
		lab[0] = actor(l, l->in->pair_a[v])->id;
		lab[1] = actor(l, l->in->pair_b[v])->id;
		return 2;
	}
	a = actor(l, v);
	lab[0] = st->name;
	lab[1] = a->id;
	lab[2] = a->name;
	lab[3] = sn_actor_type_name(a->type);
	return 4;
}

/* The rows of the family statistics that are (pairs) or are not per-pair, by z descending. */
static sn_error_t family_rows(sn_doc_table_t *t, const sn_significance_t *res,
			      const labeller_t *l, bool pairs)
{
	sn_error_t err = SN_OK;

	for (size_t k = 0; !err && k < res->nstats; k++) {
		const sn_significance_stat_t *st = &res->stats[k];
		size_t *idx;

		if (!st->family || is_pairs(st) != pairs)
			continue;
		if ((idx = order_by_z(st)) == NULL)
			return sn_error_set(SN_ENOMEM, "out of memory");
		for (size_t r = 0; !err && r < st->nvalues; r++) {
			size_t v = idx[r];
			const char *lab[4];

			if (l->o->significant_only && !(st->p_adjusted[v] < l->o->alpha))
				continue;
			err = family_row(t, lab, row_labels(lab, l, st, v, pairs), st, v,
					 l->o->alpha);
		}
		free(idx);
	}
	return err;
}

static sn_error_t actors_table(sn_doc_t *doc, const sn_significance_t *res, const labeller_t *l)
{
	static const sn__column_t labels[] = { { "statistic", SN_COL_STR, 0 },
					       { "id", SN_COL_STR, 0 },
					       { "name", SN_COL_STR, 0 },
					       { "type", SN_COL_STR, 3 } };
	sn_doc_table_t *t;
	sn_error_t err = family_table(&t, "actors", "Actors against the null model", labels, 4);

	return sn__doc_add(doc, t, err ? err : family_rows(t, res, l, false));
}

static sn_error_t pairs_table(sn_doc_t *doc, const sn_significance_t *res, const labeller_t *l)
{
	static const sn__column_t labels[] = { { "actor_a", SN_COL_STR, 0 },
					       { "actor_b", SN_COL_STR, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = family_table(&t, "pairs", "Shared projects of tied pairs against the null "
				      "model", labels, 2);

	return sn__doc_add(doc, t, err ? err : family_rows(t, res, l, true));
}

/* "degree: 5 above chance, 2 below (of 180)" for each family. */
static sn_error_t family_meta(sn_doc_t *doc, const sn_significance_t *res, double alpha)
{
	sn_error_t err = SN_OK;

	for (size_t k = 0; k < res->nstats && err == SN_OK; k++) {
		const sn_significance_stat_t *st = &res->stats[k];
		size_t above = 0, below = 0;

		if (!st->family)
			continue;
		for (size_t v = 0; v < st->nvalues; v++) {
			const char *w = verdict(st, v, alpha);

			above += strcmp(w, "above") == 0;
			below += strcmp(w, "below") == 0;
		}
		err = sn_doc_meta(doc, st->name, "%zu above chance, %zu below (of %zu)", above,
				  below, st->nvalues);
	}
	return err;
}

/* Whether `res` has a network statistic (pairs false) or a per-actor family. */
static bool has_stats(const sn_significance_t *res, bool family)
{
	for (size_t k = 0; k < res->nstats; k++)
		if (res->stats[k].family == family && !is_pairs(&res->stats[k]))
			return true;
	return false;
}

/* The null model, projection, correction, alpha, p-value and partition entries. */
static sn_error_t run_meta(sn_doc_t *doc, const sn_significance_t *res, const inputs_t *in,
			   const sn_significance_doc_options_t *o, bool modularity)
{
	const char *p = o->adjust == SN_PVALUE_NORMAL ? "normal" : "empirical";
	sn_error_t err;

	if ((err = sn_doc_meta(doc, "null model", "curveball, %zu samples, %zu trades before "
			       "each, seed %" PRIu64, res->samples, res->trades, o->seed)) ||
	    (err = sn_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting))) ||
	    (err = sn_doc_meta(doc, "correction", "%s of the %s p-values within each per-actor "
			       "or per-pair family", sn_padjust_name(o->correction), p)) ||
	    (err = sn_doc_meta_num(doc, "alpha", o->alpha)) ||
	    (err = sn_doc_meta(doc, "p-value", "two-sided, (1 + #{|null - mean| >= "
			       "|observed - mean|}) / (1 + samples); p_normal = 2 Q(|z|)")))
		return err;
	if (modularity &&
	    ((err = sn_doc_meta(doc, "partition", "Leiden (modularity, seed %" PRIu64 ", %d "
				"iterations, at most %d): %" IGRAPH_PRId " communities", o->seed,
				in->leiden_iterations, o->max_iterations, in->communities)) ||
	     (err = sn_doc_meta(doc, "stopped_at_bound", "%s",
				in->leiden_at_bound ? "yes" : "no"))))
		return err;
	return SN_OK;
}

static sn_error_t fill(sn_doc_t *doc, const sn_significance_t *res, const labeller_t *l,
		       const bool want[ST_COUNT])
{
	sn_error_t err = run_meta(doc, res, l->in, l->o, want[ST_MODULARITY]);

	if (err == SN_OK)
		err = family_meta(doc, res, l->o->alpha);
	if (err == SN_OK && has_stats(res, false))
		err = network_table(doc, res, l->o->alpha);
	if (err == SN_OK && has_stats(res, true))
		err = actors_table(doc, res, l);
	if (err == SN_OK && want[ST_SHARED])
		err = pairs_table(doc, res, l);
	return err;
}

static sn_error_t check_call(const sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			     const sn_significance_doc_options_t *o)
{
	sn_error_t err = sn__doc_check_call(doc, ds, net, "significance");

	if (err != SN_OK)
		return err;
	if (!(o->alpha > 0 && o->alpha <= 1))
		return sn_error_set(SN_EINVAL, "significance: alpha must lie in (0, 1], got %g",
				    o->alpha);
	if (o->max_iterations < 1)
		return sn_error_set(SN_EINVAL, "significance: max_iterations must be at least 1, "
				    "got %d", o->max_iterations);
	return SN_OK;
}

sn_error_t sn_significance_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			       int year, const sn_significance_doc_options_t *o)
{
	sn_significance_doc_options_t defaults;
	sn_significance_options_t run = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_statistic_t st[ST_COUNT + 2];
	sn_significance_t res;
	sn_rng_t *rng = NULL;
	bool want[ST_COUNT];
	inputs_t in;
	sn_error_t err;

	(void)year;
	if (o == NULL) {
		sn_significance_doc_options_init(&defaults);
		o = &defaults;
	}
	if ((err = check_call(doc, ds, net, o)) != SN_OK ||
	    (err = parse_statistics(o->statistics, want)) != SN_OK)
		return err;
	run.samples = o->samples;
	run.trades = o->trades;
	run.weighting = o->weighting;
	run.correction = o->correction;
	run.adjust = o->adjust;
	run.progress = o->progress;
	memset(&in, 0, sizeof in);
	sn_incidence_init(&in.inc);
	sn_significance_init(&res);
	err = sn_rng_new(&rng, o->seed);
	if (err == SN_OK)
		err = sn_projection_check_limit(net, SN_MODE_ACTORS, o->max_ties);
	if (err == SN_OK)
		err = inputs_build(&in, net, o);
	if (err == SN_OK)
		err = sn_significance_run(&res, &in.inc, st, statistics(st, want, &in), &run, rng);
	if (err == SN_OK)
		err = fill(doc, &res, &(labeller_t){ ds, net, &in, o }, want);
	sn_significance_destroy(&res);
	inputs_destroy(&in);
	sn_rng_free(rng);
	return err;
}
