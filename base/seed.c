/* 64-bit seeds for 32-bit generators; see include/samnet/seed.h. */
#include "config.h"

#include "samnet/seed.h"

unsigned long sn_seed_gsl(uint64_t seed)
{
	if (seed <= UINT32_MAX)
		return (unsigned long)seed;
	return (unsigned long)((seed >> 32) ^ (seed & UINT32_MAX));
}
