/* Loading the dataset named on the command line, or the bundled one. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

const char *cli_bundled_dir(void)
{
	return sn_bundled_data_dir();
}

void cli_print_diagnostics(const sn_diag_t *diag)
{
	for (size_t i = 0; i < diag->count; i++) {
		char *line = sn_diag_format(diag, i);
		cli_error("%s", line ? line : diag->entries[i].message);
		free(line);
	}
	if (diag->dropped)
		cli_error("and %zu more problem%s", diag->dropped, diag->dropped == 1 ? "" : "s");
}

/*
 * --year may name any year from the earliest to the latest figure of the
 * tree: a territory without a figure for it takes its latest earlier one.
 */
static bool year_in_range(const sn_territories_t *t, int year)
{
	int first, last;

	sn_territories_year_range(t, &first, &last);
	if (first == 0)
		cli_error("--year %d: the territory tree has no population figures", year);
	else if (year < first || year > last)
		cli_error("--year %d: the territory tree has population figures for %d to %d", year,
			  first, last);
	return first != 0 && year >= first && year <= last;
}

void cli_data_destroy(cli_data_t *data)
{
	sn_network_destroy(&data->net);
	sn_dataset_free(data->ds);
	data->ds = NULL;
}

/*
 * Refuses an output that is one of the files the run reads: the dataset's
 * files, the bundled territory tree it may fall back on, and ctx->inputs.
 */
static int refuse_input_outputs(const cli_ctx_t *ctx, const char *dir, const char *territories)
{
	enum { NNAMES = SN_DSFILE_TIES };   /* the files a dataset is read from */
	const char *inputs[NNAMES + 1 + CLI_MAX_FILES];
	char paths[NNAMES][4200];
	size_t nin = 0;

	for (size_t i = 0; i < NNAMES; i++) {
		snprintf(paths[i], sizeof paths[i], "%s/%s", dir,
			 sn_dataset_file_name((sn_dataset_file_t)i));
		inputs[nin++] = paths[i];
	}
	inputs[nin++] = territories;
	for (size_t i = 0; i < ctx->ninputs; i++)
		inputs[nin++] = ctx->inputs[i];
	if (ctx->noutputs)
		return cli_refuse_inputs(ctx->outputs, ctx->noutputs, inputs, nin);
	return cli_refuse_inputs(&ctx->output, 1, inputs, nin);
}

int cli_data_load(cli_data_t *out, const cli_ctx_t *ctx, sn_diag_t *diag_out)
{
	char territories[4096];
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_network_options_t nopts = { ctx->all_actors, false, NULL };
	sn_diag_t local;
	sn_diag_t *diag = diag_out ? diag_out : &local;
	sn_error_t err;
	int rc;

	memset(out, 0, sizeof *out);
	sn_network_init(&out->net);
	if (!diag_out)
		sn_diag_init(&local);
	if (ctx->npositional) {
		if (snprintf(out->path, sizeof out->path, "%s", ctx->positional[0]) >= (int)sizeof out->path) {
			cli_error("%.40s...: File name too long", ctx->positional[0]);
			return CLI_EXIT_IO;
		}
	} else
		snprintf(out->path, sizeof out->path, "%s/sweden", cli_bundled_dir());
	snprintf(territories, sizeof territories, "%s/sweden/territories.csv", cli_bundled_dir());
	out->label = ctx->npositional ? ctx->positional[0] : "sweden (bundled)";
	if ((rc = refuse_input_outputs(ctx, out->path, territories)) != CLI_EXIT_OK) {
		if (!diag_out)
			sn_diag_destroy(&local);
		return rc;
	}
	opts.table.latin1 = ctx->latin1;
	opts.table.separator = ctx->separator;
	opts.default_territories = territories;
	err = sn_dataset_load_progress(&out->ds, out->path, &opts, diag, cli_step_progress(ctx));
	cli_print_diagnostics(diag);
	if (!diag_out)
		sn_diag_destroy(&local);
	if (err != SN_OK) {
		if (err != SN_EDATA || diag->count == 0)
			return cli_fail(err);
		cli_error("%s", sn_error_last());
		return cli_exit_code(err);
	}
	out->max_ties = ctx->max_ties;
	out->year = ctx->year ? ctx->year : sn_territories_latest_year(out->ds->territories);
	if (ctx->year && !year_in_range(out->ds->territories, ctx->year)) {
		cli_data_destroy(out);
		return CLI_EXIT_USAGE;
	}
	if (ctx->time_filter) {
		/* Actors whose every project lies outside the interval leave the network too. */
		nopts.leave_out_inactive = true;
		if ((err = sn_dataset_restrict_years(out->ds, ctx->during, ctx->period)) != SN_OK) {
			cli_data_destroy(out);
			return cli_fail(err);
		}
		if (out->ds->nprojects == 0 && !ctx->quiet)
			cli_error("note: no project is active in %d-%d (%zu outside it, %zu undated)",
				  ctx->during.from, ctx->during.to, ctx->period->outside,
				  ctx->period->undated);
	}
	if ((err = sn_network_build(&out->net, out->ds, &nopts)) != SN_OK) {
		cli_data_destroy(out);
		return cli_fail(err);
	}
	if (cli_step_progress(ctx))
		out->net.progress = *cli_step_progress(ctx);
	return CLI_EXIT_OK;
}

/* Keeps the library's size-limit message and adds the option that lifts the limit. */
static sn_error_t hint_max_ties(sn_error_t err, const cli_data_t *d)
{
	if (err == SN_ELIMIT)
		sn_error_set(err, "%s; or raise --max-ties (now %zu; 0: no limit)", sn_error_last(),
			     d->max_ties);
	return err;
}

sn_error_t cli_projection_check(const cli_data_t *d, sn_mode_t mode)
{
	return hint_max_ties(sn_projection_check_limit(&d->net, mode, d->max_ties), d);
}

sn_error_t cli_projection_build(sn_projection_t *out, const cli_data_t *d, sn_mode_t mode,
				sn_weighting_t weighting)
{
	return hint_max_ties(sn_projection_build(out, &d->net, mode, weighting, d->max_ties), d);
}
