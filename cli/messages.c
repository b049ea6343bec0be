/* The CLI's error messages and exit codes (cli/cli.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "cli/cli.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;

	cli_progress_break();
	fputs("samnet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const cli_ctx_t *ctx, const char *fmt, ...)
{
	va_list ap;

	cli_progress_break();
	fprintf(stderr, "samnet %s: ", ctx->cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'samnet %s --help'.\n", ctx->cmd->name);
	return CLI_EXIT_USAGE;
}

int cli_exit_code(sn_error_t err)
{
	switch (err) {
	case SN_OK: return CLI_EXIT_OK;
	case SN_EINVAL: return CLI_EXIT_USAGE;
	case SN_EDATA: return CLI_EXIT_DATA;
	case SN_EIO: return CLI_EXIT_IO;
	case SN_ELIMIT: return CLI_EXIT_LIMIT;
	case SN_ENOMEM:
	case SN_ENUMERIC: break;
	}
	return CLI_EXIT_FAILURE;
}

int cli_fail(sn_error_t err)
{
	const char *msg = sn_error_last();

	cli_error("%s", msg[0] ? msg : sn_error_name(err));
	return cli_exit_code(err);
}
