/* The territory tree: reading, lookup, population with sums over children. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/sorted.h"
#include "base/utf8.h"
#include "samnet/territory.h"

typedef struct {
	char *code, *name, *parent;
	char *level;     /* the level column's cell, "" without one */
	size_t line;
	int64_t *pop;
} raw_row_t;

void sn_territories_free(sn_territories_t *t)
{
	if (!t)
		return;
	/* A load that failed half-way may have one of the two arrays and not the other. */
	for (size_t i = 0; i < t->count; i++) {
		if (t->code)
			free(t->code[i]);
		if (t->name)
			free(t->name[i]);
	}
	free(t->code);
	free(t->name);
	free(t->parent);
	free(t->years);
	free(t->population);
	free(t->sorted);
	free(t->child_start);
	free(t->children);
	free(t->resolved);
	free(t->source);
	for (size_t d = 0; t->levels && d < t->nlevels; d++)
		free(t->levels[d]);
	free(t->levels);
	free(t);
}

/* Finds population_YYYY columns; returns their count, fills cols[] and years[]. */
static size_t population_columns(const sn_table_t *tab, long *cols, int *years, size_t max)
{
	size_t n = 0;

	for (size_t c = 0; c < sn_table_ncols(tab) && n < max; c++) {
		const char *name = sn_table_colname(tab, c);
		char *end;
		if (strncmp(name, "population_", 11) != 0)
			continue;
		long y = strtol(name + 11, &end, 10);
		if (*end || end == name + 11 || y < 1000 || y > 9999)
			continue;
		/* Keep the years ascending: insertion sort on a handful of columns. */
		size_t k = n++;
		while (k > 0 && years[k - 1] > y) {
			years[k] = years[k - 1];
			cols[k] = cols[k - 1];
			k--;
		}
		years[k] = (int)y;
		cols[k] = (long)c;
	}
	return n;
}

static sn_error_t read_rows(sn_territories_t *t, sn_table_t *tab, raw_row_t **rows_out,
			    sn_diag_t *diag)
{
	enum { MAX_YEARS = 64 };
	long cols[MAX_YEARS];
	int years[MAX_YEARS];
	long c_code = sn_table_require(tab, "code", diag);
	long c_name = sn_table_require(tab, "name", diag);
	long c_parent = sn_table_require(tab, "parent", diag);
	long c_level = sn_table_find(tab, "level");
	raw_row_t *rows = NULL;
	size_t cap = 0;
	int rc;

	*rows_out = NULL;
	if (c_code < 0 || c_name < 0 || c_parent < 0)
		return SN_EDATA;
	t->nyears = population_columns(tab, cols, years, MAX_YEARS);
	t->years = malloc((t->nyears ? t->nyears : 1) * sizeof *t->years);
	if (!t->years)
		return SN_ENOMEM;
	memcpy(t->years, years, t->nyears * sizeof *years);
	while ((rc = sn_table_next(tab, diag)) > 0) {
		if (t->count == cap) {
			cap = cap ? 2 * cap : 64;
			raw_row_t *r = realloc(rows, cap * sizeof *r);
			if (!r) {
				rc = SN_ENOMEM;
				break;
			}
			rows = r;
		}
		raw_row_t *r = &rows[t->count];
		memset(r, 0, sizeof *r);
		r->line = sn_table_line(tab);
		r->code = strdup(sn_table_field(tab, (size_t)c_code));
		r->name = strdup(sn_table_field(tab, (size_t)c_name));
		r->parent = strdup(sn_table_field(tab, (size_t)c_parent));
		r->level = strdup(c_level >= 0 ? sn_table_field(tab, (size_t)c_level) : "");
		r->pop = malloc((t->nyears ? t->nyears : 1) * sizeof *r->pop);
		t->count++;
		if (!r->code || !r->name || !r->parent || !r->level || !r->pop) {
			rc = SN_ENOMEM;
			break;
		}
		sn__trim(r->code);
		sn__trim(r->parent);
		sn__trim(r->level);
		if (!r->code[0])
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), r->line, (size_t)c_code + 1,
				    "empty territory code");
		for (size_t y = 0; y < t->nyears; y++) {
			r->pop[y] = SN_NO_POPULATION;
			sn_table_get_int64(tab, (size_t)cols[y], 0, INT64_MAX, "population",
					   &r->pop[y], diag);
		}
	}
	*rows_out = rows;
	return rc < 0 ? rc : SN_OK;
}

/* Deeper trees are refused: real ones have a handful of levels, and sums recurse by level. */
enum { MAX_DEPTH = 64 };

/*
 * Reports every territory whose chain of parents never reaches a root (it
 * lies on or below a cycle) and the first one deeper than MAX_DEPTH.  Each
 * node is walked once: O(n).
 */
static sn_error_t check_cycles(const sn_territories_t *t, const raw_row_t *rows,
			       const char *label, sn_diag_t *diag)
{
	enum { UNSEEN, WALKING, ROOTED, CYCLIC };
	size_t n = t->count ? t->count : 1;
	unsigned char *state = calloc(n, 1);
	size_t *depth = calloc(n, sizeof *depth), *path = malloc(n * sizeof *path);
	bool deep = false;

	if (!state || !depth || !path) {
		free(state);
		free(depth);
		free(path);
		return SN_ENOMEM;
	}
	for (size_t i = 0; i < t->count; i++) {
		size_t len = 0, v = i;
		while (v != SN_NO_PARENT && state[v] == UNSEEN) {
			state[v] = WALKING;
			path[len++] = v;
			v = t->parent[v];
		}
		bool rooted = v == SN_NO_PARENT || state[v] == ROOTED;
		size_t d = v == SN_NO_PARENT ? 0 : depth[v] + 1;
		for (size_t k = len; k-- > 0; d++) {
			depth[path[k]] = d;
			state[path[k]] = rooted ? ROOTED : CYCLIC;
		}
	}
	for (size_t i = 0; i < t->count; i++) {
		if (state[i] == CYCLIC)
			sn_diag_add(diag, SN_DIAG_ERROR, label, rows[i].line, 0,
				    "territory '%s' lies on a cycle of parents", t->code[i]);
		else if (depth[i] > MAX_DEPTH && !deep) {
			sn_diag_add(diag, SN_DIAG_ERROR, label, rows[i].line, 0,
				    "territory '%s' lies %zu levels below the root; at most %d are "
				    "supported", t->code[i], depth[i], MAX_DEPTH);
			deep = true;
		}
	}
	free(state);
	free(depth);
	free(path);
	return SN_OK;
}

/* Marks in t->resolved a figure not worked out yet, and a sum over 64 bits. */
#define UNRESOLVED INT64_C(-2)
#define OVERFLOWED INT64_C(-3)

static bool is_leaf(const sn_territories_t *t, size_t i)
{
	return t->child_start[i] == t->child_start[i + 1];
}

/*
 * The figure of territory i for year index y: its own, else the sum of its
 * children's when every child has one, else SN_NO_POPULATION, or OVERFLOWED
 * when that sum exceeds 64 bits.  Memoised in t->resolved; the recursion is
 * bounded by MAX_DEPTH.
 */
static int64_t resolve(sn_territories_t *t, size_t i, size_t y)
{
	int64_t *slot = &t->resolved[i * t->nyears + y];
	int64_t sum = 0;
	bool complete = true;

	if (*slot != UNRESOLVED)
		return *slot;
	*slot = t->population[i * t->nyears + y];
	if (*slot != SN_NO_POPULATION || is_leaf(t, i))
		return *slot;
	for (size_t k = t->child_start[i]; k < t->child_start[i + 1] && complete; k++) {
		int64_t p = resolve(t, t->children[k], y);
		if (p < 0)
			complete = false;
		else if (__builtin_add_overflow(sum, p, &sum))
			return *slot = OVERFLOWED;
	}
	return *slot = complete ? sum : SN_NO_POPULATION;
}

/*
 * The children's figures for year index y summed, leaving out children
 * without one; false when the sum overflows 64 bits.
 */
static bool parts_sum(const sn_territories_t *t, size_t i, size_t y, int64_t *out)
{
	*out = 0;
	for (size_t k = t->child_start[i]; k < t->child_start[i + 1]; k++) {
		int64_t p = t->resolved[t->children[k] * t->nyears + y];
		if (p >= 0 && __builtin_add_overflow(*out, p, out))
			return false;
	}
	return true;
}

/*
 * Works out every territory's figure for every year and reports the
 * figures that cannot be right: sums over 64 bits, and own figures smaller
 * than their children's figures summed (a coalition would then hold more
 * than all of its country).  O(count * nyears).
 */
static sn_error_t resolve_figures(sn_territories_t *t, const raw_row_t *rows, const char *label,
				  sn_diag_t *diag)
{
	t->resolved = malloc((t->count * t->nyears + 1) * sizeof *t->resolved);
	if (!t->resolved)
		return SN_ENOMEM;
	for (size_t k = 0; k < t->count * t->nyears; k++)
		t->resolved[k] = UNRESOLVED;
	for (size_t y = 0; y < t->nyears; y++)
		for (size_t i = 0; i < t->count; i++)
			resolve(t, i, y);
	for (size_t y = 0; y < t->nyears; y++)
		for (size_t i = 0; i < t->count; i++) {
			int64_t own = t->population[i * t->nyears + y], parts;
			if (t->resolved[i * t->nyears + y] == OVERFLOWED) {
				sn_diag_add(diag, SN_DIAG_ERROR, label, 0, 0,
					    "the population of '%s' in %d, the sum of its parts, "
					    "overflows 64 bits", t->code[i], t->years[y]);
				t->resolved[i * t->nyears + y] = SN_NO_POPULATION;
			}
			if (own == SN_NO_POPULATION || is_leaf(t, i))
				continue;
			if (!parts_sum(t, i, y, &parts))
				sn_diag_add(diag, SN_DIAG_ERROR, label, rows[i].line, 0,
					    "the population of '%s' (%s) in %d is %lld, but the figures of "
					    "its parts sum to more than 64 bits hold", t->code[i],
					    t->name[i], t->years[y], (long long)own);
			else if (parts > own)
				sn_diag_add(diag, SN_DIAG_ERROR, label, rows[i].line, 0,
					    "the population of '%s' (%s) in %d is %lld, but the figures of "
					    "its parts sum to %lld", t->code[i], t->name[i], t->years[y],
					    (long long)own, (long long)parts);
		}
	return SN_OK;
}

/* Groups children by parent (counting sort) so that sums walk only the subtree. */
static sn_error_t index_children(sn_territories_t *t)
{
	t->child_start = calloc(t->count + 1, sizeof *t->child_start);
	t->children = malloc((t->count ? t->count : 1) * sizeof *t->children);
	if (!t->child_start || !t->children)
		return SN_ENOMEM;
	for (size_t i = 0; i < t->count; i++)
		if (t->parent[i] != SN_NO_PARENT)
			t->child_start[t->parent[i] + 1]++;
	for (size_t i = 0; i < t->count; i++)
		t->child_start[i + 1] += t->child_start[i];
	size_t *fill = malloc((t->count ? t->count : 1) * sizeof *fill);
	if (!fill)
		return SN_ENOMEM;
	memcpy(fill, t->child_start, t->count * sizeof *fill);
	for (size_t i = 0; i < t->count; i++)
		if (t->parent[i] != SN_NO_PARENT)
			t->children[fill[t->parent[i]]++] = i;
	free(fill);
	return SN_OK;
}

static sn_error_t link_tree(sn_territories_t *t, raw_row_t *rows, const char *label,
			    sn_diag_t *diag)
{
	size_t roots = 0, errors_before = diag->errors;

	t->code = calloc(t->count, sizeof *t->code);
	t->name = calloc(t->count, sizeof *t->name);
	t->parent = malloc(t->count * sizeof *t->parent);
	t->population = malloc((t->count * t->nyears + 1) * sizeof *t->population);
	if (!t->code || !t->name || !t->parent || !t->population)
		return SN_ENOMEM;
	for (size_t i = 0; i < t->count; i++) {
		t->code[i] = rows[i].code;
		t->name[i] = rows[i].name;
		rows[i].code = rows[i].name = NULL;
		memcpy(&t->population[i * t->nyears], rows[i].pop, t->nyears * sizeof(int64_t));
	}
	sn_error_t err = sn__sorted_index(&t->sorted, (const char *const *)t->code, t->count);
	if (err != SN_OK)
		return err;
	for (size_t i = 1; i < t->count; i++) {
		size_t a = t->sorted[i - 1], b = t->sorted[i];
		if (strcmp(t->code[a], t->code[b]) == 0 && t->code[b][0])
			sn_diag_add(diag, SN_DIAG_ERROR, label, rows[a > b ? a : b].line, 1,
				    "duplicate territory code '%s' (first on line %zu)", t->code[b],
				    rows[a < b ? a : b].line);
	}
	for (size_t i = 0; i < t->count; i++) {
		t->parent[i] = SN_NO_PARENT;
		if (!rows[i].parent[0]) {
			if (roots++ > 0)
				sn_diag_add(diag, SN_DIAG_ERROR, label, rows[i].line, 0,
					    "territory '%s' is a second root (first: '%s'); a tree has one",
					    t->code[i], t->code[t->root]);
			else
				t->root = i;
			continue;
		}
		t->parent[i] = sn_territories_find(t, rows[i].parent);
		if (t->parent[i] == SN_NO_PARENT)
			sn_diag_add(diag, SN_DIAG_ERROR, label, rows[i].line, 0,
				    "territory '%s' has unknown parent '%s'", t->code[i], rows[i].parent);
	}
	if (roots == 0 && t->count > 0)
		sn_diag_add(diag, SN_DIAG_ERROR, label, 0, 0,
			    "no root territory: exactly one row must have an empty parent");
	err = check_cycles(t, rows, label, diag);
	if (err == SN_OK)
		err = index_children(t);
	/* Sums walk the tree, so only a sound tree is summed. */
	if (err == SN_OK && diag->errors == errors_before)
		err = resolve_figures(t, rows, label, diag);
	return err;
}

/* The names of the levels when none is given, by depth. */
static const char *const default_levels[] = { "country", "county", "municipality" };

/*
 * Names each level of the (sound) tree: the level column's value shared by
 * the territories at that depth, else the default.  Two different names at
 * one depth are an error.  O(n depth).
 */
static sn_error_t name_levels(sn_territories_t *t, const raw_row_t *rows, const char *label,
			      sn_diag_t *diag)
{
	size_t *first = NULL;   /* [depth] the first row at that depth that names its level */

	for (size_t i = 0; i < t->count; i++) {
		size_t d = sn_territories_depth(t, i);
		t->nlevels = d + 1 > t->nlevels ? d + 1 : t->nlevels;
	}
	t->levels = calloc(t->nlevels, sizeof *t->levels);
	first = malloc(t->nlevels * sizeof *first);
	if (!t->levels || !first) {
		free(first);
		return SN_ENOMEM;
	}
	for (size_t d = 0; d < t->nlevels; d++)
		first[d] = SN_NO_PARENT;
	for (size_t i = 0; i < t->count; i++) {
		size_t d = sn_territories_depth(t, i);
		if (!rows[i].level[0])
			continue;
		if (first[d] == SN_NO_PARENT)
			first[d] = i;
		else if (strcmp(rows[i].level, rows[first[d]].level) != 0)
			sn_diag_add(diag, SN_DIAG_ERROR, label, rows[i].line, 0,
				    "territory '%s' is at level '%s', but '%s' at the same depth is "
				    "at level '%s' (line %zu)", t->code[i], rows[i].level,
				    t->code[first[d]], rows[first[d]].level, rows[first[d]].line);
	}
	for (size_t d = 0; d < t->nlevels; d++) {
		char fallback[32];
		snprintf(fallback, sizeof fallback, "level %zu", d);
		t->levels[d] = strdup(first[d] != SN_NO_PARENT ? rows[first[d]].level
				      : d < 3 ? default_levels[d] : fallback);
		if (!t->levels[d]) {
			free(first);
			return SN_ENOMEM;
		}
	}
	free(first);
	return SN_OK;
}

const char *sn_territories_level(const sn_territories_t *t, size_t depth)
{
	return depth < t->nlevels ? t->levels[depth] : NULL;
}

const char *sn_territories_country(const sn_territories_t *t)
{
	return t->name[t->root];
}

sn_error_t sn_territories_load(sn_territories_t **out, const char *path,
			       const sn_table_options_t *opts, sn_diag_t *diag)
{
	sn_table_t *tab = NULL;
	sn_territories_t *t = NULL;
	raw_row_t *rows = NULL;
	size_t errors_before = diag->errors;
	sn_error_t err;

	*out = NULL;
	if ((err = sn_table_open(&tab, path, NULL, opts, diag)) != SN_OK)
		return err;
	t = calloc(1, sizeof *t);
	if (!t || !(t->source = strdup(path))) {
		err = SN_ENOMEM;
		goto done;
	}
	err = read_rows(t, tab, &rows, diag);
	if (err == SN_OK && t->count == 0)
		sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), sn_table_header_line(tab), 0,
			    diag->errors == errors_before ? "no territories: the file has a header only"
							  : "no territories: every row was rejected");
	else if (err == SN_OK)
		err = link_tree(t, rows, sn_table_label(tab), diag);
	if (err == SN_OK && diag->errors == errors_before)
		err = name_levels(t, rows, sn_table_label(tab), diag);
	if (err == SN_EDATA || (err == SN_OK && diag->errors > errors_before))
		err = sn_error_set(SN_EDATA, "%s: the territory tree has errors", path);
done:
	if (err == SN_ENOMEM)
		sn_error_set(SN_ENOMEM, "out of memory reading %s", path);
	for (size_t i = 0; rows && i < t->count; i++) {
		free(rows[i].code);
		free(rows[i].name);
		free(rows[i].parent);
		free(rows[i].level);
		free(rows[i].pop);
	}
	free(rows);
	sn_table_free(tab);
	if (err != SN_OK) {
		if (t && !t->code)
			t->count = 0;
		sn_territories_free(t);
		return err;
	}
	*out = t;
	return SN_OK;
}

size_t sn_territories_find(const sn_territories_t *t, const char *code)
{
	return sn__sorted_find(t->sorted, (const char *const *)t->code, t->count, code);
}

size_t sn_territories_depth(const sn_territories_t *t, size_t i)
{
	size_t d = 0;

	while (t->parent[i] != SN_NO_PARENT) {
		i = t->parent[i];
		d++;
	}
	return d;
}

bool sn_territories_within(const sn_territories_t *t, size_t i, size_t ancestor)
{
	for (; i != SN_NO_PARENT; i = t->parent[i])
		if (i == ancestor)
			return true;
	return false;
}

/* The figure of territory i for year index y, worked out when the tree was read. */
static int64_t figure(const sn_territories_t *t, size_t i, size_t y)
{
	return t->resolved[i * t->nyears + y];
}

static bool year_complete(const sn_territories_t *t, size_t y)
{
	for (size_t i = 0; i < t->count; i++)
		if (figure(t, i, y) == SN_NO_POPULATION)
			return false;
	return true;
}

static bool year_has_figures(const sn_territories_t *t, size_t y)
{
	for (size_t i = 0; i < t->count; i++)
		if (t->population[i * t->nyears + y] != SN_NO_POPULATION)
			return true;
	return false;
}

int sn_territories_latest_year(const sn_territories_t *t)
{
	for (size_t y = t->nyears; y-- > 0;)
		if (year_complete(t, y))
			return t->years[y];
	for (size_t y = t->nyears; y-- > 0;)
		if (year_has_figures(t, y))
			return t->years[y];
	return 0;
}

void sn_territories_year_range(const sn_territories_t *t, int *first, int *last)
{
	*first = *last = 0;
	for (size_t y = 0; y < t->nyears; y++)
		if (year_has_figures(t, y)) {
			*first = *first ? *first : t->years[y];
			*last = t->years[y];
		}
}

/* Index of the latest year at or before `year` with a figure for i, or SN_NO_PARENT. */
static size_t figure_index(const sn_territories_t *t, size_t i, int year)
{
	for (size_t y = t->nyears; y-- > 0;)
		if (t->years[y] <= year && figure(t, i, y) != SN_NO_POPULATION)
			return y;
	return SN_NO_PARENT;
}

int sn_territories_figure_year(const sn_territories_t *t, size_t i, int year)
{
	size_t y = figure_index(t, i, year);

	return y == SN_NO_PARENT ? 0 : t->years[y];
}

sn_error_t sn_territories_population(const sn_territories_t *t, size_t i, int year, int64_t *out)
{
	size_t y = figure_index(t, i, year);

	if (y == SN_NO_PARENT)
		return sn_error_set(SN_EDATA, "no population for territory '%s' (%s) in or before %d",
				    t->code[i], t->name[i], year);
	*out = figure(t, i, y);
	return SN_OK;
}

sn_error_t sn_territories_union_population(const sn_territories_t *t, const size_t *idx,
					   size_t n, int year, int64_t *out)
{
	bool *listed = calloc(t->count ? t->count : 1, sizeof *listed);
	int64_t total = 0;
	sn_error_t err = SN_OK;

	if (!listed)
		return sn_error_set(SN_ENOMEM, "out of memory summing population");
	for (size_t k = 0; k < n; k++)
		listed[idx[k]] = true;
	/* Count each listed territory once, unless a listed ancestor covers it. */
	for (size_t i = 0; i < t->count && err == SN_OK; i++) {
		if (!listed[i])
			continue;
		bool covered = false;
		for (size_t a = t->parent[i]; a != SN_NO_PARENT && !covered; a = t->parent[a])
			covered = listed[a];
		if (covered)
			continue;
		int64_t p;
		err = sn_territories_population(t, i, year, &p);
		if (err == SN_OK && __builtin_add_overflow(total, p, &total))
			err = sn_error_set(SN_ENUMERIC, "population total overflows 64 bits");
	}
	free(listed);
	if (err == SN_OK)
		*out = total;
	return err;
}
