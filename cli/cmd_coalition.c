/* samnet coalition: population share and network weight of a set of actors. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/whatif.h"
#include "samnet/coalition.h"

static const cli_option_t options[] = {
	{ "coalition", 'c', "NAME", "a coalition of coalitions.csv (default: the first one)" },
	{ "members", 'm', "IDS", "comma-separated actor ids or selectors (kommuner:24, regions:*)" },
	{ "all", 'a', NULL, "every named coalition side by side" },
	{ "projection", 'p', "W", "weighting of the actor projection: count (default), newman, jaccard, overlap" },
	CLI_WHATIF_OPTIONS,
	{ "rule", 'r', "RULE", "what-if: majority (default), qualified, double, unanimity, or a rule "
			       "such as \"members>=11 and population>=65%\"" },
	{ NULL, 0, NULL, NULL }
};

static cli_table_t *profile_table(const sn_coalition_profile_t *p, int year)
{
	cli_table_t *t = cli_table_new("coalition", "Coalition");
	int bad = 0;

	if (!t || cli_table_column(t, "measure", CLI_COL_STR) ||
	    cli_table_column(t, "value", CLI_COL_REAL))
		goto fail;
	struct { const char *name; cli_coltype_t kind; double value; } rows[] = {
		/* The names of the --all table's columns and of the report's coalitions table. */
		{ "members", CLI_COL_INT, (double)p->nmembers },
		{ "members_in_network", CLI_COL_INT, (double)p->in_network },
		{ "population", CLI_COL_INT, (double)p->population },
		{ "national_population", CLI_COL_INT, (double)p->national },
		{ "population_share", CLI_COL_SHARE, p->population_share },
		{ "pagerank_share", CLI_COL_SHARE, p->pagerank_share },
		{ "strength_share", CLI_COL_SHARE, p->strength_share },
		{ "ratio", CLI_COL_REAL, p->ratio },
		{ "internal_ties", CLI_COL_INT, (double)p->internal_ties },
		{ "internal_density", CLI_COL_REAL, p->internal_density },
		{ "external_ties", CLI_COL_INT, (double)p->external_ties },
		{ "external_partners", CLI_COL_INT, (double)p->external_partners },
		{ "shared_projects", CLI_COL_INT, (double)p->shared_projects },
		{ "joint_projects", CLI_COL_INT, (double)p->joint_projects },
	};
	(void)year;
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		bad |= cli_table_row(t) | cli_table_str(t, 0, rows[i].name) |
		       (rows[i].kind == CLI_COL_INT	? cli_table_int(t, 1, (int64_t)rows[i].value)
			: rows[i].kind == CLI_COL_SHARE ? cli_table_share(t, 1, rows[i].value)
							: cli_table_real(t, 1, rows[i].value));
	if (!bad)
		return t;
fail:
	cli_table_free(t);
	return NULL;
}

static cli_table_t *members_table(const cli_data_t *d, const sn_coalition_profile_t *p,
				  const size_t *actors, size_t n)
{
	const sn_dataset_t *ds = d->ds;
	cli_table_t *t = cli_table_new("members", "Members");
	int bad = 0;

	if (!t || cli_table_column(t, "id", CLI_COL_STR) || cli_table_column(t, "name", CLI_COL_STR) ||
	    cli_table_column(t, "type", CLI_COL_STR) || cli_table_column(t, "territory_name", CLI_COL_STR) ||
	    cli_table_column(t, "population", CLI_COL_INT) ||
	    cli_table_column(t, "population_share", CLI_COL_SHARE) ||
	    cli_table_column(t, "pagerank", CLI_COL_REAL))
		goto fail;
	for (size_t k = 0; k < n; k++) {
		size_t a = actors[k];
		bool dup = false;
		for (size_t j = 0; j < k && !dup; j++)
			dup = actors[j] == a;
		if (dup)
			continue;
		const sn_actor_t *actor = &ds->actors[a];
		int64_t pop = 0;
		igraph_integer_t v = sn_network_actor_vertex(&d->net, a);
		bad |= cli_table_row(t) | cli_table_str(t, 0, actor->id) | cli_table_str(t, 1, actor->name) |
		       cli_table_str(t, 2, sn_actor_type_name(actor->type));
		if (actor->territory != SN_NO_PARENT)
			bad |= cli_table_str(t, 3, ds->territories->name[actor->territory]);
		/* Only an actor that represents a territory carries population (see dataset.h). */
		if (actor->represents != SN_NO_PARENT &&
		    sn_dataset_represented_population(ds, &a, 1, d->year, &pop) == SN_OK)
			bad |= cli_table_int(t, 4, pop) |
			       cli_table_real(t, 5, p->national ? (double)pop / (double)p->national : NAN);
		if (v >= 0)
			bad |= cli_table_real(t, 6, VECTOR(p->pagerank)[v]);
	}
	if (!bad)
		return t;
fail:
	cli_table_free(t);
	return NULL;
}

static cli_table_t *projects_table(const sn_dataset_t *ds, const sn_coalition_profile_t *p)
{
	cli_table_t *t = cli_table_new("shared_projects", "Projects shared by two or more members");
	int bad = 0;

	if (!t || cli_table_column(t, "id", CLI_COL_STR) || cli_table_column(t, "name", CLI_COL_STR) ||
	    cli_table_column(t, "members", CLI_COL_INT))
		goto fail;
	for (size_t q = 0; q < ds->nprojects; q++) {
		igraph_integer_t k = VECTOR(p->project_members)[q];
		if (k < 2)
			continue;
		bad |= cli_table_row(t) | cli_table_str(t, 0, ds->projects[q].id) |
		       cli_table_str(t, 1, ds->projects[q].name) | cli_table_int(t, 2, k);
	}
	if (!bad)
		return t;
fail:
	cli_table_free(t);
	return NULL;
}

/* One row per named coalition. */
static int run_all(cli_ctx_t *ctx, const cli_data_t *d, const sn_projection_t *proj, cli_doc_t *doc)
{
	const sn_dataset_t *ds = d->ds;
	cli_table_t *t = cli_table_new("coalitions", "Named coalitions");
	sn_coalition_profile_t p;
	int bad = 0;

	sn_coalition_profile_init(&p);
	if (!t || cli_table_column(t, "coalition", CLI_COL_STR) ||
	    cli_table_column(t, "members", CLI_COL_INT) ||
	    cli_table_column(t, "population", CLI_COL_INT) ||
	    cli_table_column(t, "population_share", CLI_COL_SHARE) ||
	    cli_table_column(t, "pagerank_share", CLI_COL_SHARE) ||
	    cli_table_column(t, "ratio", CLI_COL_REAL) ||
	    cli_table_column(t, "internal_density", CLI_COL_REAL) ||
	    cli_table_column(t, "shared_projects", CLI_COL_INT))
		bad = 1;
	for (size_t c = 0; c < ds->ncoalitions && !bad; c++) {
		const sn_coalition_t *co = &ds->coalitions[c];
		sn_error_t err = sn_coalition_profile(&p, &d->net, proj, co->actors, co->nactors, d->year);
		if (err != SN_OK) {
			cli_table_free(t);
			sn_coalition_profile_destroy(&p);
			return cli_fail(err);
		}
		bad |= cli_table_row(t) | cli_table_str(t, 0, co->name) |
		       cli_table_int(t, 1, (int64_t)p.nmembers) | cli_table_int(t, 2, p.population) |
		       cli_table_real(t, 3, p.population_share) | cli_table_real(t, 4, p.pagerank_share) |
		       cli_table_real(t, 5, p.ratio) | cli_table_real(t, 6, p.internal_density) |
		       cli_table_int(t, 7, (int64_t)p.shared_projects);
	}
	sn_coalition_profile_destroy(&p);
	if (bad | cli_doc_table(doc, t))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	return cli_doc_write(doc, ctx);
}

static int run(cli_ctx_t *ctx)
{
	cli_data_t d;
	sn_projection_t proj;
	sn_weighting_t w = SN_WEIGHT_COUNT;
	sn_coalition_profile_t p;
	cli_doc_t *doc = NULL;
	size_t *members = NULL, n = 0;
	const char *name = cli_opt(ctx, "coalition");
	sn_error_t err;
	int rc;

	if (cli_opt(ctx, "projection") && sn_weighting_parse(cli_opt(ctx, "projection"), &w) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (!!name + cli_flag(ctx, "members") + cli_flag(ctx, "all") > 1)
		return cli_usage_error(ctx, "give one of --coalition, --members and --all");
	if (cli_whatif_wanted(ctx) && (rc = cli_whatif_check(ctx)) != CLI_EXIT_OK)
		return rc;
	if (cli_opt(ctx, "rule") && !cli_whatif_wanted(ctx))
		return cli_usage_error(ctx, "--rule judges a what-if: give --add, --remove or --suggest");
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	sn_projection_init(&proj);
	sn_coalition_profile_init(&p);
	if ((err = cli_projection_build(&proj, &d, SN_MODE_ACTORS, w)) != SN_OK) {
		rc = cli_fail(err);
		goto done;
	}
	doc = cli_doc_new("coalition");
	if (cli_doc_meta(doc, "dataset", "%s", d.label) | cli_doc_population_meta(doc, &d) |
	    cli_doc_meta(doc, "projection", "%s", sn_weighting_name(w)) |
	    cli_doc_meta(doc, "centrality", "PageRank, damping 0.85, on the weighted actor projection")) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto done;
	}
	if (cli_flag(ctx, "all")) {
		rc = run_all(ctx, &d, &proj, doc);
		goto done;
	}
	if (cli_flag(ctx, "members")) {
		if ((err = sn_coalition_members_parse(&members, &n, d.ds, cli_opt(ctx, "members")))) {
			rc = err == SN_EINVAL ? cli_usage_error(ctx, "--%s", sn_error_last()) : cli_fail(err);
			goto done;
		}
	} else {
		if (d.ds->ncoalitions == 0) {
			rc = cli_usage_error(ctx, "the dataset names no coalitions: use --members");
			goto done;
		}
		size_t c = name ? sn_dataset_find_coalition(d.ds, name) : 0;
		if (c == SN_NO_PARENT) {
			char hint[SN_SUGGEST_PHRASE_MAX];
			rc = cli_usage_error(ctx, "no coalition named '%s'%s (samnet coalition --all "
					     "lists them)", name, sn_dataset_suggest_coalition(d.ds, name,
						hint, sizeof hint));
			goto done;
		}
		name = d.ds->coalitions[c].name;
		n = d.ds->coalitions[c].nactors;
		members = malloc((n ? n : 1) * sizeof *members);
		if (!members) {
			rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
			goto done;
		}
		memcpy(members, d.ds->coalitions[c].actors, n * sizeof *members);
	}
	if (cli_whatif_wanted(ctx)) {
		rc = cli_whatif_run(ctx, &d, name ? name : "(--members)", members, n, NULL,
				    cli_opt(ctx, "rule"));
		goto done;
	}
	if ((err = sn_coalition_profile(&p, &d.net, &proj, members, n, d.year)) != SN_OK) {
		rc = cli_fail(err);
		goto done;
	}
	if (cli_doc_meta(doc, "coalition", "%s", name ? name : "(--members)") |
	    cli_doc_table(doc, profile_table(&p, d.year)) |
	    cli_doc_table(doc, members_table(&d, &p, members, n)) |
	    cli_doc_table(doc, projects_table(d.ds, &p)))
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	else
		rc = cli_doc_write(doc, ctx);
done:
	free(members);
	cli_doc_free(doc);
	sn_coalition_profile_destroy(&p);
	sn_projection_destroy(&proj);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_coalition = {
	.name = "coalition",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "population share and network weight of a set of actors",
	.description = "Profiles a coalition: the population its members represent (the union of\n"
		       "their territories) and its share of the national total in --year, their\n"
		       "share of PageRank and of tie strength in the actor projection, internal\n"
		       "density, ties to non-members and the projects they share.  --all compares\n"
		       "every coalition of coalitions.csv.  ratio is pagerank_share over\n"
		       "population_share; external_ties are ties to non-members, external_partners\n"
		       "the non-members tied to a member; shared_projects have two members or more,\n"
		       "joint_projects every member.\n"
		       "What-if: --add and --remove change the coalition (lists of ids and\n"
		       "selectors; adding a member or removing a non-member is a usage error), and\n"
		       "the output compares base and scenario: members, population share, whether\n"
		       "the coalition meets --rule among the regions (population majority by\n"
		       "default; qualified is 55% of the members and 65% of the population, double\n"
		       "a majority of both, unanimity every member), and each member's Banzhaf and\n"
		       "Shapley-Shubik index in the coalition's own game under the rule, with its\n"
		       "blocking minorities (the fewest members who can stop a decision).\n"
		       "--suggest K lists the K regions whose joining adds the most population, in\n"
		       "turn, and whether the rule is met after each.\n"
		       "Example: samnet coalition -c sydsverige --add regions:05",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
