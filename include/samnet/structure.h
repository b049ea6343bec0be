/*
 * samnet/structure.h: the structure of a one-mode network at a glance.
 *
 * Every function works on an undirected igraph graph (typically an actor
 * projection, see network.h) and an optional vector of tie weights (one per
 * edge, all finite and > 0; NULL: unweighted).  Groups (actor type, county)
 * are passed as an igraph_vector_int_t holding one group id per vertex; ids
 * are >= 0, and a negative id marks a vertex that belongs to no group (an
 * agency has no county), which is then left out of group measures.
 *
 * Lifetime: sn_structure_t and sn_mixing_t are plain caller-held structs
 * without allocations; output vectors are initialised by the caller and
 * resized by the callee.  After a failure outputs hold unspecified values
 * but remain safely destroyable.
 */
#ifndef SAMNET_STRUCTURE_H
#define SAMNET_STRUCTURE_H

#include <stddef.h>

#include <igraph.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Five-number-style description of a distribution of non-negative values. */
typedef struct {
	size_t n;        /* number of values */
	double min;      /* NaN when n = 0, likewise below */
	double median;   /* mean of the two middle values when n is even */
	double max;
	double mean;
	double gini;     /* 0: all equal; (n-1)/n: one holds everything; 0 when all are 0 */
} sn_distribution_t;

/*
 * Describes the values of `values` (borrowed, not modified): minimum,
 * median, maximum, mean and Gini coefficient.
 *
 * The Gini coefficient is the mean absolute difference over all ordered
 * pairs divided by twice the mean, G = sum_i sum_j |x_i - x_j| / (2 n^2
 * mean), computed from the sorted values as G = 2 sum_i i x_(i) / (n sum x)
 * - (n + 1)/n (i = 1..n).  This is the population (not the n/(n-1)
 * bias-corrected) Gini.  An empty vector gives n = 0 and NaN everywhere; a
 * vector of zeros gives Gini 0.
 *
 * Errors: SN_EINVAL when a value is negative or not finite (the Gini of
 * signed data is not meaningful); SN_ENOMEM.  O(n log n).
 */
sn_error_t sn_distribution_describe(sn_distribution_t *out, const igraph_vector_t *values);

/* Summary statistics of a one-mode network; see sn_structure_summary(). */
typedef struct {
	igraph_integer_t vertices;
	igraph_integer_t edges;
	igraph_integer_t isolates;           /* vertices of degree 0 */
	double density;                      /* edges / (n(n-1)/2); NaN when n < 2 */
	igraph_integer_t components;         /* connected components, isolates included */
	igraph_integer_t largest_component;  /* vertices in the largest component */
	double largest_share;                /* largest_component / vertices; NaN when n = 0 */
	double diameter;                     /* hops: longest finite shortest path; NaN when n = 0 */
	double average_path_length;          /* hops: mean over connected pairs; NaN when none */
	double transitivity;                 /* global: 3 x triangles / connected triples; NaN when no triple */
	double clustering_zero;              /* mean local clustering, degree < 2 counted as 0 */
	double clustering_defined;           /* mean local clustering over vertices of degree >= 2 */
	sn_distribution_t degree;
	sn_distribution_t strength;          /* equals degree when unweighted */
	igraph_integer_t degeneracy;         /* largest k with a non-empty k-core */
	igraph_integer_t degeneracy_size;    /* vertices in that k-core */
	igraph_integer_t articulation_points;
	igraph_integer_t bridges;
} sn_structure_t;

/*
 * Summarises the undirected graph `g` (borrowed) with optional tie weights
 * `weights` (borrowed; NULL: every tie weighs 1, used only for the
 * strength distribution).
 *
 * Distances are counted in hops.  On a disconnected graph the diameter is
 * the longest finite shortest path and the average path length is the mean
 * over the ordered pairs that are connected (igraph_diameter and
 * igraph_average_path_length with unconn = true; NetworkX raises an error
 * instead).  Clustering is given both ways because the peers differ:
 * clustering_zero counts vertices of degree < 2 as 0, as NetworkX's
 * average_clustering and igraph's IGRAPH_TRANSITIVITY_ZERO mode do;
 * clustering_defined averages only over vertices where it is defined, as
 * igraph's default (IGRAPH_TRANSITIVITY_NAN, python-igraph's
 * transitivity_avglocal_undirected()) does; NaN when no vertex qualifies.
 * Global transitivity is Newman's (2003) ratio, NetworkX's transitivity().
 * The degeneracy is the largest k with a non-empty k-core (Seidman 1983).
 * Articulation points and bridges are the vertices and ties whose removal
 * increases the number of components (Hopcroft–Tarjan).
 *
 * Errors: SN_EINVAL for a directed graph or a bad weight vector (wrong
 * length, a weight <= 0 or not finite); SN_ENOMEM.
 * Complexity: O(n m) for the path lengths (a BFS from every vertex), O(m
 * d_max) for clustering, O(n log n + m) for the rest.
 */
sn_error_t sn_structure_summary(sn_structure_t *out, const igraph_t *g,
				const igraph_vector_t *weights);

/*
 * The articulation points (vertex ids, ascending) into `points_out` and the
 * bridges (edge ids, ascending) into `bridges_out` of the undirected graph
 * `g`.  Either output may be NULL; both are caller-initialised and resized.
 * Errors: SN_EINVAL for a directed graph; SN_ENOMEM.  O(n + m).
 */
sn_error_t sn_structure_cutpoints(igraph_vector_int_t *points_out, igraph_vector_int_t *bridges_out,
				  const igraph_t *g);

/* Mixing of ties between groups; see sn_structure_mixing(). */
typedef struct {
	double internal;       /* ties with both ends in the same group */
	double external;       /* ties between two different groups */
	double ei;             /* (external - internal) / (external + internal); NaN when no tie counts */
	double assortativity;  /* Newman's (2003) nominal assortativity r; NaN when undefined */
	igraph_integer_t ungrouped;  /* vertices left out because their group id is negative */
} sn_mixing_t;

/*
 * Group mixing of the undirected graph `g` under the grouping `groups`
 * (borrowed, one id per vertex, negative: no group).  Ties touching an
 * ungrouped vertex are left out of every figure.
 *
 * The E-I index (Krackhardt & Stern 1988) is (E - I) / (E + I) with E the
 * ties between groups and I the ties within groups: -1 when every tie stays
 * in its group, +1 when every tie crosses.  Ties are counted, not weighed.
 * The nominal assortativity coefficient (Newman 2003, igraph's
 * igraph_assortativity_nominal, NetworkX's attribute_assortativity_
 * coefficient) is computed on the subgraph of grouped vertices; it is NaN
 * when that subgraph has no tie or a single group holds every tie end.
 *
 * When `group_ei_out` is not NULL it receives one E-I index per group id
 * 0..max id: for group g, E counts ties from a member of g to a member of
 * another group and I ties inside g; NaN for a group without ties.
 *
 * Errors: SN_EINVAL for a directed graph or when `groups` has the wrong
 * length; SN_ENOMEM.  O(n + m).
 */
sn_error_t sn_structure_mixing(sn_mixing_t *out, igraph_vector_t *group_ei_out, const igraph_t *g,
			       const igraph_vector_int_t *groups);

#ifdef __cplusplus
}
#endif
#endif
