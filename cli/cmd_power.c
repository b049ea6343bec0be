/* samnet power: a priori voting power in a weighted or vector-majority voting game. */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

/* Largest integer weight after scaling real weights (√population, real columns). */
#define SCALE_MAX 1000000
/* What the indices of a graph-restricted game (Myerson 1977) are, for the output's meta. */
#define GAME_SIMPLE "graph-restricted (Myerson): a coalition wins when one of its connected " \
	"parts wins (quota above half: at most one can); every index is that game's, shapley " \
	"the Myerson value"
#define GAME_COUNTS "graph-restricted (Myerson): a coalition is worth the number of its " \
	"connected parts that win (quota at most half: several can); shapley is the Myerson " \
	"value, banzhaf the Banzhaf value of that game; both can be negative"
/* Coalitions listed by --minimal and --blocking at most. */
#define MAX_LIST 10000

static const cli_option_t options[] = {
	{ "weights", 'w', "W,W,...", "a typed game: the players' weights (no dataset is read)" },
	{ "names", 0, "A,B,...", "names of the typed players (default 1, 2, ...)" },
	{ "players", 'p', "SEL", "players from the dataset: type=TYPE (default type=region) or id,id,..." },
	{ "coalition", 'c', "NAME", "players: the members of a coalition of coalitions.csv" },
	{ "weight", 0, "W", "population (default), sqrt-population (Penrose), equal, or an actor column" },
	{ "quota", 'Q', "Q", "quota: N, N%, >N or >N% of the total weight (default >50%)" },
	{ "rule", 'r', "RULE", "vector rule, e.g. \"members>=11 and population>=65%\" (instead of --quota)" },
	{ "indices", 'i', "LIST", "banzhaf,shapley,johnston,deegan-packel,holler,coleman,owen, all or "
				  "cheap (default: all up to 20 players, else cheap)" },
	{ "method", 'm', "M", "auto (default), exact, brute or montecarlo" },
	{ "samples", 0, "N", "Monte Carlo samples (default 1000000)" },
	{ "connected", 0, NULL, "only players tied by shared projects cooperate (Myerson's graph-restricted game; up to 64 players)" },
	{ "graph", 0, "I-J,...", "a typed game's communication graph: ties between players I and J (1-based)" },
	{ "blocs", 0, "B", "blocs voting together, for the Owen value: 'coalitions' (coalitions.csv), "
			   "'communities' (Leiden, --seed) or, typed, a label per player (A,A,B,...)" },
	{ "minimal", 0, NULL, "also list the minimal winning coalitions (up to 25 players; beyond, count them)" },
	{ "blocking", 0, NULL, "also list the minimal blocking coalitions (up to 25 players; beyond, count them)" },
	CLI_OPTION_MAX_ITERATIONS,
	{ NULL, 0, NULL, NULL }
};

typedef struct {
	size_t n;
	char **id;           /* [n] owned */
	char **name;         /* [n] owned */
	double *shown;       /* [n] the weight as shown (√population is real) */
	int64_t *weight;     /* [n] the game's integer weights */
	int64_t *pop;        /* [n] population, NULL for a typed game */
	int64_t *sqrtpop;    /* [n] scaled √population, NULL for a typed game */
	size_t *actor;       /* [n] dataset actor of each player, NULL for a typed game */
	char **bloc;         /* [n] bloc names with --blocs (owned), else NULL */
	sn_communities_summary_t bloc_leiden;  /* --blocs communities: the Leiden run */
	int max_iterations;  /* its bound, --max-iterations */
	bool by_community;
	const char *weight_name;
	double scale;        /* weight = round(shown * scale); 1 when not scaled */
} players_t;

static void players_free(players_t *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->id ? p->id[i] : NULL);
		free(p->name ? p->name[i] : NULL);
	}
	free(p->id);
	free(p->name);
	free(p->shown);
	free(p->weight);
	free(p->pop);
	free(p->sqrtpop);
	free(p->actor);
	for (size_t i = 0; p->bloc && i < p->n; i++)
		free(p->bloc[i]);
	free(p->bloc);
	memset(p, 0, sizeof *p);
}

static int players_alloc(players_t *p, size_t n, bool dataset)
{
	p->n = n;
	p->scale = 1.0;
	p->id = calloc(n, sizeof *p->id);
	p->name = calloc(n, sizeof *p->name);
	p->shown = calloc(n, sizeof *p->shown);
	p->weight = calloc(n, sizeof *p->weight);
	if (dataset) {
		p->pop = calloc(n, sizeof *p->pop);
		p->sqrtpop = calloc(n, sizeof *p->sqrtpop);
		p->actor = calloc(n, sizeof *p->actor);
	}
	if (!p->id || !p->name || !p->shown || !p->weight ||
	    (dataset && (!p->pop || !p->sqrtpop || !p->actor)))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	return CLI_EXIT_OK;
}

/* Integer weights from real ones: exact when all are whole numbers, else scaled. */
static int integer_weights(players_t *p)
{
	bool whole = true;

	for (size_t i = 0; i < p->n; i++)
		whole = whole && p->shown[i] == floor(p->shown[i]) && fabs(p->shown[i]) < 9e15;
	if (whole) {
		for (size_t i = 0; i < p->n; i++) {
			if (p->shown[i] < 0)
				return cli_fail(sn_error_set(SN_EINVAL, "negative weight %g of %s",
							     p->shown[i], p->id[i]));
			p->weight[i] = (int64_t)p->shown[i];
		}
		return CLI_EXIT_OK;
	}
	sn_error_t err = sn_game_scale_weights(p->weight, &p->scale, p->shown, p->n, SCALE_MAX);
	return err ? cli_fail(err) : CLI_EXIT_OK;
}

/* Counts the comma-separated items of s. */
static size_t count_items(const char *s)
{
	size_t n = 1;

	for (; *s; s++)
		n += *s == ',';
	return n;
}

/* Copies item k (0-based) of the comma-separated list s. */
static char *item(const char *s, size_t k)
{
	for (; k > 0; k--)
		s = strchr(s, ',') + 1;
	size_t len = strcspn(s, ",");
	char *out = malloc(len + 1);
	if (out) {
		memcpy(out, s, len);
		out[len] = '\0';
	}
	return out;
}

static int typed_players(players_t *p, const cli_ctx_t *ctx)
{
	const char *w = cli_opt(ctx, "weights"), *names = cli_opt(ctx, "names");
	size_t n = count_items(w);
	char num[32];
	int rc;

	if (names && count_items(names) != n)
		return cli_usage_error(ctx, "--names gives %zu names for %zu weights",
				       count_items(names), n);
	if ((rc = players_alloc(p, n, false)) != CLI_EXIT_OK)
		return rc;
	p->weight_name = "weight";
	for (size_t i = 0; i < n; i++) {
		char *s = item(w, i);
		snprintf(num, sizeof num, "%zu", i + 1);
		p->id[i] = strdup(num);
		p->name[i] = names ? item(names, i) : strdup("");
		if (!s || !p->id[i] || !p->name[i]) {
			free(s);
			return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		}
		sn_error_t err = sn_parse_double(s, &p->shown[i]);
		if (err || p->shown[i] < 0) {
			rc = cli_usage_error(ctx, "--weights: '%s' (weight %zu) is not a non-negative "
					     "number", s, i + 1);
			free(s);
			return rc;
		}
		free(s);
	}
	return integer_weights(p);
}

/* The actor indices selected by --players or --coalition. */
static int select_actors(size_t **out, size_t *n, const cli_ctx_t *ctx, const sn_dataset_t *ds)
{
	const char *sel = cli_opt(ctx, "players"), *coal = cli_opt(ctx, "coalition");
	size_t *idx = malloc((ds->nactors + count_items(sel ? sel : "")) * sizeof *idx), k = 0;
	sn_actor_type_t type = SN_ACTOR_REGION;

	if (!idx)
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	*out = idx;
	if (coal) {
		size_t c = sn_dataset_find_coalition(ds, coal);
		char hint[SN_SUGGEST_PHRASE_MAX];
		if (c == SN_NO_PARENT)
			return cli_usage_error(ctx, "no coalition named '%s' in the dataset%s", coal,
					       sn_dataset_suggest_coalition(ds, coal, hint, sizeof hint));
		memcpy(idx, ds->coalitions[c].actors, ds->coalitions[c].nactors * sizeof *idx);
		*n = ds->coalitions[c].nactors;
		return CLI_EXIT_OK;
	}
	if (sel && strncmp(sel, "type=", 5) != 0) {
		for (size_t i = 0, m = count_items(sel); i < m; i++) {
			char *id = item(sel, i);
			size_t a = id ? sn_dataset_find_actor(ds, id) : SN_NO_PARENT;
			char hint[SN_SUGGEST_PHRASE_MAX];
			int rc = a == SN_NO_PARENT ? cli_usage_error(ctx, "--players: unknown actor '%s'%s",
				id ? id : "", sn_dataset_suggest_actor(ds, id ? id : "", hint, sizeof hint))
						   : CLI_EXIT_OK;
			free(id);
			if (rc)
				return rc;
			idx[k++] = a;
		}
		*n = k;
		return CLI_EXIT_OK;
	}
	if (sel && sn_actor_type_parse(sel + 5, &type) != SN_OK)
		return cli_usage_error(ctx, "--players: unknown actor type '%s'", sel + 5);
	for (size_t a = 0; a < ds->nactors; a++)
		if (ds->actors[a].type == type)
			idx[k++] = a;
	*n = k;
	return CLI_EXIT_OK;
}

/* The weights from an actor attribute column. */
static int column_weights(players_t *p, const cli_data_t *d, const size_t *idx, const char *col)
{
	long c = sn_attrs_find(&d->ds->actor_attrs, col);

	if (c < 0)
		return cli_fail(sn_error_set(SN_EINVAL, "--weight: actors.csv has no column '%s' "
					     "(use population, sqrt-population or equal)", col));
	for (size_t i = 0; i < p->n; i++) {
		const char *cell = sn_attrs_get(&d->ds->actor_attrs, idx[i], (size_t)c);
		if (sn_parse_double(cell, &p->shown[i]) != SN_OK || p->shown[i] < 0)
			return cli_fail(sn_error_set(SN_EDATA, "actors.csv: actor %s: %s '%s' is not a "
						     "non-negative number", p->id[i], col, cell));
	}
	return integer_weights(p);
}

static int dataset_players(players_t *p, const cli_ctx_t *ctx, const cli_data_t *d)
{
	const char *wname = cli_opt(ctx, "weight") ? cli_opt(ctx, "weight") : "population";
	/* Players without population (a university, an agency) may still play for equal or column weights. */
	bool need_pop = cli_opt(ctx, "rule") || strcmp(wname, "population") == 0 ||
			strcmp(wname, "sqrt-population") == 0, any_pop = false;
	size_t *idx = NULL, n = 0;
	double *root = NULL;
	int rc = select_actors(&idx, &n, ctx, d->ds);
	sn_error_t err;

	if (rc == CLI_EXIT_OK && n == 0)
		rc = cli_usage_error(ctx, "no players selected");
	if (rc == CLI_EXIT_OK)
		rc = players_alloc(p, n, true);
	if (rc == CLI_EXIT_OK && !(root = malloc(n * sizeof *root)))
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	for (size_t i = 0; rc == CLI_EXIT_OK && i < n; i++) {
		const sn_actor_t *a = &d->ds->actors[idx[i]];
		p->actor[i] = idx[i];
		p->id[i] = strdup(a->id);
		p->name[i] = strdup(a->name);
		if (!p->id[i] || !p->name[i])
			rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		else if (need_pop &&
			 (err = sn_dataset_represented_population(d->ds, &idx[i], 1, d->year, &p->pop[i])))
			rc = cli_fail(err);
		root[i] = sqrt((double)p->pop[i]);
		any_pop = any_pop || p->pop[i] > 0;
	}
	if (rc != CLI_EXIT_OK)
		goto done;
	/* √population scaled so the largest is SCALE_MAX: rounding changes a weight by at most 0.5 in 10^6. */
	if (any_pop && (err = sn_game_scale_weights(p->sqrtpop, NULL, root, n, SCALE_MAX)) != SN_OK) {
		rc = cli_fail(err);
		goto done;
	}
	p->weight_name = wname;
	if (strcmp(wname, "population") == 0 || strcmp(wname, "sqrt-population") == 0 ||
	    strcmp(wname, "equal") == 0) {
		for (size_t i = 0; i < n; i++) {
			bool sq = wname[0] == 's', eq = wname[0] == 'e';
			p->shown[i] = eq ? 1.0 : sq ? root[i] : (double)p->pop[i];
			p->weight[i] = eq ? 1 : sq ? p->sqrtpop[i] : p->pop[i];
		}
		if (wname[0] == 's' && any_pop) {
			double max = 0;
			for (size_t i = 0; i < n; i++)
				max = root[i] > max ? root[i] : max;
			p->scale = SCALE_MAX / max;
		}
	} else {
		rc = column_weights(p, d, idx, wname);
	}
done:
	free(idx);
	free(root);
	return rc;
}

/* The game: --rule over the named weight vectors, or --quota on the chosen weight. */
static int build_game(sn_game_t **out, const cli_ctx_t *ctx, const players_t *p)
{
	const char *rule = cli_opt(ctx, "rule"), *quota = cli_opt(ctx, "quota");
	sn_weight_vector_t v[3];
	size_t nv = 0;
	int64_t total = 0, q;
	sn_error_t err;

	if (rule) {
		v[nv++] = (sn_weight_vector_t){ p->weight_name, p->weight };
		if (p->pop && strcmp(p->weight_name, "population") != 0)
			v[nv++] = (sn_weight_vector_t){ "population", p->pop };
		if (p->sqrtpop && strcmp(p->weight_name, "sqrt-population") != 0)
			v[nv++] = (sn_weight_vector_t){ "sqrt-population", p->sqrtpop };
		err = sn_game_from_rule(out, rule, p->n, v, nv);
		return err ? cli_usage_error(ctx, "--%s", sn_error_last()) : CLI_EXIT_OK;
	}
	for (size_t i = 0; i < p->n; i++) {
		if (p->weight[i] > INT64_MAX - total)
			return cli_fail(sn_error_set(SN_EINVAL, "the total weight overflows 64-bit integers"));
		total += p->weight[i];
	}
	if (total == 0)
		return cli_fail(sn_error_set(SN_EDATA, "every player has weight 0%s",
					     p->pop && strstr(p->weight_name, "population")
						     ? " (only actors that represent a territory carry "
						       "population; see population_rule)" : ""));
	if (sn_quota_parse(&q, quota ? quota : ">50%", total) != SN_OK)
		return cli_usage_error(ctx, "--%s", sn_error_last());
	err = sn_game_new_weighted(out, p->weight, p->n, q);
	return err ? cli_fail(err) : CLI_EXIT_OK;
}

/* Appends the tie (i, j) to the edge arrays, growing them. */
static int add_edge(size_t **from, size_t **to, size_t *m, size_t *cap, size_t i, size_t j)
{
	if (*m == *cap) {
		size_t c = *cap ? 2 * *cap : 64;
		size_t *f = realloc(*from, c * sizeof *f), *t = f ? realloc(*to, c * sizeof *t) : NULL;
		if (f)
			*from = f;
		if (!f || !t)
			return -1;
		*to = t;
		*cap = c;
	}
	(*from)[*m] = i;
	(*to)[(*m)++] = j;
	return 0;
}

/* Ties between players who share a project (memberships are sorted by project). */
static int project_edges(size_t **from, size_t **to, size_t *m, const players_t *p,
			 const sn_dataset_t *ds)
{
	size_t *player = malloc(ds->nactors * sizeof *player), cap = 0;

	if (!player)
		return -1;
	for (size_t a = 0; a < ds->nactors; a++)
		player[a] = SN_NO_PARENT;
	for (size_t i = 0; i < p->n; i++)
		player[p->actor[i]] = i;
	for (size_t a = 0; a < ds->nmemberships; a++)
		for (size_t b = a + 1; b < ds->nmemberships &&
		     ds->memberships[b].project == ds->memberships[a].project; b++) {
			size_t i = player[ds->memberships[a].actor], j = player[ds->memberships[b].actor];
			if (i != SN_NO_PARENT && j != SN_NO_PARENT && add_edge(from, to, m, &cap, i, j)) {
				free(player);
				return -1;
			}
		}
	free(player);
	return 0;
}

/* Ties "I-J,..." of --graph (1-based players). */
static int typed_edges(size_t **from, size_t **to, size_t *m, const cli_ctx_t *ctx, size_t n)
{
	const char *s = cli_opt(ctx, "graph");
	size_t cap = 0;

	for (size_t k = 0, items = count_items(s); k < items; k++) {
		char *tie = item(s, k), *end = NULL;
		long i = tie ? strtol(tie, &end, 10) : 0, j = 0;
		bool ok = tie && end != tie && *end == '-';
		if (ok) {
			char *start = end + 1;
			j = strtol(start, &end, 10);
			ok = end != start && *end == '\0' && i >= 1 && j >= 1 && (size_t)i <= n &&
			     (size_t)j <= n;
		}
		int rc = ok ? CLI_EXIT_OK : cli_usage_error(ctx, "--graph: '%s' is not a tie I-J between "
							   "players 1..%zu", tie ? tie : "", n);
		free(tie);
		if (rc)
			return rc;
		if (add_edge(from, to, m, &cap, (size_t)i - 1, (size_t)j - 1))
			return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	}
	return CLI_EXIT_OK;
}

/* Restricts the game to the communication graph of --connected or --graph. */
static int restrict_game(sn_game_t *g, const cli_ctx_t *ctx, const players_t *p,
			 const cli_data_t *d, size_t *ties)
{
	size_t *from = NULL, *to = NULL, m = 0;
	int rc = CLI_EXIT_OK;

	if (cli_opt(ctx, "graph"))
		rc = typed_edges(&from, &to, &m, ctx, p->n);
	else if (project_edges(&from, &to, &m, p, d->ds))
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	if (rc == CLI_EXIT_OK) {
		sn_error_t err = sn_game_set_graph(g, from, to, m);
		rc = err ? cli_fail(err) : CLI_EXIT_OK;
	}
	/* Distinct ties (a pair may share several projects); n <= 64 once the graph is set. */
	uint64_t adj[64] = { 0 };
	*ties = 0;
	for (size_t k = 0; rc == CLI_EXIT_OK && k < m; k++)
		if (from[k] != to[k] && !((adj[from[k]] >> to[k]) & 1u)) {
			adj[from[k]] |= UINT64_C(1) << to[k];
			adj[to[k]] |= UINT64_C(1) << from[k];
			(*ties)++;
		}
	free(from);
	free(to);
	return rc;
}

/*
 * Bloc names "community N" of the players: Leiden communities (seeded by
 * --seed, the defaults of `samnet communities`, so N is the community that
 * command prints) of the actor projection.  Players outside the network get
 * "" and stay alone.
 */
static sn_error_t community_blocs(char **bloc, players_t *p, const cli_data_t *d,
				  const cli_ctx_t *ctx)
{
	sn_communities_options_t co = SN_COMMUNITIES_OPTIONS_INIT;
	sn_projection_t proj;
	igraph_vector_int_t memb;
	size_t *vertex = malloc((d->ds->nactors + 1) * sizeof *vertex);
	sn_error_t err;

	sn_projection_init(&proj);
	if (!vertex || igraph_vector_int_init(&memb, 0)) {
		free(vertex);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	co.seed = ctx->seed;
	co.max_iterations = p->max_iterations;
	err = cli_projection_build(&proj, d, SN_MODE_ACTORS, SN_WEIGHT_COUNT);
	if (!err)
		err = sn_communities_detect(&memb, &p->bloc_leiden, &proj.graph, &proj.weight, &co);
	p->by_community = true;
	for (size_t a = 0; a < d->ds->nactors; a++)
		vertex[a] = SN_NO_PARENT;
	for (size_t v = 0; !err && v < d->net.nactors; v++)
		vertex[d->net.actor_index[v]] = v;
	for (size_t i = 0; !err && i < p->n; i++) {
		size_t v = vertex[p->actor[i]];
		if ((v == SN_NO_PARENT ? (bloc[i] = strdup(""), !bloc[i])
				       : asprintf(&bloc[i], "community %" PRId64,
						  sn_community_number(VECTOR(memb)[v])) < 0))
			err = sn_error_set(SN_ENOMEM, "out of memory");
	}
	igraph_vector_int_destroy(&memb);
	sn_projection_destroy(&proj);
	free(vertex);
	return err;
}

/*
 * Blocs for the Owen value: the first named coalition holding each player
 * (players in none stay alone), the player's community, or typed labels,
 * one per player.
 */
static int set_blocs(sn_game_t *g, players_t *p, const cli_ctx_t *ctx, const cli_data_t *d,
		     size_t *overlaps)
{
	const char *spec = cli_opt(ctx, "blocs");
	size_t *label = malloc(p->n * sizeof *label);
	int rc = CLI_EXIT_OK;

	*overlaps = 0;
	p->bloc = calloc(p->n, sizeof *p->bloc);
	if (!label || !p->bloc) {
		free(label);
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	}
	if (d == NULL && count_items(spec) != p->n)
		rc = cli_usage_error(ctx, "--blocs gives %zu labels for %zu players", count_items(spec), p->n);
	else if (d != NULL && strcmp(spec, "coalitions") != 0 && strcmp(spec, "communities") != 0)
		rc = cli_usage_error(ctx, "--blocs takes 'coalitions' or 'communities' with a dataset, "
				     "not '%s'", spec);
	bool by_community = rc == CLI_EXIT_OK && d != NULL && strcmp(spec, "communities") == 0;
	if (by_community) {
		sn_error_t err = community_blocs(p->bloc, p, d, ctx);
		if (err)
			rc = cli_fail(err);
	}
	for (size_t i = 0; rc == CLI_EXIT_OK && i < p->n; i++) {
		label[i] = i;
		if (!by_community)
			p->bloc[i] = d ? NULL : item(spec, i);
		for (size_t c = 0; d && !by_community && c < d->ds->ncoalitions; c++) {
			const sn_coalition_t *co = &d->ds->coalitions[c];
			bool in = false;
			for (size_t k = 0; k < co->nactors && !in; k++)
				in = co->actors[k] == p->actor[i];
			if (in && p->bloc[i]) {
				(*overlaps)++;
				break;
			}
			if (in)
				p->bloc[i] = strdup(co->name);
		}
		if (!p->bloc[i])
			p->bloc[i] = strdup(d ? "" : "?");
		if (!p->bloc[i])
			rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		/* Players alone keep their own label; the others take their bloc's first player. */
		for (size_t j = 0; rc == CLI_EXIT_OK && j < i && p->bloc[i][0]; j++)
			if (strcmp(p->bloc[i], p->bloc[j]) == 0) {
				label[i] = label[j];
				break;
			}
	}
	if (rc == CLI_EXIT_OK) {
		sn_error_t err = sn_game_set_blocs(g, label);
		rc = err ? cli_fail(err) : CLI_EXIT_OK;
	}
	free(label);
	return rc;
}

static int parse_options(sn_power_options_t *o, const cli_ctx_t *ctx, const sn_game_t *g)
{
	size_t n = sn_game_nplayers(g);
	long samples = 0;
	int rc;

	*o = (sn_power_options_t)SN_POWER_OPTIONS_INIT;
	o->seed = ctx->seed;
	if (cli_opt(ctx, "method") && sn_power_method_parse(&o->method, cli_opt(ctx, "method")))
		return cli_usage_error(ctx, "--method: %s", sn_error_last());
	/* Enumeration-only indices by default only where enumeration is cheap and allowed. */
	o->indices = n <= 20 && o->method != SN_POWER_MONTECARLO ? SN_POWER_ALL : SN_POWER_CHEAP;
	/* A graph-restricted game that counts several winning parts has only these two. */
	if (!sn_game_is_simple(g))
		o->indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	if (cli_opt(ctx, "indices") && sn_power_indices_parse(&o->indices, cli_opt(ctx, "indices")))
		return cli_usage_error(ctx, "--indices: %s", sn_error_last());
	if (cli_opt(ctx, "blocs"))
		o->indices |= SN_POWER_OWEN;
	if ((rc = cli_opt_long(ctx, "samples", 1, 2000000000L, &samples)) != CLI_EXIT_OK)
		return rc;
	o->samples = (uint64_t)samples;
	return CLI_EXIT_OK;
}

/* Adds a column of kind `type` and returns its index, or -1 when out of memory. */
static long column(cli_table_t *t, long *ncols, const char *name, cli_coltype_t type)
{
	if (cli_table_column(t, name, type))
		return -1;
	return (*ncols)++;
}

typedef struct {
	const char *name;
	const double *v;
} series_t;

/* The per-player table: weight, share, every computed index and power/weight ratios. */
static cli_table_t *power_table(const players_t *p, const sn_power_result_t *r)
{
	cli_table_t *t = cli_table_new("power", "Voting power");
	series_t s[] = {
		{ "banzhaf", r->banzhaf }, { "banzhaf_lo", r->banzhaf_lo }, { "banzhaf_hi", r->banzhaf_hi },
		{ "banzhaf_abs", r->banzhaf_abs }, { "banzhaf_abs_lo", r->banzhaf_abs_lo },
		{ "banzhaf_abs_hi", r->banzhaf_abs_hi }, { "shapley", r->shapley },
		{ "shapley_lo", r->shapley_lo }, { "shapley_hi", r->shapley_hi },
		{ "owen", r->owen }, { "owen_lo", r->owen_lo }, { "owen_hi", r->owen_hi },
		{ "johnston", r->johnston }, { "deegan_packel", r->deegan_packel },
		{ "holler", r->holler }, { "coleman_prevent", r->coleman_prevent },
		{ "coleman_initiate", r->coleman_initiate }
	};
	enum { NS = sizeof s / sizeof s[0] };
	long ncols = 2, col[NS];
	double total = 0;

	if (!t || cli_table_column(t, "id", CLI_COL_STR) ||
	    cli_table_column(t, "name", CLI_COL_STR) || column(t, &ncols, "weight", CLI_COL_REAL) < 0 ||
	    column(t, &ncols, "weight_share", CLI_COL_SHARE) < 0)
		goto fail;
	for (size_t k = 0; k < NS; k++)
		if (s[k].v && (col[k] = column(t, &ncols, s[k].name, CLI_COL_REAL)) < 0)
			goto fail;
	long rb = r->banzhaf ? column(t, &ncols, "banzhaf_ratio", CLI_COL_REAL) : 0;
	long rs = r->shapley ? column(t, &ncols, "shapley_ratio", CLI_COL_REAL) : 0;
	long bc = p->bloc ? ncols : 0;
	if (rb < 0 || rs < 0 || (p->bloc && cli_table_column(t, "bloc", CLI_COL_STR)))
		goto fail;
	for (size_t i = 0; i < p->n; i++)
		total += p->shown[i];
	for (size_t i = 0; i < p->n; i++) {
		double share = total > 0 ? p->shown[i] / total : NAN;
		if (cli_table_row(t) || cli_table_str(t, 0, p->id[i]) || cli_table_str(t, 1, p->name[i]) ||
		    cli_table_real(t, 2, p->shown[i]) || cli_table_real(t, 3, share))
			goto fail;
		for (size_t k = 0; k < NS; k++)
			if (s[k].v && cli_table_real(t, (size_t)col[k], s[k].v[i]))
				goto fail;
		/* The ratio of power share to weight share: above 1, more power than weight. */
		if ((r->banzhaf && cli_table_real(t, (size_t)rb, share > 0 ? r->banzhaf[i] / share : NAN)) ||
		    (r->shapley && cli_table_real(t, (size_t)rs, share > 0 ? r->shapley[i] / share : NAN)) ||
		    (p->bloc && cli_table_str(t, (size_t)bc, p->bloc[i])))
			goto fail;
	}
	return t;
fail:
	cli_table_free(t);
	return NULL;
}

/* A table of minimal winning or blocking coalitions. */
static int coalitions_table(cli_doc_t *doc, const sn_game_t *g, const players_t *p, bool blocking)
{
	sn_coalition_list_t l;
	sn_error_t err = sn_game_minimal_coalitions(&l, g, blocking, MAX_LIST, 0);
	cli_table_t *t = NULL;
	double total = 0;
	int bad = 0;

	if (err)
		return cli_fail(err);
	for (size_t i = 0; i < p->n; i++)
		total += p->shown[i];
	t = cli_table_new(blocking ? "minimal_blocking" : "minimal_winning",
			  blocking ? "Minimal blocking coalitions" : "Minimal winning coalitions");
	bad = !t || cli_table_column(t, "coalition", CLI_COL_INT) ||
	      cli_table_column(t, "size", CLI_COL_INT) ||
	      cli_table_column(t, "weight", CLI_COL_REAL) ||
	      cli_table_column(t, "weight_share", CLI_COL_SHARE) ||
	      cli_table_column(t, "members", CLI_COL_STR);
	for (size_t k = 0; !bad && k < l.count; k++) {
		size_t len = 1, a = l.offsets[k], b = l.offsets[k + 1];
		double w = 0;
		for (size_t j = a; j < b; j++)
			len += strlen(p->id[l.players[j]]) + 1;
		char *members = calloc(len, 1);
		bad = !members;
		for (size_t j = a; !bad && j < b; j++) {
			w += p->shown[l.players[j]];
			if (j > a)
				strcat(members, " ");
			strcat(members, p->id[l.players[j]]);
		}
		bad = bad || cli_table_row(t) || cli_table_int(t, 0, (int64_t)k + 1) ||
		      cli_table_int(t, 1, (int64_t)(b - a)) || cli_table_real(t, 2, w) ||
		      cli_table_real(t, 3, total > 0 ? w / total : NAN) || cli_table_str(t, 4, members);
		free(members);
	}
	bad = bad || cli_doc_meta(doc, blocking ? "minimal blocking coalitions" :
				  "minimal winning coalitions", l.total < 9007199254740992.0 ? "%.0f%s" :
				  "%.6g%s", l.total, l.count == 0 && l.total > 0 ?
				  " (counted; too many players to list)" : l.total > (double)l.count ?
				  " (the first ones listed)" : "");
	sn_coalition_list_destroy(&l);
	if (bad || cli_doc_table(doc, t))
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	return CLI_EXIT_OK;
}

static int describe(cli_doc_t *doc, const cli_ctx_t *ctx, const cli_data_t *d, const players_t *p,
		    const sn_game_t *g, const sn_power_result_t *r)
{
	int bad = 0;

	if (d)
		bad |= cli_doc_meta(doc, "dataset", "%s", d->label) | cli_doc_population_meta(doc, d);
	bad |= cli_doc_meta_int(doc, "players", (int64_t)p->n);
	bad |= cli_doc_meta(doc, "weight", "%s%s", p->weight_name,
			    p->scale != 1.0 ? " (scaled to integers, largest 1000000)" : "");
	/* Keys stay unique, so that the JSON "meta" object has no repeated member. */
	for (size_t c = 0; c < sn_game_ncriteria(g); c++) {
		char key[160];
		snprintf(key, sizeof key, "quota %s", sn_game_criterion_name(g, c));
		bad |= cli_doc_meta(doc, key, "%lld of %lld", (long long)sn_game_quota(g, c),
				    (long long)sn_game_total(g, c));
	}
	if (cli_opt(ctx, "rule"))
		bad |= cli_doc_meta(doc, "rule", "%s", cli_opt(ctx, "rule"));
	for (unsigned b = 0; b < SN_POWER_INDEX_COUNT; b++)
		if (r->indices & (1u << b)) {
			char key[64];
			snprintf(key, sizeof key, "method %s", sn_power_index_name(1u << b));
			bad |= cli_doc_meta(doc, key, "%s", sn_power_method_name(r->method[b]));
		}
	if (r->samples)
		bad |= cli_doc_meta(doc, "monte carlo", "%llu samples, seed %" PRIu64 ", 95%% %s intervals",
				    (unsigned long long)r->samples, ctx->seed,
				    sn_game_is_simple(g) ? "Wilson" : "normal");
	if (!isnan(r->winning))
		bad |= cli_doc_meta_num(doc, "winning coalitions", r->winning);
	if (!isnan(r->coleman_collectivity))
		bad |= cli_doc_meta_num(doc, "power of the collectivity to act", r->coleman_collectivity);
	return bad;
}

static int run(cli_ctx_t *ctx)
{
	cli_data_t d;
	bool have_data = false;
	players_t p = { 0 };
	sn_game_t *g = NULL;
	sn_power_options_t o;
	sn_power_result_t r;
	cli_doc_t *doc = NULL;
	size_t ties = 0, overlaps = 0;
	int rc;

	sn_power_result_init(&r);
	if (cli_opt(ctx, "rule") && cli_opt(ctx, "quota"))
		return cli_usage_error(ctx, "give either --quota or --rule, not both");
	if (cli_opt(ctx, "weights") && (cli_opt(ctx, "players") || cli_opt(ctx, "coalition") ||
					cli_opt(ctx, "weight") || ctx->npositional))
		return cli_usage_error(ctx, "--weights types a game: it takes no dataset, --players, "
				       "--coalition or --weight");
	if (cli_opt(ctx, "players") && cli_opt(ctx, "coalition"))
		return cli_usage_error(ctx, "give either --players or --coalition, not both");
	if (cli_flag(ctx, "connected") && cli_opt(ctx, "weights"))
		return cli_usage_error(ctx, "--connected follows the dataset's projects; a typed game "
				       "takes --graph");
	if (cli_opt(ctx, "graph") && !cli_opt(ctx, "weights"))
		return cli_usage_error(ctx, "--graph is for a typed game (--weights); use --connected");
	if (cli_opt(ctx, "weights")) {
		rc = typed_players(&p, ctx);
	} else {
		if ((rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK)
			return rc;
		have_data = true;
		rc = dataset_players(&p, ctx, &d);
	}
	if (rc == CLI_EXIT_OK)
		rc = build_game(&g, ctx, &p);
	if (rc == CLI_EXIT_OK && (cli_flag(ctx, "connected") || cli_opt(ctx, "graph")))
		rc = restrict_game(g, ctx, &p, have_data ? &d : NULL, &ties);
	if (rc == CLI_EXIT_OK)
		rc = cli_opt_max_iterations(ctx, &p.max_iterations);
	if (rc == CLI_EXIT_OK && cli_opt(ctx, "blocs"))
		rc = set_blocs(g, &p, ctx, have_data ? &d : NULL, &overlaps);
	if (rc == CLI_EXIT_OK)
		rc = parse_options(&o, ctx, g);
	if (rc == CLI_EXIT_OK) {
		sn_error_t err = sn_power_compute(&r, g, &o);
		rc = err ? (err == SN_EINVAL ? cli_usage_error(ctx, "%s", sn_error_last()) : cli_fail(err))
			 : CLI_EXIT_OK;
	}
	if (rc != CLI_EXIT_OK)
		goto done;
	doc = cli_doc_new("power");
	if (describe(doc, ctx, have_data ? &d : NULL, &p, g, &r) ||
	    (sn_game_has_graph(g) && cli_doc_meta(doc, "communication graph", "%zu ties%s", ties,
						    have_data ? " (shared projects)" : "")) ||
	    (sn_game_has_graph(g) && cli_doc_meta(doc, "game", "%s", sn_game_is_simple(g) ?
			GAME_SIMPLE : GAME_COUNTS)) ||
	    (p.bloc && cli_doc_meta(doc, "blocs", "%zu%s", sn_game_nblocs(g), overlaps ?
				    " (players in several coalitions join the first)" : "")) ||
	    (p.by_community && (cli_doc_meta(doc, "blocs_leiden", "seed %" PRIu64 ", %d "
					     "iterations, at most %d", ctx->seed,
					     p.bloc_leiden.iterations, p.max_iterations) |
				cli_doc_meta(doc, "stopped_at_bound", "%s",
					     p.bloc_leiden.at_bound ? "yes" : "no"))) ||
	    cli_doc_table(doc, power_table(&p, &r))) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto done;
	}
	if (cli_flag(ctx, "minimal") && (rc = coalitions_table(doc, g, &p, false)) != CLI_EXIT_OK)
		goto done;
	if (cli_flag(ctx, "blocking") && (rc = coalitions_table(doc, g, &p, true)) != CLI_EXIT_OK)
		goto done;
	rc = cli_doc_write(doc, ctx);
done:
	cli_doc_free(doc);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	players_free(&p);
	if (have_data)
		cli_data_destroy(&d);
	return rc;
}

const cli_command_t cmd_power = {
	.name = "power",
	.usage = "[OPTIONS] [DATASET]",
	.summary = "power indices of a weighted or vector-majority voting game",
	.description =
		"A priori voting power of each player: normalised and absolute (Penrose) Banzhaf,\n"
		"Shapley-Shubik, Johnston, Deegan-Packel, Holler's public good index and Coleman's\n"
		"powers to prevent and to initiate, with the weight share and the ratio of power\n"
		"share to weight share.  Players are actors of the dataset (default: the regions)\n"
		"weighted by the population of their territory in --year, or a game typed with\n"
		"--weights.  A coalition wins when its weight reaches the quota, or under --rule\n"
		"when it meets every criterion (members = one vote each; population;\n"
		"sqrt-population; the --weight column).  --method auto uses exact dynamic\n"
		"programming for one-criterion games, enumeration up to 25 players, and Monte\n"
		"Carlo (with 95% intervals, seeded by --seed) beyond; the output says which.\n"
		"--connected (or --graph for a typed game) lets only players tied by shared\n"
		"projects cooperate: the game becomes Myerson's (1977) graph-restricted game,\n"
		"where a coalition is worth the number of its connected parts that meet the\n"
		"quota.  shapley is then the Myerson value and banzhaf the Banzhaf value of that\n"
		"game (enumerated up to 25 players, else sampled).  With a quota above half (the\n"
		"default) at most one part can win and every index is defined; with a quota at\n"
		"most half several parts can win, only banzhaf and shapley are defined (the\n"
		"default then; Monte Carlo intervals are normal, not Wilson), and a player who\n"
		"merely joins two winning parts gets a negative value, e.g. --weights 2,1,2\n"
		"--quota 2 --graph 1-2,2-3 gives player 2 a Myerson value of -1/3.\n"
		"--blocs adds the Owen value: blocs join coalitions whole (Owen 1977).\n"
		"Example: samnet power --weights 4,4,4,2,2,1 --quota 12",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
