/*
 * export/dot.c: Graphviz DOT, an undirected "graph" whose node names are the
 * dataset ids (quoted), with label = the display name and every field as a
 * quoted attribute.  Graphviz's dot layout wants integer edge weights, so
 * `weight` holds the tie weight rounded up to an integer (at least 1) and
 * `strength` the exact value; `penwidth` grows with the weight.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "export/model.h"

static void dot_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', fp);
		if (*s == '\n')
			fputs("\\n", fp);
		else if (*s != '\r')
			fputc(*s, fp);
	}
	fputc('"', fp);
}

static void attrs(FILE *fp, const sn__field_t *f, size_t n, size_t i)
{
	char buf[32];

	for (size_t k = 0; k < n; k++) {
		if (!sn__field_has(&f[k], i))
			continue;
		fputs(", ", fp);
		dot_string(fp, f[k].name);
		fputc('=', fp);
		dot_string(fp, sn__field_text(&f[k], i, buf));
	}
}

sn_error_t sn__write_dot(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
			 sn_export_format_t f)
{
	double maxw = 0;
	long kind = sn__xgraph_find(g, "kind");
	char buf[32];

	for (size_t e = 0; e < g->ne; e++)
		maxw = sn__xgraph_weight(g, e) > maxw ? sn__xgraph_weight(g, e) : maxw;
	fprintf(fp, "graph \"%s\" {\n  graph [overlap=false, splines=true];\n"
		"  node [shape=ellipse, fontname=\"Helvetica\"];\n",
		g->two_mode ? "two-mode network" : "projection");
	for (size_t i = 0; i < g->nv; i++) {
		fputs("  ", fp);
		dot_string(fp, g->id[i]);
		fputs(" [label=", fp);
		dot_string(fp, g->label[i]);
		if (kind >= 0 && strcmp(g->vf[kind].strings[i], "project") == 0)
			fputs(", shape=box", fp);
		attrs(fp, g->vf, g->nvf, i);
		fputs("];\n", fp);
	}
	for (size_t e = 0; e < g->ne; e++) {
		double w = sn__xgraph_weight(g, e);
		fputs("  ", fp);
		dot_string(fp, g->id[sn__xgraph_src(g, e)]);
		fputs(" -- ", fp);
		dot_string(fp, g->id[sn__xgraph_dst(g, e)]);
		fprintf(fp, " [weight=%lld, ", (long long)(ceil(w) < 1 ? 1 : ceil(w)));
		fprintf(fp, "strength=\"%s\", ", sn__fmt_real(buf, w));
		fprintf(fp, "penwidth=\"%s\"", sn__fmt_real(buf, maxw > 0 ? 1 + 3 * w / maxw : 1));
		attrs(fp, g->ef, g->nef, e);
		fputs("];\n", fp);
	}
	fputs("}\n", fp);
	return sn__check_stream(fp);
}
