/*
 * Rows of an XLSX sheet.  An XLSX file is a zip of XML parts (ECMA-376):
 * xl/workbook.xml names the sheets and their relationship ids,
 * xl/_rels/workbook.xml.rels maps those to parts, xl/sharedStrings.xml
 * holds the strings cells refer to by index, and each sheet part lists
 * <row r="N"><c r="B2" t="s|inlineStr|str|b|n"><v>..</v><is><t>..</t></is></c>.
 * Parts are read with libxml2's streaming reader straight out of the zip,
 * so a sheet of any length takes memory for one row (and the shared strings).
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include "import/import_private.h"

typedef struct {
	zip_t *zip;
	zip_file_t *zf;
	xmlTextReaderPtr rd;
	char **shared;
	size_t nshared, shared_cap;
	size_t rows_seen;
	const char *path;
	bool header_done;
} xlsx_t;

static sn_error_t nomem(void) { return sn_error_set(SN_ENOMEM, "out of memory"); }

static int zip_read_cb(void *ctx, char *buf, int len)
{
	zip_int64_t n = zip_fread(ctx, buf, (zip_uint64_t)len);
	return n < 0 ? -1 : (int)n;
}

static int zip_close_cb(void *ctx)
{
	(void)ctx;
	return 0;
}

/* Opens part `name` of the zip with a streaming XML reader. */
static sn_error_t open_part(xlsx_t *x, const char *name, zip_file_t **zf, xmlTextReaderPtr *rd)
{
	zip_int64_t idx = zip_name_locate(x->zip, name, 0);

	*zf = NULL;
	*rd = NULL;
	if (idx < 0)
		return sn_error_set(SN_EDATA, "%s: not an XLSX workbook (no %s)", x->path, name);
	if (!(*zf = zip_fopen_index(x->zip, (zip_uint64_t)idx, 0)))
		return sn_error_set(SN_EIO, "%s: cannot open %s (%s)", x->path, name, zip_strerror(x->zip));
	/* No network, no entity expansion: the file is data, not a document to resolve. */
	if (!(*rd = xmlReaderForIO(zip_read_cb, zip_close_cb, *zf, name, NULL,
				   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING))) {
		zip_fclose(*zf);
		*zf = NULL;
		return nomem();
	}
	return SN_OK;
}

static void close_part(zip_file_t *zf, xmlTextReaderPtr rd)
{
	if (rd)
		xmlFreeTextReader(rd);
	if (zf)
		zip_fclose(zf);
}

static bool is_element(xmlTextReaderPtr rd, const char *name)
{
	const xmlChar *n = xmlTextReaderConstLocalName(rd);
	return xmlTextReaderNodeType(rd) == XML_READER_TYPE_ELEMENT && n && strcmp((const char *)n, name) == 0;
}

static bool is_end(xmlTextReaderPtr rd, const char *name)
{
	const xmlChar *n = xmlTextReaderConstLocalName(rd);
	return xmlTextReaderNodeType(rd) == XML_READER_TYPE_END_ELEMENT && n &&
	       strcmp((const char *)n, name) == 0;
}

static sn_error_t read_error(const xlsx_t *x, const char *part)
{
	return sn_error_set(SN_EIO, "%s: %s is damaged (not well-formed XML or a truncated archive)",
			    x->path, part);
}

/* xl/sharedStrings.xml: every <si>'s text runs, phonetic runs (<rPh>) left out. */
static sn_error_t read_shared(xlsx_t *x)
{
	zip_file_t *zf;
	xmlTextReaderPtr rd;
	char *cur = NULL;
	size_t len = 0;
	int rc, rph = 0;
	sn_error_t err;

	if (zip_name_locate(x->zip, "xl/sharedStrings.xml", 0) < 0)
		return SN_OK;
	if ((err = open_part(x, "xl/sharedStrings.xml", &zf, &rd)) != SN_OK)
		return err;
	while ((rc = xmlTextReaderRead(rd)) == 1) {
		if (is_element(rd, "rPh") && !xmlTextReaderIsEmptyElement(rd))
			rph++;
		else if (is_end(rd, "rPh"))
			rph--;
		else if (is_element(rd, "si")) {
			free(cur);
			cur = calloc(1, 1);
			len = 0;
			if (!cur)
				break;
			if (xmlTextReaderIsEmptyElement(rd))
				goto push;
		} else if (is_element(rd, "t") && !rph && cur) {
			xmlChar *t = xmlTextReaderReadString(rd);
			size_t n = t ? strlen((const char *)t) : 0;
			char *c = realloc(cur, len + n + 1);
			if (!c) {
				xmlFree(t);
				break;
			}
			cur = c;
			memcpy(cur + len, t ? (const char *)t : "", n + 1);
			len += n;
			xmlFree(t);
		} else if (is_end(rd, "si")) {
push:
			if (x->nshared == x->shared_cap) {
				size_t cap = x->shared_cap ? 2 * x->shared_cap : 256;
				char **s = realloc(x->shared, cap * sizeof *s);
				if (!s)
					break;
				x->shared = s;
				x->shared_cap = cap;
			}
			x->shared[x->nshared++] = cur;
			cur = NULL;
		}
	}
	free(cur);
	close_part(zf, rd);
	return rc == 0 ? SN_OK : rc < 0 ? read_error(x, "xl/sharedStrings.xml") : nomem();
}

/* The relationship id of sheet `sheet` (NULL: the first) into rid; the sheet names into `names`. */
static sn_error_t find_sheet(xlsx_t *x, const char *sheet, char *rid, size_t size, char *names,
			     size_t nsize)
{
	zip_file_t *zf;
	xmlTextReaderPtr rd;
	int rc;
	sn_error_t err;

	rid[0] = names[0] = '\0';
	if ((err = open_part(x, "xl/workbook.xml", &zf, &rd)) != SN_OK)
		return err;
	while ((rc = xmlTextReaderRead(rd)) == 1 && !rid[0]) {
		if (!is_element(rd, "sheet"))
			continue;
		xmlChar *name = xmlTextReaderGetAttribute(rd, (const xmlChar *)"name");
		xmlChar *id = xmlTextReaderGetAttribute(rd, (const xmlChar *)"r:id");
		if (name && id && (!sheet || strcmp((const char *)name, sheet) == 0))
			snprintf(rid, size, "%s", (const char *)id);
		if (name)
			snprintf(names + strlen(names), nsize - strlen(names), "%s'%s'", names[0] ? ", " : "",
				 (const char *)name);
		xmlFree(name);
		xmlFree(id);
	}
	close_part(zf, rd);
	if (rc < 0)
		return read_error(x, "xl/workbook.xml");
	return SN_OK;
}

/* The part of relationship `rid` ("xl/worksheets/sheet2.xml") into part. */
static sn_error_t sheet_part(xlsx_t *x, const char *rid, char *part, size_t size)
{
	zip_file_t *zf;
	xmlTextReaderPtr rd;
	int rc;
	sn_error_t err;

	part[0] = '\0';
	if ((err = open_part(x, "xl/_rels/workbook.xml.rels", &zf, &rd)) != SN_OK)
		return err;
	while ((rc = xmlTextReaderRead(rd)) == 1 && !part[0]) {
		if (!is_element(rd, "Relationship"))
			continue;
		xmlChar *id = xmlTextReaderGetAttribute(rd, (const xmlChar *)"Id");
		xmlChar *target = xmlTextReaderGetAttribute(rd, (const xmlChar *)"Target");
		if (id && target && strcmp((const char *)id, rid) == 0) {
			const char *t = (const char *)target;
			snprintf(part, size, "%s%s", t[0] == '/' ? "" : "xl/", t[0] == '/' ? t + 1 : t);
		}
		xmlFree(id);
		xmlFree(target);
	}
	close_part(zf, rd);
	if (rc < 0)
		return read_error(x, "xl/_rels/workbook.xml.rels");
	return part[0] ? SN_OK : sn_error_set(SN_EDATA, "%s: no part for sheet %s", x->path, rid);
}

/* The 0-based column of a cell reference "AB12", or -1. */
static long column_of(const char *ref)
{
	long col = 0;
	const char *p = ref;

	for (; *p >= 'A' && *p <= 'Z'; p++)
		col = col * 26 + (*p - 'A' + 1);
	return p == ref || col > 16384 ? -1 : col - 1;
}

/* Reads one <c> element: its text into the record at column `col`. */
static sn_error_t read_cell(sn__rows_t *r, xlsx_t *x, long col)
{
	xmlTextReaderPtr rd = x->rd;
	xmlChar *type = xmlTextReaderGetAttribute(rd, (const xmlChar *)"t");
	const char *t = type ? (const char *)type : "n";
	bool empty = xmlTextReaderIsEmptyElement(rd);
	char *text = NULL;
	sn_error_t err = SN_OK;

	while (!empty && xmlTextReaderRead(rd) == 1 && !is_end(rd, "c")) {
		if (is_element(rd, "v") || is_element(rd, "t")) {
			xmlChar *v = xmlTextReaderReadString(rd);
			size_t old = text ? strlen(text) : 0, n = v ? strlen((const char *)v) : 0;
			char *c = realloc(text, old + n + 1);
			if (!c) {
				xmlFree(v);
				err = nomem();
				break;
			}
			text = c;
			memcpy(text + old, v ? (const char *)v : "", n + 1);
			xmlFree(v);
		}
	}
	while (err == SN_OK && (long)r->nfields <= col)
		err = sn__rows_field_begin(r);
	if (err == SN_OK && text) {
		const char *value = text;
		if (strcmp(t, "s") == 0) {
			char *end;
			unsigned long i = strtoul(text, &end, 10);
			value = *end == '\0' && i < x->nshared ? x->shared[i] : "";
		}
		err = sn__rows_append(r, value, strlen(value));
		r->numeric[col] = strcmp(t, "n") == 0;
	}
	free(text);
	xmlFree(type);
	return err;
}

/* Reads the next <row> into the record: 1, 0 at the end, or a negative error. */
static int read_row(sn__rows_t *r, xlsx_t *x)
{
	xmlTextReaderPtr rd = x->rd;
	int rc;

	while ((rc = xmlTextReaderRead(rd)) == 1) {
		if (!is_element(rd, "row"))
			continue;
		xmlChar *num = xmlTextReaderGetAttribute(rd, (const xmlChar *)"r");
		sn__rows_clear(r);
		r->line = num ? strtoul((const char *)num, NULL, 10) : ++x->rows_seen;
		xmlFree(num);
		if (xmlTextReaderIsEmptyElement(rd))
			continue;
		while ((rc = xmlTextReaderRead(rd)) == 1 && !is_end(rd, "row")) {
			if (!is_element(rd, "c"))
				continue;
			xmlChar *ref = xmlTextReaderGetAttribute(rd, (const xmlChar *)"r");
			long col = ref ? column_of((const char *)ref) : (long)r->nfields;
			xmlFree(ref);
			if (col < 0 || col < (long)r->nfields - 1)
				col = (long)r->nfields;  /* a malformed or out-of-order reference: next column */
			if (read_cell(r, x, col) != SN_OK)
				return SN_ENOMEM;
		}
		if (rc != 1)
			break;
		if (r->nfields == 0)
			continue;
		return sn__rows_finish(r) == SN_OK ? 1 : SN_ENOMEM;
	}
	if (rc < 0)
		return read_error(x, "the sheet");
	return 0;
}

static int xlsx_next(sn__rows_t *r, sn_diag_t *diag)
{
	xlsx_t *x = r->impl;
	int rc;

	(void)diag;
	while ((rc = read_row(r, x)) == 1) {
		/* Trailing empty cells are not stored: pad the row to the header's width. */
		while (r->nfields < r->ncols)
			if (sn__rows_field_begin(r) != SN_OK || sn__rows_finish(r) != SN_OK)
				return SN_ENOMEM;
		bool blank = true;
		for (size_t i = 0; i < r->nfields && blank; i++)
			blank = !r->buf[r->offs[i]];
		if (!blank)
			return 1;
	}
	return rc;
}

static void xlsx_free(void *impl)
{
	xlsx_t *x = impl;

	if (!x)
		return;
	close_part(x->zf, x->rd);
	for (size_t i = 0; i < x->nshared; i++)
		free(x->shared[i]);
	free(x->shared);
	if (x->zip)
		zip_discard(x->zip);
	free(x);
}

static sn_error_t open_sheet(xlsx_t *x, const char *path, const char *sheet)
{
	char rid[128], part[512], names[2048];
	int zerr = 0;
	sn_error_t err;

	if (!(x->zip = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &zerr))) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		sn_error_set(SN_EIO, "%s: not a readable XLSX (zip) file (%s)", path, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return SN_EIO;
	}
	if ((err = find_sheet(x, sheet, rid, sizeof rid, names, sizeof names)) != SN_OK)
		return err;
	if (!rid[0])
		return sn_error_set(SN_EDATA, "%s: no sheet named '%s' (sheets: %s)", path,
				    sheet ? sheet : "", names);
	if ((err = sheet_part(x, rid, part, sizeof part)) != SN_OK || (err = read_shared(x)) != SN_OK)
		return err;
	return open_part(x, part, &x->zf, &x->rd);
}

sn_error_t sn__rows_xlsx(sn__rows_t **out, const char *path, const char *sheet, sn_diag_t *diag)
{
	sn__rows_t *r = calloc(1, sizeof *r);
	xlsx_t *x = calloc(1, sizeof *x);
	char label[4200];
	int rc;
	sn_error_t err;

	*out = NULL;
	snprintf(label, sizeof label, "%s%s%s", path, sheet ? ":" : "", sheet ? sheet : "");
	if (!r || !x || !(r->label = strdup(label))) {
		free(r);
		free(x);
		return nomem();
	}
	x->path = path;
	r->impl = x;
	r->free_impl = xlsx_free;
	r->next = xlsx_next;
	if ((err = open_sheet(x, path, sheet)) != SN_OK) {
		sn__rows_free(r);
		return err;
	}
	if ((rc = read_row(r, x)) <= 0) {
		if (rc == 0)
			sn_diag_add(diag, SN_DIAG_ERROR, label, 1, 0, "empty sheet: no header row");
		sn__rows_free(r);
		return rc < 0 ? (sn_error_t)rc : SN_EDATA;
	}
	if ((err = sn__rows_take_header(r, diag)) != SN_OK) {
		sn__rows_free(r);
		return err;
	}
	*out = r;
	return SN_OK;
}
