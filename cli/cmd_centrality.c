/*
 * samnet centrality: per-actor centrality on an actor projection or on the
 * two-mode graph, ranked overall or within actor types or counties, with the
 * population each actor represents and the population its direct partners
 * represent.  The table is sn_centrality_doc() (samnet/centrality_doc.h);
 * this file parses the options and prints it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "measures", 'm', "LIST", "comma-separated measures (see above; default: "
				   SN_CENTRALITY_DEFAULT_MEASURES "; two-mode: "
				   SN_CENTRALITY_DEFAULT_TWOMODE ")" },
	{ "projection", 'p', "W|two-mode", "count (default), newman, jaccard, overlap, or two-mode" },
	{ "top", 'n', "N", "list only the N best-ranked actors (per group with --by); default all" },
	{ "by", 0, "GROUP", "rank within groups: type or county" },
	{ "sort", 's', "MEASURE", "rank by this listed measure (default the first); constraint ranks lowest first" },
	{ "raw", 0, NULL, "raw values instead of normalised ones" },
	{ "normalized", 0, NULL, "normalised values (the default)" },
	{ "approx", 0, "EPS", "sample betweenness and betweenness_w to within EPS, "
			      "0.0001 <= EPS < 1 (see above)" },
	{ "delta", 0, "D", "failure probability of --approx, 0 < D < 1 (default 0.1)" },
	{ NULL, 0, NULL, NULL }
};

/* Projection, --raw, --by and --top, then the library's checks of the rest, as usage errors. */
static int parse_settings(sn_centrality_doc_options_t *o, const cli_ctx_t *ctx)
{
	const char *p = cli_opt(ctx, "projection"), *by = cli_opt(ctx, "by");
	long top = 0;
	int rc;

	sn_centrality_doc_options_init(o);
	o->two_mode = p && strcmp(p, "two-mode") == 0;
	if (p && !o->two_mode && sn_weighting_parse(p, &o->weighting) != SN_OK)
		return cli_usage_error(ctx, "unknown projection '%s'; use count, newman, jaccard, "
				       "overlap or two-mode", p);
	if (cli_flag(ctx, "raw") && cli_flag(ctx, "normalized"))
		return cli_usage_error(ctx, "--raw and --normalized exclude each other");
	o->normalized = !cli_flag(ctx, "raw");
	if (by && strcmp(by, "type") == 0)
		o->by = SN_CENTRALITY_RANK_BY_TYPE;
	else if (by && strcmp(by, "county") == 0)
		o->by = SN_CENTRALITY_RANK_BY_COUNTY;
	else if (by)
		return cli_usage_error(ctx, "--by must be type or county, not '%s'", by);
	if ((rc = cli_opt_long(ctx, "top", 0, 1000000000L, &top)) != CLI_EXIT_OK)
		return rc;
	o->top = (size_t)top;
	o->measures = cli_opt(ctx, "measures");
	o->sort = cli_opt(ctx, "sort");
	o->approx = cli_opt(ctx, "approx") != NULL;
	o->seed = ctx->seed;
	o->max_ties = ctx->max_ties;
	if (!o->approx && cli_opt(ctx, "delta"))
		return cli_usage_error(ctx, "--delta needs --approx");
	if ((rc = cli_opt_double(ctx, "approx", -HUGE_VAL, HUGE_VAL, &o->eps)) != CLI_EXIT_OK ||
	    (rc = cli_opt_double(ctx, "delta", -HUGE_VAL, HUGE_VAL, &o->delta)) != CLI_EXIT_OK)
		return rc;
	if (sn_centrality_doc_options_check(o) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	sn_centrality_doc_options_t o;
	cli_doc_t *doc = NULL;
	cli_data_t d;
	sn_error_t err = SN_OK;
	int rc;

	if ((rc = parse_settings(&o, ctx)) != CLI_EXIT_OK ||
	    (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	/* The projection's size limit first, so that its message names --max-ties. */
	if (!o.two_mode)
		err = cli_projection_check(&d, SN_MODE_ACTORS);
	if (err == SN_OK)
		err = cli_doc_start(&doc, "centrality", d.label);
	if (err == SN_OK)
		err = sn_centrality_doc(doc, d.ds, &d.net, d.year, &o);
	rc = err == SN_OK ? cli_doc_write(doc, ctx) : cli_fail(err);
	cli_doc_free(doc);
	cli_data_destroy(&d);
	return rc;
}

/* The measures, from the library's registry: name, whether weighted and two-mode, description. */
static void measures_help(FILE *fp)
{
	fputs("\nMeasures (w: uses tie weights; 2: also on the two-mode graph):\n", fp);
	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info(m);
		char left[64];

		snprintf(left, sizeof left, "  %-15s %c%c", info->name, info->weighted ? 'w' : ' ',
			 info->two_mode ? '2' : ' ');
		cli_help_item(fp, left, 22, info->description);
	}
}

const cli_command_t cmd_centrality = {
	.name = "centrality",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "per-actor centrality, ranked, with represented population",
	.description =
		"Centrality of every actor on the actor projection (ties weighted by\n"
		"--projection; path-based _w measures use length 1/weight) or on the two-mode\n"
		"graph, where degree, closeness and betweenness carry the Borgatti-Everett\n"
		"normalisation. Closeness counts reachable actors only; harmonic closeness suits\n"
		"disconnected networks. Eigenvector, hub and authority are computed on each\n"
		"connected component apart: normalised, the most central actor of every component\n"
		"gets 1 (raw: divided by the Euclidean length, or for hub and authority the sum,\n"
		"over the whole network), so identical components score alike; compare actors\n"
		"within a component. On these undirected ties hub and authority are equal, and\n"
		"equal the eigenvector scores when normalised. PageRank uses damping 0.85.\n"
		"'population' is what the territory the actor represents holds (regions,\n"
		"kommuner, länsstyrelser, or the represents column; empty for others);\n"
		"'partner_population' the union of its direct partners' represented territories.\n"
		"A measure's name is the same in every samnet table, export and report: a\n"
		"path-based measure under its plain name counts hops, with '_w' it uses tie\n"
		"length 1/weight.\n"
		"\n"
		"--approx EPS estimates betweenness and betweenness_w from sampled shortest\n"
		"paths (Riondato & Kornaropoulos 2016), seeded by --seed, for networks where the\n"
		"exact O(n m) computation takes hours. With probability at least 1 - D every\n"
		"actor at once is within EPS * n/(n-2) of its exact normalised value (EPS *\n"
		"n(n-1)/2 raw). The sample size grows as 1/EPS^2 and only logarithmically\n"
		"with the network; the metadata records EPS, D, samples and seed.",
	.help_more = measures_help,
	.options = options,
	.uses_dataset = true,
	.run = run,
};
