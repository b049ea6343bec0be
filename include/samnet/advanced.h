/*
 * samnet/advanced.h: everything of <samnet.h> and the igraph-typed API:
 * the network and projection structs, measures and communities on igraph
 * graphs, null models, significance, backbones, exports.  Needs igraph's
 * include path (pkg-config igraph) and GSL's for samnet/rng_gsl.h, which is
 * not included here.
 */
#ifndef SAMNET_ADVANCED_H
#define SAMNET_ADVANCED_H

#include "samnet.h"

#include "samnet/network.h"
#include "samnet/partition.h"
#include "samnet/structure.h"
#include "samnet/centrality.h"
#include "samnet/brokerage.h"
#include "samnet/communities.h"
#include "samnet/dynamics.h"
#include "samnet/coalition.h"
#include "samnet/nullmodel.h"
#include "samnet/significance.h"
#include "samnet/backbone.h"
#include "samnet/profile.h"
#include "samnet/significance_doc.h"
#include "samnet/dynamics_doc.h"
#include "samnet/actor_doc.h"
#include "samnet/backbone_doc.h"

#endif
