/*
 * export/centrality_values.h: the measure values behind every centrality
 * table of the output layer, sn_centrality_doc() and sn_centrality_table()
 * (private to the library).
 */
#ifndef SAMNET_EXPORT_CENTRALITY_VALUES_H
#define SAMNET_EXPORT_CENTRALITY_VALUES_H

#include <stddef.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/centrality.h"
#include "samnet/centrality_doc.h"
#include "samnet/network.h"

/*
 * Computes measures[k] into values[k] (caller-initialised, resized) for
 * every vertex of the actor projection of `net` with o->weighting (vertex v
 * is two-mode actor vertex v), or under o->two_mode for every vertex of
 * the two-mode graph: the registry's compute functions (the parallel exact
 * paths), sn_twomode_compute(), or under o->approx the sampled betweenness,
 * whose sample count goes to samples[k] (`samples` may be NULL without
 * approx).  Errors: those of sn_projection_build() (o->max_ties) and of the
 * measures.  The measures are not checked here.
 */
sn_error_t sn__centrality_values(igraph_vector_t *values, int64_t *samples,
				 const sn_network_t *net, const sn_measure_t *measures, size_t n,
				 const sn_centrality_doc_options_t *o);

#endif
