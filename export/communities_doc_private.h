/*
 * export/communities_doc_private.h: one run of sn_communities_doc(), shared
 * by its computing half (communities_doc.c), its metadata
 * (communities_doc_meta.c) and its tables (communities_doc_tables.c).
 */
#ifndef SAMNET_EXPORT_COMMUNITIES_DOC_PRIVATE_H
#define SAMNET_EXPORT_COMMUNITIES_DOC_PRIVATE_H

#include <igraph.h>

#include "samnet/communities.h"
#include "samnet/network.h"
#include "samnet/communities_doc.h"

typedef struct {
	/* What was asked, parsed. */
	const sn_communities_doc_options_t *o;
	sn_communities_options_t co;
	sn_ensemble_options_t eo;
	sn_weighting_t weighting;
	bool two_mode;
	const char *compare;      /* NULL: no comparison */
	bool compare_lenient;     /* the default county comparison: skipped when undefined */
	/* The graph clustered. */
	const sn_dataset_t *ds;
	const sn_network_t *net;
	int year;
	sn_projection_t proj;
	const igraph_t *g;
	const igraph_vector_t *w;   /* NULL for the two-mode graph */
	igraph_integer_t n;         /* vertices */
	size_t offset;              /* vertex v is two-mode vertex v + offset */
	size_t *actor_of;           /* [n] dataset actor, or SN_NO_PARENT for a project */
	/* What was found. */
	igraph_vector_int_t memb;
	sn_communities_summary_t summary;
	double barber;              /* two-mode only */
	sn_ensemble_t ens;          /* runs > 1 only */
	sn_community_profiles_t prof;
	sn_partition_comparison_t cmp;
	bool compared;
} sn__communities_run_t;

/* The metadata every mode shows: population, method and parameters, vertices. */
/* Sets r->g and r->w, the projection's igraph graph and weights built on the first call. */
sn_error_t sn__communities_graph(sn__communities_run_t *r);

sn_error_t sn__communities_common_meta(sn_doc_t *doc, const sn__communities_run_t *r);

/* The metadata of a clustering: runs, bounds, the ensemble, the headline numbers. */
sn_error_t sn__communities_result_meta(sn_doc_t *doc, const sn__communities_run_t *r);

/* The metadata and tables of a clustering (after the common metadata). */
sn_error_t sn__communities_report(sn_doc_t *doc, const sn__communities_run_t *r);

/* The sweep: runs_at_bound (Leiden) and the table "sweep". */
sn_error_t sn__communities_sweep(sn_doc_t *doc, sn__communities_run_t *r);

#endif
