/* The command table and the command-line plumbing shared by main.c. */
#ifndef SAMNET_CLI_COMMANDS_H
#define SAMNET_CLI_COMMANDS_H

#include "cli/cli.h"

/* Parses argv (after the command name) into ctx.  Returns an exit code; *help is set for --help. */
int cli_parse(cli_ctx_t *ctx, const cli_command_t *cmd, int argc, char **argv, bool *help);

/* Prints a command's --help, generated from its options table. */
void cli_command_help(FILE *fp, const cli_command_t *cmd);

/* Every command, in the order of `samnet --help` (cli/commands.c). */
extern const cli_command_t *const cli_commands[];
extern const size_t cli_ncommands;

/* "; did you mean 'centrality'?" for an unknown command among cmds[0..n), or "" (static buffer). */
const char *cli_suggest_command(const char *name, const cli_command_t *const *cmds, size_t n);

/* The command named `name` among cmds[0..n), or NULL. */
const cli_command_t *cli_find_command(const char *name, const cli_command_t *const *cmds,
				      size_t n);

/* The dataset options (true) or the common options (false), NULL-terminated. */
const cli_option_t *cli_options_table(bool dataset);

/* Paragraphs of --help shared with the man pages: -o FILE and the exit status. */
/*
 * One item of a --help list: `left` (a name), padded to column `indent`,
 * then `text` wrapped at spaces (and inside long comma lists after a comma)
 * to 80 columns, its continuation lines indented to `indent`.
 */
void cli_help_item(FILE *fp, const char *left, int indent, const char *text);

extern const char cli_help_outfile[];
extern const char cli_help_exit[];

/*
 * Writes a man page in roff: samnet(1) when `cmd` is NULL (listing
 * cmds[0..n)), else samnet-NAME(1), from the same tables as --help.
 * Returns 0, or -1 when writing failed.
 */
int cli_man_page(FILE *fp, const cli_command_t *cmd, const cli_command_t *const *cmds, size_t n);

/*
 * The formats of samnet export outside the library's registry of one-file
 * and two-file formats (written by a call of their own): name, what -o
 * names, description.  Ends with { NULL }.  --help and the completion list
 * the registry's formats and these (cli/cmd_export.c).
 */
typedef struct {
	const char *name, *output, *description;
} cli_export_format_t;
extern const cli_export_format_t cli_export_folder_formats[];

/*
 * Words for the shell completion, one a line: "commands", "options CMD",
 * "measures", "formats" (of samnet export), "output-formats" (of -f of the
 * other commands), "coalitions [DATASET]".  Returns an exit code.
 */
int cli_complete(int argc, char **argv, const cli_command_t *const *cmds, size_t n);

/* One per cli/cmd_<name>.c. */
extern const cli_command_t cmd_validate;
extern const cli_command_t cmd_summary;
extern const cli_command_t cmd_centrality;
extern const cli_command_t cmd_brokerage;
extern const cli_command_t cmd_communities;
extern const cli_command_t cmd_significance;
extern const cli_command_t cmd_backbone;
extern const cli_command_t cmd_coalition;
extern const cli_command_t cmd_power;
extern const cli_command_t cmd_export;
extern const cli_command_t cmd_report;
extern const cli_command_t cmd_generate;
extern const cli_command_t cmd_import;
extern const cli_command_t cmd_dynamics;
extern const cli_command_t cmd_actor;
extern const cli_command_t cmd_serve;

#endif
