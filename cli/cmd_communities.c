/*
 * samnet communities: clusters of actors (or of actors and projects
 * together), seeded ensembles with a consensus and per-actor stability,
 * comparison with counties, types or a partition file, and resolution
 * sweeps.  The work and the tables are in the library
 * (samnet/communities_doc.h); this file parses the options.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "algorithm", 'a', "NAME", "leiden (default), louvain, infomap, walktrap, labelprop, fastgreedy" },
	{ "objective", 0, "OBJ", "Leiden and Louvain objective: modularity (default) or cpm" },
	{ "resolution", 'r', "R", "resolution gamma >= 0 of modularity or CPM (default 1)" },
	{ "projection", 'p', "W|two-mode", "count (default), newman, jaccard, overlap, or two-mode" },
	{ "runs", 'n', "N", "N seeded runs: consensus partition and per-actor stability (default 1)" },
	{ "threshold", 0, "T", "consensus threshold on the co-assignment share, in [0,1) (default 0.5)" },
	{ "compare", 'c', "WITH", "county (default), type, none, or a CSV FILE with columns actor,community" },
	{ "resolution-sweep", 0, "A:B:STEP", "only count communities and modularity for resolutions A..B" },
	{ "top", 0, "K", "most central members listed per community (default 3)" },
	CLI_OPTION_MAX_ITERATIONS,
	{ "tolerance", 0, "T", "Leiden stops when an iteration gains less than T of the quality, "
			       "in [0,1) (default 1e-4; 0: until unchanged)" },
	{ NULL, 0, NULL, NULL }
};

/* "A:B:STEP" into a list of resolutions A, A + STEP, ... <= B (*out the caller frees). */
static int parse_sweep(cli_ctx_t *ctx, const char *s, double **out, size_t *n)
{
	char buf[256], *p1, *p2;
	double a, b, step;

	if (strlen(s) >= sizeof buf)
		return cli_usage_error(ctx, "--resolution-sweep: '%s' is too long", s);
	strcpy(buf, s);
	p1 = strchr(buf, ':');
	p2 = p1 ? strchr(p1 + 1, ':') : NULL;
	if (!p2)
		return cli_usage_error(ctx, "--resolution-sweep expects A:B:STEP, got '%s'", s);
	*p1++ = '\0';
	*p2++ = '\0';
	if (sn_parse_double(buf, &a) || sn_parse_double(p1, &b) || sn_parse_double(p2, &step))
		return cli_usage_error(ctx, "--resolution-sweep expects numbers A:B:STEP, got '%s'", s);
	if (a < 0 || b < a || step <= 0 || (b - a) / step > 1000)
		return cli_usage_error(ctx, "--resolution-sweep needs 0 <= A <= B, STEP > 0 and at "
				       "most 1000 steps, got '%s'", s);
	/* Counted, not compared: a STEP below the spacing of doubles at A never moves A. */
	size_t steps = (size_t)floor((b - a) / step + 1e-9);
	if (!(*out = malloc((steps + 1) * sizeof **out)))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	for (size_t i = 0; i <= steps; i++)
		(*out)[i] = a + (double)i * step;
	*n = steps + 1;
	return CLI_EXIT_OK;
}

/* The method's names, checked here so that a bad one is a usage error. */
static int parse_names(cli_ctx_t *ctx, sn_communities_doc_options_t *o)
{
	sn_community_algorithm_t algorithm;
	sn_community_objective_t objective;
	sn_weighting_t weighting;
	const char *v;

	if ((v = cli_opt(ctx, "algorithm")) && sn_community_algorithm_parse(v, &algorithm))
		return cli_usage_error(ctx, "%s", sn_error_last());
	o->algorithm = v ? v : o->algorithm;
	if ((v = cli_opt(ctx, "objective")) && sn_community_objective_parse(v, &objective))
		return cli_usage_error(ctx, "%s", sn_error_last());
	o->objective = v ? v : o->objective;
	if ((v = cli_opt(ctx, "projection")) && strcmp(v, "two-mode") != 0 &&
	    sn_weighting_parse(v, &weighting))
		return cli_usage_error(ctx, "%s (or two-mode)", sn_error_last());
	o->projection = v ? v : o->projection;
	return CLI_EXIT_OK;
}

static int parse_options(cli_ctx_t *ctx, sn_communities_doc_options_t *o, double **sweep)
{
	long runs = 1, top = 3;
	const char *v;
	int rc;

	sn_communities_doc_options_init(o);
	o->seed = ctx->seed;
	if ((rc = parse_names(ctx, o)) ||
	    (rc = cli_opt_double(ctx, "resolution", 0, 1e9, &o->resolution)) ||
	    (rc = cli_opt_long(ctx, "runs", 1, 100000, &runs)) ||
	    (rc = cli_opt_double(ctx, "threshold", 0, 0.999999, &o->threshold)) ||
	    (rc = cli_opt_long(ctx, "top", 0, 1000, &top)) ||
	    (rc = cli_opt_max_iterations(ctx, &o->max_iterations)) ||
	    (rc = cli_opt_double(ctx, "tolerance", -HUGE_VAL, HUGE_VAL, &o->tolerance)))
		return rc;
	if (!(o->tolerance >= 0 && o->tolerance < 1))
		return cli_usage_error(ctx, "--tolerance must lie in [0, 1), got %g", o->tolerance);
	o->runs = (size_t)runs;
	o->top = (size_t)top;
	o->compare = cli_opt(ctx, "compare");
	if (o->compare && strcmp(o->compare, "none") && strcmp(o->compare, "type") &&
	    strcmp(o->compare, "county"))
		cli_ctx_add_input(ctx, o->compare);   /* so that -o cannot be this file */
	if ((v = cli_opt(ctx, "resolution-sweep")) && (rc = parse_sweep(ctx, v, sweep, &o->nsweep)))
		return rc;
	o->sweep = *sweep;
	return CLI_EXIT_OK;
}

/* The library's document, its partition-file problems printed; an exit code. */
static int communities(cli_doc_t *doc, const cli_data_t *d, sn_communities_doc_options_t *o)
{
	bool two_mode = strcmp(o->projection, "two-mode") == 0;
	sn_diag_t diag;
	sn_error_t err;

	/* The size check of every command, which names --max-ties. */
	if (!two_mode && (err = cli_projection_check(d, SN_MODE_ACTORS)))
		return cli_fail(err);
	sn_diag_init(&diag);
	o->partition_diag = &diag;
	o->max_ties = d->max_ties;
	err = sn_communities_doc(doc, d->ds, &d->net, d->year, o);
	if (diag.count)
		cli_print_diagnostics(&diag);
	if (err == SN_EDATA && diag.errors) {
		sn_diag_destroy(&diag);
		return CLI_EXIT_DATA;   /* the diagnostics said it all */
	}
	sn_diag_destroy(&diag);
	return err ? cli_fail(err) : CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	sn_communities_doc_options_t o;
	sn_table_options_t topts = { ctx->separator, ctx->latin1, 0 };
	double *sweep = NULL;
	cli_data_t d;
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	if ((rc = parse_options(ctx, &o, &sweep)) || (rc = cli_data_load(&d, ctx, NULL)))
		goto early;
	o.partition_table = &topts;
	if ((err = cli_doc_start(&doc, "communities", d.label)))
		rc = cli_fail(err);
	else if ((rc = communities(doc, &d, &o)) == CLI_EXIT_OK)
		rc = cli_doc_write(doc, ctx);
	cli_doc_free(doc);
	cli_data_destroy(&d);
early:
	free(sweep);
	return rc;
}

const cli_command_t cmd_communities = {
	.name = "communities",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "clusters, consensus, stability, comparison with counties",
	.description =
		"Finds communities of the actor projection (or, with --projection two-mode, of\n"
		"actors and projects together, scored by Barber's bipartite modularity and\n"
		"refined with BRIM).  Leiden (samnet's own, as in igraph) maximises modularity\n"
		"with resolution gamma (node weights = strengths, resolution gamma/2m) or,\n"
		"with --objective cpm, the constant Potts model, where gamma is a density\n"
		"threshold.  Louvain (samnet's own) takes gamma and the objective too; the\n"
		"other algorithms ignore them.  --seed makes runs identical.\n"
		"Leiden iterates until an iteration leaves the partition unchanged or raises\n"
		"the quality by less than --tolerance of it, at most --max-iterations times\n"
		"(default 100; BRIM sweeps likewise); the metadata gives the tolerance, the\n"
		"iterations done and stopped_at_bound (runs_at_bound for --runs and sweeps):\n"
		"'yes' means the partition may not be stable yet.\n"
		"With --runs N > 1 the algorithm runs N times (run r seeded with\n"
		"splitmix64(seed + (r + 1) * golden), listed as run_seeds: --seed with one of\n"
		"them reproduces that run alone), and a Lancichinetti-Fortunato consensus\n"
		"clustering of the co-assignment matrix (entries below --threshold dropped)\n"
		"gives the communities (above 5000 vertices only the pairs joined by a tie are\n"
		"scored, shown as consensus_pairs: edges, so memory grows with the ties); an\n"
		"actor's stability is the share of runs in which it sits with more than half\n"
		"of the other members of its consensus community.\n"
		"Community profiles: members by type, counties, the population of the union of\n"
		"their territories and its share, density, modularity contribution (gamma 1;\n"
		"they sum to the modularity) and the members with most ties inside.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
