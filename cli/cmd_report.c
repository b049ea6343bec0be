/* samnet report: one self-contained HTML page about a dataset (export.h). */
#include "config.h"

#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "projection", 'p', "W", "weighting of the actor network: count (default), newman, jaccard, overlap" },
	{ "title", 't', "TEXT", "page title (default: samnet report)" },
	{ "format", 'f', "FMT", "html (the only format)" },
	{ NULL, 0, NULL, NULL }
};

typedef struct {
	const sn_network_t *net;
	const sn_report_options_t *opts;
} job_t;

static int write_report(FILE *fp, const void *arg)
{
	const job_t *job = arg;
	sn_error_t err = sn_report_write(fp, job->net, job->opts);

	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

static int run(cli_ctx_t *ctx)
{
	sn_report_options_t opts = SN_REPORT_OPTIONS_INIT;
	cli_data_t d;
	job_t job;
	sn_error_t err;
	int rc;

	if (cli_opt(ctx, "format") && strcmp(cli_opt(ctx, "format"), "html") != 0)
		return cli_usage_error(ctx, "the report is HTML only, got --format %s", cli_opt(ctx, "format"));
	if (cli_opt(ctx, "projection") &&
	    sn_weighting_parse(cli_opt(ctx, "projection"), &opts.weighting) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	if ((err = cli_projection_check(&d, SN_MODE_ACTORS)) != SN_OK) {
		cli_data_destroy(&d);
		return cli_fail(err);
	}
	opts.title = cli_opt(ctx, "title");
	/* Under --during or --at the label says which projects the page shows. */
	char label[4400];
	if (ctx->time_filter)
		snprintf(label, sizeof label, "%s, projects active %d-%d (%zu outside, %zu undated left out)",
			 d.label, ctx->during.from, ctx->during.to, ctx->period->outside,
			 ctx->period->undated);
	opts.dataset_label = ctx->time_filter ? label : d.label;
	opts.year = d.year;
	opts.seed = ctx->seed;
	job.net = &d.net;
	job.opts = &opts;
	rc = ctx->output ? cli_write_file(ctx->output, write_report, &job)
			 : write_report(stdout, &job);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_report = {
	.name = "report",
	.usage = "[OPTIONS] [DATASET] -o report.html",
	.summary = "a self-contained HTML report: summary, interactive network, tables, charts",
	.description =
		"Writes one HTML file that opens in any browser without network access: the\n"
		"dataset's summary; the actor network drawn at a seeded Fruchterman-Reingold\n"
		"layout (zoom, pan, hover, search by name, colour by type, county or community,\n"
		"size by a measure); sortable tables of centralities, Leiden communities and\n"
		"coalitions with their population shares; SVG charts of the degree distribution\n"
		"and of population share against strength share.  Open report.html#search=NAME to\n"
		"start with a search.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
