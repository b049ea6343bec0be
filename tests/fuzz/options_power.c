/*
 * For tests/fuzz/fuzz_options.c: cli/cmd_power.c compiled in place of its
 * own object, so that the fuzzer reaches its static option parsers (--weights
 * and --names, --quota and --rule, --graph, --method, --indices, --samples)
 * without computing a game.
 */
#include "cli/cmd_power.c"

void fuzz_power_parsers(cli_ctx_t *ctx);

void fuzz_power_parsers(cli_ctx_t *ctx)
{
	players_t p;
	sn_game_t *g = NULL;
	sn_power_options_t o;
	size_t *from = NULL, *to = NULL, m = 0;

	memset(&p, 0, sizeof p);
	if (cli_opt(ctx, "weights") && typed_players(&p, ctx) == CLI_EXIT_OK) {
		if (build_game(&g, ctx, &p) == CLI_EXIT_OK)
			(void)parse_options(&o, ctx, g);
		if (cli_opt(ctx, "graph"))
			(void)typed_edges(&from, &to, &m, ctx, p.n);
	}
	free(from);
	free(to);
	sn_game_free(g);
	players_free(&p);
}
