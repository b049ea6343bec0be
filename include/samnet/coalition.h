/*
 * samnet/coalition.h: the weight of a set of actors in the network and in
 * the population.
 *
 * A coalition is any set of actors: a named coalition of coalitions.csv, a
 * community, an ego network.  Its profile answers the strategist's
 * questions: how much of the population do the members represent (the
 * union of their territories, so a region and one of its kommuner count
 * that kommun once), how densely are they tied to each other, how many ties
 * reach outside, which projects do they share, and how does their share of
 * the population compare with their share of network centrality (PageRank
 * on the weighted actor projection, which sums to 1 over all actors).
 *
 * Lifetime: caller-held struct, sn_coalition_profile_init() /
 * sn_coalition_profile_destroy().  The igraph-free calls (members, shares,
 * population) are in samnet/coalition_share.h.
 */
#ifndef SAMNET_COALITION_H
#define SAMNET_COALITION_H

#include <stddef.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/network.h"
#include "samnet/coalition_share.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	size_t nmembers;             /* distinct actors in the coalition */
	size_t in_network;           /* of them, actors present in the network */
	int64_t population;          /* represented population (territory union) */
	int64_t national;            /* population of the tree's root */
	double population_share;     /* population / national */
	double pagerank_share;       /* sum of the members' PageRank */
	double strength_share;       /* members' share of the total tie strength */
	double ratio;                /* pagerank_share / population_share; NAN when the latter is 0 */
	size_t internal_ties;        /* projection ties between two members */
	double internal_density;     /* internal_ties / (k (k - 1) / 2), k = in_network; NAN for k < 2 */
	size_t external_ties;        /* projection ties from a member to a non-member */
	size_t external_partners;    /* distinct non-members tied to a member */
	size_t shared_projects;      /* projects with at least two members */
	size_t joint_projects;       /* projects with every member (k >= 2) */
	igraph_vector_t pagerank;    /* [actor vertices] PageRank of every actor, for tables */
	igraph_vector_int_t project_members;  /* [projects] members of the coalition in each project */
} sn_coalition_profile_t;

void sn_coalition_profile_init(sn_coalition_profile_t *p);
void sn_coalition_profile_destroy(sn_coalition_profile_t *p);

/*
 * Profiles the coalition of dataset actors `actors[0..n)` (duplicates are
 * fine; actors left out of the network count for population but have no
 * ties) in network `net` with the actor projection `proj` (weights used for
 * PageRank and strength).  `year` selects the population figures.
 *
 * Returns SN_OK; SN_EINVAL when n = 0; SN_EDATA when a territory has no
 * population for `year` (the message names it); SN_ENOMEM; an igraph
 * failure as SN_ENUMERIC.  O(m + PageRank) for m projection ties.
 */
sn_error_t sn_coalition_profile(sn_coalition_profile_t *out, const sn_network_t *net,
				const sn_projection_t *proj, const size_t *actors, size_t n,
				int year);

#ifdef __cplusplus
}
#endif
#endif
