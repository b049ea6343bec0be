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
	sn_doc_table_t *t;
	int bad = sn_doc_table_new(&t, "coalition", "Coalition");

	bad = bad || sn_doc_table_column(t, "measure", SN_COL_STR) |
		     sn_doc_table_column(t, "value", SN_COL_REAL);
	for (size_t i = 0; !bad && i < sizeof rows / sizeof *rows; i++)
		bad = sn_doc_table_row(t) | sn_doc_table_str(t, 0, rows[i].name) |
		      (rows[i].kind == SN_COL_INT     ? sn_doc_table_int(t, 1, (int64_t)rows[i].value)
		       : rows[i].kind == SN_COL_SHARE ? sn_doc_table_share(t, 1, rows[i].value)
						      : sn_doc_table_real(t, 1, rows[i].value));
	return sn__doc_add(doc, t, sn__doc_status(bad));
}

/* One member: who, where, the population it represents and its PageRank. */
static int member_row(sn_doc_table_t *t, const sn_network_t *net, const sn_coalition_profile_t *p,
		      size_t a, int year)
{
	const sn_dataset_t *ds = net->dataset;
	const sn_actor_t *actor = &ds->actors[a];
	igraph_integer_t v = sn_network_actor_vertex(net, a);
	int64_t pop = 0;
	double share = NAN;
	int bad = sn_doc_table_row(t) | sn_doc_table_str(t, 0, actor->id) |
		  sn_doc_table_str(t, 1, actor->name) |
		  sn_doc_table_str(t, 2, sn_actor_type_name(actor->type));

	if (actor->territory != SN_NO_PARENT)
		bad |= sn_doc_table_str(t, 3, ds->territories->name[actor->territory]);
	/* Only an actor that represents a territory carries population (see dataset.h). */
	if (actor->represents != SN_NO_PARENT &&
	    sn_coalition_population(&pop, &share, ds, &a, 1, year) == SN_OK)
		bad |= sn_doc_table_int(t, 4, pop) | sn_doc_table_real(t, 5, share);
	else
		sn_error_clear();
	if (v >= 0)
		bad |= sn_doc_table_real(t, 6, VECTOR(p->pagerank)[v]);
	return bad;
}

static sn_error_t members_table(sn_doc_t *doc, const sn_network_t *net,
				const sn_coalition_profile_t *p, const size_t *actors, size_t n,
				int year)
{
	sn_doc_table_t *t;
	int bad = sn_doc_table_new(&t, "members", "Members");

	bad = bad || sn_doc_table_column(t, "id", SN_COL_STR) | sn_doc_table_column(t, "name", SN_COL_STR) |
		     sn_doc_table_column(t, "type", SN_COL_STR) |
		     sn_doc_table_column(t, "territory_name", SN_COL_STR) |
		     sn_doc_table_column(t, "population", SN_COL_INT) |
		     sn_doc_table_column(t, "population_share", SN_COL_SHARE) |
		     sn_doc_table_column(t, "pagerank", SN_COL_REAL);
	for (size_t k = 0; !bad && k < n; k++) {
		bool dup = false;
		for (size_t j = 0; j < k && !dup; j++)
			dup = actors[j] == actors[k];
		if (!dup)
			bad = member_row(t, net, p, actors[k], year);
	}
	return sn__doc_add(doc, t, sn__doc_status(bad));
}

static sn_error_t projects_table(sn_doc_t *doc, const sn_dataset_t *ds,
				 const sn_coalition_profile_t *p)
{
	sn_doc_table_t *t;
	int bad = sn_doc_table_new(&t, "shared_projects", "Projects shared by two or more members");

	bad = bad || sn_doc_table_column(t, "id", SN_COL_STR) | sn_doc_table_column(t, "name", SN_COL_STR) |
		     sn_doc_table_column(t, "members", SN_COL_INT);
	for (size_t q = 0; !bad && q < ds->nprojects; q++) {
		igraph_integer_t k = VECTOR(p->project_members)[q];
		if (k >= 2)
			bad = sn_doc_table_row(t) | sn_doc_table_str(t, 0, ds->projects[q].id) |
			      sn_doc_table_str(t, 1, ds->projects[q].name) | sn_doc_table_int(t, 2, k);
	}
	return sn__doc_add(doc, t, sn__doc_status(bad));
}

/* One row per named coalition. */
static sn_error_t all_table(sn_doc_t *doc, const sn_network_t *net, const sn_projection_t *proj,
			    int year)
{
	const sn_dataset_t *ds = net->dataset;
	sn_coalition_profile_t p;
	sn_doc_table_t *t;
	sn_error_t err = sn_doc_table_new(&t, "coalitions", "Named coalitions");

	sn_coalition_profile_init(&p);
	if (!err)
		err = sn__doc_status(sn_doc_table_column(t, "coalition", SN_COL_STR) |
				     sn_doc_table_column(t, "members", SN_COL_INT) |
				     sn_doc_table_column(t, "population", SN_COL_INT) |
				     sn_doc_table_column(t, "population_share", SN_COL_SHARE) |
				     sn_doc_table_column(t, "pagerank_share", SN_COL_SHARE) |
				     sn_doc_table_column(t, "ratio", SN_COL_REAL) |
				     sn_doc_table_column(t, "internal_density", SN_COL_REAL) |
				     sn_doc_table_column(t, "shared_projects", SN_COL_INT));
	for (size_t c = 0; !err && c < ds->ncoalitions; c++) {
		const sn_coalition_t *co = &ds->coalitions[c];
		if (!(err = sn_coalition_profile(&p, net, proj, co->actors, co->nactors, year)))
			err = sn__doc_status(
				sn_doc_table_row(t) | sn_doc_table_str(t, 0, co->name) |
				sn_doc_table_int(t, 1, (int64_t)p.nmembers) |
				sn_doc_table_int(t, 2, p.population) |
				sn_doc_table_real(t, 3, p.population_share) |
				sn_doc_table_real(t, 4, p.pagerank_share) | sn_doc_table_real(t, 5, p.ratio) |
				sn_doc_table_real(t, 6, p.internal_density) |
				sn_doc_table_int(t, 7, (int64_t)p.shared_projects));
	}
	sn_coalition_profile_destroy(&p);
	if (err) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
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
	    !(err = sn__doc_status(sn_doc_population_meta(doc, ds, year) |
				   sn_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting)) |
				   sn_doc_meta(doc, "centrality", "PageRank, damping 0.85, on the "
					       "weighted actor projection"))))
		err = o->all ? all_table(doc, net, &proj, year) : one_coalition(doc, net, &proj, year, o);
	sn_projection_destroy(&proj);
	return err;
}
