/*
 * What-if scenarios on a coalition (issue 21): a base coalition, the same
 * coalition after some actors join or leave, a decision rule, and the
 * comparison of the two.
 *
 * The electorate is a set of dataset actors (by default the regions, as in
 * `samnet power`), each weighted by the population it represents in a year.
 * A side of the scenario (the base or the changed coalition) is judged two
 * ways:
 *   - as a bloc in the electorate: its represented population (the union of
 *     its members' territories) and that population's share of the
 *     national total, and whether the members that belong to the
 *     electorate form a winning coalition of the electorate's game under
 *     the rule ("members>=55%" counts the electorate's actors);
 *   - inside: the Banzhaf (1965) and Shapley-Shubik (1954) indices of each
 *     member in the coalition's own game under the same rule (the game of
 *     `samnet power -c NAME --rule RULE`), so that the per-member power
 *     before and after can be compared.
 * Lifetime: sn_scenario_t is caller-held, sn_scenario_init()/destroy().
 */
#ifndef SAMNET_SCENARIO_H
#define SAMNET_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/power.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The rule text of a named preset, or NULL when `name` names none:
 *   majority   "population>50%"                    (population majority)
 *   qualified  "members>=55% and population>=65%"  (the EU Council's QMV)
 *   double     "members>50% and population>50%"    (double majority)
 *   unanimity  "members>=100%"
 * Anything else is a custom rule for sn_game_from_rule().  Borrowed, static.
 */
const char *sn_rule_preset(const char *name);

/* The names of the presets, ", "-separated, for messages and help.  Static. */
const char *sn_rule_preset_names(void);

/* One side of a scenario. */
typedef struct {
	size_t n;                  /* members */
	size_t *members;           /* [n] dataset actor indices, in order */
	int64_t population;        /* population represented (territory union) */
	double population_share;   /* population / national; NAN when national is 0 */
	size_t in_electorate;      /* members that belong to the electorate */
	bool rule_met;             /* those members win the electorate's game */
	double *banzhaf;           /* [n] normalised Banzhaf in the members' own game, or NULL */
	double *shapley;           /* [n] Shapley-Shubik in the members' own game, or NULL */
	char *no_power;            /* why banzhaf and shapley are NULL (the members' game
				      cannot be built: no population, an absolute quota above
				      the members' total), else NULL */
} sn_scenario_side_t;

typedef struct {
	char *rule;                /* the rule text in force (a preset expanded) */
	int year;
	int64_t national;          /* population of the territory tree's root */
	size_t nelectorate;
	size_t *electorate;        /* [nelectorate] dataset actor indices */
	sn_scenario_side_t base;
	sn_scenario_side_t changed;
} sn_scenario_t;

void sn_scenario_init(sn_scenario_t *s);
/* Frees everything and re-initialises; NULL is fine. */
void sn_scenario_destroy(sn_scenario_t *s);

/*
 * The members of a changed coalition: `base` minus the actors of `remove`
 * plus those of `add` (each a list for sn_coalition_members_parse(): ids
 * and selectors such as "regions:05" or "kommuner:12", and also the name
 * of a coalition of the dataset, which stands for its members; NULL for
 * none), base order first, then the added in list order.
 * Adding an actor that is already a member, or removing one that is not,
 * is refused rather than ignored: the request is then not what the user
 * thinks it is.  *out is the caller's (free()).
 * Errors: SN_EINVAL "add: <id> is already a member", "remove: <id> is not
 * a member", "add and remove both name <id>", "the scenario leaves no
 * member", and those of sn_coalition_members_parse() prefixed "add: " or
 * "remove: "; SN_ENOMEM.  On error *out is NULL.  O(n * (base + added)).
 */
sn_error_t sn_scenario_members(size_t **out, size_t *n, const sn_dataset_t *ds,
			       const size_t *base, size_t nbase, const char *add,
			       const char *remove);

/*
 * Computes both sides of a scenario.  `electorate` is a players selector
 * (sn_players_select(); NULL: the regions), `rule` a preset name or a rule
 * (NULL: "majority").  The indices are exact (enumeration or dynamic
 * programming) up to 25 members, sampled beyond (sn_power_compute()'s
 * auto method, seed 1).
 * Errors: SN_EINVAL for a bad selector or rule (messages "players: ...",
 * "rule: ...", also for a word that is no preset and has no operator), SN_EDATA when the electorate represents no population,
 * SN_ENOMEM; the population errors of the dataset.  On error *out is
 * destroyable.  O(electorate + indices of a game of max(nbase, nchanged)).
 */
sn_error_t sn_scenario_compute(sn_scenario_t *out, const sn_dataset_t *ds,
			       const char *electorate, const char *rule, int year,
			       const size_t *base, size_t nbase,
			       const size_t *changed, size_t nchanged);

/* A candidate of sn_scenario_suggest(). */
typedef struct {
	size_t actor;              /* dataset actor index */
	double gain;               /* share it adds to the coalition and candidates before it */
	double cumulative_share;   /* share of the changed coalition plus candidates 1..this */
	bool cumulative_rule_met;  /* whether those members meet the rule */
} sn_scenario_suggestion_t;

/*
 * The `k` members of the electorate outside the changed coalition whose
 * joining raises the population share most, greedily: each step takes the
 * candidate that adds the most population to the coalition plus the
 * candidates already taken (ties: electorate order).  When the
 * electorate's territories are disjoint (the regions), the first k rows
 * hold the most population any k candidates can add, so for a rule on
 * members and population the first row with cumulative_rule_met gives the
 * fewest new members that meet it; with nested territories it is greedy.  Fewer
 * than `k` rows when fewer candidates remain.  *out is the caller's.
 * Errors: SN_ENOMEM; the population errors.  O(k * electorate * union).
 */
sn_error_t sn_scenario_suggest(sn_scenario_suggestion_t **out, size_t *n,
			       const sn_scenario_t *s, const sn_dataset_t *ds, size_t k);

/*
 * The blocking minorities inside one side of a computed scenario (`changed`
 * false: the base): the smallest minimal blocking coalitions of the
 * members' own game under the rule, i.e. the fewest members who, voting no,
 * stop the coalition's decision (sn_game_minimal_coalitions()).  Players in
 * *out are positions in the side's members.  *out is initialised here; the
 * caller destroys it; out->total counts the listed ones.
 * Beyond 25 members a one-criterion game lists none (out->count 0), and so
 * does a side whose game cannot be built (no_power set).
 * Errors: SN_ELIMIT for a vector rule beyond 25 members, SN_ENOMEM, the
 * errors of building the game.  O(2^n n) for n members.
 */
sn_error_t sn_scenario_blocking(sn_coalition_list_t *out, const sn_scenario_t *s,
				const sn_dataset_t *ds, bool changed);

#ifdef __cplusplus
}
#endif
#endif
