/* export/dataset_doc.c: a dataset as tables (samnet/dataset_doc.h). */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "samnet/dataset_doc.h"
#include "samnet/open.h"

/* True when `name` is among fixed[0..n). */
static bool is_fixed(const char *name, const char *const *fixed, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(name, fixed[i]) == 0)
			return true;
	return false;
}

/*
 * A new table `name` with the columns fixed[0..nfixed) (types[i]) followed
 * by the attribute columns of `attrs` not named among them.
 */
static sn_error_t table_with_attrs(sn_doc_table_t **out, const char *name,
				   const char *const *fixed, const sn_coltype_t *types,
				   size_t nfixed, const sn_attrs_t *attrs)
{
	sn_error_t err = sn_doc_table_new(out, name, NULL);

	for (size_t c = 0; err == SN_OK && c < nfixed; c++)
		err = sn_doc_table_column(*out, fixed[c], types[c]);
	for (size_t c = 0; err == SN_OK && attrs && c < attrs->ncols; c++)
		if (!is_fixed(attrs->names[c], fixed, nfixed))
			err = sn_doc_table_column(*out, attrs->names[c], SN_COL_STR);
	if (err != SN_OK) {
		sn_doc_table_free(*out);
		*out = NULL;
	}
	return err;
}

/* Fills the attribute cells of row `row`, from table column `col` on. */
static sn_error_t attr_cells(sn_doc_table_t *t, size_t col, const sn_attrs_t *attrs, size_t row,
			     const char *const *fixed, size_t nfixed)
{
	sn_error_t err = SN_OK;

	for (size_t c = 0; err == SN_OK && c < attrs->ncols; c++)
		if (!is_fixed(attrs->names[c], fixed, nfixed))
			err = sn_doc_table_str(t, col++, sn_attrs_get(attrs, row, c));
	return err;
}

static const char *code_of(const sn_territories_t *t, size_t i)
{
	return i == SN_NO_PARENT ? "" : t->code[i];
}

/* Sets cell `col` to territory i's population in `year`, or leaves it missing. */
static sn_error_t population_cell(sn_doc_table_t *t, size_t col, const sn_territories_t *tree,
				  size_t i, int year)
{
	int64_t p;

	if (i == SN_NO_PARENT || year == 0 || sn_territories_figure_year(tree, i, year) == 0)
		return SN_OK;
	sn_error_t err = sn_territories_population(tree, i, year, &p);
	return err == SN_OK ? sn_doc_table_int(t, col, p) : err;
}

static sn_error_t actors_table(sn_doc_t *doc, const sn_dataset_t *ds, int year)
{
	static const char *const fixed[] = { "id", "name", "type", "territory", "county",
					     "county_name", "represents", "population" };
	static const sn_coltype_t types[] = { SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_STR,
					      SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_INT };
	enum { NFIXED = sizeof fixed / sizeof *fixed };
	const sn_territories_t *tree = ds->territories;
	sn_doc_table_t *t;
	sn_error_t err = table_with_attrs(&t, "actors", fixed, types, NFIXED, &ds->actor_attrs);

	for (size_t a = 0; err == SN_OK && a < ds->nactors; a++) {
		const sn_actor_t *ac = &ds->actors[a];
		size_t county = sn_dataset_actor_county(ds, a);
		if ((err = sn_doc_table_row(t)) != SN_OK ||
		    (err = sn_doc_table_str(t, 0, ac->id)) != SN_OK ||
		    (err = sn_doc_table_str(t, 1, ac->name)) != SN_OK ||
		    (err = sn_doc_table_str(t, 2, sn_actor_type_name(ac->type))) != SN_OK ||
		    (err = sn_doc_table_str(t, 3, code_of(tree, ac->territory))) != SN_OK ||
		    (err = sn_doc_table_str(t, 4, code_of(tree, county))) != SN_OK ||
		    (err = sn_doc_table_str(t, 5, county == SN_NO_PARENT ? "" : tree->name[county])) != SN_OK ||
		    (err = sn_doc_table_str(t, 6, code_of(tree, ac->represents))) != SN_OK ||
		    (err = population_cell(t, 7, tree, ac->represents, year)) != SN_OK)
			break;
		err = attr_cells(t, NFIXED, &ds->actor_attrs, a, fixed, NFIXED);
	}
	if (err != SN_OK) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
}

static sn_error_t projects_table(sn_doc_t *doc, const sn_dataset_t *ds)
{
	static const char *const fixed[] = { "id", "name" };
	static const sn_coltype_t types[] = { SN_COL_STR, SN_COL_STR };
	sn_doc_table_t *t;
	sn_error_t err = table_with_attrs(&t, "projects", fixed, types, 2, &ds->project_attrs);
	bool has_attrs = ds->project_attrs.nrows == ds->nprojects;

	for (size_t p = 0; err == SN_OK && p < ds->nprojects; p++) {
		if ((err = sn_doc_table_row(t)) != SN_OK ||
		    (err = sn_doc_table_str(t, 0, ds->projects[p].id)) != SN_OK ||
		    (err = sn_doc_table_str(t, 1, ds->projects[p].name)) != SN_OK)
			break;
		if (has_attrs)
			err = attr_cells(t, 2, &ds->project_attrs, p, fixed, 2);
	}
	if (err != SN_OK) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
}

/* "lead;partner": the role names of the bits of `roles` into buf. */
static const char *roles_text(unsigned roles, char *buf, size_t size)
{
	buf[0] = '\0';
	for (unsigned b = 0; b < SN_ROLE_COUNT; b++)
		if (roles & (1u << b)) {
			if (buf[0])
				strncat(buf, ";", size - strlen(buf) - 1);
			strncat(buf, sn_role_name(b), size - strlen(buf) - 1);
		}
	return buf;
}

static sn_error_t memberships_table(sn_doc_t *doc, const sn_dataset_t *ds)
{
	static const char *const fixed[] = { "project", "actor", "role", "amount_sek", "selector",
					     "line" };
	static const sn_coltype_t types[] = { SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_REAL,
					      SN_COL_STR, SN_COL_INT };
	sn_doc_table_t *t;
	sn_error_t err = table_with_attrs(&t, "memberships", fixed, types, 6, NULL);
	char roles[128];

	for (size_t i = 0; err == SN_OK && i < ds->nmemberships; i++) {
		const sn_membership_t *m = &ds->memberships[i];
		if ((err = sn_doc_table_row(t)) != SN_OK ||
		    (err = sn_doc_table_str(t, 0, ds->projects[m->project].id)) != SN_OK ||
		    (err = sn_doc_table_str(t, 1, ds->actors[m->actor].id)) != SN_OK ||
		    (err = sn_doc_table_str(t, 2, roles_text(m->roles, roles, sizeof roles))) != SN_OK ||
		    (!isnan(m->amount_sek) &&
		     (err = sn_doc_table_real(t, 3, m->amount_sek)) != SN_OK) ||
		    (err = sn_doc_table_str(t, 4, m->selector ? m->selector : "")) != SN_OK)
			break;
		err = sn_doc_table_uint(t, 5, m->line);
	}
	if (err != SN_OK) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
}

static sn_error_t territories_table(sn_doc_t *doc, const sn_territories_t *tree, int year)
{
	static const char *const fixed[] = { "code", "name", "parent", "level", "population" };
	static const sn_coltype_t types[] = { SN_COL_STR, SN_COL_STR, SN_COL_STR, SN_COL_STR,
					      SN_COL_INT };
	sn_doc_table_t *t;
	sn_error_t err = table_with_attrs(&t, "territories", fixed, types, 5, NULL);

	for (size_t i = 0; err == SN_OK && i < tree->count; i++) {
		const char *level = sn_territories_level(tree, sn_territories_depth(tree, i));
		if ((err = sn_doc_table_row(t)) != SN_OK ||
		    (err = sn_doc_table_str(t, 0, tree->code[i])) != SN_OK ||
		    (err = sn_doc_table_str(t, 1, tree->name[i])) != SN_OK ||
		    (err = sn_doc_table_str(t, 2, code_of(tree, tree->parent[i]))) != SN_OK ||
		    (err = sn_doc_table_str(t, 3, level ? level : "")) != SN_OK)
			break;
		err = population_cell(t, 4, tree, i, year);
	}
	if (err != SN_OK) {
		sn_doc_table_free(t);
		return err;
	}
	return sn_doc_add_table(doc, t);
}

sn_error_t sn_dataset_doc(sn_doc_t *doc, const sn_dataset_t *ds)
{
	int year = sn_dataset_default_year(ds);
	sn_error_t err = sn_doc_meta_int(doc, "year", year);

	if (err == SN_OK)
		err = actors_table(doc, ds, year);
	if (err == SN_OK)
		err = projects_table(doc, ds);
	if (err == SN_OK)
		err = memberships_table(doc, ds);
	if (err == SN_OK)
		err = territories_table(doc, ds->territories, year);
	return err;
}
