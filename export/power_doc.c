/* export/power_doc.c: voting power as a result document (samnet/power_doc.h). */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export/doc_build.h"
#include "samnet/communities.h"
#include "samnet/network.h"
#include "samnet/players.h"
#include "samnet/power.h"
#include "samnet/power_doc.h"
#include "samnet/results.h"
#include "samnet/scenario.h"

void sn_power_doc_options_init(sn_power_doc_options_t *o)
{
	memset(o, 0, sizeof *o);
	o->seed = 1;
	o->max_iterations = SN_COMMUNITIES_MAX_ITERATIONS;
}

/* An invalid request names its option after the caller's prefix ("--quota: ..."). */
static sn_error_t about_option(sn_error_t err, const char *prefix)
{
	char *msg;

	if (err != SN_EINVAL || !prefix || !*prefix)
		return err;
	if (!(msg = strdup(sn_error_last())))
		return sn_error_set(SN_ENOMEM, "out of memory");
	sn_error_set(err, "%s%s", prefix, msg);
	free(msg);
	return err;
}

/* The players: typed from o->weights, else the dataset's by o->players or o->coalition. */
static sn_error_t load_players(sn_players_t *p, const sn_dataset_t *ds, int year,
			       const sn_power_doc_options_t *o)
{
	char *sel = NULL;
	size_t *idx = NULL, n = 0;
	sn_error_t err;

	if (!ds)
		return sn_players_parse(p, o->weights, o->names);
	if (o->coalition && asprintf(&sel, "coalition=%s", o->coalition) < 0)
		return sn_error_set(SN_ENOMEM, "out of memory");
	if (!(err = sn_players_select(&idx, &n, ds, o->coalition ? sel : o->players)))
		err = sn_players_from_dataset(p, ds, idx, n, o->weight, year, o->rule != NULL);
	free(sel);
	free(idx);
	return err;
}

/* The outcome of a game's blocs that the metadata reports. */
typedef struct {
	sn_communities_summary_t leiden;
	size_t overlaps;
} blocs_info_t;

/*
 * The game: o->rule, or o->quota on the weights; restricted to o->graph or
 * the shared projects; o->blocs: typed labels, the dataset's coalitions or
 * its Leiden communities.
 */
static sn_error_t build_game(sn_game_t **g, sn_players_t *p, const sn_network_t *net,
			     const sn_dataset_t *ds, const sn_power_doc_options_t *o,
			     blocs_info_t *info)
{
	sn_communities_options_t co = SN_COMMUNITIES_OPTIONS_INIT;
	sn_projection_t proj;
	const char *preset = sn_rule_preset(o->rule);
	sn_error_t err = o->rule ? sn_players_game_rule(g, p, preset ? preset : o->rule)
				 : sn_players_game(g, p, o->quota);

	if (!err && o->graph)
		err = sn_game_parse_graph(*g, o->graph);
	else if (!err && o->connected)
		err = sn_players_connect(*g, p, net, o->max_ties);
	co.seed = o->seed;
	co.max_iterations = o->max_iterations;
	sn_projection_init(&proj);
	if (!err && o->blocs && ds && strcmp(o->blocs, "communities") == 0)
		err = sn_projection_build(&proj, net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, o->max_ties);
	if (!err && o->blocs)
		err = sn_players_blocs(p, *g, o->blocs, ds ? net : NULL, &proj, &co, &info->leiden,
				       &info->overlaps);
	sn_projection_destroy(&proj);
	return err;
}

/* The columns of the per-player table, with their priority for a narrow width. */
static int power_columns(sn_doc_table_t *t, const sn_players_t *p, const sn_power_result_t *r)
{
	/* To fit the width: raw and derived indices first; never the shares or the Banzhaf index. */
	static const struct { const char *name; int priority; } minor[] = {
		{ "banzhaf_abs", 3 }, { "coleman_prevent", 3 }, { "coleman_initiate", 3 },
		{ "weight", 2 }, { "banzhaf_ratio", 2 }, { "shapley_ratio", 2 },
		{ "johnston", 1 }, { "deegan_packel", 1 }, { "holler", 1 }
	};
	const char *name;
	int bad = sn_doc_table_column(t, "id", SN_COL_STR) | sn_doc_table_column(t, "name", SN_COL_STR) |
		  sn_doc_table_column(t, "weight", SN_COL_REAL) |
		  sn_doc_table_column(t, "weight_share", SN_COL_SHARE);

	for (size_t k = 0; !bad && k < SN_POWER_RESULT_COLUMNS; k++)
		if (sn_power_result_column(r, k, &name))
			bad = sn_doc_table_column(t, name, SN_COL_REAL);
	if (!bad && r->banzhaf)
		bad = sn_doc_table_column(t, "banzhaf_ratio", SN_COL_REAL);
	if (!bad && r->shapley)
		bad = sn_doc_table_column(t, "shapley_ratio", SN_COL_REAL);
	if (!bad && p->bloc)
		bad = sn_doc_table_column(t, "bloc", SN_COL_STR);
	for (size_t m = 0; !bad && m < sizeof minor / sizeof *minor; m++)
		for (size_t j = 0; j < sn_doc_table_ncols(t); j++)
			if (strcmp(sn_doc_table_colname(t, j), minor[m].name) == 0)
				bad |= sn_doc_table_priority(t, j, minor[m].priority);
	return bad;
}

/* The per-player table: weight, share, every computed index and power/weight ratios. */
static sn_error_t power_table(sn_doc_t *doc, const sn_players_t *p, const sn_power_result_t *r)
{
	sn_doc_table_t *t;
	double total = sn_players_weight_of(p, NULL, p->n);
	int bad = sn_doc_table_new(&t, "power", "Voting power");

	bad = bad || power_columns(t, p, r);
	for (size_t i = 0; !bad && i < p->n; i++) {
		double share = total > 0 ? p->shown[i] / total : NAN;
		size_t c = 4;
		bad = sn_doc_table_row(t) | sn_doc_table_str(t, 0, p->id[i]) |
		      sn_doc_table_str(t, 1, p->name[i]) | sn_doc_table_real(t, 2, p->shown[i]) |
		      sn_doc_table_real(t, 3, share);
		for (size_t k = 0; k < SN_POWER_RESULT_COLUMNS; k++) {
			const double *v = sn_power_result_column(r, k, NULL);
			bad |= v ? sn_doc_table_real(t, c++, v[i]) : 0;
		}
		/* The ratio of power share to weight share: above 1, more power than weight. */
		if (r->banzhaf)
			bad |= sn_doc_table_real(t, c++, share > 0 ? r->banzhaf[i] / share : NAN);
		if (r->shapley)
			bad |= sn_doc_table_real(t, c++, share > 0 ? r->shapley[i] / share : NAN);
		if (p->bloc)
			bad |= sn_doc_table_str(t, c, p->bloc[i]);
	}
	return sn__doc_add(doc, t, sn__doc_status(bad));
}

/* The rows of a coalition list: number, size, weight, share and member ids. */
static int coalition_rows(sn_doc_table_t *t, const sn_coalition_list_t *l, const sn_players_t *p)
{
	double total = sn_players_weight_of(p, NULL, p->n);
	int bad = 0;

	for (size_t k = 0; !bad && k < l->count; k++) {
		size_t a = l->offsets[k], size = l->offsets[k + 1] - a;
		double w = sn_players_weight_of(p, l->players + a, size);
		char *members = NULL;
		bad = sn_players_ids(&members, p, l->players + a, size);
		bad = bad || sn_doc_table_row(t) | sn_doc_table_int(t, 0, (int64_t)k + 1) |
			     sn_doc_table_int(t, 1, (int64_t)size) | sn_doc_table_real(t, 2, w) |
			     sn_doc_table_real(t, 3, total > 0 ? w / total : NAN) |
			     sn_doc_table_str(t, 4, members);
		free(members);
	}
	return bad;
}

/* The table of minimal winning or blocking coalitions, with their count in the metadata. */
static sn_error_t coalitions_table(sn_doc_t *doc, const sn_game_t *g, const sn_players_t *p,
				   bool blocking)
{
	sn_coalition_list_t l;
	sn_doc_table_t *t = NULL;
	sn_error_t err = sn_game_minimal_coalitions(&l, g, blocking, SN_POWER_DOC_MAX_LIST, 0);
	int bad;

	if (err)
		return err;
	bad = sn_doc_table_new(&t, blocking ? "minimal_blocking" : "minimal_winning", blocking ?
			       "Minimal blocking coalitions" : "Minimal winning coalitions");
	bad = bad || sn_doc_table_column(t, "coalition", SN_COL_INT) |
		     sn_doc_table_column(t, "size", SN_COL_INT) |
		     sn_doc_table_column(t, "weight", SN_COL_REAL) |
		     sn_doc_table_column(t, "weight_share", SN_COL_SHARE) |
		     sn_doc_table_column(t, "members", SN_COL_STR);
	bad = bad || coalition_rows(t, &l, p);
	bad = bad || sn_doc_meta(doc, blocking ? "minimal blocking coalitions" :
				 "minimal winning coalitions", l.total < 9007199254740992.0 ? "%.0f%s" :
				 "%.6g%s", l.total, l.count == 0 && l.total > 0 ?
				 " (counted; too many players to list)" : l.total > (double)l.count ?
				 " (the first ones listed)" : "");
	sn_coalition_list_destroy(&l);
	return sn__doc_add(doc, t, sn__doc_status(bad));
}

/* The meta of the game: players, weights, quotas and rule. */
static int describe_game(sn_doc_t *doc, const sn_players_t *p, const sn_game_t *g,
			 const sn_power_doc_options_t *o)
{
	char key[160];
	const char *preset = sn_rule_preset(o->rule);
	int bad = sn_doc_meta_int(doc, "players", (int64_t)p->n) |
		  sn_doc_meta(doc, "weight", "%s%s", p->weight_name,
			      p->scale != 1.0 ? " (scaled to integers, largest 1000000)" : "");

	/* Keys stay unique, so that the JSON "meta" object has no repeated member. */
	for (size_t c = 0; c < sn_game_ncriteria(g); c++) {
		snprintf(key, sizeof key, "quota %s", sn_game_criterion_name(g, c));
		bad |= sn_doc_meta(doc, key, "%lld of %lld", (long long)sn_game_quota(g, c),
				   (long long)sn_game_total(g, c));
	}
	if (o->rule)
		bad |= sn_doc_meta(doc, "rule", "%s", preset ? preset : o->rule);
	return bad;
}

/* The meta of the computation: methods, samples, counts and the graph. */
static int describe_result(sn_doc_t *doc, const sn_game_t *g, const sn_power_result_t *r,
			   bool dataset, uint64_t seed)
{
	char key[160];
	int bad = 0;

	for (unsigned b = 0; b < SN_POWER_INDEX_COUNT; b++)
		if (r->indices & (1u << b) && snprintf(key, sizeof key, "method %s",
						       sn_power_index_name(1u << b)) > 0)
			bad |= sn_doc_meta(doc, key, "%s", sn_power_method_name(r->method[b]));
	if (r->samples)
		bad |= sn_doc_meta(doc, "monte carlo", "%llu samples, seed %" PRIu64 ", 95%% %s intervals",
				   (unsigned long long)r->samples, seed,
				   sn_game_is_simple(g) ? "Wilson" : "normal");
	if (!isnan(r->winning))
		bad |= sn_doc_meta_num(doc, "winning coalitions", r->winning);
	if (!isnan(r->coleman_collectivity))
		bad |= sn_doc_meta_num(doc, "power of the collectivity to act", r->coleman_collectivity);
	if (sn_game_has_graph(g))
		bad |= sn_doc_meta(doc, "communication graph", "%zu ties%s", sn_game_nties(g),
				   dataset ? " (shared projects)" : "") |
		       sn_doc_meta(doc, "game", "%s", sn_game_describe(g));
	return bad;
}

/* The meta of the blocs: how many, and the Leiden run that found communities. */
static int describe_blocs(sn_doc_t *doc, const sn_players_t *p, const sn_game_t *g,
			  const blocs_info_t *info, bool by_community, const sn_power_doc_options_t *o)
{
	int bad = 0;

	if (p->bloc)
		bad |= sn_doc_meta(doc, "blocs", "%zu%s", sn_game_nblocs(g), info->overlaps ?
				   " (players in several coalitions join the first)" : "");
	if (by_community)
		bad |= sn_doc_meta(doc, "blocs_leiden", "seed %" PRIu64 ", %d iterations, at most %d",
				   o->seed, info->leiden.iterations, o->max_iterations) |
		       sn_doc_meta(doc, "stopped_at_bound", "%s", info->leiden.at_bound ? "yes" : "no");
	return bad;
}

sn_error_t sn_power_doc(sn_doc_t *doc, const sn_dataset_t *ds, const sn_network_t *net, int year,
			const sn_power_doc_options_t *o)
{
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_options_t po;
	sn_power_result_t r;
	blocs_info_t info = { .overlaps = 0 };
	bool by_community = ds && o->blocs && strcmp(o->blocs, "communities") == 0;
	sn_error_t err;

	sn_power_result_init(&r);
	sn_players_init(&p);
	if (ds)
		err = sn__doc_check_call(doc, ds, net, "power");
	else if (o->connected)
		err = sn_error_set(SN_EINVAL, "connected follows the dataset's projects; a typed game "
				   "takes a graph");
	else
		err = SN_OK;
	if (!err && !(err = load_players(&p, ds, year, o)) &&
	    !(err = build_game(&g, &p, net, ds, o, &info)))
		err = sn_power_options_parse(&po, g, o->method, o->indices);
	po.seed = o->seed;
	po.samples = o->samples;
	if (!(err = about_option(err, o->option_prefix)) && !(err = sn_power_compute(&r, g, &po)) &&
	    !(err = sn__doc_status((ds ? sn_doc_population_meta(doc, ds, year) : 0) |
				   describe_game(doc, &p, g, o) |
				   describe_result(doc, g, &r, ds != NULL, o->seed) |
				   describe_blocs(doc, &p, g, &info, by_community, o))) &&
	    !(err = power_table(doc, &p, &r)) && o->minimal)
		err = coalitions_table(doc, g, &p, false);
	if (!err && o->blocking)
		err = coalitions_table(doc, g, &p, true);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_players_destroy(&p);
	return err;
}
