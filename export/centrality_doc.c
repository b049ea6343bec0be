/*
 * export/centrality_doc.c: the table of `samnet centrality` as a document
 * (samnet/centrality_doc.h): measures chosen by name, computed through the
 * registry (analysis/measures.c), ranked, with populations.
 */
#include "config.h"

#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/progress_private.h"
#include "samnet/centrality.h"
#include "samnet/centrality_doc.h"
#include "samnet/reach.h"
#include "samnet/results.h"
#include "export/centrality_values.h"
#include "export/doc_build.h"

/* The options, parsed: measures[k] is column 7 + k. */
typedef struct {
	const sn_centrality_doc_options_t *o;
	sn_measure_t measures[SN_MEASURE_COUNT];
	size_t nmeasures;
	size_t sort;                        /* index into measures */
	int64_t samples[SN_MEASURE_COUNT];  /* sample size per sampled measure */
} plan_t;

/* The first columns of the table; the measures follow. */
enum { COL_RANK, COL_ID, COL_NAME, COL_TYPE, COL_COUNTY, COL_POPULATION, COL_PARTNERS,
       COL_MEASURES };

typedef struct {
	size_t row;               /* actor vertex */
	long group;               /* sort group, SN_GROUP_NONE for "no county" (sorted last) */
	double key;               /* sort value, NaN last */
	const char *id;
} order_t;

void sn_centrality_doc_options_init(sn_centrality_doc_options_t *o)
{
	memset(o, 0, sizeof *o);
	o->weighting = SN_WEIGHT_COUNT;
	o->normalized = true;
	o->by = SN_CENTRALITY_RANK_ALL;
	o->delta = 0.1;
	o->seed = 1;
}

static bool is_betweenness(sn_measure_t m)
{
	return m == SN_MEASURE_BETWEENNESS || m == SN_MEASURE_BETWEENNESS_W;
}

/* The names of the two-mode measures, comma-separated, for a message. */
static const char *two_mode_names(char *buf, size_t size)
{
	buf[0] = '\0';
	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++) {
		size_t used = strlen(buf);
		if (sn_measure_info(m)->two_mode)
			snprintf(buf + used, size - used, "%s%s", used ? ", " : "", sn_measure_name(m));
	}
	return buf;
}

static sn_error_t check_measures(const plan_t *p)
{
	char names[256];

	if (p->nmeasures == 0)
		return sn_error_set(SN_EINVAL, "--measures lists no measure");
	for (size_t i = 0; p->o->two_mode && i < p->nmeasures; i++)
		if (!sn_measure_info(p->measures[i])->two_mode)
			return sn_error_set(SN_EINVAL, "measure '%s' is not defined on the two-mode "
					    "graph; use one of %s", sn_measure_name(p->measures[i]),
					    two_mode_names(names, sizeof names));
	return SN_OK;
}

static sn_error_t check_approx(const plan_t *p)
{
	const sn_centrality_doc_options_t *o = p->o;
	bool listed = false;

	if (!o->approx)
		return SN_OK;
	if (!(o->eps >= SN_CENTRALITY_APPROX_EPS_MIN && o->eps < 1))
		return sn_error_set(SN_EINVAL, "--approx must lie in [%g, 1), got %g",
				    SN_CENTRALITY_APPROX_EPS_MIN, o->eps);
	if (!(o->delta > 0 && o->delta < 1))
		return sn_error_set(SN_EINVAL, "--delta must lie strictly between 0 and 1, got %g",
				    o->delta);
	if (o->two_mode)
		return sn_error_set(SN_EINVAL, "--approx applies to the actor projection, not two-mode");
	for (size_t k = 0; k < p->nmeasures; k++)
		listed |= is_betweenness(p->measures[k]);
	if (!listed)
		return sn_error_set(SN_EINVAL, "--approx needs betweenness or betweenness_w among "
				    "the measures");
	return SN_OK;
}

static sn_error_t find_sort(plan_t *p)
{
	const char *sort = p->o->sort;

	p->sort = 0;
	if (!sort)
		return SN_OK;
	for (; p->sort < p->nmeasures; p->sort++)
		if (strcmp(sn_measure_name(p->measures[p->sort]), sort) == 0)
			return SN_OK;
	return sn_error_set(SN_EINVAL, "--sort '%s' is not among the listed measures", sort);
}

static sn_error_t plan(plan_t *p, const sn_centrality_doc_options_t *o)
{
	const char *list = o->measures ? o->measures
		: o->two_mode ? SN_CENTRALITY_DEFAULT_TWOMODE : SN_CENTRALITY_DEFAULT_MEASURES;
	sn_error_t err;

	memset(p, 0, sizeof *p);
	p->o = o;
	if ((err = sn_measure_list_parse(list, p->measures, &p->nmeasures)) != SN_OK ||
	    (err = check_measures(p)) != SN_OK || (err = check_approx(p)) != SN_OK)
		return err;
	return find_sort(p);
}

sn_error_t sn_centrality_doc_options_check(const sn_centrality_doc_options_t *o)
{
	plan_t p;

	if (!o)
		return sn_error_set(SN_EINVAL, "centrality: no options");
	return plan(&p, o);
}

sn_error_t sn__centrality_values(igraph_vector_t *values, int64_t *samples,
				 const sn_network_t *net, const sn_measure_t *measures, size_t n,
				 const sn_centrality_doc_options_t *o)
{
	sn_projection_t proj;
	sn_error_t err = SN_OK;

	sn_projection_init(&proj);
	if (!o->two_mode)
		err = sn_projection_build(&proj, net, SN_MODE_ACTORS, o->weighting, o->max_ties);
	/* Rows are indexed by two-mode actor vertex; the actor projection keeps that order. */
	if (err == SN_OK && !o->two_mode && proj.offset != 0)
		err = sn_error_set(SN_EDATA, "centrality: the actor projection is offset");
	/* Progress "centrality": measures computed, of n, each in SN__PROGRESS_PART_UNITS. */
	const igraph_t *pg = NULL;
	const igraph_vector_t *pw = NULL;
	for (size_t k = 0; k < n && err == SN_OK; k++) {
		sn_measure_t m = measures[k];
		sn__progress_part_t part;
		sn_progress_t sub = sn__progress_part(&part, &net->progress, "centrality", k, n);

		sn__progress_part_report(NULL, 0, 1, &part);
		if (o->two_mode)
			err = sn_twomode_compute(&values[k], &net->graph, &net->types, m,
						 o->normalized);
		else if (o->approx && is_betweenness(m) && !(err = sn_projection_graph(&proj, &pg)) &&
			 !(err = sn_projection_weights(&proj, &pw)))
			err = sn_centrality_betweenness_approx_progress(
				&values[k], &samples[k], pg,
				m == SN_MEASURE_BETWEENNESS_W ? pw : NULL, o->normalized,
				o->eps, o->delta, o->seed, &sub);
		else if (err == SN_OK)
			err = sn_centrality_compute_projection(&values[k], &proj, m, o->normalized,
							       &sub);
		if (err == SN_OK)
			sn__progress_part_report(NULL, 1, 1, &part);
	}
	sn_projection_destroy(&proj);
	return err;
}

static long group_of(const sn_dataset_t *ds, size_t a, sn_centrality_ranking_t by)
{
	if (by == SN_CENTRALITY_RANK_ALL)
		return 0;
	return (long)sn_actor_group(ds, a, by == SN_CENTRALITY_RANK_BY_TYPE ? SN_GROUP_BY_TYPE
									       : SN_GROUP_BY_COUNTY);
}

static int compare_order(const void *pa, const void *pb)
{
	const order_t *a = pa, *b = pb;
	/* Groups ascending (no county, SN_GROUP_NONE, last); within a group the key descending, NaN last. */
	long ga = a->group == SN_GROUP_NONE ? LONG_MAX : a->group;
	long gb = b->group == SN_GROUP_NONE ? LONG_MAX : b->group;

	if (ga != gb)
		return ga < gb ? -1 : 1;
	if (isnan(a->key) != isnan(b->key))
		return isnan(a->key) ? 1 : -1;
	if (!isnan(a->key) && a->key != b->key)
		return a->key > b->key ? -1 : 1;
	return strcmp(a->id, b->id);
}

/* The actor vertices in rank order, or NULL when out of memory. */
static order_t *rank(const plan_t *p, const sn_dataset_t *ds, const sn_network_t *net,
		     const igraph_vector_t *values)
{
	size_t n = net->nactors;
	order_t *o = malloc((n + 1) * sizeof *o);
	/* Constraint measures closure: the least constrained actors come first. */
	double sign = p->measures[p->sort] == SN_MEASURE_CONSTRAINT ? -1 : 1;

	if (!o)
		return NULL;
	for (size_t v = 0; v < n; v++) {
		size_t a = net->actor_index[v];
		o[v].row = v;
		o[v].group = group_of(ds, a, p->o->by);
		o[v].key = sign * VECTOR(values[p->sort])[v];
		o[v].id = ds->actors[a].id;
	}
	qsort(o, n, sizeof *o, compare_order);
	return o;
}

static sn_error_t table_columns(sn_doc_table_t *t, const plan_t *p)
{
	static const char *const names[COL_MEASURES] = {
		NULL, "id", "name", "type", "county", "population", "partner_population"
	};
	static const sn_coltype_t types[COL_MEASURES] = {
		SN_COL_INT, SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_INT, SN_COL_INT
	};
	sn_centrality_ranking_t by = p->o->by;
	const char *rank_name = by == SN_CENTRALITY_RANK_BY_TYPE ? "rank_in_type"
				: by == SN_CENTRALITY_RANK_BY_COUNTY ? "rank_in_county" : "rank";
	sn_error_t err = SN_OK;

	for (size_t c = 0; c < COL_MEASURES && err == SN_OK; c++)
		err = sn_doc_table_column(t, c == COL_RANK ? rank_name : names[c], types[c]);
	for (size_t k = 0; k < p->nmeasures && err == SN_OK; k++)
		err = sn_doc_table_column(t, sn_measure_name(p->measures[k]), SN_COL_REAL);
	/* To fit the width: the descriptions go first, then the measures not ranked by. */
	for (size_t c = COL_TYPE; c < COL_MEASURES && err == SN_OK; c++)
		err = sn_doc_table_priority(t, c, 2);
	for (size_t k = 0; k < p->nmeasures && err == SN_OK; k++)
		if (k != p->sort)
			err = sn_doc_table_priority(t, COL_MEASURES + k, 1);
	return err;
}

/* One table row for actor vertex v at rank r, whose partners represent `partners`. */
static sn_error_t table_row(sn_doc_table_t *t, const plan_t *p, const sn_dataset_t *ds,
			    const sn_network_t *net, int year, const igraph_vector_t *values,
			    size_t v, long r, int64_t partners)
{
	size_t a = net->actor_index[v], county = sn_dataset_actor_county(ds, a);
	const sn_actor_t *actor = &ds->actors[a];
	bool represents = actor->represents != SN_NO_PARENT;
	int64_t own = 0;
	sn_error_t err = SN_OK;

	if (represents)
		err = sn_dataset_represented_population(ds, &a, 1, year, &own);
	if (err == SN_OK && (err = sn_doc_table_row(t)) == SN_OK &&
	    (err = sn_doc_table_int(t, COL_RANK, r)) == SN_OK &&
	    (err = sn_doc_table_str(t, COL_ID, actor->id)) == SN_OK &&
	    (err = sn_doc_table_str(t, COL_NAME, actor->name)) == SN_OK &&
	    (err = sn_doc_table_str(t, COL_TYPE, sn_actor_type_name(actor->type))) == SN_OK &&
	    county != SN_NO_PARENT)
		err = sn_doc_table_str(t, COL_COUNTY, ds->territories->name[county]);
	if (err == SN_OK && represents)
		err = sn_doc_table_int(t, COL_POPULATION, own);
	if (err == SN_OK)
		err = sn_doc_table_int(t, COL_PARTNERS, partners);
	for (size_t k = 0; k < p->nmeasures && err == SN_OK; k++)
		err = sn_doc_table_real(t, COL_MEASURES + k, VECTOR(values[k])[v]);
	return err;
}

/* The rows shown (ranks 1..top of each group), with their populations. */
static sn_error_t fill_table(sn_doc_table_t *t, const plan_t *p, const sn_dataset_t *ds,
			     const sn_network_t *net, int year, const igraph_vector_t *values,
			     const order_t *o)
{
	size_t n = net->nactors, shown = 0;
	size_t *row = malloc((n + 1) * sizeof *row);
	long *rank_of = malloc((n + 1) * sizeof *rank_of);
	int64_t *partners = malloc((n + 1) * sizeof *partners);
	sn_error_t err = row && rank_of && partners ? table_columns(t, p)
						      : sn_error_set(SN_ENOMEM, "out of memory");
	long r = 0;

	for (size_t i = 0; i < n && err == SN_OK; i++) {
		r = i > 0 && o[i].group == o[i - 1].group ? r + 1 : 1;
		if (p->o->top > 0 && (size_t)r > p->o->top)
			continue;
		rank_of[shown] = r;
		row[shown++] = o[i].row;
	}
	if (err == SN_OK)
		err = sn_network_partner_population(partners, net, row, shown, year);
	for (size_t i = 0; i < shown && err == SN_OK; i++)
		err = table_row(t, p, ds, net, year, values, row[i], rank_of[i], partners[i]);
	free(row);
	free(rank_of);
	free(partners);
	return err;
}

static sn_error_t add_meta(sn_doc_t *doc, const plan_t *p, const sn_dataset_t *ds, int year)
{
	const sn_centrality_doc_options_t *o = p->o;
	sn_error_t err = sn_doc_population_meta(doc, ds, year);

	if (err == SN_OK)
		err = sn_doc_meta(doc, "projection", "%s",
				  o->two_mode ? "two-mode" : sn_weighting_name(o->weighting));
	if (err == SN_OK)
		err = sn_doc_meta(doc, "values", "%s", o->normalized ? "normalized" : "raw");
	if (err == SN_OK)
		err = sn_doc_meta(doc, "sort", "%s", sn_measure_name(p->measures[p->sort]));
	if (err == SN_OK)
		err = sn_doc_meta_num(doc, "pagerank_damping", SN_PAGERANK_DAMPING);
	/* How each sampled measure was estimated. */
	for (size_t k = 0; o->approx && k < p->nmeasures && err == SN_OK; k++)
		if (is_betweenness(p->measures[k]))
			err = sn_doc_meta(doc, sn_measure_name(p->measures[k]),
					  "sampled (Riondato-Kornaropoulos), eps %g, delta %g, "
					  "%" PRId64 " samples, seed %" PRIu64, o->eps, o->delta,
					  p->samples[k], o->seed);
	return err;
}

/* Ranks the computed values and adds the meta and the table to `doc`. */
static sn_error_t build(sn_doc_t *doc, const plan_t *p, const sn_dataset_t *ds,
			const sn_network_t *net, int year, const igraph_vector_t *values)
{
	order_t *o = rank(p, ds, net, values);
	sn_doc_table_t *t = NULL;
	sn_error_t err = o ? sn_doc_table_new(&t, "centrality", "Centrality")
			   : sn_error_set(SN_ENOMEM, "out of memory");

	if (err == SN_OK)
		err = fill_table(t, p, ds, net, year, values, o);
	if (err == SN_OK)
		err = add_meta(doc, p, ds, year);
	if (err == SN_OK) {
		err = sn_doc_add_table(doc, t);
		t = NULL;   /* taken by the document in every case */
	}
	sn_doc_table_free(t);
	free(o);
	return err;
}

sn_error_t sn_centrality_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			     int year, const sn_centrality_doc_options_t *o)
{
	sn_centrality_doc_options_t defaults;
	igraph_vector_t values[SN_MEASURE_COUNT];
	size_t ninit = 0;
	plan_t p;
	sn_error_t err;

	if ((err = sn__doc_check_call(doc, ds, net, "centrality")) != SN_OK)
		return err;
	if (!o) {
		sn_centrality_doc_options_init(&defaults);
		o = &defaults;
	}
	if ((err = plan(&p, o)) != SN_OK)
		return err;
	if (year == 0)
		year = sn_territories_latest_year(ds->territories);
	/* ninit counts the vectors initialised, so that only those are destroyed. */
	for (; ninit < p.nmeasures && err == SN_OK; ninit++)
		if (igraph_vector_init(&values[ninit], 0)) {
			err = sn_error_set(SN_ENOMEM, "out of memory");
			break;
		}
	if (err == SN_OK)
		err = sn__centrality_values(values, p.samples, net, p.measures, p.nmeasures, o);
	if (err == SN_OK)
		err = build(doc, &p, ds, net, year, values);
	for (size_t k = 0; k < ninit; k++)
		igraph_vector_destroy(&values[k]);
	return err;
}
