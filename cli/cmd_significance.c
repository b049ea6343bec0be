/* samnet significance: observed statistics against the curveball null model. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "samples", 'n', "N", "null samples (default 1000)" },
	{ "trades", 0, "N", "curveball trades before each sample (default 5 x memberships)" },
	{ "statistics", 's', "LIST", "comma-separated: degree, strength, betweenness_w, clustering, "
	  "modularity, assortativity, ei, shared, or all (default: all but shared)" },
	{ "projection", 'p', "W", "weighting of the actor projection: count (default), newman, "
	  "jaccard, overlap" },
	{ "correction", 0, "M", "for per-actor and per-pair families: bh (default), bonferroni, none" },
	{ "alpha", 'a', "A", "level for the verdict column (default 0.05)" },
	{ "p-value", 0, "P", "p-value the correction adjusts: empirical (default) or normal "
	  "(2 Q(|z|), not limited by the number of samples)" },
	{ "significant", 0, NULL, "list only actors and pairs whose adjusted p is below alpha" },
	CLI_OPTION_MAX_ITERATIONS,
	{ NULL, 0, NULL, NULL }
};

enum { ST_DEGREE, ST_STRENGTH, ST_BETWEENNESS, ST_CLUSTERING, ST_MODULARITY, ST_ASSORT, ST_EI,
       ST_SHARED, ST_COUNT };

static const char *const stat_names[ST_COUNT] = { "degree", "strength", "betweenness_w",
						  "clustering", "modularity", "assortativity",
						  "ei", "shared" };

typedef struct {
	bool want[ST_COUNT];
	sn_significance_options_t run;
	double alpha;
	bool significant_only;
	int max_iterations;      /* Leiden's bound for the observed partition */
} config_t;

/* Everything the statistics borrow. */
typedef struct {
	sn_incidence_t inc;
	igraph_vector_int_t type, county, partition;
	size_t *pair_a, *pair_b;
	sn_pairs_t pairs;
	igraph_integer_t communities;
	int leiden_iterations;
	bool leiden_at_bound;
} inputs_t;

static int parse_statistics(cli_ctx_t *ctx, const char *list, bool *want)
{
	char *copy, *save = NULL;

	for (int k = 0; k < ST_COUNT; k++)
		want[k] = k != ST_SHARED;
	if (list == NULL)
		return CLI_EXIT_OK;
	copy = strdup(list);
	if (copy == NULL)
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	memset(want, 0, ST_COUNT * sizeof *want);
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		int k = 0;

		if (strcmp(tok, "all") == 0) {
			for (k = 0; k < ST_COUNT; k++)
				want[k] = true;
			continue;
		}
		while (k < ST_COUNT && strcmp(tok, stat_names[k]) != 0)
			k++;
		if (k == ST_COUNT) {
			int rc = cli_usage_error(ctx, "unknown statistic '%s' (degree, strength, "
						 "betweenness_w, clustering, modularity, "
						 "assortativity, ei, shared, all)", tok);
			free(copy);
			return rc;
		}
		want[k] = true;
	}
	free(copy);
	return CLI_EXIT_OK;
}

static int parse(cli_ctx_t *ctx, config_t *c)
{
	long samples = 1000, trades = 0;
	int rc;

	c->run = (sn_significance_options_t)SN_SIGNIFICANCE_OPTIONS_INIT;
	c->alpha = 0.05;
	if ((rc = cli_opt_long(ctx, "samples", 1, 10000000, &samples)) ||
	    (rc = cli_opt_long(ctx, "trades", 0, 2000000000, &trades)) ||
	    (rc = cli_opt_double(ctx, "alpha", 1e-300, 1, &c->alpha)) ||
	    (rc = parse_statistics(ctx, cli_opt(ctx, "statistics"), c->want)) ||
	    (rc = cli_opt_max_iterations(ctx, &c->max_iterations)))
		return rc;
	if (cli_opt(ctx, "projection") &&
	    sn_weighting_parse(cli_opt(ctx, "projection"), &c->run.weighting) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_opt(ctx, "correction") &&
	    sn_padjust_parse(cli_opt(ctx, "correction"), &c->run.correction) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_opt(ctx, "p-value") && strcmp(cli_opt(ctx, "p-value"), "normal") == 0)
		c->run.adjust = SN_PVALUE_NORMAL;
	else if (cli_opt(ctx, "p-value") && strcmp(cli_opt(ctx, "p-value"), "empirical") != 0)
		return cli_usage_error(ctx, "--p-value expects empirical or normal, got '%s'",
				       cli_opt(ctx, "p-value"));
	c->run.samples = (size_t)samples;
	c->run.trades = (size_t)trades;
	c->significant_only = cli_flag(ctx, "significant");
	return CLI_EXIT_OK;
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

/* The observed projection's ties as pairs, and its community partition (Leiden, --seed). */
static sn_error_t observed_partition(inputs_t *in, const config_t *c, uint64_t seed)
{
	igraph_t g;
	igraph_vector_t weight;
	sn_communities_options_t co = SN_COMMUNITIES_OPTIONS_INIT;
	sn_communities_summary_t sum;
	igraph_integer_t m;
	sn_error_t err;

	if (igraph_vector_init(&weight, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_incidence_project(&g, NULL, &weight, &in->inc, c->run.weighting);
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
	co.seed = seed;
	co.max_iterations = c->max_iterations;
	if (!err)
		err = sn_communities_detect(&in->partition, &sum, &g, &weight, &co);
	in->communities = err ? 0 : sum.communities;
	in->leiden_iterations = err ? 0 : sum.iterations;
	in->leiden_at_bound = !err && sum.at_bound;
	igraph_destroy(&g);
	igraph_vector_destroy(&weight);
	return err;
}

static sn_error_t inputs_build(inputs_t *in, const cli_data_t *d, const config_t *c,
			       uint64_t seed)
{
	sn_error_t err;

	if (igraph_vector_int_init(&in->type, 0) || igraph_vector_int_init(&in->county, 0) ||
	    igraph_vector_int_init(&in->partition, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_network_actor_groups(&in->type, &d->net, SN_GROUP_BY_TYPE);
	if (!err)
		err = sn_network_actor_groups(&in->county, &d->net, SN_GROUP_BY_COUNTY);
	if (!err)
		err = sn_incidence_from_network(&in->inc, &d->net);
	if (!err)
		err = observed_partition(in, c, seed);
	return err;
}

/* The statistics to run, in the order of the output tables. */
static size_t statistics(sn_statistic_t *st, const config_t *c, inputs_t *in)
{
	size_t n = 0;

	if (c->want[ST_DEGREE])
		st[n++] = (sn_statistic_t){ "degree", sn_stat_degree, NULL, true };
	if (c->want[ST_STRENGTH])
		st[n++] = (sn_statistic_t){ "strength", sn_stat_strength, NULL, true };
	if (c->want[ST_BETWEENNESS])
		st[n++] = (sn_statistic_t){ sn_measure_name(SN_MEASURE_BETWEENNESS_W),
					    sn_stat_betweenness, NULL, true };
	if (c->want[ST_CLUSTERING])
		st[n++] = (sn_statistic_t){ "clustering", sn_stat_clustering, NULL, false };
	if (c->want[ST_MODULARITY])
		st[n++] = (sn_statistic_t){ "modularity", sn_stat_modularity, &in->partition, false };
	if (c->want[ST_ASSORT]) {
		st[n++] = (sn_statistic_t){ "assortativity by type", sn_stat_assortativity,
					    &in->type, false };
		st[n++] = (sn_statistic_t){ "assortativity by county", sn_stat_assortativity,
					    &in->county, false };
	}
	if (c->want[ST_EI]) {
		st[n++] = (sn_statistic_t){ "E-I index by type", sn_stat_ei, &in->type, false };
		st[n++] = (sn_statistic_t){ "E-I index by county", sn_stat_ei, &in->county, false };
	}
	if (c->want[ST_SHARED])
		st[n++] = (sn_statistic_t){ "shared projects", sn_stat_shared_pairs, &in->pairs,
					    true };
	return n;
}

static const char *verdict(const sn_significance_stat_t *st, size_t v, double alpha)
{
	if (!(st->p_adjusted[v] < alpha))
		return "";
	return st->observed[v] > st->mean[v] ? "above" : "below";
}

/* observed, null_mean, null_sd, z, p, p_normal from column `col` on. */
static int cells(cli_table_t *t, size_t col, const sn_significance_stat_t *st, size_t v)
{
	return cli_table_real(t, col, st->observed[v]) | cli_table_real(t, col + 1, st->mean[v]) |
	       cli_table_real(t, col + 2, st->sd[v]) | cli_table_real(t, col + 3, st->z[v]) |
	       cli_table_real(t, col + 4, st->p[v]) | cli_table_real(t, col + 5, st->p_normal[v]);
}

static int columns(cli_table_t *t, const char *const *names, size_t n)
{
	int bad = 0;

	for (size_t k = 0; k < n; k++)
		bad |= cli_table_column(t, names[k], k < 3 ? CLI_COL_STR : CLI_COL_REAL);
	return bad;
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

static cli_table_t *network_table(const sn_significance_t *res, double alpha)
{
	static const char *const names[] = { "statistic", "verdict", "note", "observed",
					     "null_mean", "null_sd", "z", "p", "p_normal" };
	cli_table_t *t = cli_table_new("network", "Network statistics against the null model");
	int bad = !t || columns(t, names, 9) || cli_table_priority(t, "null_sd", 2) ||
		  cli_table_priority(t, "null_mean", 2) || cli_table_priority(t, "p_normal", 1);

	for (size_t k = 0; !bad && k < res->nstats; k++) {
		const sn_significance_stat_t *st = &res->stats[k];

		if (st->family)
			continue;
		bad |= cli_table_row(t) || cli_table_str(t, 0, st->name) ||
		       cli_table_str(t, 1, verdict(st, 0, alpha)) ||
		       cli_table_str(t, 2, note(st, res->samples)) ||
		       cells(t, 3, st, 0);
	}
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
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

/* One row of a family table: labels in columns 0..nlabels-1, then the numbers. */
static int family_row(cli_table_t *t, const char *const *labels, size_t nlabels,
		      const sn_significance_stat_t *st, size_t v, double alpha)
{
	int bad = cli_table_row(t);

	for (size_t k = 0; k < nlabels; k++)
		bad |= cli_table_str(t, k, labels[k]);
	bad |= cli_table_str(t, nlabels, verdict(st, v, alpha)) || cells(t, nlabels + 1, st, v) ||
	       cli_table_real(t, nlabels + 7, st->p_adjusted[v]);
	return bad;
}

static int family_columns(cli_table_t *t, const char *const *labels, size_t nlabels)
{
	static const char *const nums[] = { "observed", "null_mean", "null_sd", "z", "p",
					    "p_normal", "p_adjusted" };
	int bad = 0;

	for (size_t k = 0; k < nlabels; k++)
		bad |= cli_table_column(t, labels[k], CLI_COL_STR);
	bad |= cli_table_column(t, "verdict", CLI_COL_STR);
	for (size_t k = 0; k < 7; k++)
		bad |= cli_table_column(t, nums[k], CLI_COL_REAL);
	/* To fit the width: the null model's moments and the raw p-values go first. */
	return bad | cli_table_priority(t, "type", 3) | cli_table_priority(t, "null_sd", 2) |
	       cli_table_priority(t, "null_mean", 2) | cli_table_priority(t, "p_normal", 1) |
	       cli_table_priority(t, "p", 1);
}

static cli_table_t *actors_table(const sn_significance_t *res, const cli_data_t *d,
				 const config_t *c)
{
	static const char *const labels[] = { "statistic", "id", "name", "type" };
	cli_table_t *t = cli_table_new("actors", "Actors against the null model");
	int bad = !t || family_columns(t, labels, 4);

	for (size_t k = 0; !bad && k < res->nstats; k++) {
		const sn_significance_stat_t *st = &res->stats[k];
		size_t *idx;

		if (!st->family || strcmp(st->name, "shared projects") == 0)
			continue;
		if ((idx = order_by_z(st)) == NULL)
			bad = 1;
		for (size_t r = 0; !bad && r < st->nvalues; r++) {
			size_t v = idx[r];
			const sn_actor_t *a = &d->ds->actors[d->net.actor_index[v]];
			const char *lab[4] = { st->name, a->id, a->name, sn_actor_type_name(a->type) };

			if (c->significant_only && !(st->p_adjusted[v] < c->alpha))
				continue;
			bad |= family_row(t, lab, 4, st, v, c->alpha);
		}
		free(idx);
	}
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

static cli_table_t *pairs_table(const sn_significance_t *res, const cli_data_t *d,
				const inputs_t *in, const config_t *c)
{
	static const char *const labels[] = { "actor_a", "actor_b" };
	cli_table_t *t = cli_table_new("pairs", "Shared projects of tied pairs against the null model");
	int bad = !t || family_columns(t, labels, 2);

	for (size_t k = 0; !bad && k < res->nstats; k++) {
		const sn_significance_stat_t *st = &res->stats[k];
		size_t *idx;

		if (strcmp(st->name, "shared projects") != 0)
			continue;
		if ((idx = order_by_z(st)) == NULL)
			bad = 1;
		for (size_t r = 0; !bad && r < st->nvalues; r++) {
			size_t v = idx[r];
			const char *lab[2] = { d->ds->actors[d->net.actor_index[in->pair_a[v]]].id,
					       d->ds->actors[d->net.actor_index[in->pair_b[v]]].id };

			if (c->significant_only && !(st->p_adjusted[v] < c->alpha))
				continue;
			bad |= family_row(t, lab, 2, st, v, c->alpha);
		}
		free(idx);
	}
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

/* "degree: 5 above, 2 below" style summaries for the families. */
static int family_meta(cli_doc_t *doc, const sn_significance_t *res, double alpha)
{
	int bad = 0;

	for (size_t k = 0; k < res->nstats; k++) {
		const sn_significance_stat_t *st = &res->stats[k];
		size_t above = 0, below = 0;

		if (!st->family)
			continue;
		for (size_t v = 0; v < st->nvalues; v++) {
			const char *w = verdict(st, v, alpha);

			above += strcmp(w, "above") == 0;
			below += strcmp(w, "below") == 0;
		}
		bad |= cli_doc_meta(doc, st->name, "%zu above chance, %zu below (of %zu)", above,
				    below, st->nvalues);
	}
	return bad;
}

static bool has_network_stats(const sn_significance_t *res)
{
	for (size_t k = 0; k < res->nstats; k++)
		if (!res->stats[k].family)
			return true;
	return false;
}

static bool has_actor_stats(const sn_significance_t *res)
{
	for (size_t k = 0; k < res->nstats; k++)
		if (res->stats[k].family && strcmp(res->stats[k].name, "shared projects") != 0)
			return true;
	return false;
}

static void on_progress(size_t done, size_t total, void *arg)
{
	cli_progress(arg, done, total);
}

static int report(const sn_significance_t *res, const cli_data_t *d, const inputs_t *in,
		  const config_t *c, cli_ctx_t *ctx)
{
	cli_doc_t *doc = cli_doc_new("significance");
	int rc;

	if (cli_doc_meta(doc, "dataset", "%s", d->label) |
	    cli_doc_meta(doc, "null model", "curveball, %zu samples, %zu trades before each, "
			 "seed %" PRIu64,
			 res->samples, res->trades, ctx->seed) |
	    cli_doc_meta(doc, "projection", "%s", sn_weighting_name(c->run.weighting)) |
	    cli_doc_meta(doc, "correction", "%s of the %s p-values within each per-actor or "
			 "per-pair family", sn_padjust_name(c->run.correction),
			 c->run.adjust == SN_PVALUE_NORMAL ? "normal" : "empirical") |
	    cli_doc_meta_num(doc, "alpha", c->alpha) |
	    cli_doc_meta(doc, "p-value", "two-sided, (1 + #{|null - mean| >= |observed - mean|}) / "
			 "(1 + samples); p_normal = 2 Q(|z|)") |
	    (c->want[ST_MODULARITY] ?
	     (cli_doc_meta(doc, "partition", "Leiden (modularity, seed %" PRIu64 ", %d iterations, "
			   "at most %d): %" IGRAPH_PRId " communities", ctx->seed,
			   in->leiden_iterations, c->max_iterations, in->communities) |
	      cli_doc_meta(doc, "stopped_at_bound", "%s", in->leiden_at_bound ? "yes" : "no"))
	     : 0) |
	    family_meta(doc, res, c->alpha) |
	    (has_network_stats(res) ? cli_doc_table(doc, network_table(res, c->alpha)) : 0) |
	    (has_actor_stats(res) ? cli_doc_table(doc, actors_table(res, d, c)) : 0) |
	    (c->want[ST_SHARED] ? cli_doc_table(doc, pairs_table(res, d, in, c)) : 0))
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	else
		rc = cli_doc_write(doc, ctx);
	cli_doc_free(doc);
	return rc;
}

static int run(cli_ctx_t *ctx)
{
	config_t c;
	cli_data_t d;
	inputs_t in;
	sn_statistic_t st[ST_COUNT + 2];
	sn_significance_t res;
	sn_rng_t *rng = NULL;
	sn_error_t err;
	int rc;

	if ((rc = parse(ctx, &c)) != CLI_EXIT_OK)
		return rc;
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	memset(&in, 0, sizeof in);
	sn_incidence_init(&in.inc);
	sn_significance_init(&res);
	c.run.progress = on_progress;
	c.run.progress_arg = ctx;
	err = sn_rng_new(&rng, ctx->seed);
	if (!err)
		err = cli_projection_check(&d, SN_MODE_ACTORS);
	if (!err)
		err = inputs_build(&in, &d, &c, ctx->seed);
	if (!err) {
		err = sn_significance_run(&res, &in.inc, st, statistics(st, &c, &in), &c.run, rng);
	}
	rc = err ? cli_fail(err) : report(&res, &d, &in, &c, ctx);
	sn_significance_destroy(&res);
	inputs_destroy(&in);
	sn_rng_free(rng);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_significance = {
	.name = "significance",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "z-scores and p-values against a degree-preserving null model",
	.description =
		"Compares statistics of the actor projection with their distribution over\n"
		"null networks that keep every actor's number of projects and every project's\n"
		"number of members (the curveball algorithm, Strona et al. 2014; uniform by\n"
		"Carstens 2015).  For each statistic: the observed value, the null mean and\n"
		"standard deviation, the z-score, the empirical two-sided p-value and, for\n"
		"per-actor and per-pair statistics, the Benjamini-Hochberg adjusted p-value.\n"
		"Per actor: degree, strength, betweenness_w (distance 1/weight, raw).  Network:\n"
		"clustering, modularity of the Leiden partition found on the observed network\n"
		"(kept fixed across the samples), assortativity and E-I index by type and by\n"
		"county.  Pairs (--statistics shared): shared projects of every tied pair.\n"
		"When the null standard deviation is 0, z is 0 if the observation equals the\n"
		"null mean and +-inf otherwise.  With S samples no p-value is below 1/(1+S):\n"
		"for a single actor to pass BH among n actors, S must exceed n/alpha, or use\n"
		"--p-value normal, which adjusts p_normal = 2 Q(|z|) instead (a normal\n"
		"approximation of the null distribution).  A progress bar goes to stderr when\n"
		"it is a terminal.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
