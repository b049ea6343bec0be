/* samnet coalition: population share and network weight of a set of actors. */
#include "config.h"

#include <stdlib.h>
#include "cli/commands.h"
#include "cli/whatif.h"

static const cli_option_t options[] = {
	{ "coalition", 'c', "NAME", "a coalition of coalitions.csv (default: the first one)" },
	{ "members", 'm', "IDS", "comma-separated actor ids or selectors (kommuner:24, regions:*)" },
	{ "all", 'a', NULL, "every named coalition side by side" },
	{ "projection", 'p', "W", "weighting of the actor projection: count (default), newman, jaccard, overlap" },
	CLI_WHATIF_OPTIONS,
	{ "rule", 'r', "RULE", "what-if: majority (default), qualified, double, unanimity, or a rule "
			       "such as \"members>=11 and population>=65%\"" },
	{ NULL, 0, NULL, NULL }
};

/* The usage errors of option combinations, or CLI_EXIT_OK. */
static int check_combinations(const cli_ctx_t *ctx)
{
	int rc;

	if (!!cli_opt(ctx, "coalition") + cli_flag(ctx, "members") + cli_flag(ctx, "all") > 1)
		return cli_usage_error(ctx, "give one of --coalition, --members and --all");
	if (cli_whatif_wanted(ctx) && (rc = cli_whatif_check(ctx)) != CLI_EXIT_OK)
		return rc;
	if (cli_opt(ctx, "rule") && !cli_whatif_wanted(ctx))
		return cli_usage_error(ctx, "--rule judges a what-if: give --add, --remove or --suggest");
	return CLI_EXIT_OK;
}

/*
 * The members named by --members (*members, the caller's), or the coalition
 * of --coalition (default: the first one) by its name as the dataset spells
 * it in *name (*members stays NULL); a usage error or CLI_EXIT_OK.
 */
static int find_members(size_t **members, size_t *n, const char **name, const cli_ctx_t *ctx,
			const sn_dataset_t *ds)
{
	char hint[SN_SUGGEST_PHRASE_MAX];
	size_t c = *name ? sn_dataset_find_coalition(ds, *name) : 0;
	sn_error_t err;

	if (cli_flag(ctx, "members")) {
		if ((err = sn_coalition_members_parse(members, n, ds, cli_opt(ctx, "members"))))
			return err == SN_EINVAL ? cli_usage_error(ctx, "--%s", sn_error_last())
						: cli_fail(err);
		*name = "(--members)";
		return CLI_EXIT_OK;
	}
	if (ds->ncoalitions == 0)
		return cli_usage_error(ctx, "the dataset names no coalitions: use --members");
	if (c == SN_NO_PARENT)
		return cli_usage_error(ctx, "no coalition named '%s'%s (samnet coalition --all lists "
				       "them)", *name, sn_dataset_suggest_coalition(ds, *name, hint,
										    sizeof hint));
	*name = ds->coalitions[c].name;
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	cli_data_t d;
	sn_coalition_doc_options_t o;
	cli_doc_t *doc = NULL;
	size_t *members = NULL, n = 0;
	const char *name = cli_opt(ctx, "coalition");
	sn_error_t err;
	int rc;

	sn_coalition_doc_options_init(&o);
	if (cli_opt(ctx, "projection") && sn_weighting_parse(cli_opt(ctx, "projection"),
							     &o.weighting) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if ((rc = check_combinations(ctx)) != CLI_EXIT_OK ||
	    (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	o.all = cli_flag(ctx, "all");
	o.max_ties = d.max_ties;
	/* The actor projection's size limit, with the --max-ties hint, before anything else. */
	if ((err = cli_projection_check(&d, SN_MODE_ACTORS))) {
		rc = cli_fail(err);
		goto done;
	}
	if (!o.all && (rc = find_members(&members, &n, &name, ctx, d.ds)) != CLI_EXIT_OK)
		goto done;
	if (cli_whatif_wanted(ctx)) {
		rc = cli_whatif_run(ctx, &d, name, members, n, NULL, cli_opt(ctx, "rule"));
		goto done;
	}
	o.coalition = name;
	o.members = members;
	o.nmembers = n;
	if ((err = cli_doc_start(&doc, "coalition", d.label)) ||
	    (err = sn_coalition_doc(doc, d.ds, &d.net, d.year, &o)))
		rc = cli_fail(err);
	else
		rc = cli_doc_write(doc, ctx);
done:
	free(members);
	cli_doc_free(doc);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_coalition = {
	.name = "coalition",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "population share and network weight of a set of actors",
	.description = "Profiles a coalition: the population its members represent (the union of\n"
		       "their territories) and its share of the national total in --year, their\n"
		       "share of PageRank and of tie strength in the actor projection, internal\n"
		       "density, ties to non-members and the projects they share.  --all compares\n"
		       "every coalition of coalitions.csv.  ratio is pagerank_share over\n"
		       "population_share; external_ties are ties to non-members, external_partners\n"
		       "the non-members tied to a member; shared_projects have two members or more,\n"
		       "joint_projects every member.\n"
		       "What-if: --add and --remove change the coalition (lists of ids and\n"
		       "selectors; adding a member or removing a non-member is a usage error), and\n"
		       "the output compares base and scenario: members, population share, whether\n"
		       "the coalition meets --rule among the regions (population majority by\n"
		       "default; qualified is 55% of the members and 65% of the population, double\n"
		       "a majority of both, unanimity every member), and each member's Banzhaf and\n"
		       "Shapley-Shubik index in the coalition's own game under the rule, with its\n"
		       "blocking minorities (the fewest members who can stop a decision).\n"
		       "--suggest K lists the K regions whose joining adds the most population, in\n"
		       "turn, and whether the rule is met after each.\n"
		       "Example: samnet coalition -c sydsverige --add regions:05",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
