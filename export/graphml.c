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

#include <pthread.h>
#include <stdlib.h>
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
		sn__xml_leaf(x, "data", "key", key_id(key, prefix, k), sn__field_text(&f[k], i, buf),
			     f[k].type == SN__VAL_INT || f[k].type == SN__VAL_REAL);
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
		if (k < 2)
			sn__fmt_real(buf, 100 * MATRIX(viz->pos, i, k));
		else if (k == 2)
			sn__fmt_real(buf, viz->size[i]);
		else
			sn__fmt_int(buf, rgb[k - 3]);
		sn__xml_leaf(x, "data", "key", viz_names[k], buf, true);
	}
}

/*
 * The ties are most of a large file (5.5 million at 100 000 actors), so
 * their markup is made by plain copies into a block of memory, two blocks
 * at a time on two threads, and written in order: the same bytes as the
 * writer's begin/attr/leaf/end calls would give at the depth of <graph>'s
 * children, with every string escaped once beforehand.
 */
enum { EDGE_BLOCK = 32768 };

typedef struct {
	const sn__xgraph_t *g;
	const char **ids;          /* [nv] escaped ids */
	size_t *id_len;            /* [nv] */
	const char ***texts;       /* [nef] escaped strings of a string field, else NULL */
	size_t lo, hi;             /* the block's ties */
	char *buf;
	size_t len, cap;
	bool failed;               /* out of memory */
} edge_block_t;

static char *cat(char *p, const char *s, size_t n)
{
	memcpy(p, s, n);
	return p + n;
}

#define CAT(p, lit) cat(p, lit, sizeof lit - 1)

/* Room for `need` more bytes in b->buf. */
static bool reserve(edge_block_t *b, size_t need)
{
	if (b->len + need <= b->cap)
		return true;
	size_t cap = 2 * b->cap > b->len + need ? 2 * b->cap : b->len + need;
	char *nb = realloc(b->buf, cap);
	if (!nb)
		return false;
	b->buf = nb;
	b->cap = cap;
	return true;
}

static void *edge_block_run(void *arg)
{
	edge_block_t *b = arg;
	const sn__xgraph_t *g = b->g;
	char num[32], key[32];

	b->len = 0;
	for (size_t e = b->lo; e < b->hi; e++) {
		size_t s = (size_t)sn__xgraph_src(g, e), t = (size_t)sn__xgraph_dst(g, e), need = 128 + b->id_len[s] +
			b->id_len[t];

		for (size_t k = 0; k < g->nef; k++)
			need += 64 + (b->texts[k] && sn__field_has(&g->ef[k], e)
				      ? strlen(b->texts[k][e]) : 0);
		if (!reserve(b, need)) {
			b->failed = true;
			return NULL;
		}
		char *p = b->buf + b->len;
		p = CAT(p, "\n    <edge source=\"");
		p = cat(p, b->ids[s], b->id_len[s]);
		p = CAT(p, "\" target=\"");
		p = cat(p, b->ids[t], b->id_len[t]);
		p = CAT(p, "\">\n      <data key=\"w\">");
		p = cat(p, num, strlen(sn__fmt_real(num, sn__xgraph_weight(g, e))));
		p = CAT(p, "</data>");
		for (size_t k = 0; k < g->nef; k++) {
			if (!sn__field_has(&g->ef[k], e))
				continue;
			const char *text = b->texts[k] ? b->texts[k][e] : sn__field_text(&g->ef[k], e, num);
			p = CAT(p, "\n      <data key=\"");
			p = cat(p, key, strlen(key_id(key, "e", k)));
			p = CAT(p, "\">");
			p = cat(p, text, strlen(text));
			p = CAT(p, "</data>");
		}
		p = CAT(p, "\n    </edge>");
		b->len = (size_t)(p - b->buf);
	}
	return NULL;
}

/* Writes the ties as <graph>'s children; SN_ENOMEM. */
static sn_error_t write_edges(sn__xml_t *x, const sn__xgraph_t *g, const char **ids,
			      const sn_progress_t *progress, size_t total)
{
	edge_block_t b[2] = { { .g = g, .ids = ids }, { .g = g, .ids = ids } };
	char **escaped = calloc(g->nef + 1, sizeof *escaped);
	const char ***texts = calloc(g->nef + 1, sizeof *texts);
	size_t *id_len = malloc((g->nv + 1) * sizeof *id_len);
	bool ok = escaped && texts && id_len;

	for (size_t i = 0; ok && i < g->nv; i++)
		id_len[i] = strlen(ids[i]);
	for (size_t k = 0; ok && k < g->nef; k++) {
		if (g->ef[k].type != SN__VAL_STRING)
			continue;
		ok = (texts[k] = malloc((g->ne + 1) * sizeof **texts)) &&
		     (escaped[k] = sn__xml_escape_all(g->ef[k].strings, g->ne, texts[k]));
	}
	for (int i = 0; i < 2; i++) {
		b[i].id_len = id_len;
		b[i].texts = texts;
	}
	for (size_t lo = 0; ok && lo < g->ne; lo += 2 * EDGE_BLOCK) {
		pthread_t tid;
		bool threaded;

		sn__progress(progress, "export", g->nv + lo, total);
		b[0].lo = lo;
		b[0].hi = lo + EDGE_BLOCK < g->ne ? lo + EDGE_BLOCK : g->ne;
		b[1].lo = b[0].hi;
		b[1].hi = b[1].lo + EDGE_BLOCK < g->ne ? b[1].lo + EDGE_BLOCK : g->ne;
		threaded = b[1].lo < b[1].hi && pthread_create(&tid, NULL, edge_block_run, &b[1]) == 0;
		edge_block_run(&b[0]);
		if (threaded)
			pthread_join(tid, NULL);
		else
			edge_block_run(&b[1]);
		ok = !b[0].failed && !b[1].failed;
		for (int i = 0; ok && i < 2; i++)
			sn__xml_children(x, b[i].buf, b[i].len);
	}
	for (size_t k = 0; k < g->nef; k++) {
		free(escaped ? escaped[k] : NULL);
		free(texts ? texts[k] : NULL);
	}
	free(escaped);
	free(texts);
	free(id_len);
	free(b[0].buf);
	free(b[1].buf);
	return ok ? SN_OK : sn_error_set(SN_ENOMEM, "export: out of memory");
}

sn_error_t sn__write_graphml(FILE *fp, const sn__xgraph_t *g, const sn_export_t *ex,
			     sn_export_format_t f)
{
	sn__viz_t viz;
	sn__xml_t x;
	bool used[NVIZ];
	sn_error_t err;
	/* Progress "export": vertices and edges written (the layout counts as none). */
	const sn_progress_t *progress = ex && ex->net ? &ex->net->progress : NULL;
	size_t total = g->nv + g->ne;

	/* The ends of the ties, escaped once: a vertex is named by about 2m/n ties. */
	const char **ids = malloc((g->nv + 1) * sizeof *ids);
	char *block = ids ? sn__xml_escape_all((const char *const *)g->id, g->nv, ids) : NULL;

	if (!block) {
		free(ids);
		return sn_error_set(SN_ENOMEM, "export: out of memory");
	}
	sn__progress(progress, "export", 0, total);
	if ((err = sn__viz_build(&viz, g, ex)) != SN_OK) {
		free(ids);
		free(block);
		return err;
	}

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
		sn__xml_attr_escaped(&x, "id", ids[i]);
		data(&x, g->vf, g->nvf, i, "v");
		viz_data(&x, &viz, used, i);
		sn__xml_end(&x);
	}
	err = write_edges(&x, g, ids, progress, total);
	sn__xml_finish(&x);
	free(ids);
	free(block);
	sn__viz_destroy(&viz);
	if (err != SN_OK)
		return err;
	sn__progress(progress, "export", total, total);
	return sn__check_stream(fp);
}
