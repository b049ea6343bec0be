/*
 * samnet/significance_doc.h: the significance test of the actor projection
 * as a result document (samnet/doc.h), exactly what `samnet significance`
 * prints: the observed partition, the curveball null model, the statistics
 * chosen by name and the tables of network, per-actor and per-pair values
 * against the null.  No igraph or GSL type is needed to call it.
 */
#ifndef SAMNET_SIGNIFICANCE_DOC_H
#define SAMNET_SIGNIFICANCE_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"
#include "samnet/progress.h"
#include "samnet/significance.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The statistics sn_significance_doc() knows, as the "unknown statistic" message lists them. */
#define SN_SIGNIFICANCE_STATISTICS \
	"degree, strength, betweenness_w, clustering, modularity, assortativity, ei, shared, all"

typedef struct {
	/*
	 * Comma-separated statistic names: degree, strength, betweenness_w
	 * (per actor), clustering, modularity (of the Leiden partition found on
	 * the observed network), assortativity and ei (by type and by county,
	 * two rows each), shared (shared projects of every tied pair), or all.
	 * NULL: all but shared.  Borrowed.
	 */
	const char *statistics;
	size_t samples;              /* null samples (default 1000) */
	size_t trades;               /* curveball trades before each sample; 0: 5 x memberships */
	sn_weighting_t weighting;    /* of the actor projection (default count) */
	sn_padjust_t correction;     /* within each per-actor or per-pair family (default BH) */
	sn_pvalue_t adjust;          /* the p-value the correction adjusts (default empirical) */
	double alpha;                /* level of the verdict column (default 0.05), in (0, 1] */
	bool significant_only;       /* actor and pair rows only where p_adjusted < alpha */
	uint64_t seed;               /* of the null model's chain and of Leiden (default 1) */
	int max_iterations;          /* Leiden's bound (default SN_COMMUNITIES_MAX_ITERATIONS) */
	size_t max_ties;             /* projection size limit (sn_projection_check_limit); 0: none */
	sn_progress_t progress;      /* step "samples", after each sample (samnet/progress.h);
					zeroed: none */
} sn_significance_doc_options_t;

/* Sets every option to its default. */
void sn_significance_doc_options_init(sn_significance_doc_options_t *o);

/*
 * SN_OK when `statistics` (as in the options; NULL is fine) names only
 * known statistics, else SN_EINVAL with the message "unknown statistic
 * 'NAME' (" SN_SIGNIFICANCE_STATISTICS ")"; SN_ENOMEM.
 */
sn_error_t sn_significance_statistics_check(const char *statistics);

/*
 * Runs sn_significance_run() on the actor projection of `net` (built from
 * `ds`) with the statistics `o->statistics` (NULL options: the defaults)
 * and adds to `doc`:
 *   meta "null model" (samples, trades, seed), "projection", "correction",
 *   "alpha", "p-value" (its definition), with modularity "partition" (the
 *   Leiden run on the observed projection: seed, iterations, bound,
 *   communities) and "stopped_at_bound", then one entry per per-actor or
 *   per-pair statistic ("N above chance, N below (of N)");
 *   table "network" (statistic, verdict, note, observed, null_mean,
 *   null_sd, z, p, p_normal) when a network statistic was asked for;
 *   table "actors" (statistic, id, name, type, verdict, the numbers and
 *   p_adjusted; each statistic's actors by z descending, NaN last) when a
 *   per-actor statistic was; table "pairs" (actor_a, actor_b, ...) for
 *   shared.
 * The verdict is "above" or "below" the null mean when p_adjusted < alpha,
 * else empty.  The note of a network statistic says why it has no plain
 * z-score (undefined on the observed network, undefined in every or some
 * samples, null sd 0).  `year` is not used (kept for the common signature
 * of the document calls).  The same seed gives the same document.
 *
 * Errors: SN_EINVAL (a misuse: no network, a network not built from `ds`,
 * an unknown statistic, an option out of range, fewer than 2 actors);
 * SN_ELIMIT (the projection exceeds max_ties, or the samples would store
 * too many values); the errors of sn_significance_run() and of the Leiden
 * detection, unchanged; SN_ENOMEM.  `doc` may have part of the entries
 * after a failure.  O(S x (trades x max degree + cost of the statistics)).
 */
sn_error_t sn_significance_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			       int year, const sn_significance_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
