/*
 * export/graphml.c: GraphML (Brandes et al., graphml.graphdrawing.org) with
 * a typed <key> for every vertex and edge field, as Gephi, Cytoscape,
 * yEd, NetworkX (read_graphml) and igraph (Graph.Read_GraphML) read it.
 * Each node also carries x, y, size, r, g and b (export/viz.c: the layout,
 * a size from the degree, the picture's colour), which Gephi's GraphML
 * reader takes as the node's position, size and colour, as in GEXF; a
 * field of the same name keeps its own value instead.
 */
#include "config.h"

#include <string.h>

#include "base/progress_private.h"
#include "export/model.h"
#include "export/viz.h"
#include "export/xml.h"

static const char *const viz_names[] = { "x", "y", "size", "r", "g", "b" };
enum { NVIZ = 6 };

static const char *graphml_type(sn__valtype_t t)
{
	return t == SN__VAL_INT ? "long" : t == SN__VAL_REAL ? "double" : "string";
}

static void keys(sn__xml_t *x, const sn__field_t *f, size_t n, const char *domain,
		 const char *prefix)
{
	for (size_t k = 0; k < n; k++) {
		sn__xml_begin(x, "key");
		sn__xml_attrf(x, "id", "%s%zu", prefix, k);
		sn__xml_attr(x, "for", domain);
		sn__xml_attr(x, "attr.name", f[k].name);
		sn__xml_attr(x, "attr.type", graphml_type(f[k].type));
		sn__xml_end(x);
	}
}

/* "v12": a key id, without a printf per data element (millions in a large export). */
static const char *key_id(char *buf, const char *prefix, size_t k)
{
	size_t len = strlen(prefix);

	memcpy(buf, prefix, len);
	sn__fmt_int(buf + len, (long long)k);
	return buf;
}

static void data(sn__xml_t *x, const sn__field_t *f, size_t n, size_t i, const char *prefix)
{
	char buf[32], key[32];

	for (size_t k = 0; k < n; k++) {
		if (!sn__field_has(&f[k], i))
			continue;
		sn__xml_begin(x, "data");
		sn__xml_attr(x, "key", key_id(key, prefix, k));
		sn__xml_text(x, sn__field_text(&f[k], i, buf));
		sn__xml_end(x);
	}
}

/* The drawing keys not already taken by a field of the same name. */
static void viz_keys(sn__xml_t *x, const sn__xgraph_t *g, bool *used)
{
	for (size_t k = 0; k < NVIZ; k++) {
		used[k] = sn__xgraph_find(g, viz_names[k]) < 0;
		if (!used[k])
			continue;
		sn__xml_begin(x, "key");
		sn__xml_attr(x, "id", viz_names[k]);
		sn__xml_attr(x, "for", "node");
		sn__xml_attr(x, "attr.name", viz_names[k]);
		sn__xml_attr(x, "attr.type", k < 3 ? "double" : "int");
		sn__xml_end(x);
	}
}

static void viz_data(sn__xml_t *x, const sn__viz_t *viz, const bool *used, size_t i)
{
	unsigned rgb[3];
	char buf[32];

	sn__viz_rgb(viz, i, rgb);
	for (size_t k = 0; k < NVIZ; k++) {
		if (!used[k])
			continue;
		sn__xml_begin(x, "data");
		sn__xml_attr(x, "key", viz_names[k]);
		if (k < 2)
			sn__xml_text(x, sn__fmt_real(buf, 100 * MATRIX(viz->pos, i, k)));
		else if (k == 2)
			sn__xml_text(x, sn__fmt_real(buf, viz->size[i]));
		else {
			snprintf(buf, sizeof buf, "%u", rgb[k - 3]);
			sn__xml_text(x, buf);
		}
		sn__xml_end(x);
	}
}

sn_error_t sn__write_graphml(FILE *fp, const sn__xgraph_t *g, const sn_export_t *ex,
			     sn_export_format_t f)
{
	sn__viz_t viz;
	sn__xml_t x;
	bool used[NVIZ];
	char buf[32];
	sn_error_t err;
	/* Progress "export": vertices and edges written (the layout counts as none). */
	const sn_progress_t *progress = ex && ex->net ? &ex->net->progress : NULL;
	size_t total = g->nv + g->ne;

	sn__progress(progress, "export", 0, total);
	if ((err = sn__viz_build(&viz, g, ex)) != SN_OK)
		return err;

	sn__xml_init(&x, fp, true);
	sn__xml_begin(&x, "graphml");
	sn__xml_attr(&x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
	sn__xml_attr(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
	sn__xml_attr(&x, "xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns "
		     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
	keys(&x, g->vf, g->nvf, "node", "v");
	viz_keys(&x, g, used);
	sn__xml_begin(&x, "key");
	sn__xml_attr(&x, "id", "w");
	sn__xml_attr(&x, "for", "edge");
	sn__xml_attr(&x, "attr.name", "weight");
	sn__xml_attr(&x, "attr.type", "double");
	sn__xml_end(&x);
	keys(&x, g->ef, g->nef, "edge", "e");
	sn__xml_begin(&x, "graph");
	sn__xml_attr(&x, "id", g->two_mode ? "two-mode" : "projection");
	sn__xml_attr(&x, "edgedefault", "undirected");
	for (size_t i = 0; i < g->nv; i++) {
		sn__progress_every(progress, "export", i, total);
		sn__xml_begin(&x, "node");
		sn__xml_attr(&x, "id", g->id[i]);
		data(&x, g->vf, g->nvf, i, "v");
		viz_data(&x, &viz, used, i);
		sn__xml_end(&x);
	}
	for (size_t e = 0; e < g->ne; e++) {
		sn__progress_every(progress, "export", g->nv + e, total);
		sn__xml_begin(&x, "edge");
		sn__xml_attr(&x, "source", g->id[g->src[e]]);
		sn__xml_attr(&x, "target", g->id[g->dst[e]]);
		sn__xml_begin(&x, "data");
		sn__xml_attr(&x, "key", "w");
		sn__xml_text(&x, sn__fmt_real(buf, g->weight[e]));
		sn__xml_end(&x);
		data(&x, g->ef, g->nef, e, "e");
		sn__xml_end(&x);
	}
	sn__xml_finish(&x);
	sn__viz_destroy(&viz);
	sn__progress(progress, "export", total, total);
	return sn__check_stream(fp);
}
