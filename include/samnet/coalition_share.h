/*
 * samnet/coalition_share.h: a coalition's members, population and share of
 * a per-actor quantity, without igraph (the full profile of a coalition,
 * with PageRank and ties, is samnet/coalition.h).
 */
#ifndef SAMNET_COALITION_SHARE_H
#define SAMNET_COALITION_SHARE_H

#include <stddef.h>
#include <stdint.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The members named by `list`: actor ids and selectors separated by commas
 * (sn_dataset_resolve_actor()).  A selector's own code list also uses
 * commas, so a bare territory code after a selector ("regions:06,07")
 * extends that selector.  *out (the caller's, to free()) receives the actor
 * indices, *n their number.
 * Errors: SN_EINVAL "members: <message>" for a reference that resolves to
 * nothing (unknown actor, unknown territory, a selector matching nothing)
 * or names an actor the list already named (by id or through a selector),
 * and "members names no actor"; SN_ENOMEM.  On error *out is NULL.
 * O(length * resolve).
 */
sn_error_t sn_coalition_members_parse(size_t **out, size_t *n, const sn_dataset_t *ds,
				      const char *list);

/*
 * A coalition's share of a per-vertex quantity of a projection (strength,
 * PageRank, betweenness, voting power): `values[0..nv)` indexed by
 * projection vertex (vertex v is two-mode vertex v + `offset` of `net`).
 * *sum_out (may be NULL) receives the sum of the values of the distinct
 * members of actors[0..n) in the network, in ascending vertex order;
 * *share_out (may be NULL) that sum over the sum of all nv values, NaN when
 * that total is not positive.  Non-finite values count 0.
 * *in_network_out (may be NULL) counts the distinct members with a vertex.
 * The one computation of a coalition's share, for `samnet coalition` and
 * the report.  Errors: SN_ENOMEM.  O(n log n + nv).
 */
sn_error_t sn_coalition_share(double *share_out, double *sum_out, size_t *in_network_out,
			      const sn_network_t *net, size_t offset, const double *values,
			      size_t nv, const size_t *actors, size_t n);

/*
 * The population the actors[0..n) represent in `year` (the union of their
 * territories, sn_dataset_represented_population()) into *population_out,
 * and its share of the population of the territory tree's root into
 * *share_out (may be NULL; NaN when the root's population is not positive).
 * Errors: those of sn_dataset_represented_population() and
 * sn_territories_population() (SN_EDATA when a figure is missing).  O(n + tree).
 */
sn_error_t sn_coalition_population(int64_t *population_out, double *share_out,
				   const sn_dataset_t *ds, const size_t *actors, size_t n, int year);

#ifdef __cplusplus
}
#endif
#endif
