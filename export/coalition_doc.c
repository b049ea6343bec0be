/* export/coalition_doc.c: a coalition's profile as a result document (samnet/coalition_doc.h). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/doc_build.h"
#include "samnet/coalition.h"
#include "samnet/coalition_doc.h"
#include "samnet/results.h"
#include "samnet/suggest.h"

void sn_coalition_doc_options_init(sn_coalition_doc_options_t *o)
{
	memset(o, 0, sizeof *o);
	o->weighting = SN_WEIGHT_COUNT;
}

static sn_error_t profile_table(sn_doc_t *doc, const sn_coalition_profile_t *p)
{
	const struct { const char *name; sn_coltype_t kind; double value; } rows[] = {
		/* The names of the --all table's columns and of the report's coalitions table. */
		{ "members", SN_COL_INT, (double)p->nmembers },
		{ "members_in_network", SN_COL_INT, (double)p->in_network },
		{ "population", SN_COL_INT, (double)p->population },
		{ "national_population", SN_COL_INT, (double)p->national },
		{ "population_share", SN_COL_SHARE, p->population_share },
		{ "pagerank_share", SN_COL_SHARE, p->pagerank_share },
		{ "strength_share", SN_COL_SHARE, p->strength_share },
		{ "ratio", SN_COL_REAL, p->ratio },
		{ "internal_ties", SN_COL_INT, (double)p->internal_ties },
		{ "internal_density", SN_COL_REAL, p->internal_density },
		{ "external_ties", SN_COL_INT, (double)p->external_ties },
		{ "external_partners", SN_COL_INT, (double)p->external_partners },
		{ "shared_projects", SN_COL_INT, (double)p->shared_projects },
		{ "joint_projects", SN_COL_INT, (double)p->joint_projects },
	};
	static const sn__column_t cols[] = { { "measure", SN_COL_STR, 0 },
					     { "value", SN_COL_REAL, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "coalition", "Coalition", cols, 2);

	for (size_t i = 0; !err && i < sizeof rows / sizeof *rows; i++)
		(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, rows[i].name)) ||
		       (err = rows[i].kind == SN_COL_INT ? sn_doc_table_int(t, 1, (int64_t)rows[i].value)
			      : rows[i].kind == SN_COL_SHARE ? sn_doc_table_share(t, 1, rows[i].value)
							     : sn_doc_table_real(t, 1, rows[i].value)));
	return sn__doc_add(doc, t, err);
}

/* One member: who, where, the population it represents and its PageRank. */
static sn_error_t member_row(sn_doc_table_t *t, const sn_network_t *net,
			     const sn_coalition_profile_t *p, size_t a, int year)
{
	const sn_dataset_t *ds = net->dataset;
	const sn_actor_t *actor = &ds->actors[a];
	igraph_integer_t v = sn_network_actor_vertex(net, a);
	int64_t pop = 0;
	double share = NAN;
	/* Only an actor that represents a territory carries population (see dataset.h). */
	bool counted = actor->represents != SN_NO_PARENT &&
		       sn_coalition_population(&pop, &share, ds, &a, 1, year) == SN_OK;
	sn_error_t err;

	if (!counted)
		sn_error_clear();
	(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, actor->id)) ||
	       (err = sn_doc_table_str(t, 1, actor->name)) ||
	       (err = sn_doc_table_str(t, 2, sn_actor_type_name(actor->type))) ||
	       (actor->territory != SN_NO_PARENT &&
		(err = sn_doc_table_str(t, 3, ds->territories->name[actor->territory]))) ||
	       (counted && ((err = sn_doc_table_int(t, 4, pop)) ||
			    (err = sn_doc_table_real(t, 5, share)))) ||
	       (v >= 0 && (err = sn_doc_table_real(t, 6, VECTOR(p->pagerank)[v]))));
	return err;
}

static sn_error_t members_table(sn_doc_t *doc, const sn_network_t *net,
				const sn_coalition_profile_t *p, const size_t *actors, size_t n,
				int year)
{
	static const sn__column_t cols[] = {
		{ "id", SN_COL_STR, 0 },	       { "name", SN_COL_STR, 0 },
		{ "type", SN_COL_STR, 0 },	       { "territory_name", SN_COL_STR, 0 },
		{ "population", SN_COL_INT, 0 },       { "population_share", SN_COL_SHARE, 0 },
		{ "pagerank", SN_COL_REAL, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "members", "Members", cols, 7);

	for (size_t k = 0; !err && k < n; k++) {
		bool dup = false;
		for (size_t j = 0; j < k && !dup; j++)
			dup = actors[j] == actors[k];
		if (!dup)
			err = member_row(t, net, p, actors[k], year);
	}
	return sn__doc_add(doc, t, err);
}

static sn_error_t projects_table(sn_doc_t *doc, const sn_dataset_t *ds,
				 const sn_coalition_profile_t *p)
{
	static const sn__column_t cols[] = { { "id", SN_COL_STR, 0 },
					     { "name", SN_COL_STR, 0 },
					     { "members", SN_COL_INT, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "shared_projects",
					    "Projects shared by two or more members", cols, 3);

	for (size_t q = 0; !err && q < ds->nprojects; q++) {
		igraph_integer_t k = VECTOR(p->project_members)[q];
		if (k >= 2)
			(void)((err = sn_doc_table_row(t)) ||
			       (err = sn_doc_table_str(t, 0, ds->projects[q].id)) ||
			       (err = sn_doc_table_str(t, 1, ds->projects[q].name)) ||
			       (err = sn_doc_table_int(t, 2, k)));
	}
	return sn__doc_add(doc, t, err);
}

/* One row per named coalition. */
static sn_error_t all_table(sn_doc_t *doc, const sn_network_t *net, const sn_projection_t *proj,
			    int year)
{
	static const sn__column_t cols[] = {
		{ "coalition", SN_COL_STR, 0 },	     { "members", SN_COL_INT, 0 },
		{ "population", SN_COL_INT, 0 },	     { "population_share", SN_COL_SHARE, 0 },
		{ "pagerank_share", SN_COL_SHARE, 0 },  { "ratio", SN_COL_REAL, 0 },
		{ "internal_density", SN_COL_REAL, 0 }, { "shared_projects", SN_COL_INT, 0 }
	};
	const sn_dataset_t *ds = net->dataset;
	sn_coalition_profile_t p;
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "coalitions", "Named coalitions", cols, 8);

	sn_coalition_profile_init(&p);
	for (size_t c = 0; !err && c < ds->ncoalitions; c++) {
		const sn_coalition_t *co = &ds->coalitions[c];
		(void)((err = sn_coalition_profile(&p, net, proj, co->actors, co->nactors, year)) ||
		       (err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, co->name)) ||
		       (err = sn_doc_table_int(t, 1, (int64_t)p.nmembers)) ||
		       (err = sn_doc_table_int(t, 2, p.population)) ||
		       (err = sn_doc_table_real(t, 3, p.population_share)) ||
		       (err = sn_doc_table_real(t, 4, p.pagerank_share)) ||
		       (err = sn_doc_table_real(t, 5, p.ratio)) ||
		       (err = sn_doc_table_real(t, 6, p.internal_density)) ||
		       (err = sn_doc_table_int(t, 7, (int64_t)p.shared_projects)));
	}
	sn_coalition_profile_destroy(&p);
	return sn__doc_add(doc, t, err);
}

sn_error_t sn__doc_coalition_named(const size_t **members_out, size_t *n_out,
				   const char **name_out, const sn_dataset_t *ds, const char *name)
{
	char hint[SN_SUGGEST_PHRASE_MAX];
	size_t c = name ? sn_dataset_find_coalition(ds, name) : 0;

	if (ds->ncoalitions == 0)
		return sn_error_set(SN_EINVAL, "the dataset names no coalitions");
	if (c == SN_NO_PARENT)
		return sn_error_set(SN_EINVAL, "no coalition named '%s'%s", name,
				    sn_dataset_suggest_coalition(ds, name, hint, sizeof hint));
	*members_out = ds->coalitions[c].actors;
	*n_out = ds->coalitions[c].nactors;
	*name_out = ds->coalitions[c].name;
	return SN_OK;
}

/* The profile of one coalition: its metadata and three tables. */
static sn_error_t one_coalition(sn_doc_t *doc, const sn_network_t *net,
				const sn_projection_t *proj, int year,
				const sn_coalition_doc_options_t *o)
{
	sn_coalition_profile_t p;
	const size_t *members;
	const char *name;
	size_t n;
	sn_error_t err;

	sn_coalition_profile_init(&p);
	members = o->members;
	n = o->nmembers;
	name = o->coalition;
	if (!(err = members ? SN_OK : sn__doc_coalition_named(&members, &n, &name, net->dataset,
							      o->coalition)) &&
	    !(err = sn_coalition_profile(&p, net, proj, members, n, year)) &&
	    !(err = sn_doc_meta(doc, "coalition", "%s", name ? name : "")) &&
	    !(err = profile_table(doc, &p)) && !(err = members_table(doc, net, &p, members, n, year)))
		err = projects_table(doc, net->dataset, &p);
	sn_coalition_profile_destroy(&p);
	return err;
}

sn_error_t sn_coalition_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			    int year, const sn_coalition_doc_options_t *o)
{
	sn_coalition_doc_options_t defaults;
	sn_projection_t proj;
	sn_error_t err;

	if ((err = sn__doc_check_call(doc, ds, net, "coalition")) != SN_OK)
		return err;
	if (!o) {
		sn_coalition_doc_options_init(&defaults);
		o = &defaults;
	}
	sn_projection_init(&proj);
	if (!(err = sn_projection_build(&proj, net, SN_MODE_ACTORS, o->weighting, o->max_ties)) &&
	    !(err = sn_doc_population_meta(doc, ds, year)) &&
	    !(err = sn_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting))) &&
	    !(err = sn_doc_meta(doc, "centrality", "PageRank, damping 0.85, on the weighted actor "
				"projection")))
		err = o->all ? all_table(doc, net, &proj, year) : one_coalition(doc, net, &proj, year, o);
	sn_projection_destroy(&proj);
	return err;
}
