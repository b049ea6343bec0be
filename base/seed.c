/* 64-bit seeds for 32-bit generators; see include/samnet/seed.h. */
#include "config.h"

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
