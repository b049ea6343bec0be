/*
 * export/report.c: the self-contained HTML report (sn_report_write()).
 *
 * Everything is computed here, in C: the actor projection, the standard
 * columns (population, centralities, Leiden communities), the community
 * profiles, the coalitions' population and strength shares and a seeded
 * Fruchterman-Reingold layout.  The page holds the results as tables and
 * SVG charts written through the shared XML writer, and the network as a
 * JSON block that the inlined script (export/report_assets.c) draws.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/model.h"
#include "export/report.h"
#include "export/svg.h"
#include "export/viz.h"
#include "samnet/centrality.h"
#include "samnet/coalition.h"
#include "samnet/coalition_game.h"
#include "samnet/communities.h"
#include "samnet/dynamics.h"
#include "samnet/players.h"
#include "samnet/power.h"

/* The actors of one type left out of the network view, and how many they are. */
typedef struct {
	const char *type;        /* borrowed from the type field, or "(none)" */
	size_t actors;
} aggregate_t;

typedef struct {
	const sn_network_t *net;
	const sn_report_options_t *opts;
	int year;
	int64_t national;        /* population of the root territory, or <= 0 */
	sn_projection_t proj;
	sn_columns_t cols;
	sn__xgraph_t g;          /* the actor projection with the columns */
	igraph_matrix_t pos;
	double *strength, *betweenness_w;  /* [g.nv], borrowed from g's fields */
	sn_coalition_game_t power;  /* the regions' population-majority game, when has_power */
	bool has_power;
	sn_community_profiles_t profiles;
	size_t *rank;            /* [g.nv] vertices by strength, largest first (ties: lower index) */
	size_t *drawn;           /* [g.nv] index among the drawn actors, or SIZE_MAX */
	size_t ndrawn;           /* actors drawn in the network view */
	size_t *links;           /* [nlinks] edges drawn: among drawn actors, the LINKS_MAX strongest */
	size_t nlinks;
	aggregate_t *aggregates; /* [naggregates] the actors left out of the drawing, by type */
	size_t naggregates;
	sn__xml_t x;
} report_t;

/*
 * Level of detail: above DRAW_MAX actors the network view draws the DRAW_MAX
 * actors of largest strength and at most LINKS_MAX of the strongest ties
 * among them, and the centrality table lists the TABLE_MAX strongest actors;
 * the page says how many are left out (a 5000-actor report stays under 2 MB
 * and draws in well under a second) and draws the left-out actors as one
 * node per type with their count (and lists them in a table).
 */
enum { DRAW_MAX = 1000, LINKS_MAX = 4000, TABLE_MAX = 500 };

/*
 * The numeric per-actor fields the page shows, under the names of the
 * exports and the CLI: the standard measures of the registry
 * (centrality.h), then population; NULL-terminated.
 */
static size_t shown_measures(const char **out)
{
	size_t n = 0;

	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++)
		if (sn_measure_info(m)->standard)
			out[n++] = sn_measure_info(m)->name;
	out[n++] = "population";
	out[n] = NULL;
	return n;
}

/* qsort_r order of indices by key[] (the argument) descending, NaN last, then by index. */
static int by_key_desc(const void *a, const void *b, void *arg)
{
	const double *key = arg;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	double x = key ? key[i] : 0, y = key ? key[j] : 0;

	/* Without a key (NULL) the order is by index. */
	x = isnan(x) ? -INFINITY : x;
	y = isnan(y) ? -INFINITY : y;
	return x > y ? -1 : x < y ? 1 : (i > j) - (i < j);
}

static const sn__field_t *field(const report_t *r, const char *name);

/* r->aggregates: the actors not drawn, one entry per type in order of first appearance. */
static sn_error_t aggregate_left_out(report_t *r)
{
	const sn__field_t *type = field(r, "type");
	size_t n = r->g.nv, k = 0;

	if (r->ndrawn == n)
		return SN_OK;
	if (!(r->aggregates = calloc(n - r->ndrawn, sizeof *r->aggregates)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		if (r->drawn[i] != SIZE_MAX)
			continue;
		const char *t = type && sn__field_has(type, i) && type->type == SN__VAL_STRING
			? type->strings[i] : "(none)";
		size_t a = 0;
		while (a < k && strcmp(r->aggregates[a].type, t) != 0)
			a++;
		if (a == k)
			r->aggregates[k++].type = t;
		r->aggregates[a].actors++;
	}
	r->naggregates = k;
	return SN_OK;
}

/* r->rank and r->drawn: the strongest actors first, the first DRAW_MAX drawn. */
static sn_error_t level_of_detail(report_t *r)
{
	size_t n = r->g.nv;

	r->rank = malloc((n + 1) * sizeof *r->rank);
	r->drawn = malloc((n + 1) * sizeof *r->drawn);
	if (!r->rank || !r->drawn)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		r->rank[i] = i;
	qsort_r(r->rank, n, sizeof *r->rank, by_key_desc, (void *)r->strength);
	for (size_t i = 0; i < n; i++)
		r->drawn[i] = SIZE_MAX;
	r->ndrawn = n < DRAW_MAX ? n : DRAW_MAX;
	/* Drawn actors keep the vertex order, so that small reports are unchanged. */
	for (size_t k = 0; k < r->ndrawn; k++)
		r->drawn[r->rank[k]] = 0;
	for (size_t i = 0, d = 0; i < n; i++)
		if (r->drawn[i] == 0)
			r->drawn[i] = d++;
	if (!(r->links = malloc((r->g.ne + 1) * sizeof *r->links)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t e = 0; e < r->g.ne; e++)
		if (r->drawn[sn__xgraph_src(&r->g, e)] != SIZE_MAX && r->drawn[sn__xgraph_dst(&r->g, e)] != SIZE_MAX)
			r->links[r->nlinks++] = e;
	if (r->nlinks > LINKS_MAX) {
		/* The sort's key, the weight of each tie (a projection's read from its rows). */
		double *weight = malloc((r->g.ne + 1) * sizeof *weight);
		if (!weight)
			return sn_error_set(SN_ENOMEM, "out of memory");
		for (size_t e = 0; e < r->g.ne; e++)
			weight[e] = sn__xgraph_weight(&r->g, e);
		qsort_r(r->links, r->nlinks, sizeof *r->links, by_key_desc, weight);
		free(weight);
		r->nlinks = LINKS_MAX;
		qsort_r(r->links, r->nlinks, sizeof *r->links, by_key_desc, NULL);  /* by index */
	}
	return aggregate_left_out(r);
}

static const sn__field_t *field(const report_t *r, const char *name)
{
	long k = sn__xgraph_find(&r->g, name);
	return k >= 0 ? &r->g.vf[k] : NULL;
}

/* Value i of a numeric field as a double, NaN when missing. */
static double num(const sn__field_t *f, size_t i)
{
	if (!f || !sn__field_has(f, i))
		return NAN;
	return f->type == SN__VAL_INT ? (double)sn__field_int(f, i) : f->type == SN__VAL_REAL ? f->reals[i] : NAN;
}

/* ---- small HTML helpers ------------------------------------------------------ */

static void element(sn__xml_t *x, const char *tag, const char *text)
{
	sn__xml_begin(x, tag);
	sn__xml_text(x, text);
	sn__xml_end(x);
}

/* A column head: the vocabulary's name, with `title` (may be NULL) as its tooltip. */
static void th(sn__xml_t *x, const char *name, const char *title, bool numeric)
{
	sn__xml_begin(x, "th");
	if (numeric)
		sn__xml_attr(x, "class", "n");
	if (title)
		sn__xml_attr(x, "title", title);
	sn__xml_text(x, name);
	sn__xml_end(x);
}

static void td(sn__xml_t *x, const char *text)
{
	element(x, "td", text ? text : "");
}

/* A numeric cell: shown with `digits` significant digits, sorted by its exact value. */
static void td_num(sn__xml_t *x, double v, int digits)
{
	char buf[48], exact[32];

	sn__xml_begin(x, "td");
	sn__xml_attr(x, "class", "n");
	if (isfinite(v)) {
		sn__xml_attr(x, "data-v", sn__fmt_real(exact, v));
		if (digits == 0)
			snprintf(buf, sizeof buf, "%.0f", v);
		else
			snprintf(buf, sizeof buf, "%.*g", digits, v);
		sn__xml_text(x, buf);
	} else {
		sn__xml_attr(x, "data-v", "-1e308");
		sn__xml_text(x, "\xe2\x80\x93");  /* an en dash: no value */
	}
	sn__xml_end(x);
}

static void table_open(sn__xml_t *x, const char *const *heads, const char *const *titles,
		       const bool *numeric, size_t n)
{
	sn__xml_begin(x, "div");
	sn__xml_attr(x, "class", "scroll");
	sn__xml_begin(x, "table");
	sn__xml_attr(x, "class", "sortable");
	sn__xml_begin(x, "thead");
	sn__xml_begin(x, "tr");
	for (size_t i = 0; i < n; i++)
		th(x, heads[i], titles ? titles[i] : NULL, numeric[i]);
	sn__xml_end(x);
	sn__xml_end(x);
	sn__xml_begin(x, "tbody");
}

static void table_close(sn__xml_t *x)
{
	sn__xml_end(x);   /* tbody */
	sn__xml_end(x);   /* table */
	sn__xml_end(x);   /* div */
}

static void section_open(sn__xml_t *x, const char *id, const char *title)
{
	sn__xml_begin(x, "section");
	sn__xml_attr(x, "id", id);
	element(x, "h2", title);
}

static void note(sn__xml_t *x, const char *text)
{
	sn__xml_begin(x, "p");
	sn__xml_attr(x, "class", "note");
	sn__xml_text(x, text);
	sn__xml_end(x);
}

static sn_error_t regional_power(report_t *r);

/* ---- computation --------------------------------------------------------------- */

/*
 * A population lookup's result: SN_EDATA (no figure for the year) makes
 * *value -1, shown as an empty cell; any other error (overflow, out of
 * memory) is returned.
 */
static sn_error_t missing_if_no_figure(sn_error_t err, int64_t *value)
{
	if (err != SN_EDATA)
		return err;
	*value = -1;
	sn_error_clear();
	return SN_OK;
}

static sn_error_t compute(report_t *r)
{
	const sn_network_t *net = r->net;
	const sn_territories_t *t = net->dataset->territories;
	sn_export_t ex = SN_EXPORT_INIT;
	igraph_vector_int_t memb;
	size_t *actor_of = NULL;
	sn_error_t err;

	r->year = r->opts->year ? r->opts->year : sn_territories_latest_year(t);
	r->national = -1;
	if (r->year && (err = missing_if_no_figure(
				sn_network_population(net, r->year, NULL, &r->national), &r->national)))
		return err;
	if ((err = sn_projection_build(&r->proj, net, SN_MODE_ACTORS, r->opts->weighting, 0)) ||
	    (err = sn_columns_add_standard(&r->cols, net, &r->proj, SN_COLUMNS_POPULATION |
					   SN_COLUMNS_CENTRALITY | SN_COLUMNS_COMMUNITIES, r->year,
					   r->opts->seed)))
		return err;
	ex.net = net;
	ex.proj = &r->proj;
	ex.columns = &r->cols;
	ex.seed = r->opts->seed;
	if ((err = sn__xgraph_build(&r->g, &ex)) || (err = sn__xgraph_layout(&r->pos, &r->g, &ex)))
		return err;
	r->strength = field(r, "strength") ? field(r, "strength")->reals : NULL;
	r->betweenness_w = field(r, "betweenness_w") ? field(r, "betweenness_w")->reals : NULL;
	if ((err = level_of_detail(r)) != SN_OK)
		return err;
	const sn__field_t *cf = field(r, "community");
	if (!cf || r->g.nv == 0)
		return SN_OK;
	if (!(actor_of = malloc(r->g.nv * sizeof *actor_of)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	if (igraph_vector_int_init(&memb, (igraph_integer_t)r->g.nv)) {
		free(actor_of);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < r->g.nv; i++) {
		VECTOR(memb)[i] = sn_community_index(sn__field_int(cf, i));
		actor_of[i] = net->actor_index[i + r->proj.offset];
	}
	err = sn_community_profiles_build_projection(&r->profiles, &r->proj, &memb, 1.0);
	if (err == SN_OK)
		err = sn_community_profiles_describe(&r->profiles, net->dataset, actor_of, r->year);
	igraph_vector_int_destroy(&memb);
	free(actor_of);
	return err;
}

/*
 * Voting power under "a majority of the population": the game `samnet
 * power DATASET --year Y` plays (every region of the dataset a player,
 * weighted by its population in Y, quota more than half of the total;
 * samnet/coalition_game.h, as /api/coalition), with exact normalised
 * Banzhaf (1965) indices.  A dataset without regions, or whose regions
 * carry no population in the year, has no game: the power columns stay
 * empty (`samnet power` reports the same data error).
 */
static sn_error_t regional_power(report_t *r)
{
	const sn_dataset_t *ds = r->net->dataset;
	size_t regions = 0;
	sn_error_t err;

	for (size_t a = 0; a < ds->nactors; a++)
		regions += ds->actors[a].type == SN_ACTOR_REGION;
	if (!r->year || regions == 0)
		return SN_OK;
	err = sn_coalition_game_build(&r->power, ds, r->year, NULL, NULL, NULL, NULL,
				       SN_POWER_BANZHAF);
	if (err == SN_EDATA) {
		sn_error_clear();
		sn_coalition_game_destroy(&r->power);
		return SN_OK;
	}
	r->has_power = err == SN_OK;
	return err;
}

/* ---- sections -------------------------------------------------------------------- */

static void summary_row(sn__xml_t *x, const char *label, double v, int digits)
{
	sn__xml_begin(x, "tr");
	td(x, label);
	td_num(x, v, digits);
	sn__xml_end(x);
}

static sn_error_t summary(report_t *r)
{
	const sn_dataset_t *ds = r->net->dataset;
	sn__xml_t *x = &r->x;
	sn_network_summary_t s;
	int64_t covered = -1;
	sn_error_t err = sn_network_summarize(&s, r->net, &r->proj);

	if (err == SN_OK && r->year)
		err = missing_if_no_figure(sn_network_population(r->net, r->year, &covered, NULL),
					   &covered);
	if (err != SN_OK)
		return err;
	section_open(x, "summary", "Summary");
	sn__xml_begin(x, "table");
	sn__xml_begin(x, "tbody");
	summary_row(x, "actors in the network", (double)s.actors, 0);
	summary_row(x, "actors known", (double)s.actors_known, 0);
	summary_row(x, "projects", (double)s.projects, 0);
	summary_row(x, "memberships", (double)s.memberships, 0);
	summary_row(x, "projection ties", (double)s.projection_ties, 0);
	summary_row(x, "projection density", s.projection_density, 4);
	summary_row(x, "communities", (double)r->profiles.count, 0);
	summary_row(x, "modularity", r->profiles.modularity, 4);
	summary_row(x, "coalitions", (double)ds->ncoalitions, 0);
	summary_row(x, "year", r->year ? r->year : NAN, 0);
	summary_row(x, "population covered", covered >= 0 ? (double)covered : NAN, 0);
	summary_row(x, "population covered share",
		    covered >= 0 && r->national > 0 ? (double)covered / (double)r->national : NAN, 4);
	sn__xml_end(x);
	sn__xml_end(x);
	char text[640];
	snprintf(text, sizeof text, "Ties join actors that share at least one project; weights "
		 "count shared projects (or the weighting named in the header).  Population belongs "
		 "to territories; only actors that represent one carry it.  Population rule: %s.  "
		 "A set of actors represents the union of the territories they represent, counted "
		 "once.  A territory without a figure for the population year counts its latest "
		 "earlier one.",
		 sn_dataset_population_rule(ds));
	note(x, text);
	sn__xml_end(x);
	return SN_OK;
}

static void select_box(sn__xml_t *x, const char *id, const char *label,
		       const char *const *values, size_t n)
{
	sn__xml_begin(x, "label");
	sn__xml_text(x, label);
	sn__xml_text(x, " ");
	sn__xml_begin(x, "select");
	sn__xml_attr(x, "id", id);
	for (size_t i = 0; i < n; i++)
		element(x, "option", values[i]);
	sn__xml_end(x);
	sn__xml_end(x);
}

/* The table of the actors left out of the drawing: type and count. */
static void left_out_table(report_t *r)
{
	sn__xml_t *x = &r->x;
	char buf[32];

	sn__xml_begin(x, "table");
	sn__xml_attr(x, "id", "left-out");
	sn__xml_begin(x, "tr");
	element(x, "th", "type");
	element(x, "th", "actors not drawn");
	sn__xml_end(x);
	for (size_t a = 0; a < r->naggregates; a++) {
		sn__xml_begin(x, "tr");
		element(x, "td", r->aggregates[a].type);
		snprintf(buf, sizeof buf, "%zu", r->aggregates[a].actors);
		element(x, "td", buf);
		sn__xml_end(x);
	}
	sn__xml_end(x);
}

static void network_view(report_t *r)
{
	static const char *const colours[] = { "type", "county", "community" };
	const char *measures[SN_MEASURE_COUNT + 2];
	size_t nmeasures = shown_measures(measures);
	sn__xml_t *x = &r->x;

	section_open(x, "network", "Network");
	sn__xml_begin(x, "div");
	sn__xml_attr(x, "id", "controls");
	sn__xml_begin(x, "label");
	sn__xml_text(x, "Search ");
	sn__xml_begin(x, "input");
	sn__xml_attr(x, "id", "search");
	sn__xml_attr(x, "type", "search");
	sn__xml_attr(x, "placeholder", "actor name");
	sn__xml_end(x);
	sn__xml_end(x);
	select_box(x, "colour-by", "Colour by", colours, 3);
	select_box(x, "size-by", "Size by", measures, nmeasures);
	sn__xml_begin(x, "button");
	sn__xml_attr(x, "id", "reset");
	sn__xml_attr(x, "type", "button");
	sn__xml_text(x, "Reset view");
	sn__xml_end(x);
	sn__xml_begin(x, "span");
	sn__xml_attr(x, "id", "search-status");
	sn__xml_end(x);
	sn__xml_end(x);
	sn__xml_begin(x, "div");
	sn__xml_attr(x, "id", "netbox");
	sn__xml_begin(x, "svg");
	sn__xml_attr(x, "id", "net");
	sn__xml_attr(x, "xmlns", "http://www.w3.org/2000/svg");
	sn__xml_attr(x, "viewBox", "0 0 1000 640");
	sn__xml_attr(x, "role", "img");
	sn__xml_attr(x, "aria-label", "the actor network");
	sn__xml_begin(x, "g");
	sn__xml_attr(x, "id", "viewport");
	sn__xml_end(x);
	sn__xml_end(x);
	sn__xml_begin(x, "div");
	sn__xml_attr(x, "id", "tip");
	sn__xml_end(x);
	sn__xml_begin(x, "div");
	sn__xml_attr(x, "id", "panel");
	sn__xml_end(x);
	sn__xml_end(x);
	sn__xml_begin(x, "div");
	sn__xml_attr(x, "id", "legend");
	sn__xml_end(x);
	sn__xml_begin(x, "div");
	sn__xml_attr(x, "id", "sizes");
	sn__xml_end(x);
	note(x, "Positions: Fruchterman-Reingold layout (igraph, seeded) of the actor network.  "
		"Wheel to zoom, drag to pan, hover for details, click an actor for its profile.");
	if (r->ndrawn < r->g.nv) {
		char text[320];
		snprintf(text, sizeof text, "Level of detail: the %zu actors of largest strength of "
			 "%zu are drawn, with at most the %d strongest ties among them; the other "
			 "%zu are drawn as one grey node per type at the right edge:",
			 r->ndrawn, r->g.nv, LINKS_MAX, r->g.nv - r->ndrawn);
		note(x, text);
		left_out_table(r);
	}
	sn__xml_end(x);
}

/*
 * One row per actor: the fields of the exports under their names, the
 * standard measures' registry labels and descriptions as the heads' tooltips.
 */
static void centrality_table(report_t *r)
{
	enum { FIRST = 4, MAX = FIRST + SN_MEASURE_COUNT + 1 };
	const char *heads[MAX] = { "name", "type", "county", "population" };
	const char *titles[MAX] = { NULL };
	char tips[SN_MEASURE_COUNT][256];
	bool numeric[MAX] = { 0, 0, 0, 1 };
	size_t n = FIRST;
	sn__xml_t *x = &r->x;
	const sn__field_t *type = field(r, "type"), *county = field(r, "county");

	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info(m);
		if (!info->standard)
			continue;
		snprintf(tips[m], sizeof tips[m], "%s: %s", info->label, info->description);
		titles[n] = tips[m];
		numeric[n] = true;
		heads[n++] = info->name;
	}
	numeric[n] = true;
	heads[n++] = "community";
	section_open(x, "centrality", "Centrality");
	note(x, "On the weighted actor network.  degree counts ties; betweenness and harmonic count "
		"hops, betweenness_w and harmonic_w use tie length 1/weight, all four normalised; "
		"eigenvector scaled to a maximum of 1; pagerank with damping 0.85.  The same names "
		"as in samnet centrality and the exports.  Click a column to sort.");
	if (r->g.nv > TABLE_MAX) {
		char text[160];
		snprintf(text, sizeof text, "The %d actors of largest strength of %zu; samnet "
			 "centrality lists them all.", TABLE_MAX, r->g.nv);
		note(x, text);
	}
	table_open(x, heads, titles, numeric, n);
	size_t rows = r->g.nv < TABLE_MAX ? r->g.nv : TABLE_MAX;
	for (size_t row = 0; row < rows; row++) {
		size_t i = r->g.nv > TABLE_MAX ? r->rank[row] : row;
		char buf[32];
		sn__xml_begin(x, "tr");
		td(x, r->g.label[i]);
		td(x, type ? sn__field_text(type, i, buf) : "");
		td(x, county ? sn__field_text(county, i, buf) : "");
		for (size_t k = FIRST - 1; k < n; k++) {
			const sn__field_t *f = field(r, heads[k]);
			bool integer = f && f->type == SN__VAL_INT;
			td_num(x, num(f, i), integer ? 0 : 4);
		}
		sn__xml_end(x);
	}
	table_close(x);
	sn__xml_end(x);
}

static void communities_table(report_t *r)
{
	static const char *const heads[] = {
		"community", "size", "central_members", "counties", "population",
		"population_share", "density", "modularity_contribution"
	};
	static const bool numeric[] = { 1, 1, 0, 1, 1, 1, 1, 1 };
	sn__xml_t *x = &r->x;

	section_open(x, "communities", "Communities");
	note(x, "Leiden algorithm, modularity objective at resolution 1, seeded.  Population: the "
		"union of the members' territories.");
	table_open(x, heads, NULL, numeric, sizeof heads / sizeof *heads);
	for (size_t c = 0; c < r->profiles.count; c++) {
		const sn_community_profile_t *p = &r->profiles.items[c];
		char members[512] = "";
		if (p->size == 0)
			continue;
		for (igraph_integer_t k = 0; k < p->size && k < 5; k++) {
			const char *name = r->g.label[p->members[k]];
			if (strlen(members) + strlen(name) + 8 >= sizeof members)
				break;
			if (k)
				strcat(members, ", ");
			strcat(members, name);
		}
		if (p->size > 5)
			strcat(members, ", \xe2\x80\xa6");
		sn__xml_begin(x, "tr");
		td_num(x, (double)sn_community_number((igraph_integer_t)c), 0);
		td_num(x, (double)p->size, 0);
		td(x, members);
		td_num(x, (double)p->counties, 0);
		td_num(x, p->population >= 0 ? (double)p->population : NAN, 0);
		td_num(x, p->population_share, 4);
		td_num(x, p->density, 4);
		td_num(x, p->contribution, 4);
		sn__xml_end(x);
	}
	table_close(x);
	sn__xml_end(x);
}

/* Population and strength/betweenness_w shares of a set of dataset actors. */
typedef struct {
	size_t in_network;
	int64_t population;
	double pop_share, strength_share, betweenness_w_share, power_share;
} shares_t;

/* Fills *out (sn_coalition_share(), sn_coalition_population()); their errors but SN_EDATA. */
static sn_error_t shares(const report_t *r, const size_t *actors, size_t n, shares_t *out)
{
	shares_t s = { 0, -1, NAN, NAN, NAN, NAN };
	const size_t nv = r->g.nv, off = r->proj.offset;
	sn_error_t err = SN_OK;

	if ((r->strength && (err = sn_coalition_share(&s.strength_share, NULL, &s.in_network, r->net,
						      off, r->strength, nv, actors, n))) ||
	    (r->betweenness_w && (err = sn_coalition_share(&s.betweenness_w_share, NULL, &s.in_network,
							   r->net, off, r->betweenness_w, nv, actors,
							   n))))
		return err;
	if (r->has_power)
		sn_coalition_game_sum(&r->power, actors, n, NULL, &s.power_share, NULL);
	if (r->year && (err = sn_coalition_population(&s.population, &s.pop_share, r->net->dataset,
						      actors, n, r->year)) == SN_EDATA) {
		sn_error_clear();
		s.population = -1;
		s.pop_share = NAN;
	} else if (err) {
		return err;
	}
	*out = s;
	return SN_OK;
}

/*
 * The coalitions table's note: what each column answers, and for banzhaf the
 * exact game (players, weights, quota) and the `samnet power` command that
 * prints the members' indices.
 */
static void coalitions_note(report_t *r)
{
	char text[1200], game[400] = "no game: the dataset's regions carry no population";

	if (r->has_power)
		snprintf(game, sizeof game, "the game of `samnet power DATASET --year %d`: its %zu "
			 "players are every region of the dataset (in the network or not), weighted "
			 "by the population of their territory in %d, and a coalition wins with a "
			 "weight of at least %lld of %lld (more than half); unscaled weights, "
			 "Banzhaf method %s", r->year, r->power.players.n, r->year,
			 (long long)sn_game_quota(r->power.game, 0),
			 (long long)sn_game_total(r->power.game, 0),
			 sn_power_method_name(r->power.power.method[0]));
	snprintf(text, sizeof text, "Named coalitions of coalitions.csv.  population_share: the "
		 "union of the members' territories over the national population (`samnet "
		 "coalition -c NAME`); banzhaf: the sum of the members' normalised Banzhaf indices "
		 "(`samnet power`'s banzhaf column, added in the coalition's order; "
		 "/api/coalition's banzhaf_share) in %s; strength_share and betweenness_w_share: "
		 "the members' part of the actor network's totals.  Cells carry the full value in "
		 "data-v.", game);
	note(&r->x, text);
}

static sn_error_t coalitions_table(report_t *r)
{
	static const char *const heads[] = {
		"coalition", "members", "members_in_network", "population", "population_share",
		"banzhaf", "strength_share", "betweenness_w_share"
	};
	static const bool numeric[] = { 0, 1, 1, 1, 1, 1, 1, 1 };
	const sn_dataset_t *ds = r->net->dataset;
	sn__xml_t *x = &r->x;
	sn_error_t err;

	/* Here rather than in compute(): a population that overflows is the summary's error. */
	if ((err = regional_power(r)) != SN_OK)
		return err;
	section_open(x, "coalitions", "Coalitions");
	coalitions_note(r);
	table_open(x, heads, NULL, numeric, sizeof heads / sizeof *heads);
	for (size_t c = 0; c < ds->ncoalitions; c++) {
		const sn_coalition_t *co = &ds->coalitions[c];
		shares_t s;
		if ((err = shares(r, co->actors, co->nactors, &s)) != SN_OK)
			return err;
		sn__xml_begin(x, "tr");
		td(x, co->name);
		td_num(x, (double)co->nactors, 0);
		td_num(x, (double)s.in_network, 0);
		td_num(x, s.population >= 0 ? (double)s.population : NAN, 0);
		td_num(x, s.pop_share, 4);
		td_num(x, s.power_share, 4);
		td_num(x, s.strength_share, 4);
		td_num(x, s.betweenness_w_share, 4);
		sn__xml_end(x);
	}
	table_close(x);
	sn__xml_end(x);
	return SN_OK;
}

static sn_error_t degree_chart(report_t *r)
{
	const sn__field_t *deg = field(r, "degree");
	size_t max = 0;
	double *xs, *ys;

	for (size_t i = 0; deg && i < r->g.nv; i++)
		max = sn__field_has(deg, i) && (size_t)sn__field_int(deg, i) > max ? (size_t)sn__field_int(deg, i) : max;
	xs = calloc(max + 1, sizeof *xs);
	ys = calloc(max + 1, sizeof *ys);
	if (!xs || !ys) {
		free(xs);
		free(ys);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	for (size_t k = 0; k <= max; k++)
		xs[k] = (double)k;
	for (size_t i = 0; deg && i < r->g.nv; i++)
		if (sn__field_has(deg, i))
			ys[sn__field_int(deg, i)] += 1;
	sn__svg_bars(&r->x, "Degree distribution", "degree (actors tied to)", "actors", xs, ys,
		     max + 1, 520, 320);
	free(xs);
	free(ys);
	return SN_OK;
}

/* Population share against voting power or strength share, for the coalitions and the regions. */
static sn_error_t shares_chart(report_t *r, bool power)
{
	const sn_dataset_t *ds = r->net->dataset;
	size_t cap = ds->ncoalitions + r->g.nv + 1, n = 0;
	double *xs = malloc(cap * sizeof *xs), *ys = malloc(cap * sizeof *ys);
	const char **labels = malloc(cap * sizeof *labels);
	sn_error_t err = SN_OK;

	if (!xs || !ys || !labels) {
		free(xs);
		free(ys);
		free(labels);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	for (size_t c = 0; c < ds->ncoalitions; c++) {
		shares_t s;
		if ((err = shares(r, ds->coalitions[c].actors, ds->coalitions[c].nactors, &s)))
			break;
		xs[n] = s.pop_share;
		ys[n] = power ? s.power_share : s.strength_share;
		labels[n++] = ds->coalitions[c].name;
	}
	for (size_t i = 0; err == SN_OK && i < r->g.nv; i++) {
		size_t a = r->net->actor_index[i + r->proj.offset];
		shares_t s;
		if (ds->actors[a].type != SN_ACTOR_REGION)
			continue;
		if ((err = shares(r, &a, 1, &s)))
			break;
		xs[n] = s.pop_share;
		ys[n] = power ? s.power_share : s.strength_share;
		labels[n++] = ds->actors[a].name;
	}
	if (err == SN_OK && power)
		sn__svg_scatter(&r->x, "Population share against voting power",
				"share of the national population",
				"Banzhaf power (regions, population majority)", xs, ys, labels, n, 520, 420);
	else if (err == SN_OK)
		sn__svg_scatter(&r->x, "Population share against strength share",
				"share of the national population", "share of the network's strength",
				xs, ys, labels, n, 520, 420);
	free(xs);
	free(ys);
	free(labels);
	return err;
}

static sn_error_t charts(report_t *r)
{
	sn_error_t err;

	section_open(&r->x, "charts", "Charts");
	sn__xml_begin(&r->x, "div");
	sn__xml_attr(&r->x, "class", "charts");
	if ((err = degree_chart(r)) != SN_OK || (err = shares_chart(r, true)) != SN_OK ||
	    (err = shares_chart(r, false)) != SN_OK)
		return err;
	sn__xml_end(&r->x);
	note(&r->x, "Points above the dashed diagonal hold more voting power, or more of the "
		    "network's tie strength, than their share of the population; points below, less.");
	sn__xml_end(&r->x);
	return SN_OK;
}

/* ---- timeline (issue 20) ------------------------------------------------------------ */

static void timeline_rows(sn__xml_t *x, const sn_dynamics_t *d)
{
	static const char *const heads[] = { "year", "actors", "projects", "ties", "density",
					     "largest_component", "ties_kept", "entering",
					     "leaving", "communities" };
	static const bool numeric[] = { 0, 1, 1, 1, 1, 1, 1, 1, 1, 1 };

	table_open(x, heads, NULL, numeric, sizeof heads / sizeof *heads);
	for (size_t i = 0; i < d->nslices; i++) {
		const sn_slice_t *s = &d->slices[i];
		char year[16];
		snprintf(year, sizeof year, "%d", s->from);
		sn__xml_begin(x, "tr");
		td(x, year);
		td_num(x, (double)s->actors, 0);
		td_num(x, (double)s->projects, 0);
		td_num(x, (double)s->ties, 0);
		td_num(x, s->density, 4);
		td_num(x, s->largest_share, 4);
		td_num(x, s->has_previous ? s->ties_kept : NAN, 4);
		td_num(x, s->has_previous ? (double)s->entering : NAN, 0);
		td_num(x, s->has_previous ? (double)s->leaving : NAN, 0);
		td_num(x, (double)s->communities, 0);
		sn__xml_end(x);
	}
	table_close(x);
}

/* Actors, projects and communities per year as a line chart. */
static sn_error_t timeline_chart(sn__xml_t *x, const sn_dynamics_t *d)
{
	static const char *const labels[] = { "actors", "projects", "communities" };
	size_t n = d->nslices;
	double *ys = malloc(3 * n * sizeof *ys), top = 1;
	char (*tick)[16] = malloc(n * sizeof *tick);
	const char **ticks = malloc(n * sizeof *ticks);
	sn_error_t err = SN_OK;

	if (!ys || !tick || !ticks) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		const sn_slice_t *s = &d->slices[i];
		snprintf(tick[i], sizeof tick[i], "%d", s->from);
		ticks[i] = tick[i];
		ys[i] = (double)s->actors;
		ys[n + i] = (double)s->projects;
		ys[2 * n + i] = (double)s->communities;
		top = ys[i] > top ? ys[i] : top;
	}
	sn__svg_lines_t c = { "Active per year", "year", "count", ticks, ys, labels, n, 3, 0, top,
			      false };
	sn__svg_lines(x, &c, 720, 300);
done:
	free(ys);
	free(tick);
	free(ticks);
	return err;
}

/*
 * A section on the network year by year (samnet/dynamics.h) when the
 * dataset has dated projects; nothing otherwise.
 */
static sn_error_t timeline(report_t *r)
{
	const sn_dataset_t *ds = r->net->dataset;
	sn_dynamics_options_t o;
	sn_dynamics_t *d = NULL;
	int first, last;
	sn_error_t err;

	if (!sn_dataset_year_span(ds, &first, &last))
		return SN_OK;
	sn_dynamics_options_default(&o);
	o.weighting = r->opts->weighting;
	o.communities.seed = r->opts->seed;
	if ((err = sn_dynamics_compute(&d, ds, &o)) != SN_OK)
		return err;
	section_open(&r->x, "timeline", "Timeline");
	note(&r->x, "Projects active in each year (started by its end, not ended before its "
		    "start; without an end, still running), their actors and ties; ties kept: the "
		    "share of the previous year's ties still present; communities: Louvain, seeded.  "
		    "samnet dynamics gives more.");
	if (d->undated) {
		char text[96];
		snprintf(text, sizeof text, "%zu project%s without dates %s in no year.", d->undated,
			 d->undated == 1 ? "" : "s", d->undated == 1 ? "is" : "are");
		note(&r->x, text);
	}
	err = timeline_chart(&r->x, d);
	if (err == SN_OK)
		timeline_rows(&r->x, d);
	sn__xml_end(&r->x);
	sn_dynamics_free(d);
	return err;
}

/* The ties among drawn actors (r->links), in edge order. */
static void links(report_t *r, FILE *fp)
{
	char buf[32];

	for (size_t k = 0; k < r->nlinks; k++) {
		size_t e = r->links[k];
		fprintf(fp, "%s[%zu, %zu, %s]", k ? ", " : "", r->drawn[sn__xgraph_src(&r->g, e)],
			r->drawn[sn__xgraph_dst(&r->g, e)], sn__fmt_real(buf, sn__xgraph_weight(&r->g, e)));
	}
}

/*
 * The network as JSON for the script: nodes with their fields under the
 * exports' names and their positions, links as triples.
 */
static sn_error_t data_block(report_t *r)
{
	static const char *const labels[] = { "name", "type", "county" };
	const char *measures[SN_MEASURE_COUNT + 2];
	size_t nmeasures = shown_measures(measures);
	FILE *fp;
	char buf[32];
	sn_error_t err;

	sn__xml_begin(&r->x, "script");
	sn__xml_attr(&r->x, "type", "application/json");
	sn__xml_attr(&r->x, "id", "samnet-data");
	sn__xml_raw(&r->x, "{\"weighting\": ");
	fp = sn__xml_stream(&r->x);
	sn__json_string(fp, sn_weighting_name(r->opts->weighting));
	fputs(", \"measures\": [", fp);
	for (size_t k = 0; k < nmeasures; k++)
		fprintf(fp, "%s\"%s\"", k ? ", " : "", measures[k]);
	fputs("], \"palette\": [", fp);
	for (size_t k = 0; k < SN__PALETTE_SIZE; k++)
		fprintf(fp, "%s\"%s\"", k ? ", " : "", sn__palette[k]);
	fprintf(fp, "], \"other\": \"%s\"", SN__PALETTE_OTHER);
	fprintf(fp, ", \"actors\": %zu,\n\"nodes\": [", r->g.nv);
	for (size_t i = 0; i < r->g.nv; i++) {
		if (r->drawn[i] == SIZE_MAX)
			continue;
		fputs(r->drawn[i] ? ",\n{\"id\": " : "\n{\"id\": ", fp);
		sn__json_string(fp, r->g.id[i]);
		for (size_t k = 0; k < nmeasures + 4; k++) {
			const char *key = k < 3 ? labels[k] : k < 3 + nmeasures ? measures[k - 3]
								: "community";
			const sn__field_t *f = field(r, key);
			if (!f || !sn__field_has(f, i))
				continue;
			fprintf(fp, ", \"%s\": ", key);
			if (f->type == SN__VAL_STRING)
				sn__json_string(fp, f->strings[i]);
			else
				fputs(sn__field_text(f, i, buf), fp);
		}
		fprintf(fp, ", \"x\": %s", sn__fmt_real(buf, MATRIX(r->pos, i, 0)));
		fprintf(fp, ", \"y\": %s}", sn__fmt_real(buf, MATRIX(r->pos, i, 1)));
	}
	fputs("],\n\"links\": [", fp);
	links(r, fp);
	fputc(']', fp);
	if (r->naggregates) {
		fputs(",\n\"aggregates\": [", fp);
		for (size_t a = 0; a < r->naggregates; a++) {
			fputs(a ? ",\n{\"type\": " : "\n{\"type\": ", fp);
			sn__json_string(fp, r->aggregates[a].type);
			fprintf(fp, ", \"actors\": %zu}", r->aggregates[a].actors);
		}
		fputc(']', fp);
	}
	if (sn__report_map_applies(r->net->dataset->territories)) {
		fputs(",\n", fp);
		if ((err = sn__report_map_json(fp, r->net, &r->g, r->proj.offset,
					       field(r, "community"))) != SN_OK)
			return err;
	}
	fputs("}\n", fp);
	sn__xml_end(&r->x);
	return SN_OK;
}

/*
 * The map of the 21 län (issue 21), drawn by the script from the outlines of
 * export/report_geo.c and filled from the data block's "map"; left out with a
 * note when the territory tree lacks the län codes of the outlines.
 */
static void map_section(report_t *r)
{
	sn__xml_t *x = &r->x;

	section_open(x, "map", "Map");
	if (!sn__report_map_applies(r->net->dataset->territories)) {
		note(x, "No map: the territory tree lacks the codes of the 21 Swedish l\xc3\xa4n.");
		sn__xml_end(x);
		return;
	}
	note(x, "The 21 l\xc3\xa4n, each standing for its region (the actor of type region whose "
		"territory it is).  By coalition: the l\xc3\xa4n whose region is a member of the "
		"coalition of coalitions.csv; by community: the colour of the region's community in "
		"the network view; grey: none.  Outlines: okfse/sweden-geojson (\"Feel free to "
		"reuse\"), simplified.");
	sn__xml_begin(x, "label");
	sn__xml_text(x, "colour by ");
	sn__xml_begin(x, "select");
	sn__xml_attr(x, "id", "map-by");
	for (size_t c = 0; c < r->net->dataset->ncoalitions; c++) {
		char value[256];
		snprintf(value, sizeof value, "coalition:%s", r->net->dataset->coalitions[c].name);
		sn__xml_begin(x, "option");
		sn__xml_attr(x, "value", value);
		sn__xml_text(x, "coalition ");
		sn__xml_text(x, r->net->dataset->coalitions[c].name);
		sn__xml_end(x);
	}
	sn__xml_begin(x, "option");
	sn__xml_attr(x, "value", "community");
	sn__xml_text(x, "community");
	sn__xml_end(x);
	sn__xml_end(x);
	sn__xml_end(x);
	sn__xml_begin(x, "svg");
	sn__xml_attr(x, "id", "lanmap");
	sn__xml_attr(x, "viewBox", "0 0 400 800");
	sn__xml_end(x);
	sn__xml_begin(x, "script");
	sn__xml_attr(x, "type", "application/json");
	sn__xml_attr(x, "id", "samnet-lan");
	sn__xml_raw(x, sn__report_lan_geojson);
	sn__xml_end(x);
	sn__xml_end(x);
}

static void head(report_t *r, const char *title)
{
	sn__xml_t *x = &r->x;

	fputs("<!DOCTYPE html>", sn__xml_stream(x));
	sn__xml_begin(x, "html");
	sn__xml_attr(x, "lang", "en");
	sn__xml_begin(x, "head");
	sn__xml_begin(x, "meta");
	sn__xml_attr(x, "charset", "utf-8");
	sn__xml_end(x);
	sn__xml_begin(x, "meta");
	sn__xml_attr(x, "name", "viewport");
	sn__xml_attr(x, "content", "width=device-width, initial-scale=1");
	sn__xml_end(x);
	element(x, "title", title);
	sn__xml_begin(x, "style");
	sn__xml_raw(x, sn__report_css);
	sn__xml_end(x);
	sn__xml_begin(x, "script");
	sn__xml_raw(x, sn__report_onerror);
	sn__xml_end(x);
	sn__xml_end(x);
}

static void banner(report_t *r, const char *title)
{
	static const char *const links[][2] = {
		{ "#summary", "Summary" }, { "#network", "Network" }, { "#centrality", "Centrality" },
		{ "#communities", "Communities" }, { "#coalitions", "Coalitions" }, { "#map", "Map" },
		{ "#charts", "Charts" }
	};
	sn__xml_t *x = &r->x;
	char line[512];

	sn__xml_begin(x, "header");
	element(x, "h1", title);
	snprintf(line, sizeof line, "Dataset: %s \xc2\xb7 actor network weighted by %s \xc2\xb7 "
		 "population %d \xc2\xb7 seed %llu \xc2\xb7 %s",
		 r->opts->dataset_label ? r->opts->dataset_label : r->net->dataset->path,
		 sn_weighting_name(r->opts->weighting), r->year,
		 (unsigned long long)r->opts->seed, PACKAGE_STRING);
	element(x, "p", line);
	sn__xml_end(x);
	sn__xml_begin(x, "nav");
	for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
		sn__xml_begin(x, "a");
		sn__xml_attr(x, "href", links[i][0]);
		sn__xml_text(x, links[i][1]);
		sn__xml_end(x);
	}
	sn__xml_end(x);
}

static sn_error_t page(report_t *r)
{
	const char *title = r->opts->title ? r->opts->title : "samnet report";
	sn_error_t err;

	sn__xml_init(&r->x, r->x.fp, false);
	r->x.html = true;
	head(r, title);
	sn__xml_begin(&r->x, "body");
	banner(r, title);
	sn__xml_begin(&r->x, "main");
	if ((err = summary(r)) != SN_OK)
		return err;
	network_view(r);
	centrality_table(r);
	communities_table(r);
	if ((err = coalitions_table(r)) != SN_OK)
		return err;
	map_section(r);
	if ((err = charts(r)) != SN_OK || (err = timeline(r)) != SN_OK)
		return err;
	sn__xml_end(&r->x);
	if ((err = data_block(r)) != SN_OK)
		return err;
	sn__xml_begin(&r->x, "script");
	sn__xml_raw(&r->x, sn__report_js);
	sn__xml_end(&r->x);
	if (sn__report_map_applies(r->net->dataset->territories)) {
		sn__xml_begin(&r->x, "script");
		sn__xml_raw(&r->x, sn__report_map_js);
		sn__xml_end(&r->x);
	}
	sn__xml_finish(&r->x);
	return sn__check_stream(sn__xml_stream(&r->x));
}

sn_error_t sn_report_write(FILE *fp, const sn_network_t *net, const sn_report_options_t *opts)
{
	static const sn_report_options_t defaults = SN_REPORT_OPTIONS_INIT;
	report_t r;
	sn_error_t err;

	if (!fp || !net || !net->built)
		return sn_error_set(SN_EINVAL, "report: no stream or no network");
	memset(&r, 0, sizeof r);
	r.net = net;
	r.opts = opts ? opts : &defaults;
	r.x.fp = fp;
	sn_projection_init(&r.proj);
	sn_columns_init(&r.cols, net->nactors + net->nprojects);
	sn_community_profiles_init(&r.profiles);
	sn_coalition_game_init(&r.power);
	if (igraph_matrix_init(&r.pos, 0, 0)) {
		sn_projection_destroy(&r.proj);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	if ((err = compute(&r)) == SN_OK)
		err = page(&r);
	sn_community_profiles_destroy(&r.profiles);
	igraph_matrix_destroy(&r.pos);
	sn__xgraph_destroy(&r.g);
	sn_coalition_game_destroy(&r.power);
	free(r.rank);
	free(r.drawn);
	free(r.links);
	free(r.aggregates);
	sn_columns_destroy(&r.cols);
	sn_projection_destroy(&r.proj);
	return err;
}

sn_error_t sn_report_write_to(sn_writer_t *w, const sn_network_t *net,
			      const sn_report_options_t *opts)
{
	if (!w)
		return sn_error_set(SN_EINVAL, "report: no writer");
	return sn_report_write(sn_writer_stream(w), net, opts);
}
