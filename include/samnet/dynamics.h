/*
 * samnet/dynamics.h: how a collaboration network changes over time.
 *
 * Time is cut into slices of `window` years, one starting every `step`
 * years from `from` until a slice would start after `to` (the last slice
 * may reach beyond `to`).  A slice [y0, y1] holds the projects active in it
 * (samnet/period.h: started by the end of y1, not ended before y0; undated
 * projects are in no slice and counted in sn_dynamics_t.undated), their
 * memberships and the actors of those memberships; its network is the
 * actor projection of that two-mode graph with the weighting asked for.
 *
 * Per slice (sn_slice_t): actors, projects, ties, density 2T / (n (n-1)),
 * connected components, the share of the actors in the largest one, mean
 * degree 2T / n, and the share of the population of the tree's root that
 * the active actors represent (sn_dataset_represented_population(), in the
 * slice's last year brought into the tree's range of years).  Against the
 * previous slice: the share of its ties that are kept, |T0 ∩ T1| / |T0|,
 * the Jaccard index of the tie sets |T0 ∩ T1| / |T0 ∪ T1| (ties as
 * unordered actor pairs, whatever their weight), and the actors entering
 * (active now, not before) and leaving (active before, not now).
 *
 * Ranks: for each measure asked for (samnet/centrality.h, raw values on
 * the slice's projection), each active actor's value and rank, 1 for the
 * highest value, tied values sharing the best rank of the tie (competition
 * ranking 1, 2, 2, 4; values within a relative 1e-12 of the first of a tie
 * count as tied, so that rounding noise in PageRank or eigenvector values
 * does not split equals); a NaN value has rank 0 (none).
 *
 * Communities: each slice's network is partitioned by `method`:
 * SN_SLICE_LOUVAIN (default), samnet's own Louvain method (Blondel et al.
 * 2008) on the same quality as Leiden, with each community finally split
 * into its connected parts, so that every community is connected as with
 * Leiden (analysis/louvain_private.h); it takes the objective, resolution,
 * seed and max_iterations (a bound of max_iterations visits per vertex and
 * level) of `communities` and is several times faster than Leiden until
 * stable on the 100 000-tie slices of the benchmark graph, for a modularity
 * 0.8 % lower on average (at most 1.7 %, against igraph's Leiden;
 * doc/benchmarks.md).  SN_SLICE_LEIDEN runs
 * sn_communities_detect() with `communities` (default Leiden, modularity,
 * seed 1, iterated until stable): the partition `samnet communities` gives.
 * sn_slice_t.at_bound tells when a slice's partition stopped at
 * max_iterations.  Communities of consecutive slices
 * are matched when the Jaccard index of their member sets is at least
 * `match_threshold` (default 0.3, the threshold of Greene, Doyle &
 * Cunningham 2010, "Tracking the evolution of communities in dynamic social
 * networks").  With P(B) the matches in the previous slice of a community B
 * and S(A) those in the current slice of a previous community A, the events
 * (after Palla, Barabási & Vicsek 2007) are:
 *   birth   B with no match (P(B) empty);
 *   death   A with no match (S(A) empty);
 *   merge   B matched by two or more (one event per A in P(B));
 *   split   A matching two or more (one event per B in S(A));
 *   growth, shrink, continue: A and B matched one to one, B larger,
 *           smaller, or of the same size.
 * A pair in both a merge and a split gives both events.  The first slice
 * has no events.  With skip_communities, every slice has 0 communities and
 * there are no events.
 *
 * Lifetime: sn_dynamics_compute() allocates *out, freed with
 * sn_dynamics_free() (NULL is fine).
 */
#ifndef SAMNET_DYNAMICS_H
#define SAMNET_DYNAMICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "samnet/centrality.h"
#include "samnet/communities.h"
#include "samnet/dataset.h"
#include "samnet/network.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How each slice is partitioned (see above). */
typedef enum {
	SN_SLICE_LOUVAIN,      /* samnet's Louvain, communities split into connected parts */
	SN_SLICE_LEIDEN        /* sn_communities_detect() with the communities options */
} sn_slice_method_t;

/* "louvain", "leiden" (static); "unknown" outside the enum. */
const char *sn_slice_method_name(sn_slice_method_t method);

/* Parses "louvain" or "leiden" into *out.  SN_EINVAL with a message otherwise. */
sn_error_t sn_slice_method_parse(const char *name, sn_slice_method_t *out);

typedef struct {
	int from, to;          /* years of the slices; 0: the earliest start / latest year of the data */
	int window;            /* years per slice, >= 1 (default 1) */
	int step;              /* years from one slice's start to the next's, >= 1 (default 1) */
	const sn_measure_t *measures;  /* per-actor measures (borrowed); may be NULL when none */
	size_t nmeasures;
	sn_weighting_t weighting;      /* tie weights of the projection (default count) */
	double match_threshold;        /* Jaccard threshold of community matching, (0, 1] */
	bool skip_communities;         /* no partitions and no events (about a quarter of the
					  time with Louvain, most of it with Leiden); default
					  false */
	sn_slice_method_t method;      /* partition of each slice (default SN_SLICE_LOUVAIN) */
	sn_communities_options_t communities;  /* Leiden's options; Louvain reads objective,
						  resolution, seed and max_iterations */
	int population_year;   /* 0: each slice's last year, brought into the tree's range */
	size_t max_ties;       /* projection limit per slice (0: none) */
} sn_dynamics_options_t;

/* Fills `opts` with the defaults above (no measures). */
void sn_dynamics_options_default(sn_dynamics_options_t *opts);

typedef struct {
	int from, to;             /* the years of the slice */
	size_t actors, projects, ties, components;
	double density;           /* NaN with fewer than two actors */
	double largest_share;     /* NaN without actors */
	double mean_degree;       /* NaN without actors */
	double population_share;  /* NaN when the tree has no figure */
	int population_year;      /* the year of the figures used */
	bool has_previous;        /* false for the first slice: the fields below are unset */
	double ties_kept;         /* NaN when the previous slice had no ties */
	double ties_jaccard;      /* NaN when neither slice has ties */
	size_t entering, leaving;
	size_t communities;
	bool at_bound;            /* the partition stopped at max_iterations */
} sn_slice_t;

typedef struct {
	size_t slice;             /* index into slices */
	size_t actor;             /* index into the dataset's actors */
	size_t measure;           /* index into opts->measures */
	double value;
	size_t rank;              /* 1 = highest; 0 for NaN */
} sn_slice_rank_t;

typedef enum {
	SN_EVENT_BIRTH, SN_EVENT_DEATH, SN_EVENT_MERGE, SN_EVENT_SPLIT,
	SN_EVENT_GROWTH, SN_EVENT_SHRINK, SN_EVENT_CONTINUE
} sn_community_event_kind_t;

/* "birth", "death", ... (static). */
const char *sn_community_event_name(sn_community_event_kind_t kind);

typedef struct {
	size_t slice;             /* the later slice of the pair, >= 1 */
	sn_community_event_kind_t kind;
	size_t previous;          /* community number (1-based) in slice - 1; 0 for a birth */
	size_t current;           /* community number in slice; 0 for a death */
	size_t previous_size, current_size;
	double jaccard;           /* of the two member sets; NaN for a birth or death */
} sn_community_event_t;

typedef struct {
	sn_slice_t *slices;
	size_t nslices;
	sn_slice_rank_t *ranks;   /* by slice, then measure, then actor index */
	size_t nranks;
	sn_community_event_t *events;  /* by slice, then kind order above, then communities */
	size_t nevents;
	size_t *community_of;     /* [nslices * dataset actors]: community number in the slice, 0
				     when the actor is not active */
	size_t nactors;           /* the dataset's actors (row length of community_of) */
	size_t undated;           /* projects with no start and no end: in no slice */
	double match_threshold;
} sn_dynamics_t;

/*
 * Slices `ds` in time and computes everything above.  `opts` may be NULL
 * (defaults; from and to then come from the data).
 *
 * Errors: SN_EINVAL for window or step < 1, from > to, a threshold outside
 * (0, 1], or more than 10 000 slices; SN_ELIMIT when slices times the
 * dataset's actors exceed 50 000 000 (the size of community_of), or for a method outside
 * the enum; SN_EDATA when from or to must come
 * from the data and no project is dated; SN_ELIMIT from the projection
 * limit; the errors of the centrality and community functions; SN_ENOMEM.
 * Time: per slice, the projection (O(sum n_p^2)), the measures and the
 * partition; matching O(c0 c1 + n) per pair of slices.
 */
sn_error_t sn_dynamics_compute(sn_dynamics_t **out, const sn_dataset_t *ds,
			       const sn_dynamics_options_t *opts);

void sn_dynamics_free(sn_dynamics_t *dyn);

/*
 * The partition sn_dynamics_compute() gives a slice: `g` (undirected, at
 * least one vertex) with tie weights `weights` (NULL: all 1; else finite and
 * > 0) partitioned by opts->method with opts->communities (`opts` NULL: the
 * defaults).  membership_out (initialised by the caller) gets one community
 * index per vertex, numbered 0, 1, ... in order of first appearance;
 * *at_bound_out (may be NULL) whether max_iterations stopped it.
 *
 * Both methods run through sn_communities_detect(), Louvain as its
 * algorithm SN_COMMUNITY_LOUVAIN.  Errors: SN_EINVAL for an unknown method;
 * those of sn_communities_detect() (an empty or directed graph, a bad
 * weight, an unknown objective, a negative resolution or max_iterations < 1);
 * SN_ENOMEM.  Time:
 * Louvain O(m) per pass, a few passes per level (about 10 ms for 100 000
 * ties); Leiden that of sn_communities_detect().
 */
sn_error_t sn_dynamics_partition(igraph_vector_int_t *membership_out, bool *at_bound_out,
				 const igraph_t *g, const igraph_vector_t *weights,
				 const sn_dynamics_options_t *opts);

/*
 * Writes an SVG picture of `d` to `fp`: a line chart of the per-slice
 * shares (density, largest component, population share, ties kept, ties
 * Jaccard), and, when `d` has ranks and top > 0, a second chart of the rank
 * on the first measure (`measure`, for its label) of the actors ranked 1 to
 * `top` (at most 16) in the last slice, slice by slice, with gaps where an
 * actor is not active.  Returns SN_OK, SN_ENOMEM or SN_EIO (a write failed).
 * O(nslices * top + nranks * top).
 */
sn_error_t sn_dynamics_write_svg(FILE *fp, const sn_dynamics_t *d, const sn_dataset_t *ds,
				 sn_measure_t measure, size_t top);

#ifdef __cplusplus
}
#endif
#endif
