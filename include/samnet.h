/* samnet.h: the umbrella header of libsamnet.  Include this, or one topic header. */
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
#include "samnet/network.h"
#include "samnet/partition.h"
#include "samnet/structure.h"
#include "samnet/centrality.h"
#include "samnet/brokerage.h"
#include "samnet/communities.h"
#include "samnet/dynamics.h"
#include "samnet/power.h"
#include "samnet/players.h"
#include "samnet/coalition.h"
#include "samnet/reach.h"
#include "samnet/generate.h"
#include "samnet/nullmodel.h"
#include "samnet/significance.h"
#include "samnet/backbone.h"
#include "samnet/export.h"
#include "samnet/import.h"
#include "samnet/results.h"

#endif
