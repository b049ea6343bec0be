/*
 * samnet actor: one actor's profile, "why is X central" (the library's
 * sn_actor_profile_build(), samnet/profile.h): what it is, its projects
 * and partners, its ranks, community, brokerage and voting power.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "projection", 'p', "W", "weighting of the actor projection: count (default), newman, "
				  "jaccard or overlap" },
	{ "runs", 'n', "N", "Leiden runs of the community ensemble, 1-10000 (default 20)" },
	{ "partners", 0, "N", "list the N partners sharing most projects (default 10; 0: all)" },
	{ NULL, 0, NULL, NULL }
};

enum { MAX_SHOWN_MATCHES = 5 };

/* The actor ACTOR names: an id, a name folded, or a word of a name; errors name candidates. */
static int find_actor(size_t *out, const cli_ctx_t *ctx, const sn_dataset_t *ds,
		      const char *query)
{
	size_t found[MAX_SHOWN_MATCHES];
	size_t n = sn_dataset_match_actors(found, MAX_SHOWN_MATCHES, ds, query);
	char hint[SN_SUGGEST_PHRASE_MAX], list[1024] = "";

	if (n == 1) {
		*out = found[0];
		return CLI_EXIT_OK;
	}
	if (n == 0)
		return cli_usage_error(ctx, "no actor '%s'%s", query,
				       sn_dataset_suggest_actor(ds, query, hint, sizeof hint));
	for (size_t k = 0, used = 0; k < n && k < MAX_SHOWN_MATCHES; k++) {
		int w = snprintf(list + used, sizeof list - used, "%s'%s' (%s)", k ? ", " : "",
				 ds->actors[found[k]].id, ds->actors[found[k]].name);
		used += w > 0 && (size_t)w < sizeof list - used ? (size_t)w : 0;
	}
	return cli_usage_error(ctx, "'%s' names %zu actors: %s%s; give the id", query, n, list,
			       n > MAX_SHOWN_MATCHES ? ", ..." : "");
}

/* The table, or NULL (freed) when building it failed. */
static cli_table_t *finished(cli_table_t *t, int bad)
{
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

/* "lead+partner", or "" when no role was given. */
static const char *roles_text(char *buf, size_t size, unsigned roles)
{
	size_t used = 0;

	buf[0] = '\0';
	for (unsigned b = 0; b < SN_ROLE_COUNT; b++)
		if (roles & (1u << b) && used < size)
			used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? "+" : "",
						 sn_role_name(b));
	return buf;
}

static cli_table_t *projects_table(const sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	cli_table_t *t = cli_table_new("projects", "Projects");
	static const char *const cols[] = { "id", "name", "role", "theme", "start", "end" };
	char roles[96];
	int bad = !t;

	for (size_t c = 0; !bad && c < 6; c++)
		bad |= cli_table_column(t, cols[c], CLI_COL_STR);
	bad = bad || cli_table_column(t, "members", CLI_COL_INT) || cli_table_priority(t, "theme", 1);
	for (size_t k = 0; !bad && k < p->nprojects; k++) {
		const sn_profile_project_t *pr = &p->projects[k];
		const char *cells[] = { ds->projects[pr->project].id, ds->projects[pr->project].name,
					roles_text(roles, sizeof roles, pr->roles), pr->theme,
					pr->start, pr->end };
		bad |= cli_table_row(t);
		for (size_t c = 0; !bad && c < 6; c++)
			bad |= cells[c][0] ? cli_table_str(t, c, cells[c]) : 0;
		bad = bad || cli_table_int(t, 6, (int64_t)pr->members);
	}
	return finished(t, bad);
}

static cli_table_t *partners_table(const sn_actor_profile_t *p, const sn_dataset_t *ds, long top)
{
	cli_table_t *t = cli_table_new("partners", "Partners by shared projects");
	size_t n = top > 0 && (size_t)top < p->npartners ? (size_t)top : p->npartners;
	int bad = !t || cli_table_column(t, "id", CLI_COL_STR) ||
		  cli_table_column(t, "name", CLI_COL_STR) ||
		  cli_table_column(t, "type", CLI_COL_STR) ||
		  cli_table_column(t, "shared_projects", CLI_COL_INT);

	for (size_t k = 0; !bad && k < n; k++) {
		const sn_actor_t *a = &ds->actors[p->partners[k].actor];
		bad |= cli_table_row(t) || cli_table_str(t, 0, a->id) || cli_table_str(t, 1, a->name) ||
		       cli_table_str(t, 2, sn_actor_type_name(a->type)) ||
		       cli_table_int(t, 3, (int64_t)p->partners[k].shared);
	}
	return finished(t, bad);
}

static cli_table_t *measures_table(const sn_actor_profile_t *p)
{
	cli_table_t *t = cli_table_new("measures", "Centrality: value, rank and percentile");
	int bad = !t || cli_table_column(t, "measure", CLI_COL_STR) ||
		  cli_table_column(t, "value", CLI_COL_REAL) ||
		  cli_table_column(t, "rank", CLI_COL_INT) ||
		  cli_table_column(t, "of", CLI_COL_INT) ||
		  cli_table_column(t, "percentile", CLI_COL_REAL) ||
		  cli_table_column(t, "meaning", CLI_COL_STR);

	for (sn_measure_t m = 0; !bad && m < SN_MEASURE_COUNT; m++) {
		const sn_profile_measure_t *v = &p->measures[m];
		bad |= cli_table_row(t) || cli_table_str(t, 0, sn_measure_name(m)) ||
		       cli_table_real(t, 1, v->value) ||
		       (v->rank && (cli_table_int(t, 2, (int64_t)v->rank) ||
				    cli_table_real(t, 4, v->percentile))) ||
		       cli_table_int(t, 3, (int64_t)p->ranked) ||
		       cli_table_str(t, 5, sn_measure_info(m)->label);
	}
	return finished(t, bad);
}

static cli_table_t *community_table(const sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	cli_table_t *t = cli_table_new("community", "The other members of its community");
	int bad = !t || cli_table_column(t, "id", CLI_COL_STR) ||
		  cli_table_column(t, "name", CLI_COL_STR) ||
		  cli_table_column(t, "type", CLI_COL_STR);

	for (size_t k = 0; !bad && k < p->ncommunity_members; k++) {
		const sn_actor_t *a = &ds->actors[p->community_members[k]];
		bad |= cli_table_row(t) || cli_table_str(t, 0, a->id) || cli_table_str(t, 1, a->name) ||
		       cli_table_str(t, 2, sn_actor_type_name(a->type));
	}
	return finished(t, bad);
}

static cli_table_t *brokerage_table(const sn_actor_profile_t *p)
{
	cli_table_t *t = cli_table_new("brokerage", "Brokerage roles (Gould-Fernandez, groups = county)");
	int bad = !t || cli_table_column(t, "role", CLI_COL_STR) ||
		  cli_table_column(t, "count", CLI_COL_REAL) || cli_table_column(t, "z", CLI_COL_REAL);

	for (size_t r = 0; !bad && r < SN_BROKER_ROLE_COUNT; r++)
		bad |= cli_table_row(t) || cli_table_str(t, 0, sn_broker_role_name(r)) ||
		       cli_table_real(t, 1, p->broker_raw[r]) || cli_table_real(t, 2, p->broker_z[r]);
	return finished(t, bad);
}

static cli_table_t *power_table(const sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	cli_table_t *t = cli_table_new("power", "Voting power in its coalitions "
				       "(population weights, quota > 50 %)");
	int bad = !t || cli_table_column(t, "coalition", CLI_COL_STR) ||
		  cli_table_column(t, "players", CLI_COL_INT) ||
		  cli_table_column(t, "population_share", CLI_COL_SHARE) ||
		  cli_table_column(t, "banzhaf", CLI_COL_REAL) ||
		  cli_table_column(t, "shapley", CLI_COL_REAL);

	for (size_t k = 0; !bad && k < p->npower; k++) {
		const sn_profile_power_t *w = &p->power[k];
		bad |= cli_table_row(t) || cli_table_str(t, 0, ds->coalitions[w->coalition].name) ||
		       cli_table_int(t, 1, (int64_t)w->players) ||
		       cli_table_real(t, 2, w->weight_share) || cli_table_real(t, 3, w->banzhaf) ||
		       cli_table_real(t, 4, w->shapley);
	}
	return finished(t, bad);
}

/* "sydsverige, sydost" or "none". */
static char *coalition_list(const sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	size_t size = 8, used = 0;
	char *s;

	for (size_t k = 0; k < p->ncoalitions; k++)
		size += strlen(ds->coalitions[p->coalitions[k]].name) + 2;
	if (!(s = malloc(size)))
		return NULL;
	strcpy(s, p->ncoalitions ? "" : "none");
	for (size_t k = 0; k < p->ncoalitions; k++)
		used += (size_t)sprintf(s + used, "%s%s", k ? ", " : "",
					ds->coalitions[p->coalitions[k]].name);
	return s;
}

static int describe(cli_doc_t *doc, const sn_actor_profile_t *p, const cli_data_t *d,
		    const sn_actor_profile_options_t *o)
{
	const sn_actor_t *a = &d->ds->actors[p->actor];
	const sn_territories_t *t = d->ds->territories;
	char *coalitions = coalition_list(p, d->ds);
	int bad = !coalitions;

	bad |= cli_doc_meta(doc, "dataset", "%s", d->label) | cli_doc_meta(doc, "id", "%s", a->id) |
	       cli_doc_meta(doc, "name", "%s", a->name) |
	       cli_doc_meta(doc, "type", "%s", sn_actor_type_name(a->type));
	if (a->territory != SN_NO_PARENT)
		bad |= cli_doc_meta(doc, "territory", "%s (%s)", t->code[a->territory],
				    t->name[a->territory]);
	bad |= cli_doc_meta(doc, "represents", "%s", a->represents == SN_NO_PARENT ? "none" :
			    t->code[a->represents]) |
	       cli_doc_meta_int(doc, "population", p->population) |
	       cli_doc_population_meta(doc, d) |
	       cli_doc_meta(doc, "coalitions", "%s", coalitions ? coalitions : "") |
	       cli_doc_meta_int(doc, "projects", (int64_t)p->nprojects) |
	       cli_doc_meta_int(doc, "partners", (int64_t)p->npartners);
	if (p->in_network)
		bad |= cli_doc_meta(doc, "projection", "%s", sn_weighting_name(o->weighting)) |
		       cli_doc_meta(doc, "community", "%zu of %zu (%zu other members)",
				    p->community + 1, p->communities, p->ncommunity_members) |
		       cli_doc_meta_num(doc, "stability", p->stability) |
		       cli_doc_meta_int(doc, "runs", (int64_t)p->runs) |
		       cli_doc_meta_uint(doc, "seed", o->seed);
	else
		bad |= cli_doc_meta(doc, "network", "%s", "not in the network (no project; "
				    "--all-actors keeps it)");
	free(coalitions);
	return bad;
}

static int parse(sn_actor_profile_options_t *o, long *top, const cli_ctx_t *ctx)
{
	const char *w = cli_opt(ctx, "projection");
	long runs = 20;
	int rc;

	if (w && sn_weighting_parse(w, &o->weighting) != SN_OK)
		return cli_usage_error(ctx, "unknown projection '%s'; use count, newman, jaccard or "
				       "overlap", w);
	*top = 10;
	if ((rc = cli_opt_long(ctx, "runs", 1, 10000, &runs)) != CLI_EXIT_OK ||
	    (rc = cli_opt_long(ctx, "partners", 0, 1000000000L, top)) != CLI_EXIT_OK)
		return rc;
	o->runs = (size_t)runs;
	o->seed = ctx->seed;
	o->year = ctx->year;
	o->max_ties = ctx->max_ties;
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	sn_actor_profile_options_t o = SN_ACTOR_PROFILE_OPTIONS_INIT;
	sn_actor_profile_t p;
	cli_data_t d;
	cli_doc_t *doc = NULL;
	const char *query;
	size_t actor = 0;
	long top;
	int rc;

	if (ctx->npositional == 0)
		return cli_usage_error(ctx, "which actor? give an id or a name");
	/* ACTOR comes first; what follows is the DATASET. */
	query = ctx->positional[0];
	memmove(ctx->positional, ctx->positional + 1, --ctx->npositional * sizeof *ctx->positional);
	if ((rc = parse(&o, &top, ctx)) != CLI_EXIT_OK)
		return rc;
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	o.year = d.year;
	sn_actor_profile_init(&p);
	if ((rc = find_actor(&actor, ctx, d.ds, query)) != CLI_EXIT_OK)
		goto done;
	sn_error_t err = sn_actor_profile_build(&p, &d.net, actor, &o);
	if (err != SN_OK) {
		rc = cli_fail(err);
		goto done;
	}
	doc = cli_doc_new("actor");
	if (describe(doc, &p, &d, &o) ||
	    cli_doc_table(doc, projects_table(&p, d.ds)) |
	    cli_doc_table(doc, partners_table(&p, d.ds, top)) |
	    (p.in_network ? cli_doc_table(doc, measures_table(&p)) |
			    cli_doc_table(doc, community_table(&p, d.ds)) |
			    cli_doc_table(doc, brokerage_table(&p)) : 0) |
	    (p.npower ? cli_doc_table(doc, power_table(&p, d.ds)) : 0))
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	else
		rc = cli_doc_write(doc, ctx);
done:
	cli_doc_free(doc);
	sn_actor_profile_destroy(&p);
	cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_actor = {
	.name = "actor",
	.usage = "ACTOR [OPTIONS] [DATASET]",
	.summary = "one actor's profile: why it is central",
	.description =
		"ACTOR is an id, a name (case and diacritics do not matter: 'malmo' finds\n"
		"'Malmö'), or a word that begins a name; an ambiguous or unknown ACTOR lists\n"
		"the closest candidates.  The profile: type, territory and the population the\n"
		"actor represents (only territorial actors, or a represents column, carry\n"
		"population), coalitions; its projects with role, theme and years; its partners\n"
		"ranked by shared projects; its value, rank and percentile on every centrality\n"
		"measure of the actor projection (constraint ranks lowest first); its consensus\n"
		"community over --runs Leiden runs, the other members and the actor's stability\n"
		"(the share of runs in which it sits with that community); its Gould-Fernandez\n"
		"brokerage roles by county; and its Banzhaf and Shapley-Shubik power in each of\n"
		"its coalitions, weighted by represented population with quota > 50 %.",
	.options = options,
	.uses_dataset = true,
	.arguments = 1,
	.run = run,
};
