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

/*
 * Part `part` of `parts` of an outer step: a reporter whose reports of any
 * step, done of total, reach `outer` as `step` at
 * (part + done / total) / parts, in units of 1/SN__PROGRESS_PART_UNITS
 * of a part, so that a long call inside one unit of a step (a measure of
 * "centrality") moves that step's bar.
 */
enum { SN__PROGRESS_PART_UNITS = 1000 };

typedef struct {
	const sn_progress_t *outer;
	const char *step;
	size_t part, parts;
} sn__progress_part_t;

static inline void sn__progress_part_report(const char *inner, size_t done, size_t total,
					    void *arg)
{
	const sn__progress_part_t *p = arg;

	(void)inner;
	if (total > 0 && done <= total)
		sn__progress(p->outer, p->step,
			     p->part * SN__PROGRESS_PART_UNITS +
				     (size_t)((double)done / (double)total * SN__PROGRESS_PART_UNITS),
			     p->parts * SN__PROGRESS_PART_UNITS);
}

/* The reporter of part `part` of `parts` of `step` on `outer` (may be NULL); `ctx` holds it. */
static inline sn_progress_t sn__progress_part(sn__progress_part_t *ctx,
					      const sn_progress_t *outer, const char *step,
					      size_t part, size_t parts)
{
	*ctx = (sn__progress_part_t){ outer, step, part, parts };
	return (sn_progress_t){ outer && outer->fn ? sn__progress_part_report : NULL, ctx };
}

#endif
