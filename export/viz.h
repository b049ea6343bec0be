/* export/viz.h (private): the drawing of each vertex for GEXF and GraphML. */
#ifndef SAMNET_EXPORT_VIZ_H
#define SAMNET_EXPORT_VIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "export/model.h"

typedef struct {
	igraph_matrix_t pos;     /* [nv x 2] sn__xgraph_layout() */
	double *size;            /* [nv] 5 + 3 sqrt(degree) */
	int64_t *category;       /* [nv] sn__field_categories() of --attribute, community or type */
	bool pos_built;
} sn__viz_t;

/* Builds `out` for `g` (errors as the functions named above; nothing to destroy after one). */
sn_error_t sn__viz_build(sn__viz_t *out, const sn__xgraph_t *g, const sn_export_t *ex);
void sn__viz_destroy(sn__viz_t *v);

/* The colour of vertex i (the SVG picture's palette) as red, green, blue 0..255. */
void sn__viz_rgb(const sn__viz_t *v, size_t i, unsigned rgb_out[3]);

#endif
