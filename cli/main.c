/* samnet: dispatch to a command; nothing else happens here. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/commands.h"


static void usage(FILE *fp)
{
	fputs("Usage: samnet COMMAND [OPTIONS] [DATASET]\n\n"
	      "Collaboration networks of regional-development actors: centrality, clusters,\n"
	      "population-weighted influence and voting power.\n\nCommands:\n", fp);
	for (size_t i = 0; i < cli_ncommands; i++) {
		char left[32];
		snprintf(left, sizeof left, "  %s", cli_commands[i]->name);
		cli_help_item(fp, left, 16, cli_commands[i]->summary);
	}
	fputs("\n'samnet COMMAND --help' describes a command; 'samnet --version' prints the\n"
	      "version.  DATASET defaults to the bundled Swedish dataset.\n", fp);
}

/* samnet --man [COMMAND]: the man page, from the tables that drive --help. */
static int man(int argc, char **argv)
{
	const cli_command_t *cmd = argc > 0 ? cli_find_command(argv[0], cli_commands, cli_ncommands)
					    : NULL;

	if (argc > 1 || (argc == 1 && !cmd)) {
		cli_error("--man expects no argument or a command name");
		return CLI_EXIT_USAGE;
	}
	return cli_man_page(stdout, cmd, cli_commands, cli_ncommands) ? CLI_EXIT_IO : CLI_EXIT_OK;
}

/* A full disk must be an error, not a silent truncation (as git does). */
static int close_stdout(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		if (errno != EPIPE) {
			cli_error("error writing standard output: %s", strerror(errno));
			return status ? status : CLI_EXIT_IO;
		}
	}
	return status;
}

int main(int argc, char **argv)
{
	cli_ctx_t ctx;
	bool help;

	sn_setup();
	if (argc < 2) {
		usage(stderr);
		return CLI_EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return close_stdout(CLI_EXIT_OK);
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("%s\n", PACKAGE_STRING);
		return close_stdout(CLI_EXIT_OK);
	}
	if (strcmp(argv[1], "--man") == 0)
		return close_stdout(man(argc - 2, argv + 2));
	if (strcmp(argv[1], "--complete") == 0)
		return close_stdout(cli_complete(argc - 2, argv + 2, cli_commands, cli_ncommands));
	const cli_command_t *cmd = cli_find_command(argv[1], cli_commands, cli_ncommands);
	if (cmd) {
		int rc = cli_parse(&ctx, cmd, argc - 2, argv + 2, &help);
		if (rc != CLI_EXIT_OK)
			return rc;
		if (help) {
			cli_command_help(stdout, cmd);
			return close_stdout(CLI_EXIT_OK);
		}
		return close_stdout(cmd->run(&ctx));
	}
	const char *hint = cli_suggest_command(argv[1], cli_commands, cli_ncommands);
	cli_error("unknown command '%s'%s%s 'samnet --help' lists the commands", argv[1], hint,
		  hint[0] ? "" : ";");
	return CLI_EXIT_USAGE;
}
