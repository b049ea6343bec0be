/* --help of a command, from its options tables (cli/commands.h). */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

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

enum { HELP_WIDTH = 80, OPTION_INDENT = 28 };

/* Columns `s`'s first `len` bytes take on a terminal: UTF-8 continuation bytes take none. */
static int columns(const char *s, size_t len)
{
	int n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* The longest prefix of the word s[0..len) ending in a comma that fits in `room` columns, or 0. */
static size_t comma_break(const char *s, size_t len, int room)
{
	size_t best = 0;

	for (size_t i = 0; i < len && columns(s, i + 1) <= room; i++)
		if (s[i] == ',')
			best = i + 1;
	return best;
}

void cli_help_item(FILE *fp, const char *left, int indent, const char *text)
{
	int col = columns(left, strlen(left));
	bool line_start = true;

	fputs(left, fp);
	fprintf(fp, "%*s", col < indent ? indent - col : 1, "");
	col = col < indent ? indent : col + 1;
	while (*text) {
		size_t len = strcspn(text, " ");
		int room = HELP_WIDTH - col - !line_start;
		size_t part = columns(text, len) <= room ? len : comma_break(text, len, room);

		if (part == 0 && !line_start) {
			fprintf(fp, "\n%*s", indent, "");
			col = indent;
			line_start = true;
			continue;
		}
		if (part == 0)
			part = len;   /* a word longer than a line stays whole */
		if (!line_start)
			fputc(' ', fp);
		fwrite(text, 1, part, fp);
		col += columns(text, part) + !line_start;
		line_start = false;
		text += part;
		if (part < len) {   /* broken after a comma: the rest starts the next line */
			fprintf(fp, "\n%*s", indent, "");
			col = indent;
			line_start = true;
		}
		text += strspn(text, " ");
	}
	fputc('\n', fp);
}

/* Prints TABLE's options, leaving out those OVERRIDES (may be NULL) defines itself. */
static void print_options(FILE *fp, const cli_option_t *table, const cli_option_t *overrides)
{
	for (size_t i = 0; table && table[i].name; i++) {
		char left[64];
		if (overrides && cli_option_index(overrides, table[i].name, 0) >= 0)
			continue;
		snprintf(left, sizeof left, "  %c%c%s--%s%s%s", table[i].short_name ? '-' : ' ',
			 table[i].short_name ? table[i].short_name : ' ',
			 table[i].short_name ? ", " : "  ", table[i].name, table[i].arg ? " " : "",
			 table[i].arg ? table[i].arg : "");
		cli_help_item(fp, left, OPTION_INDENT, table[i].help);
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
		fputs("\nDATASET is a folder of CSV files (see samnet(1)); default: the bundled\n"
		      "Swedish dataset.\n", fp);
	fputs("\nEach option may be given once; a list of actors names each actor once.\n", fp);
	fprintf(fp, "\n-o FILE: %s\n", cli_help_outfile);
	fprintf(fp, "\nExit status: %s\n", cli_help_exit);
}
