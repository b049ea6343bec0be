/*
 * cli.h: the samnet command line.  A command is a cli_command_t in the table
 * of main.c: an options table that drives both parsing and --help, and a run
 * function.  Commands parse options, call the library, and hand result
 * tables to the output layer; they print nothing else except through the
 * helpers here.  Built only on the public headers.
 */
#ifndef SAMNET_CLI_H
#define SAMNET_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "samnet/advanced.h"

/* Exit codes, documented in --help and the man page. */
enum {
	CLI_EXIT_OK = 0,
	CLI_EXIT_FAILURE = 1,  /* a computation failed (no convergence, out of memory) */
	CLI_EXIT_USAGE = 2,    /* bad command line */
	CLI_EXIT_DATA = 3,     /* bad input data */
	CLI_EXIT_IO = 4,       /* a file could not be read or written */
	CLI_EXIT_LIMIT = 5     /* the problem exceeds a size limit */
};

typedef struct {
	const char *name;       /* long name without "--"; NULL ends a table */
	char short_name;        /* 0: none */
	const char *arg;        /* placeholder such as "N"; NULL for a flag */
	const char *help;       /* one line; a default is stated here */
} cli_option_t;

typedef struct cli_ctx cli_ctx_t;

typedef struct {
	const char *name;
	const char *usage;        /* after the command name, e.g. "[DATASET]" */
	const char *summary;      /* one line for the command list */
	const char *description;  /* paragraph for --help; may be NULL */
	const cli_option_t *options;  /* command-specific options, NULL-terminated; may be NULL */
	bool uses_dataset;        /* accepts DATASET and the dataset options */
	int (*run)(cli_ctx_t *ctx);
	void (*help_more)(FILE *fp);  /* prints more --help after the description; may be NULL */
	bool takes_arguments;     /* positional arguments (up to CLI_MAX_POSITIONAL) are its own */
	size_t arguments;         /* positional arguments required before DATASET (samnet actor ID) */
} cli_command_t;

enum { CLI_MAX_OPTIONS = 64, CLI_MAX_POSITIONAL = 8, CLI_MAX_FILES = 8 };

/* The formats of samnet/doc.h (EXCEL: CSV as a Swedish-locale spreadsheet opens it). */
typedef sn_format_t cli_format_t;
#define CLI_FORMAT_TABLE SN_FORMAT_TABLE
#define CLI_FORMAT_CSV SN_FORMAT_CSV
#define CLI_FORMAT_TSV SN_FORMAT_TSV
#define CLI_FORMAT_JSON SN_FORMAT_JSON
#define CLI_FORMAT_EXCEL SN_FORMAT_EXCEL

struct cli_ctx {
	const cli_command_t *cmd;
	const char *values[CLI_MAX_OPTIONS];   /* per command option; "" for a given flag */
	const char *positional[CLI_MAX_POSITIONAL];
	size_t npositional;
	/* Common options. */
	cli_format_t format;
	const char *output;          /* -o FILE; NULL for standard output (also -o -) */
	uint64_t seed;               /* --seed, 0..2^64-1, default 1 */
	bool seed_given;
	int year;                    /* --year, 0: the latest with figures */
	sn_years_t during;           /* --during or --at, when time_filter */
	bool time_filter;
	sn_period_stats_t *period;   /* what the filter dropped, filled by cli_data_load() and
					shown in the meta of every output (cli_doc_write()); points
					at period_storage */
	sn_period_stats_t period_storage;
	bool quiet;
	bool latin1;
	char separator;
	bool all_actors;             /* keep territorial actors without projects */
	size_t max_ties;             /* --max-ties: projection size limit, 0 none */
	int digits;                  /* --digits: significant digits of the table format, 0 default */
	size_t width;                /* --width, --wide (0): the table format's width */
	const char *columns;         /* --columns A,B,C, NULL for all */
	/* Files of the run beyond the dataset, declared before cli_data_load() (borrowed). */
	const char *outputs[CLI_MAX_FILES];  /* what the run writes; none declared: `output` */
	size_t noutputs;
	const char *inputs[CLI_MAX_FILES];   /* what it reads besides the dataset */
	size_t ninputs;
};

/* Default of --width: the table format fits 100 columns. */
#define CLI_DEFAULT_WIDTH ((size_t)100)

/* Default of --digits. */
#define CLI_DEFAULT_DIGITS SN_DOC_DEFAULT_DIGITS

/*
 * Parses a seed: a decimal whole number 0..18446744073709551615, nothing
 * else (no sign, no spaces).  Returns false when malformed or out of range.
 */
bool cli_parse_seed(const char *s, uint64_t *out);

/* Index of the option `name` (or, with name NULL, `short_name`) in `table`, or -1. */
long cli_option_index(const cli_option_t *table, const char *name, char short_name);

/* Value of command option `name`, or NULL when not given. */
const char *cli_opt(const cli_ctx_t *ctx, const char *name);

/* True when flag `name` was given. */
bool cli_flag(const cli_ctx_t *ctx, const char *name);

/*
 * Typed option values: *out keeps `*out`'s current value (the default) when
 * the option is absent.  A malformed or out-of-range value prints a usage
 * error and returns CLI_EXIT_USAGE; otherwise CLI_EXIT_OK.
 */
int cli_opt_long(const cli_ctx_t *ctx, const char *name, long min, long max, long *out);
int cli_opt_double(const cli_ctx_t *ctx, const char *name, double min, double max, double *out);

/*
 * --max-iterations N, the iteration bound of every command that runs Leiden
 * (and BRIM, Louvain): in the options table of each such command, read into *out
 * (SN_COMMUNITIES_MAX_ITERATIONS when absent).  Usage error outside
 * 1..CLI_MAX_ITERATIONS_LIMIT.
 */
#define CLI_MAX_ITERATIONS_LIMIT 1000000
#define CLI_OPTION_MAX_ITERATIONS \
	{ "max-iterations", 0, "N", "iteration bound of Leiden (until stable) and BRIM, " \
				    "visits per actor and level of Louvain; the output says " \
				    "when it was reached (default 100)" }
int cli_opt_max_iterations(const cli_ctx_t *ctx, int *out);

/* Prints "samnet: <formatted>" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints a usage error naming the command and returns CLI_EXIT_USAGE. */
int cli_usage_error(const cli_ctx_t *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Prints sn_error_last() and returns the exit code for `err`. */
int cli_fail(sn_error_t err);

/* The exit code for a library error. */
int cli_exit_code(sn_error_t err);

/* A loaded dataset with its two-mode network. */
typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	char path[4096];       /* the dataset folder (the bundled one when none is given) */
	const char *label;     /* the path as given, or "sweden (bundled)" */
	int year;              /* the population year in use */
	size_t max_ties;       /* from --max-ties; 0: no limit */
} cli_data_t;

/*
 * Loads DATASET (the first positional argument, or the bundled Swedish
 * dataset), printing every diagnostic as "samnet: FILE:LINE:COL: message",
 * and builds the two-mode network.  Returns an exit code; on success the
 * caller destroys with cli_data_destroy().  `diag_out` may be NULL;
 * otherwise the diagnostics are kept there (printed all the same).
 */
int cli_data_load(cli_data_t *out, const cli_ctx_t *ctx, sn_diag_t *diag_out);
void cli_data_destroy(cli_data_t *data);

/*
 * Builds a one-mode projection of d->net within the --max-ties limit: every
 * command builds its projections through here, so that a project of 50 000
 * members stops with SN_ELIMIT (exit 5) and a message naming the project,
 * before any quadratic work.  Errors as sn_projection_build().
 */
sn_error_t cli_projection_build(sn_projection_t *out, const cli_data_t *d, sn_mode_t mode,
				sn_weighting_t weighting);

/* The same --max-ties check alone, for commands that project by other means. */
sn_error_t cli_projection_check(const cli_data_t *d, sn_mode_t mode);

/* The folder of the bundled datasets (borrowed). */
const char *cli_bundled_dir(void);

/* Prints the diagnostics kept (100 by default) to stderr, then "and N more problems". */
void cli_print_diagnostics(const sn_diag_t *diag);

/* ---- result documents ------------------------------------------------------
 *
 * The library's result documents (samnet/doc.h); the column kind, not the
 * command, decides how a number is shown (README "Numbers").  The cli_doc_*
 * calls return 0, or -1 when the library call failed (sn_error_last() says
 * why), so that a command can chain them with `|` and check once.
 */
typedef sn_doc_t cli_doc_t;

/*
 * A new document of `command` into *out with the meta line "dataset" =
 * `dataset` (the label as typed, or the folder written; NULL: no such
 * line).  *out is NULL
 * after a failure.  Errors: those of sn_doc_new() and sn_doc_meta().
 */
sn_error_t cli_doc_start(sn_doc_t **out, const char *command, const char *dataset);

static inline void cli_doc_free(cli_doc_t *doc)
{
	sn_doc_free(doc);
}

/* Metadata as sn_doc_meta(); -1 also when `doc` is NULL. */
int cli_doc_meta(cli_doc_t *doc, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/*
 * Renders the document in ctx->format to ctx->output (through
 * cli_write_file()) or stdout.  Under --during or --at the meta first gets
 * "during" (the interval), "projects_outside" and "projects_undated" (the
 * projects the filter dropped, from ctx->period).  Returns an exit code; on
 * failure prints why.
 */
int cli_doc_write(cli_doc_t *doc, const cli_ctx_t *ctx);

/* ---- output files (outfile.c) -----------------------------------------------
 *
 * Every file samnet writes goes through here.  The rules of -o:
 *  - a new name, or an existing regular file (also through a symbolic link,
 *    which stays), is written to a temporary file beside it, renamed into
 *    place only when everything was written.  It gets the mode a new file
 *    gets under the umask, less any permission its predecessor lacked;
 *    setuid, setgid and sticky bits are never set.  An existing file is
 *    replaced only when it belongs to the effective user and its owner may
 *    write it (mode u+w): root too is refused a read-only file or another
 *    user's file;
 *  - a FIFO, character device or socket (or a link to one) is written in
 *    place, never replaced; "-", /dev/stdout, /dev/stderr, /dev/fd/N and
 *    /proc/self/fd/N write to that open descriptor;
 *  - a folder, a link to one, a block device, a dangling link and a name
 *    ending in "/" are refused (exit 4);
 *  - SIGINT, SIGTERM and SIGHUP remove the temporary files and exit
 *    128 + the signal number.
 */

/*
 * Writes files `paths[0..n)` together: `write` renders into the streams,
 * then the set is committed, or aborted when `write` returns non-zero (that
 * exit code is returned; `write` has printed why).
 */
int cli_write_files(const char *const *paths, size_t n, int (*write)(FILE **fps, const void *arg),
		    const void *arg);

/* cli_write_files() for one file. */
int cli_write_file(const char *path, int (*write)(FILE *fp, const void *arg), const void *arg);

/*
 * Writes the dataset folder `f` (samnet/dataset_write.h) through
 * cli_write_files(): the folder is created when missing, and its files are
 * replaced together or not at all.  Library errors are printed unchanged.
 */
int cli_write_dataset(const sn_dataset_folder_t *f);

/*
 * Refuses, before anything is read, an output that is the same file (device
 * and inode, following links) as an input: prints why and returns
 * CLI_EXIT_USAGE; otherwise CLI_EXIT_OK.  Paths that do not exist (and NULL
 * entries) are skipped.
 */
int cli_refuse_inputs(const char *const *outputs, size_t nout, const char *const *inputs, size_t nin);

/* Declare a file the run writes, or reads besides the dataset (ctx->outputs, ctx->inputs). */
int cli_ctx_add_output(cli_ctx_t *ctx, const char *path);
int cli_ctx_add_input(cli_ctx_t *ctx, const char *path);

/*
 * The reporter of the library's long steps (samnet/progress.h) for this run:
 * a bar per step on stderr, drawn once the step has run for 2 s
 * (SAMNET_PROGRESS_DELAY=S seconds instead, for tests); NULL when stderr
 * is not a terminal or --quiet is given, so that nothing is reported.
 */
const sn_progress_t *cli_step_progress(const cli_ctx_t *ctx);

/* Ends a step's bar line where one is drawn, before a message goes to stderr. */
void cli_progress_break(void);

#endif
