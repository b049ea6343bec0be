/*
 * samnet/partitioned.h: the network as a partitioned edge list, the layout
 * Spark writes and reads (GraphFrames), Neo4j's LOAD CSV and other
 * distributed graph tools take, for data that outgrows one machine
 * (doc/scaling.md).
 *
 *   DIR/vertices/part-00000.csv ...   id,name,type,... (the csv export's vertex table)
 *   DIR/edges/part-00000.csv ...      src,dst,weight,... (its edge table, renamed columns)
 *   DIR/_SUCCESS                      empty, written last, as Spark marks a complete output
 *
 * Every part has the header line; the rows of the parts, concatenated in
 * order, are exactly the rows of sn_export_write() with SN_EXPORT_CSV_NODES
 * and SN_EXPORT_CSV_EDGES (same quoting, same numbers), only the edge
 * columns "source,target" are named "src,dst" as GraphFrames expects.
 */
#ifndef SAMNET_PARTITIONED_H
#define SAMNET_PARTITIONED_H

#include <stddef.h>

#include "samnet/error.h"
#include "samnet/export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	size_t parts;           /* edge parts; 0: as many as keep each at most rows_per_part */
	size_t rows_per_part;   /* 0: 1000000; also bounds the vertex parts */
} sn_partitioned_options_t;

#define SN_PARTITIONED_OPTIONS_INIT { 0, 0 }

/*
 * Writes the graph of `x` (the projection, or the two-mode graph) into the
 * directory `dir`, created when absent, as above.  Rows are split in order
 * into parts of nearly equal size (sizes differ by at most one); an empty
 * table still gets one part with its header.  `opts` may be NULL.
 * Errors: SN_EINVAL (no dir, parts above the number of rows when there are
 * rows, or the errors of sn_export_write()); SN_EIO naming the path when
 * `dir` exists and is not empty (as Spark refuses an existing output) or a
 * file cannot be written; SN_ENOMEM.  O(vertices + ties) time, O(1) extra
 * memory beyond the export's tables.
 */
sn_error_t sn_export_partitioned(const char *dir, const sn_export_t *x,
				 const sn_partitioned_options_t *opts);

#ifdef __cplusplus
}
#endif
#endif
