/*
 * export/layout_fr.h (private): Fruchterman-Reingold positions of an edge
 * list, the algorithm of igraph 0.10's igraph_layout_fruchterman_reingold()
 * (Fruchterman & Reingold 1991: attraction w d^2 along the ties, repulsion
 * 1/d), step for step and draw for draw, so that the positions are igraph's
 * (tests/check_layout_fr.c holds them to igraph's), read from the exported
 * ties instead of an igraph graph: at 100 000 actors and 5.5 million ties,
 * 190 MB less.
 */
#ifndef SAMNET_EXPORT_LAYOUT_FR_H
#define SAMNET_EXPORT_LAYOUT_FR_H

#include <stddef.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/error.h"
#include "base/rows.h"

/*
 * The ties to lay out: ne ties, tie e joining src[e] and dst[e] (both < nv)
 * with weight weight[e] > 0 (weight NULL: 1); or, when `rows` is given, the
 * ties of those rows (base/rows.h) on the nv vertices, tie e the e-th entry
 * above its row's vertex, with the rows' weights.
 */
typedef struct {
	size_t ne;
	const int32_t *src, *dst;
	const double *weight;
	const adj_rows_t *rows;
} sn__layout_ties_t;

/*
 * Positions of the nv vertices into `out` (resized to nv x 2) after `niter`
 * iterations from the start temperature `start_temp`: a random start in
 * the square of side sqrt(nv) around 0, then each iteration the forces,
 * each vertex moved by at most the temperature, which falls linearly to 0.
 * Up to 1000 vertices every pair repels (with igraph's
 * weak pull between all pairs when the graph is disconnected); above, only
 * pairs within distance 2 in neighbouring cells of a grid of the starting
 * positions, as igraph's grid variant (IGRAPH_LAYOUT_AUTOGRID).  Draws from
 * igraph's default generator, as igraph does: the caller seeds it.
 * SN_ENOMEM.  O(niter (n^2 + m)) up to 1000 vertices, else about
 * O(niter (n + m)).
 */
sn_error_t sn__layout_fr(igraph_matrix_t *out, size_t nv, const sn__layout_ties_t *ties,
			 int niter, double start_temp);

#endif
