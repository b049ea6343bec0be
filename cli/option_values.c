/* The values of a command's options, checked and converted (cli/cli.h). */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

long cli_option_index(const cli_option_t *table, const char *name, char short_name)
{
	for (long i = 0; table && table[i].name; i++)
		if ((name && strcmp(table[i].name, name) == 0) ||
		    (!name && short_name && table[i].short_name == short_name))
			return i;
	return -1;
}

const char *cli_opt(const cli_ctx_t *ctx, const char *name)
{
	long i = cli_option_index(ctx->cmd->options, name, 0);

	return i < 0 ? NULL : ctx->values[i];
}

bool cli_flag(const cli_ctx_t *ctx, const char *name)
{
	return cli_opt(ctx, name) != NULL;
}

int cli_opt_long(const cli_ctx_t *ctx, const char *name, long min, long max, long *out)
{
	const char *s = cli_opt(ctx, name);
	char *end;

	if (!s)
		return CLI_EXIT_OK;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (end == s || *end || errno == ERANGE)
		return cli_usage_error(ctx, "--%s expects a whole number, got '%s'", name, s);
	if (v < min || v > max)
		return cli_usage_error(ctx, "--%s must be between %ld and %ld, got %ld", name, min, max, v);
	*out = v;
	return CLI_EXIT_OK;
}

int cli_opt_max_iterations(const cli_ctx_t *ctx, int *out)
{
	const char *s = cli_opt(ctx, "max-iterations");
	char *end;
	long v;

	*out = SN_COMMUNITIES_MAX_ITERATIONS;
	if (!s)
		return CLI_EXIT_OK;
	errno = 0;
	v = strtol(s, &end, 10);
	if (end == s || *end || errno == ERANGE || v < 1 || v > CLI_MAX_ITERATIONS_LIMIT)
		return cli_usage_error(ctx, "--max-iterations expects a whole number 1..%d, got '%s'",
				       CLI_MAX_ITERATIONS_LIMIT, s);
	*out = (int)v;
	return CLI_EXIT_OK;
}

int cli_opt_double(const cli_ctx_t *ctx, const char *name, double min, double max, double *out)
{
	const char *s = cli_opt(ctx, name);
	double v;

	if (!s)
		return CLI_EXIT_OK;
	if (sn_parse_double(s, &v) != SN_OK)
		return cli_usage_error(ctx, "--%s expects a number, got '%s'", name, s);
	if (v < min || v > max)
		return cli_usage_error(ctx, "--%s must be between %g and %g, got %g", name, min, max, v);
	*out = v;
	return CLI_EXIT_OK;
}

bool cli_parse_seed(const char *s, uint64_t *out)
{
	unsigned long long v;
	char *end;

	if (s[0] < '0' || s[0] > '9')
		return false;   /* strtoull would accept "-1" (as 2^64 - 1), "+1" and " 1" */
	errno = 0;
	v = strtoull(s, &end, 10);
	if (*end || errno == ERANGE || v > UINT64_MAX)
		return false;
	*out = (uint64_t)v;
	return true;
}
