/* Result tables and documents, rendered as an aligned table, CSV, TSV or JSON. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

typedef struct {
	bool set;
	char *s;
	int64_t i;
	double r;
} cell_t;

typedef struct {
	char *name;
	cli_coltype_t type;
	int digits;
} column_t;

struct cli_table {
	char *name, *title;
	column_t *cols;
	size_t ncols;
	cell_t *cells;       /* nrows * ncols once the first row exists */
	size_t nrows, cap;
};

struct cli_doc {
	char *command;
	char **meta;         /* key, value pairs */
	size_t nmeta;
	cli_table_t **tables;
	size_t ntables;
};

cli_table_t *cli_table_new(const char *name, const char *title)
{
	cli_table_t *t = calloc(1, sizeof *t);

	if (t && (!(t->name = strdup(name)) || !(t->title = strdup(title ? title : "")))) {
		cli_table_free(t);
		return NULL;
	}
	return t;
}

void cli_table_free(cli_table_t *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i].s);
	for (size_t i = 0; i < t->ncols; i++)
		free(t->cols[i].name);
	free(t->cells);
	free(t->cols);
	free(t->name);
	free(t->title);
	free(t);
}

int cli_table_column(cli_table_t *t, const char *name, cli_coltype_t type, int digits)
{
	column_t *c = realloc(t->cols, (t->ncols + 1) * sizeof *c);

	if (!c || t->nrows > 0)
		return -1;
	t->cols = c;
	c[t->ncols] = (column_t){ strdup(name), type, digits ? digits : 6 };
	if (!c[t->ncols].name)
		return -1;
	t->ncols++;
	return 0;
}

int cli_table_row(cli_table_t *t)
{
	if (t->nrows == t->cap) {
		size_t n = t->cap ? 2 * t->cap : 64;
		cell_t *c = realloc(t->cells, n * (t->ncols ? t->ncols : 1) * sizeof *c);
		if (!c)
			return -1;
		t->cells = c;
		t->cap = n;
	}
	memset(&t->cells[t->nrows * t->ncols], 0, t->ncols * sizeof(cell_t));
	t->nrows++;
	return 0;
}

static cell_t *current(cli_table_t *t, size_t col)
{
	return t->nrows && col < t->ncols ? &t->cells[(t->nrows - 1) * t->ncols + col] : NULL;
}

int cli_table_str(cli_table_t *t, size_t col, const char *value)
{
	cell_t *c = current(t, col);

	if (!c)
		return -1;
	free(c->s);
	c->s = strdup(value ? value : "");
	c->set = c->s != NULL;
	return c->set ? 0 : -1;
}

int cli_table_int(cli_table_t *t, size_t col, int64_t value)
{
	cell_t *c = current(t, col);

	if (!c)
		return -1;
	c->i = value;
	c->set = true;
	return 0;
}

int cli_table_real(cli_table_t *t, size_t col, double value)
{
	cell_t *c = current(t, col);

	if (!c)
		return -1;
	c->r = value;
	c->set = !isnan(value);
	return 0;
}

size_t cli_table_nrows(const cli_table_t *t)
{
	return t->nrows;
}

cli_doc_t *cli_doc_new(const char *command)
{
	cli_doc_t *d = calloc(1, sizeof *d);

	if (d && !(d->command = strdup(command))) {
		free(d);
		return NULL;
	}
	return d;
}

void cli_doc_free(cli_doc_t *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < 2 * d->nmeta; i++)
		free(d->meta[i]);
	for (size_t i = 0; i < d->ntables; i++)
		cli_table_free(d->tables[i]);
	free(d->meta);
	free(d->tables);
	free(d->command);
	free(d);
}

int cli_doc_meta(cli_doc_t *d, const char *key, const char *fmt, ...)
{
	va_list ap;
	char *value = NULL;

	if (!d)
		return -1;
	char **m = realloc(d->meta, 2 * (d->nmeta + 1) * sizeof *m);
	if (!m)
		return -1;
	d->meta = m;
	va_start(ap, fmt);
	int n = vasprintf(&value, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	m[2 * d->nmeta] = strdup(key);
	m[2 * d->nmeta + 1] = value;
	d->nmeta++;
	return m[2 * d->nmeta - 2] ? 0 : -1;
}

int cli_doc_table(cli_doc_t *d, cli_table_t *t)
{
	cli_table_t **ts = d && t ? realloc(d->tables, (d->ntables + 1) * sizeof *ts) : NULL;

	if (!ts) {
		cli_table_free(t);
		return -1;
	}
	d->tables = ts;
	ts[d->ntables++] = t;
	return 0;
}

/* Formats a cell as text into buf (empty when unset). */
static const char *cell_text(const column_t *col, const cell_t *c, char *buf, size_t size)
{
	if (!c->set)
		return "";
	switch (col->type) {
	case CLI_COL_STR:
		return c->s;
	case CLI_COL_INT:
		snprintf(buf, size, "%lld", (long long)c->i);
		return buf;
	case CLI_COL_REAL:
		if (!isfinite(c->r))
			snprintf(buf, size, "%s", c->r > 0 ? "inf" : c->r < 0 ? "-inf" : "");
		else if (col->digits < 0)
			snprintf(buf, size, "%.*f", -col->digits, c->r);
		else
			snprintf(buf, size, "%.*g", col->digits, c->r);
		return buf;
	}
	return "";
}

/* Display width: code points, not bytes, so that å, ä and ö line up. */
static size_t width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

static void write_table_text(FILE *fp, const cli_table_t *t)
{
	size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
	char buf[64];

	if (!w)
		return;
	for (size_t j = 0; j < t->ncols; j++)
		w[j] = width(t->cols[j].name);
	for (size_t i = 0; i < t->nrows; i++)
		for (size_t j = 0; j < t->ncols; j++) {
			size_t cw = width(cell_text(&t->cols[j], &t->cells[i * t->ncols + j], buf, sizeof buf));
			if (cw > w[j])
				w[j] = cw;
		}
	if (t->title[0])
		fprintf(fp, "%s\n", t->title);
	for (size_t i = 0; i <= t->nrows; i++) {
		char *line = NULL;
		size_t len = 0;
		FILE *mem = open_memstream(&line, &len);
		if (!mem)
			break;
		for (size_t j = 0; j < t->ncols; j++) {
			const char *s = i == 0 ? t->cols[j].name
					       : cell_text(&t->cols[j], &t->cells[(i - 1) * t->ncols + j],
							   buf, sizeof buf);
			size_t pad = w[j] - width(s);
			bool right = t->cols[j].type != CLI_COL_STR;
			fprintf(mem, "%*s%s%*s%s", right ? (int)pad : 0, "", s, right ? 0 : (int)pad, "",
				j + 1 < t->ncols ? "  " : "");
		}
		fclose(mem);
		/* Empty trailing cells would leave trailing blanks. */
		while (len > 0 && line[len - 1] == ' ')
			line[--len] = '\0';
		fprintf(fp, "%s\n", line);
		free(line);
	}
	free(w);
}

/* A field of a CSV or TSV stream; sep ';' (excel) also writes a decimal comma. */
static void write_delimited_field(FILE *fp, const char *s, char sep, bool decimal_comma)
{
	if (decimal_comma) {
		for (; *s; s++)
			fputc(*s == '.' ? ',' : *s, fp);
		return;
	}
	if (sep == '\t') {
		/* TSV has no quoting: tabs and line breaks become spaces. */
		for (; *s; s++)
			fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, fp);
		return;
	}
	if (!strpbrk(s, sep == ';' ? ";\"\n\r" : ",\"\n\r")) {
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

static void write_table_delimited(FILE *fp, const cli_table_t *t, char sep)
{
	char buf[64];

	for (size_t i = 0; i <= t->nrows; i++)
		for (size_t j = 0; j < t->ncols; j++) {
			const char *s = i == 0 ? t->cols[j].name
					       : cell_text(&t->cols[j], &t->cells[(i - 1) * t->ncols + j],
							   buf, sizeof buf);
			write_delimited_field(fp, s, sep,
					      sep == ';' && i > 0 && t->cols[j].type == CLI_COL_REAL);
			fputc(j + 1 == t->ncols ? '\n' : sep, fp);
		}
}

static void json_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(fp, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", fp);
		else if (*p == '\t')
			fputs("\\t", fp);
		else if (*p < 0x20)
			fprintf(fp, "\\u%04x", *p);
		else
			fputc(*p, fp);
	}
	fputc('"', fp);
}

static void json_cell(FILE *fp, const column_t *col, const cell_t *c)
{
	char buf[64];

	if (!c->set || (col->type == CLI_COL_REAL && !isfinite(c->r))) {
		fputs("null", fp);
	} else if (col->type == CLI_COL_STR) {
		json_string(fp, c->s);
	} else if (col->type == CLI_COL_INT) {
		fprintf(fp, "%lld", (long long)c->i);
	} else {
		snprintf(buf, sizeof buf, "%.17g", c->r);
		fputs(buf, fp);
	}
}

static void write_json(FILE *fp, const cli_doc_t *d)
{
	fputs("{\n  \"command\": ", fp);
	json_string(fp, d->command);
	fputs(",\n  \"meta\": {", fp);
	for (size_t i = 0; i < d->nmeta; i++) {
		fputs(i ? ",\n    " : "\n    ", fp);
		json_string(fp, d->meta[2 * i]);
		fputs(": ", fp);
		json_string(fp, d->meta[2 * i + 1]);
	}
	fputs(d->nmeta ? "\n  }" : "}", fp);
	for (size_t k = 0; k < d->ntables; k++) {
		const cli_table_t *t = d->tables[k];
		fputs(",\n  ", fp);
		json_string(fp, t->name);
		fputs(": [", fp);
		for (size_t i = 0; i < t->nrows; i++) {
			fputs(i ? ",\n    {" : "\n    {", fp);
			for (size_t j = 0; j < t->ncols; j++) {
				if (j)
					fputs(", ", fp);
				json_string(fp, t->cols[j].name);
				fputs(": ", fp);
				json_cell(fp, &t->cols[j], &t->cells[i * t->ncols + j]);
			}
			fputc('}', fp);
		}
		fputs(t->nrows ? "\n  ]" : "]", fp);
	}
	fputs("\n}\n", fp);
}

typedef struct {
	const cli_doc_t *doc;
	cli_format_t format;
} render_arg_t;

static int render(FILE *fp, const void *arg)
{
	const render_arg_t *r = arg;
	const cli_doc_t *d = r->doc;

	if (r->format == CLI_FORMAT_JSON) {
		write_json(fp, d);
		return 0;
	}
	if (r->format == CLI_FORMAT_EXCEL)
		fputs("\xEF\xBB\xBF", fp);
	if (r->format == CLI_FORMAT_TABLE)
		for (size_t i = 0; i < d->nmeta; i++)
			fprintf(fp, "%s: %s\n", d->meta[2 * i], d->meta[2 * i + 1]);
	for (size_t k = 0; k < d->ntables; k++) {
		const cli_table_t *t = d->tables[k];
		if (r->format == CLI_FORMAT_TABLE) {
			if (k > 0 || d->nmeta > 0)
				fputc('\n', fp);
			write_table_text(fp, t);
		} else {
			/* Several tables in one CSV stream are separated by a blank line. */
			if (k > 0)
				fputc('\n', fp);
			write_table_delimited(fp, t, r->format == CLI_FORMAT_CSV	? ','
						     : r->format == CLI_FORMAT_EXCEL ? ';'
										     : '\t');
		}
	}
	return 0;
}

int cli_doc_write(const cli_doc_t *doc, const cli_ctx_t *ctx)
{
	render_arg_t r = { doc, ctx->format };

	if (ctx->output && strcmp(ctx->output, "-") != 0)
		return cli_write_file(ctx->output, render, &r);
	render(stdout, &r);
	return CLI_EXIT_OK;
}

void cli_progress(void *arg, size_t done, size_t total)
{
	const cli_ctx_t *ctx = arg;
	enum { BAR = 40 };

	if ((ctx && ctx->quiet) || !isatty(STDERR_FILENO) || total == 0)
		return;
	size_t filled = done * BAR / total;
	fprintf(stderr, "\r[%.*s%*s] %3zu%%", (int)filled, "########################################",
		(int)(BAR - filled), "", done * 100 / total);
	if (done >= total)
		fputc('\n', stderr);
	fflush(stderr);
}
