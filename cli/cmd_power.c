/* samnet power: a priori voting power in a weighted or vector-majority voting game. */
#include "config.h"

#include <string.h>

#include "cli/commands.h"
#include "cli/whatif.h"

static const cli_option_t options[] = {
	{ "weights", 'w', "W,W,...", "a typed game: the players' weights (no dataset is read)" },
	{ "names", 0, "A,B,...", "names of the typed players (default 1, 2, ...)" },
	{ "players", 'p', "SEL", "players from the dataset: type=TYPE (default type=region), or ids and selectors (regions:05,12, kommuner:*)" },
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

/* The options of sn_power_doc() from the command line; a usage error or CLI_EXIT_OK. */
static int parse(sn_power_doc_options_t *o, const cli_ctx_t *ctx)
{
	long samples = 0;
	int rc;

	sn_power_doc_options_init(o);
	if ((rc = cli_opt_max_iterations(ctx, &o->max_iterations)) ||
	    (rc = cli_opt_long(ctx, "samples", 1, 2000000000L, &samples)))
		return rc;
	o->weights = cli_opt(ctx, "weights");
	o->names = cli_opt(ctx, "names");
	o->players = cli_opt(ctx, "players");
	o->coalition = cli_opt(ctx, "coalition");
	o->weight = cli_opt(ctx, "weight");
	o->quota = cli_opt(ctx, "quota");
	o->rule = cli_opt(ctx, "rule");
	o->indices = cli_opt(ctx, "indices");
	o->method = cli_opt(ctx, "method");
	o->samples = (uint64_t)samples;
	o->seed = ctx->seed;
	o->connected = cli_flag(ctx, "connected");
	o->graph = cli_opt(ctx, "graph");
	o->blocs = cli_opt(ctx, "blocs");
	o->minimal = cli_flag(ctx, "minimal");
	o->blocking = cli_flag(ctx, "blocking");
	o->option_prefix = "--";
	return CLI_EXIT_OK;
}

static int run(cli_ctx_t *ctx)
{
	cli_data_t d, *data = cli_opt(ctx, "weights") ? NULL : &d;
	sn_power_doc_options_t o;
	cli_doc_t *doc = NULL;
	const char *blocs = cli_opt(ctx, "blocs");
	sn_error_t err = SN_OK;
	int rc;

	if ((rc = check_combinations(ctx)) != CLI_EXIT_OK ||
	    (data && (rc = cli_data_load(&d, ctx, NULL)) != CLI_EXIT_OK))
		return rc;
	if (cli_whatif_wanted(ctx)) {
		rc = cli_whatif_named(ctx, data, cli_opt(ctx, "coalition"), cli_opt(ctx, "players"),
				      cli_opt(ctx, "rule"));
		goto done;
	}
	if ((rc = parse(&o, ctx)) != CLI_EXIT_OK)
		goto done;
	o.max_ties = data ? d.max_ties : 0;
	/* Communities and ties need the actor projection: its size limit with the --max-ties hint. */
	if (data && ((blocs && strcmp(blocs, "communities") == 0) || o.connected))
		err = cli_projection_check(data, SN_MODE_ACTORS);
	if (!err)
		err = cli_doc_start(&doc, "power", data ? d.label : NULL);
	if (!err)
		err = sn_power_doc(doc, data ? d.ds : NULL, data ? &d.net : NULL, data ? d.year : 0, &o);
	if (err)
		rc = err == SN_EINVAL ? cli_usage_error(ctx, "%s", sn_error_last()) : cli_fail(err);
	else
		rc = cli_doc_write(doc, ctx);
done:
	cli_doc_free(doc);
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
		"Shapley-Shubik, Johnston, Deegan-Packel, Holler's public good index and\n"
		"Coleman's powers to prevent and to initiate, with the weight share and the ratio\n"
		"of power share to weight share.  Players are actors of the dataset (default: the\n"
		"regions) weighted by the population of their territory in --year, or a game\n"
		"typed with --weights.  A coalition wins when its weight reaches the quota, or\n"
		"under --rule when it meets every criterion (members = one vote each; population;\n"
		"sqrt-population; the --weight column).  --method auto uses exact dynamic\n"
		"programming for one-criterion games, enumeration up to 25 players, dynamic\n"
		"programming over the quota vector for larger vector games whose states fit in\n"
		"memory (weights are never scaled), and Monte Carlo (with 95% intervals, seeded\n"
		"by --seed) beyond; the output says which. --connected (or --graph for a typed\n"
		"game) lets only players tied by shared projects cooperate: the game becomes\n"
		"Myerson's (1977) graph-restricted game, where a coalition is worth the number of\n"
		"its connected parts that meet the quota.  shapley is then the Myerson value and\n"
		"banzhaf the Banzhaf value of that game (enumerated up to 25 players, else\n"
		"sampled).  With a quota above half (the default) at most one part can win and\n"
		"every index is defined; with a quota at most half several parts can win, only\n"
		"banzhaf and shapley are defined (the default then; Monte Carlo intervals are\n"
		"normal, not Wilson), and a player who merely joins two winning parts gets a\n"
		"negative value, e.g. --weights 2,1,2 --quota 2 --graph 1-2,2-3 gives player 2 a\n"
		"Myerson value of -1/3. --blocs adds the Owen value: blocs join coalitions whole\n"
		"(Owen 1977). --add, --remove and --suggest compare --coalition with a changed\n"
		"one among the --players (the electorate) as `samnet coalition` does. Example:\n"
		"samnet power --weights 4,4,4,2,2,1 --quota 12",
	.options = options,
	.uses_dataset = true,
	.run = run,
};
