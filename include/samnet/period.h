/*
 * samnet/period.h: project dates and the time filter.
 *
 * A project's `start` and `end` (projects.csv) are a year ("2019"), a year
 * and month ("2019-03") or an ISO date ("2019-03-14").  A project is *dated*
 * when it has a start or an end.  It is *active* in the closed year interval
 * [from, to] when it has started by the end of `to` and not ended before
 * `from`:
 *     (no start or start.year <= to) and (no end or end.year >= from).
 * A missing end means the project is still running (open-ended); a missing
 * start with an end means it ran up to its end.  An *undated* project (no
 * start and no end) cannot be placed in time: every time filter drops it
 * and counts it (sn_period_stats_t.undated), so that results never rest
 * silently on projects of unknown years.
 *
 * Lifetime: plain values, nothing to free.
 */
#ifndef SAMNET_PERIOD_H
#define SAMNET_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A date of some precision: year 0 = no date; month and day 0 when not given. */
typedef struct {
	int year;   /* 1000..9999, or 0 */
	int month;  /* 1..12, or 0 */
	int day;    /* 1..31 (valid for the month, leap years counted), or 0 */
} sn_date_t;

/*
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (surrounding blanks allowed; an
 * empty string gives year 0, no date).  Returns SN_OK, or SN_EDATA with a
 * message naming what is wrong (not a date, month 13, 30 February).  O(len).
 */
sn_error_t sn_date_parse(const char *s, sn_date_t *out);

/*
 * True when `end` may not come before `start`: the last day `end` can mean
 * (2020 → 2020-12-31, 2020-02 → 2020-02-29) is not before the first day
 * `start` can mean (2020 → 2020-01-01).  True when either is missing.  O(1).
 */
bool sn_date_ordered(sn_date_t start, sn_date_t end);

/* A closed interval of years, from <= to. */
typedef struct {
	int from;
	int to;
} sn_years_t;

/*
 * Parses "YYYY" (from = to) or "YYYY-YYYY" (from <= to), years 1000..9999.
 * SN_EINVAL with a message otherwise.  O(len).
 */
sn_error_t sn_years_parse(const char *s, sn_years_t *out);

/* True when a project with `start` and `end` is active in `years` (the rule above). */
bool sn_dates_active(sn_date_t start, sn_date_t end, sn_years_t years);

/* What a time filter did. */
typedef struct {
	size_t kept;          /* projects active in the interval */
	size_t outside;       /* dated projects not active in it, dropped */
	size_t undated;       /* projects with no start and no end, dropped */
	size_t memberships_dropped;
} sn_period_stats_t;

#ifdef __cplusplus
}
#endif
#endif
