/*
 * samnet/backbone_doc.h: the report of samnet backbone as a document
 * (samnet/doc.h): how the backbone was extracted, and its ties.
 */
#ifndef SAMNET_BACKBONE_DOC_H
#define SAMNET_BACKBONE_DOC_H

#include <stdint.h>

#include "samnet/backbone.h"
#include "samnet/dataset.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/network.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	sn_backbone_options_t backbone;   /* method, alpha, correction, weighting, samples, ... */
	uint64_t seed;                    /* fdsm: the curveball chain's seed */
} sn_backbone_doc_options_t;

/* Defaults: SN_BACKBONE_OPTIONS_INIT, seed 0. */
void sn_backbone_doc_options_init(sn_backbone_doc_options_t *o);

/*
 * Extracts the backbone of the actor projection of `net` (built from `ds`;
 * sn_backbone_of_network(); NULL options: the defaults) and adds to `doc`
 * the meta "method", "alpha", "correction" ("<correction> over <family>
 * hypotheses"), "projection" (the weighting), "ties" ("<kept> kept of
 * <tested> tested"), for fdsm "null model" ("curveball, <samples> samples,
 * seed <seed>"), then the table "ties": actor_a, name_a, actor_b, name_b
 * (the lower vertex first), shared, weight, p, p_adjusted, one row per
 * kept tie.  `year` is not used (kept for the common signature of the
 * document calls).  Errors: SN_EINVAL (no network, or one not built from
 * `ds`); those of sn_backbone_extract(), unchanged; SN_ENOMEM.  On failure
 * `doc` may hold some of the meta.  Time: that of sn_backbone_extract().
 */
sn_error_t sn_backbone_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			   int year, const sn_backbone_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
