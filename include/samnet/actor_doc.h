/*
 * samnet/actor_doc.h: one actor's profile as a result document
 * (samnet/doc.h), what `samnet actor` prints: why an actor is central.
 */
#ifndef SAMNET_ACTOR_DOC_H
#define SAMNET_ACTOR_DOC_H

#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/network.h"
#include "samnet/profile.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	size_t actor;                          /* dataset actor index (sn_dataset_find_actor()) */
	size_t partners;                       /* partners listed, most shared projects first;
						  0: all (default 10) */
	sn_actor_profile_options_t profile;    /* weighting, runs, seed, max_ties; its year is
						  sn_actor_doc()'s */
} sn_actor_doc_options_t;

/* Sets every field to its default (actor 0, 10 partners, SN_ACTOR_PROFILE_OPTIONS_INIT). */
void sn_actor_doc_options_init(sn_actor_doc_options_t *o);

/*
 * The profile of actor o->actor (sn_actor_profile_build() in `year`) into
 * `doc`: metadata (id, name, type, territory, represents, population, the
 * population metadata, coalitions, projects, partners and, for an actor in
 * the network, projection, community, stability, runs and seed; else a
 * "network" line saying it is not in it) and the tables "projects" (id,
 * name, role, theme, start, end, members), "partners" (id, name, type,
 * shared_projects), then for an actor in the network "measures" (measure,
 * value, rank, of, percentile, meaning), "community" (its other members)
 * and "brokerage" (Gould-Fernandez role, count, z), and "power" (per
 * coalition holding it: players, population_share, banzhaf, shapley) when
 * it is in a coalition.
 *
 * Errors: those of sn_actor_profile_build() (SN_EINVAL for an actor out of
 * range or runs 0, SN_ELIMIT above max_ties); SN_ENOMEM.  After a failure
 * `doc` may hold part of the metadata.  Complexity: sn_actor_profile_build().
 */
sn_error_t sn_actor_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net, int year,
			const sn_actor_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
