/*
 * samnet/reach.h: whom actors reach through shared projects in the
 * two-mode network: the population of an actor's direct partners and the
 * connected components of the network.
 *
 * These functions allocate nothing the caller must free.
 */
#ifndef SAMNET_REACH_H
#define SAMNET_REACH_H

#include <stddef.h>
#include <stdint.h>

#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The population represented by the direct partners of each actor vertex
 * vertices[i] of `net` (the actors sharing at least one project with it,
 * itself excluded): the union of their territories in `year`
 * (sn_dataset_represented_population(), so a region and one of its
 * kommuner count that kommun once; partners that represent no territory
 * add nothing) into out[i].  An actor without partners gets 0.
 * Errors: SN_EINVAL for a vertex that is not an actor vertex; those of
 * sn_dataset_represented_population() (SN_EDATA for a missing figure);
 * SN_ENOMEM.  O(sum over the vertices of their partners' memberships).
 */
sn_error_t sn_network_partner_population(int64_t *out, const sn_network_t *net,
					 const size_t *vertices, size_t k, int year);

/*
 * The weakly connected components of the two-mode network (actors and
 * projects together): their number into *count_out, and into
 * *largest_share_out (may be NULL) the share of the network's actors in
 * the component holding the most actors (0 for a network without actors).
 * Errors: SN_ENOMEM; an igraph failure as SN_ENUMERIC.  O(V + E).
 */
sn_error_t sn_network_components(size_t *count_out, double *largest_share_out,
				 const sn_network_t *net);

#ifdef __cplusplus
}
#endif
#endif
