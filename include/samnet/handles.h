/*
 * samnet/handles.h: the network and its projections as opaque handles, for
 * callers that include <samnet.h> without igraph (language bindings).
 *
 * The structs behind the handles embed igraph types; their definitions and
 * the igraph-typed functions on them are in samnet/network.h (included by
 * samnet/advanced.h).  Everything here needs no igraph or GSL header.
 *
 * Lifetime: sn_network_new()/sn_network_free() and
 * sn_projection_new()/sn_projection_free(); a network borrows its dataset
 * and a projection its network, which must outlive them.
 */
#ifndef SAMNET_HANDLES_H
#define SAMNET_HANDLES_H

#include <stdbool.h>
#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct sn_network sn_network_t;
typedef struct sn_projection sn_projection_t;

typedef struct {
	bool include_isolated_territorial;  /* keep territorial actors without projects */
	bool leave_out_inactive;  /* leave out every actor without projects (any type), e.g.
				     after sn_dataset_restrict_years(); overrides the above */
	const bool *memberships_kept;  /* [dataset memberships]: only these become edges (a
					  time slice, samnet/dynamics.h); NULL: all (borrowed) */
} sn_network_options_t;

/*
 * The two-mode network of `ds` (borrowed; see samnet/network.h) into a new
 * handle: with `opts` NULL, territorial actors without projects are left
 * out.  The caller frees *out with sn_network_free(); NULL after a failure.
 * Returns SN_OK or SN_ENOMEM.  O(actors + projects + memberships).
 */
sn_error_t sn_network_new(sn_network_t **out, const sn_dataset_t *ds,
			  const sn_network_options_t *opts);

/* Destroys and frees a network from sn_network_new(); NULL is fine. */
void sn_network_free(sn_network_t *net);

/*
 * The network's shape: actor vertices are 0 .. nactors-1 (also the vertices
 * of its actor projection), project vertices nactors .. nactors+nprojects-1.
 * sn_network_actor() is the dataset actor index of actor vertex `v` (v <
 * nactors, asserted).  O(1).
 */
size_t sn_network_nactors(const sn_network_t *net);
size_t sn_network_nprojects(const sn_network_t *net);
size_t sn_network_actor(const sn_network_t *net, size_t v);

typedef enum {
	SN_WEIGHT_COUNT,    /* number of shared projects */
	SN_WEIGHT_NEWMAN,   /* sum over shared projects p of 1/(n_p - 1) (Newman 2001) */
	SN_WEIGHT_JACCARD,  /* shared / projects of either */
	SN_WEIGHT_OVERLAP   /* shared / min(projects of i, projects of j) */
} sn_weighting_t;

/* "count", "newman", ... and the reverse; parse returns SN_EINVAL with a message. */
const char *sn_weighting_name(sn_weighting_t w);
sn_error_t sn_weighting_parse(const char *name, sn_weighting_t *out);

typedef enum { SN_MODE_ACTORS, SN_MODE_PROJECTS } sn_mode_t;

/*
 * sn_projection_build() (samnet/network.h: the one-mode projection onto
 * actors or projects, refused with SN_ELIMIT beyond `max_ties` ties, 0: no
 * limit) into a new handle (the caller frees *out with
 * sn_projection_free(); NULL after a failure).  Errors as
 * sn_projection_build().
 */
sn_error_t sn_projection_new(sn_projection_t **out, const sn_network_t *net, sn_mode_t mode,
			     sn_weighting_t weighting, size_t max_ties);

/* Destroys and frees a projection from sn_projection_new(); NULL is fine. */
void sn_projection_free(sn_projection_t *p);

#ifdef __cplusplus
}
#endif
#endif
