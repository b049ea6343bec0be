/*
 * samnet communities: clusters of actors (or of actors and projects
 * together), seeded ensembles with a consensus and per-actor stability,
 * comparison with counties, types or a partition file, and resolution
 * sweeps.  The work is in analysis/ (samnet/communities.h); this file
 * parses options and lays out the tables.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "algorithm", 'a', "NAME", "leiden (default), louvain, infomap, walktrap, labelprop, fastgreedy" },
	{ "objective", 0, "OBJ", "Leiden objective: modularity (default) or cpm" },
	{ "resolution", 'r', "R", "resolution gamma >= 0 of modularity or CPM (default 1)" },
	{ "projection", 'p', "W", "count (default), newman, jaccard, overlap, or two-mode" },
	{ "runs", 'n', "N", "N seeded runs: consensus partition and per-actor stability (default 1)" },
	{ "threshold", 0, "T", "consensus threshold on the co-assignment share, in [0,1) (default 0.5)" },
	{ "compare", 'c', "WITH", "county (default), type, none, or a CSV FILE with columns actor,community" },
	{ "resolution-sweep", 0, "A:B:STEP", "only count communities and modularity for resolutions A..B" },
	{ "top", 0, "K", "most central members listed per community (default 3)" },
	CLI_OPTION_MAX_ITERATIONS,
	{ NULL, 0, NULL, NULL }
};

typedef struct {
	sn_communities_options_t co;
	sn_ensemble_options_t eo;
	sn_weighting_t weighting;
	bool two_mode;
	const char *compare;     /* NULL: no comparison */
	bool compare_default;    /* county by default: skipped when too few actors have one */
	long top;
	igraph_vector_t sweep;   /* resolutions; empty: no sweep */
} settings_t;

/* The graph that is clustered and what its vertices are. */
typedef struct {
	const cli_data_t *d;
	sn_projection_t proj;
	const igraph_t *g;
	const igraph_vector_t *w;   /* NULL for the two-mode graph */
	igraph_integer_t n;         /* vertices */
	size_t offset;              /* vertex v is two-mode vertex v + offset */
	size_t *actor_of;           /* [n] dataset actor, or SN_NO_PARENT for a project */
} graph_t;

/* What was found. */
typedef struct {
	igraph_vector_int_t memb;
	sn_communities_summary_t summary;
	double barber;              /* two-mode only */
	sn_ensemble_t ens;          /* runs > 1 only */
	sn_community_profiles_t prof;
	sn_partition_comparison_t cmp;
	bool compared;
} result_t;

/* "A:B:STEP" into a list of resolutions A, A + STEP, ... <= B. */
static int parse_sweep(cli_ctx_t *ctx, const char *s, igraph_vector_t *out)
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
	long steps = (long)floor((b - a) / step + 1e-9);
	for (long i = 0; i <= steps; i++) {
		if (igraph_vector_push_back(out, a + (double)i * step))
			return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	}
	return CLI_EXIT_OK;
}

static int parse_settings(cli_ctx_t *ctx, settings_t *s)
{
	const char *v;
	long runs = 1;
	int rc;

	s->two_mode = false;
	s->compare = NULL;
	sn_communities_options_default(&s->co);
	s->co.seed = ctx->seed;
	s->eo = (sn_ensemble_options_t)SN_ENSEMBLE_OPTIONS_INIT;
	s->weighting = SN_WEIGHT_COUNT;
	s->top = 3;
	if ((v = cli_opt(ctx, "algorithm")) && sn_community_algorithm_parse(v, &s->co.algorithm))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if ((v = cli_opt(ctx, "objective")) && sn_community_objective_parse(v, &s->co.objective))
		return cli_usage_error(ctx, "%s", sn_error_last());
	if ((v = cli_opt(ctx, "projection"))) {
		s->two_mode = strcmp(v, "two-mode") == 0;
		if (!s->two_mode && sn_weighting_parse(v, &s->weighting))
			return cli_usage_error(ctx, "%s (or two-mode)", sn_error_last());
	}
	if ((rc = cli_opt_double(ctx, "resolution", 0, 1e9, &s->co.resolution)) ||
	    (rc = cli_opt_long(ctx, "runs", 1, 100000, &runs)) ||
	    (rc = cli_opt_double(ctx, "threshold", 0, 0.999999, &s->eo.threshold)) ||
	    (rc = cli_opt_long(ctx, "top", 0, 1000, &s->top)) ||
	    (rc = cli_opt_max_iterations(ctx, &s->co.max_iterations)))
		return rc;
	s->eo.runs = (size_t)runs;
	s->compare = cli_opt(ctx, "compare");
	s->compare_default = s->compare == NULL;
	if (s->compare_default)
		s->compare = "county";
	else if (strcmp(s->compare, "none") == 0)
		s->compare = NULL;
	else if (strcmp(s->compare, "type") != 0 && strcmp(s->compare, "county") != 0)
		cli_ctx_add_input(ctx, s->compare);   /* so that -o cannot be this file */
	if ((v = cli_opt(ctx, "resolution-sweep")) && (rc = parse_sweep(ctx, v, &s->sweep)))
		return rc;
	return CLI_EXIT_OK;
}

static sn_error_t graph_build(graph_t *gr, const cli_data_t *d, const settings_t *s)
{
	const sn_network_t *net = &d->net;
	sn_error_t err;

	gr->d = d;
	if (s->two_mode) {
		gr->g = &net->graph;
		gr->w = NULL;
		gr->offset = 0;
	} else {
		if ((err = cli_projection_build(&gr->proj, d, SN_MODE_ACTORS, s->weighting)))
			return err;
		gr->g = &gr->proj.graph;
		gr->w = &gr->proj.weight;
		gr->offset = gr->proj.offset;
	}
	gr->n = igraph_vcount(gr->g);
	gr->actor_of = malloc(((size_t)gr->n + 1) * sizeof *gr->actor_of);
	if (!gr->actor_of)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (igraph_integer_t v = 0; v < gr->n; v++) {
		size_t t = (size_t)v + gr->offset;

		gr->actor_of[v] = t < net->nactors ? net->actor_index[t] : SN_NO_PARENT;
	}
	return SN_OK;
}

/* Reference labels of the actor vertices from a CSV file (actor, community). */
static int labels_from_file(const graph_t *gr, const char *path, const cli_ctx_t *ctx,
			    igraph_vector_int_t *ref)
{
	sn_table_options_t topts = { ctx->separator, ctx->latin1, 0 };
	igraph_vector_int_t labels;
	sn_diag_t diag;
	sn_error_t err;
	int rc = CLI_EXIT_OK;

	if (igraph_vector_int_init(&labels, 0))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	sn_diag_init(&diag);
	err = sn_partition_read(&labels, &gr->d->net, path, &topts, &diag);
	/* Actor vertex v is vertex v - offset of the graph analysed. */
	for (igraph_integer_t v = 0; err == SN_OK && v < igraph_vector_int_size(&labels); v++) {
		igraph_integer_t u = v - (igraph_integer_t)gr->offset;
		if (u >= 0 && u < gr->n)
			VECTOR(*ref)[u] = VECTOR(labels)[v];
	}
	if (diag.count)
		cli_print_diagnostics(&diag);
	if (err)
		rc = diag.errors && err == SN_EDATA ? CLI_EXIT_DATA : cli_fail(err);
	igraph_vector_int_destroy(&labels);
	sn_diag_destroy(&diag);
	return rc;
}

/* Compares the found partition of the actor vertices with --compare. */
static int compare(const graph_t *gr, const settings_t *s, const cli_ctx_t *ctx, result_t *r)
{
	const sn_dataset_t *ds = gr->d->ds;
	igraph_vector_int_t ref = { 0 }, found = { 0 };  /* zeroed: destroy is safe if init fails */
	int rc = CLI_EXIT_OK;
	sn_error_t err;

	if (igraph_vector_int_init(&ref, gr->n) || igraph_vector_int_init_copy(&found, &r->memb)) {
		igraph_vector_int_destroy(&ref);
		igraph_vector_int_destroy(&found);
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	}
	igraph_vector_int_fill(&ref, -1);
	for (igraph_integer_t v = 0; v < gr->n; v++) {
		size_t a = gr->actor_of[v];

		if (a == SN_NO_PARENT) {
			VECTOR(found)[v] = -1;   /* projects take no part in the comparison */
			continue;
		}
		if (strcmp(s->compare, "type") == 0)
			VECTOR(ref)[v] = sn_actor_group(ds, a, SN_GROUP_BY_TYPE);
		else if (strcmp(s->compare, "county") == 0)
			VECTOR(ref)[v] = sn_actor_group(ds, a, SN_GROUP_BY_COUNTY);
	}
	if (strcmp(s->compare, "type") && strcmp(s->compare, "county"))
		rc = labels_from_file(gr, s->compare, ctx, &ref);
	if (rc == CLI_EXIT_OK) {
		err = sn_partitions_compare(&r->cmp, &found, &ref);
		if (err == SN_OK)
			r->compared = true;
		else if (!(s->compare_default && err == SN_EINVAL))
			rc = cli_fail(err);
	}
	igraph_vector_int_destroy(&found);
	igraph_vector_int_destroy(&ref);
	return rc;
}

/* Clusters once, or runs the ensemble; then profiles. */
static sn_error_t cluster(const graph_t *gr, const settings_t *s, const cli_data_t *d,
			  result_t *r)
{
	sn_ensemble_options_t eo = s->eo;
	sn_error_t err;

	if (s->two_mode)
		eo.two_mode_types = &d->net.types;
	if (s->eo.runs > 1) {
		if ((err = sn_ensemble_run(&r->ens, gr->g, gr->w, &s->co, &eo)) ||
		    igraph_vector_int_update(&r->memb, &r->ens.consensus))
			return err ? err : sn_error_set(SN_ENOMEM, "out of memory");
		r->summary.communities = r->ens.communities;
		r->summary.modularity = r->ens.consensus_modularity;
		r->summary.quality = NAN;
	} else if (s->two_mode) {
		if ((err = sn_communities_detect_two_mode(&r->memb, &r->barber, &r->summary, gr->g,
							  gr->w, &d->net.types, &s->co)))
			return err;
		r->summary.quality = NAN;   /* Q_B, printed as barber_modularity */
	} else if ((err = sn_communities_detect(&r->memb, &r->summary, gr->g, gr->w, &s->co))) {
		return err;
	}
	if (s->two_mode && s->eo.runs > 1 &&
	    (err = sn_communities_barber_modularity(&r->barber, gr->g, gr->w, &d->net.types,
						    &r->memb, s->co.resolution)))
		return err;
	if ((err = sn_community_profiles_build(&r->prof, gr->g, gr->w, &r->memb, 1.0)))
		return err;
	return sn_community_profiles_describe(&r->prof, d->ds, gr->actor_of, d->year);
}

/* "kommun:3 region:1" from a profile's type counts. */
static void type_string(char *buf, size_t size, const sn_community_profile_t *it)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int k = 0; k < SN_ACTOR_TYPE_COUNT && used < size; k++) {
		if (it->by_type[k])
			used += (size_t)snprintf(buf + used, size - used, "%s%s:%zu", used ? " " : "",
						 sn_actor_type_name((sn_actor_type_t)k), it->by_type[k]);
	}
}

/* The names of the first `top` members, "; "-separated. */
static void member_string(char *buf, size_t size, const sn_community_profile_t *it,
			  const graph_t *gr, long top)
{
	size_t used = 0;

	buf[0] = '\0';
	for (igraph_integer_t i = 0; i < it->size && i < top && used < size; i++) {
		igraph_integer_t v = it->members[i] + (igraph_integer_t)gr->offset;

		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? "; " : "",
					 sn_network_vertex_name(&gr->d->net, v));
	}
}

static cli_table_t *communities_table(const graph_t *gr, const result_t *r, const settings_t *s)
{
	cli_table_t *t = cli_table_new("communities", "Communities");
	static const char *const cols[] = { "community", "size", "actors", "projects", "types",
		"counties", "population", "population_share", "density", "internal_weight",
		"modularity_contribution", "central_members" };
	static const cli_coltype_t types[] = { CLI_COL_INT, CLI_COL_INT, CLI_COL_INT, CLI_COL_INT,
		CLI_COL_STR, CLI_COL_INT, CLI_COL_INT, CLI_COL_SHARE, CLI_COL_REAL, CLI_COL_REAL,
		CLI_COL_REAL, CLI_COL_STR };
	char buf[1024];
	/* Column i of cols[] is table column i - skip once past "projects" (3) without two-mode. */
	size_t skip = s->two_mode ? 0 : 1;

	for (size_t c = 0; t && c < sizeof cols / sizeof *cols; c++) {
		if ((c != 3 || s->two_mode) && cli_table_column(t, cols[c], types[c]))
			goto fail;
	}
	/* To fit the width: the profile's details first, never the size or the central members. */
	if (t && (cli_table_priority(t, "modularity_contribution", 3) |
		  cli_table_priority(t, "types", 3) | cli_table_priority(t, "internal_weight", 2) |
		  cli_table_priority(t, "density", 2) | cli_table_priority(t, "counties", 1) |
		  cli_table_priority(t, "projects", 1) | cli_table_priority(t, "population", 1)))
		goto fail;
	for (size_t c = 0; t && c < r->prof.count; c++) {
		const sn_community_profile_t *it = &r->prof.items[c];
		int64_t actors = 0;

		for (igraph_integer_t i = 0; i < it->size; i++)
			actors += gr->actor_of[it->members[i]] != SN_NO_PARENT;
		/* Two-mode ties only join actors to projects: density over those pairs. */
		double pairs = (double)actors * (double)(it->size - actors);
		double density = !s->two_mode ? it->density
				 : pairs > 0 ? (double)it->internal_ties / pairs : NAN;

		type_string(buf, sizeof buf, it);
		if (cli_table_row(t) || cli_table_int(t, 0, sn_community_number((igraph_integer_t)c)) ||
		    cli_table_int(t, 1, it->size) || cli_table_int(t, 2, actors) ||
		    (s->two_mode && cli_table_int(t, 3, it->size - actors)) ||
		    cli_table_str(t, 4 - skip, buf) ||
		    cli_table_int(t, 5 - skip, (int64_t)it->counties) ||
		    (it->population != SN_NO_POPULATION && (cli_table_int(t, 6 - skip, it->population) ||
							    cli_table_real(t, 7 - skip, it->population_share))) ||
		    cli_table_real(t, 8 - skip, density) ||
		    cli_table_real(t, 9 - skip, it->internal_weight) ||
		    (!s->two_mode && cli_table_real(t, 10 - skip, it->contribution)))
			goto fail;
		member_string(buf, sizeof buf, it, gr, s->top);
		if (cli_table_str(t, 11 - skip, buf))
			goto fail;
	}
	return t;
fail:
	cli_table_free(t);
	return NULL;
}

/*
 * One row per clustered vertex, community by community, members in the
 * order of their strength inside the community.  `projects` selects the
 * project vertices of a two-mode graph instead of the actors.
 */
static cli_table_t *members_table(const graph_t *gr, const result_t *r, const settings_t *s,
				  bool projects)
{
	const sn_dataset_t *ds = gr->d->ds;
	cli_table_t *t = projects ? cli_table_new("projects", "Projects")
				  : cli_table_new("actors", "Actors");

	if (!t || cli_table_column(t, "id", CLI_COL_STR) ||
	    cli_table_column(t, "name", CLI_COL_STR) ||
	    (!projects && (cli_table_column(t, "type", CLI_COL_STR) ||
			   cli_table_column(t, "county", CLI_COL_STR))) ||
	    cli_table_column(t, "community", CLI_COL_INT) ||
	    cli_table_column(t, "internal_strength", CLI_COL_REAL) ||
	    (!projects && s->eo.runs > 1 && cli_table_column(t, "stability", CLI_COL_REAL)) ||
	    cli_table_priority(t, "type", 2) || cli_table_priority(t, "county", 1))
		goto fail;
	for (size_t c = 0; c < r->prof.count; c++) {
		const sn_community_profile_t *it = &r->prof.items[c];

		for (igraph_integer_t i = 0; i < it->size; i++) {
			igraph_integer_t v = it->members[i];
			size_t a = gr->actor_of[v], col = 2, county;
			igraph_integer_t tv = v + (igraph_integer_t)gr->offset;

			if ((a == SN_NO_PARENT) != projects)
				continue;
			if (cli_table_row(t) || cli_table_str(t, 0, sn_network_vertex_id(&gr->d->net, tv)) ||
			    cli_table_str(t, 1, sn_network_vertex_name(&gr->d->net, tv)))
				goto fail;
			if (!projects) {
				county = sn_dataset_actor_county(ds, a);
				if (cli_table_str(t, 2, sn_actor_type_name(ds->actors[a].type)) ||
				    (county != SN_NO_PARENT &&
				     cli_table_str(t, 3, ds->territories->name[county])))
					goto fail;
				col = 4;
			}
			if (cli_table_int(t, col, sn_community_number((igraph_integer_t)c)) ||
			    cli_table_real(t, col + 1, it->internal_strength[i]) ||
			    (!projects && s->eo.runs > 1 &&
			     cli_table_real(t, col + 2, VECTOR(r->ens.stability)[v])))
				goto fail;
		}
	}
	return t;
fail:
	cli_table_free(t);
	return NULL;
}

static cli_table_t *comparison_table(const result_t *r, const settings_t *s)
{
	cli_table_t *t = cli_table_new("comparison", "Comparison");

	if (!t || cli_table_column(t, "with", CLI_COL_STR) ||
	    cli_table_column(t, "actors", CLI_COL_INT) ||
	    cli_table_column(t, "nmi", CLI_COL_REAL) ||
	    cli_table_column(t, "adjusted_rand", CLI_COL_REAL) ||
	    cli_table_column(t, "rand", CLI_COL_REAL) ||
	    cli_table_column(t, "variation_of_information", CLI_COL_REAL) ||
	    cli_table_row(t) || cli_table_str(t, 0, s->compare) ||
	    cli_table_int(t, 1, (int64_t)r->cmp.n) || cli_table_real(t, 2, r->cmp.nmi) ||
	    cli_table_real(t, 3, r->cmp.ari) || cli_table_real(t, 4, r->cmp.rand) ||
	    cli_table_real(t, 5, r->cmp.vi)) {
		cli_table_free(t);
		return NULL;
	}
	return t;
}

/* Metadata: every parameter that shapes the result, and the headline numbers. */
static int common_meta(cli_doc_t *doc, const cli_data_t *d, const settings_t *s,
		       const graph_t *gr)
{
	const sn_communities_options_t *o = &s->co;
	int bad = 0;

	bad |= cli_doc_meta(doc, "dataset", "%s", d->label);
	bad |= cli_doc_population_meta(doc, d);
	bad |= cli_doc_meta(doc, "projection", "%s",
			    s->two_mode ? "two-mode" : sn_weighting_name(s->weighting));
	bad |= cli_doc_meta(doc, "algorithm", "%s", sn_community_algorithm_name(o->algorithm));
	if (o->algorithm == SN_COMMUNITY_LEIDEN) {
		bad |= cli_doc_meta(doc, "objective", "%s", sn_community_objective_name(o->objective));
		bad |= cli_doc_meta_num(doc, "beta", o->beta);
	}
	if (o->algorithm == SN_COMMUNITY_LEIDEN || s->two_mode)
		bad |= cli_doc_meta_int(doc, "max_iterations", o->max_iterations);
	if (o->algorithm == SN_COMMUNITY_WALKTRAP)
		bad |= cli_doc_meta_int(doc, "walktrap_steps", o->walktrap_steps);
	if (o->algorithm == SN_COMMUNITY_INFOMAP)
		bad |= cli_doc_meta_int(doc, "infomap_trials", o->infomap_trials);
	if (igraph_vector_size(&s->sweep) == 0 &&
	    (o->algorithm == SN_COMMUNITY_LEIDEN || o->algorithm == SN_COMMUNITY_LOUVAIN))
		bad |= cli_doc_meta_num(doc, "resolution", o->resolution);
	bad |= cli_doc_meta_uint(doc, "seed", o->seed);
	bad |= cli_doc_meta_int(doc, "vertices", gr->n);
	return bad;
}

/* Mean stability over the clustered vertices (projects too, in two-mode). */
static double stability_mean(const result_t *r)
{
	const igraph_vector_t *st = &r->ens.stability;

	return igraph_vector_size(st) ? igraph_vector_sum(st) / (double)igraph_vector_size(st) : NAN;
}

/* Iterations done and whether the bound, not stability, ended them (one run). */
static int bound_meta(cli_doc_t *doc, const sn_communities_summary_t *sum, bool two_mode)
{
	int bad = 0;

	if (sum->iterations > 0)
		bad |= cli_doc_meta_int(doc, "iterations", sum->iterations);
	if (two_mode)
		bad |= cli_doc_meta_int(doc, "brim_sweeps", sum->sweeps);
	bad |= cli_doc_meta(doc, "stopped_at_bound", "%s", sum->at_bound ? "yes" : "no");
	return bad;
}

/* The seed of each run, so that `--seed S --runs 1` reproduces any one of them. */
static int run_seeds_meta(cli_doc_t *doc, const settings_t *s)
{
	size_t size = s->eo.runs * 21 + 1, used = 0;
	char *list = malloc(size);
	int bad;

	if (list == NULL)
		return -1;
	list[0] = '\0';
	for (size_t r = 0; r < s->eo.runs; r++)
		used += (size_t)snprintf(list + used, size - used, "%s%" PRIu64, r ? " " : "",
					 sn_communities_derived_seed(s->co.seed, r));
	bad = cli_doc_meta(doc, "run_seeds", "%s", list);
	free(list);
	return bad;
}

static int result_meta(cli_doc_t *doc, const settings_t *s, const result_t *r)
{
	int bad = 0;

	bad |= cli_doc_meta_int(doc, "runs", (int64_t)s->eo.runs);
	if (s->eo.runs == 1 && (s->co.algorithm == SN_COMMUNITY_LEIDEN || s->two_mode))
		bad |= bound_meta(doc, &r->summary, s->two_mode);
	if (s->eo.runs > 1) {
		bad |= run_seeds_meta(doc, s);
		bad |= cli_doc_meta_num(doc, "consensus_threshold", s->eo.threshold);
		bad |= cli_doc_meta_int(doc, "consensus_max_rounds", (int64_t)s->eo.max_iterations);
		bad |= cli_doc_meta_int(doc, "consensus_rounds", (int64_t)r->ens.iterations);
		bad |= cli_doc_meta(doc, "consensus_converged", "%s", r->ens.converged ? "yes" : "no");
		if (s->co.algorithm == SN_COMMUNITY_LEIDEN || s->two_mode)
			bad |= cli_doc_meta_int(doc, "runs_at_bound", (int64_t)r->ens.runs_at_bound);
		bad |= cli_doc_meta_num(doc, "runs_nmi_mean", r->ens.nmi_mean);
		bad |= cli_doc_meta_num(doc, "runs_nmi_min", r->ens.nmi_min);
		bad |= cli_doc_meta_num(doc, "runs_vi_mean", r->ens.vi_mean);
		bad |= cli_doc_meta_num(doc, "runs_vi_max", r->ens.vi_max);
		bad |= cli_doc_meta_num(doc, "stability_mean", stability_mean(r));
	}
	bad |= cli_doc_meta_int(doc, "communities", r->summary.communities);
	bad |= cli_doc_meta_num(doc, "modularity", r->summary.modularity);
	if (!isnan(r->summary.quality))
		bad |= cli_doc_meta_num(doc, s->co.algorithm == SN_COMMUNITY_INFOMAP ? "codelength"
				    : "quality", r->summary.quality);
	if (s->two_mode)
		bad |= cli_doc_meta_num(doc, "barber_modularity", r->barber);
	return bad;
}

/* igraph 0.10's igraph_vector_bool_sum() returns a bool, not a count. */
static igraph_integer_t count_true(const igraph_vector_bool_t *v)
{
	igraph_integer_t k = 0;

	for (igraph_integer_t i = 0; i < igraph_vector_bool_size(v); i++)
		k += VECTOR(*v)[i] != 0;
	return k;
}

static int run_sweep(cli_doc_t *doc, const graph_t *gr, const settings_t *s, const cli_ctx_t *ctx)
{
	/* Zeroed: destroying one whose init failed (or never ran) is safe in igraph 0.10. */
	igraph_vector_int_t count = { 0 };
	igraph_vector_t mod = { 0 }, qual = { 0 };
	igraph_vector_bool_t at_bound = { 0 };
	cli_table_t *t = NULL;
	sn_error_t err;
	int rc;

	if (igraph_vector_int_init(&count, 0) || igraph_vector_init(&mod, 0) ||
	    igraph_vector_init(&qual, 0) || igraph_vector_bool_init(&at_bound, 0))
		goto nomem;
	if ((err = sn_communities_sweep(&count, &mod, &qual, &at_bound, gr->g, gr->w, &s->co,
					&s->sweep))) {
		rc = cli_fail(err);
		goto done;
	}
	if (s->co.algorithm == SN_COMMUNITY_LEIDEN &&
	    cli_doc_meta_int(doc, "runs_at_bound", (int64_t)count_true(&at_bound)))
		goto nomem;
	t = cli_table_new("sweep", "Resolution sweep");
	if (!t || cli_table_column(t, "resolution", CLI_COL_REAL) ||
	    cli_table_column(t, "communities", CLI_COL_INT) ||
	    cli_table_column(t, "modularity", CLI_COL_REAL) ||
	    cli_table_column(t, "quality", CLI_COL_REAL))
		goto nomem;
	for (igraph_integer_t i = 0; i < igraph_vector_size(&s->sweep); i++) {
		if (cli_table_row(t) || cli_table_real(t, 0, VECTOR(s->sweep)[i]) ||
		    cli_table_int(t, 1, VECTOR(count)[i]) || cli_table_real(t, 2, VECTOR(mod)[i]) ||
		    cli_table_real(t, 3, VECTOR(qual)[i]))
			goto nomem;
	}
	rc = cli_doc_table(doc, t) ? cli_fail(sn_error_set(SN_ENOMEM, "out of memory"))
				   : cli_doc_write(doc, ctx);
	t = NULL;
	goto done;
nomem:
	rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
done:
	cli_table_free(t);
	igraph_vector_bool_destroy(&at_bound);
	igraph_vector_destroy(&qual);
	igraph_vector_destroy(&mod);
	igraph_vector_int_destroy(&count);
	return rc;
}

static int report(cli_doc_t *doc, const graph_t *gr, const settings_t *s, const result_t *r,
		  const cli_ctx_t *ctx)
{
	int bad = result_meta(doc, s, r);

	bad |= cli_doc_table(doc, communities_table(gr, r, s));
	bad |= cli_doc_table(doc, members_table(gr, r, s, false));
	if (s->two_mode)
		bad |= cli_doc_table(doc, members_table(gr, r, s, true));
	if (r->compared)
		bad |= cli_doc_table(doc, comparison_table(r, s));
	if (bad)
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	return cli_doc_write(doc, ctx);
}

static int run(cli_ctx_t *ctx)
{
	settings_t s;
	cli_data_t d;
	graph_t gr = { 0 };
	result_t r = { 0 };
	cli_doc_t *doc = NULL;
	sn_error_t err;
	int rc;

	if (igraph_vector_init(&s.sweep, 0))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	sn_projection_init(&gr.proj);
	sn_ensemble_init(&r.ens);
	sn_community_profiles_init(&r.prof);
	if (igraph_vector_int_init(&r.memb, 0)) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto early;
	}
	if ((rc = parse_settings(ctx, &s)) || (rc = cli_data_load(&d, ctx, NULL)))
		goto early;
	if ((err = graph_build(&gr, &d, &s))) {
		rc = cli_fail(err);
		goto done;
	}
	doc = cli_doc_new("communities");
	if (!doc || common_meta(doc, &d, &s, &gr)) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto done;
	}
	if (igraph_vector_size(&s.sweep) > 0) {
		rc = run_sweep(doc, &gr, &s, ctx);
		goto done;
	}
	if ((err = cluster(&gr, &s, &d, &r))) {
		rc = cli_fail(err);
		goto done;
	}
	if (s.compare && (rc = compare(&gr, &s, ctx, &r)))
		goto done;
	rc = report(doc, &gr, &s, &r, ctx);
done:
	cli_doc_free(doc);
	free(gr.actor_of);
	cli_data_destroy(&d);
early:
	sn_community_profiles_destroy(&r.prof);
	sn_ensemble_destroy(&r.ens);
	igraph_vector_int_destroy(&r.memb);
	sn_projection_destroy(&gr.proj);
	igraph_vector_destroy(&s.sweep);
	return rc;
}

const cli_command_t cmd_communities = {
	.name = "communities",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "clusters, consensus, stability, comparison with counties",
	.description =
		"Finds communities of the actor projection (or, with --projection two-mode, of\n"
		"actors and projects together, scored by Barber's bipartite modularity and\n"
		"refined with BRIM).  Leiden maximises modularity with resolution gamma\n"
		"(node weights = strengths, igraph resolution gamma/2m) or, with --objective\n"
		"cpm, the constant Potts model, where gamma is a density threshold.  Louvain\n"
		"uses gamma too; the other algorithms ignore it.  --seed makes runs identical.\n"
		"Leiden iterates until an iteration leaves the partition unchanged, at most\n"
		"--max-iterations times (default 100; BRIM sweeps likewise); the metadata\n"
		"gives the iterations done and stopped_at_bound (runs_at_bound for --runs and\n"
		"sweeps): 'yes' means the partition may not be stable yet.\n"
		"With --runs N > 1 the algorithm runs N times (run r seeded with\n"
		"splitmix64(seed + (r + 1) * golden), listed as run_seeds: --seed with one of\n"
		"them reproduces that run alone), and a Lancichinetti-Fortunato consensus\n"
		"clustering of the co-assignment matrix (entries below --threshold dropped)\n"
		"gives the communities; an actor's stability is the share of runs in which it\n"
		"sits with more than half of the other members of its consensus community.\n"
		"Community profiles: members by type, counties, the population of the union of\n"
		"their territories and its share, density, modularity contribution (gamma 1;\n"
		"they sum to the modularity) and the members with most ties inside.",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
