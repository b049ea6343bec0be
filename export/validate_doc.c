/* export/validate_doc.c: the check report of a dataset as a document (samnet/summary_doc.h). */
#include "config.h"

#include <stdlib.h>

#include "export/doc_build.h"
#include "samnet/summary_doc.h"

static sn_error_t counts_table(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			       const sn_diag_t *diag)
{
	static const sn__column_t cols[] = { { "item", SN_COL_STR, 0 }, { "count", SN_COL_INT, 0 } };
	static const char *const names[] = { "actors", "actors in the network", "projects",
					     "memberships", "coalitions", "territories",
					     "warnings" };
	const int64_t values[] = { (int64_t)ds->nactors, (int64_t)net->nactors,
				   (int64_t)ds->nprojects, (int64_t)ds->nmemberships,
				   (int64_t)ds->ncoalitions, (int64_t)ds->territories->count,
				   diag ? (int64_t)diag->warnings : 0 };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "files", "Dataset", cols, 2);

	for (size_t i = 0; i < sizeof values / sizeof *values && !err; i++)
		(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_str(t, 0, names[i])) ||
		       (err = sn_doc_table_int(t, 1, values[i])));
	return sn__doc_add(doc, t, err);
}

/* Actors that carry population under the rule of sn_dataset_population_rule(). */
static size_t carrying(const sn_dataset_t *ds)
{
	size_t n = 0;

	for (size_t a = 0; a < ds->nactors; a++)
		n += ds->actors[a].represents != SN_NO_PARENT;
	return n;
}

/* Orders membership indices by project, then by the memberships.csv line they came from. */
static int by_project_line(const void *a, const void *b, void *arg)
{
	const sn_membership_t *m = arg;
	const sn_membership_t *x = &m[*(const size_t *)a], *y = &m[*(const size_t *)b];

	if (x->project != y->project)
		return x->project < y->project ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

/* One row per selector line with its actor count, or per expanded actor with list_all. */
static sn_error_t selector_rows(sn_doc_table_t *t, const sn_dataset_t *ds, bool list_all)
{
	size_t *idx = malloc((ds->nmemberships + 1) * sizeof *idx), n = 0;
	sn_error_t err = SN_OK;

	if (idx == NULL)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < ds->nmemberships; i++)
		if (ds->memberships[i].selector)
			idx[n++] = i;
	if (!list_all)
		qsort_r(idx, n, sizeof *idx, by_project_line, ds->memberships);
	for (size_t i = 0, run; i < n && !err; i += run) {
		const sn_membership_t *m = &ds->memberships[idx[i]];

		run = 1;
		if (!list_all)
			while (i + run < n &&
			       by_project_line(&idx[i], &idx[i + run], ds->memberships) == 0)
				run++;
		(void)((err = sn_doc_table_row(t)) || (err = sn_doc_table_int(t, 0, (int64_t)m->line)) ||
		       (err = sn_doc_table_str(t, 1, ds->projects[m->project].id)) ||
		       (err = sn_doc_table_str(t, 2, m->selector)) ||
		       (err = list_all ? sn_doc_table_str(t, 3, ds->actors[m->actor].id)
				       : sn_doc_table_int(t, 3, (int64_t)run)));
	}
	free(idx);
	return err;
}

static sn_error_t selectors_table(sn_doc_t *doc, const sn_dataset_t *ds, bool list_all)
{
	const sn__column_t cols[] = { { "line", SN_COL_INT, 0 },
				      { "project", SN_COL_STR, 0 },
				      { "selector", SN_COL_STR, 0 },
				      { list_all ? "actor" : "actors",
					list_all ? SN_COL_STR : SN_COL_INT, 0 } };
	sn_doc_table_t *t;
	sn_error_t err = sn__doc_table_with(&t, "selectors", "Selectors expanded", cols, 4);

	return sn__doc_add(doc, t, err ? err : selector_rows(t, ds, list_all));
}

sn_error_t sn_validate_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net,
			   const sn_diag_t *diag, bool expansions)
{
	sn_error_t err;

	if ((err = sn__doc_check_call(doc, ds, net, "validate")) != SN_OK ||
	    (err = sn_doc_meta(doc, "status", "valid")) != SN_OK ||
	    (err = sn_doc_meta(doc, "population_rule", "%s",
			       sn_dataset_population_rule(ds))) != SN_OK ||
	    (err = sn_doc_meta(doc, "actors carrying population", "%zu", carrying(ds))) != SN_OK ||
	    (err = counts_table(doc, ds, net, diag)) != SN_OK)
		return err;
	return selectors_table(doc, ds, expansions);
}
