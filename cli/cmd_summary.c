/* samnet summary: the structure of a dataset at a glance. */
#include "config.h"

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "projection", 'p', "W", "weighting of the actor projection: count (default), newman, jaccard, overlap" },
	{ "structure", 0, NULL, "also the structure of the actor projection and the mixing of ties by type and county" },
	{ NULL, 0, NULL, NULL }
};

static int run(cli_ctx_t *ctx)
{
	sn_summary_doc_options_t o;
	cli_data_t d;
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	sn_summary_doc_options_init(&o);
	if (cli_opt(ctx, "projection") &&
	    sn_weighting_parse(cli_opt(ctx, "projection"), &o.weighting) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	o.structure = cli_flag(ctx, "structure");
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	/* The size check here adds the hint about --max-ties to the library's message. */
	if ((err = cli_projection_check(&d, SN_MODE_ACTORS)) == SN_OK &&
	    (err = cli_doc_start(&doc, "summary", d.label)) == SN_OK)
		err = sn_summary_doc(doc, d.ds, &d.net, d.year, &o);
	rc = err ? cli_fail(err) : cli_doc_write(doc, ctx);
	cli_doc_free(doc);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_summary = {
	.name = "summary",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "the structure of the network at a glance",
	.description = "Counts of actors, projects and memberships, density, components, the size of\n"
		       "the actor projection, actors by type, and the population the actors cover\n"
		       "(the union of their territories) with its share of the national total.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
