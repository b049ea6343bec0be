/*
 * export/xml.h (private): the one XML writer behind GraphML, GEXF, the SVG
 * pictures and the HTML report.  It indents, closes what it opened and
 * escapes every text and attribute value.
 */
#ifndef SAMNET_EXPORT_XML_H
#define SAMNET_EXPORT_XML_H

#include <stdbool.h>
#include <stdio.h>

enum { SN__XML_DEPTH = 32 };

typedef struct {
	FILE *fp;
	int depth;                        /* open elements */
	const char *stack[SN__XML_DEPTH]; /* their names (borrowed: string literals) */
	bool tag_open;                    /* "<name attrs" written, '>' not yet */
	bool has_text;                    /* the innermost element holds text */
	bool indent;                      /* one element per line */
	bool html;                        /* empty non-void elements as <a></a>, not <a/> */
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

/* Closes every open element. */
void sn__xml_finish(sn__xml_t *x);

/*
 * Writes `s` escaped for XML 1.0: & < > " ' as entities, CR (and in
 * attributes tab and LF too) as character references, so that they read
 * back unchanged.  The characters XML 1.0 cannot hold (C0 controls other
 * than tab, LF and CR; U+FFFE, U+FFFF) are dropped: the table reader refuses
 * them in every input file (samnet/table.h), so only a caller that builds
 * its strings some other way can meet this.
 */
void sn__xml_escape(FILE *fp, const char *s, bool attribute);

#endif
