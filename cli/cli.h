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

#include "samnet.h"

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
} cli_command_t;

enum { CLI_MAX_OPTIONS = 64, CLI_MAX_POSITIONAL = 8 };

/* EXCEL: CSV as a Swedish-locale spreadsheet opens it: UTF-8 byte-order mark, ';', decimal comma. */
typedef enum {
	CLI_FORMAT_TABLE, CLI_FORMAT_CSV, CLI_FORMAT_TSV, CLI_FORMAT_JSON, CLI_FORMAT_EXCEL
} cli_format_t;

struct cli_ctx {
	const cli_command_t *cmd;
	const char *values[CLI_MAX_OPTIONS];   /* per command option; "" for a given flag */
	const char *positional[CLI_MAX_POSITIONAL];
	size_t npositional;
	/* Common options. */
	cli_format_t format;
	const char *output;          /* -o FILE or NULL for stdout */
	unsigned long seed;          /* --seed, default 1 */
	bool seed_given;
	int year;                    /* --year, 0: the latest with figures */
	bool quiet;
	bool latin1;
	char separator;
	bool all_actors;             /* keep territorial actors without projects */
	size_t max_ties;             /* --max-ties: projection size limit, 0 none */
};

/* Default of --max-ties: about 4 GB of projection. */
#define CLI_DEFAULT_MAX_TIES ((size_t)50000000)

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

/* ---- result tables --------------------------------------------------------- */

typedef enum { CLI_COL_STR, CLI_COL_INT, CLI_COL_REAL } cli_coltype_t;

typedef struct cli_table cli_table_t;

/*
 * A table named `name` (a JSON key, snake_case) with a human `title`.
 * Returns NULL when out of memory (callers then fail with CLI_EXIT_FAILURE).
 */
cli_table_t *cli_table_new(const char *name, const char *title);
void cli_table_free(cli_table_t *t);

/* Adds a column; `digits` is the number of significant digits for reals (0: 6). */
int cli_table_column(cli_table_t *t, const char *name, cli_coltype_t type, int digits);

/* Starts a new row; cells not set stay empty (null in JSON). */
int cli_table_row(cli_table_t *t);

/* Sets a cell of the current row by column index. */
int cli_table_str(cli_table_t *t, size_t col, const char *value);
int cli_table_int(cli_table_t *t, size_t col, int64_t value);
int cli_table_real(cli_table_t *t, size_t col, double value);  /* NaN prints as empty / null */

size_t cli_table_nrows(const cli_table_t *t);

/* A document: metadata (key, value) lines and tables, rendered in one format. */
typedef struct cli_doc cli_doc_t;

cli_doc_t *cli_doc_new(const char *command);
void cli_doc_free(cli_doc_t *doc);

/*
 * Adds a metadata entry (copied), printed as a header line or a JSON "meta"
 * member.  cli_doc_meta() and cli_doc_table() return 0, or -1 when out of
 * memory or when `doc` (or `t`) is NULL, so that a command can chain them
 * with `|` and check once; cli_doc_table() always takes ownership of `t`.
 */
int cli_doc_meta(cli_doc_t *doc, const char *key, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

int cli_doc_table(cli_doc_t *doc, cli_table_t *t);

/*
 * Renders the document in ctx->format to ctx->output (atomically: a
 * temporary file renamed into place only on success) or stdout.  Returns an
 * exit code; on failure prints why.
 */
int cli_doc_write(const cli_doc_t *doc, const cli_ctx_t *ctx);

/*
 * Writes a file atomically: `write` renders into the FILE*, then the
 * temporary file is flushed, closed and renamed to `path`.  On any failure
 * the temporary file is removed and the target is untouched.
 */
int cli_write_atomic(const char *path, int (*write)(FILE *fp, const void *arg), const void *arg);

/* A progress callback for long library work: a bar on stderr when it is a terminal. */
void cli_progress(void *ctx, size_t done, size_t total);

#endif
