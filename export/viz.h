/* export/viz.h (private): the drawing of each vertex for GEXF and GraphML. */
#ifndef SAMNET_EXPORT_VIZ_H
#define SAMNET_EXPORT_VIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "export/model.h"

typedef struct {
	igraph_matrix_t pos;     /* [nv x 2] sn__xgraph_layout() */
	double *size;            /* [nv] 5 + 3 sqrt(degree) */
	int64_t *category;       /* [nv] sn__palette_rank() of --attribute, community or type */
	size_t ncat;             /* categories */
	long field;              /* g->vf[field] is the category's field */
	bool pos_built;
} sn__viz_t;

/* Builds `out` for `g` (errors as the functions named above; nothing to destroy after one). */
sn_error_t sn__viz_build(sn__viz_t *out, const sn__xgraph_t *g, const sn_export_t *ex);
void sn__viz_destroy(sn__viz_t *v);

/* The colour of vertex i (sn__palette_colour() of its category) as red, green, blue 0..255. */
void sn__viz_rgb(const sn__viz_t *v, size_t i, unsigned rgb_out[3]);

/*
 * The one categorical palette of every picture (SVG export, GEXF viz:color,
 * GraphML r/g/b, the HTML report): Okabe & Ito (2008), "Color Universal
 * Design (CUD): how to make figures and presentations that are friendly to
 * colorblind people", https://jfly.uni-koeln.de/color/ (Fig. 16), eight
 * colours told apart with any colour vision.  The palette never repeats:
 * with more than SN__PALETTE_SIZE categories the SN__PALETTE_SIZE - 1
 * largest get colours and the rest share SN__PALETTE_OTHER, named "other".
 */
enum { SN__PALETTE_SIZE = 8 };
extern const char *const sn__palette[SN__PALETTE_SIZE];
#define SN__PALETTE_OTHER "#BBBBBB"

/*
 * Renumbers the categories cat[0..n) (1..k, 0 = missing, as
 * sn__field_categories() gives them) by size: 1 the largest, ties in the
 * order of first appearance; 0 stays 0.  *ncat_out = k.
 */
sn_error_t sn__palette_rank(int64_t *cat, size_t n, size_t *ncat_out);

/* How many of ncat ranked categories get a colour of their own (the rest are "other"). */
size_t sn__palette_coloured(size_t ncat);

/* The colour of ranked category c of ncat: its palette colour, or SN__PALETTE_OTHER. */
const char *sn__palette_colour(int64_t c, size_t ncat);

/*
 * The stroke of line series s (0-based) of a chart, so that no two of the
 * first SN__LINE_STYLES series look alike: colour s mod SN__PALETTE_SIZE of
 * the palette (sn__line_colour()), solid for the first eight, then dashed,
 * then dotted (sn__line_dash(): an SVG stroke-dasharray, NULL for solid).
 * Lines, unlike areas, need no "other" grey: a dash tells them apart.
 */
enum { SN__LINE_STYLES = 3 * SN__PALETTE_SIZE };
const char *sn__line_colour(size_t s);
const char *sn__line_dash(size_t s);

#endif
