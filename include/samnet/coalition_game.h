/*
 * samnet/coalition_game.h: the voting game in which the HTML report and
 * `samnet serve`'s /api/coalition judge a coalition, built by the same
 * library calls as `samnet power` (sn_players_select(),
 * sn_players_from_dataset(), sn_players_game() or sn_players_game_rule(),
 * sn_power_compute()), and a coalition's summed indices in it.  One
 * implementation, so that the report, the API and `samnet power DATASET
 * [--players SEL] [--weight W] [--quota Q | --rule R] --year Y` give the
 * same number to the last bit (tests/report_serve_cli.test).
 */
#ifndef SAMNET_COALITION_GAME_H
#define SAMNET_COALITION_GAME_H

#include <stdbool.h>
#include <stddef.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/players.h"
#include "samnet/power.h"

#ifdef __cplusplus
extern "C" {
#ifdef __cplusplus
}
#endif
#endif

/* Caller-held: sn_coalition_game_init() / sn_coalition_game_destroy(); read-only after a build. */
typedef struct {
	sn_players_t players;
	sn_game_t *game;
	sn_power_result_t power;
} sn_coalition_game_t;

void sn_coalition_game_init(sn_coalition_game_t *cg);
/* Frees everything and re-initialises; NULL is fine. */
void sn_coalition_game_destroy(sn_coalition_game_t *cg);

/*
 * The game of the players `selector` names (sn_players_select(); NULL: the
 * dataset's regions, `samnet power`'s default) weighted by `weight` (NULL:
 * population in `year`), won by `quota` (NULL: ">50%") or instead by `rule`
 * (a preset of sn_rule_preset() or a vector rule; at most one of the two),
 * and its exact-where-possible `indices` (SN_POWER_BANZHAF,
 * SN_POWER_SHAPLEY) by sn_power_compute()'s automatic method.  Weights are
 * never rescaled beyond what sn_players_from_dataset() does.
 * Errors: SN_EINVAL "give one of rule and quota"; those of the calls above.
 * On error *cg is safely destroyable.  Cost: that of sn_power_compute()
 * (exact Banzhaf on population weights: O(players * total weight)).
 */
sn_error_t sn_coalition_game_build(sn_coalition_game_t *cg, const sn_dataset_t *ds, int year,
				    const char *selector, const char *weight, const char *rule,
				    const char *quota, unsigned indices);

/* The player of dataset actor `a`, or players.n when it is not a player.  O(players). */
size_t sn_coalition_game_player(const sn_coalition_game_t *cg, size_t a);

/*
 * A coalition of dataset actors actors[0..n) in the game: `in` (may be
 * NULL; else players.n bytes, zeroed by the caller) receives a 1 for each
 * member player; *banzhaf_out and *shapley_out (may be NULL) the sums of
 * the members' indices, added in the members' order, each distinct player
 * once (NaN when the index was not computed); the function's value is the
 * number of distinct member players.  O(n * players).
 */
size_t sn_coalition_game_sum(const sn_coalition_game_t *cg, const size_t *actors, size_t n,
			      unsigned char *in, double *banzhaf_out, double *shapley_out);

#ifdef __cplusplus
}
#endif
#endif
