/*
 * The table reader: libcsv fed one physical line at a time, so that every
 * row knows the line it starts on; rows are queued and handed out one by
 * one.  Blank lines outside quoted fields never reach libcsv.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <csv.h>

#include "base/progress_private.h"
#include "base/strmap.h"
#include "base/table_private.h"
#include "base/utf8.h"
#include "samnet/table.h"

enum { CHUNK = 65536, DEFAULT_MAX_FIELD = 1 << 20 };

typedef struct {
	char **fields;
	size_t nfields;
	size_t cap;
	size_t line;
	bool bad;          /* a problem was already reported for this row */
} row_t;

struct sn_table {
	FILE *fp;
	char *label;
	sn_table_options_t opts;
	struct csv_parser parser;
	bool parser_live;
	sn_diag_t *diag;     /* borrowed for the duration of a call */

	char **header;
	size_t ncols;
	size_t header_line;  /* physical line the header starts on */

	char *chunk;         /* raw bytes read but not yet split into lines */
	char *linebuf;       /* the physical line being fed */
	size_t linecap;
	size_t chunk_len, chunk_pos;
	bool eof;
	size_t line;         /* physical line being fed */

	row_t building;      /* row being assembled by the callbacks */
	bool in_row;         /* a row has begun and not ended */
	bool line_ended;     /* the last line fed ended with '\n' */
	row_t *queue;        /* complete rows not yet handed out */
	size_t qlen, qcap, qhead;
	row_t current;       /* the row handed out by sn_table_next */
	bool header_done;
	sn_error_t oom;

	size_t bytes;        /* read from the file so far */
	const sn_progress_t *progress;   /* sn__table_report_reading(); NULL: no reports */
	const char *step;
	size_t at, end, total;
};

static void row_clear(row_t *r)
{
	for (size_t i = 0; i < r->nfields; i++)
		free(r->fields[i]);
	r->nfields = 0;
	r->bad = false;
}

static void row_free(row_t *r)
{
	row_clear(r);
	free(r->fields);
	memset(r, 0, sizeof *r);
}

static void report(sn_table_t *t, size_t line, size_t col, const char *fmt, const char *arg)
{
	char msg[512];

	snprintf(msg, sizeof msg, fmt, arg);
	if (sn_diag_add(t->diag, SN_DIAG_ERROR, t->label, line, col, "%s", msg) != SN_OK)
		t->oom = SN_ENOMEM;
}

/*
 * Reports the first character of a field that XML 1.0 cannot hold: refused
 * here, in every input, so that GraphML, GEXF and the report are always
 * well formed and no name is silently changed on the way out.
 */
static bool xml_chars_ok(sn_table_t *t, const char *s, size_t len, bool utf8, size_t col)
{
	unsigned long cp;
	size_t at = sn__xml_forbidden(s, len, utf8, &cp);
	char detail[64];

	if (at == len)
		return true;
	snprintf(detail, sizeof detail, "U+%04lX at byte %zu of the field", cp, at + 1);
	report(t, t->building.line, col, "%s: a character XML 1.0 forbids (GraphML, GEXF and "
	       "the report could not hold it); remove it", detail);
	return false;
}

/* Checks and, when asked, converts one field; returns a new string or NULL. */
static char *clean_field(sn_table_t *t, const char *s, size_t len, size_t col, bool *bad)
{
	size_t max = t->opts.max_field ? t->opts.max_field : DEFAULT_MAX_FIELD;
	char detail[96];
	size_t at;

	if (len > max) {
		snprintf(detail, sizeof detail, "%zu", max);
		report(t, t->building.line, col, "field is longer than the limit of %s bytes", detail);
		*bad = true;
		return NULL;
	}
	if (memchr(s, '\0', len)) {
		report(t, t->building.line, col, "field contains a NUL byte%s", "");
		*bad = true;
		return NULL;
	}
	bool utf8 = sn__utf8_valid(s, len, &at);
	if (!utf8 && !t->opts.latin1) {
		snprintf(detail, sizeof detail, "0x%02X at byte %zu of the field",
			 (unsigned char)s[at], at + 1);
		report(t, t->building.line, col,
		       "invalid UTF-8 (%s); save the file as UTF-8 or read it as Latin-1", detail);
		*bad = true;
		return NULL;
	}
	if (!xml_chars_ok(t, s, len, utf8, col)) {
		*bad = true;
		return NULL;
	}
	if (!utf8)
		return sn__latin1_to_utf8(s, len);
	char *copy = malloc(len + 1);
	if (copy) {
		memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

static void on_field(void *data, size_t len, void *ctx)
{
	sn_table_t *t = ctx;
	row_t *r = &t->building;
	bool bad = false;

	if (r->nfields == r->cap) {
		size_t n = r->cap ? 2 * r->cap : 16;
		char **f = realloc(r->fields, n * sizeof *f);
		if (!f) {
			t->oom = SN_ENOMEM;
			return;
		}
		r->fields = f;
		r->cap = n;
	}
	char *s = r->bad ? NULL : clean_field(t, data ? data : "", data ? len : 0, r->nfields + 1, &bad);
	if (bad)
		r->bad = true;
	else if (!s && !r->bad)
		t->oom = SN_ENOMEM;
	r->fields[r->nfields++] = s;
}

static bool all_empty_from(const row_t *r, size_t from)
{
	for (size_t i = from; i < r->nfields; i++)
		if (r->fields[i] && r->fields[i][0])
			return false;
	return true;
}

static void on_row(int c, void *ctx)
{
	sn_table_t *t = ctx;
	row_t *r = &t->building;
	(void)c;

	t->in_row = false;
	if (r->bad || t->oom) {
		row_clear(r);
		return;
	}
	/* Spreadsheets pad rows with empty cells; only non-empty extras are errors. */
	if (t->header_done && r->nfields != t->ncols &&
	    !(r->nfields > t->ncols && all_empty_from(r, t->ncols))) {
		char detail[96];
		snprintf(detail, sizeof detail, "row has %zu fields, the header has %zu",
			 r->nfields, t->ncols);
		report(t, r->line, r->nfields > t->ncols ? t->ncols + 1 : r->nfields, "%s", detail);
		row_clear(r);
		return;
	}
	if (t->header_done) {
		for (size_t i = t->ncols; i < r->nfields; i++)
			free(r->fields[i]);
		if (r->nfields > t->ncols)
			r->nfields = t->ncols;
	}
	if (t->qlen + t->qhead == t->qcap) {
		size_t n = t->qcap ? 2 * t->qcap : 8;
		row_t *q = realloc(t->queue, n * sizeof *q);
		if (!q) {
			t->oom = SN_ENOMEM;
			row_clear(r);
			return;
		}
		t->queue = q;
		t->qcap = n;
	}
	t->queue[t->qhead + t->qlen++] = *r;
	memset(r, 0, sizeof *r);
}

static int parser_start(sn_table_t *t)
{
	if (csv_init(&t->parser, CSV_APPEND_NULL) != 0)
		return SN_ENOMEM;
	csv_set_delim(&t->parser, (unsigned char)t->opts.separator);
	t->parser_live = true;
	return SN_OK;
}

/*
 * Longest physical line read, as a multiple of the field limit: a line without
 * a line break (a binary file, /dev/zero) must not be buffered without end.
 */
enum { LINE_FIELDS = 64, LINE_OVERLONG = 2 };

static size_t line_limit(const sn_table_t *t)
{
	return LINE_FIELDS * (t->opts.max_field ? t->opts.max_field : DEFAULT_MAX_FIELD);
}

/* Fills the chunk buffer; 0 at the end of the file, or SN_EIO. */
static int read_chunk(sn_table_t *t)
{
	t->chunk_len = fread(t->chunk, 1, CHUNK, t->fp);
	t->chunk_pos = 0;
	t->bytes += t->chunk_len;
	if (t->progress) {
		size_t done = t->at + t->bytes;
		sn__progress(t->progress, t->step, done < t->end ? done : t->end, t->total);
	}
	if (t->chunk_len < CHUNK) {
		if (ferror(t->fp)) {
			int e = errno;
			report(t, 0, 0, "read error: %s", strerror(e));
			return sn_error_set(SN_EIO, "%s: read error: %s", t->label, strerror(e));
		}
		t->eof = true;
	}
	return SN_OK;
}

/*
 * Reads the next physical line (with its '\n') into *line: 1, 0 at EOF, an
 * error, or LINE_OVERLONG when the line exceeds line_limit() (nothing after
 * it is read).
 */
static int read_line(sn_table_t *t, char **line, size_t *len, size_t *cap)
{
	*len = 0;
	for (;;) {
		if (t->chunk_pos == t->chunk_len) {
			int rc;
			if (t->eof)
				return *len > 0;
			if ((rc = read_chunk(t)) != SN_OK)
				return rc;
			if (t->chunk_len == 0)
				return *len > 0;
		}
		const char *start = t->chunk + t->chunk_pos;
		size_t avail = t->chunk_len - t->chunk_pos;
		const char *nl = memchr(start, '\n', avail);
		size_t take = nl ? (size_t)(nl - start) + 1 : avail;
		if (*len + take > line_limit(t)) {
			t->eof = true;
			t->chunk_pos = t->chunk_len;
			return LINE_OVERLONG;
		}
		if (*len + take + 1 > *cap) {
			size_t n = (*len + take + 1) * 2;
			char *b = realloc(*line, n);
			if (!b)
				return SN_ENOMEM;
			*line = b;
			*cap = n;
		}
		memcpy(*line + *len, start, take);
		*len += take;
		t->chunk_pos += take;
		if (nl)
			return 1;
	}
}

static bool is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

/* Feeds lines until a row is queued or the file ends.  Returns 1, 0 or an error. */
static int fill_queue(sn_table_t *t)
{
	size_t len;
	int rc = SN_OK;

	while (t->qlen == 0) {
		rc = read_line(t, &t->linebuf, &len, &t->linecap);
		if (rc < 0)
			return rc;
		if (rc == LINE_OVERLONG) {
			char detail[32];
			snprintf(detail, sizeof detail, "%zu", line_limit(t));
			report(t, t->line + 1, 0,
			       "line is longer than the limit of %s bytes; the rest of the file is not read",
			       detail);
			/* Drop whatever the parser holds, so that nothing of the line becomes a row. */
			row_clear(&t->building);
			t->in_row = false;
			t->line_ended = false;
			csv_free(&t->parser);
			t->parser_live = false;
			if ((rc = parser_start(t)) != SN_OK)
				return rc;
			continue;
		}
		if (rc == 0) {
			if (t->parser_live) {
				/* A row still open after a line break can only be inside quotes. */
				bool open_quote = t->in_row && t->line_ended;
				if (open_quote) {
					char detail[32];
					snprintf(detail, sizeof detail, "%zu", t->building.line);
					report(t, t->building.line, t->building.nfields + 1,
					       "unterminated quoted field (the quote opens on line %s)", detail);
					row_clear(&t->building);
					t->in_row = false;
				} else {
					csv_fini(&t->parser, on_field, on_row, t);
				}
				csv_free(&t->parser);
				t->parser_live = false;
			}
			return t->oom ? t->oom : (t->qlen > 0);
		}
		t->line++;
		t->line_ended = t->linebuf[len - 1] == '\n';
		if (!t->in_row) {
			if (is_blank(t->linebuf, len))
				continue;
			t->in_row = true;
			t->building.line = t->line;
		}
		if (csv_parse(&t->parser, t->linebuf, len, on_field, on_row, t) != len) {
			report(t, t->line, t->building.nfields + 1, "cannot parse the line: %s",
			       csv_strerror(csv_error(&t->parser)));
			csv_free(&t->parser);
			row_clear(&t->building);
			t->in_row = false;
			if ((rc = parser_start(t)) != SN_OK)
				return rc;
		}
		if (t->oom)
			return t->oom;
	}
	return 1;
}

/* Counts candidate separators outside quotes in the header line. */
static char detect_separator(const char *s, size_t len)
{
	size_t comma = 0, semi = 0, tab = 0;
	bool quoted = false;

	for (size_t i = 0; i < len && (quoted || s[i] != '\n'); i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == ',')
			comma++;
		else if (!quoted && s[i] == ';')
			semi++;
		else if (!quoted && s[i] == '\t')
			tab++;
	}
	if (semi > comma && semi >= tab)
		return ';';
	if (tab > comma && tab > semi)
		return '\t';
	return ',';
}

/*
 * Reports empty and repeated column names.  Linear in the header: a hash of
 * the names seen, so that a header of a million columns is checked at once.
 */
static sn_error_t check_header_names(sn_table_t *t)
{
	sn_strmap_t seen;
	sn_error_t err = SN_OK;

	sn__strmap_init(&seen);
	for (size_t i = 0; i < t->ncols; i++) {
		char *name = t->header[i];
		size_t first;
		sn__trim(name);
		if (!name[0]) {
			report(t, t->header_line, i + 1, "empty column name in the header%s", "");
			err = SN_EDATA;
			continue;
		}
		if (sn__strmap_put(&seen, name, i, &first) != SN_OK) {
			err = SN_ENOMEM;
			break;
		}
		if (first != (size_t)-1) {
			report(t, t->header_line, i + 1, "duplicate column name '%s' in the header", name);
			err = SN_EDATA;
		}
	}
	sn__strmap_destroy(&seen);
	return err;
}

static sn_error_t read_header(sn_table_t *t)
{
	int rc;

	if ((rc = read_chunk(t)) != SN_OK)
		return rc;
	const unsigned char *u = (const unsigned char *)t->chunk;
	if (t->chunk_len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		report(t, 1, 0, "the file is UTF-16%s; save it as UTF-8", "");
		return SN_EDATA;
	}
	if (t->chunk_len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		t->chunk_pos = 3;
	if (!t->opts.separator)
		t->opts.separator = detect_separator(t->chunk + t->chunk_pos, t->chunk_len - t->chunk_pos);
	if ((rc = parser_start(t)) != SN_OK)
		return rc;
	if ((rc = fill_queue(t)) < 0)
		return rc;
	if (rc == 0) {
		if (!sn_diag_has_errors(t->diag))
			report(t, 0, 0, "the file is empty: a header row is required%s", "");
		return SN_EDATA;
	}
	row_t *h = &t->queue[t->qhead++];
	t->qlen--;
	t->header = h->fields;
	t->ncols = h->nfields;
	t->header_line = h->line;
	h->fields = NULL;
	t->header_done = true;
	return check_header_names(t);
}

sn_error_t sn_table_open(sn_table_t **out, const char *path, const char *label,
			 const sn_table_options_t *opts, sn_diag_t *diag)
{
	struct stat st;
	sn_table_t *t = NULL;
	sn_error_t err = SN_OK;

	*out = NULL;
	if (!label)
		label = path;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return sn_error_set(SN_EIO, "%s: is a directory, not a CSV file", label);
	t = calloc(1, sizeof *t);
	if (!t || !(t->label = strdup(label)) || !(t->chunk = malloc(CHUNK))) {
		err = sn_error_set(SN_ENOMEM, "out of memory opening %s", label);
		goto done;
	}
	if (opts)
		t->opts = *opts;
	if (t->opts.separator && !strchr(",;\t", t->opts.separator)) {
		err = sn_error_set(SN_EINVAL, "unsupported separator '%c'", t->opts.separator);
		goto done;
	}
	t->diag = diag;
	t->fp = fopen(path, "rb");
	if (!t->fp) {
		int e = errno;
		if (e == ENOENT && lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
			err = sn_error_set(SN_EIO, "%s: a symbolic link to a missing file", label);
		else if (e == ENOMEM)   /* fopen's own buffers: not a problem of the file */
			err = sn_error_set(SN_ENOMEM, "out of memory opening %s", label);
		else
			err = sn_error_set(SN_EIO, "%s: %s", label, strerror(e));
		goto done;
	}
	err = read_header(t);
	if (err == SN_ENOMEM)
		sn_error_set(SN_ENOMEM, "out of memory reading %s", label);
	else if (err == SN_EDATA)
		sn_error_set(SN_EDATA, "%s: the header is unusable", label);
done:
	if (err != SN_OK) {
		sn_table_free(t);
		return err;
	}
	*out = t;
	return SN_OK;
}

void sn_table_free(sn_table_t *t)
{
	if (!t)
		return;
	if (t->fp)
		fclose(t->fp);
	if (t->parser_live)
		csv_free(&t->parser);
	for (size_t i = 0; i < t->ncols; i++)
		free(t->header[i]);
	free(t->header);
	for (size_t i = 0; i < t->qlen; i++)
		row_free(&t->queue[t->qhead + i]);
	free(t->queue);
	row_free(&t->building);
	row_free(&t->current);
	free(t->chunk);
	free(t->linebuf);
	free(t->label);
	free(t);
}

void sn__table_report_reading(sn_table_t *t, const sn_progress_t *p, const char *step, size_t at,
			      size_t end, size_t total)
{
	t->progress = p && p->fn ? p : NULL;
	t->step = step;
	t->at = at;
	t->end = end;
	t->total = total;
}

const char *sn_table_label(const sn_table_t *t) { return t->label; }
char sn_table_separator(const sn_table_t *t) { return t->opts.separator; }
size_t sn_table_ncols(const sn_table_t *t) { return t->ncols; }
const char *sn_table_colname(const sn_table_t *t, size_t col) { return t->header[col]; }
size_t sn_table_line(const sn_table_t *t) { return t->current.line; }
size_t sn_table_header_line(const sn_table_t *t) { return t->header_line; }

const char *sn_table_field(const sn_table_t *t, size_t col)
{
	if (col >= t->current.nfields || !t->current.fields[col])
		return "";
	return t->current.fields[col];
}

long sn_table_find(const sn_table_t *t, const char *name)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (strcmp(t->header[i], name) == 0)
			return (long)i;
	return -1;
}

long sn_table_require(const sn_table_t *t, const char *name, sn_diag_t *diag)
{
	long col = sn_table_find(t, name);

	if (col < 0)
		sn_diag_add(diag, SN_DIAG_ERROR, t->label, t->header_line, 0,
			    "missing required column '%s'", name);
	return col;
}

int sn_table_next(sn_table_t *t, sn_diag_t *diag)
{
	int rc;

	row_clear(&t->current);
	t->diag = diag;
	if ((rc = fill_queue(t)) <= 0) {
		if (rc == SN_ENOMEM)
			sn_error_set(SN_ENOMEM, "out of memory reading %s", t->label);
		return rc;
	}
	row_free(&t->current);
	t->current = t->queue[t->qhead++];
	if (--t->qlen == 0)
		t->qhead = 0;
	return 1;
}
