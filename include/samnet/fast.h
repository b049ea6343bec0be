/*
 * samnet/fast.h: multi-threaded shortest-path centralities.
 *
 * Debian's igraph 0.10 is built without thread safety, so igraph cannot be
 * called from several threads.  These functions copy the graph once into a
 * compact adjacency array (CSR: 32-bit neighbour ids, one offset per
 * vertex) and run one single-source search per vertex, the sources split
 * across POSIX threads.  Each thread accumulates into its own vector; the
 * vectors are summed in thread order at the end, so a result depends only
 * on the graph and the number of threads (the order of floating-point
 * additions differs between thread counts by at most a few ulps).
 * Memory: the CSR copy, O(V + E), plus O(V) per thread for closeness and
 * O(V + E) per thread for betweenness, which keeps predecessor lists
 * (32-bit ids: for 10^6 ties and 2 threads, about 16 MB in all).
 *
 * Weights are edge LENGTHS (distances), as in igraph's path functions.  For
 * tie strengths (a projection's weights) pass their reciprocals 1/w: strong
 * ties are short (Brandes 2001, Opsahl et al. 2010).
 */
#ifndef SAMNET_FAST_H
#define SAMNET_FAST_H

#include <stdint.h>

#include <igraph.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The number of threads the functions below use on a graph of `n`
 * vertices when asked for `threads` (the centrality.h measures pass 0):
 * `threads` when > 0 (at most 256); otherwise the environment variable SAMNET_THREADS
 * when it holds a whole number from 1 to 256; otherwise one per online
 * processor (sysconf(_SC_NPROCESSORS_ONLN), at most 256).  Never more than
 * one thread per 16 vertices (sources are dealt in chunks of 16), and at
 * least 1.  O(1).
 */
int sn_fast_threads(int threads, igraph_integer_t n);

/*
 * Exact betweenness centrality of every vertex (Brandes 2001): the sum over
 * ordered pairs (s, t), s != v != t, of the share of shortest s-t paths
 * passing through v; halved for undirected graphs, so that it equals
 * igraph_betweenness(g, out, igraph_vss_all(), true, weights).  Directed
 * graphs follow edge directions.  Unreachable pairs contribute nothing
 * (disconnected graphs are fine); self-loops are ignored and parallel edges
 * count as distinct paths, as in igraph.
 *
 * Unweighted (`weights` NULL): breadth-first search.  Weighted: Dijkstra
 * with lengths `weights[e]`; two path lengths are tied when their relative
 * difference |a - b| / (|a| + |b|) is below 1e-10, the rule and tolerance
 * (IGRAPH_SHORTEST_PATH_EPSILON) of igraph 0.10, applied to distances offset
 * by one exactly as igraph does, so that ties such as 0.1 + 0.2 vs 0.3 are
 * resolved identically.
 *
 * `out` (caller-initialised) is resized to the vertex count.  `threads` <= 0
 * uses every online processor; it is capped by the work available.
 *
 * Returns SN_OK; SN_EINVAL when `weights` has the wrong length or holds a
 * value that is not finite and > 0; SN_ELIMIT for graphs with 2^31 or more
 * vertices or adjacency entries; SN_ENOMEM.  (A thread that cannot be
 * started has its share run by the calling thread.)  On error `out` is unchanged or resized but undefined.
 * Time O(V E) unweighted, O(V (E + V log V)) weighted, divided by threads.
 */
sn_error_t sn_betweenness_fast(igraph_vector_t *out, const igraph_t *g,
			       const igraph_vector_t *weights, int threads);

/*
 * Closeness and harmonic centrality of every vertex from one parallel pass
 * of shortest-path searches; either output may be NULL.  Distances follow
 * out-edges in directed graphs (igraph's IGRAPH_OUT mode); weights are
 * lengths as above.
 *
 * closeness_out[v] = (r - 1) / sum of distances from v to the r - 1 other
 * vertices it reaches (igraph_closeness with normalized = true, which
 * ignores unreachable vertices); NaN for a vertex that reaches no other.
 * harmonic_out[v] = sum over reachable u != v of 1/d(v, u), divided by
 * V - 1 (igraph_harmonic_centrality with normalized = true); 0 for an
 * isolated vertex and for V = 1.
 *
 * Unweighted, the searches run 64 sources at a time (multi-source
 * breadth-first search: one bit per source, one pass over the edges per
 * level), and each source's terms are added level by level as in igraph,
 * so the values equal igraph's to the last bit at any thread count.
 *
 * Errors and threads as sn_betweenness_fast().  Time O(V/64 L (V + E))
 * unweighted, L the number of levels (the largest eccentricity plus one),
 * O(V (E + V log V)) weighted, divided by threads; memory O(V) per thread.
 */
sn_error_t sn_closeness_fast(igraph_vector_t *closeness_out, igraph_vector_t *harmonic_out,
			     const igraph_t *g, const igraph_vector_t *weights, int threads);

/*
 * Closeness and harmonic centrality, as sn_closeness_fast() defines them
 * (unweighted), of the one-mode projection onto the first mode of the
 * two-mode graph `g` -- two first-mode vertices tied when they share a
 * second-mode neighbour -- computed without building the projection: a
 * breadth-first search on `g` reaches the same vertices, at twice the
 * projected distance.  Vertices 0 .. nfirst-1 form the first mode (network.h's
 * actors), the rest the second (projects); outputs hold nfirst values each,
 * equal to sn_closeness_fast() on the projection (sn_projection_build with
 * any weighting, distances in hops).  A collaboration network has far fewer
 * memberships than projected ties (a project of k members gives k
 * memberships but k(k-1)/2 ties), so this is several times faster.
 *
 * Errors: SN_EINVAL for a directed graph, nfirst outside 0 .. vertices, or an
 * edge inside one mode; otherwise as sn_closeness_fast().  Time
 * O(nfirst (V + E)) / threads for the two-mode graph's V and E.
 */
sn_error_t sn_closeness_bipartite_fast(igraph_vector_t *closeness_out,
				       igraph_vector_t *harmonic_out, const igraph_t *g,
				       igraph_integer_t nfirst, int threads);

/*
 * Approximate betweenness by sampling shortest paths (Riondato &
 * Kornaropoulos 2016, "Fast approximation of betweenness centrality through
 * sampling"): r vertex pairs (u, v), u != v, are drawn uniformly; one
 * shortest u-v path is drawn uniformly among all of them (balanced
 * bidirectional BFS; with `weights`, balanced bidirectional Dijkstra with
 * igraph's relative tie tolerance 1e-10); every interior vertex of the path
 * scores 1/r.  The
 * score estimates RK's normalised betweenness
 *
 *   b(v) = 1 / (n(n-1)) * sum over ordered pairs (s, t), s != v != t,
 *          of sigma_st(v) / sigma_st,
 *
 * and with probability at least 1 - delta every vertex at once satisfies
 * |estimate - b(v)| <= eps, when
 *
 *   r = ceil(0.5 / eps^2 * (floor(log2(VD - 2)) + 1 + ln(1 / delta)))
 *
 * where VD bounds the vertex diameter (the most vertices on any shortest
 * path): max over components of 2 ecc(x) + 1, one BFS from the component's
 * first vertex x, when unweighted.  Weighted (a shortest path can have more
 * hops than the hop diameter), per component C: K + 1, K the most edges
 * whose shortest lengths sum to at most 2 ecc_w(x) (x the first or the
 * highest-degree vertex of C, one Dijkstra each), and never more than |C|;
 * the largest over the components.  The constant 0.5 is
 * the paper's universal constant c.  Pairs in different components have no
 * path and add nothing, in the estimate as in b(v).  The values written to
 * `out` are on igraph's raw scale, b(v) n(n-1)/2 (the sum over unordered
 * pairs, as sn_betweenness_fast()), so there the guarantee reads
 * |out[v] - exact[v]| <= eps n(n-1)/2.
 *
 * Every sample uses its own random stream derived from `seed` and its
 * number, and adds whole counts, so the result is identical for every
 * thread count.  `samples_out` (may be NULL) receives r.  Graphs with fewer
 * than two vertices give zeros and r = 0.
 *
 * Errors: SN_EINVAL for a directed graph, eps or delta outside (0, 1), bad
 * weights as sn_betweenness_fast(); SN_ELIMIT when r would exceed 10^10;
 * SN_ELIMIT for 2^31 or more vertices; SN_ENOMEM.  Time O(r m) in the worst
 * case, much less with bidirectional search on small-world graphs, plus
 * O(m log m) for the weighted bound; memory O(n) per thread.
 */
sn_error_t sn_betweenness_approx(igraph_vector_t *out, int64_t *samples_out, const igraph_t *g,
				 const igraph_vector_t *weights, double eps, double delta,
				 uint64_t seed, int threads);

#ifdef __cplusplus
}
#endif
#endif
