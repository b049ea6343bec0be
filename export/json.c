/*
 * export/json.c: node-link JSON as NetworkX's json_graph.node_link_graph and
 * D3's force layout read it: {"directed": false, "multigraph": false,
 * "graph": {...}, "nodes": [{"id": ..., fields}], "links": [{"source": id,
 * "target": id, "weight": w, fields}]}.  Missing values are left out.
 */
#include "config.h"

#include "export/model.h"

static void members(FILE *fp, const sn__field_t *f, size_t n, size_t i)
{
	char buf[32];

	for (size_t k = 0; k < n; k++) {
		if (!sn__field_has(&f[k], i))
			continue;
		fputs(", ", fp);
		sn__json_string(fp, f[k].name);
		fputs(": ", fp);
		if (f[k].type == SN__VAL_STRING)
			sn__json_string(fp, f[k].strings[i]);
		else
			fputs(sn__field_text(&f[k], i, buf), fp);
	}
}

sn_error_t sn__write_json(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
			  sn_export_format_t f)
{
	char buf[32];

	fprintf(fp, "{\"directed\": false, \"multigraph\": false, \"graph\": {\"name\": \"%s\"},\n"
		" \"nodes\": [", g->two_mode ? "two-mode network" : "projection");
	for (size_t i = 0; i < g->nv; i++) {
		fputs(i ? ",\n  {\"id\": " : "\n  {\"id\": ", fp);
		sn__json_string(fp, g->id[i]);
		members(fp, g->vf, g->nvf, i);
		fputc('}', fp);
	}
	fputs("],\n \"links\": [", fp);
	for (size_t e = 0; e < g->ne; e++) {
		fputs(e ? ",\n  {\"source\": " : "\n  {\"source\": ", fp);
		sn__json_string(fp, g->id[sn__xgraph_src(g, e)]);
		fputs(", \"target\": ", fp);
		sn__json_string(fp, g->id[sn__xgraph_dst(g, e)]);
		fprintf(fp, ", \"weight\": %s", sn__fmt_real(buf, sn__xgraph_weight(g, e)));
		members(fp, g->ef, g->nef, e);
		fputc('}', fp);
	}
	fputs("]}\n", fp);
	return sn__check_stream(fp);
}
