/*
 * export/communities_doc_meta.c: the metadata of sn_communities_doc()
 * (samnet/communities_doc.h): every parameter that shapes the result, and
 * the headline numbers.
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "export/communities_doc_private.h"
#include "samnet/results.h"

/* Leiden's iteration bound is shown for Leiden and for two-mode (BRIM). */
static bool has_bound(const sn__communities_run_t *r)
{
	return r->co.algorithm == SN_COMMUNITY_LEIDEN || r->co.algorithm == SN_COMMUNITY_LOUVAIN ||
	       r->two_mode;
}

sn_error_t sn__communities_common_meta(sn_doc_t *doc, const sn__communities_run_t *r)
{
	const sn_communities_options_t *o = &r->co;
	sn_error_t err = sn_doc_population_meta(doc, r->ds, r->year);

	if (!err)
		err = sn_doc_meta(doc, "projection", "%s",
				  r->two_mode ? "two-mode" : sn_weighting_name(r->weighting));
	if (!err)
		err = sn_doc_meta(doc, "algorithm", "%s", sn_community_algorithm_name(o->algorithm));
	if (!err && (o->algorithm == SN_COMMUNITY_LEIDEN || o->algorithm == SN_COMMUNITY_LOUVAIN))
		err = sn_doc_meta(doc, "objective", "%s", sn_community_objective_name(o->objective));
	if (!err && o->algorithm == SN_COMMUNITY_LEIDEN)
		err = sn_doc_meta_num(doc, "beta", o->beta);
	if (!err && has_bound(r))
		err = sn_doc_meta_int(doc, "max_iterations", o->max_iterations);
	if (!err && o->algorithm == SN_COMMUNITY_LEIDEN)
		err = sn_doc_meta_num(doc, "tolerance", o->tolerance);
	if (!err && o->algorithm == SN_COMMUNITY_WALKTRAP)
		err = sn_doc_meta_int(doc, "walktrap_steps", o->walktrap_steps);
	if (!err && o->algorithm == SN_COMMUNITY_INFOMAP)
		err = sn_doc_meta_int(doc, "infomap_trials", o->infomap_trials);
	if (!err && r->o->nsweep == 0 &&
	    (o->algorithm == SN_COMMUNITY_LEIDEN || o->algorithm == SN_COMMUNITY_LOUVAIN))
		err = sn_doc_meta_num(doc, "resolution", o->resolution);
	if (!err)
		err = sn_doc_meta_uint(doc, "seed", o->seed);
	if (!err)
		err = sn_doc_meta_int(doc, "vertices", r->n);
	return err;
}

/* Iterations done and whether the bound, not stability, ended them (one run). */
static sn_error_t bound_meta(sn_doc_t *doc, const sn_communities_summary_t *sum, bool two_mode)
{
	sn_error_t err = SN_OK;

	if (sum->iterations > 0)
		err = sn_doc_meta_int(doc, "iterations", sum->iterations);
	if (!err && two_mode)
		err = sn_doc_meta_int(doc, "brim_sweeps", sum->sweeps);
	if (!err)
		err = sn_doc_meta(doc, "stopped_at_bound", "%s", sum->at_bound ? "yes" : "no");
	return err;
}

/* The seed of each run, so that seed S with one run reproduces any one of them. */
static sn_error_t run_seeds_meta(sn_doc_t *doc, const sn__communities_run_t *r)
{
	size_t size = r->eo.runs * 21 + 1, used = 0;
	char *list = malloc(size);
	sn_error_t err;

	if (list == NULL)
		return sn_error_set(SN_ENOMEM, "out of memory");
	list[0] = '\0';
	for (size_t k = 0; k < r->eo.runs; k++)
		used += (size_t)snprintf(list + used, size - used, "%s%" PRIu64, k ? " " : "",
					 sn_communities_derived_seed(r->co.seed, k));
	err = sn_doc_meta(doc, "run_seeds", "%s", list);
	free(list);
	return err;
}

/* Mean stability over the clustered vertices (projects too, in two-mode). */
static double stability_mean(const sn_ensemble_t *e)
{
	igraph_integer_t n = igraph_vector_size(&e->stability);

	return n ? igraph_vector_sum(&e->stability) / (double)n : NAN;
}

/* The consensus of an ensemble and how much its runs agree. */
static sn_error_t ensemble_meta(sn_doc_t *doc, const sn__communities_run_t *r)
{
	const sn_ensemble_t *e = &r->ens;
	sn_error_t err = run_seeds_meta(doc, r);

	if (!err)
		err = sn_doc_meta_num(doc, "consensus_threshold", r->eo.threshold);
	if (!err)
		err = sn_doc_meta_int(doc, "consensus_max_rounds", (int64_t)r->eo.max_iterations);
	/* Only the edge variant is named, so that small outputs keep their bytes. */
	if (!err && !e->dense)
		err = sn_doc_meta(doc, "consensus_pairs", "%s", "edges");
	if (!err)
		err = sn_doc_meta_int(doc, "consensus_rounds", (int64_t)e->iterations);
	if (!err)
		err = sn_doc_meta(doc, "consensus_converged", "%s", e->converged ? "yes" : "no");
	if (!err && has_bound(r))
		err = sn_doc_meta_int(doc, "runs_at_bound", (int64_t)e->runs_at_bound);
	if (!err)
		err = sn_doc_meta_num(doc, "runs_nmi_mean", e->nmi_mean);
	if (!err)
		err = sn_doc_meta_num(doc, "runs_nmi_min", e->nmi_min);
	if (!err)
		err = sn_doc_meta_num(doc, "runs_vi_mean", e->vi_mean);
	if (!err)
		err = sn_doc_meta_num(doc, "runs_vi_max", e->vi_max);
	if (!err)
		err = sn_doc_meta_num(doc, "stability_mean", stability_mean(e));
	return err;
}

sn_error_t sn__communities_result_meta(sn_doc_t *doc, const sn__communities_run_t *r)
{
	const sn_communities_summary_t *sum = &r->summary;
	sn_error_t err = sn_doc_meta_int(doc, "runs", (int64_t)r->eo.runs);

	if (!err && r->eo.runs == 1 && has_bound(r))
		err = bound_meta(doc, sum, r->two_mode);
	if (!err && r->eo.runs > 1)
		err = ensemble_meta(doc, r);
	if (!err)
		err = sn_doc_meta_int(doc, "communities", sum->communities);
	if (!err)
		err = sn_doc_meta_num(doc, "modularity", sum->modularity);
	if (!err && !isnan(sum->quality))
		err = sn_doc_meta_num(doc, r->co.algorithm == SN_COMMUNITY_INFOMAP ? "codelength"
					   : "quality", sum->quality);
	if (!err && r->two_mode)
		err = sn_doc_meta_num(doc, "barber_modularity", r->barber);
	return err;
}
