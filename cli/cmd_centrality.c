/*
 * samnet centrality: per-actor centrality on an actor projection or on the
 * two-mode graph, ranked overall or within actor types or counties, with the
 * population each actor represents and the population its direct partners
 * represent.  The measures live in analysis/ (samnet/centrality.h).
 */
#include "config.h"

#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

static const cli_option_t options[] = {
	{ "measures", 'm', "LIST", "comma-separated measures (see above; default: degree,strength,betweenness,betweenness_w,harmonic,eigenvector,pagerank,constraint,effective_size,coreness; two-mode: degree,closeness,betweenness)" },
	{ "projection", 'p', "W", "count (default), newman, jaccard, overlap, or two-mode" },
	{ "top", 'n', "N", "list only the N best-ranked actors (per group with --by); default all" },
	{ "by", 0, "GROUP", "rank within groups: type or county" },
	{ "sort", 's', "MEASURE", "rank by this listed measure (default the first); constraint ranks lowest first" },
	{ "raw", 0, NULL, "raw values instead of normalised ones" },
	{ "normalized", 0, NULL, "normalised values (the default)" },
	{ "approx", 0, "EPS", "sample betweenness and betweenness_w to within EPS, "
			      "0.0001 <= EPS < 1 (see above)" },
	{ "delta", 0, "D", "failure probability of --approx, 0 < D < 1 (default 0.1)" },
	{ NULL, 0, NULL, NULL }
};

static const char default_measures[] = "degree,strength,betweenness,betweenness_w,harmonic,"
	"eigenvector,pagerank,constraint,effective_size,coreness";
static const char default_twomode[] = "degree,closeness,betweenness";

enum { BY_NONE, BY_TYPE, BY_COUNTY };

typedef struct {
	sn_measure_t measures[SN_MEASURE_COUNT];
	size_t nmeasures;
	size_t sort;              /* index into measures */
	bool two_mode;
	sn_weighting_t weighting;
	bool normalized;
	int by;
	long top;                 /* 0: all */
	double eps, delta;        /* --approx, --delta; eps 0: exact betweenness */
	int64_t samples[SN_MEASURE_COUNT];  /* sample size per sampled measure */
} settings_t;

typedef struct {
	size_t row;               /* actor vertex */
	long group;               /* sort group, SN_GROUP_NONE for "no county" (sorted last) */
	double key;               /* sort value, NaN last */
	const char *id;
} order_t;

/* The names of the two-mode measures, comma-separated, for a message. */
static const char *two_mode_names(char *buf, size_t size)
{
	buf[0] = '\0';
	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++) {
		size_t used = strlen(buf);
		if (sn_measure_info(m)->two_mode)
			snprintf(buf + used, size - used, "%s%s", used ? ", " : "", sn_measure_name(m));
	}
	return buf;
}

static int parse_measures(settings_t *s, const cli_ctx_t *ctx)
{
	const char *list = cli_opt(ctx, "measures");
	char *copy, *save = NULL, names[256];
	int rc = CLI_EXIT_OK;

	if (!(copy = strdup(list ? list : s->two_mode ? default_twomode : default_measures)))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	s->nmeasures = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok && rc == CLI_EXIT_OK;
	     tok = strtok_r(NULL, ",", &save)) {
		sn_measure_t m;
		if (sn_measure_parse(tok, &m) != SN_OK) {
			rc = cli_usage_error(ctx, "%s", sn_error_last());
			break;
		}
		for (size_t i = 0; i < s->nmeasures; i++)
			if (s->measures[i] == m)
				rc = cli_usage_error(ctx, "measure '%s' is listed twice", tok);
		if (rc == CLI_EXIT_OK)
			s->measures[s->nmeasures++] = m;
	}
	if (rc == CLI_EXIT_OK && s->nmeasures == 0)
		rc = cli_usage_error(ctx, "--measures lists no measure");
	for (size_t i = 0; rc == CLI_EXIT_OK && s->two_mode && i < s->nmeasures; i++)
		if (!sn_measure_info(s->measures[i])->two_mode)
			rc = cli_usage_error(ctx, "measure '%s' is not defined on the two-mode graph; "
					     "use one of %s", sn_measure_name(s->measures[i]),
					     two_mode_names(names, sizeof names));
	free(copy);
	return rc;
}

static bool is_betweenness(sn_measure_t m)
{
	return m == SN_MEASURE_BETWEENNESS || m == SN_MEASURE_BETWEENNESS_W;
}

/*
 * Smallest --approx: the sample count grows as 1/eps^2, and at eps 1e-4 it
 * is already 5e7 (ln VD + 1 + ln 1/delta), hours of work; below it the
 * count would soon pass the library's limit of 1e10 samples.
 */
#define APPROX_EPS_MIN 1e-4

/* --approx and --delta, checked here so that a bad value is a usage error. */
static int parse_approx(settings_t *s, const cli_ctx_t *ctx)
{
	bool listed = false;
	int rc;

	s->delta = 0.1;
	if (!cli_opt(ctx, "approx"))
		return cli_opt(ctx, "delta") ? cli_usage_error(ctx, "--delta needs --approx")
					     : CLI_EXIT_OK;
	if ((rc = cli_opt_double(ctx, "approx", -HUGE_VAL, HUGE_VAL, &s->eps)) != CLI_EXIT_OK ||
	    (rc = cli_opt_double(ctx, "delta", -HUGE_VAL, HUGE_VAL, &s->delta)) != CLI_EXIT_OK)
		return rc;
	if (!(s->eps >= APPROX_EPS_MIN && s->eps < 1))
		return cli_usage_error(ctx, "--approx must lie in [%g, 1), got %g", APPROX_EPS_MIN,
				       s->eps);
	if (!(s->delta > 0 && s->delta < 1))
		return cli_usage_error(ctx, "--delta must lie strictly between 0 and 1, got %g",
				       s->delta);
	if (s->two_mode)
		return cli_usage_error(ctx, "--approx applies to the actor projection, not two-mode");
	for (size_t k = 0; k < s->nmeasures; k++)
		listed |= is_betweenness(s->measures[k]);
	if (!listed)
		return cli_usage_error(ctx, "--approx needs betweenness or betweenness_w among the "
				       "measures");
	return CLI_EXIT_OK;
}

static int parse_settings(settings_t *s, const cli_ctx_t *ctx)
{
	const char *p = cli_opt(ctx, "projection"), *by = cli_opt(ctx, "by");
	const char *sort = cli_opt(ctx, "sort");
	int rc;

	memset(s, 0, sizeof *s);
	s->weighting = SN_WEIGHT_COUNT;
	s->two_mode = p && strcmp(p, "two-mode") == 0;
	if (p && !s->two_mode && sn_weighting_parse(p, &s->weighting) != SN_OK)
		return cli_usage_error(ctx, "unknown projection '%s'; use count, newman, jaccard, "
				       "overlap or two-mode", p);
	if (cli_flag(ctx, "raw") && cli_flag(ctx, "normalized"))
		return cli_usage_error(ctx, "--raw and --normalized exclude each other");
	s->normalized = !cli_flag(ctx, "raw");
	if (by && strcmp(by, "type") == 0)
		s->by = BY_TYPE;
	else if (by && strcmp(by, "county") == 0)
		s->by = BY_COUNTY;
	else if (by)
		return cli_usage_error(ctx, "--by must be type or county, not '%s'", by);
	if ((rc = cli_opt_long(ctx, "top", 0, 1000000000L, &s->top)) != CLI_EXIT_OK)
		return rc;
	if ((rc = parse_measures(s, ctx)) != CLI_EXIT_OK ||
	    (rc = parse_approx(s, ctx)) != CLI_EXIT_OK)
		return rc;
	if (!sort)
		return CLI_EXIT_OK;
	for (s->sort = 0; s->sort < s->nmeasures; s->sort++)
		if (strcmp(sn_measure_name(s->measures[s->sort]), sort) == 0)
			return CLI_EXIT_OK;
	return cli_usage_error(ctx, "--sort '%s' is not among the listed measures", sort);
}

/* values[k] holds measure k for every actor vertex (two-mode: actors then projects). */
static sn_error_t compute(igraph_vector_t *values, settings_t *s, const cli_data_t *d,
			  sn_projection_t *proj, uint64_t seed)
{
	sn_error_t err = SN_OK;

	if (!s->two_mode)
		err = cli_projection_build(proj, d, SN_MODE_ACTORS, s->weighting);
	/* Rows are indexed by two-mode actor vertex; the actor projection keeps that order. */
	if (err == SN_OK && !s->two_mode && proj->offset != 0)
		err = sn_error_set(SN_EDATA, "centrality: the actor projection is offset");
	for (size_t k = 0; k < s->nmeasures && err == SN_OK; k++) {
		if (s->two_mode)
			err = sn_twomode_compute(&values[k], &d->net.graph, &d->net.types,
						 s->measures[k], s->normalized);
		else if (s->eps > 0 && is_betweenness(s->measures[k]))
			err = sn_centrality_betweenness_approx(
				&values[k], &s->samples[k], &proj->graph,
				s->measures[k] == SN_MEASURE_BETWEENNESS_W ? &proj->weight : NULL,
				s->normalized, s->eps, s->delta, seed);
		else
			err = sn_centrality_compute(&values[k], &proj->graph, &proj->weight,
						    s->measures[k], s->normalized);
	}
	return err;
}

static long group_of(const cli_data_t *d, size_t a, int by)
{
	if (by == BY_NONE)
		return 0;
	return (long)sn_actor_group(d->ds, a, by == BY_TYPE ? SN_GROUP_BY_TYPE : SN_GROUP_BY_COUNTY);
}

static int compare_order(const void *pa, const void *pb)
{
	const order_t *a = pa, *b = pb;
	/* Groups ascending (no county, SN_GROUP_NONE, last); within a group the key descending, NaN last. */
	long ga = a->group == SN_GROUP_NONE ? LONG_MAX : a->group;
	long gb = b->group == SN_GROUP_NONE ? LONG_MAX : b->group;

	if (ga != gb)
		return ga < gb ? -1 : 1;
	if (isnan(a->key) != isnan(b->key))
		return isnan(a->key) ? 1 : -1;
	if (!isnan(a->key) && a->key != b->key)
		return a->key > b->key ? -1 : 1;
	return strcmp(a->id, b->id);
}

static order_t *rank(const settings_t *s, const cli_data_t *d, const igraph_vector_t *values)
{
	size_t n = d->net.nactors;
	order_t *o = malloc((n + 1) * sizeof *o);
	/* Constraint measures closure: the least constrained actors come first. */
	double sign = s->measures[s->sort] == SN_MEASURE_CONSTRAINT ? -1 : 1;

	if (!o)
		return NULL;
	for (size_t v = 0; v < n; v++) {
		size_t a = d->net.actor_index[v];
		o[v].row = v;
		o[v].group = group_of(d, a, s->by);
		o[v].key = sign * VECTOR(values[s->sort])[v];
		o[v].id = d->ds->actors[a].id;
	}
	qsort(o, n, sizeof *o, compare_order);
	return o;
}

static const char *group_column(int by)
{
	return by == BY_TYPE ? "rank_in_type" : by == BY_COUNTY ? "rank_in_county" : "rank";
}

static int table_columns(cli_table_t *t, const settings_t *s)
{
	int bad = cli_table_column(t, group_column(s->by), CLI_COL_INT) |
		  cli_table_column(t, "id", CLI_COL_STR) |
		  cli_table_column(t, "name", CLI_COL_STR) |
		  cli_table_column(t, "type", CLI_COL_STR) |
		  cli_table_column(t, "county", CLI_COL_STR) |
		  cli_table_column(t, "population", CLI_COL_INT) |
		  cli_table_column(t, "partner_population", CLI_COL_INT);
	for (size_t k = 0; k < s->nmeasures; k++)
		bad |= cli_table_column(t, sn_measure_name(s->measures[k]), CLI_COL_REAL);
	/* To fit the width: the descriptions go first, then the measures not ranked by. */
	bad |= cli_table_priority(t, "type", 2) | cli_table_priority(t, "county", 2) |
	       cli_table_priority(t, "population", 2) | cli_table_priority(t, "partner_population", 2);
	for (size_t k = 0; k < s->nmeasures; k++)
		if (k != s->sort)
			bad |= cli_table_priority(t, sn_measure_name(s->measures[k]), 1);
	return bad;
}

/* One table row for actor vertex v at rank r, whose partners represent `partners`. */
static sn_error_t table_row(cli_table_t *t, const settings_t *s, const cli_data_t *d,
			    const igraph_vector_t *values, size_t v, long r, int64_t partners)
{
	const sn_actor_t *actor = &d->ds->actors[d->net.actor_index[v]];
	size_t a = d->net.actor_index[v], county = sn_dataset_actor_county(d->ds, a);
	int64_t own = 0;
	sn_error_t err = SN_OK;

	if (actor->represents != SN_NO_PARENT)
		err = sn_dataset_represented_population(d->ds, &a, 1, d->year, &own);
	if (err != SN_OK)
		return err;
	int bad = cli_table_row(t) | cli_table_int(t, 0, r) | cli_table_str(t, 1, actor->id) |
		  cli_table_str(t, 2, actor->name) |
		  cli_table_str(t, 3, sn_actor_type_name(actor->type)) |
		  (county != SN_NO_PARENT ? cli_table_str(t, 4, d->ds->territories->name[county]) : 0) |
		  (actor->represents != SN_NO_PARENT ? cli_table_int(t, 5, own) : 0) |
		  cli_table_int(t, 6, partners);
	for (size_t k = 0; k < s->nmeasures; k++)
		bad |= cli_table_real(t, 7 + k, VECTOR(values[k])[v]);
	return bad ? sn_error_set(SN_ENOMEM, "out of memory") : SN_OK;
}

static sn_error_t fill_table(cli_table_t *t, const settings_t *s, const cli_data_t *d,
			     const igraph_vector_t *values, const order_t *o)
{
	size_t n = d->net.nactors, shown = 0;
	size_t *row = malloc((n + 1) * sizeof *row);
	long *rank_of = malloc((n + 1) * sizeof *rank_of);
	int64_t *partners = malloc((n + 1) * sizeof *partners);
	sn_error_t err = SN_OK;
	long r = 0;

	if (!row || !rank_of || !partners || table_columns(t, s))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < n && err == SN_OK; i++) {
		r = i > 0 && o[i].group == o[i - 1].group ? r + 1 : 1;
		if (s->top > 0 && r > s->top)
			continue;
		rank_of[shown] = r;
		row[shown++] = o[i].row;
	}
	if (err == SN_OK)
		err = sn_network_partner_population(partners, &d->net, row, shown, d->year);
	for (size_t i = 0; i < shown && err == SN_OK; i++)
		err = table_row(t, s, d, values, row[i], rank_of[i], partners[i]);
	free(row);
	free(rank_of);
	free(partners);
	return err;
}

/* How each sampled measure was estimated, for the output's metadata. */
static int approx_meta(cli_doc_t *doc, const settings_t *s, const cli_ctx_t *ctx)
{
	int bad = 0;

	for (size_t k = 0; s->eps > 0 && k < s->nmeasures; k++)
		if (is_betweenness(s->measures[k]))
			bad |= cli_doc_meta(doc, sn_measure_name(s->measures[k]),
					    "sampled (Riondato-Kornaropoulos), eps %g, delta %g, "
					    "%" PRId64 " samples, seed %" PRIu64, s->eps, s->delta,
					    s->samples[k], ctx->seed);
	return bad;
}

static int report(const cli_ctx_t *ctx, const settings_t *s, const cli_data_t *d,
		  const igraph_vector_t *values)
{
	order_t *o = rank(s, d, values);
	cli_table_t *t = cli_table_new("centrality", "Centrality");
	cli_doc_t *doc = cli_doc_new("centrality");
	sn_error_t err = SN_OK;
	int rc;

	if (!o || !t || !doc)
		err = sn_error_set(SN_ENOMEM, "out of memory");
	else
		err = fill_table(t, s, d, values, o);
	if (err == SN_OK) {
		/* cli_doc_table() takes `t` in every case. */
		int bad = cli_doc_meta(doc, "dataset", "%s", d->label) |
			  cli_doc_population_meta(doc, d) |
			  cli_doc_meta(doc, "projection", "%s", s->two_mode ? "two-mode"
				       : sn_weighting_name(s->weighting)) |
			  cli_doc_meta(doc, "values", "%s", s->normalized ? "normalized" : "raw") |
			  cli_doc_meta(doc, "sort", "%s", sn_measure_name(s->measures[s->sort])) |
			  cli_doc_meta_num(doc, "pagerank_damping", SN_PAGERANK_DAMPING) |
			  approx_meta(doc, s, ctx) | cli_doc_table(doc, t);
		t = NULL;
		if (bad)
			err = sn_error_set(SN_ENOMEM, "out of memory");
	}
	rc = err == SN_OK ? cli_doc_write(doc, ctx) : cli_fail(err);
	cli_table_free(t);
	cli_doc_free(doc);
	free(o);
	return rc;
}

static int run(cli_ctx_t *ctx)
{
	settings_t s;
	cli_data_t d;
	sn_projection_t proj;
	igraph_vector_t values[SN_MEASURE_COUNT];
	size_t ninit = 0;
	sn_error_t err = SN_OK;
	int rc;

	if ((rc = parse_settings(&s, ctx)) != CLI_EXIT_OK)
		return rc;
	sn_projection_init(&proj);
	if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
		return rc;
	/* ninit counts the vectors initialised, so that only those are destroyed. */
	for (; ninit < s.nmeasures && err == SN_OK; ninit++)
		if (igraph_vector_init(&values[ninit], 0)) {
			err = sn_error_set(SN_ENOMEM, "out of memory");
			break;
		}
	if (err == SN_OK)
		err = compute(values, &s, &d, &proj, ctx->seed);
	rc = err == SN_OK ? report(ctx, &s, &d, values) : cli_fail(err);
	for (size_t k = 0; k < ninit; k++)
		igraph_vector_destroy(&values[k]);
	sn_projection_destroy(&proj);
	cli_data_destroy(&d);
	return rc;
}

/* The measures, from the library's registry: name, whether weighted and two-mode, description. */
static void measures_help(FILE *fp)
{
	fputs("\nMeasures (w: uses tie weights; 2: also on the two-mode graph):\n", fp);
	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info(m);
		fprintf(fp, "  %-15s %c%c  %s\n", info->name, info->weighted ? 'w' : ' ',
			info->two_mode ? '2' : ' ', info->description);
	}
}

const cli_command_t cmd_centrality = {
	.name = "centrality",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "per-actor centrality, ranked, with represented population",
	.description =
		"Centrality of every actor on the actor projection (ties weighted by --projection;\n"
		"path-based _w measures use length 1/weight) or on the two-mode graph, where\n"
		"degree, closeness and betweenness carry the Borgatti-Everett normalisation.\n"
		"Closeness counts reachable actors only; harmonic closeness suits disconnected\n"
		"networks. Eigenvector, hub and authority are computed on each connected\n"
		"component apart: normalised, the most central actor of every component gets 1\n"
		"(raw: divided by the Euclidean length, or for hub and authority the sum, over\n"
		"the whole network), so identical components score alike; compare actors within\n"
		"a component. On these undirected ties hub and authority are equal, and equal\n"
		"the eigenvector scores when normalised.\n"
		"PageRank uses damping 0.85. 'population' is what the territory the\n"
		"actor represents holds (regions, kommuner, länsstyrelser, or the represents\n"
		"column; empty for others); 'partner_population' the union of its direct\n"
		"partners' represented territories. A measure's name is the same in every\n"
		"samnet table, export and report: a path-based measure under its plain name\n"
		"counts hops, with '_w' it uses tie length 1/weight.\n"
		"\n"
		"--approx EPS estimates betweenness and betweenness_w from sampled shortest\n"
		"paths (Riondato & Kornaropoulos 2016), seeded by --seed, for networks where the\n"
		"exact O(n m) computation takes hours. With probability at least 1 - D every\n"
		"actor at once is within EPS * n/(n-2) of its exact normalised value (EPS *\n"
		"n(n-1)/2 raw). The sample size grows as 1/EPS^2 and only logarithmically\n"
		"with the network; the metadata records EPS, D, samples and seed.",
	.help_more = measures_help,
	.options = options,
	.uses_dataset = true,
	.run = run,
};
