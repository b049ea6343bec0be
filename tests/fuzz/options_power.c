/*
 * For tests/fuzz/fuzz_options.c: cli/cmd_power.c compiled in place of its
 * own object, so that the fuzzer reaches the option handling of a typed game
 * (--weights and --names, --quota and --rule, --graph, --blocs, --method,
 * --indices, --samples) without computing the indices.
 */
#include "cli/cmd_power.c"

void fuzz_power_parsers(cli_ctx_t *ctx);

void fuzz_power_parsers(cli_ctx_t *ctx)
{
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_options_t o;
	sn_communities_summary_t leiden = { 0 };
	size_t overlaps = 0;
	long samples = 0;

	sn_players_init(&p);
	if (cli_opt(ctx, "weights") && check_combinations(ctx) == CLI_EXIT_OK &&
	    load_players(&p, ctx, NULL) == CLI_EXIT_OK &&
	    build_game(&g, &p, ctx, NULL, 100, &leiden, &overlaps) == CLI_EXIT_OK &&
	    fail(ctx, sn_power_options_parse(&o, g, cli_opt(ctx, "method"),
					     cli_opt(ctx, "indices"))) == CLI_EXIT_OK)
		(void)cli_opt_long(ctx, "samples", 1, 2000000000L, &samples);
	sn_game_free(g);
	sn_players_destroy(&p);
}
