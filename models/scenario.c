/*
 * What-if scenarios on a coalition: the members after --add/--remove, both
 * sides judged in the electorate's game and in their own, and the
 * candidates whose joining raises the population share most (issue 21).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/coalition.h"
#include "samnet/players.h"
#include "samnet/power.h"
#include "samnet/scenario.h"
#include "samnet/territory.h"

static const struct {
	const char *name;
	const char *rule;
} presets[] = {
	{ "majority", "population>50%" },
	{ "qualified", "members>=55% and population>=65%" },
	{ "double", "members>50% and population>50%" },
	{ "unanimity", "members>=100%" },
};

const char *sn_rule_preset(const char *name)
{
	for (size_t i = 0; name && i < sizeof presets / sizeof *presets; i++)
		if (strcmp(name, presets[i].name) == 0)
			return presets[i].rule;
	return NULL;
}

const char *sn_rule_preset_names(void)
{
	return "majority, qualified, double, unanimity";
}

static void side_destroy(sn_scenario_side_t *side)
{
	free(side->members);
	free(side->banzhaf);
	free(side->shapley);
	free(side->no_power);
	memset(side, 0, sizeof *side);
	side->population_share = NAN;
}

void sn_scenario_init(sn_scenario_t *s)
{
	memset(s, 0, sizeof *s);
	s->base.population_share = NAN;
	s->changed.population_share = NAN;
}

void sn_scenario_destroy(sn_scenario_t *s)
{
	if (!s)
		return;
	free(s->rule);
	free(s->electorate);
	side_destroy(&s->base);
	side_destroy(&s->changed);
	sn_scenario_init(s);
}

static bool contains(const size_t *list, size_t n, size_t a)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == a)
			return true;
	return false;
}

/*
 * `list` with every item that names a coalition of the dataset (and no
 * actor) replaced by its members' ids; *out is the caller's.
 */
static sn_error_t expand_coalitions(char **out, const sn_dataset_t *ds, const char *list)
{
	char *copy = strdup(list), *buf = NULL, *save = NULL;
	size_t len = 0;
	FILE *fp = copy ? open_memstream(&buf, &len) : NULL;
	const char *sep = "";

	for (char *item = fp ? strtok_r(copy, ",", &save) : NULL; item;
	     item = strtok_r(NULL, ",", &save), sep = ",") {
		size_t c = sn_dataset_find_actor(ds, item) == SN_NO_PARENT ?
			   sn_dataset_find_coalition(ds, item) : SN_NO_PARENT;
		if (c == SN_NO_PARENT) {
			fprintf(fp, "%s%s", sep, item);
			continue;
		}
		for (size_t k = 0; k < ds->coalitions[c].nactors; k++, sep = ",")
			fprintf(fp, "%s%s", sep, ds->actors[ds->coalitions[c].actors[k]].id);
	}
	free(copy);
	if (!fp || fclose(fp)) {
		free(buf);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	*out = buf;
	return SN_OK;
}

/* Parses one of the --add / --remove lists; NULL gives none. */
static sn_error_t parse_list(size_t **out, size_t *n, const sn_dataset_t *ds, const char *list,
			     const char *what)
{
	char *expanded = NULL, msg[512];
	sn_error_t err;

	*out = NULL;
	*n = 0;
	if (!list)
		return SN_OK;
	if ((err = expand_coalitions(&expanded, ds, list)))
		return err;
	err = sn_coalition_members_parse(out, n, ds, expanded);
	free(expanded);
	if (err != SN_EINVAL)
		return err;
	/* The parser's message starts "members: "; this list is --add's or --remove's. */
	const char *last = sn_error_last();
	snprintf(msg, sizeof msg, "%s", strncmp(last, "members: ", 9) ? last : last + 9);
	return sn_error_set(SN_EINVAL, "%s: %s", what, msg);
}

sn_error_t sn_scenario_members(size_t **out, size_t *n, const sn_dataset_t *ds,
			       const size_t *base, size_t nbase, const char *add,
			       const char *remove)
{
	size_t *plus = NULL, *minus = NULL, nplus = 0, nminus = 0, *list = NULL, k = 0;
	sn_error_t err;

	*out = NULL;
	*n = 0;
	if ((err = parse_list(&plus, &nplus, ds, add, "add")) ||
	    (err = parse_list(&minus, &nminus, ds, remove, "remove")))
		goto done;
	for (size_t i = 0; i < nplus && !err; i++)
		if (contains(minus, nminus, plus[i]))
			err = sn_error_set(SN_EINVAL, "add and remove both name %s",
					   ds->actors[plus[i]].id);
		else if (contains(base, nbase, plus[i]))
			err = sn_error_set(SN_EINVAL, "add: %s is already a member",
					   ds->actors[plus[i]].id);
	for (size_t i = 0; i < nminus && !err; i++)
		if (!contains(base, nbase, minus[i]))
			err = sn_error_set(SN_EINVAL, "remove: %s is not a member",
					   ds->actors[minus[i]].id);
	if (err)
		goto done;
	if (!(list = malloc((nbase + nplus + 1) * sizeof *list))) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < nbase; i++)
		if (!contains(minus, nminus, base[i]))
			list[k++] = base[i];
	if (nplus > 0)   /* plus is NULL when nothing is added */
		memcpy(list + k, plus, nplus * sizeof *plus);
	k += nplus;
	if (k == 0) {
		err = sn_error_set(SN_EINVAL, "the scenario leaves no member");
		free(list);
		goto done;
	}
	*out = list;
	*n = k;
done:
	free(plus);
	free(minus);
	return err;
}

/* The game of `rule` among the actors `actors`, weighted by population in `year`. */
static sn_error_t rule_game(sn_game_t **out, sn_players_t *p, const sn_dataset_t *ds,
			    const size_t *actors, size_t n, const char *rule, int year)
{
	sn_error_t err = sn_players_from_dataset(p, ds, actors, n, "population", year, true);

	return err ? err : sn_players_game_rule(out, p, rule);
}

/* Whether the members of `coalition` that belong to the electorate win its game. */
static sn_error_t wins(bool *out, size_t *in_out, const sn_game_t *g, const sn_scenario_t *s,
		       const size_t *coalition, size_t n)
{
	unsigned char *in = calloc(s->nelectorate + 1, 1);
	size_t count = 0;

	if (!in)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t i = 0; i < s->nelectorate; i++)
		count += in[i] = contains(coalition, n, s->electorate[i]);
	*out = sn_game_wins(g, in);
	if (in_out)
		*in_out = count;
	free(in);
	return SN_OK;
}

/* The members' own game: Banzhaf and Shapley-Shubik of each member. */
static sn_error_t inner_power(sn_scenario_side_t *side, const sn_dataset_t *ds, const char *rule,
			      int year)
{
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;
	sn_error_t err;

	sn_players_init(&p);
	sn_power_result_init(&r);
	o.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	err = rule_game(&g, &p, ds, side->members, side->n, rule, year);
	if (err == SN_EINVAL || err == SN_EDATA) {
		/* The rule held for the electorate, so the members' weights are at fault. */
		err = (side->no_power = strdup(sn_error_last())) ? SN_OK
			: sn_error_set(SN_ENOMEM, "out of memory");
	} else if (!err && !(err = sn_power_compute(&r, g, &o))) {
		side->banzhaf = r.banzhaf;
		side->shapley = r.shapley;
		r.banzhaf = r.shapley = NULL;
	}
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_players_destroy(&p);
	return err;
}

static sn_error_t side_compute(sn_scenario_side_t *side, const sn_scenario_t *s,
			       const sn_game_t *electorate, const sn_dataset_t *ds,
			       const size_t *members, size_t n)
{
	sn_error_t err;

	if (!(side->members = malloc((n + 1) * sizeof *members)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	memcpy(side->members, members, n * sizeof *members);
	side->n = n;
	if ((err = sn_coalition_population(&side->population, &side->population_share, ds, members,
					   n, s->year)) ||
	    (err = wins(&side->rule_met, &side->in_electorate, electorate, s, members, n)))
		return err;
	return inner_power(side, ds, s->rule, s->year);
}

/* The electorate's players and game under the scenario's rule. */
static sn_error_t electorate_game(sn_game_t **out, const sn_scenario_t *s, const sn_dataset_t *ds)
{
	sn_players_t p;
	sn_error_t err;

	sn_players_init(&p);
	err = rule_game(out, &p, ds, s->electorate, s->nelectorate, s->rule, s->year);
	sn_players_destroy(&p);
	return err;
}

sn_error_t sn_scenario_compute(sn_scenario_t *out, const sn_dataset_t *ds,
			       const char *electorate, const char *rule, int year,
			       const size_t *base, size_t nbase,
			       const size_t *changed, size_t nchanged)
{
	const char *text = sn_rule_preset(rule ? rule : "majority");
	sn_game_t *g = NULL;
	sn_error_t err;

	sn_scenario_destroy(out);
	out->year = year;
	if (!text && !strpbrk(rule, "<>="))
		return sn_error_set(SN_EINVAL, "rule: '%s' is neither a preset (%s) nor a rule such "
				    "as \"members>=55%% and population>=65%%\"", rule,
				    sn_rule_preset_names());
	if (!(out->rule = strdup(text ? text : rule)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	if ((err = sn_players_select(&out->electorate, &out->nelectorate, ds, electorate)) ||
	    (err = sn_territories_population(ds->territories, ds->territories->root, year,
					     &out->national)) ||
	    (err = electorate_game(&g, out, ds)) ||
	    (err = side_compute(&out->base, out, g, ds, base, nbase)) ||
	    (err = side_compute(&out->changed, out, g, ds, changed, nchanged)))
		goto done;
done:
	sn_game_free(g);
	return err;
}

/* The candidate adding the most population to `taken`, or SN_NO_PARENT; *pop_out its total. */
static sn_error_t best_candidate(size_t *out, int64_t *pop_out, const sn_scenario_t *s,
				 const sn_dataset_t *ds, size_t *taken, size_t ntaken)
{
	int64_t best = -1, pop;
	sn_error_t err;

	*out = SN_NO_PARENT;
	for (size_t i = 0; i < s->nelectorate; i++) {
		size_t a = s->electorate[i];
		if (contains(taken, ntaken, a))
			continue;
		taken[ntaken] = a;
		if ((err = sn_dataset_represented_population(ds, taken, ntaken + 1, s->year, &pop)))
			return err;
		if (pop > best) {
			best = pop;
			*out = a;
		}
	}
	*pop_out = best;
	return SN_OK;
}

sn_error_t sn_scenario_suggest(sn_scenario_suggestion_t **out, size_t *n,
			       const sn_scenario_t *s, const sn_dataset_t *ds, size_t k)
{
	const sn_scenario_side_t *c = &s->changed;
	size_t *taken = malloc((c->n + s->nelectorate + 1) * sizeof *taken), ntaken = c->n, count = 0;
	sn_scenario_suggestion_t *rows = calloc(k + 1, sizeof *rows);
	int64_t before = c->population, pop;
	sn_game_t *g = NULL;
	sn_error_t err = SN_OK;

	*out = NULL;
	*n = 0;
	if (!taken || !rows) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
		goto done;
	}
	memcpy(taken, c->members, c->n * sizeof *taken);
	if ((err = electorate_game(&g, s, ds)))
		goto done;
	while (count < k) {
		size_t a;
		if ((err = best_candidate(&a, &pop, s, ds, taken, ntaken)) || a == SN_NO_PARENT)
			break;
		taken[ntaken++] = a;
		rows[count].actor = a;
		rows[count].gain = s->national > 0 ? (double)(pop - before) / (double)s->national : NAN;
		rows[count].cumulative_share = s->national > 0 ? (double)pop / (double)s->national : NAN;
		if ((err = wins(&rows[count].cumulative_rule_met, NULL, g, s, taken, ntaken)))
			break;
		before = pop;
		count++;
	}
done:
	sn_game_free(g);
	free(taken);
	if (err) {
		free(rows);
		return err;
	}
	*out = rows;
	*n = count;
	return SN_OK;
}

/* Keeps the coalitions of `all` of the smallest size in *out (initialised). */
static sn_error_t keep_smallest(sn_coalition_list_t *out, const sn_coalition_list_t *all)
{
	size_t min = SIZE_MAX, count = 0, nplayers = 0;

	for (size_t k = 0; k < all->count; k++) {
		size_t size = all->offsets[k + 1] - all->offsets[k];
		if (size < min) {
			min = size;
			count = 0;
		}
		count += size == min;
	}
	nplayers = count * (min == SIZE_MAX ? 0 : min);
	out->offsets = malloc((count + 1) * sizeof *out->offsets);
	out->players = malloc((nplayers + 1) * sizeof *out->players);
	if (!out->offsets || !out->players)
		return sn_error_set(SN_ENOMEM, "out of memory");
	out->offsets[0] = 0;
	for (size_t k = 0; k < all->count; k++) {
		size_t a = all->offsets[k];
		if (all->offsets[k + 1] - a != min)
			continue;
		memcpy(out->players + out->offsets[out->count], all->players + a, min * sizeof *out->players);
		out->offsets[out->count + 1] = out->offsets[out->count] + min;
		out->count++;
	}
	out->total = (double)out->count;
	return SN_OK;
}

sn_error_t sn_scenario_blocking(sn_coalition_list_t *out, const sn_scenario_t *s,
				const sn_dataset_t *ds, bool changed)
{
	const sn_scenario_side_t *side = changed ? &s->changed : &s->base;
	sn_coalition_list_t all;
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_error_t err;

	sn_coalition_list_init(out);
	if (side->no_power)
		return SN_OK;
	sn_coalition_list_init(&all);
	sn_players_init(&p);
	if (!(err = rule_game(&g, &p, ds, side->members, side->n, s->rule, s->year)) &&
	    !(err = sn_game_minimal_coalitions(&all, g, true, SIZE_MAX, 0)))
		err = keep_smallest(out, &all);
	sn_coalition_list_destroy(&all);
	sn_game_free(g);
	sn_players_destroy(&p);
	return err;
}
