/*
 * samnet/profile.h: one actor's profile, "why is X central": what it is and
 * represents, its projects and partners, where it ranks on every measure of
 * the registry, its community and how stable that membership is, its
 * brokerage roles and its voting power in each of its coalitions.
 *
 * Lifetime: caller-held struct, sn_actor_profile_init() /
 * sn_actor_profile_destroy() (safe after init and after any failure).
 */
#ifndef SAMNET_PROFILE_H
#define SAMNET_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/brokerage.h"
#include "samnet/centrality.h"
#include "samnet/network.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	size_t project;        /* index into dataset->projects */
	unsigned roles;        /* SN_ROLE_* bits of the actor in it; 0: none given */
	size_t members;        /* actors in the project (in the network) */
	const char *theme;     /* borrowed from projects.csv's theme column; "" when none */
	const char *start;     /* borrowed: start and end columns, "" when none */
	const char *end;
} sn_profile_project_t;

typedef struct {
	size_t actor;          /* index into dataset->actors */
	size_t shared;         /* projects shared with the profiled actor, >= 1 */
} sn_profile_partner_t;

typedef struct {
	double value;          /* on the actor projection; NaN when undefined */
	size_t rank;           /* 1 + actors with a better value (constraint: lower is better);
				  0 when value is NaN */
	double percentile;     /* 100 * (actors with a strictly worse value) / (ranked - 1);
				  100 when the actor is alone; NaN when value is NaN */
} sn_profile_measure_t;

typedef struct {
	size_t coalition;      /* index into dataset->coalitions */
	size_t players;        /* members of the coalition */
	double weight_share;   /* the actor's share of the coalition's represented population */
	double banzhaf;        /* normalised Banzhaf index; NaN when the coalition holds no
				  population (no game can be formed) */
	double shapley;        /* Shapley-Shubik index; NaN likewise */
} sn_profile_power_t;

typedef struct {
	size_t actor;                  /* index into dataset->actors */
	bool in_network;               /* false: left out of the network (no project) */
	int64_t population;            /* represented population (0 when it represents none) */
	int year;                      /* population year */
	size_t *coalitions;            /* [ncoalitions] coalitions holding the actor */
	size_t ncoalitions;
	sn_profile_project_t *projects;  /* [nprojects] in dataset order */
	size_t nprojects;
	sn_profile_partner_t *partners;  /* [npartners] most shared projects first, then by id */
	size_t npartners;
	size_t ranked;                 /* actors in the projection the measures rank */
	sn_profile_measure_t measures[SN_MEASURE_COUNT];  /* by sn_measure_t */
	size_t community;              /* consensus community, 0-based; SIZE_MAX when none */
	size_t communities;            /* communities in the consensus */
	size_t *community_members;     /* [ncommunity_members] the other actors of it */
	size_t ncommunity_members;
	double stability;              /* share of the runs in which the actor sits with its
					  consensus community (sn_ensemble_run()) */
	size_t runs;                   /* ensemble runs */
	double broker_raw[SN_BROKER_ROLE_COUNT];  /* Gould-Fernandez counts, groups = county */
	double broker_z[SN_BROKER_ROLE_COUNT];    /* z under the null (NaN when sd is 0) */
	sn_profile_power_t *power;     /* [npower] one per coalition, same order */
	size_t npower;
} sn_actor_profile_t;

typedef struct {
	sn_weighting_t weighting;      /* of the actor projection; default count */
	size_t runs;                   /* Leiden (modularity, gamma 1) ensemble runs; default 20 */
	uint64_t seed;                 /* default 1 */
	int year;                      /* population year; 0: the tree's latest complete year */
	size_t max_ties;               /* projection size limit (0: none); default 0 */
} sn_actor_profile_options_t;

#define SN_ACTOR_PROFILE_OPTIONS_INIT { SN_WEIGHT_COUNT, 20, 1, 0, 0 }

void sn_actor_profile_init(sn_actor_profile_t *p);
void sn_actor_profile_destroy(sn_actor_profile_t *p);

/*
 * The profile of dataset actor `actor` in network `net`:
 *  - population: the population of the territory it represents
 *    (sn_dataset_represented_population(): only territorial actors, or a
 *    represents column, carry population);
 *  - projects: its memberships with their roles and, when projects.csv has
 *    them, the theme, start and end columns;
 *  - partners: every actor sharing a project, with the number of projects
 *    shared (the count weighting of the projection), most first;
 *  - measures: every measure of the registry on the actor projection with
 *    opts->weighting, normalised, with the actor's rank and percentile
 *    among the actors of the network (Burt's constraint ranks low first;
 *    NaN values rank last and are not ranked);
 *  - community: the consensus of an ensemble of opts->runs Leiden runs
 *    (modularity, gamma 1; Lancichinetti & Fortunato 2012, see
 *    sn_ensemble_run()), its other members and the actor's stability;
 *  - brokerage: Gould & Fernandez (1989) roles on the projection with groups
 *    = county (actors without one share a group), counts and z;
 *  - power: in each coalition holding the actor, the weighted majority game
 *    of its members with their represented populations as weights and the
 *    quota "more than 50 %" (samnet power's defaults), Banzhaf (1965) and
 *    Shapley-Shubik (1954) indices.
 * An actor left out of the network (a territorial actor without projects)
 * gets its type, population, coalitions and power; its measures are NaN,
 * rank 0, and it has no community (SIZE_MAX).
 *
 * Errors: SN_EINVAL when `actor` is out of range or opts is bad (runs 0);
 * SN_ELIMIT from the projection limit; the errors of the functions named
 * above; SN_ENOMEM.  `out` must be initialised; it is rebuilt.  `opts` may
 * be NULL (defaults).
 * Complexity: that of every measure plus the ensemble (sn_ensemble_run():
 * O(runs n^2) up to 5000 actors, O(runs m) per round above).
 */
sn_error_t sn_actor_profile_build(sn_actor_profile_t *out, const sn_network_t *net, size_t actor,
				  const sn_actor_profile_options_t *opts);

#ifdef __cplusplus
}
#endif
#endif
