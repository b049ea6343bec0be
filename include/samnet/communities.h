/*
 * samnet/communities.h: communities, two-mode clusters, seeded ensembles
 * with a consensus partition, partition comparison and community profiles.
 *
 * Every function works on an undirected igraph graph with optional edge
 * weights (NULL: every edge weighs 1), so that it can be used on any
 * projection or on the two-mode graph, or on a hand-built test graph.
 *
 * Memberships.  A membership vector holds, for each vertex, the index of
 * its community.  Every membership this module returns is canonical:
 * communities are numbered 0, 1, ... in the order of their lowest vertex,
 * so that two equal partitions always have equal vectors (and print the
 * same bytes).
 *
 * Community numbers.  People see community index c as the number
 * sn_community_number(c) = c + 1: the CLI's tables, the `community`
 * attribute of every export, the HTML report and the blocs of `samnet
 * power` all go through that function, so that an actor has the same
 * community number wherever it appears.
 *
 * Modularity.  Newman's modularity with resolution gamma (Newman & Girvan
 * 2004; Reichardt & Bornholdt 2006) of a partition of a graph with total
 * edge weight m and vertex strengths k_i is
 *     Q = sum over communities c of  e_c / m  -  gamma (K_c / 2m)^2,
 * where e_c is the weight of the edges inside c and K_c the summed strength
 * of its vertices.  Q at gamma = 1 is the usual modularity, as printed by
 * python-igraph's Graph.modularity() and NetworkX's community.modularity().
 *
 * Randomness.  Leiden, Louvain, Infomap and label propagation are
 * randomised.  Leiden and Louvain are samnet's own and draw from SplitMix64
 * streams seeded with `seed`, so one seed gives the same membership, byte
 * for byte, on every machine.  Infomap and label propagation reseed
 * igraph's default random number generator with
 * igraph_rng_seed(igraph_rng_default(), seed) right before the algorithm
 * (same membership on the same igraph version).  Ensembles derive one seed
 * per run with sn_communities_derived_seed().  Not thread-safe (igraph's
 * generator is process-wide).
 *
 * Lifetimes: sn_ensemble_t and sn_community_profiles_t are caller-held
 * structs with _init()/_destroy(); destroy is safe after init and after
 * any failure.  Vector outputs are caller-initialised igraph vectors that
 * the functions resize; after a failure their contents are unspecified.
 */
#ifndef SAMNET_COMMUNITIES_H
#define SAMNET_COMMUNITIES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/handles.h"
#include "samnet/progress.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	SN_COMMUNITY_LEIDEN,     /* Traag, Waltman & van Eck 2019 (default) */
	SN_COMMUNITY_LOUVAIN,    /* Blondel et al. 2008, with resolution */
	SN_COMMUNITY_INFOMAP,    /* Rosvall & Bergstrom 2008 */
	SN_COMMUNITY_WALKTRAP,   /* Pons & Latapy 2005, cut at maximum modularity */
	SN_COMMUNITY_LABELPROP,  /* Raghavan, Albert & Kumara 2007 */
	SN_COMMUNITY_FASTGREEDY, /* Clauset, Newman & Moore 2004, cut at maximum modularity */
	SN_COMMUNITY_ALGORITHM_COUNT
} sn_community_algorithm_t;

typedef enum {
	SN_OBJECTIVE_MODULARITY, /* Newman modularity with resolution gamma (default) */
	SN_OBJECTIVE_CPM         /* constant Potts model, Traag, Van Dooren & Nesterov 2011 */
} sn_community_objective_t;

/* "leiden", "louvain", "infomap", "walktrap", "labelprop", "fastgreedy" (static). */
const char *sn_community_algorithm_name(sn_community_algorithm_t a);

/* Parses an algorithm name; SN_EINVAL with a message listing the names. */
sn_error_t sn_community_algorithm_parse(const char *name, sn_community_algorithm_t *out);

/* "modularity", "cpm" (static). */
const char *sn_community_objective_name(sn_community_objective_t o);

/* Parses an objective name; SN_EINVAL with a message when unknown. */
sn_error_t sn_community_objective_parse(const char *name, sn_community_objective_t *out);

/*
 * The number under which community `index` (0-based, of a canonical
 * membership) is shown to people: index + 1, so that the first community
 * is 1 and the order is the canonical one.  A negative index (no
 * community) gives 0.  O(1).
 */
int64_t sn_community_number(igraph_integer_t index);

/* The inverse: the index of community `number`, -1 for a number < 1.  O(1). */
igraph_integer_t sn_community_index(int64_t number);

typedef struct sn_communities_options {
	sn_community_algorithm_t algorithm;  /* default SN_COMMUNITY_LEIDEN */
	sn_community_objective_t objective;  /* Leiden and Louvain; default modularity */
	double resolution;      /* gamma >= 0, finite; Leiden and Louvain; default 1 */
	double beta;            /* Leiden refinement randomness > 0; default 0.01 */
	int max_iterations;     /* iteration bound >= 1 (default 100): Leiden iterates until an
				   iteration leaves the partition unchanged or gains less than
				   `tolerance`, at most this often; Louvain visits each vertex
				   at most this often per level; BRIM (two-mode) sweeps at
				   most this often */
	int walktrap_steps;     /* random-walk length >= 1; default 4 */
	int infomap_trials;     /* Infomap attempts >= 1; default 10 */
	uint64_t seed;          /* default 1 */
	double tolerance;       /* Leiden: relative quality gain in [0, 1) below which an
				   iteration ends the loop; 0: only an unchanged partition
				   does; default SN_COMMUNITIES_TOLERANCE */
} sn_communities_options_t;

#define SN_COMMUNITIES_OPTIONS_INIT \
	{ SN_COMMUNITY_LEIDEN, SN_OBJECTIVE_MODULARITY, 1.0, 0.01, SN_COMMUNITIES_MAX_ITERATIONS, \
	  4, 10, 1, SN_COMMUNITIES_TOLERANCE }

/* Default of max_iterations. */
#define SN_COMMUNITIES_MAX_ITERATIONS 100

/* Default of tolerance: an iteration that raises the quality by less than
   0.01 % of it ends Leiden's loop. */
#define SN_COMMUNITIES_TOLERANCE 1e-4

/* Fills `opts` with the defaults above. */
void sn_communities_options_default(sn_communities_options_t *opts);

/*
 * Seed of run `k` (0-based) of an ensemble started from `seed`: the
 * SplitMix64 finaliser (Steele, Lea & Flood 2014) applied to
 * seed + (k + 1) * 0x9E3779B97F4A7C15 (mod 2^64).  Distinct k give
 * well-spread, reproducible seeds.  O(1).
 */
uint64_t sn_communities_derived_seed(uint64_t seed, uint64_t k);

typedef struct sn_communities_summary {
	igraph_integer_t communities;  /* number of communities */
	double modularity;   /* Q at gamma = 1 (NaN when the graph has no edges) */
	double quality;      /* the optimised objective at the chosen resolution: Q at gamma
				(Leiden-modularity, Louvain; gamma = 1 for walktrap, fast
				greedy and label propagation), the CPM quality
				sum_c (e_c - gamma n_c (n_c - 1) / 2) (Leiden-CPM), or the
				map equation's code length in bits (Infomap) */
	int iterations;      /* Leiden iterations done (0 for the other algorithms) */
	int sweeps;          /* BRIM sweeps done (two-mode clustering only, else 0) */
	bool at_bound;       /* true: stopped at max_iterations while the last Leiden
				iteration or BRIM sweep still changed the partition, which
				may therefore not be stable */
} sn_communities_summary_t;

/*
 * Finds communities of the undirected graph `g` with the algorithm and
 * parameters of `opts` (NULL: defaults) and stores the canonical membership
 * in `membership_out` (caller-initialised, resized to the vertex count).
 * `weights` (NULL: unweighted) must hold one finite weight > 0 per edge.
 * `summary_out` may be NULL.
 *
 * Leiden and Louvain are samnet's own (analysis/louvain.c; Traag, Waltman
 * & van Eck 2019 and Blondel et al. 2008 as igraph 0.10 implements them,
 * on compact rows, about 2.5 times faster than igraph_community_leiden()
 * at 100 000 actors for the same modularity).  They optimise
 * sum_ij (A_ij - r n_i n_j) delta(c_i, c_j): with the modularity objective
 * n_i = k_i and r = gamma / (2m), which is the modularity with resolution
 * gamma above; with CPM, n_i = 1 and r = gamma: a community is worth
 * keeping when its internal density exceeds gamma (in units of edge
 * weight).  Both split each community into its connected parts last, so
 * every community is connected.
 *
 * Iteration bounds.  Leiden runs one iteration from singletons, then
 * further iterations from the current partition until one leaves the
 * partition unchanged or raises the quality Q by at most
 * opts->tolerance * |Q| (Q of the iteration before), at most
 * opts->max_iterations in all (iteration i seeded with
 * sn_communities_derived_seed(seed, i)); summary_out->iterations counts
 * them and summary_out->at_bound tells when the bound, not stability, ended
 * the loop.  Late iterations of a large graph move few vertices for gains
 * of 1e-5 of Q and cost as much as the first; the tolerance stops them
 * (tolerance 0 runs to the fixed point).  Louvain's levels end when a level
 * moves no vertex, each level after at most max_iterations visits per
 * vertex (summary_out->at_bound when one reached it); Infomap makes
 * infomap_trials attempts; label propagation
 * sweeps until every vertex holds a dominant label, which with random
 * tie-breaking happens with probability 1; igraph 0.10 offers no bound on
 * these three.  Walktrap and fast greedy are not iterative.  Infomap, walktrap,
 * label propagation and fast greedy ignore the resolution; walktrap and fast
 * greedy cut their dendrogram at maximum modularity and are deterministic.
 *
 * Edge cases: a graph without edges gives singletons, modularity NaN.
 * Isolated vertices are singletons.  Fast greedy rejects multigraphs.
 *
 * Errors: SN_EINVAL for no vertices, a directed graph, a weight vector of the
 * wrong length or with a weight that is not finite and > 0, a resolution
 * that is negative or not finite, beta <= 0 or not finite, max_iterations,
 * walktrap_steps or infomap_trials < 1, a tolerance outside [0, 1), or an
 * out-of-range enum; igraph's failures mapped with
 * sn_error_from_igraph(); SN_ENOMEM.
 * Complexity: Leiden and Louvain about O(m) per pass; Infomap
 * O(trials * m log n); walktrap O(m n^2) worst case; fast greedy
 * O(m d log n); label propagation O(m) per sweep.
 */
sn_error_t sn_communities_detect(igraph_vector_int_t *membership_out,
				 sn_communities_summary_t *summary_out, const igraph_t *g,
				 const igraph_vector_t *weights,
				 const sn_communities_options_t *opts);

/*
 * sn_communities_detect() on the projection `p` with its tie weights: the
 * same partition and summary as on sn_projection_graph(p) and p->weight.
 * Leiden, Louvain and the qualities read the projection's rows in place and
 * never build the igraph graph (at 5.5 million ties, 230 MB less); the other
 * algorithms build it on their first call.  Errors: SN_EINVAL for a
 * projection not built or without vertices, and those of
 * sn_communities_detect().
 */
sn_error_t sn_communities_detect_projection(igraph_vector_int_t *membership_out,
					    sn_communities_summary_t *summary_out,
					    const sn_projection_t *p,
					    const sn_communities_options_t *opts);

/*
 * Modularity with resolution `resolution` (see the top of this header) of
 * `membership` on `g` with `weights` (NULL: unweighted) into *out.
 * Negative community indices are not allowed.  A graph without edges gives
 * NaN.  Errors: SN_EINVAL for a directed graph, a membership of the wrong
 * length or with a negative entry, bad weights or resolution.  O(n + m).
 */
sn_error_t sn_communities_modularity(double *out, const igraph_t *g,
				     const igraph_vector_t *weights,
				     const igraph_vector_int_t *membership, double resolution);

/*
 * Barber's (2007) bipartite modularity of a partition of the two-mode graph
 * `g` whose vertex classes are `types` (false: one class, e.g. actors;
 * true: the other, e.g. projects), into *out:
 *     Q_B = (1/m) sum over i of class false, j of class true of
 *           (A_ij - gamma k_i d_j / m) delta(c_i, c_j)
 *         = sum_c  e_c / m  -  gamma K_c D_c / m^2,
 * with m the total edge weight, k_i and d_j the strengths, K_c and D_c the
 * summed strengths of the class-false and class-true members of c.  The
 * null model only counts pairs that could be tied at all, which ordinary
 * modularity does not.  Q_B ranges in [-1, 1]; a graph without edges gives
 * NaN.  Errors: SN_EINVAL as sn_communities_modularity(), for `types` of
 * the wrong length, or an edge joining two vertices of one class.
 * O(n + m).
 */
sn_error_t sn_communities_barber_modularity(double *out, const igraph_t *g,
					    const igraph_vector_t *weights,
					    const igraph_vector_bool_t *types,
					    const igraph_vector_int_t *membership,
					    double resolution);

/*
 * Clusters both classes of a two-mode graph together, so that actors and
 * the projects they share end up in one community.  Runs `opts`'s
 * algorithm on the two-mode graph itself, then improves the result with
 * Barber's (2007) BRIM: alternately give every class-false vertex the
 * community that maximises Q_B for the current class-true labels, then the
 * reverse, until Q_B (at opts->resolution) no longer rises by 1e-12.  Each
 * half-step is an exact best response, so Q_B never falls.  The canonical
 * membership goes to `membership_out`, Q_B at opts->resolution to
 * *barber_out (may be NULL).  BRIM makes at most opts->max_iterations
 * sweeps.  `summary_out` (may be NULL) gets the final partition's
 * community count and modularity (gamma = 1), Q_B as the quality, the
 * Leiden iterations and BRIM sweeps done, and at_bound when either loop
 * stopped at its bound.
 * Errors: those of sn_communities_detect() and
 * sn_communities_barber_modularity().  O(detect + sweeps * (m + n K)) for
 * K communities.
 */
sn_error_t sn_communities_detect_two_mode(igraph_vector_int_t *membership_out,
					  double *barber_out, sn_communities_summary_t *summary_out,
					  const igraph_t *g, const igraph_vector_t *weights,
					  const igraph_vector_bool_t *types,
					  const sn_communities_options_t *opts);

/*
 * Resolution sweep: for each gamma in `resolutions`, runs
 * sn_communities_detect() with `opts` at that resolution (same seed) and
 * stores the number of communities, the modularity at gamma = 1, the
 * objective's quality at gamma (see sn_communities_summary_t) and whether
 * the run stopped at opts->max_iterations.  Each output is
 * caller-initialised and resized to the number of resolutions, or NULL.
 * Errors: SN_EINVAL for an empty list, and those of sn_communities_detect().
 * O(len(resolutions) * detect).
 */
sn_error_t sn_communities_sweep(igraph_vector_int_t *count_out, igraph_vector_t *modularity_out,
				igraph_vector_t *quality_out, igraph_vector_bool_t *at_bound_out,
				const igraph_t *g, const igraph_vector_t *weights,
				const sn_communities_options_t *opts,
				const igraph_vector_t *resolutions);

/* ---- ensembles and consensus ------------------------------------------------ */

/* Which vertex pairs the consensus rounds score (see sn_ensemble_run()). */
typedef enum {
	SN_CONSENSUS_AUTO,     /* all pairs up to SN_ENSEMBLE_DENSE_MAX vertices, edges above (default) */
	SN_CONSENSUS_DENSE,    /* all pairs: a dense n x n co-assignment matrix */
	SN_CONSENSUS_EDGES     /* only the pairs adjacent in the input graph: O(m) memory */
} sn_consensus_pairs_t;

/* The largest graph that SN_CONSENSUS_DENSE (and AUTO's dense choice) accepts. */
#define SN_ENSEMBLE_DENSE_MAX 5000

typedef struct {
	size_t runs;             /* N >= 1 independent runs; default 100 */
	double threshold;        /* tau in [0, 1): co-assignment below tau is dropped; default 0.5 */
	size_t max_iterations;   /* consensus rounds before giving up; default 20 */
	const igraph_vector_bool_t *two_mode_types;  /* NULL (default), or the vertex classes of
							a two-mode graph: the N runs then use
							sn_communities_detect_two_mode() */
	sn_consensus_pairs_t pairs;  /* default SN_CONSENSUS_AUTO */
	sn_progress_t progress;  /* step "ensemble": runs done of runs + 1, the last unit
				    the consensus, stability and run comparison; default none */
} sn_ensemble_options_t;

#define SN_ENSEMBLE_OPTIONS_INIT { 100, 0.5, 20, NULL, SN_CONSENSUS_AUTO, { NULL, NULL } }

typedef struct {
	size_t runs;                      /* N */
	igraph_matrix_int_t memberships;  /* [n x N] column r: canonical membership of run r */
	igraph_matrix_t coassignment;     /* [n x n] share of runs with i and j together with
					     dense pairs; [0 x 0] with edge pairs */
	igraph_vector_t edge_coassignment;  /* [m] share of runs with the two ends of edge e of
					       the input graph together (1 for a loop) */
	bool dense;                       /* the consensus scored all pairs (else the edges) */
	igraph_vector_int_t consensus;    /* [n] canonical consensus membership */
	igraph_vector_t stability;        /* [n] per-vertex stability in [0, 1] */
	igraph_integer_t communities;     /* communities in the consensus */
	double consensus_modularity;      /* Q (gamma = 1) of the consensus on the input graph */
	size_t iterations;                /* consensus rounds done (0: the runs agreed) */
	bool converged;                   /* false: stopped at max_iterations */
	size_t runs_at_bound;             /* clustering runs (input runs and consensus-round
					     runs) that stopped at opts->max_iterations */
	double nmi_mean, nmi_min;         /* pairwise NMI over the N(N-1)/2 run pairs */
	double vi_mean, vi_max;           /* pairwise variation of information (nats) */
	bool built;
} sn_ensemble_t;

void sn_ensemble_init(sn_ensemble_t *e);
void sn_ensemble_destroy(sn_ensemble_t *e);

/*
 * Runs sn_communities_detect() (or, with eopts->two_mode_types,
 * sn_communities_detect_two_mode()) N times on `g`, run r with seed
 * sn_communities_derived_seed(opts->seed, r), and summarises the ensemble.
 * The consensus rounds below always use sn_communities_detect(), since the
 * co-assignment graph is not two-mode.
 *
 * Co-assignment: D_ij = share of the N runs in which i and j share a
 * community (D_ii = 1).  The pairs scored are all pairs i < j (dense) or
 * only the pairs joined by an edge of `g` (edges; loops and repeated edges
 * count once).  eopts->pairs chooses; SN_CONSENSUS_AUTO takes all pairs up
 * to SN_ENSEMBLE_DENSE_MAX vertices and the edges above, so results on
 * small graphs are those of the dense method.
 *
 * Consensus clustering (Lancichinetti & Fortunato 2012): (1) build D on the
 * scored pairs from the current N partitions; (2) drop the entries below
 * tau, except that a vertex that would lose all its ties keeps its
 * strongest scored one (the lowest index on ties); (3) cluster the weighted
 * graph of the remaining entries N times with the same algorithm
 * (CPM, with Leiden or Louvain, is replaced by modularity at gamma = 1
 * here, since CPM's resolution is in units of the input's edge weights), consensus
 * round t run r seeded with derived_seed(seed, N (t + 1) + r); (4) stop
 * when all N partitions are equal, else go back to (1) with them.  When the
 * input runs already agree the consensus is their partition after 0
 * rounds.  After max_iterations rounds without agreement, the consensus is
 * the last round's partition with the highest modularity on `g` (lowest
 * run index on ties) and `converged` is false.  The edge variant is the
 * same procedure on the pairs of `g` only (as in "fast consensus", Tandon,
 * Albeshri, Thayananthan, Alhalabi & Fortunato 2019, without its triadic
 * closures): the consensus graph is a reweighted subgraph of `g`.
 * Whenever every pair with D_ij >= tau (and every strongest
 * fallback tie) is an edge of `g`, the two variants build the same graphs
 * and give the same consensus.  The edge variant streams each round's runs
 * (the next D is summed run by run), so a round holds O(n + m) beyond the
 * input runs.
 *
 * Stability of vertex v whose consensus community is C: the share of the N
 * input runs in which v "sits with" C.  For |C| >= 2, v sits with C in run
 * r when strictly more than half of the other members of C share v's
 * community in run r.  For |C| = 1, v sits with C when v is alone in run r.
 * Computed in O(n) per run from the labels, without D, for both variants.
 *
 * Pairwise NMI and VI over all run pairs (sn_partitions_compare()); NaN
 * when N = 1.
 *
 * Edge cases: deterministic algorithms (walktrap, fast greedy) give N equal
 * runs, stability 1.  Errors: SN_EINVAL for runs = 0, tau outside [0, 1),
 * max_iterations = 0, an unknown eopts->pairs, and those of
 * sn_communities_detect() (and of sn_communities_detect_two_mode() with
 * two_mode_types); SN_ELIMIT for SN_CONSENSUS_DENSE when n >
 * SN_ENSEMBLE_DENSE_MAX; SN_ENOMEM.  `out` must be initialised; it is
 * rebuilt from scratch.
 * Memory bound: dense, 16 n^2 bytes (D, and the thresholded pairs of up
 * to n^2 / 2 edges) plus 24 n N; edges, O(n N + m): the N input runs
 * (8 n N bytes, kept as `memberships`) plus O(n + m) for a round (D, the
 * pair list and its per-vertex index, the consensus graph, three label
 * vectors; about 100 bytes per edge and 50 per vertex) plus the
 * clustering algorithm's own O(n + m) working space.
 * Complexity: dense, O(N detect + N n^2) per round; edges, O(N detect +
 * N m) per round and O(m log m) once; plus O(N^2 n) for the pairs.
 */
sn_error_t sn_ensemble_run(sn_ensemble_t *out, const igraph_t *g, const igraph_vector_t *weights,
			   const sn_communities_options_t *opts,
			   const sn_ensemble_options_t *eopts);

/* ---- comparison ------------------------------------------------------------- */

typedef struct {
	size_t n;        /* vertices compared (both labels >= 0) */
	double nmi;      /* normalised mutual information, Danon et al. 2005: 2 I / (H1 + H2) */
	double ari;      /* adjusted Rand index, Hubert & Arabie 1985 */
	double rand;     /* Rand index, Rand 1971 */
	double vi;       /* variation of information, Meila 2007, natural logarithm */
} sn_partition_comparison_t;

/*
 * Compares two partitions of the same vertices, given as label vectors of
 * equal length.  Labels need not be contiguous.  A vertex with a negative
 * label in either vector (unknown, e.g. an actor without a county) is left
 * out.  Two trivial partitions compare with NMI 1 (igraph's convention).
 * Errors: SN_EINVAL for different lengths or fewer than 2 vertices left.
 * O(n log n).
 */
sn_error_t sn_partitions_compare(sn_partition_comparison_t *out, const igraph_vector_int_t *a,
				 const igraph_vector_int_t *b);

/* ---- profiles --------------------------------------------------------------- */

typedef struct {
	igraph_integer_t size;
	igraph_integer_t *members;   /* [size] by internal strength, descending; ties by vertex */
	double *internal_strength;   /* [size] weight of each member's ties inside the community */
	igraph_integer_t internal_ties;  /* edges inside */
	double internal_weight;      /* e_c, their weight */
	double density;              /* internal_ties / (size (size - 1) / 2); NaN for size 1 */
	double contribution;         /* e_c / m - gamma (K_c / 2m)^2; the contributions sum to Q */
	/* Filled by sn_community_profiles_describe(); zero / SN_NO_POPULATION / NaN before. */
	size_t by_type[SN_ACTOR_TYPE_COUNT];  /* members by actor type */
	size_t counties;             /* distinct counties of the members */
	int64_t population;          /* population of the union of the members' territories */
	double population_share;     /* population / population of the tree's root */
} sn_community_profile_t;

typedef struct {
	size_t count;                    /* communities */
	sn_community_profile_t *items;   /* [count], item c describes community c */
	double resolution;               /* gamma used for the contributions */
	double modularity;               /* sum of contributions (NaN without edges) */
	int year;                        /* population year used; 0 before describe */
} sn_community_profiles_t;

void sn_community_profiles_init(sn_community_profiles_t *p);
void sn_community_profiles_destroy(sn_community_profiles_t *p);

/*
 * Graph profile of each community of `membership` (any non-negative labels;
 * community c of the output is label c, so empty labels give empty
 * profiles): size, members ranked by their strength inside the community
 * (the "most central members"), internal ties and weight, density and the
 * modularity contribution at `resolution` (e_c / m - gamma a_c^2 with
 * a_c = K_c / 2m; they sum to sn_communities_modularity()).
 * Errors: as sn_communities_modularity(); SN_ENOMEM.  `out` must be
 * initialised; it is rebuilt.  O(n log n + m).
 */
sn_error_t sn_community_profiles_build(sn_community_profiles_t *out, const igraph_t *g,
				       const igraph_vector_t *weights,
				       const igraph_vector_int_t *membership, double resolution);

/*
 * The same profiles of the projection `p` with its tie weights, read from
 * its rows without building its igraph graph.  Errors: SN_EINVAL for a
 * projection not built or empty, a membership of the wrong length or with a
 * negative entry, a bad resolution; SN_ENOMEM.
 */
sn_error_t sn_community_profiles_build_projection(sn_community_profiles_t *out,
						  const sn_projection_t *p,
						  const igraph_vector_int_t *membership,
						  double resolution);

/*
 * Adds the dataset side to built profiles: members by type, counties
 * spanned (sn_dataset_actor_county()), and the population the members
 * represent (sn_dataset_represented_population(), the union of their
 * territories) and its share of the root territory's population, in `year`
 * (0: the latest year of the tree).  `actor_of_vertex[v]` is the dataset
 * actor index of vertex v (for an actor projection built from an
 * sn_network_t, net->actor_index[v + projection.offset]), or SN_NO_PARENT
 * for a vertex that is no actor (a project of the two-mode graph), which is
 * then left out of types, counties and population.  When the tree
 * holds no population at all, population is SN_NO_POPULATION and the share
 * NaN.  Errors: SN_EINVAL for an actor index out of range; those of
 * sn_dataset_represented_population() and sn_territories_population().
 * O(n depth + n log n).
 */
sn_error_t sn_community_profiles_describe(sn_community_profiles_t *p, const sn_dataset_t *ds,
					  const size_t *actor_of_vertex, int year);

#ifdef __cplusplus
}
#endif
#endif
