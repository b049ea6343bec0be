/* export/summary_doc.c: samnet summary as a document (samnet/summary_doc.h). */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "export/doc_build.h"
#include "samnet/results.h"
#include "samnet/structure.h"
#include "samnet/summary_doc.h"

void sn_summary_doc_options_init(sn_summary_doc_options_t *o)
{
	o->weighting = SN_WEIGHT_COUNT;
	o->structure = false;
	o->max_ties = 0;
}

/* ---- overview and actors by type --------------------------------------------------- */

/* A count in column 1 or a real in column 2 of the overview. */
static sn_error_t add_row(sn_doc_table_t *t, const char *measure, int64_t ivalue, double rvalue,
			  bool is_int)
{
	sn_error_t err;

	if ((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, measure)))
		return err;
	return is_int ? sn_doc_table_int(t, 1, ivalue) : sn_doc_table_real(t, 2, rvalue);
}

static sn_error_t add_share_row(sn_doc_table_t *t, const char *measure, double share)
{
	sn_error_t err;

	if ((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, measure)))
		return err;
	return sn_doc_table_share(t, 2, share);
}

/* The overview shows 0 where a figure is undefined (no actors, no projects). */
static double or_zero(double x)
{
	return isnan(x) ? 0 : x;
}

static sn_error_t overview(sn_doc_t *doc, const sn_network_summary_t *s, int64_t covered,
			   int64_t national)
{
	static const sn__column_t cols[] = { { "measure", SN_COL_STR, 0 },
					     { "count", SN_COL_INT, 0 },
					     { "value", SN_COL_REAL, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "overview", "Overview", cols, 3);

	(void)(err || (err = add_row(t, "actors in the network", (int64_t)s->actors, 0, true)) ||
	       (err = add_row(t, "actors known", (int64_t)s->actors_known, 0, true)) ||
	       (err = add_row(t, "projects", (int64_t)s->projects, 0, true)) ||
	       (err = add_row(t, "memberships", (int64_t)s->memberships, 0, true)) ||
	       (err = add_row(t, "two-mode density", 0, or_zero(s->twomode_density), false)) ||
	       (err = add_row(t, "average project size", 0, or_zero(s->mean_project_size), false)) ||
	       (err = add_row(t, "average projects per actor", 0,
			      or_zero(s->mean_projects_per_actor), false)) ||
	       (err = add_row(t, "components", (int64_t)s->components, 0, true)) ||
	       (err = add_share_row(t, "largest component share of actors",
				    or_zero(s->largest_component_share))) ||
	       (err = add_row(t, "projection ties", (int64_t)s->projection_ties, 0, true)) ||
	       (err = add_row(t, "projection density", 0, or_zero(s->projection_density), false)) ||
	       (err = add_row(t, "population covered", covered, 0, true)) ||
	       (err = add_share_row(t, "population covered share",
				    national > 0 ? (double)covered / (double)national : 0)));
	return sn__doc_add(doc, t, err);
}

static sn_error_t by_type(sn_doc_t *doc, const sn_network_summary_t *s)
{
	static const sn__column_t cols[] = { { "type", SN_COL_STR, 0 },
					     { "actors", SN_COL_INT, 0 },
					     { "memberships", SN_COL_INT, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "actors_by_type", "Actors by type", cols, 3);

	for (int k = 0; k < SN_ACTOR_TYPE_COUNT && !err; k++) {
		if (!s->actors_by_type[k])
			continue;
		(void)((err = sn_doc_table_row(t)) ||
		       (err = sn_doc_table_str(t, 0, sn_actor_type_name((sn_actor_type_t)k))) ||
		       (err = sn_doc_table_int(t, 1, (int64_t)s->actors_by_type[k])) ||
		       (err = sn_doc_table_int(t, 2, (int64_t)s->memberships_by_type[k])));
	}
	return sn__doc_add(doc, t, err);
}

/* ---- structure and mixing of the projection ------------------------------------------ */

static sn_error_t row(sn_doc_table_t *t, const char *measure, double value)
{
	sn_error_t err;

	if ((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, measure)))
		return err;
	return sn_doc_table_real(t, 1, value);
}

static sn_error_t share_row(sn_doc_table_t *t, const char *measure, double share)
{
	sn_error_t err;

	if ((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, measure)))
		return err;
	return sn_doc_table_share(t, 1, share);
}

/* "degree min", "degree median", "degree max", "degree Gini". */
static sn_error_t dist_rows(sn_doc_table_t *t, const char *what, const sn_distribution_t *dd)
{
	static const char *const part[4] = { "min", "median", "max", "Gini" };
	const double v[4] = { dd->min, dd->median, dd->max, dd->gini };
	char name[64];
	sn_error_t err = SN_OK;

	for (int i = 0; i < 4 && !err; i++) {
		snprintf(name, sizeof name, "%s %s", what, part[i]);
		err = row(t, name, v[i]);
	}
	return err;
}

static sn_error_t structure_table(sn_doc_t *doc, const sn_structure_t *s)
{
	static const sn__column_t cols[] = { { "measure", SN_COL_STR, 0 },
					     { "value", SN_COL_REAL, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "structure", "Structure of the actor projection",
					    cols, 2);

	(void)(err || (err = row(t, "density", s->density)) ||
	       (err = row(t, "components", (double)s->components)) ||
	       (err = share_row(t, "largest component share", s->largest_share)) ||
	       (err = row(t, "isolates", (double)s->isolates)) ||
	       (err = row(t, "diameter in hops (longest finite)", s->diameter)) ||
	       (err = row(t, "average path length (connected pairs)", s->average_path_length)) ||
	       (err = row(t, "transitivity (global)", s->transitivity)) ||
	       (err = row(t, "average clustering (degree < 2 as 0)", s->clustering_zero)) ||
	       (err = row(t, "average clustering (degree >= 2 only)", s->clustering_defined)) ||
	       (err = dist_rows(t, "degree", &s->degree)) ||
	       (err = dist_rows(t, "strength", &s->strength)) ||
	       (err = row(t, "degeneracy (max k-core)", (double)s->degeneracy)) ||
	       (err = row(t, "actors in the max k-core", (double)s->degeneracy_size)) ||
	       (err = row(t, "articulation points", (double)s->articulation_points)) ||
	       (err = row(t, "bridges", (double)s->bridges)));
	return sn__doc_add(doc, t, err);
}

/* Mixing of the projection by actor type or county (no county: ungrouped). */
static sn_error_t mixing(sn_mixing_t *out, const sn_network_t *net, const sn_projection_t *proj,
			 sn_grouping_t by)
{
	igraph_vector_int_t groups;
	const igraph_t *pg;
	sn_error_t err;

	if ((err = sn_projection_graph(proj, &pg)))
		return err;
	if (igraph_vector_int_init(&groups, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_network_actor_groups(&groups, net, by);
	if (err == SN_OK)
		err = sn_structure_mixing(out, NULL, pg, &groups);
	igraph_vector_int_destroy(&groups);
	return err;
}

static sn_error_t mixing_table(sn_doc_t *doc, const sn_mixing_t m[2])
{
	static const char *const names[2] = { "type", "county" };
	static const sn__column_t cols[] = {
		{ "groups", SN_COL_STR, 0 },	    { "ties_within", SN_COL_INT, 0 },
		{ "ties_between", SN_COL_INT, 0 },  { "ei_index", SN_COL_REAL, 0 },
		{ "assortativity", SN_COL_REAL, 0 }, { "actors_without_group", SN_COL_INT, 0 }
	};
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "mixing", "Mixing of ties between groups", cols, 6);

	for (int k = 0; k < 2 && !err; k++)
		(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, names[k])) ||
		       (err = sn_doc_table_int(t, 1, (int64_t)m[k].internal)) ||
		       (err = sn_doc_table_int(t, 2, (int64_t)m[k].external)) ||
		       (err = sn_doc_table_real(t, 3, m[k].ei)) ||
		       (err = sn_doc_table_real(t, 4, m[k].assortativity)) ||
		       (err = sn_doc_table_int(t, 5, (int64_t)m[k].ungrouped)));
	return sn__doc_add(doc, t, err);
}

/* The tables "structure" and "mixing" of the projection `proj` of `net`. */
static sn_error_t structure_tables(sn_doc_t *doc, const sn_network_t *net,
				   const sn_projection_t *proj)
{
	sn_structure_t s;
	sn_mixing_t m[2];
	const igraph_t *pg;
	const igraph_vector_t *w;
	sn_error_t err;

	if ((err = sn_projection_graph(proj, &pg)) != SN_OK ||
	    (err = sn_projection_weights(proj, &w)) != SN_OK ||
	    (err = sn_structure_summary(&s, pg, w)) != SN_OK ||
	    (err = mixing(&m[0], net, proj, SN_GROUP_BY_TYPE)) != SN_OK ||
	    (err = mixing(&m[1], net, proj, SN_GROUP_BY_COUNTY)) != SN_OK ||
	    (err = structure_table(doc, &s)) != SN_OK)
		return err;
	return mixing_table(doc, m);
}

/* ---- the document -------------------------------------------------------------------- */

static sn_error_t fill(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net, int year,
		       const sn_summary_doc_options_t *o, const sn_projection_t *proj)
{
	sn_network_summary_t sum;
	int64_t covered = 0, national = 0;
	sn_error_t err;

	if ((err = sn_network_summarize(&sum, net, proj)) != SN_OK ||
	    (err = sn_network_population(net, year, &covered, &national)) != SN_OK ||
	    (err = sn_doc_population_meta(doc, ds, year)) != SN_OK ||
	    (err = sn_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting))) != SN_OK ||
	    (err = overview(doc, &sum, covered, national)) != SN_OK ||
	    (err = by_type(doc, &sum)) != SN_OK)
		return err;
	return o->structure ? structure_tables(doc, net, proj) : SN_OK;
}

sn_error_t sn_summary_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			  int year, const sn_summary_doc_options_t *o)
{
	sn_summary_doc_options_t defaults;
	sn_projection_t proj;
	sn_error_t err;

	if (o == NULL) {
		sn_summary_doc_options_init(&defaults);
		o = &defaults;
	}
	if ((err = sn__doc_check_call(doc, ds, net, "summary")) != SN_OK)
		return err;
	sn_projection_init(&proj);
	err = sn_projection_build(&proj, net, SN_MODE_ACTORS, o->weighting, o->max_ties);
	if (err == SN_OK)
		err = fill(doc, ds, net, year, o, &proj);
	sn_projection_destroy(&proj);
	return err;
}
