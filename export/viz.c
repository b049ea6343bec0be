/*
 * export/viz.c: how a viewer should draw each vertex, shared by GEXF
 * (viz:position, viz:size, viz:color) and GraphML (x, y, size, r, g, b
 * attributes, which Gephi's GraphML reader takes as the same): the layout,
 * a size from the degree, and the colour of the SVG picture's category.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "export/svg.h"
#include "export/viz.h"

sn_error_t sn__viz_build(sn__viz_t *out, const sn__xgraph_t *g, const sn_export_t *ex)
{
	long f;
	sn_error_t err;

	out->size = malloc((g->nv + 1) * sizeof *out->size);
	out->category = malloc((g->nv + 1) * sizeof *out->category);
	out->pos_built = false;
	if (!out->size || !out->category || igraph_matrix_init(&out->pos, 0, 0)) {
		sn__viz_destroy(out);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	out->pos_built = true;
	if ((err = sn__xgraph_pick(g, ex->attribute, "type", &f)) != SN_OK ||
	    (err = sn__field_categories(out->category, &g->vf[f], g->nv)) != SN_OK ||
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
	unsigned long c = strtoul(sn__svg_colour(v->category[i]) + 1, NULL, 16);

	rgb_out[0] = (unsigned)((c >> 16) & 0xff);
	rgb_out[1] = (unsigned)((c >> 8) & 0xff);
	rgb_out[2] = (unsigned)(c & 0xff);
}
