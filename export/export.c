/*
 * export/export.c: the registry of formats (names, extensions, descriptions,
 * writers) behind sn_export_write(), and the helpers every writer shares:
 * numbers without the locale's decimal comma, JSON quoting, categories and
 * the layout.
 */
#include "config.h"

#include <inttypes.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/seed_private.h"
#include "export/layout_fr.h"
#include "export/model.h"

/*
 * The registry of formats, in the order --help lists them.  A one-file
 * format names its writer; a pair ("csv", "vosviewer") names the two
 * one-file formats it writes, PREFIX + extension each.
 */
typedef struct {
	sn_export_format_info_t info;
	sn__writer_fn *write;   /* one-file formats; NULL for a pair */
} format_t;

#define ONE(f, name, ext, desc, fn) { { name, desc, 1, { f, f }, { ext, NULL }, false }, fn }
#define PAIR(name, desc, f0, ext0, f1, ext1, files_only) \
	{ { name, desc, 2, { f0, f1 }, { ext0, ext1 }, files_only }, NULL }

static const format_t formats[] = {
	ONE(SN_EXPORT_GRAPHML, "graphml", ".graphml",
	    "GraphML, typed keys (Gephi, Cytoscape, igraph)", sn__write_graphml),
	ONE(SN_EXPORT_GEXF, "gexf", ".gexf",
	    "GEXF 1.3, typed attributes, positions (Gephi)", sn__write_gexf),
	ONE(SN_EXPORT_GML, "gml", ".gml",
	    "GML as NetworkX and igraph read it", sn__write_gml),
	ONE(SN_EXPORT_PAJEK, "pajek", ".net",
	    "Pajek network with tie weights", sn__write_pajek),
	ONE(SN_EXPORT_PAJEK_CLU, "pajek-clu", ".clu",
	    "Pajek partition of the attribute", sn__write_pajek),
	ONE(SN_EXPORT_PAJEK_VEC, "pajek-vec", ".vec",
	    "Pajek vector of a numeric attribute", sn__write_pajek),
	ONE(SN_EXPORT_DOT, "dot", ".dot",
	    "Graphviz DOT, undirected", sn__write_dot),
	ONE(SN_EXPORT_JSON, "json", ".json",
	    "node-link JSON (NetworkX, D3)", sn__write_json),
	PAIR("vosviewer", "VOSviewer map and network files",
	     SN_EXPORT_VOSVIEWER_MAP, "_map.txt", SN_EXPORT_VOSVIEWER_NETWORK, "_network.txt",
	     true),
	ONE(SN_EXPORT_VOSVIEWER_MAP, "vosviewer-map", ".txt",
	    "VOSviewer map file: labels, positions, clusters", sn__write_vosviewer),
	ONE(SN_EXPORT_VOSVIEWER_NETWORK, "vosviewer-network", ".txt",
	    "VOSviewer network file: ties and strengths", sn__write_vosviewer),
	PAIR("csv", "CSV tables of the vertices and the edges",
	     SN_EXPORT_CSV_NODES, "_nodes.csv", SN_EXPORT_CSV_EDGES, "_edges.csv", false),
	ONE(SN_EXPORT_CSV_NODES, "csv-nodes", ".csv",
	    "CSV table of the vertices and their fields", sn__write_csv),
	ONE(SN_EXPORT_CSV_EDGES, "csv-edges", ".csv",
	    "CSV table of the edges", sn__write_csv),
	ONE(SN_EXPORT_SVG, "svg", ".svg",
	    "a static picture of the network", sn__write_svg),
};

#define NFORMATS (sizeof formats / sizeof *formats)

size_t sn_export_format_count(void)
{
	return NFORMATS;
}

const sn_export_format_info_t *sn_export_format_at(size_t i)
{
	return i < NFORMATS ? &formats[i].info : NULL;
}

/* The registry entry of one-file format f, or NULL. */
static const format_t *entry_of(sn_export_format_t f)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (formats[i].write && formats[i].info.files[0] == f)
			return &formats[i];
	return NULL;
}

/* The names of the entries (one-file ones only, or all), comma-separated, for a message. */
static const char *names(char *buf, size_t size, bool pairs)
{
	buf[0] = '\0';
	for (size_t i = 0; i < NFORMATS; i++) {
		size_t used = strlen(buf);
		if (pairs || formats[i].write)
			snprintf(buf + used, size - used, "%s%s", used ? ", " : "",
				 formats[i].info.name);
	}
	return buf;
}

sn_error_t sn_export_format_find(const char *name, const sn_export_format_info_t **out)
{
	char known[512];

	for (size_t i = 0; name && i < NFORMATS; i++)
		if (strcmp(name, formats[i].info.name) == 0) {
			*out = &formats[i].info;
			return SN_OK;
		}
	return sn_error_set(SN_EINVAL, "unknown export format '%s' (%s)", name ? name : "",
			    names(known, sizeof known, true));
}

const char *sn_export_format_name(sn_export_format_t f)
{
	const format_t *e = entry_of(f);

	return e ? e->info.name : "?";
}

sn_error_t sn_export_format_parse(const char *name, sn_export_format_t *out)
{
	char known[512];

	for (size_t i = 0; name && i < NFORMATS; i++) {
		if (formats[i].write && strcmp(name, formats[i].info.name) == 0) {
			*out = formats[i].info.files[0];
			return SN_OK;
		}
	}
	return sn_error_set(SN_EINVAL, "unknown export format '%s' (%s)", name ? name : "",
			    names(known, sizeof known, false));
}

sn_error_t sn_export_write(FILE *fp, sn_export_format_t f, const sn_export_t *x)
{
	const format_t *e = entry_of(f);
	sn__xgraph_t g;
	sn_error_t err;

	if (!fp || !e)
		return sn_error_set(SN_EINVAL, "export: no stream or an unknown format");
	if ((err = sn__xgraph_build(&g, x)) != SN_OK)
		return err;
	err = e->write(fp, &g, x, f);
	if (err == SN_OK)
		err = sn__check_stream(fp);
	sn__xgraph_destroy(&g);
	return err;
}

sn_error_t sn_export_write_to(sn_writer_t *w, sn_export_format_t f, const sn_export_t *x)
{
	if (!w)
		return sn_error_set(SN_EINVAL, "export: no writer");
	return sn_export_write(sn_writer_stream(w), f, x);
}

sn_error_t sn__check_stream(FILE *fp)
{
	if (fflush(fp) != 0 || ferror(fp))
		return sn_error_set(SN_EIO, "write error");
	return SN_OK;
}

/*
 * Shortest of %.15g, %.16g, %.17g that reads back to the same double; the
 * locale's decimal point (a comma in sv_SE) becomes '.', since every format
 * here expects C numbers.  snprintf and strtod share the locale, so the
 * round-trip test holds in any locale.
 */
const char *sn__fmt_int(char *buf, long long v)
{
	char digits[24];
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	size_t n = 0, len = 0;

	do
		digits[n++] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		buf[len++] = '-';
	while (n > 0)
		buf[len++] = digits[--n];
	buf[len] = '\0';
	return buf;
}

const char *sn__fmt_real(char *buf, double v)
{
	const char *dp;
	size_t dl;
	char *p;

	if (v == 0)
		return strcpy(buf, "0");
	/* Whole numbers below 2^53 (tie counts, years, populations): their digits. */
	if (fabs(v) < 9007199254740992.0 && v == (double)(long long)v)
		return sn__fmt_int(buf, (long long)v);
	dp = localeconv()->decimal_point;
	dl = dp ? strlen(dp) : 0;
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, 32, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	if (dl && strcmp(dp, ".") != 0 && (p = strstr(buf, dp))) {
		*p = '.';
		memmove(p + 1, p + dl, strlen(p + dl) + 1);
	}
	return buf;
}

const char *sn__field_text(const sn__field_t *f, size_t i, char *buf)
{
	if (!sn__field_has(f, i))
		return "";
	switch (f->type) {
	case SN__VAL_INT:
		return sn__fmt_int(buf, (long long)sn__field_int(f, i));
	case SN__VAL_REAL:
		return sn__fmt_real(buf, f->reals[i]);
	default:
		return f->strings[i];
	}
}

/*
 * With `in_html`, the escapes that make a JSON string safe inside an HTML
 * <script> element as well as in a file: '<', '>' and '&' as \u escapes, so
 * that no "</script>", "<!--" or "-->" can end the element or switch the HTML
 * tokenizer into its escaped states, and U+2028 and U+2029, which end a line
 * in JavaScript source before ES2019.
 */
void sn__json_escape(FILE *fp, const char *s, bool in_html)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (in_html && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
			fputs(p[2] == 0xA8 ? "\\u2028" : "\\u2029", fp);
			p += 2;
			continue;
		}
		if (*p == '"' || *p == '\\')
			fprintf(fp, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", fp);
		else if (*p == '\t')
			fputs("\\t", fp);
		else if (*p < 0x20 || (in_html && (*p == '<' || *p == '>' || *p == '&')))
			fprintf(fp, "\\u%04x", *p);
		else
			fputc(*p, fp);
	}
}

void sn__json_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	sn__json_escape(fp, s, true);
	fputc('"', fp);
}

sn_error_t sn__field_categories(int64_t *out, const sn__field_t *f, size_t n)
{
	size_t *first = malloc((n + 1) * sizeof *first), k = 0;

	if (!first)
		return sn_error_set(SN_ENOMEM, "out of memory");
	/* first[c] is the first vertex with category c + 1; O(n k), k categories. */
	for (size_t i = 0; i < n; i++) {
		out[i] = 0;
		if (!sn__field_has(f, i))
			continue;
		size_t c = 0;
		for (; c < k; c++) {
			size_t j = first[c];
			if ((f->type == SN__VAL_INT && sn__field_int(f, j) == sn__field_int(f, i)) ||
			    (f->type == SN__VAL_REAL && f->reals[j] == f->reals[i]) ||
			    (f->type == SN__VAL_STRING && strcmp(f->strings[j], f->strings[i]) == 0))
				break;
		}
		if (c == k)
			first[k++] = i;
		out[i] = (int64_t)c + 1;
	}
	free(first);
	return SN_OK;
}

/*
 * Fruchterman-Reingold iterations of a computed layout: 500, fewer for a graph
 * of more than LAYOUT_WORK / 500 vertices and edges together, so that one
 * layout costs at most about LAYOUT_WORK vertex and edge visits (each
 * iteration visits every vertex and edge once, with igraph's grid), never
 * fewer than 20.  At 100 000 actors (5.5 million ties) that is 20 iterations,
 * about 2 s: a starting point for Gephi's own layout, not a finished drawing.
 */
#define LAYOUT_ITERATIONS 500
#define LAYOUT_MIN_ITERATIONS 20
#define LAYOUT_WORK 1e8

static int layout_iterations(const sn__xgraph_t *g)
{
	double size = (double)g->nv + (double)g->ne;

	if (size * LAYOUT_ITERATIONS <= LAYOUT_WORK)
		return LAYOUT_ITERATIONS;
	return size * LAYOUT_MIN_ITERATIONS >= LAYOUT_WORK ? LAYOUT_MIN_ITERATIONS
							    : (int)(LAYOUT_WORK / size);
}

const char *sn__xgraph_layout_note(char *buf, const sn__xgraph_t *g, const sn_export_t *x)
{
	if (x && x->layout)
		return "positions: given";
	snprintf(buf, 96, "positions: Fruchterman-Reingold (igraph, %d iterations), seed %" PRIu64,
		 layout_iterations(g), x ? x->seed : UINT64_C(1));
	return buf;
}

sn_error_t sn__xgraph_layout(igraph_matrix_t *out, const sn__xgraph_t *g, const sn_export_t *x)
{
	sn__rng_scope_t rng;
	sn_error_t err;

	if (x && x->layout) {
		if ((size_t)igraph_matrix_nrow(x->layout) != g->nv || igraph_matrix_ncol(x->layout) != 2)
			return sn_error_set(SN_EINVAL, "export: the layout has %ld rows, the graph %zu "
					    "vertices", (long)igraph_matrix_nrow(x->layout), g->nv);
		return sn_error_from_igraph(igraph_matrix_update(out, x->layout), "layout");
	}
	/* The layout draws from igraph's default generator: a private one, seeded. */
	if ((err = sn__rng_begin(&rng, x ? x->seed : 1, "layout")) != SN_OK)
		return err;
	sn__layout_ties_t ties = { g->ne, g->src, g->dst, g->weight, g->rows };
	err = sn__layout_fr(out, g->nv, &ties, layout_iterations(g), sqrt((double)g->nv + 1));
	sn__rng_end(&rng);
	return err;
}
