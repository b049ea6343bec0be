/*
 * export/communities_doc.c: what `samnet communities` prints
 * (samnet/communities_doc.h): the options, the graph clustered, the
 * clustering and the comparison.  The tables and metadata are in
 * communities_doc_tables.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/communities_doc_private.h"
#include "base/progress_private.h"
#include "export/doc_build.h"
#include "samnet/partition.h"

void sn_communities_doc_options_init(sn_communities_doc_options_t *o)
{
	sn_communities_options_t co;

	sn_communities_options_default(&co);
	memset(o, 0, sizeof *o);
	o->algorithm = sn_community_algorithm_name(co.algorithm);
	o->objective = sn_community_objective_name(co.objective);
	o->projection = sn_weighting_name(SN_WEIGHT_COUNT);
	o->resolution = co.resolution;
	o->seed = co.seed;
	o->runs = 1;
	o->threshold = 0.5;
	o->max_iterations = co.max_iterations;
	o->tolerance = co.tolerance;
	o->max_ties = SN_PROJECTION_DEFAULT_MAX_TIES;
	o->top = 3;
}

/* The names and numbers of `o` into `r`, each checked. */
static sn_error_t parse_options(sn__communities_run_t *r, const sn_communities_doc_options_t *o)
{
	sn_error_t err;

	r->o = o;
	sn_communities_options_default(&r->co);
	r->eo = (sn_ensemble_options_t)SN_ENSEMBLE_OPTIONS_INIT;
	if (o->algorithm && (err = sn_community_algorithm_parse(o->algorithm, &r->co.algorithm)))
		return err;
	if (o->objective && (err = sn_community_objective_parse(o->objective, &r->co.objective)))
		return err;
	r->weighting = SN_WEIGHT_COUNT;
	r->two_mode = o->projection && strcmp(o->projection, "two-mode") == 0;
	if (o->projection && !r->two_mode && (err = sn_weighting_parse(o->projection, &r->weighting)))
		return err;
	if (!(o->resolution >= 0) || !isfinite(o->resolution))
		return sn_error_set(SN_EINVAL, "communities: resolution must be finite and >= 0");
	if (o->runs < 1)
		return sn_error_set(SN_EINVAL, "communities: runs must be at least 1");
	if (!(o->threshold >= 0 && o->threshold < 1))
		return sn_error_set(SN_EINVAL, "communities: threshold must be in [0, 1)");
	if (o->max_iterations < 1)
		return sn_error_set(SN_EINVAL, "communities: max_iterations must be at least 1");
	if (!(o->tolerance >= 0 && o->tolerance < 1))
		return sn_error_set(SN_EINVAL, "communities: tolerance must be in [0, 1)");
	if (o->nsweep && !o->sweep)
		return sn_error_set(SN_EINVAL, "communities: no sweep values");
	for (size_t i = 0; i < o->nsweep; i++)
		if (!(o->sweep[i] >= 0) || !isfinite(o->sweep[i]))
			return sn_error_set(SN_EINVAL, "communities: sweep resolutions must be finite "
					    "and >= 0");
	r->co.resolution = o->resolution;
	r->co.seed = o->seed;
	r->co.max_iterations = o->max_iterations;
	r->co.tolerance = o->tolerance;
	r->eo.runs = o->runs;
	r->eo.threshold = o->threshold;
	r->compare_lenient = o->compare == NULL;
	r->compare = r->compare_lenient ? "county"
		     : strcmp(o->compare, "none") == 0 ? NULL : o->compare;
	return SN_OK;
}

/* The actor projection, or the two-mode graph, and the actor of each vertex. */
static sn_error_t graph_build(sn__communities_run_t *r)
{
	const sn_network_t *net = r->net;
	sn_error_t err;

	if (r->two_mode) {
		r->g = &net->graph;
		r->w = NULL;
		r->offset = 0;
	} else {
		if ((err = sn_projection_build(&r->proj, net, SN_MODE_ACTORS, r->weighting,
					       r->o->max_ties)))
			return err;
		r->g = NULL;   /* with r->w, built when an algorithm needs them: */
		r->w = NULL;   /* sn__communities_graph() */
		r->offset = r->proj.offset;
	}
	r->n = r->two_mode ? igraph_vcount(r->g) : sn_projection_vcount(&r->proj);
	r->actor_of = malloc(((size_t)r->n + 1) * sizeof *r->actor_of);
	if (!r->actor_of)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (igraph_integer_t v = 0; v < r->n; v++) {
		size_t t = (size_t)v + r->offset;

		r->actor_of[v] = t < net->nactors ? net->actor_index[t] : SN_NO_PARENT;
	}
	return SN_OK;
}

sn_error_t sn__communities_graph(sn__communities_run_t *r)
{
	sn_error_t err;

	if (r->g)
		return SN_OK;
	if ((err = sn_projection_weights(&r->proj, &r->w)))
		return err;
	return sn_projection_graph(&r->proj, &r->g);
}

/*
 * Clusters once, or runs the ensemble; then profiles.  Progress: an
 * ensemble reports its runs (step "ensemble"); one run reports the step
 * "communities", 0 of 2 before clustering, 1 once the partition is found
 * and 2 once the communities are described.
 */
static sn_error_t cluster(sn__communities_run_t *r)
{
	const sn_progress_t *progress = r->eo.runs > 1 ? NULL : &r->net->progress;
	sn_ensemble_options_t eo = r->eo;
	sn_error_t err;

	if (r->two_mode)
		eo.two_mode_types = &r->net->types;
	eo.progress = r->net->progress;
	sn__progress(progress, "communities", 0, 2);
	if (eo.runs > 1) {
		if ((err = sn__communities_graph(r)) ||
		    (err = sn_ensemble_run(&r->ens, r->g, r->w, &r->co, &eo)))
			return err;
		if (igraph_vector_int_update(&r->memb, &r->ens.consensus))
			return sn_error_set(SN_ENOMEM, "out of memory");
		r->summary.communities = r->ens.communities;
		r->summary.modularity = r->ens.consensus_modularity;
		r->summary.quality = NAN;
		if (r->two_mode &&
		    (err = sn_communities_barber_modularity(&r->barber, r->g, r->w, &r->net->types,
							    &r->memb, r->co.resolution)))
			return err;
	} else if (r->two_mode) {
		if ((err = sn_communities_detect_two_mode(&r->memb, &r->barber, &r->summary, r->g,
							  r->w, &r->net->types, &r->co)))
			return err;
		r->summary.quality = NAN;   /* Q_B, shown as barber_modularity */
	} else if ((err = sn_communities_detect_projection(&r->memb, &r->summary, &r->proj,
							   &r->co))) {
		return err;
	}
	sn__progress(progress, "communities", 1, 2);
	if ((err = r->two_mode ? sn_community_profiles_build(&r->prof, r->g, r->w, &r->memb, 1.0)
			       : sn_community_profiles_build_projection(&r->prof, &r->proj,
									&r->memb, 1.0)) ||
	    (err = sn_community_profiles_describe(&r->prof, r->ds, r->actor_of, r->year)))
		return err;
	sn__progress(progress, "communities", 2, 2);
	return SN_OK;
}

/* Reference labels of the actor vertices from the partition file `path`. */
static sn_error_t labels_from_file(const sn__communities_run_t *r, const char *path,
				   igraph_vector_int_t *ref)
{
	sn_diag_t own, *diag = r->o->partition_diag ? r->o->partition_diag : &own;
	igraph_vector_int_t labels;
	sn_error_t err;

	if (igraph_vector_int_init(&labels, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	sn_diag_init(&own);
	err = sn_partition_read(&labels, r->net, path, r->o->partition_table, diag);
	/* Actor vertex v is vertex v - offset of the graph clustered. */
	for (igraph_integer_t v = 0; err == SN_OK && v < igraph_vector_int_size(&labels); v++) {
		igraph_integer_t u = v - (igraph_integer_t)r->offset;
		if (u >= 0 && u < r->n)
			VECTOR(*ref)[u] = VECTOR(labels)[v];
	}
	igraph_vector_int_destroy(&labels);
	sn_diag_destroy(&own);
	return err;
}

/* The reference partition of the actor vertices: type, county or a file. */
static sn_error_t reference(const sn__communities_run_t *r, igraph_vector_int_t *ref)
{
	bool by_type = strcmp(r->compare, "type") == 0;

	if (!by_type && strcmp(r->compare, "county") != 0)
		return labels_from_file(r, r->compare, ref);
	for (igraph_integer_t v = 0; v < r->n; v++)
		if (r->actor_of[v] != SN_NO_PARENT)
			VECTOR(*ref)[v] = sn_actor_group(r->ds, r->actor_of[v],
							 by_type ? SN_GROUP_BY_TYPE : SN_GROUP_BY_COUNTY);
	return SN_OK;
}

/* Compares the partition found of the actor vertices with the reference. */
static sn_error_t compare(sn__communities_run_t *r)
{
	igraph_vector_int_t ref = { 0 }, found = { 0 };  /* zeroed: destroy is safe if init fails */
	sn_error_t err = SN_OK;

	if (igraph_vector_int_init(&ref, r->n) || igraph_vector_int_init_copy(&found, &r->memb))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	if (err == SN_OK) {
		igraph_vector_int_fill(&ref, SN_GROUP_NONE);
		for (igraph_integer_t v = 0; v < r->n; v++)
			if (r->actor_of[v] == SN_NO_PARENT)
				VECTOR(found)[v] = SN_GROUP_NONE;   /* projects take no part */
		err = reference(r, &ref);
	}
	if (err == SN_OK) {
		err = sn_partitions_compare(&r->cmp, &found, &ref);
		r->compared = err == SN_OK;
		if (err == SN_EINVAL && r->compare_lenient)
			err = SN_OK;
	}
	igraph_vector_int_destroy(&found);
	igraph_vector_int_destroy(&ref);
	return err;
}

static sn_error_t run(sn_doc_t *doc, sn__communities_run_t *r)
{
	sn_error_t err;

	if ((err = graph_build(r)) || (err = sn__communities_common_meta(doc, r)))
		return err;
	if (r->o->nsweep > 0)
		return sn__communities_sweep(doc, r);
	if ((err = cluster(r)) || (r->compare && (err = compare(r))))
		return err;
	return sn__communities_report(doc, r);
}

sn_error_t sn_communities_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			      int year, const sn_communities_doc_options_t *o)
{
	sn_communities_doc_options_t defaults;
	sn__communities_run_t r;
	sn_error_t err;

	memset(&r, 0, sizeof r);
	if ((err = sn__doc_check_call(doc, ds, net, "communities")) != SN_OK)
		return err;
	if (!o) {
		sn_communities_doc_options_init(&defaults);
		o = &defaults;
	}
	if ((err = parse_options(&r, o)))
		return err;
	r.ds = ds;
	r.net = net;
	r.year = year;
	sn_projection_init(&r.proj);
	sn_ensemble_init(&r.ens);
	sn_community_profiles_init(&r.prof);
	if (igraph_vector_int_init(&r.memb, 0))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	else
		err = run(doc, &r);
	sn_community_profiles_destroy(&r.prof);
	sn_ensemble_destroy(&r.ens);
	igraph_vector_int_destroy(&r.memb);
	sn_projection_destroy(&r.proj);
	free(r.actor_of);
	return err;
}
