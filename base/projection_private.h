/*
 * base/projection_private.h: the one projection engine (private to the
 * library), behind sn_projection_build() and sn_incidence_project().
 */
#ifndef SAMNET_BASE_PROJECTION_PRIVATE_H
#define SAMNET_BASE_PROJECTION_PRIVATE_H

#include <stddef.h>

#include <igraph.h>

#include "samnet/error.h"
#include "samnet/network.h"

/* One mode of a two-mode graph in compressed rows. */
typedef struct {
	size_t n;          /* vertices of this mode */
	size_t *start;     /* [n + 1] offsets into nbr */
	size_t *nbr;       /* neighbours, indices within the other mode, ascending per row */
} sn__csr_t;

/*
 * The one-mode projection of `self` through `other` (its transpose, rows
 * ascending): vertices i < j of `self` are tied when they share a
 * neighbour; ties come ordered by i, then j.  `out` (uninitialised) gets
 * self->n vertices; `weight_out` (the weighting of network.h) and
 * `shared_out` (shared neighbours), initialised and resized, may be NULL.
 * Returns SN_OK or SN_ENOMEM.  O(sum over `other` of degree^2).
 */
sn_error_t sn__projection_from_csr(igraph_t *out, igraph_vector_t *weight_out,
				   igraph_vector_t *shared_out, const sn__csr_t *self,
				   const sn__csr_t *other, sn_weighting_t weighting);

/* The ties of built `p` in compressed rows (base/rows.h), row v ascending. */
struct sn__adj_rows;
const struct sn__adj_rows *sn__projection_rows(const sn_projection_t *p);

#endif
