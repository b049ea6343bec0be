/*
 * export/viz.c: how a viewer should draw each vertex, shared by GEXF
 * (viz:position, viz:size, viz:color) and GraphML (x, y, size, r, g, b
 * attributes, which Gephi's GraphML reader takes as the same): the layout,
 * a size from the degree, and the colour of the SVG picture's category;
 * and the one categorical palette of every picture, with the line styles
 * of the charts.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "export/viz.h"

/* Okabe & Ito (2008), Fig. 16: blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow, black. */
const char *const sn__palette[SN__PALETTE_SIZE] = {
	"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"
};

/* qsort_r order of categories 1..k (indices into the argument's counts) by count descending, then number. */
static int by_count_desc(const void *a, const void *b, void *arg)
{
	const size_t *count = arg;
	int64_t i = *(const int64_t *)a, j = *(const int64_t *)b;

	if (count[i] != count[j])
		return count[i] > count[j] ? -1 : 1;
	return (i > j) - (i < j);
}

sn_error_t sn__palette_rank(int64_t *cat, size_t n, size_t *ncat_out)
{
	size_t k = 0, *count;
	int64_t *order;

	for (size_t i = 0; i < n; i++)
		k = cat[i] > 0 && (size_t)cat[i] > k ? (size_t)cat[i] : k;
	count = calloc(k + 1, sizeof *count);
	order = malloc((k + 1) * sizeof *order);
	if (!count || !order) {
		free(count);
		free(order);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < n; i++)
		count[cat[i] > 0 ? cat[i] : 0]++;
	for (size_t c = 1; c <= k; c++)
		order[c - 1] = (int64_t)c;
	qsort_r(order, k, sizeof *order, by_count_desc, count);
	/* count[] becomes the new number of each old category. */
	for (size_t r = 0; r < k; r++)
		count[order[r]] = r + 1;
	for (size_t i = 0; i < n; i++)
		cat[i] = cat[i] > 0 ? (int64_t)count[cat[i]] : 0;
	free(count);
	free(order);
	*ncat_out = k;
	return SN_OK;
}

size_t sn__palette_coloured(size_t ncat)
{
	return ncat <= SN__PALETTE_SIZE ? ncat : SN__PALETTE_SIZE - 1;
}

const char *sn__palette_colour(int64_t c, size_t ncat)
{
	if (c <= 0 || (size_t)c > sn__palette_coloured(ncat))
		return SN__PALETTE_OTHER;
	return sn__palette[c - 1];
}

const char *sn__line_colour(size_t s)
{
	return sn__palette[s % SN__PALETTE_SIZE];
}

const char *sn__line_dash(size_t s)
{
	static const char *const dash[SN__LINE_STYLES / SN__PALETTE_SIZE] = { NULL, "8 4", "2 3" };

	return dash[s / SN__PALETTE_SIZE % (SN__LINE_STYLES / SN__PALETTE_SIZE)];
}

sn_error_t sn__viz_build(sn__viz_t *out, const sn__xgraph_t *g, const sn_export_t *ex)
{
	sn_error_t err;

	out->size = malloc((g->nv + 1) * sizeof *out->size);
	out->category = malloc((g->nv + 1) * sizeof *out->category);
	out->pos_built = false;
	if (!out->size || !out->category || igraph_matrix_init(&out->pos, 0, 0)) {
		sn__viz_destroy(out);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	out->pos_built = true;
	if ((err = sn__xgraph_pick(g, ex->attribute, "type", &out->field)) != SN_OK ||
	    (err = sn__field_categories(out->category, &g->vf[out->field], g->nv)) != SN_OK ||
	    (err = sn__palette_rank(out->category, g->nv, &out->ncat)) != SN_OK ||
	    (err = sn__xgraph_layout(&out->pos, g, ex)) != SN_OK) {
		sn__viz_destroy(out);
		return err;
	}
	sn__xgraph_degrees(g, out->size, NULL);
	for (size_t i = 0; i < g->nv; i++)
		out->size[i] = 5 + 3 * sqrt(out->size[i]);
	return SN_OK;
}

void sn__viz_destroy(sn__viz_t *v)
{
	free(v->size);
	free(v->category);
	if (v->pos_built)
		igraph_matrix_destroy(&v->pos);
	v->size = NULL;
	v->category = NULL;
	v->pos_built = false;
}

void sn__viz_rgb(const sn__viz_t *v, size_t i, unsigned rgb_out[3])
{
	unsigned long c = strtoul(sn__palette_colour(v->category[i], v->ncat) + 1, NULL, 16);

	rgb_out[0] = (unsigned)((c >> 16) & 0xff);
	rgb_out[1] = (unsigned)((c >> 8) & 0xff);
	rgb_out[2] = (unsigned)(c & 0xff);
}
