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

/* printf-style attribute value (escaped after formatting). */
void sn__xml_attrf(sn__xml_t *x, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Text content of the innermost element, escaped. */
void sn__xml_text(sn__xml_t *x, const char *text);

/* Raw markup or script, written as is (the caller guarantees it is safe). */
void sn__xml_raw(sn__xml_t *x, const char *raw);

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
