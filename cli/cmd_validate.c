/* samnet validate: check a dataset, report every problem, show selector expansions. */
#include "config.h"

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "expansions", 0, NULL, "list every actor a selector expands to (default: counts)" },
	{ NULL, 0, NULL, NULL }
};

static int run(cli_ctx_t *ctx)
{
	cli_data_t d;
	sn_diag_t diag;
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	sn_diag_init(&diag);
	if ((rc = cli_data_load(&d, ctx, &diag)) != CLI_EXIT_OK)
		goto done;
	if ((err = cli_doc_start(&doc, "validate", d.label)) == SN_OK)
		err = sn_validate_doc(doc, d.ds, &d.net, &diag, cli_flag(ctx, "expansions"));
	rc = err ? cli_fail(err) : cli_doc_write(doc, ctx);
	cli_data_destroy(&d);
done:
	cli_doc_free(doc);
	sn_diag_destroy(&diag);
	return rc;
}

const cli_command_t cmd_validate = {
	.name = "validate",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "check a dataset, report every problem with FILE:LINE:COLUMN, expand selectors",
	.description = "Reads every file of the dataset and reports every problem found, each as\n"
		       "FILE:LINE:COLUMN: what is wrong, on standard error (exit status 3).  A valid\n"
		       "dataset prints its counts and how each group selector was expanded.\n"
		       "\n"
		       "Population: only actors that represent a territory carry its population:\n"
		       "regions, kommuner and länsstyrelser by type; any actor whose 'represents'\n"
		       "cell in actors.csv names a territory code ('none': no population; empty:\n"
		       "the type rule); the metadata counts them.  A territory's\n"
		       "own figure may not be smaller than its children's figures summed.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
