/*
 * For tests/fuzz/fuzz_options.c: cli/cmd_communities.c compiled in place of
 * its own object, so that the fuzzer reaches its static option parser
 * (--resolution, --runs, --threshold, --top, --resolution-sweep A:B:STEP)
 * without loading a dataset.
 */
#include "cli/cmd_communities.c"

void fuzz_communities_parsers(cli_ctx_t *ctx);

void fuzz_communities_parsers(cli_ctx_t *ctx)
{
	settings_t s;

	if (igraph_vector_init(&s.sweep, 0))
		return;
	(void)parse_settings(ctx, &s);
	igraph_vector_destroy(&s.sweep);
}
