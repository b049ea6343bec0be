/* What-if tables: base, scenario and difference; power per member; suggestions (issue 21). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/whatif.h"
#include "samnet/scenario.h"

bool cli_whatif_wanted(const cli_ctx_t *ctx)
{
	return cli_opt(ctx, "add") || cli_opt(ctx, "remove") || cli_opt(ctx, "suggest");
}

int cli_whatif_check(const cli_ctx_t *ctx)
{
	/* Options of coalition and power that a what-if would silently ignore. */
	static const char *const ignored[] = { "weights", "names", "quota", "weight", "indices",
					       "method", "samples", "connected", "graph", "blocs",
					       "minimal", "blocking", "max-iterations", "projection",
					       "all" };

	for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++)
		if (cli_flag(ctx, ignored[i]))
			return cli_usage_error(ctx, "--%s does not apply to a what-if (--add, --remove, "
					       "--suggest)", ignored[i]);
	return CLI_EXIT_OK;
}

static const char *rule_change(bool before, bool after)
{
	return before == after ? "unchanged" : after ? "now met" : "no longer met";
}

static int side_row(cli_table_t *t, const char *label, const sn_scenario_side_t *s)
{
	return cli_table_row(t) | cli_table_str(t, 0, label) | cli_table_int(t, 1, (int64_t)s->n) |
	       cli_table_int(t, 2, (int64_t)s->in_electorate) | cli_table_int(t, 3, s->population) |
	       cli_table_share(t, 4, s->population_share) |
	       cli_table_str(t, 5, s->rule_met ? "yes" : "no");
}

/* Base, scenario and their difference, one row each. */
static cli_table_t *summary_table(const sn_scenario_t *s)
{
	const sn_scenario_side_t *b = &s->base, *c = &s->changed;
	cli_table_t *t = cli_table_new("scenario", "Base, scenario and difference");
	int bad = !t || cli_table_column(t, "coalition", CLI_COL_STR) |
			cli_table_column(t, "members", CLI_COL_INT) |
			cli_table_column(t, "in_electorate", CLI_COL_INT) |
			cli_table_column(t, "population", CLI_COL_INT) |
			cli_table_column(t, "population_share", CLI_COL_SHARE) |
			cli_table_column(t, "rule_met", CLI_COL_STR);

	bad = bad || side_row(t, "base", b) || side_row(t, "scenario", c) ||
	      cli_table_row(t) | cli_table_str(t, 0, "delta") |
	      cli_table_int(t, 1, (int64_t)c->n - (int64_t)b->n) |
	      cli_table_int(t, 2, (int64_t)c->in_electorate - (int64_t)b->in_electorate) |
	      cli_table_int(t, 3, c->population - b->population) |
	      cli_table_share(t, 4, c->population_share - b->population_share) |
	      cli_table_str(t, 5, rule_change(b->rule_met, c->rule_met));
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

/* Position of actor `a` among the side's members, or -1. */
static long find(const sn_scenario_side_t *s, size_t a)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->members[i] == a)
			return (long)i;
	return -1;
}

/* One index before, after and the difference, blank where the actor is not a member. */
static int index_cells(cli_table_t *t, size_t col, const double *before, long i, const double *after,
		       long j)
{
	int bad = 0;

	i = before ? i : -1;
	j = after ? j : -1;
	if (i >= 0)
		bad |= cli_table_real(t, col, before[i]);
	if (j >= 0)
		bad |= cli_table_real(t, col + 1, after[j]);
	if (i >= 0 && j >= 0)
		bad |= cli_table_real(t, col + 2, after[j] - before[i]);
	return bad;
}

static int member_row(cli_table_t *t, const sn_dataset_t *ds, const sn_scenario_t *s, size_t a)
{
	long i = find(&s->base, a), j = find(&s->changed, a);

	return cli_table_row(t) | cli_table_str(t, 0, ds->actors[a].id) |
	       cli_table_str(t, 1, ds->actors[a].name) |
	       cli_table_str(t, 2, i < 0 ? "added" : j < 0 ? "removed" : "kept") |
	       index_cells(t, 3, s->base.banzhaf, i, s->changed.banzhaf, j) |
	       index_cells(t, 6, s->base.shapley, i, s->changed.shapley, j);
}

/* Every member of either side: Banzhaf and Shapley-Shubik in its coalition's own game. */
static cli_table_t *members_table(const sn_dataset_t *ds, const sn_scenario_t *s)
{
	static const char *const cols[] = { "banzhaf_base", "banzhaf_scenario", "banzhaf_delta",
					    "shapley_base", "shapley_scenario", "shapley_delta" };
	cli_table_t *t = cli_table_new("members", "Members' power inside the coalition, before and after");
	int bad = !t || cli_table_column(t, "id", CLI_COL_STR) |
			cli_table_column(t, "name", CLI_COL_STR) |
			cli_table_column(t, "status", CLI_COL_STR);

	for (size_t k = 0; !bad && k < sizeof cols / sizeof *cols; k++)
		bad = cli_table_column(t, cols[k], CLI_COL_REAL);
	for (size_t i = 0; !bad && i < s->base.n; i++)
		bad = member_row(t, ds, s, s->base.members[i]);
	for (size_t j = 0; !bad && j < s->changed.n; j++)
		if (find(&s->base, s->changed.members[j]) < 0)
			bad = member_row(t, ds, s, s->changed.members[j]);
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

static cli_table_t *suggest_table(const sn_dataset_t *ds, const sn_scenario_suggestion_t *rows,
				  size_t n)
{
	cli_table_t *t = cli_table_new("suggestions", "Who to invite next: the largest gains in "
				       "population share, in turn");
	int bad = !t || cli_table_column(t, "rank", CLI_COL_INT) |
			cli_table_column(t, "id", CLI_COL_STR) |
			cli_table_column(t, "name", CLI_COL_STR) |
			cli_table_column(t, "gain", CLI_COL_SHARE) |
			cli_table_column(t, "cumulative_share", CLI_COL_SHARE) |
			cli_table_column(t, "rule_met", CLI_COL_STR);

	for (size_t k = 0; !bad && k < n; k++)
		bad = cli_table_row(t) | cli_table_int(t, 0, (int64_t)k + 1) |
		      cli_table_str(t, 1, ds->actors[rows[k].actor].id) |
		      cli_table_str(t, 2, ds->actors[rows[k].actor].name) |
		      cli_table_share(t, 3, rows[k].gain) |
		      cli_table_share(t, 4, rows[k].cumulative_share) |
		      cli_table_str(t, 5, rows[k].cumulative_rule_met ? "yes" : "no");
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

/* The smallest blocking minorities inside both sides, as member ids. */
static int blocking_rows(cli_table_t *t, const sn_scenario_t *s, const sn_dataset_t *ds,
			 bool changed)
{
	const sn_scenario_side_t *side = changed ? &s->changed : &s->base;
	sn_coalition_list_t l;
	sn_error_t err = sn_scenario_blocking(&l, s, ds, changed);
	int bad = 0;

	for (size_t k = 0; !err && !bad && k < l.count; k++) {
		size_t a = l.offsets[k], size = l.offsets[k + 1] - a;
		size_t *actors = malloc(size * sizeof *actors);
		int64_t pop = 0;
		char *ids = NULL;
		size_t len = 0;
		FILE *fp = actors ? open_memstream(&ids, &len) : NULL;
		for (size_t i = 0; fp && i < size; i++) {
			actors[i] = side->members[l.players[a + i]];
			fprintf(fp, "%s%s", i ? "," : "", ds->actors[actors[i]].id);
		}
		bad = !fp || fclose(fp) ||
		      (err = sn_dataset_represented_population(ds, actors, size, s->year, &pop)) ||
		      cli_table_row(t) | cli_table_str(t, 0, changed ? "scenario" : "base") |
		      cli_table_int(t, 1, (int64_t)size) |
		      cli_table_share(t, 2, s->national > 0 ? (double)pop / (double)s->national : NAN) |
		      cli_table_str(t, 3, ids);
		free(ids);
		free(actors);
	}
	sn_coalition_list_destroy(&l);
	if (err)
		return cli_fail(err);
	return bad ? cli_fail(sn_error_set(SN_ENOMEM, "out of memory")) : CLI_EXIT_OK;
}

static int blocking_table(cli_doc_t *doc, const sn_scenario_t *s, const sn_dataset_t *ds)
{
	cli_table_t *t = cli_table_new("blocking", "Blocking minorities inside the coalition: the "
				       "fewest members who can stop a decision");
	int rc;

	if (!t || cli_table_column(t, "coalition", CLI_COL_STR) |
		  cli_table_column(t, "size", CLI_COL_INT) |
		  cli_table_column(t, "population_share", CLI_COL_SHARE) |
		  cli_table_column(t, "members", CLI_COL_STR)) {
		cli_table_free(t);
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	}
	if ((rc = blocking_rows(t, s, ds, false)) || (rc = blocking_rows(t, s, ds, true))) {
		cli_table_free(t);
		return rc;
	}
	return cli_doc_table(doc, t) ? cli_fail(sn_error_set(SN_ENOMEM, "out of memory")) : CLI_EXIT_OK;
}

/* A library error: invalid requests are usage errors. */
static int fail(const cli_ctx_t *ctx, sn_error_t err)
{
	return err == SN_EINVAL ? cli_usage_error(ctx, "%s", sn_error_last()) : cli_fail(err);
}

int cli_whatif_run(cli_ctx_t *ctx, const cli_data_t *d, const char *name, const size_t *base,
		   size_t nbase, const char *electorate, const char *rule)
{
	sn_scenario_t s;
	sn_scenario_suggestion_t *rows = NULL;
	size_t *changed = NULL, nchanged = 0, nrows = 0;
	long k = 0;
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	sn_scenario_init(&s);
	if ((rc = cli_opt_long(ctx, "suggest", 1, 100000, &k)))
		return rc;
	if ((err = sn_scenario_members(&changed, &nchanged, d->ds, base, nbase, cli_opt(ctx, "add"),
				       cli_opt(ctx, "remove"))) ||
	    (err = sn_scenario_compute(&s, d->ds, electorate, rule, d->year, base, nbase, changed,
				       nchanged)) ||
	    (k > 0 && (err = sn_scenario_suggest(&rows, &nrows, &s, d->ds, (size_t)k)))) {
		rc = fail(ctx, err);
		goto done;
	}
	doc = cli_doc_new("coalition");
	if (!doc || cli_doc_meta(doc, "dataset", "%s", d->label) | cli_doc_population_meta(doc, d) |
	    cli_doc_meta(doc, "coalition", "%s", name) | cli_doc_meta(doc, "rule", "%s", s.rule) |
	    cli_doc_meta(doc, "electorate", "%zu actors (%s)", s.nelectorate,
			 electorate ? electorate : "the regions") |
	    cli_doc_meta_int(doc, "national_population", s.national) |
	    (s.base.no_power ? cli_doc_meta(doc, "power_base", "not defined: %s", s.base.no_power) : 0) |
	    (s.changed.no_power ? cli_doc_meta(doc, "power_scenario", "not defined: %s",
					       s.changed.no_power) : 0) |
	    cli_doc_table(doc, summary_table(&s)) | cli_doc_table(doc, members_table(d->ds, &s)) ||
	    (k > 0 && cli_doc_table(doc, suggest_table(d->ds, rows, nrows)))) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto done;
	}
	if ((rc = blocking_table(doc, &s, d->ds)) == CLI_EXIT_OK)
		rc = cli_doc_write(doc, ctx);
done:
	cli_doc_free(doc);
	free(rows);
	free(changed);
	sn_scenario_destroy(&s);
	return rc;
}

int cli_whatif_named(cli_ctx_t *ctx, const cli_data_t *d, const char *name, const char *electorate,
		     const char *rule)
{
	size_t c = name ? sn_dataset_find_coalition(d->ds, name) : SN_NO_PARENT;
	char hint[SN_SUGGEST_PHRASE_MAX];

	if (!name)
		return cli_usage_error(ctx, "--add, --remove and --suggest change the coalition of "
				       "--coalition: name one");
	if (c == SN_NO_PARENT)
		return cli_usage_error(ctx, "no coalition named '%s'%s (samnet coalition --all lists "
				       "them)", name, sn_dataset_suggest_coalition(d->ds, name, hint,
										   sizeof hint));
	return cli_whatif_run(ctx, d, d->ds->coalitions[c].name, d->ds->coalitions[c].actors,
			      d->ds->coalitions[c].nactors, electorate, rule);
}
