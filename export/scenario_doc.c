/*
 * export/scenario_doc.c: a what-if scenario as a result document
 * (samnet/scenario_doc.h): base, scenario and difference; power per member;
 * suggestions; blocking minorities (issue 21).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/doc_build.h"
#include "samnet/coalition.h"
#include "samnet/results.h"
#include "samnet/scenario.h"
#include "samnet/scenario_doc.h"

void sn_scenario_doc_options_init(sn_scenario_doc_options_t *o)
{
	memset(o, 0, sizeof *o);
}

static const char *rule_change(bool before, bool after)
{
	return before == after ? "unchanged" : after ? "now met" : "no longer met";
}

static sn_error_t side_row(sn_doc_table_t *t, const char *label, const sn_scenario_side_t *s)
{
	sn_error_t err;

	(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, label)) ||
	       (err = sn_doc_table_int(t, 1, (int64_t)s->n)) ||
	       (err = sn_doc_table_int(t, 2, (int64_t)s->in_electorate)) ||
	       (err = sn_doc_table_int(t, 3, s->population)) ||
	       (err = sn_doc_table_share(t, 4, s->population_share)) ||
	       (err = sn_doc_table_str(t, 5, s->rule_met ? "yes" : "no")));
	return err;
}

/* Base, scenario and their difference, one row each. */
static sn_error_t summary_table(sn_doc_t *doc, const sn_scenario_t *s)
{
	static const sn__column_t cols[] = {
		{ "coalition", SN_COL_STR, 0 },	     { "members", SN_COL_INT, 0 },
		{ "in_electorate", SN_COL_INT, 0 },     { "population", SN_COL_INT, 0 },
		{ "population_share", SN_COL_SHARE, 0 }, { "rule_met", SN_COL_STR, 0 }
	};
	const sn_scenario_side_t *b = &s->base, *c = &s->changed;
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "scenario", "Base, scenario and difference", cols, 6);

	(void)(err || (err = side_row(t, "base", b)) || (err = side_row(t, "scenario", c)) ||
	       (err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, "delta")) ||
	       (err = sn_doc_table_int(t, 1, (int64_t)c->n - (int64_t)b->n)) ||
	       (err = sn_doc_table_int(t, 2, (int64_t)c->in_electorate - (int64_t)b->in_electorate)) ||
	       (err = sn_doc_table_int(t, 3, c->population - b->population)) ||
	       (err = sn_doc_table_share(t, 4, c->population_share - b->population_share)) ||
	       (err = sn_doc_table_str(t, 5, rule_change(b->rule_met, c->rule_met))));
	return sn__doc_add(doc, t, err);
}

/* Position of actor `a` among the side's members, or -1. */
static long find(const sn_scenario_side_t *s, size_t a)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->members[i] == a)
			return (long)i;
	return -1;
}

/* One index before, after and the difference, blank where the actor is not a member. */
static sn_error_t index_cells(sn_doc_table_t *t, size_t col, const double *before, long i,
			      const double *after, long j)
{
	sn_error_t err = SN_OK;

	i = before ? i : -1;
	j = after ? j : -1;
	(void)((i >= 0 && (err = sn_doc_table_real(t, col, before[i]))) ||
	       (j >= 0 && (err = sn_doc_table_real(t, col + 1, after[j]))) ||
	       (i >= 0 && j >= 0 && (err = sn_doc_table_real(t, col + 2, after[j] - before[i]))));
	return err;
}

static sn_error_t member_row(sn_doc_table_t *t, const sn_dataset_t *ds, const sn_scenario_t *s,
			     size_t a)
{
	long i = find(&s->base, a), j = find(&s->changed, a);
	sn_error_t err;

	(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, ds->actors[a].id)) ||
	       (err = sn_doc_table_str(t, 1, ds->actors[a].name)) ||
	       (err = sn_doc_table_str(t, 2, i < 0 ? "added" : j < 0 ? "removed" : "kept")) ||
	       (err = index_cells(t, 3, s->base.banzhaf, i, s->changed.banzhaf, j)) ||
	       (err = index_cells(t, 6, s->base.shapley, i, s->changed.shapley, j)));
	return err;
}

/* Every member of either side: Banzhaf and Shapley-Shubik in its coalition's own game. */
static sn_error_t members_table(sn_doc_t *doc, const sn_dataset_t *ds, const sn_scenario_t *s)
{
	static const sn__column_t cols[] = {
		{ "id", SN_COL_STR, 0 },	       { "name", SN_COL_STR, 0 },
		{ "status", SN_COL_STR, 0 },	       { "banzhaf_base", SN_COL_REAL, 0 },
		{ "banzhaf_scenario", SN_COL_REAL, 0 }, { "banzhaf_delta", SN_COL_REAL, 0 },
		{ "shapley_base", SN_COL_REAL, 0 },     { "shapley_scenario", SN_COL_REAL, 0 },
		{ "shapley_delta", SN_COL_REAL, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "members", "Members' power inside the coalition, "
					    "before and after", cols, 9);

	for (size_t i = 0; !err && i < s->base.n; i++)
		err = member_row(t, ds, s, s->base.members[i]);
	for (size_t j = 0; !err && j < s->changed.n; j++)
		if (find(&s->base, s->changed.members[j]) < 0)
			err = member_row(t, ds, s, s->changed.members[j]);
	return sn__doc_add(doc, t, err);
}

static sn_error_t suggest_table(sn_doc_t *doc, const sn_dataset_t *ds,
				const sn_scenario_suggestion_t *rows, size_t n)
{
	static const sn__column_t cols[] = {
		{ "rank", SN_COL_INT, 0 },	       { "id", SN_COL_STR, 0 },
		{ "name", SN_COL_STR, 0 },	       { "gain", SN_COL_SHARE, 0 },
		{ "cumulative_share", SN_COL_SHARE, 0 }, { "rule_met", SN_COL_STR, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "suggestions", "Who to invite next: the largest "
					    "gains in population share, in turn", cols, 6);

	for (size_t k = 0; !err && k < n; k++)
		(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_int(t, 0, (int64_t)k + 1)) ||
		       (err = sn_doc_table_str(t, 1, ds->actors[rows[k].actor].id)) ||
		       (err = sn_doc_table_str(t, 2, ds->actors[rows[k].actor].name)) ||
		       (err = sn_doc_table_share(t, 3, rows[k].gain)) ||
		       (err = sn_doc_table_share(t, 4, rows[k].cumulative_share)) ||
		       (err = sn_doc_table_str(t, 5, rows[k].cumulative_rule_met ? "yes" : "no")));
	return sn__doc_add(doc, t, err);
}

/* One blocking minority: its size, population share and member ids. */
static sn_error_t blocking_row(sn_doc_table_t *t, const sn_scenario_t *s, const sn_dataset_t *ds,
			       bool changed, const size_t *players, size_t size)
{
	const sn_scenario_side_t *side = changed ? &s->changed : &s->base;
	size_t *actors = malloc((size ? size : 1) * sizeof *actors), len = 0;
	int64_t pop = 0;
	double share = NAN;
	char *ids = NULL;
	FILE *fp = actors ? open_memstream(&ids, &len) : NULL;
	sn_error_t err = SN_OK;

	for (size_t i = 0; fp && i < size; i++) {
		actors[i] = side->members[players[i]];
		fprintf(fp, "%s%s", i ? "," : "", ds->actors[actors[i]].id);
	}
	if (!fp || fclose(fp))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	else if (!(err = sn_coalition_population(&pop, &share, ds, actors, size, s->year)))
		(void)((err = sn_doc_table_row(t)) ||
		       (err = sn_doc_table_str(t, 0, changed ? "scenario" : "base")) ||
		       (err = sn_doc_table_int(t, 1, (int64_t)size)) ||
		       (err = sn_doc_table_share(t, 2, share)) || (err = sn_doc_table_str(t, 3, ids)));
	free(ids);
	free(actors);
	return err;
}

/* The smallest blocking minorities inside one side, as member ids. */
static sn_error_t blocking_rows(sn_doc_table_t *t, const sn_scenario_t *s, const sn_dataset_t *ds,
				bool changed)
{
	sn_coalition_list_t l;
	sn_error_t err = sn_scenario_blocking(&l, s, ds, changed);

	for (size_t k = 0; !err && k < l.count; k++)
		err = blocking_row(t, s, ds, changed, l.players + l.offsets[k],
				   l.offsets[k + 1] - l.offsets[k]);
	sn_coalition_list_destroy(&l);
	return err;
}

static sn_error_t blocking_table(sn_doc_t *doc, const sn_scenario_t *s, const sn_dataset_t *ds)
{
	static const sn__column_t cols[] = {
		{ "coalition", SN_COL_STR, 0 }, { "size", SN_COL_INT, 0 },
		{ "population_share", SN_COL_SHARE, 0 }, { "members", SN_COL_STR, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "blocking", "Blocking minorities inside the "
					    "coalition: the fewest members who can stop a decision",
					    cols, 4);

	(void)(err || (err = blocking_rows(t, s, ds, false)) || (err = blocking_rows(t, s, ds, true)));
	return sn__doc_add(doc, t, err);
}

/* The metadata: population, coalition, rule, electorate, national total, undefined power. */
static sn_error_t describe(sn_doc_t *doc, const sn_dataset_t *ds, const sn_scenario_t *s,
			   const char *name, const char *electorate)
{
	sn_error_t err;

	(void)((err = sn_doc_population_meta(doc, ds, s->year)) ||
	       (err = sn_doc_meta(doc, "coalition", "%s", name)) ||
	       (err = sn_doc_meta(doc, "rule", "%s", s->rule)) ||
	       (err = sn_doc_meta(doc, "electorate", "%zu actors (%s)", s->nelectorate,
				  electorate ? electorate : "the regions")) ||
	       (err = sn_doc_meta_int(doc, "national_population", s->national)) ||
	       (s->base.no_power &&
		(err = sn_doc_meta(doc, "power_base", "not defined: %s", s->base.no_power))) ||
	       (s->changed.no_power &&
		(err = sn_doc_meta(doc, "power_scenario", "not defined: %s", s->changed.no_power))));
	return err;
}

sn_error_t sn_scenario_doc(sn_doc_t *doc, const sn_dataset_t *ds, int year,
			   const sn_scenario_doc_options_t *o)
{
	sn_scenario_t s;
	sn_scenario_suggestion_t *rows = NULL;
	const size_t *base = o->members;
	const char *name = o->coalition ? o->coalition : "";
	size_t *changed = NULL, nbase = o->nmembers, nchanged = 0, nrows = 0;
	sn_error_t err;

	sn_scenario_init(&s);
	if (!(err = base ? SN_OK : sn__doc_coalition_named(&base, &nbase, &name, ds, o->coalition)) &&
	    !(err = sn_scenario_members(&changed, &nchanged, ds, base, nbase, o->add, o->remove)) &&
	    !(err = sn_scenario_compute(&s, ds, o->electorate, o->rule, year, base, nbase, changed,
					nchanged)) &&
	    !(o->suggest > 0 && (err = sn_scenario_suggest(&rows, &nrows, &s, ds, o->suggest))) &&
	    !(err = describe(doc, ds, &s, name, o->electorate)) && !(err = summary_table(doc, &s)) &&
	    !(err = members_table(doc, ds, &s)) &&
	    !(o->suggest > 0 && (err = suggest_table(doc, ds, rows, nrows))))
		err = blocking_table(doc, &s, ds);
	free(rows);
	free(changed);
	sn_scenario_destroy(&s);
	return err;
}
