/*
 * samnet actor: one actor's profile, "why is X central" (the library's
 * sn_actor_doc(), samnet/actor_doc.h): what it is, its projects and
 * partners, its ranks, community, brokerage and voting power.
 */
#include "config.h"

#include <stdio.h>
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

static int parse(sn_actor_doc_options_t *o, const cli_ctx_t *ctx)
{
	const char *w = cli_opt(ctx, "projection");
	long runs = 20, top = 10;
	int rc;

	sn_actor_doc_options_init(o);
	if (w && sn_weighting_parse(w, &o->profile.weighting) != SN_OK)
		return cli_usage_error(ctx, "unknown projection '%s'; use count, newman, jaccard or "
				       "overlap", w);
	if ((rc = cli_opt_long(ctx, "runs", 1, 10000, &runs)) != CLI_EXIT_OK ||
	    (rc = cli_opt_long(ctx, "partners", 0, 1000000000L, &top)) != CLI_EXIT_OK)
		return rc;
	o->partners = (size_t)top;
	o->profile.runs = (size_t)runs;
	o->profile.seed = ctx->seed;
	o->profile.max_ties = ctx->max_ties;
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	sn_actor_doc_options_t o;
	cli_data_t d;
	cli_doc_t *doc = NULL;
	const char *query;
	sn_error_t err;
	int rc;

	if (ctx->npositional == 0)
		return cli_usage_error(ctx, "which actor? give an id or a name");
	/* ACTOR comes first; what follows is the DATASET. */
	query = ctx->positional[0];
	memmove(ctx->positional, ctx->positional + 1, --ctx->npositional * sizeof *ctx->positional);
	if ((rc = parse(&o, ctx)) != CLI_EXIT_OK || (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	if ((rc = find_actor(&o.actor, ctx, d.ds, query)) != CLI_EXIT_OK)
		goto done;
	if ((err = cli_doc_start(&doc, "actor", d.label)) ||
	    (err = sn_actor_doc(doc, d.ds, &d.net, d.year, &o)))
		rc = cli_fail(err);
	else
		rc = cli_doc_write(doc, ctx);
done:
	cli_doc_free(doc);
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
