/* --help of a command, from its options tables (cli/commands.h). */
#include "config.h"

#include <stdio.h>

#include "cli/cli.h"
#include "cli/commands.h"

const char cli_help_outfile[] =
	"a new or regular file is written to a temporary file beside it and\n"
	"renamed into place when complete, with the mode a new file gets under the umask\n"
	"(never more than the old file had, never setuid, setgid or sticky).  An existing\n"
	"file is replaced only when it is yours and writable, for root too.  A FIFO,\n"
	"character device or socket is written in place; a folder is an error; '-' is\n"
	"standard output.  An output that is one of the run's inputs is refused before\n"
	"anything is read.  SIGINT, SIGTERM and SIGHUP remove the temporary files and\n"
	"exit 128 + the signal number.";

const char cli_help_exit[] =
	"0 success, 1 computation failed, 2 usage error, 3 bad data,\n"
	"4 input/output error, 5 size limit exceeded.";

/* Prints TABLE's options, leaving out those OVERRIDES (may be NULL) defines itself. */
static void print_options(FILE *fp, const cli_option_t *table, const cli_option_t *overrides)
{
	for (size_t i = 0; table && table[i].name; i++) {
		char left[64];
		if (overrides && cli_option_index(overrides, table[i].name, 0) >= 0)
			continue;
		int n = snprintf(left, sizeof left, "  %c%c%s--%s%s%s", table[i].short_name ? '-' : ' ',
				 table[i].short_name ? table[i].short_name : ' ',
				 table[i].short_name ? ", " : "  ", table[i].name,
				 table[i].arg ? " " : "", table[i].arg ? table[i].arg : "");
		fprintf(fp, "%s%*s%s\n", left, n < 28 ? 28 - n : 1, "", table[i].help);
	}
}

void cli_command_help(FILE *fp, const cli_command_t *cmd)
{
	fprintf(fp, "Usage: samnet %s %s\n\n%s\n", cmd->name, cmd->usage, cmd->summary);
	if (cmd->description)
		fprintf(fp, "\n%s\n", cmd->description);
	if (cmd->help_more)
		cmd->help_more(fp);
	if (cmd->options && cmd->options[0].name) {
		fputs("\nOptions:\n", fp);
		print_options(fp, cmd->options, NULL);
	}
	if (cmd->uses_dataset) {
		fputs("\nDataset options:\n", fp);
		print_options(fp, cli_options_table(true), cmd->options);
	}
	fputs("\nCommon options:\n", fp);
	print_options(fp, cli_options_table(false), cmd->options);
	if (cmd->uses_dataset)
		fputs("\nDATASET is a folder of CSV files (see samnet(1)); default: the bundled Swedish "
		      "dataset.\n", fp);
	fputs("\nEach option may be given once; a list of actors names each actor once.\n", fp);
	fprintf(fp, "\n-o FILE: %s\n", cli_help_outfile);
	fprintf(fp, "\nExit status: %s\n", cli_help_exit);
}
