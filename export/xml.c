/* export/xml.c: the shared XML writer (export/xml.h). */
#include "config.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "export/xml.h"

static void flush(sn__xml_t *x)
{
	if (x->len > 0)
		fwrite(x->buf, 1, x->len, x->fp);
	x->len = 0;
}

static void put(sn__xml_t *x, const char *s, size_t n)
{
	if (n == 0)
		return;   /* s may be NULL then (an empty block) */
	if (x->len + n > sizeof x->buf) {
		flush(x);
		if (n > sizeof x->buf) {
			fwrite(s, 1, n, x->fp);
			return;
		}
	}
	memcpy(x->buf + x->len, s, n);
	x->len += n;
}

static void puts_x(sn__xml_t *x, const char *s)
{
	put(x, s, strlen(s));
}

static void putc_x(sn__xml_t *x, char c)
{
	if (x->len == sizeof x->buf)
		flush(x);
	x->buf[x->len++] = c;
}

/*
 * The bytes escape() must look at: NUL, markup, every control character and
 * 0xEF (the lead byte of U+FFFE and U+FFFF); runs of other bytes are copied
 * at once.
 */
static bool special(unsigned char c)
{
	return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0xEF;
}

/*
 * Writes `s` escaped for XML 1.0: & < > " ' as entities, CR (and in
 * attributes tab and LF too) as character references, so that they read
 * back unchanged.  The characters XML 1.0 cannot hold (C0 controls other
 * than tab, LF and CR; U+FFFE, U+FFFF) are dropped: the table reader refuses
 * them in every input file (samnet/table.h), so only a caller that builds
 * its strings some other way can meet this.
 */
static void escape(sn__xml_t *x, const char *s, bool attribute)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		size_t run = 0;
		while (!special(p[run]))
			run++;
		if (run > 0) {
			put(x, (const char *)p, run);
			p += run;
			if (!*p)
				break;
		}
		switch (*p) {
		case '&':
			puts_x(x, "&amp;");
			break;
		case '<':
			puts_x(x, "&lt;");
			break;
		case '>':
			puts_x(x, "&gt;");
			break;
		case '"':
			puts_x(x, "&quot;");
			break;
		case '\'':
			puts_x(x, "&apos;");
			break;
		case '\t':
		case '\n':
			/* Attribute-value normalisation would turn these into spaces. */
			if (attribute)
				puts_x(x, *p == '\t' ? "&#9;" : "&#10;");
			else
				putc_x(x, (char)*p);
			break;
		case '\r':
			/* A literal CR reads back as LF (end-of-line handling), even in text. */
			puts_x(x, "&#13;");
			break;
		default:
			if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
				p += 2;   /* U+FFFE, U+FFFF */
			else if (*p >= 0x20)
				putc_x(x, (char)*p);
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
	x->len = 0;
	if (declaration)
		puts_x(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
}

static void newline(sn__xml_t *x)
{
	if (!x->indent)
		return;
	putc_x(x, '\n');
	for (int i = 0; i < x->depth; i++)
		put(x, "  ", 2);
}

static void close_tag(sn__xml_t *x)
{
	if (x->tag_open) {
		putc_x(x, '>');
		x->tag_open = false;
	}
}

void sn__xml_begin(sn__xml_t *x, const char *tag)
{
	assert(x->depth < SN__XML_DEPTH);
	close_tag(x);
	newline(x);
	putc_x(x, '<');
	puts_x(x, tag);
	x->stack[x->depth++] = tag;
	x->tag_open = true;
	x->has_text = false;
}

void sn__xml_attr(sn__xml_t *x, const char *name, const char *value)
{
	assert(x->tag_open);
	putc_x(x, ' ');
	puts_x(x, name);
	put(x, "=\"", 2);
	escape(x, value, true);
	putc_x(x, '"');
}
void sn__xml_attr_escaped(sn__xml_t *x, const char *name, const char *escaped)
{
	assert(x->tag_open);
	putc_x(x, ' ');
	puts_x(x, name);
	put(x, "=\"", 2);
	puts_x(x, escaped);
	putc_x(x, '"');
}

void sn__xml_leaf(sn__xml_t *x, const char *tag, const char *name, const char *value,
		  const char *text, bool safe)
{
	size_t tag_len = strlen(tag);

	assert(x->depth < SN__XML_DEPTH);
	close_tag(x);
	newline(x);
	putc_x(x, '<');
	put(x, tag, tag_len);
	putc_x(x, ' ');
	puts_x(x, name);
	put(x, "=\"", 2);
	puts_x(x, value);
	put(x, "\">", 2);
	if (safe)
		puts_x(x, text);
	else
		escape(x, text, false);
	put(x, "</", 2);
	put(x, tag, tag_len);
	putc_x(x, '>');
	x->has_text = false;
}

void sn__xml_children(sn__xml_t *x, const char *markup, size_t n)
{
	close_tag(x);
	put(x, markup, n);
	x->has_text = false;
}

char *sn__xml_escape_all(const char *const *s, size_t n, const char **out)
{
	char *block = NULL;
	size_t size = 0, *at = malloc((n + 1) * sizeof *at);
	FILE *fp = at ? open_memstream(&block, &size) : NULL;
	sn__xml_t *x = fp ? malloc(sizeof *x) : NULL;
	bool ok = x != NULL;

	if (ok) {
		sn__xml_init(x, fp, false);
		for (size_t i = 0; i < n; i++) {
			at[i] = (size_t)ftell(fp) + x->len;
			escape(x, s[i] ? s[i] : "", true);
			putc_x(x, '\0');
		}
		flush(x);
		ok = fflush(fp) == 0 && !ferror(fp);
	}
	if (fp && fclose(fp) != 0)
		ok = false;
	if (ok)
		for (size_t i = 0; i < n; i++)
			out[i] = block + at[i];
	else {
		free(block);
		block = NULL;
	}
	free(x);
	free(at);
	return block;
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
	escape(x, text, false);
	x->has_text = true;
}

void sn__xml_raw(sn__xml_t *x, const char *raw)
{
	close_tag(x);
	puts_x(x, raw);
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
		put(x, "></", 3);
		puts_x(x, tag);
		putc_x(x, '>');
		x->tag_open = false;
	} else if (x->tag_open) {
		put(x, "/>", 2);
		x->tag_open = false;
	} else {
		if (!x->has_text)
			newline(x);
		put(x, "</", 2);
		puts_x(x, tag);
		putc_x(x, '>');
	}
	x->has_text = false;
	if (x->depth == 0) {
		if (x->indent)
			putc_x(x, '\n');
		flush(x);
	}
}

void sn__xml_finish(sn__xml_t *x)
{
	while (x->depth > 0)
		sn__xml_end(x);
	flush(x);
}

FILE *sn__xml_stream(sn__xml_t *x)
{
	flush(x);
	return x->fp;
}
