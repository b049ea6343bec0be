/*
 * samnet/centrality_doc.h: the centrality table of `samnet centrality` as a
 * library call.  sn_centrality_doc() computes the chosen measures
 * (samnet/centrality.h: the registry's compute functions, whose path
 * measures run on the parallel exact paths of samnet/fast.h; or the
 * Riondato-Kornaropoulos sample for betweenness under `approx`) on the
 * actor projection or the two-mode graph, ranks the actors, and adds to a
 * document (samnet/doc.h) the metadata and the table "centrality" that the
 * command prints:
 *
 *   meta   the population meta (sn_doc_population_meta()), "projection"
 *          (a weighting name or "two-mode"), "values" ("normalized" or
 *          "raw"), "sort" (the measure ranked by), "pagerank_damping",
 *          and under `approx` one line per sampled measure (eps, delta,
 *          sample count, seed);
 *   table  rank | rank_in_type | rank_in_county, id, name, type, county,
 *          population (what the territory the actor represents holds in
 *          `year`; empty for others), partner_population (the union of its
 *          direct partners' represented territories, samnet/reach.h), then
 *          one real column per measure under its registry name.
 *
 * Rows: the actors, ranked by the `sort` measure (highest first; Burt's
 * constraint lowest first; NaN last; ties by id), overall or within actor
 * types or counties (groups in id order, actors without a county last);
 * with `top`, only ranks 1..top of each group.
 */
#ifndef SAMNET_CENTRALITY_DOC_H
#define SAMNET_CENTRALITY_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How the actors are ranked: all together, or within each actor type or county. */
typedef enum {
	SN_CENTRALITY_RANK_ALL,
	SN_CENTRALITY_RANK_BY_TYPE,
	SN_CENTRALITY_RANK_BY_COUNTY
} sn_centrality_ranking_t;

/* The one-mode measures shown when `measures` is NULL. */
#define SN_CENTRALITY_DEFAULT_MEASURES \
	"degree,strength,betweenness,betweenness_w,harmonic,eigenvector,pagerank,constraint," \
	"effective_size,coreness"
/* The two-mode measures shown when `measures` is NULL. */
#define SN_CENTRALITY_DEFAULT_TWOMODE "degree,closeness,betweenness"

/* The smallest `eps` of `approx`: below it the sample count soon passes 10^10. */
#define SN_CENTRALITY_APPROX_EPS_MIN 1e-4

/*
 * The options, one per option of `samnet centrality` (validation messages
 * name them as the command spells them: --measures, --sort, --approx,
 * --delta).  Set the defaults with sn_centrality_doc_options_init().
 */
typedef struct {
	const char *measures;        /* comma-separated registry names; NULL: the defaults above */
	bool two_mode;               /* the two-mode graph instead of the actor projection */
	sn_weighting_t weighting;    /* of the actor projection; SN_WEIGHT_COUNT */
	bool normalized;             /* normalised values (true) or raw */
	sn_centrality_ranking_t by;  /* SN_CENTRALITY_RANK_ALL */
	const char *sort;            /* the listed measure ranked by; NULL: the first listed */
	size_t top;                  /* keep ranks 1..top of each group; 0: all */
	bool approx;                 /* sample betweenness and betweenness_w (one-mode only) */
	double eps;                  /* approx: error bound, [SN_CENTRALITY_APPROX_EPS_MIN, 1) */
	double delta;                /* approx: failure probability, (0, 1); 0.1 */
	uint64_t seed;               /* approx: the sample's seed; 1 */
	size_t max_ties;             /* limit of the projection's ties (network.h); 0: none */
} sn_centrality_doc_options_t;

/* The defaults: as above, and otherwise zero.  Cannot fail. */
void sn_centrality_doc_options_init(sn_centrality_doc_options_t *o);

/*
 * Checks `o` without data: the measure list (sn_measure_list_parse(); not
 * empty: "--measures lists no measure"; two-mode measures only with
 * two_mode), approx (eps and delta in range, one-mode only, betweenness or
 * betweenness_w listed) and sort (a listed measure).  SN_EINVAL with the
 * message of the first problem; SN_ENOMEM.  sn_centrality_doc() runs it too.
 */
sn_error_t sn_centrality_doc_options_check(const sn_centrality_doc_options_t *o);

/*
 * Adds the metadata and the table described at the top to `doc`, for the
 * dataset `ds` and its network `net` (built from it), populations of
 * `year` (0: sn_territories_latest_year()).  `o` may be NULL (defaults).
 * Errors: those of sn_centrality_doc_options_check(), of
 * sn_projection_build() (SN_ELIMIT beyond max_ties), of the measures and of
 * the population functions; SN_ENOMEM.  On error `doc` may hold part of the
 * metadata.  Time: that of the slowest measure, O(n m) for betweenness.
 */
sn_error_t sn_centrality_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			     int year, const sn_centrality_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
