/* What-if options shared by `samnet coalition` and `samnet power` (issue 21). */
#ifndef SAMNET_CLI_WHATIF_H
#define SAMNET_CLI_WHATIF_H

#include "cli/commands.h"

/* The options both commands take; --rule is each command's own. */
#define CLI_WHATIF_OPTIONS \
	{ "add", 0, "SEL,...", "what-if: actors joining the coalition (ids, regions:05, " \
			       "kommuner:12, a coalition's name)" }, \
	{ "remove", 0, "SEL,...", "what-if: members leaving the coalition" }, \
	{ "suggest", 0, "K", "what-if: the K non-members whose joining raises the population " \
			     "share most, with the rule met or not after each" }

/* True when --add, --remove or --suggest asks for a what-if. */
bool cli_whatif_wanted(const cli_ctx_t *ctx);

/* A usage error naming an option the what-if would ignore (--quota, --all, ...), or CLI_EXIT_OK. */
int cli_whatif_check(const cli_ctx_t *ctx);

/*
 * Compares the coalition `name` (members base[0..nbase); base NULL: the
 * coalition of coalitions.csv called `name`) with itself after
 * --add and --remove under `rule` (a preset or a rule; NULL: majority) in the
 * electorate `electorate` (a players selector; NULL: the regions) by
 * sn_scenario_doc(), writes the document and returns the exit code.
 */
int cli_whatif_run(cli_ctx_t *ctx, const cli_data_t *d, const char *name, const size_t *base,
		   size_t nbase, const char *electorate, const char *rule);

/* cli_whatif_run() on the named coalition `name` (a usage error when NULL or unknown). */
int cli_whatif_named(cli_ctx_t *ctx, const cli_data_t *d, const char *name, const char *electorate,
		     const char *rule);

#endif
