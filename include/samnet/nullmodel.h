/*
 * samnet/nullmodel.h: degree-preserving null models.
 *
 * Two-mode: the curveball algorithm (Strona, Nappo, Boccacci, Fattorini &
 * San-Miguel-Ayanz 2014, "A fast and unbiased procedure to randomize
 * ecological binary matrices with fixed row and column totals", Nature
 * Communications 5:4114) on the incidence lists actor -> sorted projects.
 * Every sample keeps each actor's number of projects and each project's
 * number of members exactly; Carstens (2015, "Proof of uniform sampling of
 * binary matrices with fixed row sums and column sums for the fast Curveball
 * algorithm", Phys. Rev. E 91:042812) proves that the chain of trades is
 * symmetric and aperiodic, hence uniform over all such 0/1 matrices in the
 * limit.
 *
 * One-mode: degree-preserving rewiring of a simple undirected graph by
 * double edge swaps (the configuration-model null with the simple-graph
 * constraint, Maslov & Sneppen 2002).
 *
 * All randomness comes from a caller-supplied GSL generator (the CLI uses
 * gsl_rng_mt19937 seeded with --seed); nothing here touches igraph's global
 * random number generator.
 *
 * Lifetime: sn_incidence_t is a caller-held struct with
 * sn_incidence_init()/sn_incidence_destroy(); destroy is safe after init and
 * after any failure.
 */
#ifndef SAMNET_NULLMODEL_H
#define SAMNET_NULLMODEL_H

#include <stdbool.h>
#include <stddef.h>

#include <igraph.h>

#include "samnet/error.h"
#include "samnet/network.h"
#include "samnet/seed.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A binary actor x project incidence in compressed rows: the projects of
 * actor a are proj[start[a] .. start[a+1]), sorted ascending, without
 * repeats.  Actor a is two-mode vertex a of sn_network_t; project p is
 * vertex nactors + p.
 */
typedef struct {
	size_t nactors;
	size_t nprojects;
	size_t nmemberships;
	size_t *start;   /* [nactors + 1] */
	size_t *proj;    /* [nmemberships] */
} sn_incidence_t;

void sn_incidence_init(sn_incidence_t *inc);
void sn_incidence_destroy(sn_incidence_t *inc);

/*
 * Builds an incidence from `n` (actor, project) pairs.  Pairs may come in
 * any order; each pair must be unique (the null models are for binary
 * matrices).  `out` must be initialised; on failure it is left empty.
 * Returns SN_EINVAL when an index is out of range or a pair repeats,
 * SN_ENOMEM.  O(n log n).
 */
sn_error_t sn_incidence_from_pairs(sn_incidence_t *out, size_t nactors, size_t nprojects,
				   const size_t *actor, const size_t *project, size_t n);

/*
 * The incidence of a built two-mode network (actors first, projects after).
 * Returns SN_EINVAL when the network is not built or an edge does not join
 * an actor to a project, SN_ENOMEM.  O(E log E).
 */
sn_error_t sn_incidence_from_network(sn_incidence_t *out, const sn_network_t *net);

/* Deep copy of `src` into the initialised `out`.  SN_ENOMEM.  O(nmemberships). */
sn_error_t sn_incidence_copy(sn_incidence_t *out, const sn_incidence_t *src);

/*
 * The two-mode igraph graph of an incidence with the vertex order of
 * sn_network_t: actors 0..nactors-1, then projects.  `out` must be
 * uninitialised; `types` (may be NULL) must be initialised and is resized
 * to the vertices (false: actor, true: project).  SN_ENOMEM.  O(V + E).
 */
sn_error_t sn_incidence_to_graph(igraph_t *out, igraph_vector_bool_t *types,
				 const sn_incidence_t *inc);

/*
 * Degree of every project (members per project) into `out`, resized to
 * nprojects.  SN_ENOMEM.  O(nmemberships).
 */
sn_error_t sn_incidence_project_degrees(igraph_vector_int_t *out, const sn_incidence_t *inc);

/*
 * Checks that `b` has the same shape as `a` and that every actor and every
 * project has the same degree in both, and that the rows of `b` are still
 * sorted, unique and in range.  Returns SN_OK, or SN_EDATA with a message
 * naming the first actor or project whose degree differs (or a shape
 * mismatch, or a malformed row), SN_ENOMEM.  O(nactors + nprojects + nmemberships).
 */
sn_error_t sn_incidence_check_degrees(const sn_incidence_t *a, const sn_incidence_t *b);

/*
 * The one-mode actor projection of an incidence, for null samples (the
 * dataset-backed projection is sn_projection_build()).  Vertex v of `out`
 * is actor v; actors i < j are tied when they share a project; ties come
 * ordered by i, then j.  `shared_out` (number of shared projects) and
 * `weight_out` (the weighting of network.h: count, newman, jaccard,
 * overlap) are initialised vectors resized to the ties; either may be
 * NULL.  `out` must be uninitialised and is a valid graph after SN_OK.
 * Returns SN_OK, SN_ENOMEM.  O(sum over projects of n_p^2) time, O(V + E)
 * memory.
 */
sn_error_t sn_incidence_project(igraph_t *out, igraph_vector_t *shared_out,
				igraph_vector_t *weight_out, const sn_incidence_t *inc,
				sn_weighting_t weighting);

/*
 * Number of projects actors i and j share (a sorted-list intersection).
 * O(deg i + deg j).
 */
size_t sn_incidence_shared(const sn_incidence_t *inc, size_t i, size_t j);

/* The default number of curveball trades: 5 x memberships (at least 1). */
size_t sn_curveball_default_trades(const sn_incidence_t *inc);

/*
 * Randomises `inc` in place with `trades` curveball trades (0: the
 * default, sn_curveball_default_trades()).  One trade picks two distinct
 * actors i, j uniformly at random; the projects both take part in stay;
 * the projects only one of them takes part in are pooled, shuffled, and
 * dealt back so that each keeps its number of projects.  Rows stay sorted.
 * Actors without projects take part in trades that change nothing, as in
 * the uniform chain of Carstens (2015).  With fewer than two actors the
 * incidence is left unchanged.
 *
 * Strona et al. found that about 5 x memberships trades mix well on
 * ecological matrices; this is a heuristic, not a bound.  To draw many
 * samples, continue one chain (call again on the same incidence): the
 * samples are then correlated but each is a valid realisation.
 *
 * `rng` is borrowed.  Returns SN_OK, SN_ENOMEM.  O(trades x max degree).
 */
sn_error_t sn_curveball(sn_incidence_t *inc, sn_rng_t *rng, size_t trades);

/*
 * Degree-preserving rewiring of a simple undirected graph in place:
 * `swaps` attempted double edge swaps (0: 10 x edges).  An attempt picks
 * two edges (a,b), (c,d) uniformly and one of the two ways to reconnect
 * them, (a,d),(c,b) or (a,c),(b,d), and performs it unless it would create
 * a loop or a multi-edge (then the attempt is spent without change).
 * Every vertex keeps its degree and the graph stays simple.  Edge
 * attributes are not carried along.  Graphs with fewer than two edges are
 * left unchanged.
 *
 * `rng` is borrowed.  Returns SN_EINVAL when the graph is directed or not
 * simple, SN_ENOMEM.  O(V + E + swaps) expected.
 */
sn_error_t sn_rewire_degree_preserving(igraph_t *graph, sn_rng_t *rng, size_t swaps);

#ifdef __cplusplus
}
#endif
#endif
