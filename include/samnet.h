/*
 * samnet.h: the umbrella header of libsamnet, without igraph or GSL: it
 * compiles with only samnet's include folder on the path.  The network and
 * its projections are opaque handles here (samnet/handles.h).  The
 * igraph-typed API (the network's struct, measures on igraph graphs,
 * communities, null models, exports with layouts) is in samnet/advanced.h,
 * which includes this header.
 */
#ifndef SAMNET_H
#define SAMNET_H

#include "samnet/error.h"
#include "samnet/seed.h"
#include "samnet/writer.h"
#include "samnet/doc.h"
#include "samnet/diag.h"
#include "samnet/period.h"
#include "samnet/table.h"
#include "samnet/territory.h"
#include "samnet/dataset.h"
#include "samnet/dataset_write.h"
#include "samnet/handles.h"
#include "samnet/measure.h"
#include "samnet/progress.h"
#include "samnet/power.h"
#include "samnet/players.h"
#include "samnet/coalition_share.h"
#include "samnet/coalition_game.h"
#include "samnet/scenario.h"
#include "samnet/reach.h"
#include "samnet/generate.h"
#include "samnet/import.h"
#include "samnet/export.h"
#include "samnet/results.h"
#include "samnet/summary_doc.h"
#include "samnet/centrality_doc.h"
#include "samnet/suggest.h"
#include "samnet/communities_doc.h"
#include "samnet/brokerage_doc.h"
#include "samnet/power_doc.h"
#include "samnet/scenario_doc.h"
#include "samnet/coalition_doc.h"
#include "samnet/import_doc.h"
#include "samnet/open.h"
#include "samnet/dataset_doc.h"
#include "samnet/partitioned.h"

#endif
