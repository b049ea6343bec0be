/*
 * samnet dynamics: the network slice by slice in time.  The computation is
 * sn_dynamics_compute() (samnet/dynamics.h); this file parses options and
 * fills the tables.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
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
	{ "no-communities", 0, NULL, "skip the partition of each slice and the community events "
				     "(Leiden takes most of the time on large data)" },
	{ "svg", 0, "FILE", "also draw the per-slice figures and the rank trajectories of the "
			    "top actors of the first measure as a line chart in FILE" },
	CLI_OPTION_MAX_ITERATIONS,
	{ NULL, 0, NULL, NULL }
};

typedef struct {
	sn_dynamics_options_t opts;
	sn_measure_t measures[SN_MEASURE_COUNT];
	long top;
	const char *svg;
} settings_t;

static int parse_measures(settings_t *s, const cli_ctx_t *ctx)
{
	const char *list = cli_opt(ctx, "measures");
	char *copy, *save = NULL;
	int rc = CLI_EXIT_OK;

	s->opts.measures = s->measures;
	if (list && strcmp(list, "none") == 0)
		return CLI_EXIT_OK;
	if (!(copy = strdup(list ? list : "degree")))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	for (char *tok = strtok_r(copy, ",", &save); tok && rc == CLI_EXIT_OK;
	     tok = strtok_r(NULL, ",", &save)) {
		sn_measure_t m;
		if (sn_measure_parse(tok, &m) != SN_OK) {
			rc = cli_usage_error(ctx, "%s", sn_error_last());
			break;
		}
		for (size_t i = 0; i < s->opts.nmeasures; i++)
			if (s->measures[i] == m)
				rc = cli_usage_error(ctx, "measure '%s' is listed twice", tok);
		if (rc == CLI_EXIT_OK)
			s->measures[s->opts.nmeasures++] = m;
	}
	if (rc == CLI_EXIT_OK && s->opts.nmeasures == 0)
		rc = cli_usage_error(ctx, "--measures lists no measure (use 'none' for no ranks)");
	free(copy);
	return rc;
}

static int parse(settings_t *s, cli_ctx_t *ctx)
{
	long window = 1, step = 1, from = 0, to = 0;
	int rc;

	sn_dynamics_options_default(&s->opts);
	s->top = 0;
	s->svg = cli_opt(ctx, "svg");
	if ((rc = cli_opt_long(ctx, "window", 1, 1000, &window)) ||
	    (rc = cli_opt_long(ctx, "step", 1, 1000, &step)) ||
	    (rc = cli_opt_long(ctx, "from", 1000, 9999, &from)) ||
	    (rc = cli_opt_long(ctx, "to", 1000, 9999, &to)) ||
	    (rc = cli_opt_long(ctx, "top", 0, 1000000, &s->top)) ||
	    (rc = cli_opt_double(ctx, "threshold", 0, 1, &s->opts.match_threshold)) ||
	    (rc = cli_opt_max_iterations(ctx, &s->opts.communities.max_iterations)) ||
	    (rc = parse_measures(s, ctx)))
		return rc;
	if (s->opts.match_threshold <= 0)
		return cli_usage_error(ctx, "--threshold must be above 0");
	if (from && to && from > to)
		return cli_usage_error(ctx, "--from %ld comes after --to %ld", from, to);
	if (cli_opt(ctx, "projection") &&
	    sn_weighting_parse(cli_opt(ctx, "projection"), &s->opts.weighting) != SN_OK)
		return cli_usage_error(ctx, "%s", sn_error_last());
	s->opts.window = (int)window;
	s->opts.step = (int)step;
	s->opts.from = (int)from;
	s->opts.to = (int)to;
	s->opts.communities.seed = ctx->seed;
	s->opts.skip_communities = cli_flag(ctx, "no-communities");
	s->opts.population_year = ctx->year;
	s->opts.max_ties = ctx->max_ties;
	if (s->svg && ((ctx->output && cli_ctx_add_output(ctx, ctx->output)) ||
		       cli_ctx_add_output(ctx, s->svg)))
		return cli_usage_error(ctx, "too many output files");
	return CLI_EXIT_OK;
}

/* "2019", or "2018-2020" for a window of several years. */
static void slice_label(char *buf, size_t size, const sn_slice_t *s)
{
	if (s->from == s->to)
		snprintf(buf, size, "%d", s->from);
	else
		snprintf(buf, size, "%d-%d", s->from, s->to);
}

/* A real, left missing when NaN (undefined rather than a value). */
static int real_or_missing(cli_table_t *t, size_t col, double v)
{
	return isnan(v) ? 0 : cli_table_real(t, col, v);
}

static cli_table_t *slices_table(const sn_dynamics_t *d)
{
	static const struct { const char *name; cli_coltype_t type; } cols[] = {
		{ "slice", CLI_COL_STR }, { "actors", CLI_COL_INT }, { "projects", CLI_COL_INT },
		{ "ties", CLI_COL_INT }, { "density", CLI_COL_REAL }, { "components", CLI_COL_INT },
		{ "largest_component", CLI_COL_SHARE }, { "mean_degree", CLI_COL_REAL },
		{ "population_share", CLI_COL_SHARE }, { "ties_kept", CLI_COL_SHARE },
		{ "ties_jaccard", CLI_COL_REAL }, { "entering", CLI_COL_INT },
		{ "leaving", CLI_COL_INT }, { "communities", CLI_COL_INT },
	};
	cli_table_t *t = cli_table_new("slices", "Slices");
	int bad = !t;

	for (size_t c = 0; !bad && c < sizeof cols / sizeof *cols; c++)
		bad |= cli_table_column(t, cols[c].name, cols[c].type);
	/* To fit the width: the shape of each slice first, then the turnover. */
	bad = bad || cli_table_priority(t, "components", 3) | cli_table_priority(t, "mean_degree", 3) |
		     cli_table_priority(t, "largest_component", 2) | cli_table_priority(t, "density", 2) |
		     cli_table_priority(t, "ties_jaccard", 1) | cli_table_priority(t, "entering", 1) |
		     cli_table_priority(t, "leaving", 1);
	for (size_t i = 0; !bad && i < d->nslices; i++) {
		const sn_slice_t *s = &d->slices[i];
		char label[32];
		slice_label(label, sizeof label, s);
		bad |= cli_table_row(t) | cli_table_str(t, 0, label) |
		       cli_table_int(t, 1, (int64_t)s->actors) |
		       cli_table_int(t, 2, (int64_t)s->projects) |
		       cli_table_int(t, 3, (int64_t)s->ties) | real_or_missing(t, 4, s->density) |
		       cli_table_int(t, 5, (int64_t)s->components) |
		       real_or_missing(t, 6, s->largest_share) |
		       real_or_missing(t, 7, s->mean_degree) |
		       real_or_missing(t, 8, s->population_share) |
		       cli_table_int(t, 13, (int64_t)s->communities);
		if (s->has_previous)
			bad |= real_or_missing(t, 9, s->ties_kept) |
			       real_or_missing(t, 10, s->ties_jaccard) |
			       cli_table_int(t, 11, (int64_t)s->entering) |
			       cli_table_int(t, 12, (int64_t)s->leaving);
	}
	if (bad) {
		cli_table_free(t);
		return NULL;
	}
	return t;
}

static cli_table_t *ranks_table(const sn_dynamics_t *d, const sn_dataset_t *ds,
				const settings_t *s)
{
	cli_table_t *t = cli_table_new("ranks", "Ranks");
	int bad = !t || cli_table_column(t, "slice", CLI_COL_STR) |
			       cli_table_column(t, "id", CLI_COL_STR) |
			       cli_table_column(t, "name", CLI_COL_STR) |
			       cli_table_column(t, "measure", CLI_COL_STR) |
			       cli_table_column(t, "value", CLI_COL_REAL) |
			       cli_table_column(t, "rank", CLI_COL_INT);

	for (size_t i = 0; !bad && i < d->nranks; i++) {
		const sn_slice_rank_t *r = &d->ranks[i];
		char label[32];
		if (s->top && (r->rank == 0 || r->rank > (size_t)s->top))
			continue;
		slice_label(label, sizeof label, &d->slices[r->slice]);
		bad |= cli_table_row(t) | cli_table_str(t, 0, label) |
		       cli_table_str(t, 1, ds->actors[r->actor].id) |
		       cli_table_str(t, 2, ds->actors[r->actor].name) |
		       cli_table_str(t, 3, sn_measure_name(s->measures[r->measure])) |
		       cli_table_real(t, 4, r->value);
		if (r->rank)
			bad |= cli_table_int(t, 5, (int64_t)r->rank);
	}
	if (bad) {
		cli_table_free(t);
		return NULL;
	}
	return t;
}

static cli_table_t *events_table(const sn_dynamics_t *d)
{
	cli_table_t *t = cli_table_new("community_events", "Community events");
	int bad = !t || cli_table_column(t, "slice", CLI_COL_STR) |
			       cli_table_column(t, "event", CLI_COL_STR) |
			       cli_table_column(t, "previous", CLI_COL_INT) |
			       cli_table_column(t, "current", CLI_COL_INT) |
			       cli_table_column(t, "previous_size", CLI_COL_INT) |
			       cli_table_column(t, "current_size", CLI_COL_INT) |
			       cli_table_column(t, "jaccard", CLI_COL_REAL);

	for (size_t i = 0; !bad && i < d->nevents; i++) {
		const sn_community_event_t *e = &d->events[i];
		char label[32];
		slice_label(label, sizeof label, &d->slices[e->slice]);
		bad |= cli_table_row(t) | cli_table_str(t, 0, label) |
		       cli_table_str(t, 1, sn_community_event_name(e->kind)) |
		       real_or_missing(t, 6, e->jaccard);
		if (e->previous)
			bad |= cli_table_int(t, 2, (int64_t)e->previous) |
			       cli_table_int(t, 4, (int64_t)e->previous_size);
		if (e->current)
			bad |= cli_table_int(t, 3, (int64_t)e->current) |
			       cli_table_int(t, 5, (int64_t)e->current_size);
	}
	if (bad) {
		cli_table_free(t);
		return NULL;
	}
	return t;
}

static int meta(cli_doc_t *doc, const cli_data_t *data, const sn_dynamics_t *d,
		const settings_t *s)
{
	const sn_slice_t *first = &d->slices[0], *last = &d->slices[d->nslices - 1];

	return cli_doc_meta(doc, "dataset", "%s", data->label) |
	       cli_doc_meta_int(doc, "window", s->opts.window) |
	       cli_doc_meta_int(doc, "step", s->opts.step) |
	       cli_doc_meta_int(doc, "from", first->from) |
	       cli_doc_meta_int(doc, "to", last->from) |
	       cli_doc_meta(doc, "projection", "%s", sn_weighting_name(s->opts.weighting)) |
	       (s->opts.skip_communities ?
			cli_doc_meta(doc, "communities", "none (--no-communities)") :
			cli_doc_meta(doc, "communities", "leiden (modularity, seed %llu)",
				     (unsigned long long)s->opts.communities.seed)) |
	       cli_doc_meta_num(doc, "match_threshold", d->match_threshold) |
	       cli_doc_meta_int(doc, "projects_undated", (int64_t)d->undated) |
	       cli_doc_meta(doc, "population_year",
			    "%s", s->opts.population_year ? "--year" :
			    "each slice's last year, within the tree's range") |
	       cli_doc_meta(doc, "population_rule", "%s", sn_dataset_population_rule(data->ds));
}

typedef struct {
	const sn_dynamics_t *d;
	const sn_dataset_t *ds;
	const settings_t *s;
} svg_job_t;

static int write_svg(FILE *fp, const void *arg)
{
	const svg_job_t *job = arg;
	sn_error_t err = sn_dynamics_write_svg(fp, job->d, job->ds,
					       job->s->opts.nmeasures ? job->s->measures[0] :
									SN_MEASURE_DEGREE,
					       5);
	return err == SN_OK ? CLI_EXIT_OK : cli_fail(err);
}

static int run(cli_ctx_t *ctx)
{
	settings_t s;
	cli_data_t data;
	sn_dynamics_t *d = NULL;
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	if ((rc = parse(&s, ctx)) != CLI_EXIT_OK)
		return rc;
	if ((rc = cli_data_load(&data, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	if ((err = sn_dynamics_compute(&d, data.ds, &s.opts)) != SN_OK) {
		rc = cli_fail(err);
		goto done;
	}
	doc = cli_doc_new("dynamics");
	if (meta(doc, &data, d, &s) | cli_doc_table(doc, slices_table(d)) |
	    (s.opts.nmeasures ? cli_doc_table(doc, ranks_table(d, data.ds, &s)) : 0) |
	    (s.opts.skip_communities ? 0 : cli_doc_table(doc, events_table(d)))) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto done;
	}
	svg_job_t job = { d, data.ds, &s };
	if (s.svg && (rc = cli_write_file(s.svg, write_svg, &job)) != CLI_EXIT_OK)
		goto done;
	rc = cli_doc_write(doc, ctx);
done:
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
	      "highest value, ties sharing the best rank.  Communities (Leiden, --seed) of\n"
	      "consecutive slices match when the Jaccard index of their members reaches\n"
	      "--threshold; events: birth, death, merge, split, growth, shrink, continue.\n",
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
