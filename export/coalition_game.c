/* export/coalition_game.c: the report's and the API's voting game (samnet/coalition_game.h). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/coalition_game.h"
#include "samnet/scenario.h"

void sn_coalition_game_init(sn_coalition_game_t *cg)
{
	sn_players_init(&cg->players);
	cg->game = NULL;
	sn_power_result_init(&cg->power);
}

void sn_coalition_game_destroy(sn_coalition_game_t *cg)
{
	if (!cg)
		return;
	sn_power_result_destroy(&cg->power);
	sn_game_free(cg->game);
	sn_players_destroy(&cg->players);
	sn_coalition_game_init(cg);
}

sn_error_t sn_coalition_game_build(sn_coalition_game_t *cg, const sn_dataset_t *ds, int year,
				    const char *selector, const char *weight, const char *rule,
				    const char *quota, unsigned indices)
{
	sn_power_options_t opts = SN_POWER_OPTIONS_INIT;
	const char *preset = rule ? sn_rule_preset(rule) : NULL;
	size_t *idx = NULL, n = 0;
	sn_error_t err;

	if (rule && quota)
		return sn_error_set(SN_EINVAL, "give one of rule and quota");
	if ((err = sn_players_select(&idx, &n, ds, selector)))
		return err;
	err = sn_players_from_dataset(&cg->players, ds, idx, n, weight, year, rule != NULL);
	free(idx);
	opts.indices = indices;
	if (err || (err = rule ? sn_players_game_rule(&cg->game, &cg->players, preset ? preset : rule)
			       : sn_players_game(&cg->game, &cg->players, quota)))
		return err;
	return sn_power_compute(&cg->power, cg->game, &opts);
}

size_t sn_coalition_game_player(const sn_coalition_game_t *cg, size_t a)
{
	size_t i = 0;

	while (i < cg->players.n && cg->players.actor[i] != a)
		i++;
	return i;
}

size_t sn_coalition_game_sum(const sn_coalition_game_t *cg, const size_t *actors, size_t n,
			      unsigned char *in, double *banzhaf_out, double *shapley_out)
{
	const double *bz = cg->power.banzhaf, *ss = cg->power.shapley;
	double banzhaf = bz ? 0 : NAN, shapley = ss ? 0 : NAN;
	size_t count = 0;

	for (size_t m = 0; m < n; m++) {
		size_t i = sn_coalition_game_player(cg, actors[m]);
		bool seen = false;
		if (i == cg->players.n)
			continue;
		/* A member named twice counts once: an earlier member is the same player. */
		for (size_t k = 0; k < m && !seen; k++)
			seen = actors[k] == actors[m];
		if (seen)
			continue;
		if (in)
			in[i] = 1;
		count++;
		banzhaf += bz ? bz[i] : 0;
		shapley += ss ? ss[i] : 0;
	}
	if (banzhaf_out)
		*banzhaf_out = banzhaf;
	if (shapley_out)
		*shapley_out = shapley;
	return count;
}
