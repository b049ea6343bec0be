/* The command table: every samnet command, in the order `samnet --help` lists them. */
#include "config.h"

#include "cli/commands.h"

const cli_command_t *const cli_commands[] = {
	&cmd_validate,
	&cmd_summary,
	&cmd_centrality,
	&cmd_actor,
	&cmd_brokerage,
	&cmd_communities,
	&cmd_dynamics,
	&cmd_significance,
	&cmd_backbone,
	&cmd_coalition,
	&cmd_power,
	&cmd_export,
	&cmd_report,
	&cmd_generate,
	&cmd_import,
	&cmd_serve,
};

const size_t cli_ncommands = sizeof cli_commands / sizeof *cli_commands;
