/* export/actor_doc.c: one actor's profile as a result document (samnet/actor_doc.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/doc_build.h"
#include "samnet/actor_doc.h"
#include "samnet/brokerage.h"
#include "samnet/centrality.h"
#include "samnet/results.h"

void sn_actor_doc_options_init(sn_actor_doc_options_t *o)
{
	const sn_actor_profile_options_t defaults = SN_ACTOR_PROFILE_OPTIONS_INIT;

	memset(o, 0, sizeof *o);
	o->partners = 10;
	o->profile = defaults;
}

/* "lead+partner", or "" when no role was given. */
static const char *roles_text(char *buf, size_t size, unsigned roles)
{
	size_t used = 0;

	buf[0] = '\0';
	for (unsigned b = 0; b < SN_ROLE_COUNT; b++)
		if (roles & (1u << b) && used < size)
			used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? "+" : "",
						 sn_role_name(b));
	return buf;
}

static sn_error_t projects_table(sn_doc_t *doc, const sn_actor_profile_t *p,
				 const sn_dataset_t *ds)
{
	static const sn__column_t cols[] = {
		{ "id", SN_COL_STR, 0 },    { "name", SN_COL_STR, 0 },  { "role", SN_COL_STR, 0 },
		{ "theme", SN_COL_STR, 1 }, { "start", SN_COL_STR, 0 }, { "end", SN_COL_STR, 0 },
		{ "members", SN_COL_INT, 0 }
	};
	sn_doc_table_t *t;
	char roles[96];
	sn_error_t err = sn__doc_table_with(&t, "projects", "Projects", cols, 7);

	for (size_t k = 0; !err && k < p->nprojects; k++) {
		const sn_profile_project_t *pr = &p->projects[k];
		const char *cells[] = { ds->projects[pr->project].id, ds->projects[pr->project].name,
					roles_text(roles, sizeof roles, pr->roles), pr->theme,
					pr->start, pr->end };
		err = sn_doc_table_row(t);
		for (size_t c = 0; !err && c < 6; c++)
			err = cells[c][0] ? sn_doc_table_str(t, c, cells[c]) : SN_OK;
		if (!err)
			err = sn_doc_table_int(t, 6, (int64_t)pr->members);
	}
	return sn__doc_add(doc, t, err);
}

/* Id, name and type of actor `a` in the first three columns of the current row. */
static sn_error_t actor_cells(sn_doc_table_t *t, const sn_dataset_t *ds, size_t a)
{
	sn_error_t err;

	(void)((err = sn_doc_table_str(t, 0, ds->actors[a].id)) ||
	       (err = sn_doc_table_str(t, 1, ds->actors[a].name)) ||
	       (err = sn_doc_table_str(t, 2, sn_actor_type_name(ds->actors[a].type))));
	return err;
}

/* The columns of actor_cells(). */
static const sn__column_t actor_columns[] = { { "id", SN_COL_STR, 0 },
					      { "name", SN_COL_STR, 0 },
					      { "type", SN_COL_STR, 0 } };

static sn_error_t partners_table(sn_doc_t *doc, const sn_actor_profile_t *p,
				 const sn_dataset_t *ds, size_t top)
{
	static const sn__column_t shared = { "shared_projects", SN_COL_INT, 0 };
	sn_doc_table_t *t;
	size_t n = top > 0 && top < p->npartners ? top : p->npartners;
	sn_error_t err = sn__doc_table_with(&t, "partners", "Partners by shared projects",
					    actor_columns, 3);

	(void)(err || (err = sn__doc_columns(t, &shared, 1)));
	for (size_t k = 0; !err && k < n; k++)
		(void)((err = sn_doc_table_row(t)) || (err = actor_cells(t, ds, p->partners[k].actor)) ||
		       (err = sn_doc_table_int(t, 3, (int64_t)p->partners[k].shared)));
	return sn__doc_add(doc, t, err);
}

static sn_error_t measures_table(sn_doc_t *doc, const sn_actor_profile_t *p)
{
	static const sn__column_t cols[] = {
		{ "measure", SN_COL_STR, 0 }, { "value", SN_COL_REAL, 0 }, { "rank", SN_COL_INT, 0 },
		{ "of", SN_COL_INT, 0 },      { "percentile", SN_COL_REAL, 0 },
		{ "meaning", SN_COL_STR, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "measures", "Centrality: value, rank and percentile",
					    cols, 6);

	for (sn_measure_t m = 0; !err && m < SN_MEASURE_COUNT; m++) {
		const sn_profile_measure_t *v = &p->measures[m];
		(void)((err = sn_doc_table_row(t)) ||
		       (err = sn_doc_table_str(t, 0, sn_measure_name(m))) ||
		       (err = sn_doc_table_real(t, 1, v->value)) ||
		       (v->rank && ((err = sn_doc_table_int(t, 2, (int64_t)v->rank)) ||
				    (err = sn_doc_table_real(t, 4, v->percentile)))) ||
		       (err = sn_doc_table_int(t, 3, (int64_t)p->ranked)) ||
		       (err = sn_doc_table_str(t, 5, sn_measure_info(m)->label)));
	}
	return sn__doc_add(doc, t, err);
}

static sn_error_t community_table(sn_doc_t *doc, const sn_actor_profile_t *p,
				  const sn_dataset_t *ds)
{
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "community", "The other members of its community",
					    actor_columns, 3);

	for (size_t k = 0; !err && k < p->ncommunity_members; k++)
		(void)((err = sn_doc_table_row(t)) ||
		       (err = actor_cells(t, ds, p->community_members[k])));
	return sn__doc_add(doc, t, err);
}

static sn_error_t brokerage_table(sn_doc_t *doc, const sn_actor_profile_t *p)
{
	static const sn__column_t cols[] = {
		{ "role", SN_COL_STR, 0 }, { "count", SN_COL_REAL, 0 }, { "z", SN_COL_REAL, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "brokerage", "Brokerage roles (Gould-Fernandez, "
					    "groups = county)", cols, 3);

	for (size_t r = 0; !err && r < SN_BROKER_ROLE_COUNT; r++)
		(void)((err = sn_doc_table_row(t)) ||
		       (err = sn_doc_table_str(t, 0, sn_broker_role_name(r))) ||
		       (err = sn_doc_table_real(t, 1, p->broker_raw[r])) ||
		       (err = sn_doc_table_real(t, 2, p->broker_z[r])));
	return sn__doc_add(doc, t, err);
}

static sn_error_t power_table(sn_doc_t *doc, const sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	static const sn__column_t cols[] = {
		{ "coalition", SN_COL_STR, 0 },		{ "players", SN_COL_INT, 0 },
		{ "population_share", SN_COL_SHARE, 0 }, { "banzhaf", SN_COL_REAL, 0 },
		{ "shapley", SN_COL_REAL, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "power", "Voting power in its coalitions "
					    "(population weights, quota > 50 %)", cols, 5);

	for (size_t k = 0; !err && k < p->npower; k++) {
		const sn_profile_power_t *w = &p->power[k];
		(void)((err = sn_doc_table_row(t)) ||
		       (err = sn_doc_table_str(t, 0, ds->coalitions[w->coalition].name)) ||
		       (err = sn_doc_table_int(t, 1, (int64_t)w->players)) ||
		       (err = sn_doc_table_real(t, 2, w->weight_share)) ||
		       (err = sn_doc_table_real(t, 3, w->banzhaf)) ||
		       (err = sn_doc_table_real(t, 4, w->shapley)));
	}
	return sn__doc_add(doc, t, err);
}

/* "sydsverige, sydost" or "none"; NULL when out of memory. */
static char *coalition_list(const sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	size_t size = 8, used = 0;
	char *s;

	for (size_t k = 0; k < p->ncoalitions; k++)
		size += strlen(ds->coalitions[p->coalitions[k]].name) + 2;
	if (!(s = malloc(size)))
		return NULL;
	strcpy(s, p->ncoalitions ? "" : "none");
	for (size_t k = 0; k < p->ncoalitions; k++)
		used += (size_t)sprintf(s + used, "%s%s", k ? ", " : "",
					ds->coalitions[p->coalitions[k]].name);
	return s;
}

/* Who the actor is, where, what it represents, and its community. */
static sn_error_t describe(sn_doc_t *doc, const sn_actor_profile_t *p, const sn_dataset_t *ds,
			   int year, const sn_actor_profile_options_t *o)
{
	const sn_actor_t *a = &ds->actors[p->actor];
	const sn_territories_t *t = ds->territories;
	char *coalitions = coalition_list(p, ds);
	sn_error_t err;

	if (!coalitions)
		return sn_error_set(SN_ENOMEM, "out of memory");
	(void)((err = sn_doc_meta(doc, "id", "%s", a->id)) ||
	       (err = sn_doc_meta(doc, "name", "%s", a->name)) ||
	       (err = sn_doc_meta(doc, "type", "%s", sn_actor_type_name(a->type))) ||
	       (a->territory != SN_NO_PARENT &&
		(err = sn_doc_meta(doc, "territory", "%s (%s)", t->code[a->territory],
				   t->name[a->territory]))) ||
	       (err = sn_doc_meta(doc, "represents", "%s", a->represents == SN_NO_PARENT ? "none" :
				  t->code[a->represents])) ||
	       (err = sn_doc_meta_int(doc, "population", p->population)) ||
	       (err = sn_doc_population_meta(doc, ds, year)) ||
	       (err = sn_doc_meta(doc, "coalitions", "%s", coalitions)) ||
	       (err = sn_doc_meta_int(doc, "projects", (int64_t)p->nprojects)) ||
	       (err = sn_doc_meta_int(doc, "partners", (int64_t)p->npartners)));
	if (!err && p->in_network)
		(void)((err = sn_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting))) ||
		       (err = sn_doc_meta(doc, "community", "%zu of %zu (%zu other members)",
					  p->community + 1, p->communities, p->ncommunity_members)) ||
		       (err = sn_doc_meta_num(doc, "stability", p->stability)) ||
		       (err = sn_doc_meta_int(doc, "runs", (int64_t)p->runs)) ||
		       (err = sn_doc_meta_uint(doc, "seed", o->seed)));
	else if (!err)
		err = sn_doc_meta(doc, "network", "%s", "not in the network (no project; "
				  "--all-actors keeps it)");
	free(coalitions);
	return err;
}

sn_error_t sn_actor_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net, int year,
			const sn_actor_doc_options_t *o)
{
	sn_actor_profile_options_t po;
	sn_actor_profile_t p;
	sn_error_t err;

	if ((err = sn__doc_check_call(doc, ds, net, "actor")) != SN_OK)
		return err;
	if (!o)
		return sn_error_set(SN_EINVAL, "actor: no options (the actor to profile)");
	po = o->profile;
	po.year = year;
	sn_actor_profile_init(&p);
	if (!(err = sn_actor_profile_build(&p, net, o->actor, &po)) &&
	    !(err = describe(doc, &p, ds, year, &po)) && !(err = projects_table(doc, &p, ds)) &&
	    !(err = partners_table(doc, &p, ds, o->partners)) &&
	    !(p.in_network && ((err = measures_table(doc, &p)) || (err = community_table(doc, &p, ds)) ||
			       (err = brokerage_table(doc, &p)))) &&
	    p.npower)
		err = power_table(doc, &p, ds);
	sn_actor_profile_destroy(&p);
	return err;
}
