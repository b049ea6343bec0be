/*
 * export/xml.h (private): the one XML writer behind GraphML, GEXF, the SVG
 * pictures and the HTML report.  It indents, closes what it opened and
 * escapes every text and attribute value.
 */
#ifndef SAMNET_EXPORT_XML_H
#define SAMNET_EXPORT_XML_H

#include <stdbool.h>
#include <stdio.h>

enum { SN__XML_DEPTH = 32, SN__XML_BUFFER = 16384 };

/*
 * Output goes through `buf` and reaches `fp` when it fills, at the end of
 * the outermost element, in sn__xml_finish() and in sn__xml_stream(): a
 * GraphML file of millions of ties costs memcpy, not a stdio call per tag.
 */
typedef struct {
	FILE *fp;
	int depth;                        /* open elements */
	const char *stack[SN__XML_DEPTH]; /* their names (borrowed: string literals) */
	bool tag_open;                    /* "<name attrs" written, '>' not yet */
	bool has_text;                    /* the innermost element holds text */
	bool indent;                      /* one element per line */
	bool html;                        /* empty non-void elements as <a></a>, not <a/> */
	size_t len;                       /* bytes waiting in buf */
	char buf[SN__XML_BUFFER];
} sn__xml_t;

/* Starts a writer on `fp`; with `declaration`, writes the XML declaration. */
void sn__xml_init(sn__xml_t *x, FILE *fp, bool declaration);

/* Opens element `tag` (a string literal or longer-lived). */
void sn__xml_begin(sn__xml_t *x, const char *tag);

/* Adds an attribute to the element just opened; `value` is escaped. */
void sn__xml_attr(sn__xml_t *x, const char *name, const char *value);

/* Adds an attribute whose value is escaped already (sn__xml_escape_all()). */
void sn__xml_attr_escaped(sn__xml_t *x, const char *name, const char *escaped);

/*
 * Escapes s[0..n) (NULL as "") as attribute values once, for a writer that repeats them
 * (the ends of millions of ties): out[i] receives the escaped s[i], all of
 * them inside the returned block, which the caller frees (out[] then
 * dangles).  NULL when out of memory.
 */
char *sn__xml_escape_all(const char *const *s, size_t n, const char **out);

/* printf-style attribute value (escaped after formatting). */
void sn__xml_attrf(sn__xml_t *x, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Text content of the innermost element, escaped. */
void sn__xml_text(sn__xml_t *x, const char *text);

/* Raw markup or script, written as is (the caller guarantees it is safe; a number is). */
void sn__xml_raw(sn__xml_t *x, const char *raw);

/*
 * A whole element <tag name="value">text</tag> as the next child of the
 * innermost one, in one call instead of begin, attr, text and end: the
 * leaves of a large file (GraphML's data, millions).  `value` is escaped
 * already (sn__xml_escape_all() or a literal); `text` is escaped here
 * unless `safe` (a number).  Same bytes as the four calls.
 */
void sn__xml_leaf(sn__xml_t *x, const char *tag, const char *name, const char *value,
		  const char *text, bool safe);

/*
 * Markup of whole child elements of the innermost element, written as is:
 * `n` bytes, each child starting with the line break and indentation of
 * its depth as the writer would make them (the caller guarantees both).
 */
void sn__xml_children(sn__xml_t *x, const char *markup, size_t n);

/* Closes the innermost element. */
void sn__xml_end(sn__xml_t *x);

/* Closes every open element and hands the waiting bytes to the stream. */
void sn__xml_finish(sn__xml_t *x);

/*
 * The stream, after the waiting bytes: for a caller that writes to it
 * directly between elements (the report's JSON data block).
 */
FILE *sn__xml_stream(sn__xml_t *x);

#endif
