/*
 * Result documents (the library's samnet/doc.h) written where -o says, and
 * the progress bar.
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"

int cli_doc_meta(cli_doc_t *doc, const char *key, const char *fmt, ...)
{
	va_list ap;

	if (!doc)
		return -1;
	va_start(ap, fmt);
	sn_error_t err = sn_doc_vmeta(doc, key, fmt, ap);
	va_end(ap);
	return err == SN_OK ? 0 : -1;
}

sn_error_t cli_doc_start(sn_doc_t **out, const char *command, const char *dataset)
{
	sn_error_t err = sn_doc_new(out, command);

	if (err == SN_OK && dataset &&
	    (err = sn_doc_meta(*out, "dataset", "%s", dataset)) != SN_OK) {
		sn_doc_free(*out);
		*out = NULL;
	}
	return err;
}

typedef struct {
	const cli_doc_t *doc;
	cli_format_t format;
	int digits;          /* significant digits of the table format */
} render_arg_t;

/*
 * Renders into `fp`.  A failed write is left to the caller of the stream
 * (cli_outset_commit(), or the check of standard output at exit), which
 * names the file and the system's reason.
 */
static int render(FILE *fp, const void *arg)
{
	const render_arg_t *r = arg;
	sn_writer_t *w = NULL;
	sn_error_t err = sn_writer_file(&w, fp);

	if (err == SN_OK)
		err = sn_doc_write(w, r->doc, r->format, r->digits);
	sn_writer_free(w);
	return err == SN_OK || err == SN_EIO ? CLI_EXIT_OK : cli_fail(err);
}

/* The time filter's meta (--during, --at): the period and the projects it left out. */
static int period_meta(cli_doc_t *doc, const cli_ctx_t *ctx)
{
	int bad;

	if (ctx->during.from == ctx->during.to)
		bad = cli_doc_meta(doc, "during", "%d", ctx->during.from);
	else
		bad = cli_doc_meta(doc, "during", "%d-%d", ctx->during.from, ctx->during.to);
	return bad || sn_doc_meta_int(doc, "projects_outside", (int64_t)ctx->period->outside) ||
	       sn_doc_meta_int(doc, "projects_undated", (int64_t)ctx->period->undated);
}

/* --columns: the named columns of every table, in order; a usage error for a bad name. */
static int select_columns(cli_doc_t *doc, const cli_ctx_t *ctx)
{
	char *list = strdup(ctx->columns);
	const char **names = calloc(strlen(ctx->columns) + 1, sizeof *names);
	size_t n = 0;
	int rc = CLI_EXIT_OK;

	if (!list || !names) {
		free(list);
		free(names);
		return cli_fail(SN_ENOMEM);
	}
	/* Empty names (",," or a trailing comma) are usage errors, as unknown columns. */
	for (char *p = list, *next; p; p = next) {
		next = strchr(p, ',');
		if (next)
			*next++ = '\0';
		names[n++] = p;
	}
	sn_error_t err = sn_doc_select_columns(doc, names, n);
	if (err == SN_EINVAL)
		rc = cli_usage_error(ctx, "--columns: %s", sn_error_last());
	else if (err != SN_OK)
		rc = cli_fail(err);
	free(list);
	free(names);
	return rc;
}

int cli_doc_write(cli_doc_t *doc, const cli_ctx_t *ctx)
{
	render_arg_t r = { doc, ctx->format, ctx->digits };
	int rc;

	if (ctx->columns && (rc = select_columns(doc, ctx)) != CLI_EXIT_OK)
		return rc;
	sn_doc_set_width(doc, ctx->width);

	if (ctx->time_filter && ctx->period && period_meta(doc, ctx)) {
		cli_error("out of memory");
		return CLI_EXIT_FAILURE;
	}

	if (ctx->output && strcmp(ctx->output, "-") != 0)
		return cli_write_file(ctx->output, render, &r);
	return render(stdout, &r);
}

/*
 * The step being drawn: one per process, since a command runs its steps one
 * after another.  The library reports from the command's thread; a ticker
 * thread redraws the bar (its elapsed seconds) while a step runs without
 * reports, such as Leiden, so that no step over the delay goes unshown.
 * bar_lock guards `bar` and the bar's writes to stderr.
 */
static pthread_mutex_t bar_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
	const char *step;    /* static text of the library; NULL: no step running */
	const char *ended;   /* the step whose bar last reached its end: repeats are not drawn */
	size_t done, total;  /* its last report */
	double start;        /* when its first report came, in seconds */
	double drawn;        /* when the bar was last drawn; 0: not yet */
	double delay;        /* seconds a step runs before its bar shows */
	bool ticking;        /* the ticker thread runs */
} bar;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Draws "step [####    ]  42%   3 s" (under bar_lock); a newline ends a finished step's line. */
static void draw(double t)
{
	enum { BAR = 40 };
	double part = (double)bar.done / (double)bar.total;
	size_t filled = (size_t)(part * BAR);

	fprintf(stderr, "\r%-11s [%.*s%*s] %3d%% %3.0f s", bar.step, (int)filled,
		"########################################", (int)(BAR - filled), "",
		(int)(part * 100), t - bar.start);
	bar.drawn = t;
	if (bar.done == bar.total) {
		fputc('\n', stderr);
		bar.drawn = 0;
		bar.ended = bar.step;
		bar.step = NULL;
	}
	fflush(stderr);
}

/* Draws at most ten times a second, and the line's end at done == total. */
static void on_step(const char *step, size_t done, size_t total, void *arg)
{
	double t = now();

	(void)arg;
	pthread_mutex_lock(&bar_lock);
	if (!bar.step && bar.ended && done == total && strcmp(bar.ended, step) == 0)
		goto out;
	if (!bar.step || strcmp(bar.step, step) != 0) {
		if (bar.drawn > 0)
			fputc('\n', stderr);     /* the last step ended short of its total */
		bar.step = step;
		bar.start = t;
		bar.drawn = 0;
		bar.ended = NULL;
		bar.done = bar.total = 0;
	}
	if (total == 0 || done > total)
		goto out;
	bar.done = done;
	bar.total = total;
	if (t - bar.start >= bar.delay && (done == total || t - bar.drawn >= 0.1))
		draw(t);
	else if (done == total) {   /* ended before its delay: nothing to draw */
		bar.step = NULL;
		bar.ended = step;
	}
out:
	pthread_mutex_unlock(&bar_lock);
}

/* Redraws a running step's bar every half second without reports (its elapsed time moves). */
static void *tick(void *arg)
{
	const struct timespec pause = { 0, 100 * 1000 * 1000 };

	(void)arg;
	for (;;) {
		nanosleep(&pause, NULL);
		pthread_mutex_lock(&bar_lock);
		double t = now();
		if (bar.step && bar.total > 0 && t - bar.start >= bar.delay && t - bar.drawn >= 0.5)
			draw(t);
		pthread_mutex_unlock(&bar_lock);
	}
	return NULL;
}

void cli_progress_break(void)
{
	pthread_mutex_lock(&bar_lock);
	if (bar.drawn > 0)
		fputc('\n', stderr);
	bar.step = NULL;
	bar.drawn = 0;
	pthread_mutex_unlock(&bar_lock);
}

const sn_progress_t *cli_step_progress(const cli_ctx_t *ctx)
{
	static const sn_progress_t reporter = { on_step, NULL };
	const char *delay = getenv("SAMNET_PROGRESS_DELAY");
	char *end;

	if ((ctx && ctx->quiet) || !isatty(STDERR_FILENO))
		return NULL;
	pthread_mutex_lock(&bar_lock);
	bar.delay = 2.0;
	if (delay && *delay) {
		double d = strtod(delay, &end);
		if (*end == '\0' && d >= 0 && d <= 3600)
			bar.delay = d;
	}
	if (!bar.ticking) {
		pthread_t tid;
		/* Without the ticker, bars move only with the library's reports. */
		if (pthread_create(&tid, NULL, tick, NULL) == 0) {
			pthread_detach(tid);
			bar.ticking = true;
		}
	}
	pthread_mutex_unlock(&bar_lock);
	return &reporter;
}
