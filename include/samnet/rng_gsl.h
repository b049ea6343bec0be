/*
 * samnet/rng_gsl.h (advanced): the GSL generator behind an sn_rng_t, for
 * code that draws from it with GSL's functions (samnet/nullmodel.h).  Not
 * part of <samnet.h>: the common path needs no GSL type.
 */
#ifndef SAMNET_RNG_GSL_H
#define SAMNET_RNG_GSL_H

#include <gsl/gsl_rng.h>

#include "samnet/seed.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The generator `r` draws from (borrowed, owned by `r`). */
gsl_rng *sn_rng_gsl(sn_rng_t *r);

#ifdef __cplusplus
}
#endif
#endif
