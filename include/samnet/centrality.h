/*
 * samnet/centrality.h: per-actor centrality on a one-mode network, and the
 * two-mode measures of Borgatti & Everett (1997) on the bipartite graph.
 *
 * One-mode functions take an undirected igraph graph (typically an actor
 * projection, see network.h) and an optional vector of tie strengths, one
 * per edge, all finite and > 0 (NULL: unweighted).  Where a measure is
 * path-based (betweenness, closeness, harmonic) a tie's length is
 * 1 / strength, so that strong ties are short (Newman 2001; Opsahl et al.
 * 2010 with alpha = 1).  Where it is walk-based (eigenvector, PageRank,
 * hub/authority) or local (strength, constraint, effective size) the
 * strength is used as is.
 *
 * Every function writes one value per vertex, in vertex order, into a
 * caller-initialised igraph_vector_t that it resizes.  `normalized` selects
 * the standard normalisation of the measure where the literature has one
 * (stated per function); otherwise the flag is ignored and raw values come
 * back.  On failure the output holds unspecified values but can be
 * destroyed.  Errors common to all: SN_EINVAL for a directed graph or a bad
 * weight vector (wrong length, a weight <= 0 or not finite), SN_ENOMEM,
 * SN_ENUMERIC when an eigensolver does not converge.
 *
 * Betweenness, closeness and harmonic closeness (one-mode, weighted or
 * not, and the two-mode closeness and betweenness) run on the parallel
 * exact paths of samnet/fast.h: one shortest-path search per source, the
 * sources dealt to POSIX threads.  Threads: sn_fast_threads(0, n), i.e. the
 * environment variable SAMNET_THREADS when it holds a whole number from 1
 * to 256, otherwise one per online processor, and never more than one per
 * 16 vertices.  The
 * values equal igraph's serial functions up to the order of floating-point
 * additions (relative differences of the order of 1e-15), and are the same
 * for every run with the same thread count.  They add SN_ELIMIT for a graph
 * of 2^31 or more vertices or adjacency entries.
 */
#ifndef SAMNET_CENTRALITY_H
#define SAMNET_CENTRALITY_H

#include <stdbool.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/error.h"
#include "samnet/handles.h"
#include "samnet/measure.h"
#include "samnet/progress.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The PageRank damping factor used throughout (Brin & Page 1998). */
#define SN_PAGERANK_DAMPING 0.85

/*
 * Degree: number of ties.  Normalised: divided by n - 1 (NetworkX
 * degree_centrality).  n = 1 gives 0.  O(n + m).
 */
sn_error_t sn_centrality_degree(igraph_vector_t *out, const igraph_t *g, bool normalized);

/* Strength: sum of tie strengths (degree when `weights` is NULL).  Raw only.  O(n + m). */
sn_error_t sn_centrality_strength(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights);

/*
 * Betweenness (Freeman 1977; Brandes 2001): the number of shortest paths
 * between other pairs that pass through the vertex, each unordered pair
 * counted once, shared among equally short paths.  With `weights`, paths are
 * shortest in total length 1/strength.  Normalised: multiplied by
 * 2 / ((n-1)(n-2)) (NetworkX betweenness_centrality, normalized=True); n < 3
 * gives 0.  Disconnected graphs need nothing special: unreachable pairs add
 * nothing.  O(n m) unweighted, O(n m + n^2 log n) weighted.
 */
sn_error_t sn_centrality_betweenness(igraph_vector_t *out, const igraph_t *g,
				     const igraph_vector_t *weights, bool normalized);

/*
 * Betweenness as sn_centrality_betweenness() defines it (same strengths,
 * lengths 1/strength, same normalisation), estimated by sampling r
 * shortest paths (Riondato & Kornaropoulos 2016; see
 * sn_betweenness_approx() in samnet/fast.h for the sample size r, which
 * grows as ln(VD) / eps^2 and not with n).  Guarantee: with probability
 * at least 1 - delta, every vertex at once is within
 *
 *   raw:         eps n(n-1)/2    of its exact raw betweenness;
 *   normalised:  eps n/(n-2)     of its exact normalised betweenness
 *
 * (RK's b(v) = raw / (n(n-1)/2) is within eps).  The draws follow `seed`
 * only: the same seed gives identical values whatever the number of
 * threads (all online processors are used).  `samples_out` (may be NULL)
 * receives r.  n < 3 gives zeros.  Disconnected graphs need nothing
 * special.
 *
 * Errors: as sn_centrality_betweenness(); SN_EINVAL also for eps or delta
 * outside (0, 1); SN_ELIMIT when r would exceed 10^10 samples.  Time
 * O(r (n + m)) at worst, far less on small-world graphs unweighted (the
 * search is bidirectional); memory O(n) per thread, O(n + m) weighted.
 */
sn_error_t sn_centrality_betweenness_approx(igraph_vector_t *out, int64_t *samples_out,
					    const igraph_t *g, const igraph_vector_t *weights,
					    bool normalized, double eps, double delta,
					    uint64_t seed);

/*
 * sn_centrality_betweenness_approx() reporting the samples drawn, of r, to
 * `progress` (may be NULL) under the step "betweenness" ("betweenness_w"
 * with `weights`), on the calling thread (samnet/progress.h).
 */
sn_error_t sn_centrality_betweenness_approx_progress(igraph_vector_t *out, int64_t *samples_out,
						     const igraph_t *g,
						     const igraph_vector_t *weights,
						     bool normalized, double eps, double delta,
						     uint64_t seed, const sn_progress_t *progress);

/*
 * Closeness (Freeman 1979) over reachable vertices only, igraph's
 * definition: raw = 1 / (sum of distances to the vertices it can reach);
 * normalised = (number reached) / (that sum), i.e. the inverse mean
 * distance to reachable vertices.  On a connected graph the normalised value
 * equals NetworkX closeness_centrality(); on a disconnected one it equals
 * NetworkX closeness_centrality(wf_improved=False), so that a vertex in a
 * small, tight component can score higher than one in the large component:
 * prefer harmonic closeness there.  An isolated vertex gets NaN.  With
 * `weights`, distances are sums of 1/strength.  O(n m) unweighted,
 * O(n m log n) weighted.
 */
sn_error_t sn_centrality_closeness(igraph_vector_t *out, const igraph_t *g,
				   const igraph_vector_t *weights, bool normalized);

/*
 * Harmonic closeness (Marchiori & Latora 2000; Rochat 2009): the sum of
 * 1/distance over all other vertices, unreachable ones adding 0, so that it
 * is well defined on disconnected graphs.  Raw: NetworkX
 * harmonic_centrality(); normalised: divided by n - 1 (igraph).  With
 * `weights`, distances are sums of 1/strength.  Complexity as closeness.
 */
sn_error_t sn_centrality_harmonic(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights, bool normalized);

/*
 * Eigenvector centrality (Bonacich 1972): the principal eigenvector of the
 * (weighted) adjacency matrix, computed on each connected component apart.
 * A connected component has one positive principal (Perron) eigenvector;
 * a disconnected graph has none of its own (with k identical components the
 * eigenvalue repeats k times, and igraph on the whole graph returns whatever
 * ARPACK converges to: in 0.10.2, one component 1 and its twin 0).  So:
 * normalised, each component's Perron vector is scaled to maximum 1 within
 * that component (igraph's scaling, per component); a score compares an
 * actor with the others of its component, and every component's most
 * central actor gets 1.  Raw: those scores divided by their Euclidean
 * length over the whole graph; on a connected graph that is NetworkX
 * eigenvector_centrality(), and on identical components too (NetworkX's
 * power iteration from the uniform start keeps them equal, but drives
 * components of smaller eigenvalue slowly towards 0).  Isolated vertices
 * get 0; a graph without ties gives 1 everywhere (normalised) as igraph
 * does.  O(m) per ARPACK iteration, plus O(n + m) to split the components.
 */
sn_error_t sn_centrality_eigenvector(igraph_vector_t *out, const igraph_t *g,
				     const igraph_vector_t *weights, bool normalized);

/*
 * PageRank (Brin & Page 1998) with damping SN_PAGERANK_DAMPING (0.85),
 * strengths as transition weights; vertices without ties jump uniformly.
 * Power iteration until two successive vectors differ by less than 1e-14
 * (L1), at most 229 steps; values sum to 1 whether or not
 * `normalized` is set (NetworkX pagerank(alpha=0.85)).  O(m) per step, on
 * several threads for large graphs, the same values on any number; memory
 * O(n) beside the graph.
 */
sn_error_t sn_centrality_pagerank(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights, bool normalized);

/*
 * Hub and authority scores (Kleinberg 1999).  On an undirected graph
 * A^T A = A A^T = A^2, so the two coincide: samnet returns the same vector
 * for both, A's principal eigenvector on each component, i.e. the
 * eigenvector centrality above.  It is the principal eigenvector of A^2
 * where that is unique (a component that is not bipartite); on a bipartite
 * component (a tree, a star) A^2's principal eigenvalue is double and
 * igraph's hub_and_authority_scores picks different vectors of that plane
 * for hubs and authorities (a star's leaves: hub 1/3, authority 1), so
 * samnet takes the one vector both share.  Normalised: maximum 1 in each
 * component; raw: divided by the sum over the whole graph (NetworkX hits()
 * on a connected, non-bipartite graph).  Either output may be NULL, not
 * both (SN_EINVAL).  On a graph without ties every score is 1 (normalised).
 * O(m) per ARPACK iteration.
 */
sn_error_t sn_centrality_hub_authority(igraph_vector_t *hub_out, igraph_vector_t *authority_out,
				       const igraph_t *g, const igraph_vector_t *weights,
				       bool normalized);

/*
 * Burt's (1992) constraint: sum over contacts j of (p_ij + sum_q p_iq
 * p_qj)^2, with p_ij the share of i's tie strength that goes to j (igraph
 * igraph_constraint, NetworkX constraint()).  High values: a closed,
 * redundant neighbourhood; low values: structural holes.  Raw only.
 * Isolated vertices get NaN.  O(sum of d^2).
 */
sn_error_t sn_centrality_constraint(igraph_vector_t *out, const igraph_t *g,
				    const igraph_vector_t *weights);

/*
 * Burt's (1992) effective size, the number of contacts less their
 * redundancy: sum over contacts j of [1 - sum over contacts q != j of
 * p_iq m_jq], with p_iq = w_iq / sum_k w_ik and m_jq = w_jq / max_k w_jk
 * (Borgatti 1997).  Unweighted it reduces to n - 2t/n, n contacts and t
 * ties among them (Borgatti 1997).  Equal to NetworkX effective_size(G,
 * weight=...).  Normalised: divided by the number of contacts, Burt's
 * efficiency.  Isolated vertices get NaN (as NetworkX).  Requires a simple
 * graph (SN_EINVAL otherwise).  O(sum of d^2).
 */
sn_error_t sn_centrality_effective_size(igraph_vector_t *out, const igraph_t *g,
					const igraph_vector_t *weights, bool normalized);

/*
 * Coreness (Seidman 1983): the largest k such that the vertex belongs to
 * the k-core, the maximal subgraph of minimum degree k.  Unweighted; raw
 * only.  O(n + m).
 */
sn_error_t sn_centrality_coreness(igraph_vector_t *out, const igraph_t *g);

/* sn_measure_t, the measures of sn_centrality_compute(): samnet/measure.h */

/*
 * The registry of measures: one entry per sn_measure_t, the single source
 * of the names under which a measure appears anywhere (the CLI's
 * --measures, its table columns and JSON keys, the export attributes of
 * sn_columns_add_standard(), the HTML report).  A name means one thing
 * everywhere: a path-based measure (betweenness, closeness, harmonic)
 * under its plain name counts hops, and with the suffix "_w" uses tie
 * lengths 1/strength; the walk-based and local measures (strength,
 * eigenvector, pagerank, hub, authority, constraint, effective_size) have
 * one variant, which uses the strengths when they are given.
 */
typedef struct {
	sn_measure_t measure;
	const char *name;         /* "betweenness_w": column name, JSON key, attribute name */
	const char *label;        /* "weighted betweenness": a heading for people */
	const char *description;  /* one line: what it measures, with its source */
	bool weighted;            /* uses the tie strengths (sn_centrality_compute()'s `weights`) */
	bool directed;            /* defined on directed ties; none is yet: every samnet graph is
				     undirected and the functions refuse a directed one */
	bool two_mode;            /* defined on the two-mode graph too (sn_twomode_compute()) */
	bool standard;            /* one of the columns of sn_columns_add_standard() and the report */
	/*
	 * Computes the measure on the one-mode graph `g` into `out` (caller-
	 * initialised, resized to one value per vertex), with the contract of
	 * the sn_centrality_*() function it calls.  sn_centrality_compute()
	 * passes `weights` only to a measure marked `weighted` (NULL to the
	 * others), so the plain and "_w" variants of a path measure share one
	 * function.
	 */
	sn_error_t (*compute)(igraph_vector_t *out, const igraph_t *g,
			      const igraph_vector_t *weights, bool normalized);
} sn_measure_info_t;

/* The registry entry of `m` (static), or NULL when `m` is out of range.  O(1). */
const sn_measure_info_t *sn_measure_info(sn_measure_t m);

/* The registry entry named `name` (exact, case-sensitive), or NULL.  O(SN_MEASURE_COUNT). */
const sn_measure_info_t *sn_measure_find(const char *name);

/* sn_measure_info(m)->name, or "unknown" when `m` is out of range (static). */
const char *sn_measure_name(sn_measure_t m);

/* Parses a measure name (sn_measure_find()); SN_EINVAL with a message listing the names. */
sn_error_t sn_measure_parse(const char *name, sn_measure_t *out);

/*
 * Parses `list`, measure names separated by commas (empty names skipped),
 * into out[0..*count) in the order given; *count may be 0 (an empty list),
 * which the caller judges.  Errors: SN_EINVAL for an unknown name (the
 * message of sn_measure_parse()) or a name listed twice ("measure 'degree'
 * is listed twice"); SN_ENOMEM.  O(length of list * SN_MEASURE_COUNT).
 */
sn_error_t sn_measure_list_parse(const char *list, sn_measure_t out[SN_MEASURE_COUNT],
				 size_t *count);

/*
 * Computes measure `m` on `g` through its registry entry's compute function.
 * `weights` is used by the measures marked weighted and ignored by the
 * others (the _w measures fall back to hops when it is NULL).  SN_EINVAL
 * for an unknown measure, plus the errors of that function.
 */
sn_error_t sn_centrality_compute(igraph_vector_t *out, const igraph_t *g,
				 const igraph_vector_t *weights, sn_measure_t m, bool normalized);

/*
 * sn_centrality_compute() reporting progress to `progress` (may be NULL;
 * samnet/progress.h): the path measures (betweenness, closeness, harmonic
 * and their _w variants), which take minutes on large networks, report the
 * sources searched, of the vertex count, under the measure's name as step
 * ("betweenness_w"), on the calling thread.  The other measures report
 * nothing.
 */
sn_error_t sn_centrality_compute_progress(igraph_vector_t *out, const igraph_t *g,
					  const igraph_vector_t *weights, sn_measure_t m,
					  bool normalized, const sn_progress_t *progress);

/*
 * Measure `m` of the projection `p`, its tie weights used by the weighted
 * measures: the values of sn_centrality_compute_progress() on
 * sn_projection_graph(p) and p->weight.  Degree, strength, eigenvector,
 * PageRank, hub, authority and coreness read the projection's rows in place
 * and never build the igraph graph (at 5.5 million ties, 230 MB less); the
 * other measures build it on their first call.  Errors: SN_EINVAL for an
 * unknown measure or a projection not built, plus those of the measure.
 */
sn_error_t sn_centrality_compute_projection(igraph_vector_t *out, const sn_projection_t *p,
					    sn_measure_t m, bool normalized,
					    const sn_progress_t *progress);

/*
 * Two-mode measures (Borgatti & Everett 1997; Borgatti & Halgin 2011) on
 * the bipartite graph `g` (undirected, unweighted) with `types` (false: the
 * first mode, true: the second; network.h's actors and projects).  For a
 * vertex in a mode of n vertices, the other mode having m:
 *
 * degree: raw = ties; normalised = ties / m.
 * closeness: raw = 1 / (sum of distances to the vertices it reaches);
 *   normalised = (m + 2(n-1)) / that sum, times (reached)/(N-1) with N = n+m
 *   (equals NetworkX bipartite.closeness_centrality(normalized=True); the
 *   factor is 1 on a connected graph, and on a disconnected one values above
 *   1 can occur, as in NetworkX); 0, raw or normalised, for an isolated
 *   vertex (NetworkX's choice; one-mode closeness gives NaN there).
 * betweenness: raw = one-mode betweenness of the bipartite graph;
 *   normalised = raw / b_max, b_max = [m^2 (s+1)^2 + m (s+1)(2t-s-1)
 *   - t(2s-t+3)] / 2 with s, t = quotient and remainder of (n-1)/m
 *   (NetworkX bipartite.betweenness_centrality); 0 when b_max is 0.
 *
 * Errors: SN_EINVAL for a directed graph, `types` of the wrong length, a tie
 * inside one mode, or a measure other than degree, closeness, betweenness.
 * Complexity: O(n + m) for degree, O(N E) for the others.
 */
sn_error_t sn_twomode_degree(igraph_vector_t *out, const igraph_t *g,
			     const igraph_vector_bool_t *types, bool normalized);
sn_error_t sn_twomode_closeness(igraph_vector_t *out, const igraph_t *g,
				const igraph_vector_bool_t *types, bool normalized);
sn_error_t sn_twomode_betweenness(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_bool_t *types, bool normalized);

/* Dispatches SN_MEASURE_DEGREE, _CLOSENESS and _BETWEENNESS to the functions above. */
sn_error_t sn_twomode_compute(igraph_vector_t *out, const igraph_t *g,
			      const igraph_vector_bool_t *types, sn_measure_t m, bool normalized);

#ifdef __cplusplus
}
#endif
#endif
