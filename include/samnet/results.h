/*
 * samnet/results.h: analyses as result tables (samnet/doc.h), the common
 * path of a binding: no igraph or GSL type is needed to call these, and the
 * table renders to any writer (samnet/writer.h) or is read back cell by cell.
 */
#ifndef SAMNET_RESULTS_H
#define SAMNET_RESULTS_H

#include <stdbool.h>
#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"
#include "samnet/measure.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A table named "centrality" with one row per actor vertex of `net`, in
 * vertex order, and the columns id, name and then measures[0..n) under
 * their registry names (sn_measure_info()), computed by
 * sn_centrality_compute() on the actor projection with `weighting`
 * (normalised when `normalized`).  The caller frees *out with
 * sn_doc_table_free(); *out is NULL after a failure.
 *
 * Errors: SN_EINVAL when `net` is not built, n is 0 or a measure is
 * unknown; those of sn_projection_build() and of the measures; SN_ENOMEM.
 * Complexity: the projection plus the measures (O(n m) for betweenness).
 */
sn_error_t sn_centrality_table(sn_doc_table_t **out, const sn_network_t *net,
			       sn_weighting_t weighting, const sn_measure_t *measures, size_t n,
			       bool normalized);

/*
 * The population metadata of a document that reports population: "year";
 * "population_years" when some territories take their figure from an
 * earlier year than `year` (the years, with the number of territories
 * taking their figure from each, latest first); "population_rule" (how an
 * actor's population is counted, sn_dataset_population_rule()).
 * Errors: SN_ENOMEM.
 */
sn_error_t sn_doc_population_meta(sn_doc_t *doc, const sn_dataset_t *ds, int year);

#ifdef __cplusplus
}
#endif
#endif
