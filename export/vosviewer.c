/*
 * export/vosviewer.c: VOSviewer map and network files (van Eck & Waltman,
 * VOSviewer manual, "Map and network files"): tab-separated, a header line.
 * Map: id (1..n), label, x, y from the layout, cluster (1..1000) from the
 * chosen attribute, weight<Links> (degree), weight<Total link strength>
 * (strength) and one score<...> column per numeric field.  Labels holding a
 * comma or semicolon are quoted, as the manual asks.  Network: one line
 * "id1 id2 strength" per tie.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "export/model.h"
#include "samnet/table.h"

/*
 * A label in a tab-separated line: tabs and line breaks become spaces, and
 * a label holding a comma, a semicolon or a quote is quoted with quotes
 * doubled, through the one CSV quoting (sn_csv_field()), whose separator is
 * chosen so that it quotes on exactly those: ',' when the label holds one,
 * else ';'.  SN_ENOMEM; write errors show in the stream.
 */
static sn_error_t label(FILE *fp, const char *s)
{
	char *flat = strdup(s);

	if (!flat)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (char *p = flat; *p; p++)
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	sn_csv_field(fp, flat, strchr(flat, ',') ? ',' : ';');
	free(flat);
	return SN_OK;
}

static bool scored(const sn__field_t *f)
{
	return f->type != SN__VAL_STRING && strcmp(f->name, "bipartite") != 0;
}

static sn_error_t write_map(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
			    const igraph_matrix_t *pos, int64_t *cat, double *deg, double *str)
{
	char b1[32], b2[32], b3[32];
	int64_t k = 0;
	long f;
	sn_error_t err;

	if ((err = sn__xgraph_pick(g, x->attribute, "type", &f)) != SN_OK ||
	    (err = sn__field_categories(cat, &g->vf[f], g->nv)) != SN_OK)
		return err;
	for (size_t i = 0; i < g->nv; i++)
		k = cat[i] > k ? cat[i] : k;
	sn__xgraph_degrees(g, deg, str);
	fputs("id\tlabel\tx\ty\tcluster\tweight<Links>\tweight<Total link strength>", fp);
	for (size_t c = 0; c < g->nvf; c++)
		if (scored(&g->vf[c]))
			fprintf(fp, "\tscore<%s>", g->vf[c].name);
	fputc('\n', fp);
	for (size_t i = 0; i < g->nv; i++) {
		int64_t cl = cat[i] ? cat[i] : k + 1;
		fprintf(fp, "%zu\t", i + 1);
		if ((err = label(fp, g->label[i])) != SN_OK)
			return err;
		fprintf(fp, "\t%s\t%s\t%lld\t%.0f\t%s", sn__fmt_real(b1, MATRIX(*pos, i, 0)),
			sn__fmt_real(b2, MATRIX(*pos, i, 1)), (long long)(cl > 1000 ? 1000 : cl),
			deg[i], sn__fmt_real(b3, str[i]));
		for (size_t c = 0; c < g->nvf; c++)
			if (scored(&g->vf[c]))
				fprintf(fp, "\t%s", sn__field_text(&g->vf[c], i, b1));
		fputc('\n', fp);
	}
	return sn__check_stream(fp);
}

sn_error_t sn__write_vosviewer(FILE *fp, const sn__xgraph_t *g, const sn_export_t *x,
			       sn_export_format_t f)
{
	bool map = f == SN_EXPORT_VOSVIEWER_MAP;
	igraph_matrix_t pos;
	int64_t *cat = NULL;
	double *deg = NULL, *str = NULL;
	char buf[32];
	sn_error_t err;

	if (!map) {
		for (size_t e = 0; e < g->ne; e++)
			fprintf(fp, "%lld\t%lld\t%s\n", (long long)sn__xgraph_src(g, e) + 1,
				(long long)sn__xgraph_dst(g, e) + 1, sn__fmt_real(buf, sn__xgraph_weight(g, e)));
		return sn__check_stream(fp);
	}
	if (igraph_matrix_init(&pos, 0, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	cat = malloc((g->nv + 1) * sizeof *cat);
	deg = malloc((g->nv + 1) * sizeof *deg);
	str = malloc((g->nv + 1) * sizeof *str);
	if (!cat || !deg || !str)
		err = sn_error_set(SN_ENOMEM, "out of memory");
	else if ((err = sn__xgraph_layout(&pos, g, x)) == SN_OK)
		err = write_map(fp, g, x, &pos, cat, deg, str);
	igraph_matrix_destroy(&pos);
	free(cat);
	free(deg);
	free(str);
	return err;
}
