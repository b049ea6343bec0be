/* What-if options shared by `samnet coalition` and `samnet power` (issue 21): sn_scenario_doc(). */
#include "config.h"

#include "cli/whatif.h"

bool cli_whatif_wanted(const cli_ctx_t *ctx)
{
	return cli_opt(ctx, "add") || cli_opt(ctx, "remove") || cli_opt(ctx, "suggest");
}

int cli_whatif_check(const cli_ctx_t *ctx)
{
	/* Options of coalition and power that a what-if would silently ignore. */
	static const char *const ignored[] = { "weights", "names", "quota", "weight", "indices",
					       "method", "samples", "connected", "graph", "blocs",
					       "minimal", "blocking", "max-iterations", "projection",
					       "all" };

	for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++)
		if (cli_flag(ctx, ignored[i]))
			return cli_usage_error(ctx, "--%s does not apply to a what-if (--add, --remove, "
					       "--suggest)", ignored[i]);
	return CLI_EXIT_OK;
}

int cli_whatif_run(cli_ctx_t *ctx, const cli_data_t *d, const char *name, const size_t *base,
		   size_t nbase, const char *electorate, const char *rule)
{
	sn_scenario_doc_options_t o;
	cli_doc_t *doc = NULL;
	long k = 0;
	sn_error_t err = SN_OK;
	int rc;

	if ((rc = cli_opt_long(ctx, "suggest", 1, 100000, &k)))
		return rc;
	sn_scenario_doc_options_init(&o);
	o.coalition = name;
	o.members = base;
	o.nmembers = nbase;
	o.add = cli_opt(ctx, "add");
	o.remove = cli_opt(ctx, "remove");
	o.suggest = (size_t)k;
	o.electorate = electorate;
	o.rule = rule;
	if (!(err = cli_doc_start(&doc, "coalition", d->label)))
		err = sn_scenario_doc(doc, d->ds, d->year, &o);
	if (err)
		rc = err == SN_EINVAL ? cli_usage_error(ctx, "%s", sn_error_last()) : cli_fail(err);
	else
		rc = cli_doc_write(doc, ctx);
	cli_doc_free(doc);
	return rc;
}

int cli_whatif_named(cli_ctx_t *ctx, const cli_data_t *d, const char *name, const char *electorate,
		     const char *rule)
{
	size_t c = name ? sn_dataset_find_coalition(d->ds, name) : SN_NO_PARENT;
	char hint[SN_SUGGEST_PHRASE_MAX];

	if (!name)
		return cli_usage_error(ctx, "--add, --remove and --suggest change the coalition of "
				       "--coalition: name one");
	if (c == SN_NO_PARENT)
		return cli_usage_error(ctx, "no coalition named '%s'%s (samnet coalition --all lists "
				       "them)", name, sn_dataset_suggest_coalition(d->ds, name, hint,
										   sizeof hint));
	return cli_whatif_run(ctx, d, d->ds->coalitions[c].name, NULL, 0, electorate, rule);
}
