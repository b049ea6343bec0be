/*
 * export/gml.c: GML (Himsolt 1997), as NetworkX's read_gml and igraph's
 * Graph.Read_GML read it.  The GML report asks for 7-bit ASCII with other
 * characters written as character references, and NetworkX rejects
 * anything else, so "Malmö" is written "Malm&#246;" (NetworkX decodes it;
 * igraph 0.10 decodes only &quot; &amp; &lt; &gt; &apos; and keeps the
 * rest as written).  Node ids are 0..n-1; the dataset id is the label,
 * which NetworkX uses as the node name.  Keys may hold letters, digits and
 * '_' only; other characters of an attribute name become '_'.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "export/model.h"

/* Decodes one UTF-8 sequence at *p (valid input: the dataset checked it). */
static uint32_t utf8_next(const unsigned char **p)
{
	const unsigned char *s = *p;
	uint32_t c = s[0];
	int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;

	if (extra)
		c &= 0x3F >> extra;
	int i = 1;

	for (; i <= extra && (s[i] & 0xC0) == 0x80; i++)
		c = (c << 6) | (s[i] & 0x3F);
	*p = s + i;
	return c;
}

static void gml_string(FILE *fp, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;

	fputc('"', fp);
	while (*p) {
		uint32_t c = utf8_next(&p);
		if (c == '"')
			fputs("&quot;", fp);
		else if (c == '&')
			fputs("&amp;", fp);
		else if (c >= 0x80 || c < 0x20)
			fprintf(fp, "&#%u;", (unsigned)c);
		else
			fputc((int)c, fp);
	}
	fputc('"', fp);
}

static void gml_key(FILE *fp, const char *name)
{
	if (!isalpha((unsigned char)name[0]))
		fputc('a', fp);
	for (const char *p = name; *p; p++)
		fputc(isalnum((unsigned char)*p) ? *p : '_', fp);
}

/* A real with a '.' or an exponent after a mantissa with '.', as GML's grammar wants. */
static void gml_real(FILE *fp, double v)
{
	char buf[40], *e;

	sn__fmt_real(buf, v);
	if (strchr(buf, '.')) {
		fputs(buf, fp);
	} else if ((e = strchr(buf, 'e'))) {
		fprintf(fp, "%.*s.0%s", (int)(e - buf), buf, e);
	} else {
		fprintf(fp, "%s.0", buf);
	}
}

static void fields(FILE *fp, const sn__field_t *f, size_t n, size_t i)
{
	for (size_t k = 0; k < n; k++) {
		if (!sn__field_has(&f[k], i))
			continue;
		fputs("    ", fp);
		gml_key(fp, f[k].name);
		fputc(' ', fp);
		if (f[k].type == SN__VAL_INT)
			fprintf(fp, "%lld", (long long)sn__field_int(&f[k], i));
		else if (f[k].type == SN__VAL_REAL)
			gml_real(fp, f[k].reals[i]);
		else
			gml_string(fp, f[k].strings[i]);
		fputc('\n', fp);
	}
}

sn_error_t sn__write_gml(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
			 sn_export_format_t f)
{
	fprintf(fp, "graph [\n  directed 0\n  name \"%s\"\n",
		g->two_mode ? "two-mode network" : "projection");
	for (size_t i = 0; i < g->nv; i++) {
		fprintf(fp, "  node [\n    id %zu\n    label ", i);
		gml_string(fp, g->id[i]);
		fputc('\n', fp);
		fields(fp, g->vf, g->nvf, i);
		fputs("  ]\n", fp);
	}
	for (size_t e = 0; e < g->ne; e++) {
		fprintf(fp, "  edge [\n    source %lld\n    target %lld\n    weight ",
			(long long)sn__xgraph_src(g, e), (long long)sn__xgraph_dst(g, e));
		gml_real(fp, sn__xgraph_weight(g, e));
		fputc('\n', fp);
		fields(fp, g->ef, g->nef, e);
		fputs("  ]\n", fp);
	}
	fputs("]\n", fp);
	return sn__check_stream(fp);
}
