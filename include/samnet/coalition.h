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
 * sn_coalition_profile_destroy().
 */
#ifndef SAMNET_COALITION_H
#define SAMNET_COALITION_H

#include <stddef.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/network.h"

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

/*
 * The members named by `list`: actor ids and selectors separated by commas
 * (sn_dataset_resolve_actor()).  A selector's own code list also uses
 * commas, so a bare territory code after a selector ("regions:06,07")
 * extends that selector.  *out (the caller's, to free()) receives the actor
 * indices, *n their number.
 * Errors: SN_EINVAL "members: <message>" for a reference that resolves to
 * nothing (unknown actor, unknown territory, a selector matching nothing)
 * or names an actor the list already named (by id or through a selector),
 * and "members names no actor"; SN_ENOMEM.  On error *out is NULL.
 * O(length * resolve).
 */
sn_error_t sn_coalition_members_parse(size_t **out, size_t *n, const sn_dataset_t *ds,
				      const char *list);

/*
 * A coalition's share of a per-vertex quantity of a projection (strength,
 * PageRank, betweenness, voting power): `values[0..nv)` indexed by
 * projection vertex (vertex v is two-mode vertex v + `offset` of `net`).
 * *sum_out (may be NULL) receives the sum of the values of the distinct
 * members of actors[0..n) in the network, in ascending vertex order;
 * *share_out (may be NULL) that sum over the sum of all nv values, NaN when
 * that total is not positive.  Non-finite values count 0.
 * *in_network_out (may be NULL) counts the distinct members with a vertex.
 * The one computation of a coalition's share, for `samnet coalition` and
 * the report.  Errors: SN_ENOMEM.  O(n log n + nv).
 */
sn_error_t sn_coalition_share(double *share_out, double *sum_out, size_t *in_network_out,
			      const sn_network_t *net, size_t offset, const double *values,
			      size_t nv, const size_t *actors, size_t n);

/*
 * The population the actors[0..n) represent in `year` (the union of their
 * territories, sn_dataset_represented_population()) into *population_out,
 * and its share of the population of the territory tree's root into
 * *share_out (may be NULL; NaN when the root's population is not positive).
 * Errors: those of sn_dataset_represented_population() and
 * sn_territories_population() (SN_EDATA when a figure is missing).  O(n + tree).
 */
sn_error_t sn_coalition_population(int64_t *population_out, double *share_out,
				   const sn_dataset_t *ds, const size_t *actors, size_t n, int year);

#ifdef __cplusplus
}
#endif
#endif
