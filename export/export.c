/*
 * export/export.c: format names, the dispatch of sn_export_write(), and the
 * helpers every writer shares: numbers without the locale's decimal comma,
 * JSON quoting, categories and the layout.
 */
#include "config.h"

#include <inttypes.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/seed_private.h"
#include "export/model.h"

static const char *const format_names[SN_EXPORT_FORMAT_COUNT] = {
	"graphml", "gexf", "gml", "pajek", "pajek-clu", "pajek-vec", "dot", "json",
	"vosviewer-map", "vosviewer-network", "csv-nodes", "csv-edges", "svg"
};

const char *sn_export_format_name(sn_export_format_t f)
{
	return (unsigned)f < SN_EXPORT_FORMAT_COUNT ? format_names[f] : "?";
}

sn_error_t sn_export_format_parse(const char *name, sn_export_format_t *out)
{
	for (int f = 0; f < SN_EXPORT_FORMAT_COUNT; f++) {
		if (name && strcmp(name, format_names[f]) == 0) {
			*out = (sn_export_format_t)f;
			return SN_OK;
		}
	}
	return sn_error_set(SN_EINVAL, "unknown export format '%s' (graphml, gexf, gml, pajek, "
			    "pajek-clu, pajek-vec, dot, json, vosviewer-map, vosviewer-network, "
			    "csv-nodes, csv-edges, svg)", name ? name : "");
}

sn_error_t sn_export_write(FILE *fp, sn_export_format_t f, const sn_export_t *x)
{
	sn__xgraph_t g;
	sn_error_t err;

	if (!fp || (unsigned)f >= SN_EXPORT_FORMAT_COUNT)
		return sn_error_set(SN_EINVAL, "export: no stream or an unknown format");
	if ((err = sn__xgraph_build(&g, x)) != SN_OK)
		return err;
	switch (f) {
	case SN_EXPORT_GRAPHML:
		err = sn__write_graphml(fp, &g, x);
		break;
	case SN_EXPORT_GEXF:
		err = sn__write_gexf(fp, &g, x);
		break;
	case SN_EXPORT_GML:
		err = sn__write_gml(fp, &g);
		break;
	case SN_EXPORT_PAJEK:
	case SN_EXPORT_PAJEK_CLU:
	case SN_EXPORT_PAJEK_VEC:
		err = sn__write_pajek(fp, &g, f, x->attribute);
		break;
	case SN_EXPORT_DOT:
		err = sn__write_dot(fp, &g);
		break;
	case SN_EXPORT_JSON:
		err = sn__write_json(fp, &g);
		break;
	case SN_EXPORT_VOSVIEWER_MAP:
	case SN_EXPORT_VOSVIEWER_NETWORK:
		err = sn__write_vosviewer(fp, &g, x, f == SN_EXPORT_VOSVIEWER_MAP);
		break;
	case SN_EXPORT_CSV_NODES:
	case SN_EXPORT_CSV_EDGES:
		err = sn__write_csv(fp, &g, f == SN_EXPORT_CSV_NODES);
		break;
	default:
		err = sn__write_svg(fp, &g, x);
		break;
	}
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
const char *sn__fmt_real(char *buf, double v)
{
	const char *dp = localeconv()->decimal_point;
	size_t dl = dp ? strlen(dp) : 0;
	char *p;

	if (v == 0)
		return strcpy(buf, "0");
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
		snprintf(buf, 32, "%lld", (long long)f->ints[i]);
		return buf;
	case SN__VAL_REAL:
		return sn__fmt_real(buf, f->reals[i]);
	default:
		return f->strings[i];
	}
}

/*
 * The escapes that make a JSON string safe inside an HTML <script> element as
 * well as in a file: '<', '>' and '&' as \u escapes, so that no "</script>",
 * "<!--" or "-->" can end the element or switch the HTML tokenizer into its
 * escaped states, and U+2028 and U+2029, which end a line in JavaScript
 * source before ES2019.
 */
void sn__json_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
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
		else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&')
			fprintf(fp, "\\u%04x", *p);
		else
			fputc(*p, fp);
	}
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
			if ((f->type == SN__VAL_INT && f->ints[j] == f->ints[i]) ||
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

/* Fruchterman-Reingold iterations of every computed layout. */
#define LAYOUT_ITERATIONS 500

const char *sn__xgraph_layout_note(char *buf, const sn_export_t *x)
{
	if (x && x->layout)
		return "positions: given";
	snprintf(buf, 96, "positions: Fruchterman-Reingold (igraph, %d iterations), seed %" PRIu64,
		 LAYOUT_ITERATIONS, x ? x->seed : UINT64_C(1));
	return buf;
}

sn_error_t sn__xgraph_layout(igraph_matrix_t *out, const sn__xgraph_t *g, const sn_export_t *x)
{
	igraph_vector_int_t edges;
	igraph_vector_t w;
	igraph_t graph;
	sn_error_t err;

	if (x && x->layout) {
		if ((size_t)igraph_matrix_nrow(x->layout) != g->nv || igraph_matrix_ncol(x->layout) != 2)
			return sn_error_set(SN_EINVAL, "export: the layout has %ld rows, the graph %zu "
					    "vertices", (long)igraph_matrix_nrow(x->layout), g->nv);
		return sn_error_from_igraph(igraph_matrix_update(out, x->layout), "layout");
	}
	/*
	 * igraph 0.10's Fruchterman-Reingold ignores a failure to size `out` for
	 * its random start and then writes past it: size it here, so that igraph's
	 * own resize finds the room and cannot fail.
	 */
	if (igraph_matrix_resize(out, (igraph_integer_t)g->nv, 2) ||
	    igraph_vector_int_init(&edges, 2 * (igraph_integer_t)g->ne))
		return sn_error_set(SN_ENOMEM, "out of memory");
	if (igraph_vector_init(&w, (igraph_integer_t)g->ne)) {
		igraph_vector_int_destroy(&edges);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	for (size_t e = 0; e < g->ne; e++) {
		VECTOR(edges)[2 * e] = g->src[e];
		VECTOR(edges)[2 * e + 1] = g->dst[e];
		VECTOR(w)[e] = g->weight[e];
	}
	err = sn_error_from_igraph(igraph_create(&graph, &edges, (igraph_integer_t)g->nv,
						 IGRAPH_UNDIRECTED), "layout");
	if (err == SN_OK) {
		/* The layout draws from igraph's default generator: a private one, seeded. */
		sn__rng_scope_t rng;
		if ((err = sn__rng_begin(&rng, x ? x->seed : 1, "layout")) == SN_OK) {
			err = sn_error_from_igraph(igraph_layout_fruchterman_reingold(
				&graph, out, false, LAYOUT_ITERATIONS, sqrt((double)g->nv + 1),
				IGRAPH_LAYOUT_AUTOGRID, &w, NULL, NULL, NULL, NULL), "layout");
			sn__rng_end(&rng);
		}
		igraph_destroy(&graph);
	}
	igraph_vector_int_destroy(&edges);
	igraph_vector_destroy(&w);
	return err;
}
