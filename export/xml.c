/* export/xml.c: the shared XML writer (export/xml.h). */
#include "config.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "export/xml.h"

/*
 * The bytes sn__xml_escape() must look at: NUL, markup, every control
 * character and 0xEF (the lead byte of U+FFFE and U+FFFF); runs of other
 * bytes are written with one fwrite, which keeps a GraphML file of millions
 * of ties from costing a library call per byte.
 */
static bool special(unsigned char c)
{
	return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0xEF;
}

void sn__xml_escape(FILE *fp, const char *s, bool attribute)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		size_t run = 0;
		while (!special(p[run]))
			run++;
		if (run > 0) {
			fwrite(p, 1, run, fp);
			p += run;
			if (!*p)
				break;
		}
		switch (*p) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&apos;", fp);
			break;
		case '\t':
		case '\n':
			/* Attribute-value normalisation would turn these into spaces. */
			if (attribute)
				fprintf(fp, "&#%d;", *p);
			else
				fputc(*p, fp);
			break;
		case '\r':
			/* A literal CR reads back as LF (end-of-line handling), even in text. */
			fputs("&#13;", fp);
			break;
		default:
			if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
				p += 2;   /* U+FFFE, U+FFFF */
			else if (*p >= 0x20)
				fputc(*p, fp);
		}
	}
}

void sn__xml_init(sn__xml_t *x, FILE *fp, bool declaration)
{
	x->fp = fp;
	x->depth = 0;
	x->tag_open = false;
	x->has_text = false;
	x->indent = true;
	x->html = false;
	if (declaration)
		fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", fp);
}

static void newline(sn__xml_t *x)
{
	if (!x->indent)
		return;
	fputc('\n', x->fp);
	for (int i = 0; i < x->depth; i++)
		fputs("  ", x->fp);
}

static void close_tag(sn__xml_t *x)
{
	if (x->tag_open) {
		fputc('>', x->fp);
		x->tag_open = false;
	}
}

void sn__xml_begin(sn__xml_t *x, const char *tag)
{
	assert(x->depth < SN__XML_DEPTH);
	close_tag(x);
	newline(x);
	fputc('<', x->fp);
	fputs(tag, x->fp);
	x->stack[x->depth++] = tag;
	x->tag_open = true;
	x->has_text = false;
}

void sn__xml_attr(sn__xml_t *x, const char *name, const char *value)
{
	assert(x->tag_open);
	fputc(' ', x->fp);
	fputs(name, x->fp);
	fputs("=\"", x->fp);
	sn__xml_escape(x->fp, value, true);
	fputc('"', x->fp);
}

void sn__xml_attrf(sn__xml_t *x, const char *name, const char *fmt, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	sn__xml_attr(x, name, buf);
}

void sn__xml_text(sn__xml_t *x, const char *text)
{
	close_tag(x);
	sn__xml_escape(x->fp, text, false);
	x->has_text = true;
}

void sn__xml_raw(sn__xml_t *x, const char *raw)
{
	close_tag(x);
	fputs(raw, x->fp);
	x->has_text = true;
}

/* HTML's void elements, which take no end tag. */
static bool is_void(const char *tag)
{
	static const char *const v[] = { "meta", "br", "hr", "img", "input", "link", NULL };

	for (size_t i = 0; v[i]; i++)
		if (strcmp(v[i], tag) == 0)
			return true;
	return false;
}

void sn__xml_end(sn__xml_t *x)
{
	assert(x->depth > 0);
	const char *tag = x->stack[--x->depth];
	if (x->tag_open && x->html && !is_void(tag)) {
		fprintf(x->fp, "></%s>", tag);
		x->tag_open = false;
	} else if (x->tag_open) {
		fputs("/>", x->fp);
		x->tag_open = false;
	} else {
		if (!x->has_text)
			newline(x);
		fputs("</", x->fp);
		fputs(tag, x->fp);
		fputc('>', x->fp);
	}
	x->has_text = false;
	if (x->depth == 0 && x->indent)
		fputc('\n', x->fp);
}

void sn__xml_finish(sn__xml_t *x)
{
	while (x->depth > 0)
		sn__xml_end(x);
}
