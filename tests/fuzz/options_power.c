/*
 * For tests/fuzz/fuzz_options.c: cli/cmd_power.c compiled in place of its
 * own object, so that the fuzzer reaches the option handling of a typed game
 * (--weights and --names, --quota and --rule, --graph, --blocs, --method,
 * --indices, --samples): the command's checks and parse(), then
 * sn_power_doc() on games of at most 12 players with at most 1000 samples,
 * so that the parsers, not the indices of large games, take the time.
 */
#include "cli/cmd_power.c"

void fuzz_power_parsers(cli_ctx_t *ctx);

void fuzz_power_parsers(cli_ctx_t *ctx)
{
	const char *w = cli_opt(ctx, "weights");
	sn_power_doc_options_t o;
	sn_doc_t *doc = NULL;
	size_t players = 1;

	if (!w || check_combinations(ctx) != CLI_EXIT_OK || parse(&o, ctx) != CLI_EXIT_OK)
		return;
	for (const char *p = w; *p; p++)
		players += *p == ',';
	if (players > 12)
		return;
	o.samples = o.samples && o.samples < 1000 ? o.samples : 1000;
	if (sn_doc_new(&doc, "power") == SN_OK)
		(void)sn_power_doc(doc, NULL, NULL, 0, &o);
	sn_doc_free(doc);
}
