/*
 * Result tables and documents, rendered as an aligned table, CSV, TSV, JSON or
 * CSV for Excel.  The rules for numbers (README "Numbers"): machine formats
 * carry every real with round-trip precision and shares as fractions; the
 * table format shows ctx->digits significant digits and shares as
 * percentages; NaN and infinities are "nan", "inf" and "-inf" (JSON: null,
 * listed under "nonfinite"); a cell never set is missing (empty, JSON null).
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"

typedef enum { CELL_MISSING, CELL_STR, CELL_INT, CELL_UINT, CELL_REAL, CELL_SHARE } cell_kind_t;

typedef struct {
	cell_kind_t kind;
	char *s;
	int64_t i;
	uint64_t u;         /* CELL_UINT: seeds, which use all 64 bits */
	double r;
} cell_t;

typedef struct {
	char *name;
	cli_coltype_t type;
} column_t;

struct cli_table {
	char *name, *title;
	column_t *cols;
	size_t ncols;
	cell_t *cells;       /* nrows * ncols once the first row exists */
	size_t nrows, cap;
};

typedef struct {
	char *key;
	cell_t value;
} meta_t;

struct cli_doc {
	char *command;
	meta_t *meta;
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

int cli_table_column(cli_table_t *t, const char *name, cli_coltype_t type)
{
	column_t *c = realloc(t->cols, (t->ncols + 1) * sizeof *c);

	if (!c || t->nrows > 0)
		return -1;
	t->cols = c;
	c[t->ncols] = (column_t){ strdup(name), type };
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
	c->kind = c->s ? CELL_STR : CELL_MISSING;
	return c->s ? 0 : -1;
}

int cli_table_int(cli_table_t *t, size_t col, int64_t value)
{
	cell_t *c = current(t, col);

	if (!c)
		return -1;
	c->kind = CELL_INT;
	c->i = value;
	return 0;
}

static int set_real(cli_table_t *t, size_t col, double value, cell_kind_t kind)
{
	cell_t *c = current(t, col);

	if (!c)
		return -1;
	c->kind = kind;
	c->r = value;
	return 0;
}

int cli_table_real(cli_table_t *t, size_t col, double value)
{
	return set_real(t, col, value,
			col < t->ncols && t->cols[col].type == CLI_COL_SHARE ? CELL_SHARE : CELL_REAL);
}

int cli_table_share(cli_table_t *t, size_t col, double value)
{
	return set_real(t, col, value, CELL_SHARE);
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
	for (size_t i = 0; i < d->nmeta; i++) {
		free(d->meta[i].key);
		free(d->meta[i].value.s);
	}
	for (size_t i = 0; i < d->ntables; i++)
		cli_table_free(d->tables[i]);
	free(d->meta);
	free(d->tables);
	free(d->command);
	free(d);
}

/* Appends an entry for `key` (copied) holding `value`; takes ownership of value.s. */
static int add_meta(cli_doc_t *d, const char *key, cell_t value)
{
	meta_t *m = d ? realloc(d->meta, (d->nmeta + 1) * sizeof *m) : NULL;
	char *k = m ? strdup(key) : NULL;

	if (m)
		d->meta = m;
	if (!k) {
		free(value.s);
		return -1;
	}
	m[d->nmeta++] = (meta_t){ k, value };
	return 0;
}

int cli_doc_meta(cli_doc_t *d, const char *key, const char *fmt, ...)
{
	va_list ap;
	char *value = NULL;

	if (!d)
		return -1;
	va_start(ap, fmt);
	int n = vasprintf(&value, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	return add_meta(d, key, (cell_t){ .kind = CELL_STR, .s = value });
}

int cli_doc_meta_num(cli_doc_t *d, const char *key, double value)
{
	return add_meta(d, key, (cell_t){ .kind = CELL_REAL, .r = value });
}

int cli_doc_meta_int(cli_doc_t *d, const char *key, int64_t value)
{
	return add_meta(d, key, (cell_t){ .kind = CELL_INT, .i = value });
}

int cli_doc_meta_uint(cli_doc_t *d, const char *key, uint64_t value)
{
	return add_meta(d, key, (cell_t){ .kind = CELL_UINT, .u = value });
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

/* ---- numbers as text ------------------------------------------------------- */

static bool is_real(const cell_t *c)
{
	return c->kind == CELL_REAL || c->kind == CELL_SHARE;
}

static bool is_nonfinite(const cell_t *c)
{
	return is_real(c) && !isfinite(c->r);
}

static const char *nonfinite_name(double v)
{
	return isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
}

/*
 * The shortest of %.15g, %.16g and %.17g that strtod reads back to `v`
 * (%.17g always does).  The CLI never calls setlocale(), so both use the C
 * locale's decimal point.
 */
static void format_exact(char *buf, size_t size, double v)
{
	for (int p = 15; p < 17; p++) {
		snprintf(buf, size, "%.*g", p, v);
		if (strtod(buf, NULL) == v)
			return;
	}
	snprintf(buf, size, "%.17g", v);
}

/*
 * `digits` significant digits, except that a number of 1e`digits` or more
 * keeps every digit of its integer part rather than switching to an exponent
 * (10587710, not 1.059e+07) up to 1e17.
 */
static void format_human(char *buf, size_t size, double v, int digits)
{
	snprintf(buf, size, "%.*g", digits, v);
	if (fabs(v) >= 1 && fabs(v) < 1e17 && strchr(buf, 'e'))
		snprintf(buf, size, "%.0f", v);
}

/*
 * A cell as text into buf (64 bytes at least), or a borrowed string: with
 * `digits` > 0 as the table format shows it, with 0 exactly (machine formats).
 */
static const char *cell_text(const cell_t *c, int digits, char *buf, size_t size)
{
	switch (c->kind) {
	case CELL_MISSING:
		return "";
	case CELL_STR:
		return c->s;
	case CELL_INT:
		snprintf(buf, size, "%" PRId64, c->i);
		return buf;
	case CELL_UINT:
		snprintf(buf, size, "%" PRIu64, c->u);
		return buf;
	case CELL_REAL:
	case CELL_SHARE:
		break;
	}
	if (!isfinite(c->r))
		return nonfinite_name(c->r);
	if (digits == 0) {
		format_exact(buf, size, c->r);
	} else if (c->kind == CELL_SHARE) {
		format_human(buf, size - 2, 100 * c->r, digits);
		strcat(buf, " %");
	} else {
		format_human(buf, size, c->r, digits);
	}
	return buf;
}

/* ---- the table format ------------------------------------------------------ */

/*
 * A copy of s with C0 controls, DEL and C1 controls (U+0080..U+009F, UTF-8
 * C2 80..C2 9F) written as \xHH, so that a name cannot drive the terminal.
 * NULL when out of memory.
 */
static char *escape_controls(const char *s)
{
	char *out = malloc(4 * strlen(s) + 1), *o = out;

	if (!out)
		return NULL;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 || *p == 0x7F)
			o += sprintf(o, "\\x%02x", *p);
		else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			o += sprintf(o, "\\x%02x", *++p);
		else
			*o++ = (char)*p;
	}
	*o = '\0';
	return out;
}

/* Display width: code points, not bytes, so that å, ä and ö line up. */
static size_t width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

/* One line of the table format: text[j] padded to w[j], numbers right-aligned. */
static void write_text_row(FILE *fp, const cli_table_t *t, char *const *text, const size_t *w)
{
	size_t end = t->ncols;

	/* Empty trailing cells would leave trailing blanks. */
	while (end > 0 && text[end - 1][0] == '\0')
		end--;
	for (size_t j = 0; j < end; j++) {
		int pad = (int)(w[j] - width(text[j]));
		if (t->cols[j].type == CLI_COL_STR)
			fprintf(fp, "%s%s%*s", j ? "  " : "", text[j], j + 1 < end ? pad : 0, "");
		else
			fprintf(fp, "%s%*s%s", j ? "  " : "", pad, "", text[j]);
	}
	fputc('\n', fp);
}

/* The table format, with `digits` significant digits; -1 when out of memory. */
static int write_table_text(FILE *fp, const cli_table_t *t, int digits)
{
	size_t n = (t->nrows + 1) * t->ncols;
	char **text = calloc(n ? n : 1, sizeof *text);
	size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
	char buf[64];
	int rc = -1;

	if (!text || !w)
		goto done;
	for (size_t i = 0; i <= t->nrows; i++)
		for (size_t j = 0; j < t->ncols; j++) {
			char **e = &text[i * t->ncols + j];
			*e = escape_controls(i == 0 ? t->cols[j].name
						    : cell_text(&t->cells[(i - 1) * t->ncols + j], digits,
								buf, sizeof buf));
			if (!*e)
				goto done;
			if (width(*e) > w[j])
				w[j] = width(*e);
		}
	if (t->title[0])
		fprintf(fp, "%s\n", t->title);
	for (size_t i = 0; i <= t->nrows; i++)
		write_text_row(fp, t, &text[i * t->ncols], w);
	rc = 0;
done:
	for (size_t k = 0; text && k < n; k++)
		free(text[k]);
	free(text);
	free(w);
	return rc;
}

/* The metadata lines of the table format; -1 when out of memory. */
static int write_meta_text(FILE *fp, const cli_doc_t *d, int digits)
{
	char buf[64];

	for (size_t i = 0; i < d->nmeta; i++) {
		char *key = escape_controls(d->meta[i].key);
		char *value = escape_controls(cell_text(&d->meta[i].value, digits, buf, sizeof buf));
		if (key && value)
			fprintf(fp, "%s: %s\n", key, value);
		free(key);
		free(value);
		if (!key || !value)
			return -1;
	}
	return 0;
}

/* ---- CSV, TSV and CSV for Excel -------------------------------------------- */

/*
 * True for text that a spreadsheet would read as a formula (the OWASP rule
 * against CSV injection): it begins with '=', '+', '-', '@', a tab or a
 * carriage return.
 */
static bool formula_like(const char *s)
{
	return s[0] && strchr("=+-@\t\r", s[0]);
}

/*
 * A field of a CSV or TSV stream.  `number` (excel only) writes a decimal
 * comma; `neutralise` (excel only) prefixes an apostrophe.
 */
static void write_delimited_field(FILE *fp, const char *s, char sep, bool number, bool neutralise)
{
	if (number) {
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
		fprintf(fp, "%s%s", neutralise ? "'" : "", s);
		return;
	}
	fputs(neutralise ? "\"'" : "\"", fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

static void write_table_delimited(FILE *fp, const cli_table_t *t, char sep)
{
	bool excel = sep == ';';
	char buf[64];

	for (size_t j = 0; j < t->ncols; j++) {
		write_delimited_field(fp, t->cols[j].name, sep, false, false);
		fputc(j + 1 == t->ncols ? '\n' : sep, fp);
	}
	for (size_t i = 0; i < t->nrows; i++)
		for (size_t j = 0; j < t->ncols; j++) {
			const cell_t *c = &t->cells[i * t->ncols + j];
			const char *s = cell_text(c, 0, buf, sizeof buf);
			bool number = c->kind == CELL_INT || c->kind == CELL_UINT || (is_real(c) && isfinite(c->r));
			write_delimited_field(fp, s, sep, excel && number,
					      excel && !number && formula_like(s));
			fputc(j + 1 == t->ncols ? '\n' : sep, fp);
		}
}

/* ---- JSON ------------------------------------------------------------------- */

static void json_char(FILE *fp, unsigned char c)
{
	if (c == '"' || c == '\\')
		fprintf(fp, "\\%c", c);
	else if (c == '\n')
		fputs("\\n", fp);
	else if (c == '\t')
		fputs("\\t", fp);
	else if (c < 0x20)
		fprintf(fp, "\\u%04x", c);
	else
		fputc(c, fp);
}

static void json_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		json_char(fp, *p);
	fputc('"', fp);
}

/* A JSON value: null when missing or not finite (see json_nonfinite), else exact. */
static void json_value(FILE *fp, const cell_t *c)
{
	char buf[64];

	if (c->kind == CELL_MISSING || is_nonfinite(c))
		fputs("null", fp);
	else if (c->kind == CELL_STR)
		json_string(fp, c->s);
	else
		fputs(cell_text(c, 0, buf, sizeof buf), fp);
}

/* One "/segment" of a JSON Pointer (RFC 6901: '~' as ~0, '/' as ~1), inside a JSON string. */
static void json_pointer_segment(FILE *fp, const char *s)
{
	fputc('/', fp);
	for (; *s; s++) {
		if (*s == '~')
			fputs("~0", fp);
		else if (*s == '/')
			fputs("~1", fp);
		else
			json_char(fp, (unsigned char)*s);
	}
}

/* One member of "nonfinite": "/<where>[/<row>]/<name>": "nan" | "inf" | "-inf". */
static void json_nonfinite_member(FILE *fp, bool *first, const char *where, const size_t *row,
				  const char *name, double v)
{
	fputs(*first ? ",\n  \"nonfinite\": {\n    \"" : ",\n    \"", fp);
	*first = false;
	json_pointer_segment(fp, where);
	if (row)
		fprintf(fp, "/%zu", *row);
	json_pointer_segment(fp, name);
	fputs("\": ", fp);
	json_string(fp, nonfinite_name(v));
}

/*
 * The member "nonfinite", present when some value is NaN or infinite: it maps
 * the JSON Pointer of each such null to "nan", "inf" or "-inf", so that a
 * reader can tell them from a missing value (a null not listed).
 */
static void json_nonfinite(FILE *fp, const cli_doc_t *d)
{
	bool first = true;

	for (size_t i = 0; i < d->nmeta; i++)
		if (is_nonfinite(&d->meta[i].value))
			json_nonfinite_member(fp, &first, "meta", NULL, d->meta[i].key, d->meta[i].value.r);
	for (size_t k = 0; k < d->ntables; k++) {
		const cli_table_t *t = d->tables[k];
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->ncols; j++)
				if (is_nonfinite(&t->cells[i * t->ncols + j]))
					json_nonfinite_member(fp, &first, t->name, &i, t->cols[j].name,
							      t->cells[i * t->ncols + j].r);
	}
	if (!first)
		fputs("\n  }", fp);
}

static bool has_shares(const cli_doc_t *d)
{
	for (size_t k = 0; k < d->ntables; k++)
		for (size_t i = 0; i < d->tables[k]->nrows * d->tables[k]->ncols; i++)
			if (d->tables[k]->cells[i].kind == CELL_SHARE)
				return true;
	return false;
}

static void write_json_meta(FILE *fp, const cli_doc_t *d)
{
	bool shares = has_shares(d);

	fputs(",\n  \"meta\": {", fp);
	for (size_t i = 0; i < d->nmeta; i++) {
		fputs(i ? ",\n    " : "\n    ", fp);
		json_string(fp, d->meta[i].key);
		fputs(": ", fp);
		json_value(fp, &d->meta[i].value);
	}
	if (shares)
		fprintf(fp, "%s\"shares\": \"fractions of 1 (the table format shows percentages)\"",
			d->nmeta ? ",\n    " : "\n    ");
	fputs(d->nmeta || shares ? "\n  }" : "}", fp);
}

static void write_json(FILE *fp, const cli_doc_t *d)
{
	fputs("{\n  \"command\": ", fp);
	json_string(fp, d->command);
	write_json_meta(fp, d);
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
				json_value(fp, &t->cells[i * t->ncols + j]);
			}
			fputc('}', fp);
		}
		fputs(t->nrows ? "\n  ]" : "]", fp);
	}
	json_nonfinite(fp, d);
	fputs("\n}\n", fp);
}

/* ---- rendering -------------------------------------------------------------- */

typedef struct {
	const cli_doc_t *doc;
	cli_format_t format;
	int digits;          /* significant digits of the table format */
} render_arg_t;

static int render_text(FILE *fp, const cli_doc_t *d, int digits)
{
	if (write_meta_text(fp, d, digits) != 0)
		return -1;
	for (size_t k = 0; k < d->ntables; k++) {
		if (k > 0 || d->nmeta > 0)
			fputc('\n', fp);
		if (write_table_text(fp, d->tables[k], digits) != 0)
			return -1;
	}
	return 0;
}

static int render(FILE *fp, const void *arg)
{
	const render_arg_t *r = arg;
	const cli_doc_t *d = r->doc;

	if (r->format == CLI_FORMAT_JSON) {
		write_json(fp, d);
		return 0;
	}
	if (r->format == CLI_FORMAT_TABLE) {
		if (render_text(fp, d, r->digits > 0 ? r->digits : CLI_DEFAULT_DIGITS) == 0)
			return 0;
		cli_error("out of memory");
		return CLI_EXIT_FAILURE;
	}
	if (r->format == CLI_FORMAT_EXCEL)
		fputs("\xEF\xBB\xBF", fp);
	for (size_t k = 0; k < d->ntables; k++) {
		/* Several tables in one CSV stream are separated by a blank line. */
		if (k > 0)
			fputc('\n', fp);
		write_table_delimited(fp, d->tables[k], r->format == CLI_FORMAT_CSV	 ? ','
							: r->format == CLI_FORMAT_EXCEL ? ';'
											: '\t');
	}
	return 0;
}

/* A shallow copy of `doc` whose meta ends with the time filter's (cli_doc_write()). */
static cli_doc_t *with_period_meta(const cli_doc_t *doc, const cli_ctx_t *ctx)
{
	cli_doc_t *d = cli_doc_new(doc->command);
	int bad = !d;

	for (size_t i = 0; !bad && i < doc->nmeta; i++) {
		cell_t v = doc->meta[i].value;
		if (v.kind == CELL_STR && !(v.s = strdup(v.s)))
			bad = 1;
		bad = bad || add_meta(d, doc->meta[i].key, v) != 0;
	}
	if (!bad) {
		if (ctx->during.from == ctx->during.to)
			bad |= cli_doc_meta(d, "during", "%d", ctx->during.from);
		else
			bad |= cli_doc_meta(d, "during", "%d-%d", ctx->during.from, ctx->during.to);
		bad |= cli_doc_meta_int(d, "projects_outside", (int64_t)ctx->period->outside);
		bad |= cli_doc_meta_int(d, "projects_undated", (int64_t)ctx->period->undated);
	}
	if (bad) {
		cli_doc_free(d);
		return NULL;
	}
	/* The tables stay the caller's: borrowed for the rendering only. */
	d->tables = doc->tables;
	d->ntables = doc->ntables;
	return d;
}

/* Frees a copy made by with_period_meta() without its borrowed tables. */
static void free_period_copy(cli_doc_t *d)
{
	if (d) {
		d->tables = NULL;
		d->ntables = 0;
	}
	cli_doc_free(d);
}

int cli_doc_write(const cli_doc_t *doc, const cli_ctx_t *ctx)
{
	cli_doc_t *copy = NULL;
	int rc = CLI_EXIT_OK;

	if (ctx->time_filter && ctx->period && !(copy = with_period_meta(doc, ctx))) {
		cli_error("out of memory");
		return CLI_EXIT_FAILURE;
	}
	render_arg_t r = { copy ? copy : doc, ctx->format, ctx->digits };
	if (ctx->output && strcmp(ctx->output, "-") != 0)
		rc = cli_write_file(ctx->output, render, &r);
	else
		render(stdout, &r);
	free_period_copy(copy);
	return rc;
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
