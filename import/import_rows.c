/*
 * Rows of the importers' inputs.  The CSV reader here follows Python's
 * non-strict csv module rather than RFC 4180, because CORDIS needs it:
 * CORDIS fields such as `objective` open with a doubled quote,
 *     ;""The proposed action ""Support"" ..."";
 * A strict reader rejects the row; libcsv, in its non-strict mode, takes the
 * doubled quotes as escapes and then swallows the following separators into
 * the field, so every later column shifts.  Python (and therefore the
 * published parsers) ends quoting at a quote that is followed by neither a
 * separator, a line end nor a second quote, and reads the rest of the field
 * literally.  This reader does the same; quoted fields may hold line breaks.
 * tests/data/import/cordis holds the trap and check_import tests it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "import/import_private.h"

enum { CHUNK = 1 << 16, MAX_FIELD = 1 << 20 };

typedef enum { START_FIELD, IN_FIELD, IN_QUOTED, QUOTE_IN_QUOTED } csv_state_t;

typedef struct {
	sn__src_t *src;
	char sep;
	char chunk[CHUNK];
	size_t pos, end;
	bool eof, after_cr;
	size_t phys_line;      /* 1-based line of the next byte */
} csv_t;

static sn_error_t nomem(void) { return sn_error_set(SN_ENOMEM, "out of memory"); }

/* ---- the record buffer ---------------------------------------------------------- */

sn_error_t sn__rows_append(sn__rows_t *r, const char *s, size_t n)
{
	if (r->len + n + 1 > r->cap) {
		size_t cap = r->cap ? r->cap : 4096;
		while (cap < r->len + n + 1)
			cap *= 2;
		char *b = realloc(r->buf, cap);
		if (!b)
			return nomem();
		r->buf = b;
		r->cap = cap;
	}
	memcpy(r->buf + r->len, s, n);
	r->len += n;
	return SN_OK;
}

sn_error_t sn__rows_field_begin(sn__rows_t *r)
{
	if (r->nfields && sn__rows_append(r, "", 1) != SN_OK)
		return SN_ENOMEM;
	if (r->nfields == r->offs_cap) {
		size_t cap = r->offs_cap ? 2 * r->offs_cap : 64;
		size_t *o = realloc(r->offs, cap * sizeof *o);
		bool *nm = realloc(r->numeric, cap * sizeof *nm);
		if (o)
			r->offs = o;
		if (nm)
			r->numeric = nm;
		if (!o || !nm)
			return nomem();
		r->offs_cap = cap;
	}
	r->numeric[r->nfields] = false;
	r->offs[r->nfields++] = r->len;
	return SN_OK;
}

void sn__rows_clear(sn__rows_t *r)
{
	r->len = 0;
	r->nfields = 0;
}

sn_error_t sn__rows_finish(sn__rows_t *r)
{
	if (sn__rows_append(r, "", 1) != SN_OK)
		return SN_ENOMEM;
	r->len--;
	r->buf[r->len] = '\0';
	for (size_t i = 0; i < r->nfields; i++) {
		char *f = r->buf + r->offs[i];
		size_t n = strlen(f);
		while (n && (f[n - 1] == ' ' || f[n - 1] == '\t' || f[n - 1] == '\r'))
			f[--n] = '\0';
		while (*f == ' ' || *f == '\t')
			f++, r->offs[i]++;
	}
	return SN_OK;
}

sn_error_t sn__rows_take_header(sn__rows_t *r, sn_diag_t *diag)
{
	if (!(r->names = calloc(r->nfields ? r->nfields : 1, sizeof *r->names)))
		return nomem();
	r->ncols = r->nfields;
	for (size_t i = 0; i < r->nfields; i++) {
		const char *f = r->buf + r->offs[i];
		char *n = malloc(strlen(f) + 1), *o = n;
		if (!n)
			return nomem();
		/* Header apostrophes may be U+2019 (keep.eu's "Partner’s ID"): read as '. */
		for (const char *p = f; *p; p++) {
			if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
			    (unsigned char)p[2] == 0x99) {
				*o++ = '\'';
				p += 2;
			} else {
				*o++ = *p;
			}
		}
		*o = '\0';
		r->names[i] = n;
	}
	if (r->ncols == 0 || (r->ncols == 1 && !r->names[0][0])) {
		sn_diag_add(diag, SN_DIAG_ERROR, r->label, 1, 0, "empty file: no header row");
		return SN_EDATA;
	}
	return SN_OK;
}

/* ---- the CSV state machine --------------------------------------------------------- */

static int csv_byte(csv_t *c, char *out)
{
	if (c->pos == c->end) {
		if (c->eof)
			return 0;
		long n = sn__src_read(c->src, c->chunk, CHUNK);
		if (n < 0)
			return SN_EIO;
		if (n == 0) {
			c->eof = true;
			return 0;
		}
		c->pos = 0;
		c->end = (size_t)n;
	}
	*out = c->chunk[c->pos++];
	return 1;
}

/* Reads one record; 1, 0 at the end, or a negative error.  Blank lines are skipped. */
static int csv_record(sn__rows_t *r, csv_t *c, sn_diag_t *diag)
{
	csv_state_t st = START_FIELD;
	char ch;
	int got;
	size_t field_len = 0;

	for (;;) {
		sn__rows_clear(r);
		r->line = c->phys_line;
		if (sn__rows_field_begin(r) != SN_OK)
			return SN_ENOMEM;
		st = START_FIELD;
		field_len = 0;
		for (;;) {
			if ((got = csv_byte(c, &ch)) < 0)
				return got;
			if (got == 0) {
				if (st == IN_QUOTED) {
					sn_diag_add(diag, SN_DIAG_ERROR, r->label, r->line, r->nfields,
						    "unterminated quoted field (the file ends inside it)");
					return 0;
				}
				if (r->nfields == 1 && r->len == r->offs[0])
					return 0;
				break;
			}
			bool crlf = c->after_cr && ch == '\n';
			c->after_cr = ch == '\r';
			if (ch == '\r' || (ch == '\n' && !crlf))
				c->phys_line++;
			if (crlf && st != IN_QUOTED)
				continue;  /* the LF of a CRLF whose CR ended the record */
			bool eol = ch == '\n' || ch == '\r';
			if (st == IN_QUOTED) {
				if (ch == '"') {
					st = QUOTE_IN_QUOTED;
					continue;
				}
			} else if (ch == c->sep || eol) {
				if (eol)
					break;
				if (sn__rows_field_begin(r) != SN_OK)
					return SN_ENOMEM;
				st = START_FIELD;
				field_len = 0;
				continue;
			} else if (st == START_FIELD && ch == '"') {
				st = IN_QUOTED;
				continue;
			} else if (st == QUOTE_IN_QUOTED) {
				if (ch == '"') {
					st = IN_QUOTED;
				} else {
					st = IN_FIELD;  /* Python's non-strict rule: the rest is literal */
				}
			} else {
				st = IN_FIELD;
			}
			if (++field_len > MAX_FIELD) {
				sn_diag_add(diag, SN_DIAG_ERROR, r->label, r->line, r->nfields,
					    "field longer than 1 MiB");
				return SN_EDATA;
			}
			if (sn__rows_append(r, &ch, 1) != SN_OK)
				return SN_ENOMEM;
		}
		if (r->nfields == 1 && r->len == r->offs[0])
			continue;  /* a blank line */
		return sn__rows_finish(r) == SN_OK ? 1 : SN_ENOMEM;
	}
}

/* Detects the separator of the header line in the first chunk: the most frequent of , ; tab. */
static char detect_sep(const char *s, size_t n)
{
	size_t count[3] = { 0, 0, 0 };
	bool quoted = false;

	for (size_t i = 0; i < n && (quoted || (s[i] != '\n' && s[i] != '\r')); i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted)
			count[0] += s[i] == ',', count[1] += s[i] == ';', count[2] += s[i] == '\t';
	}
	return count[1] > count[0] && count[1] >= count[2] ? ';' : count[2] > count[0] ? '\t' : ',';
}

static void csv_free(void *impl)
{
	csv_t *c = impl;

	if (c)
		sn__src_free(c->src);
	free(c);
}

static int csv_next(sn__rows_t *r, sn_diag_t *diag)
{
	csv_t *c = r->impl;

	for (;;) {
		int rc = csv_record(r, c, diag);
		size_t bad;
		if (rc <= 0)
			return rc;
		if (!sn__utf8_valid(r->buf, r->len, &bad)) {
			sn_diag_add(diag, SN_DIAG_ERROR, r->label, r->line, 0,
				    "invalid UTF-8 (byte %zu of the row); row skipped", bad + 1);
			continue;
		}
		if (r->nfields != r->ncols) {
			sn_diag_add(diag, SN_DIAG_ERROR, r->label, r->line, r->nfields,
				    "%zu fields where the header has %zu; row skipped", r->nfields, r->ncols);
			continue;
		}
		return 1;
	}
}

sn_error_t sn__rows_open(sn__rows_t **out, sn__src_t *src, const char *label, char sep,
			 sn_diag_t *diag)
{
	sn__rows_t *r = calloc(1, sizeof *r);
	csv_t *c = calloc(1, sizeof *c);
	int rc;

	*out = NULL;
	if (!r || !c || !(r->label = strdup(label))) {
		free(r);
		free(c);
		sn__src_free(src);
		return nomem();
	}
	c->src = src;
	c->phys_line = 1;
	r->impl = c;
	r->free_impl = csv_free;
	r->next = csv_next;
	long n = sn__src_read(src, c->chunk, CHUNK);
	if (n < 0) {
		sn__rows_free(r);
		return SN_EIO;
	}
	c->end = (size_t)n;
	c->eof = n == 0;
	if (c->end >= 3 && memcmp(c->chunk, "\xEF\xBB\xBF", 3) == 0)
		c->pos = 3;
	c->sep = sep ? sep : detect_sep(c->chunk + c->pos, c->end - c->pos);
	rc = csv_record(r, c, diag);
	if (rc < 0 || (rc == 0 && (sn_diag_add(diag, SN_DIAG_ERROR, label, 1, 0,
						"empty file: no header row"), true))) {
		sn__rows_free(r);
		return rc < 0 ? (sn_error_t)rc : SN_EDATA;
	}
	if ((rc = sn__rows_take_header(r, diag)) != SN_OK) {
		sn__rows_free(r);
		return (sn_error_t)rc;
	}
	*out = r;
	return SN_OK;
}

/* ---- the common interface ------------------------------------------------------------ */

void sn__rows_free(sn__rows_t *r)
{
	if (!r)
		return;
	if (r->free_impl)
		r->free_impl(r->impl);
	for (size_t i = 0; r->names && i < r->ncols; i++)
		free(r->names[i]);
	free(r->names);
	free(r->buf);
	free(r->offs);
	free(r->numeric);
	free(r->label);
	free(r);
}

int sn__rows_next(sn__rows_t *r, sn_diag_t *diag) { return r->next(r, diag); }
size_t sn__rows_ncols(const sn__rows_t *r) { return r->ncols; }
const char *sn__rows_colname(const sn__rows_t *r, size_t col) { return r->names[col]; }
size_t sn__rows_line(const sn__rows_t *r) { return r->line; }
const char *sn__rows_label(const sn__rows_t *r) { return r->label; }

long sn__rows_find(const sn__rows_t *r, const char *name)
{
	for (size_t i = 0; i < r->ncols; i++)
		if (strcmp(r->names[i], name) == 0)
			return (long)i;
	return -1;
}

long sn__rows_require(const sn__rows_t *r, const char *name, sn_diag_t *diag)
{
	long c = sn__rows_find(r, name);

	if (c < 0)
		sn_diag_add(diag, SN_DIAG_ERROR, r->label, 1, 0, "missing required column '%s'", name);
	return c;
}

bool sn__rows_columns(const sn__rows_t *r, const sn__col_t *cols, size_t n, sn_diag_t *diag)
{
	bool all = true;

	for (size_t i = 0; i < n; i++) {
		*cols[i].col = cols[i].required ? sn__rows_require(r, cols[i].name, diag)
						: sn__rows_find(r, cols[i].name);
		all &= !cols[i].required || *cols[i].col >= 0;
	}
	return all;
}

const char *sn__rows_get(const sn__rows_t *r, long col)
{
	if (col < 0 || (size_t)col >= r->nfields)
		return "";
	return r->buf + r->offs[col];
}

bool sn__rows_numeric(const sn__rows_t *r, long col)
{
	return col >= 0 && (size_t)col < r->nfields && r->numeric[col];
}
