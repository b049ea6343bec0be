/*
 * export/report_map.c: the data of the report's map of the 21 län (issue 21).
 *
 * Which län is in which coalition and which community is worked out here;
 * the page's script only draws the outlines (export/report_geo.c) and fills
 * each län with the colour given.  A län stands for its region: the actor
 * of type region whose territory is the län.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "export/report.h"
#include "export/viz.h"

bool sn__report_map_applies(const sn_territories_t *t)
{
	for (size_t k = 0; sn__report_lan_codes[k]; k++)
		if (sn_territories_find(t, sn__report_lan_codes[k]) == SN_NO_PARENT)
			return false;
	return true;
}

/* The dataset index of the first region actor whose territory is `code`, or SIZE_MAX. */
static size_t region_of(const sn_dataset_t *ds, const char *code)
{
	size_t t = sn_territories_find(ds->territories, code);

	for (size_t a = 0; t != SN_NO_PARENT && a < ds->nactors; a++)
		if (ds->actors[a].type == SN_ACTOR_REGION && ds->actors[a].territory == t)
			return a;
	return SIZE_MAX;
}

/* The vertex of g standing for dataset actor `a`, or SIZE_MAX. */
static size_t vertex_of(const sn_network_t *net, const sn__xgraph_t *g, size_t offset, size_t a)
{
	for (size_t v = 0; a != SIZE_MAX && v < g->nv; v++)
		if (net->actor_index[v + offset] == a)
			return v;
	return SIZE_MAX;
}

static bool has_actor(const sn_coalition_t *co, size_t a)
{
	for (size_t k = 0; k < co->nactors; k++)
		if (co->actors[k] == a)
			return true;
	return false;
}

static void lan_json(FILE *fp, const sn__xgraph_t *g, const char *code, size_t v,
		     const sn__field_t *community, const int64_t *cat, size_t ncat)
{
	char buf[32];
	bool has = v != SIZE_MAX && community && sn__field_has(community, v);

	fprintf(fp, "{\"code\": \"%s\", \"region\": ", code);
	if (v != SIZE_MAX)
		sn__json_string(fp, g->id[v]);
	else
		fputs("null", fp);
	fprintf(fp, ", \"community\": %s, \"colour\": \"%s\"}",
		has ? sn__field_text(community, v, buf) : "null",
		has ? sn__palette_colour(cat[v], ncat) : SN__PALETTE_OTHER);
}

sn_error_t sn__report_map_json(FILE *fp, const sn_network_t *net, const sn__xgraph_t *g,
			       size_t offset, const sn__field_t *community)
{
	const sn_dataset_t *ds = net->dataset;
	int64_t *cat = NULL;
	size_t ncat = 0;
	sn_error_t err;

	if (community && g->nv) {
		if (!(cat = malloc(g->nv * sizeof *cat)))
			return sn_error_set(SN_ENOMEM, "out of memory");
		if ((err = sn__field_categories(cat, community, g->nv)) != SN_OK ||
		    (err = sn__palette_rank(cat, g->nv, &ncat)) != SN_OK) {
			free(cat);
			return err;
		}
	}
	fputs("\"map\": {\"lan\": [", fp);
	for (size_t k = 0; sn__report_lan_codes[k]; k++) {
		const char *code = sn__report_lan_codes[k];
		fputs(k ? ",\n" : "\n", fp);
		lan_json(fp, g, code, vertex_of(net, g, offset, region_of(ds, code)), community, cat,
			 ncat);
	}
	fputs("],\n\"coalitions\": [", fp);
	for (size_t c = 0; c < ds->ncoalitions; c++) {
		const sn_coalition_t *co = &ds->coalitions[c];
		size_t n = 0;
		fputs(c ? ",\n{\"name\": " : "\n{\"name\": ", fp);
		sn__json_string(fp, co->name);
		fputs(", \"lan\": [", fp);
		for (size_t k = 0; sn__report_lan_codes[k]; k++) {
			size_t a = region_of(ds, sn__report_lan_codes[k]);
			if (a != SIZE_MAX && has_actor(co, a))
				fprintf(fp, "%s\"%s\"", n++ ? ", " : "", sn__report_lan_codes[k]);
		}
		fputs("]}", fp);
	}
	fputs("]}", fp);
	free(cat);
	return SN_OK;
}

/*
 * The script of the map (no "</", so that it sits inside <script>): projects
 * the outlines (longitude scaled by cos 62 degrees), draws one path per län
 * with data-code, and fills them from the data's "map" for the choice of
 * #map-by (also from "#map=community" or "#map=coalition:NAME" in the address):
 * members of the coalition in the palette's first colour, communities in
 * their colour, the rest light grey (data-coloured="0").
 */
const char sn__report_map_js[] =
	"(function () {\n"
	"  \"use strict\";\n"
	"  var NS = \"http://www.w3.org/2000/svg\", NONE = \"#EEEEEE\";\n"
	"  var D = JSON.parse(document.getElementById(\"samnet-data\").textContent), M = D.map;\n"
	"  var G = JSON.parse(document.getElementById(\"samnet-lan\").textContent);\n"
	"  var svg = document.getElementById(\"lanmap\"), by = document.getElementById(\"map-by\");\n"
	"  var K = Math.cos(62 * Math.PI / 180), x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;\n"
	"  function each(f, fn) { f.geometry.coordinates.forEach(function (poly) { poly.forEach(fn); }); }\n"
	"  G.features.forEach(function (f) {\n"
	"    each(f, function (ring) { ring.forEach(function (c) {\n"
	"      x0 = Math.min(x0, c[0] * K); x1 = Math.max(x1, c[0] * K);\n"
	"      y0 = Math.min(y0, c[1]); y1 = Math.max(y1, c[1]);\n"
	"    }); });\n"
	"  });\n"
	"  var s = Math.min(400 / (x1 - x0), 800 / (y1 - y0)), lan = {};\n"
	"  M.lan.forEach(function (l) { lan[l.code] = l; });\n"
	"  var paths = G.features.map(function (f) {\n"
	"    var d = \"\", p = document.createElementNS(NS, \"path\"), t = document.createElementNS(NS, \"title\");\n"
	"    each(f, function (ring) {\n"
	"      ring.forEach(function (c, k) {\n"
	"        d += (k ? \"L\" : \"M\") + ((c[0] * K - x0) * s).toFixed(1) + \",\" + ((y1 - c[1]) * s).toFixed(1);\n"
	"      });\n"
	"      d += \"Z\";\n"
	"    });\n"
	"    p.setAttribute(\"d\", d);\n"
	"    p.setAttribute(\"class\", \"lan\");\n"
	"    p.setAttribute(\"data-code\", f.properties.code);\n"
	"    t.textContent = f.properties.name;\n"
	"    p.appendChild(t);\n"
	"    svg.appendChild(p);\n"
	"    return p;\n"
	"  });\n"
	"  function fill() {\n"
	"    var v = by.value, members = {};\n"
	"    M.coalitions.forEach(function (c) {\n"
	"      if (\"coalition:\" + c.name === v) c.lan.forEach(function (k) { members[k] = true; });\n"
	"    });\n"
	"    paths.forEach(function (p) {\n"
	"      var code = p.getAttribute(\"data-code\"), l = lan[code];\n"
	"      var c = v === \"community\" ? (l && l.community !== null ? l.colour : null)\n"
	"                                 : (members[code] ? D.palette[0] : null);\n"
	"      p.setAttribute(\"fill\", c || NONE);\n"
	"      p.setAttribute(\"data-coloured\", c ? \"1\" : \"0\");\n"
	"    });\n"
	"  }\n"
	"  var h = /[#&]map=([^&]*)/.exec(window.location.hash);\n"
	"  if (h) by.value = decodeURIComponent(h[1]);\n"
	"  by.addEventListener(\"change\", fill);\n"
	"  fill();\n"
	"  document.body.setAttribute(\"data-map\", String(paths.length));\n"
	"})();\n";
