/* samnet power: a priori voting power in a weighted or vector-majority voting game. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"

/* Largest integer weight after scaling real weights (√population, real columns). */
#define SCALE_MAX 1000000
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
	{ "indices", 'i', "LIST", "banzhaf,shapley,johnston,deegan-packel,holler,coleman, all or cheap "
				  "(default: all up to 20 players, else cheap)" },
	{ "method", 'm', "M", "auto (default), exact, brute or montecarlo" },
	{ "samples", 0, "N", "Monte Carlo samples (default 1000000)" },
	{ "minimal", 0, NULL, "also list the minimal winning coalitions (up to 25 players)" },
	{ "blocking", 0, NULL, "also list the minimal blocking coalitions (up to 25 players)" },
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
	}
	if (!p->id || !p->name || !p->shown || !p->weight || (dataset && (!p->pop || !p->sqrtpop)))
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
		if (c == SN_NO_PARENT)
			return cli_usage_error(ctx, "no coalition named '%s' in the dataset", coal);
		memcpy(idx, ds->coalitions[c].actors, ds->coalitions[c].nactors * sizeof *idx);
		*n = ds->coalitions[c].nactors;
		return CLI_EXIT_OK;
	}
	if (sel && strncmp(sel, "type=", 5) != 0) {
		for (size_t i = 0, m = count_items(sel); i < m; i++) {
			char *id = item(sel, i);
			size_t a = id ? sn_dataset_find_actor(ds, id) : SN_NO_PARENT;
			int rc = a == SN_NO_PARENT ? cli_usage_error(ctx, "--players: unknown actor '%s'",
								     id ? id : "") : CLI_EXIT_OK;
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
		p->id[i] = strdup(a->id);
		p->name[i] = strdup(a->name);
		if (!p->id[i] || !p->name[i])
			rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		else if ((err = sn_dataset_represented_population(d->ds, &idx[i], 1, d->year, &p->pop[i])))
			rc = cli_fail(err);
		else
			root[i] = sqrt((double)p->pop[i]);
	}
	if (rc != CLI_EXIT_OK)
		goto done;
	/* √population scaled so the largest is SCALE_MAX: rounding changes a weight by at most 0.5 in 10^6. */
	if ((err = sn_game_scale_weights(p->sqrtpop, NULL, root, n, SCALE_MAX)) != SN_OK) {
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
		if (wname[0] == 's')
			p->scale = SCALE_MAX / root[0] * 0 + (double)p->sqrtpop[0] / (root[0] > 0 ? root[0] : 1);
	} else {
		rc = column_weights(p, d, idx, wname);
	}
done:
	free(idx);
	free(root);
	return rc;
}
