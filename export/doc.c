/*
 * export/doc.c: result documents (samnet/doc.h), rendered as an aligned
 * table, CSV, TSV, JSON or CSV for Excel.  The rules for numbers (README
 * "Numbers"): machine formats carry every real with round-trip precision and
 * shares as fractions; the table format shows `digits` significant digits
 * and shares as percentages; NaN and infinities are "nan", "inf" and "-inf"
 * (JSON: null, listed under "nonfinite"); a cell never set is missing
 * (empty, JSON null).
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/csv_field.h"
#include "export/model.h"
#include "samnet/doc.h"
#include "samnet/suggest.h"

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
	sn_coltype_t type;
	int priority;       /* 0: always shown; higher: left out first to fit the width */
} column_t;

struct sn_doc_table {
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

struct sn_doc {
	char *command;
	meta_t *meta;
	size_t nmeta;
	sn_doc_table_t **tables;
	size_t ntables;
	size_t width;        /* the table format's width, 0 no limit */
};

static sn_error_t no_memory(void)
{
	return sn_error_set(SN_ENOMEM, "out of memory");
}

/* ---- tables ------------------------------------------------------------------ */

sn_error_t sn_doc_table_new(sn_doc_table_t **out, const char *name, const char *title)
{
	sn_doc_table_t *t = calloc(1, sizeof *t);

	*out = NULL;
	if (!t || !(t->name = strdup(name)) || !(t->title = strdup(title ? title : ""))) {
		sn_doc_table_free(t);
		return no_memory();
	}
	*out = t;
	return SN_OK;
}

void sn_doc_table_free(sn_doc_table_t *t)
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

sn_error_t sn_doc_table_column(sn_doc_table_t *t, const char *name, sn_coltype_t type)
{
	column_t *c;
	char *copy;

	/* Checked before the realloc: cells are laid out by the column count. */
	if (t->nrows > 0)
		return sn_error_set(SN_EINVAL, "table %s: column %s added after the first row",
				    t->name, name);
	if (!(copy = strdup(name)))
		return no_memory();
	if (!(c = realloc(t->cols, (t->ncols + 1) * sizeof *c))) {
		free(copy);
		return no_memory();
	}
	t->cols = c;
	c[t->ncols++] = (column_t){ copy, type, 0 };
	return SN_OK;
}

sn_error_t sn_doc_table_priority(sn_doc_table_t *t, size_t col, int priority)
{
	if (col >= t->ncols || priority < 0)
		return sn_error_set(SN_EINVAL, "table %s: no column %zu or a negative priority",
				    t->name, col);
	t->cols[col].priority = priority;
	return SN_OK;
}

/* The index of column `name` in `t`, or t->ncols. */
static size_t column_index(const sn_doc_table_t *t, const char *name)
{
	size_t j = 0;

	while (j < t->ncols && strcmp(t->cols[j].name, name) != 0)
		j++;
	return j;
}

/* Keeps the columns pick[0..n) of `t` in that order (every index valid); out of memory: unchanged. */
static sn_error_t table_pick(sn_doc_table_t *t, const size_t *pick, size_t n)
{
	column_t *cols = malloc((n ? n : 1) * sizeof *cols);
	cell_t *cells = malloc((t->cap * n > 0 ? t->cap * n : 1) * sizeof *cells);

	if (!cols || !cells) {
		free(cols);
		free(cells);
		return no_memory();
	}
	for (size_t k = 0; k < n; k++)
		cols[k] = t->cols[pick[k]];
	for (size_t i = 0; i < t->nrows; i++)
		for (size_t k = 0; k < n; k++)
			cells[i * n + k] = t->cells[i * t->ncols + pick[k]];
	/* Free what was not picked: each column at most once (pick has no repeats). */
	for (size_t j = 0; j < t->ncols; j++) {
		bool kept = false;
		for (size_t k = 0; k < n; k++)
			kept |= pick[k] == j;
		if (kept)
			continue;
		free(t->cols[j].name);
		for (size_t i = 0; i < t->nrows; i++)
			free(t->cells[i * t->ncols + j].s);
	}
	free(t->cols);
	free(t->cells);
	t->cols = cols;
	t->cells = cells;
	t->ncols = n;
	return SN_OK;
}

sn_error_t sn_doc_table_row(sn_doc_table_t *t)
{
	if (t->nrows == t->cap) {
		size_t n = t->cap ? 2 * t->cap : 64;
		cell_t *c = realloc(t->cells, n * (t->ncols ? t->ncols : 1) * sizeof *c);
		if (!c)
			return no_memory();
		t->cells = c;
		t->cap = n;
	}
	memset(&t->cells[t->nrows * t->ncols], 0, t->ncols * sizeof(cell_t));
	t->nrows++;
	return SN_OK;
}

/* The cell `col` of the current row, or NULL with SN_EINVAL recorded. */
static cell_t *current(sn_doc_table_t *t, size_t col)
{
	if (t->nrows && col < t->ncols)
		return &t->cells[(t->nrows - 1) * t->ncols + col];
	sn_error_set(SN_EINVAL, "table %s: no cell %zu in the current row", t->name, col);
	return NULL;
}

sn_error_t sn_doc_table_str(sn_doc_table_t *t, size_t col, const char *value)
{
	cell_t *c = current(t, col);
	char *copy;

	if (!c)
		return SN_EINVAL;
	if (!(copy = strdup(value ? value : "")))
		return no_memory();
	free(c->s);
	*c = (cell_t){ .kind = CELL_STR, .s = copy };
	return SN_OK;
}

/* Stores a non-text value, freeing any text the cell held. */
static sn_error_t set_cell(sn_doc_table_t *t, size_t col, cell_t value)
{
	cell_t *c = current(t, col);

	if (!c)
		return SN_EINVAL;
	free(c->s);
	*c = value;
	return SN_OK;
}

sn_error_t sn_doc_table_int(sn_doc_table_t *t, size_t col, int64_t value)
{
	return set_cell(t, col, (cell_t){ .kind = CELL_INT, .i = value });
}

sn_error_t sn_doc_table_uint(sn_doc_table_t *t, size_t col, uint64_t value)
{
	return set_cell(t, col, (cell_t){ .kind = CELL_UINT, .u = value });
}

sn_error_t sn_doc_table_real(sn_doc_table_t *t, size_t col, double value)
{
	bool share = col < t->ncols && t->cols[col].type == SN_COL_SHARE;

	return set_cell(t, col, (cell_t){ .kind = share ? CELL_SHARE : CELL_REAL, .r = value });
}

sn_error_t sn_doc_table_share(sn_doc_table_t *t, size_t col, double value)
{
	return set_cell(t, col, (cell_t){ .kind = CELL_SHARE, .r = value });
}

size_t sn_doc_table_nrows(const sn_doc_table_t *t)
{
	return t->nrows;
}

size_t sn_doc_table_ncols(const sn_doc_table_t *t)
{
	return t->ncols;
}

const char *sn_doc_table_name(const sn_doc_table_t *t)
{
	return t->name;
}

const char *sn_doc_table_colname(const sn_doc_table_t *t, size_t col)
{
	return col < t->ncols ? t->cols[col].name : NULL;
}

sn_error_t sn_doc_table_coltype(const sn_doc_table_t *t, size_t col, sn_coltype_t *out)
{
	if (col >= t->ncols)
		return sn_error_set(SN_EINVAL, "table %s: no column %zu", t->name, col);
	*out = t->cols[col].type;
	return SN_OK;
}

/* Cell (row, col) when it exists and is of one of the kinds in `kinds` (a bit set). */
static const cell_t *cell_of(const sn_doc_table_t *t, size_t row, size_t col, unsigned kinds)
{
	const cell_t *c = row < t->nrows && col < t->ncols ? &t->cells[row * t->ncols + col] : NULL;

	if (c && (kinds >> c->kind & 1u))
		return c;
	sn_error_set(SN_EINVAL, "table %s: no such cell (%zu, %zu) of the kind asked for", t->name,
		     row, col);
	return NULL;
}

sn_error_t sn_doc_table_get_real(const sn_doc_table_t *t, size_t row, size_t col, double *out)
{
	const cell_t *c = cell_of(t, row, col, 1u << CELL_REAL | 1u << CELL_SHARE);

	if (!c)
		return SN_EINVAL;
	*out = c->r;
	return SN_OK;
}

sn_error_t sn_doc_table_get_int(const sn_doc_table_t *t, size_t row, size_t col, int64_t *out)
{
	const cell_t *c = cell_of(t, row, col, 1u << CELL_INT | 1u << CELL_UINT);

	if (!c || (c->kind == CELL_UINT && c->u > INT64_MAX))
		return sn_error_set(SN_EINVAL, "table %s: no whole number at (%zu, %zu) that fits",
				    t->name, row, col);
	*out = c->kind == CELL_INT ? c->i : (int64_t)c->u;
	return SN_OK;
}

sn_error_t sn_doc_table_get_str(const sn_doc_table_t *t, size_t row, size_t col,
				const char **out)
{
	const cell_t *c = cell_of(t, row, col, 1u << CELL_STR);

	if (!c)
		return SN_EINVAL;
	*out = c->s;
	return SN_OK;
}

/* ---- documents --------------------------------------------------------------- */

sn_error_t sn_doc_new(sn_doc_t **out, const char *command)
{
	sn_doc_t *d = calloc(1, sizeof *d);

	*out = NULL;
	if (d && !(d->command = strdup(command))) {
		free(d);
		d = NULL;
	}
	if (!d)
		return no_memory();
	*out = d;
	return SN_OK;
}

void sn_doc_free(sn_doc_t *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->nmeta; i++) {
		free(d->meta[i].key);
		free(d->meta[i].value.s);
	}
	for (size_t i = 0; i < d->ntables; i++)
		sn_doc_table_free(d->tables[i]);
	free(d->meta);
	free(d->tables);
	free(d->command);
	free(d);
}

/* Appends an entry for `key` (copied) holding `value`; takes ownership of value.s. */
static sn_error_t add_meta(sn_doc_t *d, const char *key, cell_t value)
{
	meta_t *m = realloc(d->meta, (d->nmeta + 1) * sizeof *m);
	char *k = m ? strdup(key) : NULL;

	if (m)
		d->meta = m;
	if (!k) {
		free(value.s);
		return no_memory();
	}
	m[d->nmeta++] = (meta_t){ k, value };
	return SN_OK;
}

sn_error_t sn_doc_vmeta(sn_doc_t *d, const char *key, const char *fmt, va_list ap)
{
	va_list again;
	char *value;
	int n;

	/* Measured, then formatted into our own allocation (vasprintf may hide a failure). */
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	value = n < 0 ? NULL : malloc((size_t)n + 1);
	if (value)
		vsnprintf(value, (size_t)n + 1, fmt, again);
	va_end(again);
	if (!value)
		return no_memory();
	return add_meta(d, key, (cell_t){ .kind = CELL_STR, .s = value });
}

sn_error_t sn_doc_meta(sn_doc_t *d, const char *key, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sn_error_t err = sn_doc_vmeta(d, key, fmt, ap);
	va_end(ap);
	return err;
}

sn_error_t sn_doc_meta_num(sn_doc_t *d, const char *key, double value)
{
	return add_meta(d, key, (cell_t){ .kind = CELL_REAL, .r = value });
}

sn_error_t sn_doc_meta_int(sn_doc_t *d, const char *key, int64_t value)
{
	return add_meta(d, key, (cell_t){ .kind = CELL_INT, .i = value });
}

sn_error_t sn_doc_meta_uint(sn_doc_t *d, const char *key, uint64_t value)
{
	return add_meta(d, key, (cell_t){ .kind = CELL_UINT, .u = value });
}

sn_error_t sn_doc_add_table(sn_doc_t *d, sn_doc_table_t *t)
{
	sn_doc_table_t **ts = realloc(d->tables, (d->ntables + 1) * sizeof *ts);

	if (!ts) {
		sn_doc_table_free(t);
		return no_memory();
	}
	d->tables = ts;
	ts[d->ntables++] = t;
	return SN_OK;
}

size_t sn_doc_ntables(const sn_doc_t *d)
{
	return d->ntables;
}

sn_doc_table_t *sn_doc_table_at(const sn_doc_t *d, size_t i)
{
	return i < d->ntables ? d->tables[i] : NULL;
}

void sn_doc_set_width(sn_doc_t *d, size_t width)
{
	d->width = width;
}

/* The i-th column name of the document, counting through its tables. */
static const char *nth_column(const void *arg, size_t i)
{
	const sn_doc_t *d = arg;

	for (size_t k = 0; k < d->ntables; i -= d->tables[k++]->ncols)
		if (i < d->tables[k]->ncols)
			return d->tables[k]->cols[i].name;
	return NULL;
}

/* "; did you mean 'a'?" for the columns nearest `name`, or "" (also when out of memory). */
static void suggest_column(char *buf, size_t size, const sn_doc_t *d, const char *name)
{
	size_t n = 0, near[3];
	const char *names[3];

	for (size_t k = 0; k < d->ntables; k++)
		n += d->tables[k]->ncols;
	size_t found = sn_suggest(near, 3, name, nth_column, d, n);
	for (size_t i = 0; i < found; i++)
		names[i] = nth_column(d, near[i]);
	sn_suggest_phrase(buf, size, names, found);
}

/* The message for an unknown or repeated column: the valid names of every table. */
static sn_error_t bad_column(const sn_doc_t *d, const char *name, const char *why)
{
	size_t len = 1;

	for (size_t k = 0; k < d->ntables; k++)
		for (size_t j = 0; j < d->tables[k]->ncols; j++)
			len += strlen(d->tables[k]->cols[j].name) + 2;
	char *valid = calloc(len, 1);
	if (!valid)
		return no_memory();
	for (size_t k = 0; k < d->ntables; k++)
		for (size_t j = 0; j < d->tables[k]->ncols; j++) {
			const char *c = d->tables[k]->cols[j].name;
			char *at = strstr(valid, c);
			size_t cl = strlen(c);
			bool seen = false;
			/* A name shared by several tables is listed once. */
			for (; at; at = strstr(at + 1, c))
				seen |= (at == valid || at[-1] == ' ') && (at[cl] == ',' || at[cl] == '\0');
			if (!seen)
				sprintf(valid + strlen(valid), "%s%s", valid[0] ? ", " : "", c);
		}
	char hint[SN_SUGGEST_PHRASE_MAX] = "";
	if (strcmp(why, "unknown") == 0)
		suggest_column(hint, sizeof hint, d, name);
	sn_error_t err = sn_error_set(SN_EINVAL, "%s column '%s'%s (valid: %s)", why, name, hint,
				      valid);
	free(valid);
	return err;
}

sn_error_t sn_doc_select_columns(sn_doc_t *d, const char *const *names, size_t n)
{
	size_t *pick = malloc((n ? n : 1) * sizeof *pick);

	if (!pick)
		return no_memory();
	/* Every name first, so that a bad list changes nothing. */
	for (size_t k = 0; k < n; k++) {
		bool found = false;
		for (size_t t = 0; t < d->ntables; t++)
			found |= column_index(d->tables[t], names[k]) < d->tables[t]->ncols;
		for (size_t e = 0; e < k; e++)
			if (strcmp(names[e], names[k]) == 0) {
				free(pick);
				return bad_column(d, names[k], "repeated");
			}
		if (!found) {
			free(pick);
			return bad_column(d, names[k], "unknown");
		}
	}
	for (size_t t = 0; t < d->ntables; t++) {
		sn_doc_table_t *tab = d->tables[t];
		size_t m = 0;
		for (size_t k = 0; k < n; k++)
			if (column_index(tab, names[k]) < tab->ncols)
				pick[m++] = column_index(tab, names[k]);
		sn_error_t err = m ? table_pick(tab, pick, m) : SN_OK;
		if (err != SN_OK) {
			free(pick);
			return err;
		}
	}
	free(pick);
	return SN_OK;
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
 * The shortest of %.15g, %.16g and %.17g that strtod reads back to `v`, with
 * a '.' whatever the locale (sn__fmt_real); a negative zero stays "-0".
 */
static void format_exact(char *buf, size_t size, double v)
{
	if (v == 0)
		snprintf(buf, size, "%s", signbit(v) ? "-0" : "0");
	else
		sn__fmt_real(buf, v);
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

static size_t width_max(size_t a, size_t b)
{
	return a > b ? a : b;
}

/* Display width of column j's header. */
static size_t width_of_name(const sn_doc_table_t *t, size_t j)
{
	return width(t->cols[j].name);
}

/* The text of `s` cut to `w` >= 1 code points, the last an ellipsis; NULL when out of memory. */
static char *abbreviate(const char *s, size_t w)
{
	const char *end = s;
	size_t n = 0;

	/* Advance over w - 1 code points. */
	while (*end && n < w) {
		n += ((unsigned char)*end & 0xC0) != 0x80;
		if (n < w)
			end++;
	}
	while (*end && ((unsigned char)*end & 0xC0) == 0x80)
		end++;
	char *out = malloc((size_t)(end - s) + sizeof "\u2026");
	if (out)
		sprintf(out, "%.*s\u2026", (int)(end - s), s);
	return out;
}

/* One line of the table format: the shown text[j] padded to w[j], numbers right-aligned. */
static void write_text_row(FILE *fp, const sn_doc_table_t *t, char *const *text, const size_t *w,
			   const bool *shown)
{
	size_t end = t->ncols;
	bool first = true;

	/* Empty trailing cells would leave trailing blanks. */
	while (end > 0 && (!shown[end - 1] || text[end - 1][0] == '\0'))
		end--;
	for (size_t j = 0; j < end; j++) {
		if (!shown[j])
			continue;
		int pad = (int)(w[j] - width(text[j]));
		if (t->cols[j].type == SN_COL_STR)
			fprintf(fp, "%s%s%*s", first ? "" : "  ", text[j], j + 1 < end ? pad : 0, "");
		else
			fprintf(fp, "%s%*s%s", first ? "" : "  ", pad, "", text[j]);
		first = false;
	}
	fputc('\n', fp);
}

/* Width of a line of the shown columns (two blanks between columns). */
static size_t line_width(size_t ncols, const size_t *w, const bool *shown)
{
	size_t sum = 0, n = 0;

	for (size_t j = 0; j < ncols; j++)
		if (shown[j]) {
			sum += w[j];
			n++;
		}
	return n ? sum + 2 * (n - 1) : 0;
}

/*
 * Narrows the widest shown text column, one step at a time, while the line
 * is wider than `width` and some text column is wider than `floor` (and its
 * header: a header is never cut).
 */
static void narrow_text(const sn_doc_table_t *t, size_t width, size_t floor, size_t *w,
			const bool *shown)
{
	while (line_width(t->ncols, w, shown) > width) {
		size_t widest = t->ncols;
		for (size_t j = 0; j < t->ncols; j++) {
			size_t least = width_max(floor, width_of_name(t, j));
			if (shown[j] && t->cols[j].type == SN_COL_STR && w[j] > least &&
			    (widest == t->ncols || w[j] > w[widest]))
				widest = j;
		}
		if (widest == t->ncols)
			return;
		w[widest]--;
	}
}

/*
 * Fits the table into `width` display columns (0: no limit): long text is
 * first cut as far as needed down to FIT_TEXT, then columns of priority > 0
 * are left out, the highest priority first (the rightmost of equals), then
 * text is cut down to FIT_TEXT_MIN.  What still does not fit is shown as is.
 */
enum { FIT_TEXT = 30, FIT_TEXT_MIN = 12 };

static void fit(const sn_doc_table_t *t, size_t width, size_t *w, bool *shown)
{
	if (width == 0)
		return;
	narrow_text(t, width, FIT_TEXT, w, shown);
	while (line_width(t->ncols, w, shown) > width) {
		size_t drop = t->ncols;
		for (size_t j = 0; j < t->ncols; j++)
			if (shown[j] && t->cols[j].priority > 0 &&
			    (drop == t->ncols || t->cols[j].priority >= t->cols[drop].priority))
				drop = j;
		if (drop == t->ncols)
			break;
		shown[drop] = false;
	}
	narrow_text(t, width, FIT_TEXT_MIN, w, shown);
}

/*
 * The note under a table that left columns out: which, and how to see them,
 * within `limit` (names that do not fit are counted: "and 3 more").
 */
static void write_left_out(FILE *fp, const sn_doc_table_t *t, const bool *shown, size_t limit)
{
	static const char head[] = "(left out: ", tail[] = "; --wide or --columns shows them)";
	size_t used = 0, left = 0, room = sizeof "and 999 more";

	for (size_t j = 0; j < t->ncols; j++) {
		if (shown[j])
			continue;
		size_t need = (used ? 2 : sizeof head - 1) + width(t->cols[j].name);
		if (left == 0 && used + need + room + sizeof tail - 1 <= limit) {
			fprintf(fp, "%s%s", used ? ", " : head, t->cols[j].name);
			used += need;
		} else {
			left++;
		}
	}
	if (left && used)
		fprintf(fp, ", and %zu more", left);
	else if (left)
		fprintf(fp, "%s%zu column%s", head, left, left > 1 ? "s" : "");
	if (used || left)
		fprintf(fp, "%s\n", tail);
}

/* Cuts the shown cells wider than their column; -1 when out of memory. */
static int cut_cells(const sn_doc_table_t *t, char **text, const size_t *w, const bool *shown)
{
	for (size_t i = 0; i <= t->nrows; i++)
		for (size_t j = 0; j < t->ncols; j++) {
			char **e = &text[i * t->ncols + j];
			if (!shown[j] || width(*e) <= w[j])
				continue;
			char *cut = abbreviate(*e, w[j]);
			if (!cut)
				return -1;
			free(*e);
			*e = cut;
		}
	return 0;
}

/* The table format with `digits` significant digits, fitted to `width`; -1 when out of memory. */
static int write_table_text(FILE *fp, const sn_doc_table_t *t, int digits, size_t fit_width)
{
	size_t n = (t->nrows + 1) * t->ncols;
	char **text = calloc(n ? n : 1, sizeof *text);
	size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
	bool *shown = malloc(t->ncols ? t->ncols : 1);
	char buf[64];
	int rc = -1;

	if (!text || !w || !shown)
		goto done;
	memset(shown, true, t->ncols);
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
	fit(t, fit_width, w, shown);
	if (cut_cells(t, text, w, shown) != 0)
		goto done;
	if (t->title[0])
		fprintf(fp, "%s\n", t->title);
	for (size_t i = 0; i <= t->nrows; i++)
		write_text_row(fp, t, &text[i * t->ncols], w, shown);
	write_left_out(fp, t, shown, fit_width);
	rc = 0;
done:
	for (size_t k = 0; text && k < n; k++)
		free(text[k]);
	free(text);
	free(w);
	free(shown);
	return rc;
}

/*
 * "key: value" in `width` display columns (0: one line): the value is
 * wrapped at blanks, never cut, and the lines after the first are indented
 * by two blanks; a word wider than the line keeps a line of its own.
 */
static void write_meta_line(FILE *fp, const char *key, const char *value, size_t fit_width)
{
	size_t used = width(key) + 1;  /* "key:" */

	fprintf(fp, "%s:", key);
	if (fit_width == 0 || used + 1 + width(value) <= fit_width) {
		fprintf(fp, " %s\n", value);
		return;
	}
	for (const char *p = value; *p;) {
		size_t n = strcspn(p, " "), wn = 0;
		for (size_t k = 0; k < n; k++)
			wn += ((unsigned char)p[k] & 0xC0) != 0x80;
		if (used > 2 && used + 1 + wn > fit_width) {
			fputs("\n  ", fp);
			used = 2;
		} else {
			fputc(' ', fp);
			used++;
		}
		fwrite(p, 1, n, fp);
		used += wn;
		p += n;
		p += strspn(p, " ");
	}
	fputc('\n', fp);
}

/*
 * The metadata lines of the table format, wrapped to the document's width
 * (whole words, so that grep finds each); -1 when out of memory.
 */
static int write_meta_text(FILE *fp, const sn_doc_t *d, int digits)
{
	char buf[64];

	for (size_t i = 0; i < d->nmeta; i++) {
		char *key = escape_controls(d->meta[i].key);
		char *value = escape_controls(cell_text(&d->meta[i].value, digits, buf, sizeof buf));
		if (key && value)
			write_meta_line(fp, key, value, d->width);
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
	if (!number) {
		sn__csv_field(fp, s, sep, neutralise);
		return;
	}
	for (; *s; s++)
		fputc(*s == '.' ? ',' : *s, fp);
}

static void write_table_delimited(FILE *fp, const sn_doc_table_t *t, char sep)
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

static void json_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	sn__json_escape(fp, s, false);
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
			sn__json_escape(fp, (char[]){ *s, '\0' }, false);
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
static void json_nonfinite(FILE *fp, const sn_doc_t *d)
{
	bool first = true;

	for (size_t i = 0; i < d->nmeta; i++)
		if (is_nonfinite(&d->meta[i].value))
			json_nonfinite_member(fp, &first, "meta", NULL, d->meta[i].key, d->meta[i].value.r);
	for (size_t k = 0; k < d->ntables; k++) {
		const sn_doc_table_t *t = d->tables[k];
		for (size_t i = 0; i < t->nrows; i++)
			for (size_t j = 0; j < t->ncols; j++)
				if (is_nonfinite(&t->cells[i * t->ncols + j]))
					json_nonfinite_member(fp, &first, t->name, &i, t->cols[j].name,
							      t->cells[i * t->ncols + j].r);
	}
	if (!first)
		fputs("\n  }", fp);
}

static bool has_shares(const sn_doc_t *d)
{
	for (size_t k = 0; k < d->ntables; k++)
		for (size_t i = 0; i < d->tables[k]->nrows * d->tables[k]->ncols; i++)
			if (d->tables[k]->cells[i].kind == CELL_SHARE)
				return true;
	return false;
}

static void write_json_meta(FILE *fp, const sn_doc_t *d)
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

static void write_json(FILE *fp, const sn_doc_t *d)
{
	fputs("{\n  \"command\": ", fp);
	json_string(fp, d->command);
	write_json_meta(fp, d);
	for (size_t k = 0; k < d->ntables; k++) {
		const sn_doc_table_t *t = d->tables[k];
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

/* ---- rendering ---------------------------------------------------------------- */

static int render_text(FILE *fp, const sn_doc_t *d, int digits)
{
	if (write_meta_text(fp, d, digits) != 0)
		return -1;
	for (size_t k = 0; k < d->ntables; k++) {
		if (k > 0 || d->nmeta > 0)
			fputc('\n', fp);
		if (write_table_text(fp, d->tables[k], digits, d->width) != 0)
			return -1;
	}
	return 0;
}

static void render_delimited(FILE *fp, const sn_doc_t *d, char sep)
{
	if (sep == ';')
		fputs("\xEF\xBB\xBF", fp);
	for (size_t k = 0; k < d->ntables; k++) {
		/* Several tables in one CSV stream are separated by a blank line. */
		if (k > 0)
			fputc('\n', fp);
		write_table_delimited(fp, d->tables[k], sep);
	}
}

sn_error_t sn_doc_write(sn_writer_t *w, const sn_doc_t *d, sn_format_t f, int digits)
{
	FILE *fp = sn_writer_stream(w);

	switch (f) {
	case SN_FORMAT_TABLE:
		if (render_text(fp, d, digits > 0 ? digits : SN_DOC_DEFAULT_DIGITS) != 0)
			return no_memory();
		break;
	case SN_FORMAT_CSV:
		render_delimited(fp, d, ',');
		break;
	case SN_FORMAT_TSV:
		render_delimited(fp, d, '\t');
		break;
	case SN_FORMAT_EXCEL:
		render_delimited(fp, d, ';');
		break;
	case SN_FORMAT_JSON:
		write_json(fp, d);
		break;
	default:
		return sn_error_set(SN_EINVAL, "unknown output format %d", (int)f);
	}
	return sn_writer_flush(w);
}

static const char *const format_names[] = { "table", "csv", "tsv", "json", "excel" };

const char *sn_format_name(sn_format_t f)
{
	return (unsigned)f < sizeof format_names / sizeof *format_names ? format_names[f] : "?";
}

sn_error_t sn_format_parse(const char *name, sn_format_t *out)
{
	for (size_t f = 0; f < sizeof format_names / sizeof *format_names; f++)
		if (name && strcmp(name, format_names[f]) == 0) {
			*out = (sn_format_t)f;
			return SN_OK;
		}
	return sn_error_set(SN_EINVAL, "unknown format '%s' (table, csv, tsv, json, excel)",
			    name ? name : "");
}
