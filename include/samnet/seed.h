/*
 * samnet/seed.h: 64-bit seeds for 32-bit generators.
 *
 * Seeds are uint64_t throughout samnet.  igraph's generator takes all 64
 * bits; GSL's Mersenne Twister (gsl_rng_mt19937) keeps only the low 32 bits
 * of the seed given to gsl_rng_set(), so that seeds 1 and 2^32 + 1 would
 * give the same stream.  Every GSL generator samnet seeds goes through
 * sn_seed_gsl() instead.
 */
#ifndef SAMNET_SEED_H
#define SAMNET_SEED_H

#include <stdint.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The 32-bit seed for gsl_rng_set() that stands for the 64-bit `seed`:
 * `seed` itself below 2^32 (so that results for such seeds never change),
 * else the high 32 bits of the SplitMix64 finaliser of `seed`, so that
 * seeds differing only in their high bits give different streams.
 * mt19937 has only 2^32 streams (and gsl_rng_set() treats 0 as 4357):
 * two 64-bit seeds may still share one.  O(1).
 */
unsigned long sn_seed_gsl(uint64_t seed);

/*
 * A random generator: the one way randomness is passed to samnet functions
 * that take a generator rather than a seed (significance, backbones).  GSL's
 * Mersenne Twister seeded with sn_seed_gsl(seed), so that a generator made
 * with seed s gives the stream of every other samnet function seeded with s.
 * Lifetime: opaque handle, sn_rng_new()/sn_rng_free() (NULL is fine); one
 * thread at a time.  The GSL generator itself: samnet/rng_gsl.h.
 */
typedef struct sn_rng sn_rng_t;

/* A generator seeded with all 64 bits of `seed` (above).  SN_ENOMEM. */
sn_error_t sn_rng_new(sn_rng_t **out, uint64_t seed);

/* Starts the generator's stream again from `seed`.  O(1) (624 words). */
void sn_rng_reseed(sn_rng_t *r, uint64_t seed);

void sn_rng_free(sn_rng_t *r);

#ifdef __cplusplus
}
#endif
#endif
