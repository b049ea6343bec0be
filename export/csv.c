/*
 * export/csv.c: CSV node and edge tables (RFC 4180, comma-separated, a
 * header line, '.' decimal points), for Gephi's data laboratory, Cytoscape,
 * spreadsheets and R.  Nodes: id and every field; edges: source, target
 * (dataset ids), weight and the edge fields.  Missing values are empty.
 */
#include "config.h"

#include "export/model.h"

static void header(FILE *fp, const sn__field_t *f, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		fputc(',', fp);
		sn_csv_field(fp, f[k].name, ',');
	}
	fputc('\n', fp);
}

static void row(FILE *fp, const sn__field_t *f, size_t n, size_t i)
{
	char buf[32];

	for (size_t k = 0; k < n; k++) {
		fputc(',', fp);
		sn_csv_field(fp, sn__field_text(&f[k], i, buf), ',');
	}
	fputc('\n', fp);
}

void sn__csv_table(FILE *fp, const sn__xgraph_t *g, bool edges, const char *ends, size_t lo,
		   size_t hi)
{
	char buf[32];

	if (!edges) {
		fputs("id", fp);
		header(fp, g->vf, g->nvf);
		for (size_t i = lo; i < hi; i++) {
			sn_csv_field(fp, g->id[i], ',');
			row(fp, g->vf, g->nvf, i);
		}
		return;
	}
	fprintf(fp, "%s,weight", ends);
	header(fp, g->ef, g->nef);
	for (size_t e = lo; e < hi; e++) {
		sn_csv_field(fp, g->id[sn__xgraph_src(g, e)], ',');
		fputc(',', fp);
		sn_csv_field(fp, g->id[sn__xgraph_dst(g, e)], ',');
		fprintf(fp, ",%s", sn__fmt_real(buf, sn__xgraph_weight(g, e)));
		row(fp, g->ef, g->nef, e);
	}
}

sn_error_t sn__write_csv(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
			 sn_export_format_t f)
{
	(void)x;
	if (f == SN_EXPORT_CSV_NODES)
		sn__csv_table(fp, g, false, NULL, 0, g->nv);
	else
		sn__csv_table(fp, g, true, "source,target", 0, g->ne);
	return sn__check_stream(fp);
}
