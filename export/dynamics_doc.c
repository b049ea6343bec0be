/*
 * export/dynamics_doc.c: the tables of `samnet dynamics` as a document
 * (samnet/dynamics_doc.h).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "export/doc_build.h"
#include "samnet/dynamics_doc.h"

#define COUNT(a) (sizeof(a) / sizeof *(a))

void sn_dynamics_doc_options_init(sn_dynamics_doc_options_t *o)
{
	sn_dynamics_options_default(&o->dynamics);
	o->top = 0;
}

/* "2019", or "2018-2020" for a window of several years. */
static void slice_label(char *buf, size_t size, const sn_slice_t *s)
{
	if (s->from == s->to)
		snprintf(buf, size, "%d", s->from);
	else
		snprintf(buf, size, "%d-%d", s->from, s->to);
}

/* A real, left missing when NaN (undefined rather than a value). */
static sn_error_t real_or_missing(sn_doc_table_t *t, size_t col, double v)
{
	return isnan(v) ? SN_OK : sn_doc_table_real(t, col, v);
}

static sn_error_t slice_row(sn_doc_table_t *t, const sn_slice_t *s)
{
	char label[32];
	sn_error_t err = sn_doc_table_row(t);

	slice_label(label, sizeof label, s);
	(void)(err || (err = sn_doc_table_str(t, 0, label)) ||
	       (err = sn_doc_table_int(t, 1, (int64_t)s->actors)) ||
	       (err = sn_doc_table_int(t, 2, (int64_t)s->projects)) ||
	       (err = sn_doc_table_int(t, 3, (int64_t)s->ties)) ||
	       (err = real_or_missing(t, 4, s->density)) ||
	       (err = sn_doc_table_int(t, 5, (int64_t)s->components)) ||
	       (err = real_or_missing(t, 6, s->largest_share)) ||
	       (err = real_or_missing(t, 7, s->mean_degree)) ||
	       (err = real_or_missing(t, 8, s->population_share)) ||
	       (err = sn_doc_table_int(t, 13, (int64_t)s->communities)));
	if (s->has_previous)
		(void)(err || (err = real_or_missing(t, 9, s->ties_kept)) ||
		       (err = real_or_missing(t, 10, s->ties_jaccard)) ||
		       (err = sn_doc_table_int(t, 11, (int64_t)s->entering)) ||
		       (err = sn_doc_table_int(t, 12, (int64_t)s->leaving)));
	return err;
}

static sn_error_t slices_table(sn_doc_t *doc, const sn_dynamics_t *d)
{
	/* To fit the width: the shape of each slice first, then the turnover. */
	static const sn__column_t cols[] = {
		{ "slice", SN_COL_STR, 0 },		{ "actors", SN_COL_INT, 0 },
		{ "projects", SN_COL_INT, 0 },		{ "ties", SN_COL_INT, 0 },
		{ "density", SN_COL_REAL, 2 },		{ "components", SN_COL_INT, 3 },
		{ "largest_component", SN_COL_SHARE, 2 }, { "mean_degree", SN_COL_REAL, 3 },
		{ "population_share", SN_COL_SHARE, 0 }, { "ties_kept", SN_COL_SHARE, 0 },
		{ "ties_jaccard", SN_COL_REAL, 1 },	{ "entering", SN_COL_INT, 1 },
		{ "leaving", SN_COL_INT, 1 },		{ "communities", SN_COL_INT, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "slices", "Slices", cols, COUNT(cols));

	for (size_t i = 0; i < d->nslices && err == SN_OK; i++)
		err = slice_row(t, &d->slices[i]);
	return sn__doc_add(doc, t, err);
}

static sn_error_t ranks_table(sn_doc_t *doc, const sn_dynamics_t *d, const sn_dataset_t *ds,
			      const sn_dynamics_doc_options_t *o)
{
	static const sn__column_t cols[] = {
		{ "slice", SN_COL_STR, 0 },   { "id", SN_COL_STR, 0 },	  { "name", SN_COL_STR, 0 },
		{ "measure", SN_COL_STR, 0 }, { "value", SN_COL_REAL, 0 }, { "rank", SN_COL_INT, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "ranks", "Ranks", cols, COUNT(cols));

	for (size_t i = 0; i < d->nranks && err == SN_OK; i++) {
		const sn_slice_rank_t *r = &d->ranks[i];
		char label[32];
		if (o->top && (r->rank == 0 || r->rank > o->top))
			continue;
		slice_label(label, sizeof label, &d->slices[r->slice]);
		err = sn_doc_table_row(t);
		(void)(err || (err = sn_doc_table_str(t, 0, label)) ||
		       (err = sn_doc_table_str(t, 1, ds->actors[r->actor].id)) ||
		       (err = sn_doc_table_str(t, 2, ds->actors[r->actor].name)) ||
		       (err = sn_doc_table_str(t, 3,
					       sn_measure_name(o->dynamics.measures[r->measure]))) ||
		       (err = sn_doc_table_real(t, 4, r->value)));
		if (err == SN_OK && r->rank)
			err = sn_doc_table_int(t, 5, (int64_t)r->rank);
	}
	return sn__doc_add(doc, t, err);
}

static sn_error_t event_row(sn_doc_table_t *t, const sn_dynamics_t *d,
			    const sn_community_event_t *e)
{
	char label[32];
	sn_error_t err = sn_doc_table_row(t);

	slice_label(label, sizeof label, &d->slices[e->slice]);
	(void)(err || (err = sn_doc_table_str(t, 0, label)) ||
	       (err = sn_doc_table_str(t, 1, sn_community_event_name(e->kind))) ||
	       (err = real_or_missing(t, 6, e->jaccard)));
	if (e->previous)
		(void)(err || (err = sn_doc_table_int(t, 2, (int64_t)e->previous)) ||
		       (err = sn_doc_table_int(t, 4, (int64_t)e->previous_size)));
	if (e->current)
		(void)(err || (err = sn_doc_table_int(t, 3, (int64_t)e->current)) ||
		       (err = sn_doc_table_int(t, 5, (int64_t)e->current_size)));
	return err;
}

static sn_error_t events_table(sn_doc_t *doc, const sn_dynamics_t *d)
{
	static const sn__column_t cols[] = {
		{ "slice", SN_COL_STR, 0 },	       { "event", SN_COL_STR, 0 },
		{ "previous", SN_COL_INT, 0 },	       { "current", SN_COL_INT, 0 },
		{ "previous_size", SN_COL_INT, 0 },    { "current_size", SN_COL_INT, 0 },
		{ "jaccard", SN_COL_REAL, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "community_events", "Community events", cols,
					    COUNT(cols));

	for (size_t i = 0; i < d->nevents && err == SN_OK; i++)
		err = event_row(t, d, &d->events[i]);
	return sn__doc_add(doc, t, err);
}

/* The partition method, its objective and seed, and the slices stopped at the bound. */
static sn_error_t communities_meta(sn_doc_t *doc, const sn_dynamics_t *d,
				   const sn_dynamics_options_t *o)
{
	size_t at_bound = 0;
	sn_error_t err;

	if (o->skip_communities)
		return sn_doc_meta(doc, "communities", "none (--no-communities)");
	for (size_t i = 0; i < d->nslices; i++)
		at_bound += d->slices[i].at_bound;
	err = sn_doc_meta(doc, "communities", "%s (%s, seed %llu)", sn_slice_method_name(o->method),
			  sn_community_objective_name(o->communities.objective),
			  (unsigned long long)o->communities.seed);
	if (err == SN_OK)
		err = sn_doc_meta_int(doc, "slices_at_bound", (int64_t)at_bound);
	return err;
}

static sn_error_t add_meta(sn_doc_t *doc, const sn_dataset_t *ds, const sn_dynamics_t *d,
			   const sn_dynamics_options_t *o)
{
	const sn_slice_t *first = &d->slices[0], *last = &d->slices[d->nslices - 1];
	sn_error_t err = sn_doc_meta_int(doc, "window", o->window);

	(void)(err || (err = sn_doc_meta_int(doc, "step", o->step)) ||
	       (err = sn_doc_meta_int(doc, "from", first->from)) ||
	       (err = sn_doc_meta_int(doc, "to", last->from)) ||
	       (err = sn_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting))));
	(void)(err || (err = communities_meta(doc, d, o)) ||
	       (err = sn_doc_meta_num(doc, "match_threshold", d->match_threshold)) ||
	       (err = sn_doc_meta_int(doc, "projects_undated", (int64_t)d->undated)) ||
	       (err = sn_doc_meta(doc, "population_year", "%s", o->population_year ? "--year" :
				  "each slice's last year, within the tree's range")) ||
	       (err = sn_doc_meta(doc, "population_rule", "%s", sn_dataset_population_rule(ds))));
	return err;
}

sn_error_t sn_dynamics_doc(sn_doc_t *doc, const sn_dataset_t *ds,
			   const sn_dynamics_doc_options_t *o, sn_dynamics_t **result_out)
{
	sn_dynamics_doc_options_t defaults;
	sn_dynamics_t *d = NULL;
	sn_error_t err;

	if (result_out)
		*result_out = NULL;
	if (!doc || !ds)
		return sn_error_set(SN_EINVAL, "dynamics: no document or dataset");
	if (!o) {
		sn_dynamics_doc_options_init(&defaults);
		o = &defaults;
	}
	if ((err = sn_dynamics_compute(&d, ds, &o->dynamics)) != SN_OK)
		return err;
	err = add_meta(doc, ds, d, &o->dynamics);
	if (err == SN_OK)
		err = slices_table(doc, d);
	if (err == SN_OK && o->dynamics.nmeasures)
		err = ranks_table(doc, d, ds, o);
	if (err == SN_OK && !o->dynamics.skip_communities)
		err = events_table(doc, d);
	if (err == SN_OK && result_out)
		*result_out = d;
	else
		sn_dynamics_free(d);
	return err;
}
