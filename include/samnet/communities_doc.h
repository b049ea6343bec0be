/*
 * samnet/communities_doc.h: what `samnet communities` prints, as a result
 * document (samnet/doc.h), for a library user, a binding or a server.  No
 * igraph or GSL type is needed to call it.
 *
 * One call clusters the actor projection (or the two-mode network), once or
 * as a seeded ensemble with a consensus, profiles the communities and
 * compares the partition with the counties, the actor types or a partition
 * file (samnet/communities.h for the methods and their sources); or, given
 * resolutions to sweep, only counts communities and modularity at each.
 */
#ifndef SAMNET_COMMUNITIES_DOC_H
#define SAMNET_COMMUNITIES_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/dataset.h"
#include "samnet/diag.h"
#include "samnet/doc.h"
#include "samnet/error.h"
#include "samnet/handles.h"
#include "samnet/table.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * What to compute; sn_communities_doc_options_init() gives the defaults of
 * `samnet communities`.  Strings are borrowed for the call; a NULL name is
 * the default.
 */
typedef struct {
	const char *algorithm;   /* "leiden" (default), "louvain", "infomap", "walktrap",
				    "labelprop" or "fastgreedy" (sn_community_algorithm_parse()) */
	const char *objective;   /* Leiden's: "modularity" (default) or "cpm" */
	const char *projection;  /* "count" (default), "newman", "jaccard", "overlap"
				    (sn_weighting_parse()) or "two-mode" */
	double resolution;       /* gamma >= 0 of modularity or CPM; default 1 */
	uint64_t seed;           /* default 1 */
	size_t runs;             /* 1 (default): one run; N > 1: ensemble and consensus */
	double threshold;        /* consensus threshold in [0, 1); default 0.5 */
	int max_iterations;      /* Leiden iterations and BRIM sweeps, >= 1; default 100 */
	double tolerance;        /* Leiden's relative quality gain that ends its loop, in
				    [0, 1); default SN_COMMUNITIES_TOLERANCE */
	size_t max_ties;         /* projection size limit (sn_projection_build()), 0: none;
				    default SN_PROJECTION_DEFAULT_MAX_TIES */
	size_t top;              /* members named per community; default 3 */
	/* The partition compared with: NULL (default) the counties, left out when
	   too few actors have one to compare; "county", "type"; "none"; or the
	   path of a CSV file with columns actor (or id) and community
	   (sn_partition_read()), read with `partition_table` (NULL: detect the
	   separator) and its problems recorded in `partition_diag` (NULL: only
	   the first goes into the error message). */
	const char *compare;
	const sn_table_options_t *partition_table;
	sn_diag_t *partition_diag;
	/* Resolutions to sweep (nsweep of them, each finite and >= 0; 0: no sweep). */
	const double *sweep;
	size_t nsweep;
} sn_communities_doc_options_t;

/* Fills `o` with the defaults above. */
void sn_communities_doc_options_init(sn_communities_doc_options_t *o);

/*
 * Adds to `doc` the metadata and tables of `samnet communities` for the
 * network `net` of dataset `ds`, with populations of `year` (a year of the
 * territory table; sn_doc_population_meta()).  The caller's own entries
 * (such as the "dataset" line of the CLI) may come before.
 *
 * Metadata: year and population, projection, algorithm, its parameters
 * (objective, beta, max_iterations, tolerance, walktrap_steps, infomap_trials,
 * resolution), seed, vertices; then, without a sweep: runs, iterations,
 * brim_sweeps and stopped_at_bound (one run of Leiden, or two-mode);
 * run_seeds, consensus_*, runs_at_bound, runs_nmi_*, runs_vi_* and
 * stability_mean (an ensemble); communities, modularity (gamma 1), quality
 * or codelength, and barber_modularity (two-mode).
 *
 * Tables: "communities" (one row per community, numbered from 1 by size:
 * size, actors, projects (two-mode), types, counties, population and its
 * share, density, internal_weight, modularity_contribution, the `top` most
 * central members); "actors" (one row per actor vertex, community by
 * community: id, name, type, county, community, internal_strength, and
 * stability for an ensemble); "projects" (two-mode); "comparison" (nmi,
 * adjusted_rand, rand, variation_of_information of the partition of the
 * actors against `compare`).  With a sweep: runs_at_bound (Leiden) and the
 * table "sweep" (resolution, communities, modularity, quality) only.
 *
 * Errors: SN_EINVAL for an unknown name or a value out of range in `o` (the
 * message names the field), a network that is not built, or a comparison
 * that is undefined (one side a single part); SN_ELIMIT over max_ties;
 * SN_EDATA for a partition file with errors (all of them in
 * partition_diag; the first one in the message); SN_EIO when it cannot be
 * read; the clustering's errors; SN_ENOMEM.  After a failure `doc` may hold
 * part of the entries.  Time: the clustering (runs times one clustering,
 * plus the consensus's O(n^2) per round), or one per swept resolution.
 */
sn_error_t sn_communities_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			      int year, const sn_communities_doc_options_t *o);

#ifdef __cplusplus
}
#endif
#endif
