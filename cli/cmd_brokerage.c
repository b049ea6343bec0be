/*
 * samnet brokerage: Gould–Fernandez brokerage roles of every actor on the
 * actor projection, with groups = county or actor type, raw counts as
 * sna::brokerage computes them and z-scores under the undirected Bernoulli
 * graph (samnet/brokerage.h).  The work and the tables are in the library
 * (samnet/brokerage_doc.h); this file parses the options.
 */
#include "config.h"

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "groups", 'g', "GROUP", "county (default) or type; actors without a county form one group 'none'" },
	{ "top", 'n', "N", "list only the N actors with the highest count; default all" },
	{ "sort", 's', "ROLE", "rank by coordinator, itinerant, representative, gatekeeper, liaison or total (default)" },
	{ NULL, 0, NULL, NULL }
};

static int parse_options(sn_brokerage_doc_options_t *o, const cli_ctx_t *ctx)
{
	sn_grouping_t groups;
	sn_broker_role_t sort;
	long top = 0;
	int rc;

	sn_brokerage_doc_options_init(o);
	if ((o->groups = cli_opt(ctx, "groups")) && sn_grouping_parse(o->groups, &groups))
		return cli_usage_error(ctx, "--groups must be county or type, not '%s'", o->groups);
	if ((rc = cli_opt_long(ctx, "top", 0, 1000000000L, &top)) != CLI_EXIT_OK)
		return rc;
	o->top = (size_t)top;
	if ((o->sort = cli_opt(ctx, "sort")) && sn_broker_role_parse(o->sort, &sort))
		return cli_usage_error(ctx, "--sort must be a role: coordinator, itinerant, "
				       "representative, gatekeeper, liaison or total, not '%s'", o->sort);
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	sn_brokerage_doc_options_t o;
	cli_data_t d;
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	if ((rc = parse_options(&o, ctx)) != CLI_EXIT_OK ||
	    (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	o.max_ties = d.max_ties;
	/* The size check of every command, which names --max-ties. */
	if (!(err = cli_projection_check(&d, SN_MODE_ACTORS)) &&
	    !(err = cli_doc_start(&doc, "brokerage", d.label)))
		err = sn_brokerage_doc(doc, d.ds, &d.net, &o);
	rc = err == SN_OK ? cli_doc_write(doc, ctx) : cli_fail(err);
	cli_doc_free(doc);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_brokerage = {
	.name = "brokerage",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "Gould-Fernandez brokerage roles by county or type",
	.description =
		"Counts, for every actor on the actor projection, the open two-paths i -> j -> k\n"
		"(i and k not tied) it brokers, by role: coordinator (A A A), itinerant (A B A),\n"
		"representative (A A B), gatekeeper (A B B), liaison (A B C). Ties are read in\n"
		"both directions as sna::brokerage does, so each open path counts twice and\n"
		"representative equals gatekeeper. z-scores compare with a random graph of the\n"
		"same density and group sizes (Gould & Fernandez 1989), here the undirected one:\n"
		"each tie present independently, one coin for both directions.  sna's model of\n"
		"independent arcs, meant for directed ties, would give coordinator, itinerant,\n"
		"liaison and total z-scores about 1.41 (sqrt 2) times larger on these undirected\n"
		"ties; representative and gatekeeper agree.  z is nan when undefined.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
