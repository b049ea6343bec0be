/* samnet validate: check a dataset, report every problem, show selector expansions. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "expansions", 0, NULL, "list every actor a selector expands to (default: counts)" },
	{ NULL, 0, NULL, NULL }
};

static cli_table_t *counts_table(const cli_data_t *d, const sn_diag_t *diag)
{
	cli_table_t *t = cli_table_new("files", "Dataset");
	const sn_dataset_t *ds = d->ds;

	if (!t || cli_table_column(t, "item", CLI_COL_STR) ||
	    cli_table_column(t, "count", CLI_COL_INT))
		goto fail;
	const char *names[] = { "actors", "actors in the network", "projects", "memberships",
				"coalitions", "territories", "warnings" };
	int64_t values[] = { (int64_t)ds->nactors, (int64_t)d->net.nactors, (int64_t)ds->nprojects,
			     (int64_t)ds->nmemberships, (int64_t)ds->ncoalitions,
			     (int64_t)ds->territories->count, (int64_t)diag->warnings };
	for (size_t i = 0; i < sizeof values / sizeof *values; i++)
		if (cli_table_row(t) || cli_table_str(t, 0, names[i]) || cli_table_int(t, 1, values[i]))
			goto fail;
	return t;
fail:
	cli_table_free(t);
	return NULL;
}

/* Actors that carry population under the rule of sn_dataset_population_rule(). */
static size_t carrying(const sn_dataset_t *ds)
{
	size_t n = 0;

	for (size_t a = 0; a < ds->nactors; a++)
		n += ds->actors[a].represents != SN_NO_PARENT;
	return n;
}

/* One row per (line, selector): the project and what the selector expanded to. */
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
static cli_table_t *selectors_table(const sn_dataset_t *ds, bool list_all)
{
	cli_table_t *t = cli_table_new("selectors", "Selectors expanded");
	size_t *idx = malloc((ds->nmemberships + 1) * sizeof *idx), n = 0;

	if (!t || !idx || cli_table_column(t, "line", CLI_COL_INT) ||
	    cli_table_column(t, "project", CLI_COL_STR) ||
	    cli_table_column(t, "selector", CLI_COL_STR) ||
	    cli_table_column(t, list_all ? "actor" : "actors", list_all ? CLI_COL_STR : CLI_COL_INT))
		goto fail;
	for (size_t i = 0; i < ds->nmemberships; i++)
		if (ds->memberships[i].selector)
			idx[n++] = i;
	if (!list_all)
		qsort_r(idx, n, sizeof *idx, by_project_line, ds->memberships);
	for (size_t i = 0, run; i < n; i += run) {
		const sn_membership_t *m = &ds->memberships[idx[i]];
		run = 1;
		if (!list_all)
			while (i + run < n && by_project_line(&idx[i], &idx[i + run], ds->memberships) == 0)
				run++;
		if (cli_table_row(t) || cli_table_int(t, 0, (int64_t)m->line) ||
		    cli_table_str(t, 1, ds->projects[m->project].id) || cli_table_str(t, 2, m->selector) ||
		    (list_all ? cli_table_str(t, 3, ds->actors[m->actor].id)
			      : cli_table_int(t, 3, (int64_t)run)))
			goto fail;
	}
	free(idx);
	return t;
fail:
	free(idx);
	cli_table_free(t);
	return NULL;
}

static int run(cli_ctx_t *ctx)
{
	cli_data_t d;
	sn_diag_t diag;
	cli_doc_t *doc = NULL;
	int rc;

	sn_diag_init(&diag);
	rc = cli_data_load(&d, ctx, &diag);
	if (rc != CLI_EXIT_OK)
		goto done;
	doc = cli_doc_new("validate");
	if (cli_doc_meta(doc, "dataset", "%s", d.label) | cli_doc_meta(doc, "status", "valid") |
	    cli_doc_meta(doc, "population_rule", "%s", sn_dataset_population_rule(d.ds)) |
	    cli_doc_meta(doc, "actors carrying population", "%zu", carrying(d.ds)) |
	    cli_doc_table(doc, counts_table(&d, &diag)) |
	    cli_doc_table(doc, selectors_table(d.ds, cli_flag(ctx, "expansions"))))
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	else
		rc = cli_doc_write(doc, ctx);
	cli_data_destroy(&d);
done:
	cli_doc_free(doc);
	sn_diag_destroy(&diag);
	return rc;
}

const cli_command_t cmd_validate = {
	.name = "validate",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "check a dataset, report every problem with FILE:LINE:COLUMN, expand selectors",
	.description = "Reads every file of the dataset and reports every problem found, each as\n"
		       "FILE:LINE:COLUMN: what is wrong, on standard error (exit status 3).  A valid\n"
		       "dataset prints its counts and how each group selector was expanded.\n"
		       "\n"
		       "Population: only actors that represent a territory carry its population:\n"
		       "regions, kommuner and länsstyrelser by type; any actor whose 'represents'\n"
		       "cell in actors.csv names a territory code ('none': no population; empty:\n"
		       "the type rule); the metadata counts them.  A territory's\n"
		       "own figure may not be smaller than its children's figures summed.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
