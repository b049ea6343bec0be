/*
 * export/brokerage_doc.c: what `samnet brokerage` prints
 * (samnet/brokerage_doc.h).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/doc_build.h"
#include "samnet/brokerage.h"
#include "samnet/network.h"
#include "samnet/brokerage_doc.h"

void sn_brokerage_doc_options_init(sn_brokerage_doc_options_t *o)
{
	o->groups = sn_grouping_name(SN_GROUP_BY_COUNTY);
	o->sort = sn_broker_role_name(SN_BROKER_TOTAL);
	o->top = 0;
	o->max_ties = SN_PROJECTION_DEFAULT_MAX_TIES;
}

/* An actor vertex and what it is ranked by. */
typedef struct {
	size_t v;
	double key;
	const char *id;
} order_t;

static int compare_order(const void *pa, const void *pb)
{
	const order_t *a = pa, *b = pb;

	if (a->key != b->key)
		return a->key > b->key ? -1 : 1;
	return strcmp(a->id, b->id);
}

/* The group of actor `a` by name; "none" for no county. */
static const char *group_name(const sn_dataset_t *ds, size_t a, sn_grouping_t by)
{
	igraph_integer_t g = sn_actor_group(ds, a, by);

	if (by == SN_GROUP_BY_TYPE)
		return sn_actor_type_name((sn_actor_type_t)g);
	return g == SN_GROUP_NONE ? "none" : ds->territories->name[g];
}

/* To fit the width: the type, then z-scores, then counts, but never the sort role's. */
static sn_error_t actor_columns(sn_doc_table_t *t, sn_broker_role_t sort)
{
	static const sn__column_t first[] = { { "rank", SN_COL_INT, 0 }, { "id", SN_COL_STR, 0 },
		{ "name", SN_COL_STR, 0 }, { "type", SN_COL_STR, 3 }, { "group", SN_COL_STR, 0 } };
	sn_error_t err = sn__doc_columns(t, first, sizeof first / sizeof *first);

	for (int r = 0; r < SN_BROKER_ROLE_COUNT && !err; r++) {
		const char *name = sn_broker_role_name((sn_broker_role_t)r);
		char z[64];

		snprintf(z, sizeof z, "%s_z", name);
		sn__column_t role[] = { { name, SN_COL_INT, r == (int)sort ? 0 : 1 },
					{ z, SN_COL_REAL, r == (int)sort ? 0 : 2 } };
		err = sn__doc_columns(t, role, 2);
	}
	return err;
}

static sn_error_t actor_row(sn_doc_table_t *t, const sn_network_t *net, const sn_brokerage_t *b,
			    size_t rank, size_t v, sn_grouping_t by)
{
	const sn_dataset_t *ds = net->dataset;
	size_t a = net->actor_index[v];
	sn_error_t err;

	if ((err = sn_doc_table_row(t)) || (err = sn_doc_table_int(t, 0, (int64_t)rank)) ||
	    (err = sn_doc_table_str(t, 1, ds->actors[a].id)) ||
	    (err = sn_doc_table_str(t, 2, ds->actors[a].name)) ||
	    (err = sn_doc_table_str(t, 3, sn_actor_type_name(ds->actors[a].type))) ||
	    (err = sn_doc_table_str(t, 4, group_name(ds, a, by))))
		return err;
	for (int r = 0; r < SN_BROKER_ROLE_COUNT && !err; r++)
		if (!(err = sn_doc_table_int(t, 5 + 2 * (size_t)r,
					     (int64_t)SN_BROKERAGE_AT(b->raw, v, r))))
			err = sn_doc_table_real(t, 6 + 2 * (size_t)r, SN_BROKERAGE_AT(b->z, v, r));
	return err;
}

static sn_error_t actor_table(sn_doc_t *doc, const sn_network_t *net, const sn_brokerage_t *b,
			      sn_grouping_t by, sn_broker_role_t sort, size_t top)
{
	order_t *o = malloc((b->n + 1) * sizeof *o);
	sn_doc_table_t *t = NULL;
	sn_error_t err = o ? sn__doc_table_with(&t, "brokerage", "Brokerage roles per actor", NULL, 0)
			   : sn_error_set(SN_ENOMEM, "out of memory");

	if (!err)
		err = actor_columns(t, sort);
	for (size_t v = 0; v < b->n && !err; v++) {
		o[v].v = v;
		o[v].key = SN_BROKERAGE_AT(b->raw, v, sort);
		o[v].id = net->dataset->actors[net->actor_index[v]].id;
	}
	if (!err)
		qsort(o, b->n, sizeof *o, compare_order);
	for (size_t i = 0; i < b->n && !err && (top == 0 || i < top); i++)
		err = actor_row(t, net, b, i + 1, o[i].v, by);
	free(o);
	return sn__doc_add(doc, t, err);
}

static sn_error_t network_table(sn_doc_t *doc, const sn_brokerage_t *b)
{
	static const sn__column_t cols[] = { { "role", SN_COL_STR, 0 }, { "count", SN_COL_INT, 0 },
		{ "expected", SN_COL_REAL, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "brokerage_network", "Brokerage in the whole network",
					    cols, sizeof cols / sizeof *cols);

	for (int r = 0; r < SN_BROKER_ROLE_COUNT && !err; r++)
		if (!(err = sn_doc_table_row(t)) &&
		    !(err = sn_doc_table_str(t, 0, sn_broker_role_name((sn_broker_role_t)r))) &&
		    !(err = sn_doc_table_int(t, 1, (int64_t)b->global_raw[r])))
			err = sn_doc_table_real(t, 2, b->global_expected[r]);
	return sn__doc_add(doc, t, err);
}

/* Brokerage on the actor projection, "no county" a group of its own. */
static sn_error_t compute(sn_brokerage_t *b, const sn_network_t *net, sn_grouping_t by,
			  size_t max_ties)
{
	igraph_vector_int_t groups;
	sn_projection_t proj;
	sn_error_t err;

	sn_projection_init(&proj);
	if (igraph_vector_int_init(&groups, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_projection_build(&proj, net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, max_ties);
	if (!err && proj.offset != 0)
		err = sn_error_set(SN_EDATA, "brokerage: the actor projection is offset");
	if (!err)
		err = sn_network_actor_groups(&groups, net, by);
	const igraph_t *pg = NULL;
	if (!err)
		err = sn_projection_graph(&proj, &pg);
	if (!err) {
		sn_groups_pool_none(&groups);
		err = sn_brokerage_compute(b, pg, &groups);
	}
	igraph_vector_int_destroy(&groups);
	sn_projection_destroy(&proj);
	return err;
}

static sn_error_t meta(sn_doc_t *doc, sn_grouping_t by, double density)
{
	sn_error_t err = sn_doc_meta(doc, "groups", "%s", sn_grouping_name(by));

	if (!err)
		err = sn_doc_meta(doc, "reading", "%s", "each tie in both directions, as sna::brokerage");
	if (!err)
		err = sn_doc_meta_num(doc, "density", density);
	if (!err)
		err = sn_doc_meta(doc, "null model", "%s", "undirected Bernoulli graph of this density "
				  "and group sizes (sna's directed model would give z-scores about "
				  "1.41 times larger, except for representative and gatekeeper)");
	return err;
}

sn_error_t sn_brokerage_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			    const sn_brokerage_doc_options_t *o)
{
	sn_brokerage_doc_options_t defaults;
	sn_grouping_t by;
	sn_broker_role_t sort;
	sn_brokerage_t b;
	sn_error_t err;

	if ((err = sn__doc_check_call(doc, ds, net, "brokerage")) != SN_OK)
		return err;
	if (!o) {
		sn_brokerage_doc_options_init(&defaults);
		o = &defaults;
	}
	by = SN_GROUP_BY_COUNTY;
	sort = SN_BROKER_TOTAL;
	if ((o->groups && (err = sn_grouping_parse(o->groups, &by))) ||
	    (o->sort && (err = sn_broker_role_parse(o->sort, &sort))))
		return err;
	sn_brokerage_init(&b);
	err = compute(&b, net, by, o->max_ties);
	if (!err)
		err = meta(doc, by, b.density);
	if (!err)
		err = actor_table(doc, net, &b, by, sort, o->top);
	if (!err)
		err = network_table(doc, &b);
	sn_brokerage_destroy(&b);
	return err;
}
