/* samnet backbone: the significant ties of the actor projection. */
#include "config.h"

#include <stdlib.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "method", 'm', "M", "disparity (default), sdsm or fdsm" },
	{ "alpha", 'a', "A", "keep ties with (adjusted) p below A (default 0.05)" },
	{ "correction", 0, "C", "none (default), bonferroni or bh" },
	{ "projection", 'p', "W", "weighting for the disparity filter and the weight column: "
	  "count (default), newman, jaccard, overlap" },
	{ "samples", 'n', "N", "fdsm: curveball samples (default 1000)" },
	{ "trades", 0, "N", "fdsm: curveball trades before each sample (default 5 x memberships)" },
	{ "dataset", 0, NULL, "write a dataset folder to -o DIR instead of a table (see below)" },
	{ NULL, 0, NULL, NULL }
};

static int parse(cli_ctx_t *ctx, sn_backbone_doc_options_t *doc)
{
	sn_backbone_options_t *o = &doc->backbone;
	const sn_progress_t *progress = cli_step_progress(ctx);
	long samples = 1000, trades = 0;
	int rc;

	sn_backbone_doc_options_init(doc);
	doc->seed = ctx->seed;
	if (progress)
		o->progress = *progress;
	if ((rc = cli_opt_long(ctx, "samples", 1, 10000000, &samples)) ||
	    (rc = cli_opt_long(ctx, "trades", 0, 2000000000, &trades)) ||
	    (rc = cli_opt_double(ctx, "alpha", 1e-300, 1, &o->alpha)))
		return rc;
	if (cli_opt(ctx, "method") && sn_backbone_method_parse(cli_opt(ctx, "method"), &o->method))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_opt(ctx, "correction") && sn_padjust_parse(cli_opt(ctx, "correction"), &o->correction))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_opt(ctx, "projection") && sn_weighting_parse(cli_opt(ctx, "projection"), &o->weighting))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_flag(ctx, "dataset") && ctx->output == NULL)
		return cli_usage_error(ctx, "--dataset needs -o DIR");
	o->samples = (size_t)samples;
	o->trades = (size_t)trades;
	return CLI_EXIT_OK;
}

/* Declares every file of --dataset DIR as an output, before the input is read. */
static int declare_outputs(cli_ctx_t *ctx, const sn_dataset_folder_t *f, char ***paths, size_t *n)
{
	sn_error_t err = sn_dataset_folder_paths(f, f->dir, paths, n);

	for (size_t i = 0; err == SN_OK && i < *n; i++)
		cli_ctx_add_output(ctx, (*paths)[i]);
	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

/* The ties table on standard output or -o. */
static int report(const cli_data_t *d, const sn_backbone_doc_options_t *o, cli_ctx_t *ctx)
{
	cli_doc_t *doc;
	sn_error_t err = cli_doc_start(&doc, "backbone", d->label);
	int rc;

	if (err == SN_OK)
		err = sn_backbone_doc(doc, d->ds, &d->net, d->year, o);
	rc = err == SN_OK ? cli_doc_write(doc, ctx) : cli_fail(err);
	sn_doc_free(doc);
	return rc;
}

/* The backbone as a dataset folder in -o DIR: every file is replaced, or none. */
static int write_dataset(const cli_data_t *d, const sn_backbone_doc_options_t *o,
			 sn_backbone_folder_t *folder)
{
	sn_backbone_t bb;
	sn_error_t err;
	int rc;

	sn_backbone_init(&bb);
	err = sn_backbone_of_network(&bb, &d->net, &o->backbone, o->seed);
	folder->bb = &bb;
	folder->net = &d->net;
	folder->folder.source = d->path;
	rc = err == SN_OK ? cli_write_dataset(&folder->folder) : cli_fail(err);
	sn_backbone_destroy(&bb);
	return rc;
}

static int run(cli_ctx_t *ctx)
{
	char **dst = NULL;
	size_t ndst = 0;
	sn_backbone_folder_t folder;
	sn_backbone_doc_options_t o;
	cli_data_t d;
	sn_error_t err;
	int rc;

	bool as_dataset = cli_flag(ctx, "dataset");

	if ((rc = parse(ctx, &o)) != CLI_EXIT_OK)
		return rc;
	/* Its file names are known before the backbone is. */
	sn_backbone_folder(&folder, NULL, NULL, ctx->output, NULL);
	if ((as_dataset && (rc = declare_outputs(ctx, &folder.folder, &dst, &ndst)) != CLI_EXIT_OK) ||
	    (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK) {
		sn_dataset_paths_free(dst, ndst);
		return rc;
	}
	if ((err = cli_projection_check(&d, SN_MODE_ACTORS)) != SN_OK)
		rc = cli_fail(err);
	else if (as_dataset)
		rc = write_dataset(&d, &o, &folder);
	else
		rc = report(&d, &o, ctx);
	cli_data_destroy(&d);
	sn_dataset_paths_free(dst, ndst);
	return rc;
}

const cli_command_t cmd_backbone = {
	.name = "backbone",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "the significant ties of the actor projection",
	.description =
		"Keeps the ties of the actor projection that are stronger than chance.\n"
		"disparity: the disparity filter (Serrano, Boguna & Vespignani 2009) on the\n"
		"  weighted projection; a tie is kept when alpha_ij = (1 - w/s)^(k-1) is below\n"
		"  A at either end (an end of degree 1 has alpha 1).\n"
		"sdsm: the stochastic degree sequence model (Neal 2014) with the bipartite\n"
		"  configuration model; p = P(shared >= observed), exact Poisson-binomial.\n"
		"fdsm: the fixed degree sequence model (Neal 2014); p from curveball samples,\n"
		"  (1 + #{samples with shared >= observed}) / (1 + samples).\n"
		"Corrections count all actor pairs for sdsm and fdsm, the tested ties for\n"
		"disparity.  The table lists the kept ties.  With --dataset -o DIR, DIR gets\n"
		"a dataset other commands can read: actors.csv (and territories.csv,\n"
		"coalitions.csv) copied from the input, one two-member project per kept tie\n"
		"(projects.csv with shared, weight, p, p_adjusted; memberships.csv), and the\n"
		"edge table ties.csv.  Its actor projection is the backbone (each tie counts\n"
		"one shared project; the original weights are in projects.csv).",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
