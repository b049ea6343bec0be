/* Option parsing and --help, both driven by the options tables. */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
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

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("samnet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_usage_error(const cli_ctx_t *ctx, const char *fmt, ...)
{
	va_list ap;

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

static long find_option(const cli_option_t *table, const char *name, char short_name)
{
	for (long i = 0; table && table[i].name; i++)
		if ((name && strcmp(table[i].name, name) == 0) ||
		    (!name && short_name && table[i].short_name == short_name))
			return i;
	return -1;
}

const char *cli_opt(const cli_ctx_t *ctx, const char *name)
{
	long i = find_option(ctx->cmd->options, name, 0);

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

const cli_option_t *cli_options_table(bool dataset)
{
	return dataset ? dataset_options : common_options;
}

/* Prints TABLE's options, leaving out those OVERRIDES (may be NULL) defines itself. */
static void print_options(FILE *fp, const cli_option_t *table, const cli_option_t *overrides)
{
	for (size_t i = 0; table && table[i].name; i++) {
		char left[64];
		if (overrides && find_option(overrides, table[i].name, 0) >= 0)
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
		print_options(fp, dataset_options, cmd->options);
	}
	fputs("\nCommon options:\n", fp);
	print_options(fp, common_options, cmd->options);
	if (cmd->uses_dataset)
		fputs("\nDATASET is a folder of CSV files (see samnet(1)); default: the bundled Swedish "
		      "dataset.\n", fp);
	fputs("\nEach option may be given once; a list of actors names each actor once.\n", fp);
	fprintf(fp, "\n-o FILE: %s\n", cli_help_outfile);
	fprintf(fp, "\nExit status: %s\n", cli_help_exit);
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
	if ((i = find_option(cmd->options, name, short_name)) >= 0) {
		*cmd_index = i;
		return &cmd->options[i];
	}
	if (cmd->uses_dataset && (i = find_option(dataset_options, name, short_name)) >= 0)
		return &dataset_options[i];
	if ((i = find_option(common_options, name, short_name)) >= 0)
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
	ctx->max_ties = CLI_DEFAULT_MAX_TIES;
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
