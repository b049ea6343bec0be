/* samnet.h: the umbrella header of libsamnet.  Include this, or one topic header. */
#ifndef SAMNET_H
#define SAMNET_H

#include "samnet/error.h"
#include "samnet/seed.h"
#include "samnet/diag.h"
#include "samnet/table.h"
#include "samnet/territory.h"
#include "samnet/dataset.h"
#include "samnet/network.h"
#include "samnet/structure.h"
#include "samnet/centrality.h"
#include "samnet/brokerage.h"
#include "samnet/communities.h"
#include "samnet/power.h"
#include "samnet/coalition.h"
#include "samnet/generate.h"
#include "samnet/nullmodel.h"
#include "samnet/significance.h"
#include "samnet/backbone.h"
#include "samnet/export.h"
#include "samnet/suggest.h"
#include "samnet/profile.h"

#endif
