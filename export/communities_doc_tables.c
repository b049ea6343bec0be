/*
 * export/communities_doc_tables.c: the tables of sn_communities_doc()
 * (samnet/communities_doc.h), and the sweep's.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "export/communities_doc_private.h"
#include "export/doc_build.h"

#define COUNT(a) (sizeof (a) / sizeof *(a))

/* "kommun:3 region:1" from a profile's type counts. */
static void type_string(char *buf, size_t size, const sn_community_profile_t *it)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int k = 0; k < SN_ACTOR_TYPE_COUNT && used < size; k++) {
		if (it->by_type[k])
			used += (size_t)snprintf(buf + used, size - used, "%s%s:%zu", used ? " " : "",
						 sn_actor_type_name((sn_actor_type_t)k), it->by_type[k]);
	}
}

/* The names of the first `top` members, "; "-separated. */
static void member_string(char *buf, size_t size, const sn_community_profile_t *it,
			  const sn__communities_run_t *r)
{
	size_t used = 0;

	buf[0] = '\0';
	for (igraph_integer_t i = 0; i < it->size && (size_t)i < r->o->top && used < size; i++) {
		igraph_integer_t v = it->members[i] + (igraph_integer_t)r->offset;

		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? "; " : "",
					 sn_network_vertex_name(r->net, v));
	}
}

/* The row of community c. */
static sn_error_t community_row(sn_doc_table_t *t, const sn__communities_run_t *r, size_t c)
{
	const sn_community_profile_t *it = &r->prof.items[c];
	size_t skip = r->two_mode ? 0 : 1;   /* no "projects" column (3) in one mode */
	int64_t actors = 0;
	char buf[1024];
	sn_error_t err;

	for (igraph_integer_t i = 0; i < it->size; i++)
		actors += r->actor_of[it->members[i]] != SN_NO_PARENT;
	/* Two-mode ties only join actors to projects: density over those pairs. */
	double pairs = (double)actors * (double)(it->size - actors);
	double density = !r->two_mode ? it->density
			 : pairs > 0 ? (double)it->internal_ties / pairs : NAN;

	type_string(buf, sizeof buf, it);
	if ((err = sn_doc_table_row(t)) ||
	    (err = sn_doc_table_int(t, 0, sn_community_number((igraph_integer_t)c))) ||
	    (err = sn_doc_table_int(t, 1, it->size)) || (err = sn_doc_table_int(t, 2, actors)) ||
	    (r->two_mode && (err = sn_doc_table_int(t, 3, it->size - actors))) ||
	    (err = sn_doc_table_str(t, 4 - skip, buf)) ||
	    (err = sn_doc_table_int(t, 5 - skip, (int64_t)it->counties)))
		return err;
	if (it->population != SN_NO_POPULATION &&
	    ((err = sn_doc_table_int(t, 6 - skip, it->population)) ||
	     (err = sn_doc_table_real(t, 7 - skip, it->population_share))))
		return err;
	if ((err = sn_doc_table_real(t, 8 - skip, density)) ||
	    (err = sn_doc_table_real(t, 9 - skip, it->internal_weight)) ||
	    (!r->two_mode && (err = sn_doc_table_real(t, 10 - skip, it->contribution))))
		return err;
	member_string(buf, sizeof buf, it, r);
	return sn_doc_table_str(t, 11 - skip, buf);
}

/* To fit the width: the profile's details go first, never the size or the central members. */
static const sn__column_t community_columns[] = {
	{ "community", SN_COL_INT, 0 }, { "size", SN_COL_INT, 0 }, { "actors", SN_COL_INT, 0 },
	{ "projects", SN_COL_INT, 1 }, { "types", SN_COL_STR, 3 }, { "counties", SN_COL_INT, 1 },
	{ "population", SN_COL_INT, 1 }, { "population_share", SN_COL_SHARE, 0 },
	{ "density", SN_COL_REAL, 2 }, { "internal_weight", SN_COL_REAL, 2 },
	{ "modularity_contribution", SN_COL_REAL, 3 }, { "central_members", SN_COL_STR, 0 }
};

static sn_error_t communities_table(sn_doc_t *doc, const sn__communities_run_t *r)
{
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "communities", "Communities", community_columns, 3);

	/* "projects" (column 3) only in two-mode. */
	if (!err)
		err = sn__doc_columns(t, community_columns + 3 + !r->two_mode,
				      COUNT(community_columns) - 3 - !r->two_mode);
	for (size_t c = 0; !err && c < r->prof.count; c++)
		err = community_row(t, r, c);
	return sn__doc_add(doc, t, err);
}

/* The row of member i of community c (vertex v), an actor or a project. */
static sn_error_t member_row(sn_doc_table_t *t, const sn__communities_run_t *r, size_t c,
			     igraph_integer_t i, bool projects)
{
	const sn_community_profile_t *it = &r->prof.items[c];
	igraph_integer_t v = it->members[i], tv = v + (igraph_integer_t)r->offset;
	size_t a = r->actor_of[v], col = projects ? 2 : 4, county;
	sn_error_t err;

	if ((err = sn_doc_table_row(t)) ||
	    (err = sn_doc_table_str(t, 0, sn_network_vertex_id(r->net, tv))) ||
	    (err = sn_doc_table_str(t, 1, sn_network_vertex_name(r->net, tv))))
		return err;
	if (!projects) {
		county = sn_dataset_actor_county(r->ds, a);
		if ((err = sn_doc_table_str(t, 2, sn_actor_type_name(r->ds->actors[a].type))) ||
		    (county != SN_NO_PARENT &&
		     (err = sn_doc_table_str(t, 3, r->ds->territories->name[county]))))
			return err;
	}
	if ((err = sn_doc_table_int(t, col, sn_community_number((igraph_integer_t)c))) ||
	    (err = sn_doc_table_real(t, col + 1, it->internal_strength[i])))
		return err;
	if (!projects && r->eo.runs > 1)
		err = sn_doc_table_real(t, col + 2, VECTOR(r->ens.stability)[v]);
	return err;
}

/*
 * One row per clustered vertex, community by community, members in the
 * order of their strength inside the community.  `projects` selects the
 * project vertices of a two-mode graph instead of the actors.
 */
static sn_error_t members_table(sn_doc_t *doc, const sn__communities_run_t *r, bool projects)
{
	static const sn__column_t names[] = { { "id", SN_COL_STR, 0 }, { "name", SN_COL_STR, 0 } };
	static const sn__column_t actor[] = { { "type", SN_COL_STR, 2 }, { "county", SN_COL_STR, 1 } };
	static const sn__column_t found[] = { { "community", SN_COL_INT, 0 },
		{ "internal_strength", SN_COL_REAL, 0 }, { "stability", SN_COL_REAL, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = projects ? sn__doc_table_with(&t, "projects", "Projects", names, 2)
				  : sn__doc_table_with(&t, "actors", "Actors", names, 2);

	if (!err && !projects)
		err = sn__doc_columns(t, actor, 2);
	if (!err)
		err = sn__doc_columns(t, found, !projects && r->eo.runs > 1 ? 3 : 2);
	for (size_t c = 0; !err && c < r->prof.count; c++) {
		const sn_community_profile_t *it = &r->prof.items[c];

		for (igraph_integer_t i = 0; !err && i < it->size; i++)
			if ((r->actor_of[it->members[i]] == SN_NO_PARENT) == projects)
				err = member_row(t, r, c, i, projects);
	}
	return sn__doc_add(doc, t, err);
}

static sn_error_t comparison_table(sn_doc_t *doc, const sn__communities_run_t *r)
{
	static const sn__column_t cols[] = { { "with", SN_COL_STR, 0 }, { "actors", SN_COL_INT, 0 },
		{ "nmi", SN_COL_REAL, 0 }, { "adjusted_rand", SN_COL_REAL, 0 },
		{ "rand", SN_COL_REAL, 0 }, { "variation_of_information", SN_COL_REAL, 0 } };
	const sn_partition_comparison_t *cmp = &r->cmp;
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "comparison", "Comparison", cols, COUNT(cols));

	if (!err && !(err = sn_doc_table_row(t)) && !(err = sn_doc_table_str(t, 0, r->compare)) &&
	    !(err = sn_doc_table_int(t, 1, (int64_t)cmp->n)) &&
	    !(err = sn_doc_table_real(t, 2, cmp->nmi)) && !(err = sn_doc_table_real(t, 3, cmp->ari)))
		err = sn_doc_table_real(t, 4, cmp->rand);
	if (!err)
		err = sn_doc_table_real(t, 5, cmp->vi);
	return sn__doc_add(doc, t, err);
}

sn_error_t sn__communities_report(sn_doc_t *doc, const sn__communities_run_t *r)
{
	sn_error_t err = sn__communities_result_meta(doc, r);

	if (!err)
		err = communities_table(doc, r);
	if (!err)
		err = members_table(doc, r, false);
	if (!err && r->two_mode)
		err = members_table(doc, r, true);
	if (!err && r->compared)
		err = comparison_table(doc, r);
	return err;
}

/* igraph 0.10's igraph_vector_bool_sum() returns a bool, not a count. */
static int64_t count_true(const igraph_vector_bool_t *v)
{
	int64_t k = 0;

	for (igraph_integer_t i = 0; i < igraph_vector_bool_size(v); i++)
		k += VECTOR(*v)[i] != 0;
	return k;
}

static sn_error_t sweep_table(sn_doc_t *doc, const sn__communities_run_t *r,
			      const igraph_vector_int_t *count, const igraph_vector_t *mod,
			      const igraph_vector_t *qual)
{
	static const sn__column_t cols[] = { { "resolution", SN_COL_REAL, 0 },
		{ "communities", SN_COL_INT, 0 }, { "modularity", SN_COL_REAL, 0 },
		{ "quality", SN_COL_REAL, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "sweep", "Resolution sweep", cols, COUNT(cols));

	for (size_t i = 0; !err && i < r->o->nsweep; i++) {
		if (!(err = sn_doc_table_row(t)) && !(err = sn_doc_table_real(t, 0, r->o->sweep[i])) &&
		    !(err = sn_doc_table_int(t, 1, VECTOR(*count)[i])) &&
		    !(err = sn_doc_table_real(t, 2, VECTOR(*mod)[i])))
			err = sn_doc_table_real(t, 3, VECTOR(*qual)[i]);
	}
	return sn__doc_add(doc, t, err);
}

sn_error_t sn__communities_sweep(sn_doc_t *doc, sn__communities_run_t *r)
{
	/* Zeroed: destroying one whose init failed (or never ran) is safe in igraph 0.10. */
	igraph_vector_int_t count = { 0 };
	igraph_vector_t mod = { 0 }, qual = { 0 }, res = { 0 };
	igraph_vector_bool_t at_bound = { 0 };
	sn_error_t err = SN_OK;

	if (igraph_vector_int_init(&count, 0) || igraph_vector_init(&mod, 0) ||
	    igraph_vector_init(&qual, 0) || igraph_vector_bool_init(&at_bound, 0) ||
	    igraph_vector_init_array(&res, r->o->sweep, (igraph_integer_t)r->o->nsweep))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	if (!err)
		err = sn__communities_graph(r);
	if (!err)
		err = sn_communities_sweep(&count, &mod, &qual, &at_bound, r->g, r->w, &r->co, &res);
	if (!err && r->co.algorithm == SN_COMMUNITY_LEIDEN)
		err = sn_doc_meta_int(doc, "runs_at_bound", count_true(&at_bound));
	if (!err)
		err = sweep_table(doc, r, &count, &mod, &qual);
	igraph_vector_bool_destroy(&at_bound);
	igraph_vector_destroy(&res);
	igraph_vector_destroy(&qual);
	igraph_vector_destroy(&mod);
	igraph_vector_int_destroy(&count);
	return err;
}
