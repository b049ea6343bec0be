/* The dataset loader's per-file readers, attribute tables and selectors. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/dataset_private.h"
#include "base/strmap.h"
#include "base/utf8.h"
#include "samnet/suggest.h"

/* ---- attribute tables --------------------------------------------------- */

void sn__attrs_destroy(sn_attrs_t *a)
{
	for (size_t i = 0; i < a->ncols; i++)
		free(a->names[i]);
	for (size_t i = 0; i < a->nrows * a->ncols; i++)
		free(a->cells[i]);
	free(a->names);
	free(a->cells);
	memset(a, 0, sizeof *a);
}

const char *sn_attrs_get(const sn_attrs_t *a, size_t row, size_t col)
{
	const char *s = a->cells[row * a->ncols + col];
	return s ? s : "";
}

long sn_attrs_find(const sn_attrs_t *a, const char *name)
{
	for (size_t i = 0; i < a->ncols; i++)
		if (strcmp(a->names[i], name) == 0)
			return (long)i;
	return -1;
}

/* Declares as attributes the columns of `tab` not in `skip` (NULL-terminated). */
static sn_error_t attrs_columns(sn_attrs_t *a, const sn_table_t *tab, long *map,
				const char *const *skip)
{
	a->names = calloc(sn_table_ncols(tab) + 1, sizeof *a->names);
	if (!a->names)
		return SN_ENOMEM;
	for (size_t c = 0; c < sn_table_ncols(tab); c++) {
		const char *name = sn_table_colname(tab, c);
		bool skipped = false;
		for (const char *const *s = skip; *s && !skipped; s++)
			skipped = strcmp(name, *s) == 0;
		map[c] = -1;
		if (skipped)
			continue;
		if (!(a->names[a->ncols] = strdup(name)))
			return SN_ENOMEM;
		map[c] = (long)a->ncols++;
	}
	return SN_OK;
}

/* Appends a row of attribute cells: from the table's current row, or empty when tab is NULL. */
static sn_error_t attrs_push(sn_attrs_t *a, size_t *cap, const sn_table_t *tab, const long *map)
{
	if (a->nrows == *cap) {
		size_t n = *cap ? 2 * *cap : 64;
		char **cells = realloc(a->cells, n * (a->ncols ? a->ncols : 1) * sizeof *cells);
		if (!cells)
			return SN_ENOMEM;
		a->cells = cells;
		*cap = n;
	}
	char **row = &a->cells[a->nrows * a->ncols];
	for (size_t i = 0; i < a->ncols; i++)
		row[i] = NULL;
	a->nrows++;
	for (size_t c = 0; tab && c < sn_table_ncols(tab); c++)
		if (map[c] >= 0 && !(row[map[c]] = strdup(sn_table_field(tab, c))))
			return SN_ENOMEM;
	return SN_OK;
}

/* ---- ids ----------------------------------------------------------------- */

/* Registers an id; a repeated one is reported with the line of its first use. */
static sn_error_t register_id(sn_strmap_t *map, const char *id, size_t index,
			      size_t first_line_of(const sn_dataset_t *, size_t),
			      const sn_dataset_t *ds, const char *what, const char *label,
			      size_t line, sn_diag_t *diag)
{
	size_t existing;

	if (!id[0])
		return SN_OK;
	if (sn__strmap_put(map, id, index, &existing) != SN_OK)
		return SN_ENOMEM;
	if (existing != (size_t)-1)
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, 1,
			    "duplicate %s id '%s' (first on line %zu)", what, id,
			    first_line_of(ds, existing));
	return SN_OK;
}

static size_t actor_line(const sn_dataset_t *ds, size_t i) { return ds->actors[i].line; }
static size_t project_line(const sn_dataset_t *ds, size_t i) { return ds->projects[i].line; }

/*
 * Reports a file without rows at its header's line: "no WHAT: the file has a
 * header only", or, when the file's rows were all rejected (errors were
 * reported since errors_before), "no WHAT: every row was rejected" -- the
 * latter for errors only: a warning would repeat what the errors said.
 */
static void report_no_rows(const sn_table_t *tab, sn_diag_level_t level, const char *what,
			   size_t errors_before, const char *consequence, sn_diag_t *diag)
{
	bool header_only = diag->errors == errors_before;

	if (!header_only && level == SN_DIAG_WARNING)
		return;
	sn_diag_add(diag, level, sn_table_label(tab), sn_table_header_line(tab), 0, "no %s: %s%s",
		    what, header_only ? "the file has a header only" : "every row was rejected",
		    consequence);
}

/* ---- actors.csv ------------------------------------------------------------ */

/*
 * The represents cell overrides the type rule: a territory code (the actor
 * carries that territory's population), "none" (it carries none) or empty
 * (the type rule stands).
 */
static void represents_cell(sn_actor_t *a, const char *cell, const char *label, size_t line,
			    size_t col, const sn_territories_t *t, sn_diag_t *diag)
{
	char code[64];

	snprintf(code, sizeof code, "%s", cell);
	sn__trim(code);
	if (!code[0])
		return;
	a->represents = sn_territories_find(t, code);
	if (a->represents == SN_NO_PARENT && strcmp(code, "none") != 0) {
		char hint[SN_SUGGEST_PHRASE_MAX];
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, col,
			    "represents: unknown territory '%s' (a territory code, 'none' or empty)%s",
			    code, sn_territories_suggest_code(t, code, hint, sizeof hint));
	}
}

static sn_error_t actor_row(sn_dataset_t *ds, const sn_table_t *tab, const long *cols,
			    sn_diag_t *diag)
{
	const char *label = sn_table_label(tab);
	size_t line = sn_table_line(tab);
	sn_actor_t *a = &ds->actors[ds->nactors];

	memset(a, 0, sizeof *a);
	a->line = line;
	a->territory = a->represents = SN_NO_PARENT;
	a->id = sn__trim(strdup(sn_table_field(tab, (size_t)cols[0])));
	a->name = strdup(sn_table_field(tab, (size_t)cols[1]));
	if (!a->id || !a->name) {
		/* Not counted yet, so the dataset's destructor would not free the other one. */
		free(a->id);
		free(a->name);
		a->id = a->name = NULL;
		return SN_ENOMEM;
	}
	ds->nactors++;
	if (register_id(ds->actor_index, a->id, ds->nactors - 1, actor_line, ds, "actor", label, line,
			diag) != SN_OK)
		return SN_ENOMEM;
	if (!a->id[0])
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, (size_t)cols[0] + 1, "empty actor id");
	if (strchr(a->id, ':'))
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, (size_t)cols[0] + 1,
			    "actor id '%s' contains ':', which is reserved for selectors", a->id);
	char type[64];
	snprintf(type, sizeof type, "%s", sn_table_field(tab, (size_t)cols[2]));
	sn__trim(type);
	if (sn_actor_type_parse(type, &a->type) != SN_OK)
		sn_diag_add(diag, SN_DIAG_ERROR, label, line, (size_t)cols[2] + 1,
			    "unknown actor type '%s' (expected region, kommun, lansstyrelse, agency, "
			    "university, company, fund, ngo, association, research or other)", type);
	if (cols[3] >= 0 && ds->territories) {
		char code[64];
		snprintf(code, sizeof code, "%s", sn_table_field(tab, (size_t)cols[3]));
		sn__trim(code);
		if (code[0]) {
			a->territory = sn_territories_find(ds->territories, code);
			char hint[SN_SUGGEST_PHRASE_MAX];
			if (a->territory == SN_NO_PARENT)
				sn_diag_add(diag, SN_DIAG_ERROR, label, line, (size_t)cols[3] + 1,
					    "unknown territory '%s'%s", code,
					    sn_territories_suggest_code(ds->territories, code, hint,
									sizeof hint));
		}
	}
	a->represents = sn_actor_type_is_territorial(a->type) ? a->territory : SN_NO_PARENT;
	if (cols[4] >= 0 && ds->territories)
		represents_cell(a, sn_table_field(tab, (size_t)cols[4]), label, line,
				(size_t)cols[4] + 1, ds->territories, diag);
	return SN_OK;
}

sn_error_t sn__load_actors(sn_dataset_t *ds, const sn_dataset_options_t *opts,
			   const sn__load_share_t *share, sn_diag_t *diag)
{
	static const char *const own[] = { "id", "name", "type", "territory", NULL };
	sn_table_t *tab = NULL;
	long cols[5], *map = NULL;
	size_t cap = 0, attr_cap = 0, errors_before = diag->errors;
	sn_error_t err;
	int rc = 0;

	if ((err = sn__dataset_open(&tab, ds, "actors.csv", true, opts, share, diag)) != SN_OK || !tab)
		return err;
	cols[0] = sn_table_require(tab, "id", diag);
	cols[1] = sn_table_require(tab, "name", diag);
	cols[2] = sn_table_require(tab, "type", diag);
	cols[3] = sn_table_find(tab, "territory");
	cols[4] = sn_table_find(tab, "represents");
	if (cols[0] < 0 || cols[1] < 0 || cols[2] < 0) {
		err = SN_EDATA;
		goto done;
	}
	if (!(map = malloc(sn_table_ncols(tab) * sizeof *map)) ||
	    (err = attrs_columns(&ds->actor_attrs, tab, map, own)) != SN_OK) {
		err = SN_ENOMEM;
		goto done;
	}
	while ((rc = sn_table_next(tab, diag)) > 0) {
		if (ds->nactors == cap) {
			cap = cap ? 2 * cap : 256;
			sn_actor_t *a = realloc(ds->actors, cap * sizeof *a);
			if (!a) {
				err = SN_ENOMEM;
				goto done;
			}
			ds->actors = a;
		}
		if ((err = actor_row(ds, tab, cols, diag)) != SN_OK ||
		    (err = attrs_push(&ds->actor_attrs, &attr_cap, tab, map)) != SN_OK)
			goto done;
	}
	if (rc < 0) {
		err = rc;
		goto done;
	}
	if (ds->nactors == 0)
		report_no_rows(tab, SN_DIAG_ERROR, "actors", errors_before, "", diag);
done:
	if (err == SN_ENOMEM)
		sn_error_set(SN_ENOMEM, "out of memory reading actors");
	free(map);
	sn_table_free(tab);
	if (err == SN_OK && diag->errors > errors_before)
		err = SN_EDATA;
	return err;
}

/* ---- projects.csv ---------------------------------------------------------- */

/* The date in column `col` (-1: absent) of the current row; a bad one is reported at its cell. */
static sn_date_t date_cell(const sn_table_t *tab, long col, const char *what, sn_diag_t *diag)
{
	sn_date_t d = { 0, 0, 0 };

	if (col >= 0 && sn_date_parse(sn_table_field(tab, (size_t)col), &d) != SN_OK)
		sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), sn_table_line(tab),
			    (size_t)col + 1, "%s: %s", what, sn_error_last());
	return d;
}

/* Reads the start and end cells of the current row into `p`; an end before the start is an error. */
static void project_dates(sn_project_t *p, const sn_table_t *tab, long c_start, long c_end,
			  sn_diag_t *diag)
{
	p->start = date_cell(tab, c_start, "start", diag);
	p->end = date_cell(tab, c_end, "end", diag);
	if (!sn_date_ordered(p->start, p->end))
		sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), sn_table_line(tab),
			    (size_t)c_end + 1, "end '%s' comes before start '%s'",
			    sn_table_field(tab, (size_t)c_end), sn_table_field(tab, (size_t)c_start));
}

/* Appends a project; the id and name are taken over. */
static sn_error_t push_project(sn_dataset_t *ds, char *id, char *name, size_t line)
{
	if (ds->nprojects == ds->project_cap) {
		size_t n = ds->project_cap ? 2 * ds->project_cap : 256;
		sn_project_t *p = realloc(ds->projects, n * sizeof *p);
		if (!p) {
			free(id);
			free(name);
			return SN_ENOMEM;
		}
		ds->projects = p;
		ds->project_cap = n;
	}
	ds->projects[ds->nprojects++] = (sn_project_t){ id, name, line, { 0, 0, 0 }, { 0, 0, 0 } };
	return SN_OK;
}

sn_error_t sn__load_projects(sn_dataset_t *ds, const sn_dataset_options_t *opts,
			     const sn__load_share_t *share, sn_diag_t *diag)
{
	static const char *const own[] = { "id", "name", NULL };
	sn_table_t *tab = NULL;
	long c_id, c_name, c_budget, c_start, c_end, *map = NULL;
	size_t errors_before = diag->errors;
	sn_error_t err;
	int rc = 0;

	if ((err = sn__dataset_open(&tab, ds, "projects.csv", false, opts, share, diag)) != SN_OK || !tab)
		return err;
	c_id = sn_table_require(tab, "id", diag);
	c_name = sn_table_require(tab, "name", diag);
	c_budget = sn_table_find(tab, "budget_sek");
	c_start = sn_table_find(tab, "start");
	c_end = sn_table_find(tab, "end");
	if (c_id < 0 || c_name < 0) {
		err = SN_EDATA;
		goto done;
	}
	if (!(map = malloc(sn_table_ncols(tab) * sizeof *map)) ||
	    attrs_columns(&ds->project_attrs, tab, map, own) != SN_OK) {
		err = SN_ENOMEM;
		goto done;
	}
	ds->projects_listed = true;
	while ((rc = sn_table_next(tab, diag)) > 0) {
		size_t line = sn_table_line(tab);
		char *id = sn__trim(strdup(sn_table_field(tab, (size_t)c_id)));
		char *name = strdup(sn_table_field(tab, (size_t)c_name));
		if (!id || !name) {
			free(id);
			free(name);
			err = SN_ENOMEM;
			goto done;
		}
		if (!id[0])
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), line, (size_t)c_id + 1,
				    "empty project id");
		if (c_budget >= 0) {
			double budget;
			sn_table_get_double(tab, (size_t)c_budget, 0, HUGE_VAL, "budget_sek", &budget,
					    diag);
		}
		if ((err = push_project(ds, id, name, line)) != SN_OK)
			goto done;
		project_dates(&ds->projects[ds->nprojects - 1], tab, c_start, c_end, diag);
		if ((err = attrs_push(&ds->project_attrs, &ds->project_attr_cap, tab, map)) != SN_OK ||
		    (err = register_id(ds->project_index, ds->projects[ds->nprojects - 1].id,
				       ds->nprojects - 1, project_line, ds, "project",
				       sn_table_label(tab), line, diag)) != SN_OK)
			goto done;
	}
	ds->projects_rejected = diag->errors > errors_before;
	if (rc < 0)
		err = rc;
	else if (ds->nprojects == 0)
		report_no_rows(tab, SN_DIAG_WARNING, "projects", errors_before,
			       " (delete it to take the projects from memberships.csv)", diag);
done:
	if (err == SN_ENOMEM)
		sn_error_set(SN_ENOMEM, "out of memory reading projects");
	free(map);
	sn_table_free(tab);
	if (err == SN_OK && diag->errors > errors_before)
		err = SN_EDATA;
	return err;
}

/* A project named only in memberships.csv, when there is no projects.csv: its id is its name. */
static sn_error_t implicit_project(sn_dataset_t *ds, const char *id, size_t *out)
{
	char *copy = strdup(id), *name = strdup(id);
	sn_error_t err;

	if (!copy || !name) {
		free(copy);
		free(name);
		return SN_ENOMEM;
	}
	if ((err = push_project(ds, copy, name, 0)) != SN_OK ||
	    (err = attrs_push(&ds->project_attrs, &ds->project_attr_cap, NULL, NULL)) != SN_OK ||
	    (err = sn__strmap_put(ds->project_index, copy, ds->nprojects - 1, NULL)) != SN_OK)
		return err;
	*out = ds->nprojects - 1;
	return SN_OK;
}

/* ---- memberships.csv --------------------------------------------------------- */

static sn_error_t parse_roles(const char *field, unsigned *roles, const sn_table_t *tab,
			      size_t col, sn_diag_t *diag)
{
	char buf[256];
	char *save = NULL;

	snprintf(buf, sizeof buf, "%s", field);
	*roles = 0;
	for (char *tok = strtok_r(buf, "|;/", &save); tok; tok = strtok_r(NULL, "|;/", &save)) {
		unsigned bit;
		sn__trim(tok);
		if (!tok[0])
			continue;
		if (sn__role_parse(tok, &bit) != SN_OK) {
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), sn_table_line(tab), col + 1,
				    "unknown role '%s' (expected lead, partner, funder, owner or member)",
				    tok);
			return SN_EDATA;
		}
		*roles |= bit;
	}
	return SN_OK;
}

static int by_pair(const void *a, const void *b)
{
	const sn_membership_t *x = a, *y = b;

	if (x->project != y->project)
		return x->project < y->project ? -1 : 1;
	if (x->actor != y->actor)
		return x->actor < y->actor ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

/* Sorts memberships and merges repeated (project, actor) pairs. */
static void merge_memberships(sn_dataset_t *ds)
{
	size_t w = 0;

	if (ds->nmemberships > 1)  /* qsort(NULL, 0, ...) is undefined */
		qsort(ds->memberships, ds->nmemberships, sizeof *ds->memberships, by_pair);
	for (size_t r = 0; r < ds->nmemberships; r++) {
		sn_membership_t *m = &ds->memberships[r];
		if (w > 0 && ds->memberships[w - 1].project == m->project &&
		    ds->memberships[w - 1].actor == m->actor) {
			sn_membership_t *keep = &ds->memberships[w - 1];
			keep->roles |= m->roles;
			if (!isnan(m->amount_sek))
				keep->amount_sek = isnan(keep->amount_sek) ? m->amount_sek
									   : keep->amount_sek + m->amount_sek;
			if (!keep->selector) {
				keep->selector = m->selector;
				m->selector = NULL;
			}
			free(m->selector);
			continue;
		}
		ds->memberships[w++] = *m;
	}
	ds->nmemberships = w;
	/* The array grew by doubling: give back the unused end (at 835 000 rows, 10 MB). */
	if (w > 0) {
		sn_membership_t *fit = realloc(ds->memberships, w * sizeof *fit);
		if (fit)
			ds->memberships = fit;
	}
}

typedef struct {
	long project, actor, role, amount;
} membership_cols_t;

static sn_error_t membership_row(sn_dataset_t *ds, const sn_table_t *tab,
				 const membership_cols_t *c, size_t *cap, size_t **actors,
				 size_t *acap, sn_diag_t *diag)
{
	size_t line = sn_table_line(tab), project, n = 0;
	unsigned roles = 0;
	double amount = NAN;
	bool is_selector = false;
	sn_error_t err = SN_OK;
	char *pid = sn__trim(strdup(sn_table_field(tab, (size_t)c->project)));

	if (!pid)
		return SN_ENOMEM;
	if (!pid[0]) {
		sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), line, (size_t)c->project + 1,
			    "empty project id");
		free(pid);
		return SN_OK;
	}
	project = sn_dataset_find_project(ds, pid);
	/* A project whose row of projects.csv was rejected is not reported again here. */
	if (project == SN_NO_PARENT && ds->projects_listed && ds->projects_rejected) {
		free(pid);
		return SN_OK;
	}
	if (project == SN_NO_PARENT && ds->projects_listed) {
		sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), line, (size_t)c->project + 1,
			    "unknown project '%s' (projects.csv lists every project)", pid);
		free(pid);
		return SN_OK;
	}
	if (project == SN_NO_PARENT)
		err = implicit_project(ds, pid, &project);
	free(pid);
	if (err != SN_OK)
		return err;
	if (c->role >= 0)
		parse_roles(sn_table_field(tab, (size_t)c->role), &roles, tab, (size_t)c->role, diag);
	if (c->amount >= 0)
		sn_table_get_double(tab, (size_t)c->amount, 0, HUGE_VAL, "amount_sek", &amount, diag);
	err = sn__resolve_actor(ds, sn_table_field(tab, (size_t)c->actor), actors, &n, acap,
				&is_selector, sn_table_label(tab), line, (size_t)c->actor + 1, diag);
	if (err != SN_OK)
		return err == SN_EDATA ? SN_OK : err;
	for (size_t k = 0; k < n; k++) {
		if (ds->nmemberships == *cap) {
			*cap = *cap ? 2 * *cap : 512;
			sn_membership_t *m = realloc(ds->memberships, *cap * sizeof *m);
			if (!m)
				return SN_ENOMEM;
			ds->memberships = m;
		}
		char *sel = is_selector ? strdup(sn_table_field(tab, (size_t)c->actor)) : NULL;
		if (is_selector && !sel)
			return SN_ENOMEM;
		ds->memberships[ds->nmemberships++] =
			(sn_membership_t){ project, (*actors)[k], roles, amount, line, sel };
	}
	return SN_OK;
}

sn_error_t sn__load_memberships(sn_dataset_t *ds, const sn_dataset_options_t *opts,
				const sn__load_share_t *share, sn_diag_t *diag)
{
	sn_table_t *tab = NULL;
	membership_cols_t c;
	size_t cap = 0, acap = 0, *actors = NULL, errors_before = diag->errors, rows = 0;
	sn_error_t err;
	int rc = 0;

	if ((err = sn__dataset_open(&tab, ds, "memberships.csv", true, opts, share, diag)) != SN_OK ||
	    !tab)
		return err;
	c.project = sn_table_require(tab, "project", diag);
	c.actor = sn_table_require(tab, "actor", diag);
	c.role = sn_table_find(tab, "role");
	c.amount = sn_table_find(tab, "amount_sek");
	if (c.project < 0 || c.actor < 0 || ds->nactors == 0) {
		err = SN_EDATA;
		goto done;
	}
	while ((rc = sn_table_next(tab, diag)) > 0) {
		rows++;
		if ((err = membership_row(ds, tab, &c, &cap, &actors, &acap, diag)) != SN_OK)
			goto done;
	}
	if (rc < 0)
		err = rc;
	merge_memberships(ds);
	/* Valid, but every measure of an empty network is empty: say so. */
	if (err == SN_OK && rows == 0 && diag->errors == errors_before)
		report_no_rows(tab, SN_DIAG_WARNING, "memberships", errors_before,
			       "; the network has no ties", diag);
done:
	if (err == SN_ENOMEM)
		sn_error_set(SN_ENOMEM, "out of memory reading memberships");
	free(actors);
	sn_table_free(tab);
	if (err == SN_OK && diag->errors > errors_before)
		err = SN_EDATA;
	return err;
}

/* ---- coalitions.csv ---------------------------------------------------------- */

static int by_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

static sn_error_t coalition_add(sn_dataset_t *ds, const char *name, const size_t *actors,
				size_t n)
{
	size_t i = sn_dataset_find_coalition(ds, name);

	if (i == SN_NO_PARENT) {
		sn_coalition_t *c = realloc(ds->coalitions, (ds->ncoalitions + 1) * sizeof *c);
		if (!c)
			return SN_ENOMEM;
		ds->coalitions = c;
		i = ds->ncoalitions;
		c[i] = (sn_coalition_t){ strdup(name), NULL, 0 };
		if (!c[i].name)
			return SN_ENOMEM;
		ds->ncoalitions++;
	}
	sn_coalition_t *c = &ds->coalitions[i];
	size_t *m = realloc(c->actors, (c->nactors + n + 1) * sizeof *m);
	if (!m)
		return SN_ENOMEM;
	c->actors = m;
	memcpy(c->actors + c->nactors, actors, n * sizeof *actors);
	c->nactors += n;
	qsort(c->actors, c->nactors, sizeof *c->actors, by_size);
	size_t w = 0;
	for (size_t r = 0; r < c->nactors; r++)
		if (w == 0 || c->actors[w - 1] != c->actors[r])
			c->actors[w++] = c->actors[r];
	c->nactors = w;
	return SN_OK;
}

sn_error_t sn__load_coalitions(sn_dataset_t *ds, const sn_dataset_options_t *opts,
			       const sn__load_share_t *share, sn_diag_t *diag)
{
	sn_table_t *tab = NULL;
	long c_name, c_actor;
	size_t *actors = NULL, acap = 0, errors_before = diag->errors;
	sn_error_t err;
	int rc = 0;

	if ((err = sn__dataset_open(&tab, ds, "coalitions.csv", false, opts, share, diag)) != SN_OK ||
	    !tab)
		return err;
	c_name = sn_table_require(tab, "coalition", diag);
	c_actor = sn_table_require(tab, "actor", diag);
	if (c_name < 0 || c_actor < 0 || ds->nactors == 0) {
		err = SN_EDATA;
		goto done;
	}
	while ((rc = sn_table_next(tab, diag)) > 0) {
		size_t n = 0;
		bool sel;
		char *name = sn__trim(strdup(sn_table_field(tab, (size_t)c_name)));
		if (!name) {
			err = SN_ENOMEM;
			goto done;
		}
		if (!name[0]) {
			sn_diag_add(diag, SN_DIAG_ERROR, sn_table_label(tab), sn_table_line(tab),
				    (size_t)c_name + 1, "empty coalition name");
			free(name);
			continue;
		}
		err = sn__resolve_actor(ds, sn_table_field(tab, (size_t)c_actor), &actors, &n, &acap,
					&sel, sn_table_label(tab), sn_table_line(tab),
					(size_t)c_actor + 1, diag);
		if (err == SN_OK)
			err = coalition_add(ds, name, actors, n);
		free(name);
		if (err == SN_ENOMEM)
			goto done;
		err = SN_OK;
	}
	if (rc < 0)
		err = rc;
	else if (ds->ncoalitions == 0 && diag->errors == errors_before)
		report_no_rows(tab, SN_DIAG_WARNING, "coalitions", errors_before, "", diag);
done:
	if (err == SN_ENOMEM)
		sn_error_set(SN_ENOMEM, "out of memory reading coalitions");
	free(actors);
	sn_table_free(tab);
	if (err == SN_OK && diag->errors > errors_before)
		err = SN_EDATA;
	return err;
}
