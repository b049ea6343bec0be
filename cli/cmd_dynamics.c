/*
 * samnet dynamics: the network slice by slice in time.  The computation is
 * sn_dynamics_doc() (samnet/dynamics_doc.h); this file parses options and
 * prints the document (and the SVG of --svg).
 */
#include "config.h"

#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "window", 'w', "W", "years per slice (default 1)" },
	{ "step", 's', "S", "years from one slice to the next (default 1)" },
	{ "from", 0, "YYYY", "first slice starts in YYYY (default: the earliest dated project)" },
	{ "to", 0, "YYYY", "last slice starts at or before YYYY (default: the latest start or end)" },
	{ "measures", 'm', "LIST", "comma-separated measures ranked per slice (default degree; "
				   "centrality --help lists them); 'none' for no ranks" },
	{ "projection", 'p', "W", "weighting of each slice's actor projection: count (default), "
				  "newman, jaccard, overlap" },
	{ "threshold", 0, "J", "Jaccard index of members at which communities of consecutive "
			       "slices match, 0 < J <= 1 (default 0.3)" },
	{ "top", 't', "N", "rank rows only for ranks 1..N of each slice and measure (default: all)" },
	{ "method", 0, "M", "partition of each slice: louvain (default: samnet's Louvain, "
			    "communities split into connected parts) or leiden (samnet's Leiden "
			    "until stable, as samnet communities; slower)" },
	{ "no-communities", 0, NULL, "skip the partition of each slice and the community events "
				     "(about a quarter of the time on large data; most with "
				     "--method leiden)" },
	{ "svg", 0, "FILE", "also draw the per-slice figures and the rank trajectories of the "
			    "top actors of the first measure as a line chart in FILE" },
	CLI_OPTION_MAX_ITERATIONS,
	{ NULL, 0, NULL, NULL }
};

typedef struct {
	sn_dynamics_doc_options_t doc;
	sn_measure_t measures[SN_MEASURE_COUNT];
	const char *svg;
} settings_t;

/* --measures: registry names (sn_measure_list_parse()), or 'none' for no ranks. */
static int parse_measures(settings_t *s, const cli_ctx_t *ctx)
{
	const char *list = cli_opt(ctx, "measures");
	sn_dynamics_options_t *o = &s->doc.dynamics;

	o->measures = s->measures;
	if (list && strcmp(list, "none") == 0)
		return CLI_EXIT_OK;
	if (sn_measure_list_parse(list ? list : "degree", s->measures, &o->nmeasures) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (o->nmeasures == 0)
		return cli_usage_error(ctx, "--measures lists no measure (use 'none' for no ranks)");
	return CLI_EXIT_OK;
}

static int parse(settings_t *s, cli_ctx_t *ctx)
{
	sn_dynamics_options_t *o = &s->doc.dynamics;
	long window = 1, step = 1, from = 0, to = 0, top = 0;
	int rc;

	sn_dynamics_doc_options_init(&s->doc);
	s->svg = cli_opt(ctx, "svg");
	if ((rc = cli_opt_long(ctx, "window", 1, 1000, &window)) ||
	    (rc = cli_opt_long(ctx, "step", 1, 1000, &step)) ||
	    (rc = cli_opt_long(ctx, "from", 1000, 9999, &from)) ||
	    (rc = cli_opt_long(ctx, "to", 1000, 9999, &to)) ||
	    (rc = cli_opt_long(ctx, "top", 0, 1000000, &top)) ||
	    (rc = cli_opt_double(ctx, "threshold", 0, 1, &o->match_threshold)) ||
	    (rc = cli_opt_max_iterations(ctx, &o->communities.max_iterations)) ||
	    (rc = parse_measures(s, ctx)))
		return rc;
	if (o->match_threshold <= 0)
		return cli_usage_error(ctx, "--threshold must be above 0");
	if (from && to && from > to)
		return cli_usage_error(ctx, "--from %ld comes after --to %ld", from, to);
	if (cli_opt(ctx, "method") &&
	    sn_slice_method_parse(cli_opt(ctx, "method"), &o->method) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	if (cli_opt(ctx, "projection") &&
	    sn_weighting_parse(cli_opt(ctx, "projection"), &o->weighting) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	s->doc.top = (size_t)top;
	o->window = (int)window;
	o->step = (int)step;
	o->from = (int)from;
	o->to = (int)to;
	o->communities.seed = ctx->seed;
	o->skip_communities = cli_flag(ctx, "no-communities");
	o->population_year = ctx->year;
	o->max_ties = ctx->max_ties;
	if (s->svg && ((ctx->output && cli_ctx_add_output(ctx, ctx->output)) ||
		       cli_ctx_add_output(ctx, s->svg)))
		return cli_usage_error(ctx, "too many output files");
	return CLI_EXIT_OK;
}

typedef struct {
	const sn_dynamics_t *d;
	const sn_dataset_t *ds;
	const settings_t *s;
} svg_job_t;

static int write_svg(FILE *fp, const void *arg)
{
	const svg_job_t *job = arg;
	const sn_dynamics_options_t *o = &job->s->doc.dynamics;
	sn_error_t err = sn_dynamics_write_svg(fp, job->d, job->ds,
					       o->nmeasures ? o->measures[0] : SN_MEASURE_DEGREE, 5);

	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

static int run(cli_ctx_t *ctx)
{
	settings_t s;
	cli_data_t data;
	sn_dynamics_t *d = NULL;
	cli_doc_t *doc = NULL;
	sn_error_t err = SN_OK;
	int rc;

	if ((rc = parse(&s, ctx)) != CLI_EXIT_OK ||
	    (rc = cli_data_load(&data, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	err = cli_doc_start(&doc, "dynamics", data.label);
	if (err == SN_OK)
		err = sn_dynamics_doc(doc, data.ds, &s.doc, &d);
	svg_job_t job = { d, data.ds, &s };
	if (err != SN_OK)
		rc = cli_fail(err);
	else if (!s.svg || (rc = cli_write_file(s.svg, write_svg, &job)) == CLI_EXIT_OK)
		rc = cli_doc_write(doc, ctx);
	cli_doc_free(doc);
	sn_dynamics_free(d);
	cli_data_destroy(&data);
	return rc;
}

static void help_more(FILE *fp)
{
	fputs("\nA slice holds the projects active in its years: started by its last year and\n"
	      "not ended before its first (a project without end is still running); undated\n"
	      "projects are in no slice and counted in the meta.  ties_kept is the share of\n"
	      "the previous slice's ties still present, ties_jaccard |T0 ∩ T1| / |T0 ∪ T1|;\n"
	      "entering and leaving count actors against the previous slice.  Ranks: 1 for the\n"
	      "highest value, ties sharing the best rank.  Communities (--method, --seed;\n"
	      "modularity) of consecutive slices match when the Jaccard index of their\n"
	      "members reaches --threshold; events: birth, death, merge, split, growth,\n"
	      "shrink, continue.  The meta counts the slices whose partition stopped at\n"
	      "--max-iterations (slices_at_bound; Louvain: visits per actor and level).\n",
	      fp);
}

const cli_command_t cmd_dynamics = {
	.name = "dynamics",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "how cooperation changes over time, slice by slice",
	.description = "Cuts time into slices (default one year, step one) and gives per slice the\n"
		       "actors, projects, ties, density, components, largest component, mean degree\n"
		       "and population share; tie persistence and actors entering and leaving; each\n"
		       "actor's value and rank on the chosen measures (long format); and community\n"
		       "events between consecutive slices.",
	.options = options,
	.uses_dataset = true,
	.run = run,
	.help_more = help_more,
};
