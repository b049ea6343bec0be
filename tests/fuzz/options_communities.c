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
	sn_communities_doc_options_t o;
	double *sweep = NULL;

	(void)parse_options(ctx, &o, &sweep);
	free(sweep);
}
