/* 64-bit seeds for 32-bit generators; see include/samnet/seed.h. */
#include "config.h"

#include <stdlib.h>

#include "base/seed_private.h"
#include "samnet/rng_gsl.h"
#include "samnet/seed.h"

unsigned long sn_seed_gsl(uint64_t seed)
{
	uint64_t z = seed;

	if (seed <= UINT32_MAX)
		return (unsigned long)seed;
	/* The SplitMix64 finaliser (Steele, Lea & Flood 2014) spreads all 64 bits. */
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return (unsigned long)((z ^ (z >> 31)) >> 32);
}

sn_error_t sn__rng_begin(sn__rng_scope_t *s, uint64_t seed, const char *what)
{
	if (igraph_rng_init(&s->rng, &igraph_rngtype_pcg32) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	igraph_rng_seed(&s->rng, (igraph_uint_t)seed);
	s->saved = *igraph_rng_default(); /* igraph_rng_set_default() copies the struct */
	igraph_rng_set_default(&s->rng);
	return SN_OK;
}

void sn__rng_end(sn__rng_scope_t *s)
{
	igraph_rng_set_default(&s->saved);
	igraph_rng_destroy(&s->rng);
}

struct sn_rng {
	gsl_rng *gsl;
};

sn_error_t sn_rng_new(sn_rng_t **out, uint64_t seed)
{
	sn_rng_t *r = malloc(sizeof *r);

	*out = NULL;
	if (!r || !(r->gsl = gsl_rng_alloc(gsl_rng_mt19937))) {
		free(r);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	gsl_rng_set(r->gsl, sn_seed_gsl(seed));
	*out = r;
	return SN_OK;
}

void sn_rng_reseed(sn_rng_t *r, uint64_t seed)
{
	gsl_rng_set(r->gsl, sn_seed_gsl(seed));
}

void sn_rng_free(sn_rng_t *r)
{
	if (!r)
		return;
	gsl_rng_free(r->gsl);
	free(r);
}

gsl_rng *sn_rng_gsl(sn_rng_t *r)
{
	return r->gsl;
}
