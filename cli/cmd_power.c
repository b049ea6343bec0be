/* samnet power: a priori voting power in a weighted or vector-majority voting game. */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/whatif.h"
#include "samnet/scenario.h"

/* Coalitions listed by --minimal and --blocking at most. */
#define MAX_LIST 10000

static const cli_option_t options[] = {
	{ "weights", 'w', "W,W,...", "a typed game: the players' weights (no dataset is read)" },
	{ "names", 0, "A,B,...", "names of the typed players (default 1, 2, ...)" },
	{ "players", 'p', "SEL", "players from the dataset: type=TYPE (default type=region) or id,id,..." },
	{ "coalition", 'c', "NAME", "players: the members of a coalition of coalitions.csv" },
	{ "weight", 0, "W", "population (default), sqrt-population (Penrose), equal, or an actor column" },
	{ "quota", 'Q', "Q", "quota: N, N%, >N or >N% of the total weight (default >50%)" },
	{ "rule", 'r', "RULE", "majority, qualified, double, unanimity or a vector rule, e.g. "
			       "\"members>=11 and population>=65%\" (instead of --quota)" },
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
	CLI_WHATIF_OPTIONS,
	{ NULL, 0, NULL, NULL }
};

/* A library error; invalid requests are usage errors quoting their option ("--quota: ..."). */
static int fail(const cli_ctx_t *ctx, sn_error_t err)
{
	if (err == SN_EINVAL)
		return cli_usage_error(ctx, "--%s", sn_error_last());
	return err ? cli_fail(err) : CLI_EXIT_OK;
}

/* The players: typed with --weights, else the dataset's selected by --players or --coalition. */
static int load_players(sn_players_t *p, const cli_ctx_t *ctx, const cli_data_t *d)
{
	const char *coal = cli_opt(ctx, "coalition");
	char *sel = NULL;
	size_t *idx = NULL, n = 0;
	sn_error_t err;

	if (!d)
		return fail(ctx, sn_players_parse(p, cli_opt(ctx, "weights"), cli_opt(ctx, "names")));
	if (coal && asprintf(&sel, "coalition=%s", coal) < 0)
		return cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
	if (!(err = sn_players_select(&idx, &n, d->ds, coal ? sel : cli_opt(ctx, "players"))))
		err = sn_players_from_dataset(p, d->ds, idx, n, cli_opt(ctx, "weight"), d->year,
					      cli_opt(ctx, "rule") != NULL);
	free(sel);
	free(idx);
	return fail(ctx, err);
}

/*
 * The game: --rule, or --quota on the weights; restricted to --graph or the shared projects;
 * --blocs: typed labels, the dataset's coalitions or its Leiden communities (seeded by --seed).
 */
static int build_game(sn_game_t **g, sn_players_t *p, const cli_ctx_t *ctx, const cli_data_t *d,
		      int max_iterations, sn_communities_summary_t *leiden, size_t *overlaps)
{
	const char *blocs = cli_opt(ctx, "blocs");
	sn_communities_options_t co = SN_COMMUNITIES_OPTIONS_INIT;
	sn_projection_t proj;
	const char *rule = cli_opt(ctx, "rule"), *preset = sn_rule_preset(rule);
	sn_error_t err = rule ? sn_players_game_rule(g, p, preset ? preset : rule)
			      : sn_players_game(g, p, cli_opt(ctx, "quota"));

	if (!err && cli_opt(ctx, "graph"))
		err = sn_game_parse_graph(*g, cli_opt(ctx, "graph"));
	else if (!err && cli_flag(ctx, "connected"))
		err = sn_players_connect(*g, p, d->ds);
	co.seed = ctx->seed;
	co.max_iterations = max_iterations;
	sn_projection_init(&proj);
	if (!err && blocs && d && strcmp(blocs, "communities") == 0)
		err = cli_projection_build(&proj, d, SN_MODE_ACTORS, SN_WEIGHT_COUNT);
	if (!err && blocs)
		err = sn_players_blocs(p, *g, blocs, d ? &d->net : NULL, &proj, &co, leiden, overlaps);
	sn_projection_destroy(&proj);
	return fail(ctx, err);
}

/* The per-player table: weight, share, every computed index and power/weight ratios. */
static cli_table_t *power_table(const sn_players_t *p, const sn_power_result_t *r)
{
	cli_table_t *t = cli_table_new("power", "Voting power");
	double total = sn_players_weight_of(p, NULL, p->n);
	const char *name;
	int bad = !t || cli_table_column(t, "id", CLI_COL_STR) |
			cli_table_column(t, "name", CLI_COL_STR) | cli_table_column(t, "weight", CLI_COL_REAL) |
			cli_table_column(t, "weight_share", CLI_COL_SHARE);

	for (size_t k = 0; !bad && k < SN_POWER_RESULT_COLUMNS; k++)
		bad = sn_power_result_column(r, k, &name) && cli_table_column(t, name, CLI_COL_REAL);
	bad = bad || (r->banzhaf && cli_table_column(t, "banzhaf_ratio", CLI_COL_REAL)) ||
	      (r->shapley && cli_table_column(t, "shapley_ratio", CLI_COL_REAL)) ||
	      (p->bloc && cli_table_column(t, "bloc", CLI_COL_STR));
	/* To fit the width: raw and derived indices first; never the shares or the Banzhaf index. */
	bad = bad || cli_table_priority(t, "banzhaf_abs", 3) | cli_table_priority(t, "coleman_prevent", 3) |
		     cli_table_priority(t, "coleman_initiate", 3) | cli_table_priority(t, "weight", 2) |
		     cli_table_priority(t, "banzhaf_ratio", 2) | cli_table_priority(t, "shapley_ratio", 2) |
		     cli_table_priority(t, "johnston", 1) | cli_table_priority(t, "deegan_packel", 1) |
		     cli_table_priority(t, "holler", 1);
	for (size_t i = 0; !bad && i < p->n; i++) {
		double share = total > 0 ? p->shown[i] / total : NAN;
		size_t c = 4;
		bad = cli_table_row(t) | cli_table_str(t, 0, p->id[i]) | cli_table_str(t, 1, p->name[i]) |
		      cli_table_real(t, 2, p->shown[i]) | cli_table_real(t, 3, share);
		for (size_t k = 0; k < SN_POWER_RESULT_COLUMNS; k++) {
			const double *v = sn_power_result_column(r, k, NULL);
			bad |= v ? cli_table_real(t, c++, v[i]) : 0;
		}
		/* The ratio of power share to weight share: above 1, more power than weight. */
		if (r->banzhaf)
			bad |= cli_table_real(t, c++, share > 0 ? r->banzhaf[i] / share : NAN);
		if (r->shapley)
			bad |= cli_table_real(t, c++, share > 0 ? r->shapley[i] / share : NAN);
		if (p->bloc)
			bad |= cli_table_str(t, c, p->bloc[i]);
	}
	if (!bad)
		return t;
	cli_table_free(t);
	return NULL;
}

/* A table of minimal winning or blocking coalitions. */
static int coalitions_table(cli_doc_t *doc, const sn_game_t *g, const sn_players_t *p, bool blocking)
{
	sn_coalition_list_t l;
	sn_error_t err = sn_game_minimal_coalitions(&l, g, blocking, MAX_LIST, 0);
	double total = sn_players_weight_of(p, NULL, p->n);
	char *members = NULL;

	if (err)
		return cli_fail(err);
	cli_table_t *t = cli_table_new(blocking ? "minimal_blocking" : "minimal_winning", blocking ?
				       "Minimal blocking coalitions" : "Minimal winning coalitions");
	int bad = !t || cli_table_column(t, "coalition", CLI_COL_INT) |
			cli_table_column(t, "size", CLI_COL_INT) | cli_table_column(t, "weight", CLI_COL_REAL) |
			cli_table_column(t, "weight_share", CLI_COL_SHARE) |
			cli_table_column(t, "members", CLI_COL_STR);
	for (size_t k = 0; !bad && k < l.count; k++, free(members)) {
		size_t a = l.offsets[k], size = l.offsets[k + 1] - a;
		double w = sn_players_weight_of(p, l.players + a, size);
		bad = sn_players_ids(&members, p, l.players + a, size) ||
		      cli_table_row(t) | cli_table_int(t, 0, (int64_t)k + 1) |
		      cli_table_int(t, 1, (int64_t)size) | cli_table_real(t, 2, w) |
		      cli_table_real(t, 3, total > 0 ? w / total : NAN) | cli_table_str(t, 4, members);
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

/* The meta of the document: players, weights, quotas, methods, graph and blocs. */
static int describe(cli_doc_t *doc, const cli_ctx_t *ctx, const cli_data_t *d,
		    const sn_players_t *p, const sn_game_t *g, const sn_power_result_t *r)
{
	char key[160];
	int bad = (d && (cli_doc_meta(doc, "dataset", "%s", d->label) |
			 cli_doc_population_meta(doc, d))) |
		  cli_doc_meta_int(doc, "players", (int64_t)p->n) |
		  cli_doc_meta(doc, "weight", "%s%s", p->weight_name,
			       p->scale != 1.0 ? " (scaled to integers, largest 1000000)" : "");

	/* Keys stay unique, so that the JSON "meta" object has no repeated member. */
	for (size_t c = 0; c < sn_game_ncriteria(g); c++) {
		snprintf(key, sizeof key, "quota %s", sn_game_criterion_name(g, c));
		bad |= cli_doc_meta(doc, key, "%lld of %lld", (long long)sn_game_quota(g, c),
				    (long long)sn_game_total(g, c));
	}
	if (cli_opt(ctx, "rule"))
		bad |= cli_doc_meta(doc, "rule", "%s", sn_rule_preset(cli_opt(ctx, "rule")) ?
				    sn_rule_preset(cli_opt(ctx, "rule")) : cli_opt(ctx, "rule"));
	for (unsigned b = 0; b < SN_POWER_INDEX_COUNT; b++)
		if (r->indices & (1u << b) && snprintf(key, sizeof key, "method %s",
							sn_power_index_name(1u << b)) > 0)
			bad |= cli_doc_meta(doc, key, "%s", sn_power_method_name(r->method[b]));
	if (r->samples)
		bad |= cli_doc_meta(doc, "monte carlo", "%llu samples, seed %" PRIu64 ", 95%% %s intervals",
				    (unsigned long long)r->samples, ctx->seed,
				    sn_game_is_simple(g) ? "Wilson" : "normal");
	if (!isnan(r->winning))
		bad |= cli_doc_meta_num(doc, "winning coalitions", r->winning);
	if (!isnan(r->coleman_collectivity))
		bad |= cli_doc_meta_num(doc, "power of the collectivity to act", r->coleman_collectivity);
	if (sn_game_has_graph(g))
		bad |= cli_doc_meta(doc, "communication graph", "%zu ties%s", sn_game_nties(g),
				    d ? " (shared projects)" : "") |
		       cli_doc_meta(doc, "game", "%s", sn_game_describe(g));
	return bad;
}

/* The usage errors of option combinations, or CLI_EXIT_OK. */
static int check_combinations(const cli_ctx_t *ctx)
{
	const char *w = cli_opt(ctx, "weights");

	if (cli_opt(ctx, "rule") && cli_opt(ctx, "quota"))
		return cli_usage_error(ctx, "give either --quota or --rule, not both");
	if (w && (cli_opt(ctx, "players") || cli_opt(ctx, "coalition") || cli_opt(ctx, "weight") ||
		  ctx->npositional))
		return cli_usage_error(ctx, "--weights types a game: it takes no dataset, --players, "
				       "--coalition or --weight");
	if (cli_whatif_wanted(ctx))
		return cli_whatif_check(ctx);
	if (cli_opt(ctx, "players") && cli_opt(ctx, "coalition"))
		return cli_usage_error(ctx, "give either --players or --coalition, not both");
	if ((cli_flag(ctx, "connected") && w) || (cli_opt(ctx, "graph") && !w))
		return cli_usage_error(ctx, w ? "--connected follows the dataset's projects; a typed "
				       "game takes --graph" : "--graph is for a typed game (--weights); "
				       "use --connected");
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	cli_data_t d, *data = cli_opt(ctx, "weights") ? NULL : &d;
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_options_t o;
	sn_power_result_t r;
	sn_communities_summary_t leiden = { 0 };
	cli_doc_t *doc = NULL;
	size_t overlaps = 0;
	long samples = 0;
	int rc, max_iterations = 0;
	const char *blocs = cli_opt(ctx, "blocs");
	bool by_community = data && blocs && strcmp(blocs, "communities") == 0;
	sn_error_t err;

	sn_power_result_init(&r);
	sn_players_init(&p);
	if ((rc = check_combinations(ctx)) != CLI_EXIT_OK ||
	    (data && (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK))
		return rc;
	if (cli_whatif_wanted(ctx)) {
		rc = cli_whatif_named(ctx, data, cli_opt(ctx, "coalition"), cli_opt(ctx, "players"),
				      cli_opt(ctx, "rule"));
		goto done;
	}
	if ((rc = load_players(&p, ctx, data)) || (rc = cli_opt_max_iterations(ctx, &max_iterations)) ||
	    (rc = build_game(&g, &p, ctx, data, max_iterations, &leiden, &overlaps)) ||
	    (rc = fail(ctx, sn_power_options_parse(&o, g, cli_opt(ctx, "method"),
						   cli_opt(ctx, "indices")))) ||
	    (rc = cli_opt_long(ctx, "samples", 1, 2000000000L, &samples)))
		goto done;
	o.seed = ctx->seed;
	o.samples = (uint64_t)samples;
	if ((err = sn_power_compute(&r, g, &o))) {
		rc = err == SN_EINVAL ? cli_usage_error(ctx, "%s", sn_error_last()) : cli_fail(err);
		goto done;
	}
	doc = cli_doc_new("power");
	if (describe(doc, ctx, data, &p, g, &r) ||
	    (p.bloc && cli_doc_meta(doc, "blocs", "%zu%s", sn_game_nblocs(g), overlaps ?
				    " (players in several coalitions join the first)" : "")) ||
	    (by_community && (cli_doc_meta(doc, "blocs_leiden", "seed %" PRIu64 ", %d iterations, "
					   "at most %d", ctx->seed, leiden.iterations, max_iterations) |
			      cli_doc_meta(doc, "stopped_at_bound", "%s", leiden.at_bound ? "yes" : "no"))) ||
	    cli_doc_table(doc, power_table(&p, &r))) {
		rc = cli_fail(sn_error_set(SN_ENOMEM, "out of memory"));
		goto done;
	}
	if ((!cli_flag(ctx, "minimal") || (rc = coalitions_table(doc, g, &p, false)) == CLI_EXIT_OK) &&
	    (!cli_flag(ctx, "blocking") || (rc = coalitions_table(doc, g, &p, true)) == CLI_EXIT_OK))
		rc = cli_doc_write(doc, ctx);
done:
	cli_doc_free(doc);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_players_destroy(&p);
	if (data)
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
		"--add, --remove and --suggest compare --coalition with a changed one among\n"
		"the --players (the electorate) as `samnet coalition` does.\n"
		"Example: samnet power --weights 4,4,4,2,2,1 --quota 12",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
