/* base/progress_private.h: reporting to an sn_progress_t (samnet/progress.h). */
#ifndef SAMNET_PROGRESS_PRIVATE_H
#define SAMNET_PROGRESS_PRIVATE_H

#include "samnet/progress.h"

/* Reports done of total for `step` when p has a function; p may be NULL. */
static inline void sn__progress(const sn_progress_t *p, const char *step, size_t done,
				size_t total)
{
	if (p && p->fn)
		p->fn(step, done, total, p->arg);
}

/*
 * Reports every 2^16th unit (cheap enough for inner loops of millions):
 * true when `done` is a multiple of 65536.
 */
static inline void sn__progress_every(const sn_progress_t *p, const char *step, size_t done,
				      size_t total)
{
	if ((done & 0xFFFF) == 0)
		sn__progress(p, step, done, total);
}

#endif
