/*
 * base/seed_private.h: a private igraph generator for the span of one
 * computation, so that no samnet function changes (or depends on) igraph's
 * default generator, which belongs to the host program.
 */
#ifndef SAMNET_SEED_PRIVATE_H
#define SAMNET_SEED_PRIVATE_H

#include <stdint.h>

#include <igraph.h>

#include "samnet/error.h"

typedef struct {
	igraph_rng_t rng;     /* ours: PCG32, igraph 0.10's default type */
	igraph_rng_t saved;   /* the caller's default, put back by sn__rng_end() */
} sn__rng_scope_t;

/*
 * Makes a fresh PCG32 generator seeded with all 64 bits of `seed` igraph's
 * default until sn__rng_end(): igraph code that draws from the default (the
 * Leiden and Louvain moves, layouts, ARPACK start vectors) draws from it.
 * SN_ENOMEM naming `what`.  Not reentrant across threads sharing igraph's
 * default generator.
 */
sn_error_t sn__rng_begin(sn__rng_scope_t *s, uint64_t seed, const char *what);

/* Restores the caller's default generator and frees ours. */
void sn__rng_end(sn__rng_scope_t *s);

#endif
