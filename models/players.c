/* The players of a voting game, typed or drawn from a dataset, and their games. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/coalition.h"
#include "samnet/players.h"
#include "samnet/suggest.h"
#include "samnet/table.h"
#include "models/players_private.h"

void sn_players_init(sn_players_t *p)
{
	memset(p, 0, sizeof *p);
	p->scale = 1.0;
}

void sn_players_destroy(sn_players_t *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		free(p->id ? p->id[i] : NULL);
		free(p->name ? p->name[i] : NULL);
		free(p->bloc ? p->bloc[i] : NULL);
	}
	free(p->id);
	free(p->name);
	free(p->bloc);
	free(p->actor);
	free(p->weight_name);
	free(p->shown);
	free(p->weight);
	free(p->population);
	free(p->sqrt_population);
	sn_players_init(p);
}

/* Allocates the arrays of n players (with the dataset ones when `dataset`). */
static sn_error_t players_alloc(sn_players_t *p, size_t n, bool dataset, const char *weight_name)
{
	sn_players_destroy(p);
	p->n = n;
	p->id = calloc(n, sizeof *p->id);
	p->name = calloc(n, sizeof *p->name);
	p->shown = calloc(n, sizeof *p->shown);
	p->weight = calloc(n, sizeof *p->weight);
	p->weight_name = strdup(weight_name);
	if (dataset) {
		p->actor = calloc(n, sizeof *p->actor);
		p->population = calloc(n, sizeof *p->population);
		p->sqrt_population = calloc(n, sizeof *p->sqrt_population);
	}
	if (!p->id || !p->name || !p->shown || !p->weight || !p->weight_name ||
	    (dataset && (!p->actor || !p->population || !p->sqrt_population)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	return SN_OK;
}

/* Integer weights from the shown ones: exact when all are whole numbers, else scaled. */
static sn_error_t integer_weights(sn_players_t *p)
{
	bool whole = true;

	for (size_t i = 0; i < p->n; i++) {
		if (!(p->shown[i] >= 0) || !isfinite(p->shown[i]))
			return sn_error_set(SN_EINVAL, "weight %g of %s is not a non-negative number",
					    p->shown[i], p->id[i]);
		whole = whole && p->shown[i] == floor(p->shown[i]) && p->shown[i] < 9e15;
	}
	if (!whole)
		return sn_game_scale_weights(p->weight, &p->scale, p->shown, p->n,
					     SN_PLAYERS_SCALE_MAX);
	for (size_t i = 0; i < p->n; i++)
		p->weight[i] = (int64_t)p->shown[i];
	p->scale = 1.0;
	return SN_OK;
}

sn_error_t sn_players_typed(sn_players_t *out, const double *weights, const char *const *names,
			    size_t n)
{
	sn_error_t err;

	if (n == 0)
		return sn_error_set(SN_EINVAL, "a game needs at least one player");
	if ((err = players_alloc(out, n, false, "weight")))
		return err;
	for (size_t i = 0; i < n; i++) {
		if (asprintf(&out->id[i], "%zu", i + 1) < 0) {
			out->id[i] = NULL;
			return sn_error_set(SN_ENOMEM, "out of memory");
		}
		if (!(out->name[i] = strdup(names && names[i] ? names[i] : "")))
			return sn_error_set(SN_ENOMEM, "out of memory");
		out->shown[i] = weights[i];
	}
	return integer_weights(out);
}

size_t sn__list_count(const char *s)
{
	size_t n = 1;

	for (; *s; s++)
		n += *s == ',';
	return n;
}

char *sn__list_item(const char *s, size_t k)
{
	for (; k > 0; k--)
		s = strchr(s, ',') + 1;
	return strndup(s, strcspn(s, ","));
}

/* Frees items[0..n) and items. */
static void free_items(char **items, size_t n)
{
	for (size_t i = 0; items && i < n; i++)
		free(items[i]);
	free(items);
}

sn_error_t sn_players_parse(sn_players_t *out, const char *weights, const char *names)
{
	size_t n = sn__list_count(weights);
	double *w = malloc(n * sizeof *w);
	char **label = calloc(n, sizeof *label);
	sn_error_t err = SN_OK;

	if (!w || !label)
		err = sn_error_set(SN_ENOMEM, "out of memory");
	else if (names && sn__list_count(names) != n)
		err = sn_error_set(SN_EINVAL, "names gives %zu names for %zu weights",
				   sn__list_count(names), n);
	for (size_t i = 0; !err && i < n; i++) {
		char *s = sn__list_item(weights, i);
		if (!s || (names && !(label[i] = sn__list_item(names, i))))
			err = sn_error_set(SN_ENOMEM, "out of memory");
		else if (sn_parse_double(s, &w[i]) != SN_OK || w[i] < 0)
			err = sn_error_set(SN_EINVAL, "weights: '%s' (weight %zu) is not a "
					   "non-negative number", s, i + 1);
		free(s);
	}
	if (!err)
		err = sn_players_typed(out, w, (const char *const *)label, n);
	free(w);
	free_items(label, n);
	return err;
}

/* The members of the coalition `name` of ds into idx[0..*k). */
static sn_error_t select_coalition(size_t *idx, size_t *k, const sn_dataset_t *ds, const char *name)
{
	size_t c = sn_dataset_find_coalition(ds, name);

	char hint[SN_SUGGEST_PHRASE_MAX];

	if (c == SN_NO_PARENT)
		return sn_error_set(SN_EINVAL, "coalition: no coalition named '%s' in the dataset%s", name,
				    sn_dataset_suggest_coalition(ds, name, hint, sizeof hint));
	memcpy(idx, ds->coalitions[c].actors, ds->coalitions[c].nactors * sizeof *idx);
	*k = ds->coalitions[c].nactors;
	return SN_OK;
}

/*
 * A players list resolved as `samnet coalition --members` resolves members
 * (sn_coalition_members_parse()), its messages saying "players:".  An actor
 * named twice is an error: it would vote twice.
 */
static sn_error_t members_as_players(size_t **idx, size_t *k, const sn_dataset_t *ds,
				     const char *list)
{
	sn_error_t err = sn_coalition_members_parse(idx, k, ds, list);
	const char *msg = sn_error_last();

	if (err == SN_EINVAL && strncmp(msg, "members", 7) == 0) {
		char *rest = strdup(msg + 7);
		err = rest ? sn_error_set(SN_EINVAL, "players%s", rest)
			   : sn_error_set(SN_ENOMEM, "out of memory");
		free(rest);
	}
	return err;
}

sn_error_t sn_players_select(size_t **out, size_t *n, const sn_dataset_t *ds, const char *selector)
{
	bool by_type = !selector || strncmp(selector, "type=", 5) == 0;
	bool by_coalition = selector && strncmp(selector, "coalition=", 10) == 0;
	size_t *idx, k = 0;
	sn_actor_type_t type = SN_ACTOR_REGION;
	sn_error_t err;

	if (!by_type && !by_coalition)
		return members_as_players(out, n, ds, selector);
	*out = NULL;
	*n = 0;
	idx = malloc((ds->nactors ? ds->nactors : 1) * sizeof *idx);
	err = idx ? SN_OK : sn_error_set(SN_ENOMEM, "out of memory");
	if (!err && by_coalition)
		err = select_coalition(idx, &k, ds, selector + 10);
	else if (!err && selector && sn_actor_type_parse(selector + 5, &type) != SN_OK)
		err = sn_error_set(SN_EINVAL, "players: unknown actor type '%s'", selector + 5);
	for (size_t a = 0; !err && by_type && a < ds->nactors; a++)
		if (ds->actors[a].type == type)
			idx[k++] = a;
	if (err) {
		free(idx);
		return err;
	}
	*out = idx;
	*n = k;
	return SN_OK;
}

/* The shown weights from the actor column `col`. */
static sn_error_t column_weights(sn_players_t *p, const sn_dataset_t *ds, const char *col)
{
	long c = sn_attrs_find(&ds->actor_attrs, col);

	if (c < 0)
		return sn_error_set(SN_EINVAL, "weight: actors.csv has no column '%s' (use population, "
				    "sqrt-population or equal)", col);
	for (size_t i = 0; i < p->n; i++) {
		const char *cell = sn_attrs_get(&ds->actor_attrs, p->actor[i], (size_t)c);
		if (sn_parse_double(cell, &p->shown[i]) != SN_OK || p->shown[i] < 0)
			return sn_error_set(SN_EDATA, "actors.csv: actor %s: %s '%s' is not a "
					    "non-negative number", p->id[i], col, cell);
	}
	return integer_weights(p);
}

/* Population, √population (scaled) of every player; `root` receives the exact roots. */
static sn_error_t attribute_population(sn_players_t *p, const sn_dataset_t *ds, int year,
				       double *root)
{
	bool any = false;
	sn_error_t err;

	for (size_t i = 0; i < p->n; i++) {
		if ((err = sn_dataset_represented_population(ds, &p->actor[i], 1, year,
							     &p->population[i])))
			return err;
		root[i] = sqrt((double)p->population[i]);
		any = any || p->population[i] > 0;
	}
	/* Scaled so the largest is SCALE_MAX: rounding changes a weight by at most 0.5 in 10^6. */
	return any ? sn_game_scale_weights(p->sqrt_population, NULL, root, p->n, SN_PLAYERS_SCALE_MAX)
		   : SN_OK;
}

/* The weights of the built-in rules: population, sqrt-population, equal. */
static void builtin_weights(sn_players_t *p, const double *root)
{
	bool sq = p->weight_name[0] == 's', eq = p->weight_name[0] == 'e';
	double max = 0;

	for (size_t i = 0; i < p->n; i++) {
		p->shown[i] = eq ? 1.0 : sq ? root[i] : (double)p->population[i];
		p->weight[i] = eq ? 1 : sq ? p->sqrt_population[i] : p->population[i];
		max = root[i] > max ? root[i] : max;
	}
	if (sq && max > 0)
		p->scale = SN_PLAYERS_SCALE_MAX / max;
}

sn_error_t sn_players_from_dataset(sn_players_t *out, const sn_dataset_t *ds, const size_t *actors,
				   size_t n, const char *weight, int year, bool with_population)
{
	const char *wname = weight ? weight : "population";
	bool builtin = strcmp(wname, "population") == 0 || strcmp(wname, "sqrt-population") == 0 ||
		       strcmp(wname, "equal") == 0;
	double *root = calloc(n ? n : 1, sizeof *root);
	sn_error_t err;

	if (n == 0)
		err = sn_error_set(SN_EINVAL, "players: none selected");
	else if (!root)
		err = sn_error_set(SN_ENOMEM, "out of memory");
	else
		err = players_alloc(out, n, true, wname);
	for (size_t i = 0; !err && i < n; i++) {
		out->actor[i] = actors[i];
		out->id[i] = strdup(ds->actors[actors[i]].id);
		out->name[i] = strdup(ds->actors[actors[i]].name);
		if (!out->id[i] || !out->name[i])
			err = sn_error_set(SN_ENOMEM, "out of memory");
	}
	/* Players without population (a university, an agency) may still play for equal or column weights. */
	if (!err && (with_population || (builtin && wname[0] != 'e')))
		err = attribute_population(out, ds, year, root);
	if (!err && builtin)
		builtin_weights(out, root);
	else if (!err)
		err = column_weights(out, ds, wname);
	free(root);
	return err;
}

sn_error_t sn_players_scale(sn_players_t *p, int64_t max_weight)
{
	return sn_game_scale_weights(p->weight, &p->scale, p->shown, p->n, max_weight);
}

sn_error_t sn_players_game(sn_game_t **out, const sn_players_t *p, const char *quota)
{
	int64_t total = 0, q;
	sn_error_t err;

	for (size_t i = 0; i < p->n; i++) {
		if (p->weight[i] > INT64_MAX - total)
			return sn_error_set(SN_ELIMIT, "the total weight overflows 64-bit integers");
		total += p->weight[i];
	}
	if (total == 0)
		return sn_error_set(SN_EDATA, "every player has weight 0%s",
				    p->population && strstr(p->weight_name, "population")
					    ? " (only actors that represent a territory carry "
					      "population; see population_rule)" : "");
	if ((err = sn_quota_parse(&q, quota ? quota : ">50%", total)))
		return err;
	return sn_game_new_weighted(out, p->weight, p->n, q);
}

sn_error_t sn_players_game_rule(sn_game_t **out, const sn_players_t *p, const char *rule)
{
	sn_weight_vector_t v[3];
	size_t nv = 0;

	v[nv++] = (sn_weight_vector_t){ p->weight_name, p->weight };
	if (p->population && strcmp(p->weight_name, "population") != 0)
		v[nv++] = (sn_weight_vector_t){ "population", p->population };
	if (p->sqrt_population && strcmp(p->weight_name, "sqrt-population") != 0)
		v[nv++] = (sn_weight_vector_t){ "sqrt-population", p->sqrt_population };
	return sn_game_from_rule(out, rule, p->n, v, nv);
}

double sn_players_weight_of(const sn_players_t *p, const size_t *members, size_t k)
{
	double w = 0;

	for (size_t j = 0; j < k; j++)
		w += p->shown[members ? members[j] : j];
	return w;
}

sn_error_t sn_players_ids(char **out, const sn_players_t *p, const size_t *members, size_t k)
{
	size_t len = 1;

	for (size_t j = 0; j < k; j++)
		len += strlen(p->id[members[j]]) + 1;
	if (!(*out = malloc(len)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	(*out)[0] = '\0';
	for (size_t j = 0, at = 0; j < k; j++)
		at += (size_t)sprintf(*out + at, "%s%s", j ? " " : "", p->id[members[j]]);
	return SN_OK;
}
