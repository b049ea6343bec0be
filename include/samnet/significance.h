/*
 * samnet/significance.h: is a pattern more than the degrees explain?
 *
 * A statistic of the collaboration network (per-actor centrality in the
 * actor projection, modularity of a partition, clustering, assortativity,
 * shared projects of actor pairs ...) is computed on the observed network
 * and on S null samples drawn by the curveball chain (samnet/nullmodel.h),
 * which keep every actor's number of projects and every project's number of
 * members.  For every value the result holds the observed value, the null
 * mean and standard deviation, the z-score, an empirical two-sided p-value
 * and, for families of values (one per actor or per actor pair), the
 * Benjamini-Hochberg adjusted p-value.
 *
 * Statistics are callbacks (sn_statistic_fn), so that measures of other
 * modules plug in; the built-in ones are declared at the end.
 *
 * Lifetime: sn_significance_t is a caller-held struct with
 * sn_significance_init()/sn_significance_destroy(); destroy is safe after
 * init and after any failure.
 */
#ifndef SAMNET_SIGNIFICANCE_H
#define SAMNET_SIGNIFICANCE_H

#include <stdbool.h>
#include <stddef.h>

#include <igraph.h>

#include "samnet/error.h"
#include "samnet/network.h"
#include "samnet/nullmodel.h"
#include "samnet/progress.h"
#include "samnet/seed.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Multiple-testing corrections. */
typedef enum {
	SN_PADJUST_NONE,        /* raw p-values */
	SN_PADJUST_BONFERRONI,  /* min(1, m p) */
	SN_PADJUST_BH           /* Benjamini & Hochberg (1995) false discovery rate */
} sn_padjust_t;

/* "none", "bonferroni", "bh" and the reverse (also accepts "fdr"); parse gives SN_EINVAL. */
const char *sn_padjust_name(sn_padjust_t method);
sn_error_t sn_padjust_parse(const char *name, sn_padjust_t *out);

/*
 * Adjusts the p-values p[0..n) for multiple testing into out[0..n) (`out`
 * may equal `p`).  The family has `family` hypotheses (0: n); hypotheses
 * beyond the n given are taken to have p = 1, which is how untested pairs
 * (no shared project) enter a backbone's family.  NaN entries are left NaN
 * and not counted.
 *
 * Bonferroni: min(1, m p_i).  Benjamini-Hochberg (1995): with the p-values
 * sorted ascending p_(1) <= ... <= p_(m), adjusted p_(k) =
 * min over l >= k of min(1, m p_(l) / l); these are the values of R's
 * p.adjust(p, "BH").  Returns SN_OK, SN_EINVAL (family < number of
 * non-NaN values, or a p outside [0, 1]), SN_ENOMEM.  O(n log n).
 */
sn_error_t sn_p_adjust(double *out, const double *p, size_t n, size_t family,
		       sn_padjust_t method);

/* One network (observed or null) as a statistic sees it; everything borrowed. */
typedef struct {
	const sn_incidence_t *incidence;   /* the two-mode network */
	const igraph_t *projection;        /* actor projection, vertex v = actor v */
	const igraph_vector_t *shared;     /* [ties] shared projects */
	const igraph_vector_t *weight;     /* [ties] weights under the run's weighting */
	bool observed;                     /* true for the observed network */
} sn_sample_t;

/*
 * A statistic: fills `values` (initialised; resize it) from `sample`.  It
 * must return the same number of values for every sample.  A value that is
 * undefined on a sample (assortativity of a graph without ties) is NaN.
 */
typedef sn_error_t (*sn_statistic_fn)(igraph_vector_t *values, const sn_sample_t *sample,
				      void *arg);

typedef struct {
	const char *name;        /* copied into the result */
	sn_statistic_fn compute;
	void *arg;               /* passed to compute, borrowed */
	bool family;             /* values form a family to adjust (per actor, per pair) */
} sn_statistic_t;

/* Which p-value enters the family adjustment. */
typedef enum {
	SN_PVALUE_EMPIRICAL,  /* the empirical two-sided p (default); never below 1/(1+S) */
	SN_PVALUE_NORMAL      /* 2 Q(|z|), Q the standard normal upper tail */
} sn_pvalue_t;

typedef struct {
	size_t samples;              /* null samples S (default 1000) */
	size_t trades;               /* curveball trades before each sample; 0: 5 x memberships */
	sn_weighting_t weighting;    /* projection weighting (default count) */
	sn_padjust_t correction;     /* for families (default BH) */
	size_t max_values;           /* limit on stored null values S x values; 0: 2^25 */
	sn_pvalue_t adjust;          /* p-value the correction adjusts (default empirical) */
	sn_progress_t progress;      /* step "samples", after each sample (samnet/progress.h);
					zeroed: none */
} sn_significance_options_t;

#define SN_SIGNIFICANCE_OPTIONS_INIT \
	{ 1000, 0, SN_WEIGHT_COUNT, SN_PADJUST_BH, 0, SN_PVALUE_EMPIRICAL, { NULL, NULL } }

/* The result for one statistic; arrays have nvalues entries. */
typedef struct {
	char *name;
	bool family;
	size_t nvalues;
	double *observed;
	double *mean;        /* over the samples where the value is defined */
	double *sd;          /* sample standard deviation (divisor n - 1) */
	double *z;           /* (observed - mean) / sd; see sn_significance_run */
	double *p;           /* empirical two-sided p-value */
	double *p_normal;    /* 2 Q(|z|): the normal approximation, 0 when z is infinite */
	double *p_adjusted;  /* within the statistic's family (of p or p_normal, see
				opts->adjust); = that p when not a family */
	size_t *nvalid;      /* samples where the value was defined (not NaN) */
	size_t ndegenerate;  /* values whose null sd is 0 */
} sn_significance_stat_t;

typedef struct {
	sn_significance_stat_t *stats;
	size_t nstats;
	size_t samples;
	size_t trades;       /* trades before each sample, as used */
} sn_significance_t;

void sn_significance_init(sn_significance_t *res);
void sn_significance_destroy(sn_significance_t *res);

/*
 * Runs the significance test.  The null samples come from one curveball
 * chain started at the observed incidence `inc`: before each of the S
 * samples, `trades` trades (default 5 x memberships, Strona et al. 2014).
 * `rng` (borrowed) is the only source of randomness: the same seed gives
 * the same result.
 *
 * For each value with observed x, null values y_1..y_n (n = nvalid, NaN
 * samples left out), mean m and sample sd s:
 *   z = (x - m) / s.  When s = 0 (the statistic is deterministic under the
 *   null, e.g. degree in a projection of disjoint projects) z is 0 if x = m
 *   and +-INFINITY otherwise, and ndegenerate counts it: z is never NaN
 *   from a defined observation.
 *   p = (1 + #{k : |y_k - m| >= |x - m|}) / (1 + n), two-sided, never 0
 *   (Davison & Hinkley 1997, eq. 4.11); a tolerance of 1e-12 (relative)
 *   makes ties count as ">=".
 *   p_normal = 2 Q(|z|) with Q the standard normal upper tail: not limited
 *   by the number of samples, but only as good as the normal approximation
 *   of the null distribution.
 * When x itself is NaN, or no sample defined the value, z, p, p_normal and
 * p_adjusted are NaN (and so are mean and sd when n = 0); the CLI prints
 * these as "NA".  Families are adjusted over their defined p-values with
 * opts->correction.
 *
 * `rng` (sn_rng_new()) drives the chain; required.
 *
 * Returns SN_OK; SN_EINVAL (no generator, no statistics, 0 samples, fewer than 2
 * actors, a statistic returned a different number of values); SN_ELIMIT
 * when S x values exceeds max_values; SN_ENOMEM; any error of a statistic,
 * unchanged.  `out` must be initialised; after failure destroy it.
 * O(S x (trades x max degree + cost of the statistics)).
 */
sn_error_t sn_significance_run(sn_significance_t *out, const sn_incidence_t *inc,
			       const sn_statistic_t *stats, size_t nstats,
			       const sn_significance_options_t *opts, sn_rng_t *rng);

/*
 * Built-in statistics.  Per actor (nactors values, actor v = vertex v):
 * degree and strength (sum of tie weights) in the projection, and
 * betweenness with distance 1/weight (igraph_betweenness; Brandes 2001).
 * Their `arg` is unused.
 */
sn_error_t sn_stat_degree(igraph_vector_t *values, const sn_sample_t *s, void *arg);
sn_error_t sn_stat_strength(igraph_vector_t *values, const sn_sample_t *s, void *arg);
sn_error_t sn_stat_betweenness(igraph_vector_t *values, const sn_sample_t *s, void *arg);

/* Global clustering coefficient (transitivity) of the projection; NaN without triples. */
sn_error_t sn_stat_clustering(igraph_vector_t *values, const sn_sample_t *s, void *arg);

/*
 * Weighted modularity (Newman 2004, resolution 1) of a fixed partition:
 * `arg` is a const igraph_vector_int_t * of nactors community ids >= 0,
 * usually the partition found on the observed network.  Note that this
 * asks whether the found partition is more modular than chance, not
 * whether a community detection would find as much structure in the null
 * samples (plug in your own statistic for that).  NaN without ties.
 */
sn_error_t sn_stat_modularity(igraph_vector_t *values, const sn_sample_t *s, void *arg);

/*
 * Group statistics: `arg` is a const igraph_vector_int_t * of nactors
 * group ids (type or county); negative ids mean "unknown", and ties with
 * an unknown end are left out.  Assortativity: Newman's (2003) nominal
 * assortativity coefficient of the unweighted projection, r = (sum_g e_gg -
 * sum_g a_g^2) / (1 - sum_g a_g^2); NaN when undefined.  E-I index
 * (Krackhardt & Stern 1988): (external - internal) / (external +
 * internal) ties; NaN without ties.  One value each.
 */
sn_error_t sn_stat_assortativity(igraph_vector_t *values, const sn_sample_t *s, void *arg);
sn_error_t sn_stat_ei(igraph_vector_t *values, const sn_sample_t *s, void *arg);

/* Actor pairs for sn_stat_shared_pairs(). */
typedef struct {
	size_t npairs;
	const size_t *a;   /* [npairs] actor indices */
	const size_t *b;   /* [npairs] */
} sn_pairs_t;

/*
 * Number of shared projects of each pair in `arg` (a const sn_pairs_t *),
 * usually the ties of the observed projection (the FDSM view, Neal 2014).
 * O(sum over pairs of the two degrees).
 */
sn_error_t sn_stat_shared_pairs(igraph_vector_t *values, const sn_sample_t *s, void *arg);

#ifdef __cplusplus
}
#endif
#endif
