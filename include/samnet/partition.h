/*
 * samnet/partition.h: reading a partition of the actors from a CSV file,
 * for comparing a found partition with a reference one (communities.h,
 * sn_partitions_compare).
 */
#ifndef SAMNET_PARTITION_H
#define SAMNET_PARTITION_H

#include <igraph.h>

#include "samnet/diag.h"
#include "samnet/error.h"
#include "samnet/network.h"
#include "samnet/table.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reads the labels of the file `path`: one row per actor with the columns
 * `actor` (or `id`), an actor id of the network's dataset, and `community`,
 * any text naming the actor's part.  `labels` (initialised by the caller)
 * is resized to net->nactors and gets, for actor vertex v, the number of
 * v's label in order of first appearance (0, 1, ...), or SN_GROUP_NONE
 * when the file gives v no label or an empty one.  Rows of actors that the
 * network leaves out are skipped.  `opts` (may be NULL) as sn_table_open().
 *
 * Every problem goes to `diag` with file:line:column (a missing column, an
 * unknown actor, an actor listed twice), all of them in one pass.  Returns SN_OK; SN_EDATA when
 * `diag` received an error (the message is the first of them,
 * "FILE:LINE:COLUMN: ...", and how many more problems there are); the table reader's SN_EIO; SN_EINVAL when the
 * network is not built; SN_ENOMEM.  After a failure `labels` holds
 * unspecified values.  O(rows x distinct labels).
 */
sn_error_t sn_partition_read(igraph_vector_int_t *labels, const sn_network_t *net,
			     const char *path, const sn_table_options_t *opts, sn_diag_t *diag);

#ifdef __cplusplus
}
#endif
#endif
