/*
 * export/gexf.c: GEXF 1.3 (gexf.net), Gephi's own format, which igraph's C
 * core cannot write.  Attributes are declared with their types, every edge
 * has an explicit weight and each undirected pair appears once, so that
 * Gephi neither resets weights to 1 nor merges duplicate edges.  Positions
 * come from the layout (viz:position), sizes from the degree, colours
 * (viz:color) from the category the SVG picture uses: --attribute, else
 * community when present, else type; so Gephi opens the file laid out
 * and coloured as the picture is.
 */
#include "config.h"


#include "export/model.h"
#include "export/viz.h"
#include "export/xml.h"

static const char *gexf_type(sn__valtype_t t)
{
	return t == SN__VAL_INT ? "long" : t == SN__VAL_REAL ? "double" : "string";
}

static void declare(sn__xml_t *x, const sn__field_t *f, size_t n, const char *cls)
{
	sn__xml_begin(x, "attributes");
	sn__xml_attr(x, "class", cls);
	sn__xml_attr(x, "mode", "static");
	for (size_t k = 0; k < n; k++) {
		sn__xml_begin(x, "attribute");
		sn__xml_attrf(x, "id", "%zu", k);
		sn__xml_attr(x, "title", f[k].name);
		sn__xml_attr(x, "type", gexf_type(f[k].type));
		sn__xml_end(x);
	}
	sn__xml_end(x);
}

static void values(sn__xml_t *x, const sn__field_t *f, size_t n, size_t i)
{
	char buf[32];
	size_t present = 0;

	for (size_t k = 0; k < n; k++)
		present += sn__field_has(&f[k], i);
	if (!present)
		return;
	sn__xml_begin(x, "attvalues");
	for (size_t k = 0; k < n; k++) {
		if (!sn__field_has(&f[k], i))
			continue;
		sn__xml_begin(x, "attvalue");
		sn__xml_attrf(x, "for", "%zu", k);
		sn__xml_attr(x, "value", sn__field_text(&f[k], i, buf));
		sn__xml_end(x);
	}
	sn__xml_end(x);
}

static void nodes(sn__xml_t *x, const sn__xgraph_t *g, const sn__viz_t *viz)
{
	char bx[32], by[32], bs[32];
	unsigned rgb[3];

	sn__xml_begin(x, "nodes");
	for (size_t i = 0; i < g->nv; i++) {
		sn__xml_begin(x, "node");
		sn__xml_attr(x, "id", g->id[i]);
		sn__xml_attr(x, "label", g->label[i]);
		values(x, g->vf, g->nvf, i);
		sn__viz_rgb(viz, i, rgb);
		sn__xml_begin(x, "viz:color");
		sn__xml_attrf(x, "r", "%u", rgb[0]);
		sn__xml_attrf(x, "g", "%u", rgb[1]);
		sn__xml_attrf(x, "b", "%u", rgb[2]);
		sn__xml_end(x);
		sn__xml_begin(x, "viz:position");
		sn__xml_attr(x, "x", sn__fmt_real(bx, 100 * MATRIX(viz->pos, i, 0)));
		sn__xml_attr(x, "y", sn__fmt_real(by, 100 * MATRIX(viz->pos, i, 1)));
		sn__xml_attr(x, "z", "0");
		sn__xml_end(x);
		sn__xml_begin(x, "viz:size");
		sn__xml_attr(x, "value", sn__fmt_real(bs, viz->size[i]));
		sn__xml_end(x);
		sn__xml_end(x);
	}
	sn__xml_end(x);
}

sn_error_t sn__write_gexf(FILE *fp, const sn__xgraph_t *g, const sn_export_t *ex,
			  sn_export_format_t f)
{
	sn__viz_t viz;
	sn__xml_t x;
	char buf[32], note[96];
	sn_error_t err;

	if ((err = sn__viz_build(&viz, g, ex)) != SN_OK)
		return err;
	sn__xml_init(&x, fp, true);
	sn__xml_begin(&x, "gexf");
	sn__xml_attr(&x, "xmlns", "http://gexf.net/1.3");
	sn__xml_attr(&x, "xmlns:viz", "http://gexf.net/1.3/viz");
	sn__xml_attr(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
	sn__xml_attr(&x, "xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
	sn__xml_attr(&x, "version", "1.3");
	sn__xml_begin(&x, "meta");
	sn__xml_begin(&x, "creator");
	sn__xml_text(&x, PACKAGE_STRING);
	sn__xml_end(&x);
	sn__xml_begin(&x, "description");
	sn__xml_text(&x, g->two_mode ? "two-mode collaboration network (actors and projects); "
				     : "one-mode projection of a collaboration network; ");
	sn__xml_text(&x, sn__xgraph_layout_note(note, g, ex));
	sn__xml_end(&x);
	sn__xml_end(&x);
	sn__xml_begin(&x, "graph");
	sn__xml_attr(&x, "defaultedgetype", "undirected");
	sn__xml_attr(&x, "mode", "static");
	declare(&x, g->vf, g->nvf, "node");
	declare(&x, g->ef, g->nef, "edge");
	nodes(&x, g, &viz);
	sn__xml_begin(&x, "edges");
	for (size_t e = 0; e < g->ne; e++) {
		sn__xml_begin(&x, "edge");
		sn__xml_attrf(&x, "id", "%zu", e);
		sn__xml_attr(&x, "source", g->id[sn__xgraph_src(g, e)]);
		sn__xml_attr(&x, "target", g->id[sn__xgraph_dst(g, e)]);
		sn__xml_attr(&x, "weight", sn__fmt_real(buf, sn__xgraph_weight(g, e)));
		values(&x, g->ef, g->nef, e);
		sn__xml_end(&x);
	}
	sn__xml_finish(&x);
	err = sn__check_stream(fp);
	sn__viz_destroy(&viz);
	return err;
}
