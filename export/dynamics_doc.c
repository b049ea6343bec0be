/*
 * export/dynamics_doc.c: the tables of `samnet dynamics` as a document
 * (samnet/dynamics_doc.h).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "samnet/dynamics_doc.h"

/* Keeps the first error of a chain of calls. */
static void keep(sn_error_t *err, sn_error_t e)
{
	if (*err == SN_OK)
		*err = e;
}

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

/* A new table with these columns, or NULL (the error set). */
static sn_doc_table_t *new_table(const char *name, const char *title, const char *const *cols,
				 const sn_coltype_t *types, size_t n)
{
	sn_doc_table_t *t = NULL;
	sn_error_t err = sn_doc_table_new(&t, name, title);

	for (size_t c = 0; c < n && err == SN_OK; c++)
		err = sn_doc_table_column(t, cols[c], types[c]);
	if (err != SN_OK) {
		sn_doc_table_free(t);
		return NULL;
	}
	return t;
}

/* Adds table `t` to `doc` when `err` is SN_OK, else frees it; the first error. */
static sn_error_t add_or_free(sn_doc_t *doc, sn_doc_table_t *t, sn_error_t err)
{
	if (err != SN_OK) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
}

static sn_error_t slice_row(sn_doc_table_t *t, const sn_slice_t *s)
{
	char label[32];
	sn_error_t err = sn_doc_table_row(t);

	slice_label(label, sizeof label, s);
	keep(&err, sn_doc_table_str(t, 0, label));
	keep(&err, sn_doc_table_int(t, 1, (int64_t)s->actors));
	keep(&err, sn_doc_table_int(t, 2, (int64_t)s->projects));
	keep(&err, sn_doc_table_int(t, 3, (int64_t)s->ties));
	keep(&err, real_or_missing(t, 4, s->density));
	keep(&err, sn_doc_table_int(t, 5, (int64_t)s->components));
	keep(&err, real_or_missing(t, 6, s->largest_share));
	keep(&err, real_or_missing(t, 7, s->mean_degree));
	keep(&err, real_or_missing(t, 8, s->population_share));
	keep(&err, sn_doc_table_int(t, 13, (int64_t)s->communities));
	if (s->has_previous) {
		keep(&err, real_or_missing(t, 9, s->ties_kept));
		keep(&err, real_or_missing(t, 10, s->ties_jaccard));
		keep(&err, sn_doc_table_int(t, 11, (int64_t)s->entering));
		keep(&err, sn_doc_table_int(t, 12, (int64_t)s->leaving));
	}
	return err;
}

static sn_error_t slices_table(sn_doc_t *doc, const sn_dynamics_t *d)
{
	static const char *const cols[] = {
		"slice", "actors", "projects", "ties", "density", "components",
		"largest_component", "mean_degree", "population_share", "ties_kept",
		"ties_jaccard", "entering", "leaving", "communities"
	};
	static const sn_coltype_t types[] = {
		SN_COL_STR, SN_COL_INT, SN_COL_INT, SN_COL_INT, SN_COL_REAL, SN_COL_INT,
		SN_COL_SHARE, SN_COL_REAL, SN_COL_SHARE, SN_COL_SHARE, SN_COL_REAL, SN_COL_INT,
		SN_COL_INT, SN_COL_INT
	};
	/* To fit the width: the shape of each slice first, then the turnover. */
	static const struct { size_t col; int priority; } minor[] = {
		{ 5, 3 }, { 7, 3 }, { 6, 2 }, { 4, 2 }, { 10, 1 }, { 11, 1 }, { 12, 1 }
	};
	sn_doc_table_t *t = new_table("slices", "Slices", cols, types, sizeof cols / sizeof *cols);
	sn_error_t err = t ? SN_OK : sn_error_set(SN_ENOMEM, "out of memory");

	for (size_t i = 0; i < sizeof minor / sizeof *minor && err == SN_OK; i++)
		err = sn_doc_table_priority(t, minor[i].col, minor[i].priority);
	for (size_t i = 0; i < d->nslices && err == SN_OK; i++)
		err = slice_row(t, &d->slices[i]);
	return add_or_free(doc, t, err);
}

static sn_error_t ranks_table(sn_doc_t *doc, const sn_dynamics_t *d, const sn_dataset_t *ds,
			      const sn_dynamics_doc_options_t *o)
{
	static const char *const cols[] = { "slice", "id", "name", "measure", "value", "rank" };
	static const sn_coltype_t types[] = {
		SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_REAL, SN_COL_INT
	};
	sn_doc_table_t *t = new_table("ranks", "Ranks", cols, types, sizeof cols / sizeof *cols);
	sn_error_t err = t ? SN_OK : sn_error_set(SN_ENOMEM, "out of memory");

	for (size_t i = 0; i < d->nranks && err == SN_OK; i++) {
		const sn_slice_rank_t *r = &d->ranks[i];
		char label[32];
		if (o->top && (r->rank == 0 || r->rank > o->top))
			continue;
		slice_label(label, sizeof label, &d->slices[r->slice]);
		err = sn_doc_table_row(t);
		keep(&err, sn_doc_table_str(t, 0, label));
		keep(&err, sn_doc_table_str(t, 1, ds->actors[r->actor].id));
		keep(&err, sn_doc_table_str(t, 2, ds->actors[r->actor].name));
		keep(&err, sn_doc_table_str(t, 3,
					    sn_measure_name(o->dynamics.measures[r->measure])));
		keep(&err, sn_doc_table_real(t, 4, r->value));
		if (r->rank)
			keep(&err, sn_doc_table_int(t, 5, (int64_t)r->rank));
	}
	return add_or_free(doc, t, err);
}

static sn_error_t event_row(sn_doc_table_t *t, const sn_dynamics_t *d,
			    const sn_community_event_t *e)
{
	char label[32];
	sn_error_t err = sn_doc_table_row(t);

	slice_label(label, sizeof label, &d->slices[e->slice]);
	keep(&err, sn_doc_table_str(t, 0, label));
	keep(&err, sn_doc_table_str(t, 1, sn_community_event_name(e->kind)));
	keep(&err, real_or_missing(t, 6, e->jaccard));
	if (e->previous) {
		keep(&err, sn_doc_table_int(t, 2, (int64_t)e->previous));
		keep(&err, sn_doc_table_int(t, 4, (int64_t)e->previous_size));
	}
	if (e->current) {
		keep(&err, sn_doc_table_int(t, 3, (int64_t)e->current));
		keep(&err, sn_doc_table_int(t, 5, (int64_t)e->current_size));
	}
	return err;
}

static sn_error_t events_table(sn_doc_t *doc, const sn_dynamics_t *d)
{
	static const char *const cols[] = {
		"slice", "event", "previous", "current", "previous_size", "current_size", "jaccard"
	};
	static const sn_coltype_t types[] = {
		SN_COL_STR, SN_COL_STR, SN_COL_INT, SN_COL_INT, SN_COL_INT, SN_COL_INT, SN_COL_REAL
	};
	sn_doc_table_t *t = new_table("community_events", "Community events", cols, types,
				      sizeof cols / sizeof *cols);
	sn_error_t err = t ? SN_OK : sn_error_set(SN_ENOMEM, "out of memory");

	for (size_t i = 0; i < d->nevents && err == SN_OK; i++)
		err = event_row(t, d, &d->events[i]);
	return add_or_free(doc, t, err);
}

static sn_error_t add_meta(sn_doc_t *doc, const sn_dataset_t *ds, const sn_dynamics_t *d,
			   const sn_dynamics_options_t *o)
{
	const sn_slice_t *first = &d->slices[0], *last = &d->slices[d->nslices - 1];
	sn_error_t err = sn_doc_meta_int(doc, "window", o->window);

	keep(&err, sn_doc_meta_int(doc, "step", o->step));
	keep(&err, sn_doc_meta_int(doc, "from", first->from));
	keep(&err, sn_doc_meta_int(doc, "to", last->from));
	keep(&err, sn_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting)));
	if (o->skip_communities)
		keep(&err, sn_doc_meta(doc, "communities", "none (--no-communities)"));
	else
		keep(&err, sn_doc_meta(doc, "communities", "leiden (modularity, seed %llu)",
				       (unsigned long long)o->communities.seed));
	keep(&err, sn_doc_meta_num(doc, "match_threshold", d->match_threshold));
	keep(&err, sn_doc_meta_int(doc, "projects_undated", (int64_t)d->undated));
	keep(&err, sn_doc_meta(doc, "population_year", "%s", o->population_year ? "--year" :
			       "each slice's last year, within the tree's range"));
	keep(&err, sn_doc_meta(doc, "population_rule", "%s", sn_dataset_population_rule(ds)));
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
