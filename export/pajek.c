/*
 * export/pajek.c: Pajek .net (Batagelj & Mrvar), with a .clu partition or
 * a .vec vector for one attribute, as Pajek, NetworkX's read_pajek and
 * igraph read them.  Vertices are numbered 1..n in the order of the other
 * formats; labels are the display names, made unique by appending the id
 * in brackets where two vertices share a name (NetworkX keys nodes by
 * label).  Pajek has no escape for '"', so a double quote in a name becomes
 * a single quote.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "export/model.h"

typedef struct {
	const char *label;
	size_t vertex;
} named_t;

static int by_label(const void *a, const void *b)
{
	const named_t *x = a, *y = b;
	int c = strcmp(x->label, y->label);
	return c ? c : (x->vertex > y->vertex) - (x->vertex < y->vertex);
}

/* dup[i]: vertex i shares its name with another vertex.  O(n log n). */
static sn_error_t duplicates(bool *dup, const sn__xgraph_t *g)
{
	named_t *idx = malloc((g->nv + 1) * sizeof *idx);

	if (!idx)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < g->nv; i++) {
		idx[i].label = g->label[i];
		idx[i].vertex = i;
		dup[i] = false;
	}
	qsort(idx, g->nv, sizeof *idx, by_label);
	for (size_t i = 1; i < g->nv; i++) {
		if (strcmp(idx[i].label, idx[i - 1].label) == 0)
			dup[idx[i].vertex] = dup[idx[i - 1].vertex] = true;
	}
	free(idx);
	return SN_OK;
}

static void pajek_label(FILE *fp, const char *s, const char *id, bool dup)
{
	fputc('"', fp);
	for (; *s; s++)
		fputc(*s == '"' ? '\'' : (*s == '\n' || *s == '\r') ? ' ' : *s, fp);
	if (dup) {
		fputs(" [", fp);
		for (; *id; id++)
			fputc(*id == '"' ? '\'' : *id, fp);
		fputc(']', fp);
	}
	fputc('"', fp);
}

static sn_error_t write_net(FILE *fp, const sn__xgraph_t *g)
{
	bool *dup = malloc((g->nv + 1) * sizeof *dup);
	char buf[32];
	sn_error_t err;

	if (!dup)
		return sn_error_set(SN_ENOMEM, "out of memory");
	if ((err = duplicates(dup, g)) != SN_OK) {
		free(dup);
		return err;
	}
	fprintf(fp, "*Vertices %zu\r\n", g->nv);
	for (size_t i = 0; i < g->nv; i++) {
		fprintf(fp, "%zu ", i + 1);
		pajek_label(fp, g->label[i], g->id[i], dup[i]);
		fputs("\r\n", fp);
	}
	fputs("*Edges\r\n", fp);
	for (size_t e = 0; e < g->ne; e++)
		fprintf(fp, "%lld %lld %s\r\n", (long long)sn__xgraph_src(g, e) + 1, (long long)sn__xgraph_dst(g, e) + 1,
			sn__fmt_real(buf, sn__xgraph_weight(g, e)));
	free(dup);
	return sn__check_stream(fp);
}

sn_error_t sn__write_pajek(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
			   sn_export_format_t f)
{
	const char *attribute = x->attribute;
	const sn__field_t *field;
	int64_t *cat = NULL;
	char buf[32];
	long k;
	sn_error_t err;

	if (f == SN_EXPORT_PAJEK)
		return write_net(fp, g);
	if ((err = sn__xgraph_pick(g, attribute, f == SN_EXPORT_PAJEK_CLU ? "type" : "population",
				   &k)) != SN_OK)
		return err;
	field = &g->vf[k];
	if (f == SN_EXPORT_PAJEK_VEC && field->type == SN__VAL_STRING)
		return sn_error_set(SN_EINVAL, "a Pajek vector needs a numeric attribute; '%s' is text",
				    field->name);
	fprintf(fp, "*Vertices %zu\r\n", g->nv);
	if (f == SN_EXPORT_PAJEK_VEC) {
		for (size_t i = 0; i < g->nv; i++) {
			double v = !sn__field_has(field, i) ? 0 : field->type == SN__VAL_INT
				? (double)sn__field_int(field, i) : field->reals[i];
			fprintf(fp, "%s\r\n", sn__fmt_real(buf, v));
		}
		return sn__check_stream(fp);
	}
	if (!(cat = malloc((g->nv + 1) * sizeof *cat)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	/*
	 * Pajek keeps 0 for "no class": number the values 1.. in order of first
	 * appearance, which keeps community numbers (from 1, lowest vertex first).
	 */
	if ((err = sn__field_categories(cat, field, g->nv)) != SN_OK) {
		free(cat);
		return err;
	}
	for (size_t i = 0; i < g->nv; i++)
		fprintf(fp, "%lld\r\n", (long long)cat[i]);
	free(cat);
	return sn__check_stream(fp);
}
