/* samnet significance: observed statistics against the curveball null model. */
#include "config.h"

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

/* --statistics, checked now so that a misspelt name is a usage error before loading. */
static int statistics(const cli_ctx_t *ctx, const char **out)
{
	*out = cli_opt(ctx, "statistics");
	if (sn_significance_statistics_check(*out) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	return CLI_EXIT_OK;
}

static int parse(cli_ctx_t *ctx, sn_significance_doc_options_t *o)
{
	long samples = 1000, trades = 0;
	const char *pvalue = cli_opt(ctx, "p-value");
	int rc;

	sn_significance_doc_options_init(o);
	if ((rc = cli_opt_long(ctx, "samples", 1, 10000000, &samples)) ||
	    (rc = cli_opt_long(ctx, "trades", 0, 2000000000, &trades)) ||
	    (rc = cli_opt_double(ctx, "alpha", 1e-300, 1, &o->alpha)) ||
	    (rc = statistics(ctx, &o->statistics)) ||
	    (rc = cli_opt_max_iterations(ctx, &o->max_iterations)))
		return rc;
	if ((cli_opt(ctx, "projection") &&
	     sn_weighting_parse(cli_opt(ctx, "projection"), &o->weighting) != SN_OK) ||
	    (cli_opt(ctx, "correction") &&
	     sn_padjust_parse(cli_opt(ctx, "correction"), &o->correction) != SN_OK))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (pvalue && strcmp(pvalue, "normal") == 0)
		o->adjust = SN_PVALUE_NORMAL;
	else if (pvalue && strcmp(pvalue, "empirical") != 0)
		return cli_usage_error(ctx, "--p-value expects empirical or normal, got '%s'", pvalue);
	o->samples = (size_t)samples;
	o->trades = (size_t)trades;
	o->significant_only = cli_flag(ctx, "significant");
	o->seed = ctx->seed;
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	sn_significance_doc_options_t o;
	const sn_progress_t *progress = cli_step_progress(ctx);
	cli_data_t d;
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	if ((rc = parse(ctx, &o)) != CLI_EXIT_OK || (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	if (progress)
		o.progress = *progress;
	/* The size check here adds the hint about --max-ties to the library's message. */
	if ((err = cli_projection_check(&d, SN_MODE_ACTORS)) == SN_OK &&
	    (err = cli_doc_start(&doc, "significance", d.label)) == SN_OK)
		err = sn_significance_doc(doc, d.ds, &d.net, d.year, &o);
	rc = err ? cli_fail(err) : cli_doc_write(doc, ctx);
	cli_doc_free(doc);
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
