/* The one CSV/TSV field writer of every table, export and dataset samnet writes. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/csv_field.h"
#include "samnet/table.h"

void sn__csv_field(FILE *fp, const char *s, char sep, bool neutralise)
{
	if (sep == '\t') {
		/* TSV has no quoting: tabs and line breaks become spaces. */
		for (; *s; s++)
			fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, fp);
		return;
	}
	if (!strchr(s, sep) && !strpbrk(s, "\"\r\n")) {
		if (neutralise)
			fputc('\'', fp);
		fputs(s, fp);
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

void sn_csv_field(FILE *fp, const char *s, char sep)
{
	sn__csv_field(fp, s, sep, false);
}
