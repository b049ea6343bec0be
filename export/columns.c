/*
 * export/columns.c: computed per-vertex columns that travel into every
 * export (population, centralities, communities), indexed by two-mode
 * vertex so that one set serves the two-mode graph and its projections.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/progress_private.h"
#include "samnet/centrality.h"
#include "samnet/communities.h"
#include "samnet/export.h"
#include "samnet/network.h"

void sn_columns_init(sn_columns_t *c, size_t n)
{
	c->n = n;
	c->count = 0;
	c->items = NULL;
}

static void column_free(sn_column_t *col, size_t n)
{
	free(col->name);
	free(col->ints);
	free(col->reals);
	if (col->strings)
		for (size_t i = 0; i < n; i++)
			free(col->strings[i]);
	free(col->strings);
}

void sn_columns_destroy(sn_columns_t *c)
{
	if (!c)
		return;
	for (size_t k = 0; k < c->count; k++)
		column_free(&c->items[k], c->n);
	free(c->items);
	c->items = NULL;
	c->count = 0;
}

long sn_columns_find(const sn_columns_t *c, const char *name)
{
	for (size_t k = 0; k < c->count; k++)
		if (strcmp(c->items[k].name, name) == 0)
			return (long)k;
	return -1;
}

/* A new, empty column of `type` at the end of `c`, or NULL with the error set in *err. */
static sn_column_t *column_new(sn_columns_t *c, const char *name, sn_column_type_t type,
			       sn_error_t *err)
{
	sn_column_t *items, *col;

	if (!name || !*name || sn_columns_find(c, name) >= 0) {
		*err = sn_error_set(SN_EINVAL, "a column needs a new, non-empty name ('%s')",
				    name ? name : "");
		return NULL;
	}
	if (!(items = realloc(c->items, (c->count + 1) * sizeof *items)))
		goto nomem;
	c->items = items;
	col = &items[c->count];
	memset(col, 0, sizeof *col);
	col->type = type;
	if (!(col->name = strdup(name)))
		goto nomem;
	if (type == SN_COLUMN_INT)
		col->ints = malloc((c->n + 1) * sizeof *col->ints);
	else if (type == SN_COLUMN_REAL)
		col->reals = malloc((c->n + 1) * sizeof *col->reals);
	else
		col->strings = calloc(c->n + 1, sizeof *col->strings);
	if (!col->ints && !col->reals && !col->strings) {
		free(col->name);
		goto nomem;
	}
	c->count++;
	return col;
nomem:
	*err = sn_error_set(SN_ENOMEM, "out of memory");
	return NULL;
}

sn_error_t sn_columns_add_int(sn_columns_t *c, const char *name, const int64_t *values)
{
	sn_error_t err = SN_OK;
	sn_column_t *col = column_new(c, name, SN_COLUMN_INT, &err);

	if (col)
		memcpy(col->ints, values, c->n * sizeof *values);
	return err;
}

sn_error_t sn_columns_add_real(sn_columns_t *c, const char *name, const double *values)
{
	sn_error_t err = SN_OK;
	sn_column_t *col = column_new(c, name, SN_COLUMN_REAL, &err);

	for (size_t i = 0; col && i < c->n; i++)
		col->reals[i] = isfinite(values[i]) ? values[i] : NAN;
	return err;
}

sn_error_t sn_columns_add_string(sn_columns_t *c, const char *name, const char *const *values)
{
	sn_error_t err = SN_OK;
	sn_column_t *col = column_new(c, name, SN_COLUMN_STRING, &err);

	for (size_t i = 0; col && i < c->n; i++) {
		if (values[i] && !(col->strings[i] = strdup(values[i]))) {
			column_free(col, c->n);
			c->count--;
			return sn_error_set(SN_ENOMEM, "out of memory");
		}
	}
	return err;
}

static sn_error_t add_population(sn_columns_t *c, const sn_network_t *net, int year)
{
	const sn_dataset_t *ds = net->dataset;
	int64_t *pop = malloc((c->n + 1) * sizeof *pop);
	sn_error_t err = SN_OK;

	if (!pop)
		return sn_error_set(SN_ENOMEM, "out of memory");
	if (year == 0)
		year = sn_territories_latest_year(ds->territories);
	for (size_t v = 0; v < c->n; v++) {
		size_t a = v < net->nactors ? net->actor_index[v] : SN_NO_PARENT;
		pop[v] = INT64_MIN;
		if (a == SN_NO_PARENT || ds->actors[a].represents == SN_NO_PARENT || year == 0)
			continue;
		err = sn_dataset_represented_population(ds, &a, 1, year, &pop[v]);
		if (err == SN_EDATA) {
			/* No figure for this territory and year: a missing value, not a failure. */
			pop[v] = INT64_MIN;
			err = SN_OK;
			sn_error_clear();
		} else if (err != SN_OK) {
			break;
		}
	}
	if (err == SN_OK)
		err = sn_columns_add_int(c, "population", pop);
	free(pop);
	return err;
}

/* Appends the columns of measures[0..count) on the projection `p`; progress "centrality". */
static sn_error_t add_centrality(sn_columns_t *c, const sn_projection_t *p, double *buf,
				 const sn_measure_t *measures, size_t count,
				 const sn_progress_t *progress)
{
	igraph_vector_t out;
	sn_error_t err = SN_OK;
	size_t n = (size_t)sn_projection_vcount(p);

	if (igraph_vector_init(&out, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < count; i++) {
		sn_measure_t m = measures[i];
		const sn_measure_info_t *info = sn_measure_info(m);
		sn__progress_part_t part;
		sn_progress_t sub = sn__progress_part(&part, progress, "centrality", i, count);

		sn__progress_part_report(NULL, 0, 1, &part);
		if (!info) {
			err = sn_error_set(SN_EINVAL, "columns: unknown measure %d", (int)m);
			break;
		}
		/* Degree is reported as a count of ties; the others normalised. */
		err = sn_centrality_compute_projection(&out, p, m, m != SN_MEASURE_DEGREE, &sub);
		if (err != SN_OK)
			break;
		for (size_t v = 0; v < c->n; v++)
			buf[v] = NAN;
		for (size_t v = 0; v < n; v++)
			buf[v + p->offset] = VECTOR(out)[v];
		if (m == SN_MEASURE_DEGREE) {
			/* A count of ties: an integer column. */
			int64_t *ints = malloc((c->n + 1) * sizeof *ints);
			if (!ints) {
				err = sn_error_set(SN_ENOMEM, "out of memory");
				break;
			}
			for (size_t v = 0; v < c->n; v++)
				ints[v] = isfinite(buf[v]) ? (int64_t)buf[v] : INT64_MIN;
			err = sn_columns_add_int(c, info->name, ints);
			free(ints);
		} else {
			err = sn_columns_add_real(c, info->name, buf);
		}
		if (err != SN_OK)
			break;
	}
	if (err == SN_OK)
		sn__progress(progress, "centrality", count * SN__PROGRESS_PART_UNITS,
			     count * SN__PROGRESS_PART_UNITS);
	igraph_vector_destroy(&out);
	return err;
}

/* Progress "communities": 0 of 1 before Leiden, 1 of 1 once the column is added. */
static sn_error_t add_communities(sn_columns_t *c, const sn_projection_t *p, uint64_t seed,
				  const sn_progress_t *progress)
{
	sn_communities_options_t opts = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_int_t memb;
	int64_t *vals = malloc((c->n + 1) * sizeof *vals);
	sn_error_t err;

	if (!vals || igraph_vector_int_init(&memb, 0)) {
		free(vals);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	opts.seed = seed;
	sn__progress(progress, "communities", 0, 1);
	err = sn_communities_detect_projection(&memb, NULL, p, &opts);
	if (err == SN_OK) {
		for (size_t v = 0; v < c->n; v++)
			vals[v] = INT64_MIN;
		for (igraph_integer_t v = 0; v < igraph_vector_int_size(&memb); v++)
			vals[(size_t)v + p->offset] = sn_community_number(VECTOR(memb)[v]);
		err = sn_columns_add_int(c, "community", vals);
	}
	if (err == SN_OK)
		sn__progress(progress, "communities", 1, 1);
	igraph_vector_int_destroy(&memb);
	free(vals);
	return err;
}

sn_error_t sn_columns_add_standard(sn_columns_t *c, const sn_network_t *net,
				   const sn_projection_t *proj, unsigned which, int year,
				   uint64_t seed)
{
	double *buf = NULL;
	sn_error_t err = SN_OK;

	if (!c || !net || !net->built || c->n != net->nactors + net->nprojects)
		return sn_error_set(SN_EINVAL, "columns: %zu values per column for a network of %zu "
				    "vertices", c ? c->n : 0, net ? net->nactors + net->nprojects : 0);
	if ((which & (SN_COLUMNS_CENTRALITY | SN_COLUMNS_COMMUNITIES)) &&
	    (!proj || !proj->built ||
	     proj->offset + (size_t)sn_projection_vcount(proj) > c->n))
		return sn_error_set(SN_EINVAL, "columns: centrality and communities need a projection "
				    "of the network");
	if ((which & SN_COLUMNS_POPULATION) && (err = add_population(c, net, year)) != SN_OK)
		return err;
	if (which & SN_COLUMNS_CENTRALITY) {
		sn_measure_t standard[SN_MEASURE_COUNT];
		size_t count = 0;
		for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++)
			if (sn_measure_info(m)->standard)
				standard[count++] = m;
		if (!(buf = malloc((c->n + 1) * sizeof *buf)))
			return sn_error_set(SN_ENOMEM, "out of memory");
		err = add_centrality(c, proj, buf, standard, count, &net->progress);
		free(buf);
		if (err != SN_OK)
			return err;
	}
	if ((which & SN_COLUMNS_COMMUNITIES) && sn_projection_vcount(proj) > 0)
		err = add_communities(c, proj, seed, &net->progress);
	return err;
}

sn_error_t sn_columns_add_measures(sn_columns_t *c, const sn_network_t *net,
				   const sn_projection_t *proj, const sn_measure_t *measures,
				   size_t count)
{
	double *buf;
	sn_error_t err;

	if (!c || !net || !net->built || c->n != net->nactors + net->nprojects)
		return sn_error_set(SN_EINVAL, "columns: %zu values per column for a network of %zu "
				    "vertices", c ? c->n : 0, net ? net->nactors + net->nprojects : 0);
	if (count > 0 && (!measures || !proj || !proj->built ||
			  proj->offset + (size_t)sn_projection_vcount(proj) > c->n))
		return sn_error_set(SN_EINVAL, "columns: measures need a projection of the network");
	if (count == 0)
		return SN_OK;
	if (!(buf = malloc((c->n + 1) * sizeof *buf)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = add_centrality(c, proj, buf, measures, count, &net->progress);
	free(buf);
	return err;
}

sn_error_t sn_columns_spec_parse(sn_columns_spec_t *out, const char *list)
{
	static const struct { const char *name; unsigned sets; } named[] = {
		{ "population", SN_COLUMNS_POPULATION },
		{ "centrality", SN_COLUMNS_CENTRALITY },
		{ "communities", SN_COLUMNS_COMMUNITIES },
		{ "all", SN_COLUMNS_POPULATION | SN_COLUMNS_CENTRALITY | SN_COLUMNS_COMMUNITIES }
	};
	char word[32];
	sn_measure_t m;

	memset(out, 0, sizeof *out);
	while (list && *list) {
		size_t n = strcspn(list, ","), k = 0;
		memcpy(word, list, n < sizeof word ? n : sizeof word - 1);
		word[n < sizeof word ? n : sizeof word - 1] = '\0';
		while (k < sizeof named / sizeof *named && strcmp(word, named[k].name) != 0)
			k++;
		if (k < sizeof named / sizeof *named)
			out->sets |= named[k].sets;
		else if (sn_measure_find(word) && sn_measure_parse(word, &m) == SN_OK) {
			for (size_t i = 0; i < out->nmeasures; i++)
				if (out->measures[i] == m)
					return sn_error_set(SN_EINVAL, "'%s' is listed twice", word);
			out->measures[out->nmeasures++] = m;
		} else
			return sn_error_set(SN_EINVAL, "unknown column set '%s' (population, centrality, "
					    "communities, all, or a measure of samnet centrality "
					    "--help)", word);
		list += n;
		list += *list == ',';
	}
	return SN_OK;
}

bool sn_columns_spec_needs_projection(const sn_columns_spec_t *spec)
{
	return (spec->sets & (SN_COLUMNS_CENTRALITY | SN_COLUMNS_COMMUNITIES)) || spec->nmeasures;
}

sn_error_t sn_columns_add_spec(sn_columns_t *c, const sn_network_t *net,
			       const sn_projection_t *proj, const sn_columns_spec_t *spec,
			       int year, uint64_t seed)
{
	unsigned first = spec->sets & ~(unsigned)SN_COLUMNS_COMMUNITIES;
	sn_error_t err = SN_OK;

	(void)((first && (err = sn_columns_add_standard(c, net, proj, first, year, seed))) ||
	       (err = sn_columns_add_measures(c, net, proj, spec->measures, spec->nmeasures)) ||
	       ((spec->sets & SN_COLUMNS_COMMUNITIES) &&
		(err = sn_columns_add_standard(c, net, proj, SN_COLUMNS_COMMUNITIES, year, seed))));
	return err;
}
