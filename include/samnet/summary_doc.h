/*
 * samnet/summary_doc.h: a dataset and its network at a glance, as result
 * documents (samnet/doc.h): exactly what `samnet summary` and `samnet
 * validate` print after their "dataset" line.  No igraph or GSL type is
 * needed to call these.
 */
#ifndef SAMNET_SUMMARY_DOC_H
#define SAMNET_SUMMARY_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/diag.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	sn_weighting_t weighting;  /* of the actor projection (default count) */
	bool structure;            /* also the tables "structure" and "mixing" (default false) */
	size_t max_ties;           /* projection size limit (sn_projection_check_limit); 0: none */
} sn_summary_doc_options_t;

/* Sets every option to its default. */
void sn_summary_doc_options_init(sn_summary_doc_options_t *o);

/*
 * The network `net` (built from `ds`) at a glance, added to `doc`:
 *   the population meta of `year` (sn_doc_population_meta()) and
 *   "projection" (the weighting's name);
 *   table "overview" (measure, count, value): the counts, densities and
 *   two-mode components of sn_network_summarize() on the actor projection,
 *   0 where a figure is undefined (no actors, no projects), and the
 *   population the actors represent in `year` (sn_network_population())
 *   with its share of the root territory's (0 when that is 0);
 *   table "actors_by_type" (type, actors, memberships), types without
 *   actors left out;
 *   with o->structure, table "structure" (sn_structure_summary() of the
 *   projection: density, components, paths, clustering both ways, degree
 *   and strength min/median/max/Gini, k-core, cut points) and table
 *   "mixing" (ties within and between groups, E-I index, nominal
 *   assortativity and actors without a group, by type and by county;
 *   sn_structure_mixing()).
 * `o` NULL: the defaults.
 *
 * Errors: SN_EINVAL (no network, or one not built from `ds`); SN_ELIMIT
 * when the projection exceeds o->max_ties; SN_EDATA when a population
 * figure for `year` is missing; those of the projection and the measures,
 * unchanged; SN_ENOMEM.  `doc` may hold part of the entries after a
 * failure.  O(memberships + the projection), with o->structure O(n m)
 * for the path lengths of the projection.
 */
sn_error_t sn_summary_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			  int year, const sn_summary_doc_options_t *o);

/*
 * The check report of a dataset that loaded (`samnet validate`), added to
 * `doc`: meta "status" (valid), "population_rule", "actors carrying
 * population" (actors whose represents is set); table "files" (item,
 * count: actors, actors in the network, projects, memberships,
 * coalitions, territories, and the warnings of `diag`, which may be NULL
 * for none); table "selectors": one row per membership line whose actor
 * is a group selector, with the line, project, selector and the number of
 * actors it expanded to (ordered by project, then line), or with
 * `expansions` one row per expanded actor ("actor" column) in
 * memberships.csv order.
 *
 * Errors: SN_EINVAL (no network, or one not built from `ds`); SN_ENOMEM.
 * O(memberships log memberships).
 */
sn_error_t sn_validate_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			   const sn_diag_t *diag, bool expansions);

#ifdef __cplusplus
}
#endif
#endif
