/*
 * samnet/coalition_doc.h: a coalition's profile as a result document
 * (samnet/doc.h), what `samnet coalition` prints: its population share
 * against its weight in the collaboration network.
 */
#ifndef SAMNET_COALITION_DOC_H
#define SAMNET_COALITION_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	/* The coalition: members[0..nmembers) (dataset actor indices, duplicates
	   fine) shown as `coalition`; when members is NULL, the coalition of
	   coalitions.csv named `coalition` (NULL: the first one). */
	const char *coalition;
	const size_t *members;
	size_t nmembers;
	bool all;                   /* instead: every named coalition side by side */
	sn_weighting_t weighting;   /* of the actor projection (default SN_WEIGHT_COUNT) */
	size_t max_ties;            /* projection size limit; 0: none */
} sn_coalition_doc_options_t;

/* Sets every field to its default (the first coalition, count weighting, no limit). */
void sn_coalition_doc_options_init(sn_coalition_doc_options_t *o);

/*
 * The profile of a coalition (sn_coalition_profile(): represented
 * population and its share of the national population in `year`, PageRank
 * and strength shares in the weighted actor projection, ties and projects)
 * into `doc`: the population metadata, projection, centrality and
 * coalition; the tables "coalition" (measure, value: members,
 * members_in_network, population, national_population, population_share,
 * pagerank_share, strength_share, ratio, internal_ties, internal_density,
 * external_ties, external_partners, shared_projects, joint_projects),
 * "members" (id, name, type, territory_name, population and
 * population_share for actors that represent a territory, pagerank) and
 * "shared_projects" (projects with two members or more).  With o->all
 * one table "coalitions" instead, a row per named coalition (members,
 * population, population_share, pagerank_share, ratio, internal_density,
 * shared_projects).
 *
 * Errors: SN_EINVAL for no member, a coalition name the dataset lacks or
 * a dataset without coalitions; those of sn_projection_build() (SN_ELIMIT
 * above max_ties) and sn_coalition_profile() (SN_EDATA for a missing
 * population figure); SN_ENOMEM.  After a failure `doc` may hold part of
 * the metadata.  Complexity: the projection plus PageRank, per coalition.
 */
sn_error_t sn_coalition_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			    int year, const sn_coalition_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
