/*
 * base/weights.h: the one check of tie weights (private to the library),
 * shared by the graph-building, analysis and model layers.
 */
#ifndef SAMNET_BASE_WEIGHTS_H
#define SAMNET_BASE_WEIGHTS_H

#include <stdbool.h>

#include <igraph.h>

#include "samnet/error.h"

/*
 * SN_OK when `weights` is NULL or holds one finite weight > 0 per edge of
 * `g`; else SN_EINVAL with a message that starts with `what` and names the
 * count ("what: 3 weights for 7 ties") or the first bad tie ("what: tie 2
 * has weight -1; weights must be finite and > 0").  O(edges).
 */
sn_error_t sn__graph_check_weights(const igraph_t *g, const igraph_vector_t *weights,
				   const char *what);

/*
 * Whether every weight (NULL: none) is a float exactly, so that compact
 * rows may keep it in 4 bytes and give back the same double: counts below
 * 2^24, for one.  O(edges).
 */
bool sn__weights_fit_float(const igraph_vector_t *weights);

#endif
