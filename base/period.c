/* Project dates, year intervals and the time filter of a dataset. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/dataset.h"
#include "samnet/period.h"
#include "base/strmap.h"

/* Reads exactly `n` digits at *p into *out, advancing *p. */
static bool digits(const char **p, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++, (*p)++) {
		if (!isdigit((unsigned char)**p))
			return false;
		v = 10 * v + (**p - '0');
	}
	*out = v;
	return true;
}

static int days_in_month(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

sn_error_t sn_date_parse(const char *s, sn_date_t *out)
{
	sn_date_t d = { 0, 0, 0 };
	const char *p = s;

	while (*p == ' ' || *p == '\t')
		p++;
	size_t len = strlen(p);
	while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
		len--;
	if (len == 0) {
		*out = d;
		return SN_OK;
	}
	const char *begin = p, *end = p + len;
	if (!digits(&p, 4, &d.year) || d.year < 1000 ||
	    (p < end && (*p++ != '-' || !digits(&p, 2, &d.month))) ||
	    (p < end && (*p++ != '-' || !digits(&p, 2, &d.day))) || p != end)
		return sn_error_set(SN_EDATA, "'%.*s' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
				    (int)len, begin);
	if (len > 4 && (d.month < 1 || d.month > 12))
		return sn_error_set(SN_EDATA, "'%.*s': no month %d", (int)len, begin, d.month);
	if (len > 7 && (d.day < 1 || d.day > days_in_month(d.year, d.month)))
		return sn_error_set(SN_EDATA, "'%.*s': month %d of %d has no day %d", (int)len,
				    begin, d.month, d.year, d.day);
	*out = d;
	return SN_OK;
}

/* yyyymmdd of the first (or last) day a date of its precision can mean. */
static long first_day(sn_date_t d)
{
	return d.year * 10000L + (d.month ? d.month : 1) * 100L + (d.day ? d.day : 1);
}

static long last_day(sn_date_t d)
{
	int month = d.month ? d.month : 12;
	int day = d.day ? d.day : days_in_month(d.year, month);

	return d.year * 10000L + month * 100L + day;
}

bool sn_date_ordered(sn_date_t start, sn_date_t end)
{
	return !start.year || !end.year || last_day(end) >= first_day(start);
}

sn_error_t sn_years_parse(const char *s, sn_years_t *out)
{
	const char *p = s;
	sn_years_t y;

	if (!digits(&p, 4, &y.from) || y.from < 1000)
		goto bad;
	y.to = y.from;
	if (*p == '-') {
		p++;
		if (!digits(&p, 4, &y.to) || y.to < 1000)
			goto bad;
	}
	if (*p)
		goto bad;
	if (y.to < y.from)
		return sn_error_set(SN_EINVAL, "'%s': the interval ends before it starts", s);
	*out = y;
	return SN_OK;
bad:
	return sn_error_set(SN_EINVAL, "'%s' is not a year or a year interval (YYYY or YYYY-YYYY)",
			    s);
}

bool sn_dates_active(sn_date_t start, sn_date_t end, sn_years_t years)
{
	if (!start.year && !end.year)
		return false;
	return (!start.year || start.year <= years.to) && (!end.year || end.year >= years.from);
}

bool sn_dataset_year_span(const sn_dataset_t *ds, int *first, int *last)
{
	int lo = 0, hi = 0;

	for (size_t i = 0; i < ds->nprojects; i++) {
		const sn_project_t *p = &ds->projects[i];
		int begin = p->start.year ? p->start.year : p->end.year;
		int finish = p->end.year > p->start.year ? p->end.year : p->start.year;
		if (!begin)
			continue;
		lo = !lo || begin < lo ? begin : lo;
		hi = finish > hi ? finish : hi;
	}
	*first = lo;
	*last = hi;
	return lo != 0;
}

/* ---- the dataset's time filter --------------------------------------------- */

/* The id -> index map of the projects that stay, under their new indices. */
static sn_error_t kept_index(sn_strmap_t *out, const sn_dataset_t *ds, const size_t *new_index)
{
	sn__strmap_init(out);
	for (size_t i = 0; i < ds->nprojects; i++)
		if (new_index[i] != SN_NO_PARENT &&
		    sn__strmap_put(out, ds->projects[i].id, new_index[i], NULL) != SN_OK) {
			sn__strmap_destroy(out);
			return SN_ENOMEM;
		}
	return SN_OK;
}

sn_error_t sn_dataset_restrict_years(sn_dataset_t *ds, sn_years_t years,
				     sn_period_stats_t *stats_out)
{
	sn_period_stats_t stats = { 0, 0, 0, 0 };
	size_t *new_index = malloc((ds->nprojects ? ds->nprojects : 1) * sizeof *new_index);
	sn_attrs_t *a = &ds->project_attrs;
	size_t kept = 0;

	if (!new_index)
		return sn_error_set(SN_ENOMEM, "out of memory filtering projects by year");
	for (size_t i = 0; i < ds->nprojects; i++) {
		const sn_project_t *p = &ds->projects[i];
		bool active = sn_dates_active(p->start, p->end, years);
		new_index[i] = active ? kept++ : SN_NO_PARENT;
		if (!active && !p->start.year && !p->end.year)
			stats.undated++;
		else if (!active)
			stats.outside++;
	}
	stats.kept = kept;
	sn_strmap_t index;
	if (kept_index(&index, ds, new_index) != SN_OK) {
		free(new_index);
		return sn_error_set(SN_ENOMEM, "out of memory filtering projects by year");
	}
	/* Nothing fails from here on. */
	sn__strmap_destroy(ds->project_index);
	*(sn_strmap_t *)ds->project_index = index;
	for (size_t i = 0, k = 0; i < ds->nprojects; i++) {
		if (new_index[i] == SN_NO_PARENT) {
			free(ds->projects[i].id);
			free(ds->projects[i].name);
			for (size_t c = 0; c < a->ncols; c++)
				free(a->cells[i * a->ncols + c]);
			continue;
		}
		ds->projects[k] = ds->projects[i];
		memmove(&a->cells[k * a->ncols], &a->cells[i * a->ncols], a->ncols * sizeof *a->cells);
		k++;
	}
	ds->nprojects = kept;
	a->nrows = kept;
	size_t m = 0;
	for (size_t i = 0; i < ds->nmemberships; i++) {
		sn_membership_t mb = ds->memberships[i];
		if (new_index[mb.project] == SN_NO_PARENT) {
			free(mb.selector);
			stats.memberships_dropped++;
			continue;
		}
		mb.project = new_index[mb.project];
		ds->memberships[m++] = mb;
	}
	ds->nmemberships = m;
	free(new_index);
	if (stats_out)
		*stats_out = stats;
	return SN_OK;
}
