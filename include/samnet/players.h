/*
 * samnet/players.h: the players of a voting game, typed or drawn from a
 * dataset, and the games, communication graphs and blocs built on them.
 *
 * A player list holds, for each player, an id and a name, the weight as
 * shown (population, √population, 1, a column's number or a typed weight)
 * and the integer weight the game uses.  Players drawn from a dataset also
 * carry the population they represent (the one attribution rule of
 * sn_dataset_represented_population(): only actors that represent a
 * territory carry population) and its scaled square root, so that a rule
 * can name "population" and "sqrt-population" whatever the weight.
 *
 * Integer weights: whole weights are used as they are; real ones (Penrose's
 * √population, a real column, typed decimals) are scaled by
 * sn_game_scale_weights() so that the largest is SN_PLAYERS_SCALE_MAX;
 * `scale` records the factor (1 when exact).
 *
 * Lifetime: caller-held struct, sn_players_init() / sn_players_destroy().
 * The fields are read-only for the caller.  After a failure the struct is
 * safely destroyable.
 */
#ifndef SAMNET_PLAYERS_H
#define SAMNET_PLAYERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/handles.h"
#include "samnet/power.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Defined in samnet/communities.h (igraph-typed), used here through pointers. */
typedef struct sn_communities_options sn_communities_options_t;
typedef struct sn_communities_summary sn_communities_summary_t;

/* The largest integer weight after scaling real weights. */
#define SN_PLAYERS_SCALE_MAX 1000000

typedef struct {
	size_t n;
	char **id;                 /* [n] actor ids; "1".."n" for a typed game */
	char **name;               /* [n] actor names; typed names or "" */
	size_t *actor;             /* [n] dataset actor of each player; NULL when typed */
	char *weight_name;         /* "population", "sqrt-population", "equal", a column, "weight" */
	double *shown;             /* [n] the weight as shown (√population is real) */
	int64_t *weight;           /* [n] the game's integer weights */
	double scale;              /* weight = round(shown * scale); 1 when not scaled */
	int64_t *population;       /* [n] represented population (0 when not attributed); NULL when typed */
	int64_t *sqrt_population;  /* [n] √population scaled to SN_PLAYERS_SCALE_MAX; NULL when typed */
	char **bloc;               /* [n] bloc names ("" = alone) once blocs are set, else NULL */
} sn_players_t;

void sn_players_init(sn_players_t *p);
/* Frees everything and re-initialises; NULL is fine. */
void sn_players_destroy(sn_players_t *p);

/*
 * Typed players 1..n with the real, non-negative `weights[0..n)` and the
 * names `names[0..n)` (NULL: all ""), weight name "weight".  Whole weights
 * below 9e15 are used exactly, others scaled (see above).
 * Errors: SN_EINVAL for n = 0, a negative or non-finite weight, the errors
 * of sn_game_scale_weights(); SN_ENOMEM.  O(n).
 */
sn_error_t sn_players_typed(sn_players_t *out, const double *weights, const char *const *names,
			    size_t n);

/*
 * Typed players from text: `weights` "W,W,..." (each read by
 * sn_parse_double()), `names` "A,B,..." (NULL: no names).  Messages name
 * the list they are about, as "weights: '-1' (weight 2) is not a
 * non-negative number" and "names gives 2 names for 3 weights".
 * Errors: SN_EINVAL (those and the errors of sn_players_typed()), SN_ENOMEM.
 * O(length).
 */
sn_error_t sn_players_parse(sn_players_t *out, const char *weights, const char *names);

/*
 * The dataset actors a selector names: NULL or "type=TYPE" (NULL: the
 * regions) selects every actor of that type in file order;
 * "coalition=NAME" the members of that named coalition of coalitions.csv;
 * otherwise a list of actor ids and group selectors ("regions:05",
 * "kommuner:12,13", "regions:*"), resolved as a
 * coalition's members (sn_coalition_members_parse()), in that order.  *out
 * (the caller's, to free()) receives the indices, *n their number (0 is
 * possible for a type).
 * Errors: SN_EINVAL "players: unknown actor 'x'" (and the other messages of
 * sn_coalition_members_parse() with "players:" for "members:"), "players:
 * actor 'x' is named twice" (a listed player would vote twice, also through
 * a selector), "players: unknown actor type 'x'" or "coalition: no
 * coalition named 'x' in the dataset";
 * SN_ENOMEM.  On error *out is NULL.  O(nactors + length * lookup).
 */
sn_error_t sn_players_select(size_t **out, size_t *n, const sn_dataset_t *ds,
			     const char *selector);

/*
 * Players from the dataset actors `actors[0..n)`, weighted by `weight`:
 * "population" (NULL too: the population each represents in `year`),
 * "sqrt-population" (Penrose's square-root rule), "equal" (1 each) or the
 * name of a numeric column of actors.csv.  Population is attributed when
 * the weight needs it or when `with_population` is set (for a rule naming
 * population); otherwise every population is 0, so that players without
 * population (a university, an agency) can play for equal or column
 * weights.
 * Errors: SN_EINVAL for n = 0 ("players: none selected") or an unknown
 * column (the message lists the weights); SN_EDATA for a column cell that is not a non-negative number
 * (naming the actor) and the errors of sn_dataset_represented_population();
 * the errors of sn_game_scale_weights(); SN_ENOMEM.
 * O(n * population lookup).
 */
sn_error_t sn_players_from_dataset(sn_players_t *out, const sn_dataset_t *ds, const size_t *actors,
				   size_t n, const char *weight, int year, bool with_population);

/*
 * Rescales the integer weights of `p` from the shown ones so that the
 * largest is `max_weight` (sn_game_scale_weights(), whose rounding error
 * it states), e.g. to keep the exact dynamic programme small for
 * population weights; p->scale records the factor.
 * Errors: those of sn_game_scale_weights() (SN_EINVAL for all weights 0).
 * O(n).
 */
sn_error_t sn_players_scale(sn_players_t *p, int64_t max_weight);

/*
 * The weighted majority game of the players' integer weights with the quota
 * `quota` read by sn_quota_parse() against their total (NULL: ">50%").
 * Errors: SN_EDATA when every weight is 0 (the message points at the
 * population rule when the weight is a population); SN_ELIMIT when the
 * total overflows int64; SN_EINVAL from sn_quota_parse() (messages start
 * "quota: "); SN_ENOMEM.  O(n).
 */
sn_error_t sn_players_game(sn_game_t **out, const sn_players_t *p, const char *quota);

/*
 * The vector game of a rule (sn_game_from_rule()) over the players' weight
 * vector (under its weight name) and, for dataset players, "population"
 * and "sqrt-population".  Errors: those of sn_game_from_rule() (SN_EINVAL,
 * messages start "rule: "), SN_ENOMEM.  O(length + criteria * n).
 */
sn_error_t sn_players_game_rule(sn_game_t **out, const sn_players_t *p, const char *rule);

/*
 * Restricts game `g` of the dataset players `p` to their shared-project
 * graph (sn_game_set_graph()): players i and j are tied when they are
 * members of a common project, i.e. tied in the actor projection of `net`
 * (sn_projection_build(), within `max_ties` ties; 0: no limit).  Players
 * outside every project are isolated.  sn_game_nties() then counts the
 * distinct ties.
 * Errors: SN_EINVAL for typed players; those of sn_projection_build()
 * (SN_ELIMIT above max_ties) and sn_game_set_graph() (SN_ELIMIT above 64
 * players); SN_ENOMEM.  O(projection).
 */
sn_error_t sn_players_connect(sn_game_t *g, const sn_players_t *p, const sn_network_t *net,
			      size_t max_ties);

/*
 * Restricts game `g` to the ties "I-J,K-L,..." between 1-based players.
 * Errors: SN_EINVAL "graph: 'x' is not a tie I-J between players 1..n";
 * those of sn_game_set_graph(); SN_ENOMEM.  O(length).
 */
sn_error_t sn_game_parse_graph(sn_game_t *g, const char *ties);

/*
 * Blocs from labels "A,A,B,..." (one per player; players sharing a
 * non-empty label form a bloc; "" stays alone) into p->bloc, and into `g`
 * by sn_game_set_bloc_names().  Errors: SN_EINVAL "blocs gives 2 labels for
 * 3 players"; SN_ENOMEM.  O(n^2).
 */
sn_error_t sn_players_blocs_parse(sn_players_t *p, sn_game_t *g, const char *labels);

/*
 * Blocs of dataset players from the named coalitions of `ds`: each player
 * joins the first coalition holding it, players in none stay alone (bloc
 * "").  *overlaps_out (may be NULL) counts players also held by a later
 * coalition.  Sets p->bloc and the blocs of `g`.
 * Errors: SN_EINVAL for typed players, SN_ENOMEM.
 * O(n * coalition memberships + n^2).
 */
sn_error_t sn_players_blocs_coalitions(sn_players_t *p, sn_game_t *g, const sn_dataset_t *ds,
				       size_t *overlaps_out);

/*
 * Blocs of dataset players from communities: sn_communities_detect() with
 * `opts` on the actor projection `proj` of `net` (built with
 * SN_MODE_ACTORS), bloc "community N" (N = sn_community_number()); players
 * outside the network stay alone.  `summary_out` (may be NULL) receives
 * the detection's summary.  Sets p->bloc and the blocs of `g`.
 * Errors: SN_EINVAL for typed players; those of sn_communities_detect();
 * SN_ENOMEM.  O(detection + n^2).
 */
sn_error_t sn_players_blocs_communities(sn_players_t *p, sn_game_t *g, const sn_network_t *net,
					const sn_projection_t *proj,
					const sn_communities_options_t *opts,
					sn_communities_summary_t *summary_out);

/*
 * Blocs from a specification: for typed players, labels as in
 * sn_players_blocs_parse(); for dataset players, "coalitions"
 * (sn_players_blocs_coalitions()) or "communities"
 * (sn_players_blocs_communities() on `net` and the actor projection `proj`
 * with `opts`; summary_out may be NULL).  `net`, `proj` and `opts` are
 * used only for communities; *overlaps_out (may be NULL) is set for
 * coalitions.  Errors: SN_EINVAL "blocs takes 'coalitions' or 'communities'
 * with a dataset, not 'x'", and those of the functions named.
 */
sn_error_t sn_players_blocs(sn_players_t *p, sn_game_t *g, const char *spec,
			    const sn_network_t *net, const sn_projection_t *proj,
			    const sn_communities_options_t *opts,
			    sn_communities_summary_t *summary_out, size_t *overlaps_out);

/*
 * Total shown weight of the players `members[0..k)` (NULL with k = n: all
 * players).  O(k).
 */
double sn_players_weight_of(const sn_players_t *p, const size_t *members, size_t k);

/*
 * The ids of the players `members[0..k)` joined by single spaces, into
 * *out (the caller's, to free()).  Errors: SN_ENOMEM.  O(length).
 */
sn_error_t sn_players_ids(char **out, const sn_players_t *p, const size_t *members, size_t k);

#ifdef __cplusplus
}
#endif
#endif
