/* The options tables and the command line parser driven by them. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"

/* Options every command takes. */
static const cli_option_t common_options[] = {
	{ "format", 'f', "FMT", "output format: table (default), csv, tsv, json or excel "
			       "(CSV for Excel: UTF-8 byte-order mark, ';', decimal comma)" },
	{ "output", 'o', "FILE", "write to FILE instead of standard output (-); see below" },
	{ "digits", 0, "N", "significant digits of the table format, 1-17 (default 4); "
			    "other formats are exact" },
	{ "width", 0, "N", "fit the table format to N columns, 60-100000 (default 100): "
			   "long names cut with an ellipsis, minor columns left out" },
	{ "wide", 0, NULL, "the table format at any width, every column and whole names" },
	{ "columns", 0, "A,B,C", "only these columns, in this order, in every format" },
	{ "quiet", 'q', NULL, "no progress bar or notes on standard error" },
	{ "help", 'h', NULL, "show this help" },
	{ NULL, 0, NULL, NULL }
};

/* Options of commands that read a dataset. */
static const cli_option_t dataset_options[] = {
	{ "seed", 0, "N", "seed for every random choice, 0..18446744073709551615 (default 1)" },
	{ "year", 0, "YYYY", "population year within the tree's range (default: the latest complete one)" },
	{ "during", 0, "Y1-Y2", "only projects active at any time from Y1 to Y2 (or in year Y1); "
				"undated projects are dropped and counted in the meta" },
	{ "at", 0, "YYYY", "only projects active in that year (--during YYYY-YYYY)" },
	{ "latin1", 0, NULL, "read input files as Latin-1 instead of reporting invalid UTF-8" },
	{ "separator", 0, "C", "CSV separator: ',', ';' or 'tab' (default: detected)" },
	{ "all-actors", 0, NULL, "keep regions, kommuner and länsstyrelser that have no project" },
	{ "max-ties", 0, "N", "stop before building a projection of more than N ties "
			      "(default 50000000; 0: no limit)" },
	{ NULL, 0, NULL, NULL }
};

const cli_option_t *cli_options_table(bool dataset)
{
	return dataset ? dataset_options : common_options;
}

static int set_common(cli_ctx_t *ctx, const char *name, const char *value)
{
	char *end;

	if (strcmp(name, "format") == 0) {
		static const char *const names[] = { "table", "csv", "tsv", "json", "excel" };
		for (int i = 0; i < 5; i++)
			if (strcmp(value, names[i]) == 0) {
				ctx->format = (cli_format_t)i;
				return CLI_EXIT_OK;
			}
		return cli_usage_error(ctx, "unknown format '%s' (expected table, csv, tsv, json or excel)", value);
	} else if (strcmp(name, "output") == 0) {
		ctx->output = strcmp(value, "-") == 0 ? NULL : value;
	} else if (strcmp(name, "digits") == 0) {
		errno = 0;
		long v = strtol(value, &end, 10);
		if (end == value || *end || v < 1 || v > 17)
			return cli_usage_error(ctx, "--digits expects a whole number 1..17, got '%s'", value);
		ctx->digits = (int)v;
	} else if (strcmp(name, "width") == 0) {
		errno = 0;
		long v = strtol(value, &end, 10);
		if (end == value || *end || v < 60 || v > 100000)
			return cli_usage_error(ctx, "--width expects a whole number 60..100000, got '%s'",
					       value);
		ctx->width = (size_t)v;
	} else if (strcmp(name, "wide") == 0) {
		ctx->width = 0;
	} else if (strcmp(name, "columns") == 0) {
		ctx->columns = value;
	} else if (strcmp(name, "quiet") == 0) {
		ctx->quiet = true;
	} else if (strcmp(name, "seed") == 0) {
		if (!cli_parse_seed(value, &ctx->seed))
			return cli_usage_error(ctx, "--seed expects a whole number "
					       "0..18446744073709551615, got '%s'", value);
		ctx->seed_given = true;
	} else if (strcmp(name, "year") == 0) {
		errno = 0;
		long y = strtol(value, &end, 10);
		if (end == value || *end || y < 1000 || y > 9999)
			return cli_usage_error(ctx, "--year expects a four-digit year, got '%s'", value);
		ctx->year = (int)y;
	} else if (strcmp(name, "during") == 0 || strcmp(name, "at") == 0) {
		bool at = name[0] == 'a';
		if (ctx->time_filter)
			return cli_usage_error(ctx, "--during and --at may be given once, not together");
		if (sn_years_parse(value, &ctx->during) != SN_OK ||
		    (at && ctx->during.from != ctx->during.to))
			return cli_usage_error(ctx, "--%s expects %s, got '%s'", name,
					       at ? "a four-digit year" :
						    "a year or a year interval such as 2015-2020",
					       value);
		ctx->time_filter = true;
	} else if (strcmp(name, "latin1") == 0) {
		ctx->latin1 = true;
	} else if (strcmp(name, "all-actors") == 0) {
		ctx->all_actors = true;
	} else if (strcmp(name, "max-ties") == 0) {
		errno = 0;
		unsigned long long v = strtoull(value, &end, 10);
		if (end == value || *end || errno == ERANGE || value[0] == '-' || v > SIZE_MAX)
			return cli_usage_error(ctx, "--max-ties expects a whole number (0: no limit), "
					       "got '%s'", value);
		ctx->max_ties = (size_t)v;
	} else if (strcmp(name, "separator") == 0) {
		if (strcmp(value, "tab") == 0 || strcmp(value, "\\t") == 0)
			ctx->separator = '\t';
		else if (strlen(value) == 1 && strchr(",;\t", value[0]))
			ctx->separator = value[0];
		else
			return cli_usage_error(ctx, "--separator expects ',', ';' or 'tab', got '%s'", value);
	}
	return CLI_EXIT_OK;
}

const cli_command_t *cli_find_command(const char *name, const cli_command_t *const *cmds,
				      size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(cmds[i]->name, name) == 0)
			return cmds[i];
	return NULL;
}

static const char *command_name(const void *arg, size_t i)
{
	return ((const cli_command_t *const *)arg)[i]->name;
}

const char *cli_suggest_command(const char *name, const cli_command_t *const *cmds, size_t n)
{
	static char hint[SN_SUGGEST_PHRASE_MAX];
	const char *near[3];
	size_t found[3], k = sn_suggest(found, 3, name, command_name, cmds, n);

	for (size_t i = 0; i < k; i++)
		near[i] = cmds[found[i]]->name;
	return sn_suggest_phrase(hint, sizeof hint, near, k);
}

/* The long options of `cmd` in one list: its own, the dataset options, the common ones. */
static size_t all_options(const cli_option_t **out, size_t max, const cli_command_t *cmd)
{
	const cli_option_t *tables[3] = { cmd->options, cmd->uses_dataset ? dataset_options : NULL,
					  common_options };
	size_t n = 0;

	for (size_t t = 0; t < 3; t++)
		for (size_t i = 0; tables[t] && tables[t][i].name && n < max; i++)
			out[n++] = &tables[t][i];
	return n;
}

static const char *option_name(const void *arg, size_t i)
{
	return ((const cli_option_t *const *)arg)[i]->name;
}

/* "; did you mean '--measures'?" for an unknown long option (static buffer). */
static const char *suggest_option(const cli_command_t *cmd, const char *name)
{
	static char hint[SN_SUGGEST_PHRASE_MAX];
	const cli_option_t *opts[3 * CLI_MAX_OPTIONS];
	char dashed[3][72];
	const char *near[3];
	size_t found[3], n = all_options(opts, sizeof opts / sizeof *opts, cmd), k;

	k = sn_suggest(found, 3, name, option_name, opts, n);
	for (size_t i = 0; i < k; i++) {
		snprintf(dashed[i], sizeof dashed[i], "--%s", opts[found[i]]->name);
		near[i] = dashed[i];
	}
	return sn_suggest_phrase(hint, sizeof hint, near, k);
}

/* Finds an option by long or short name in the command's, the dataset and the common tables. */
static const cli_option_t *lookup(const cli_command_t *cmd, const char *name, char short_name,
				  long *cmd_index)
{
	long i;

	*cmd_index = -1;
	if ((i = cli_option_index(cmd->options, name, short_name)) >= 0) {
		*cmd_index = i;
		return &cmd->options[i];
	}
	if (cmd->uses_dataset && (i = cli_option_index(dataset_options, name, short_name)) >= 0)
		return &dataset_options[i];
	if ((i = cli_option_index(common_options, name, short_name)) >= 0)
		return &common_options[i];
	return NULL;
}

/*
 * Records that `opt` was given; false when it already was.  Every option,
 * list options included, is given at most once: a second --members would
 * otherwise silently replace the first.
 */
enum { MAX_DISTINCT_OPTIONS = CLI_MAX_OPTIONS + 32 };  /* a command's, the dataset and common */

static bool first_time(const cli_option_t **seen, size_t *nseen, const cli_option_t *opt)
{
	for (size_t i = 0; i < *nseen; i++)
		if (seen[i] == opt)
			return false;
	assert(*nseen < MAX_DISTINCT_OPTIONS);
	seen[(*nseen)++] = opt;
	return true;
}

int cli_parse(cli_ctx_t *ctx, const cli_command_t *cmd, int argc, char **argv, bool *help)
{
	const cli_option_t *seen[MAX_DISTINCT_OPTIONS];
	size_t nseen = 0;

	memset(ctx, 0, sizeof *ctx);
	ctx->cmd = cmd;
	ctx->seed = 1;
	ctx->period = &ctx->period_storage;
	ctx->max_ties = SN_PROJECTION_DEFAULT_MAX_TIES;
	ctx->width = CLI_DEFAULT_WIDTH;
	*help = false;
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i], *value = NULL;
		char name[64] = "";
		char short_name = 0;
		long idx;

		bool rest = strcmp(arg, "--") == 0;
		if (rest || arg[0] != '-' || arg[1] == '\0') {
			for (int j = rest ? i + 1 : i; j < (rest ? argc : i + 1); j++) {
				if (ctx->npositional == CLI_MAX_POSITIONAL)
					return cli_usage_error(ctx, "too many arguments");
				ctx->positional[ctx->npositional++] = argv[j];
			}
			if (rest)
				break;
			continue;
		}
		if (arg[1] == '-') {
			const char *eq = strchr(arg + 2, '=');
			size_t len = eq ? (size_t)(eq - arg - 2) : strlen(arg + 2);
			if (len >= sizeof name)
				return cli_usage_error(ctx, "unknown option '%s'", arg);
			memcpy(name, arg + 2, len);
			name[len] = '\0';
			value = eq ? eq + 1 : NULL;
		} else if (arg[2] == '\0') {
			short_name = arg[1];
		} else {
			short_name = arg[1];
			value = arg + 2;
		}
		const cli_option_t *opt = lookup(cmd, short_name ? NULL : name, short_name, &idx);
		if (!opt)
			return cli_usage_error(ctx, "unknown option '%s'%s", arg,
					       short_name ? "" : suggest_option(cmd, name));
		if (opt->arg && !value) {
			if (i + 1 >= argc)
				return cli_usage_error(ctx, "option --%s needs a value (%s)", opt->name, opt->arg);
			value = argv[++i];
		} else if (!opt->arg && value) {
			return cli_usage_error(ctx, "option --%s takes no value", opt->name);
		}
		if (!first_time(seen, &nseen, opt))
			return cli_usage_error(ctx, "--%s given twice", opt->name);
		if (strcmp(opt->name, "help") == 0) {
			*help = true;
			continue;
		}
		if (idx >= 0) {
			ctx->values[idx] = opt->arg ? value : "";
			continue;
		}
		int rc = set_common(ctx, opt->name, opt->arg ? value : "");
		if (rc != CLI_EXIT_OK)
			return rc;
	}
	if (!cmd->uses_dataset && !cmd->takes_arguments && ctx->npositional > 0 && !*help)
		return cli_usage_error(ctx, "unexpected argument '%s'", ctx->positional[0]);
	if (cmd->uses_dataset && ctx->npositional > 1 + cmd->arguments && !*help)
		return cli_usage_error(ctx, "unexpected argument '%s' (one DATASET at most)",
				       ctx->positional[1 + cmd->arguments]);
	return CLI_EXIT_OK;
}
