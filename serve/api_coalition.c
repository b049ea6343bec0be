/*
 * serve/api_coalition.c: GET /api/coalition, a coalition judged in the
 * players' voting game, against a base coalition when one is given
 * (contract in serve/serve.h).  Every figure comes from the library: the
 * members from sn_coalition_members_parse(), the population share from
 * sn_coalition_population(), the game, its indices and a coalition's index
 * sums from samnet/coalition_game.h (shared with the HTML report), the
 * blocking coalitions from
 * sn_game_minimal_coalitions(); this file only chooses and writes.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "samnet/coalition_game.h"
#include "serve/serve.h"

enum { MAX_BLOCKING_LISTED = 10, MAX_BLOCKING_COUNTED = 200000 };

/*
 * The smallest blocking minorities: the fewest players who, voting no, stop
 * any decision (every blocking set of the smallest size is minimal).  The
 * size is exact at any number of players (sn_game_smallest_blocking()); the
 * sets of that size are counted, and the first listed, when there are at
 * most MAX_BLOCKING_COUNTED to try, else up to MAX_BLOCKING_LISTED examples.
 */
typedef struct {
	size_t size;
	bool counted;                  /* count exact and the first ones listed; else examples */
	size_t count;                  /* when counted */
	size_t *listed;                /* [nlisted * size] player positions */
	size_t nlisted;
} blocking_t;

/* One coalition of actors: its members and its standing in the game. */
typedef struct {
	size_t *members, nmembers;
	unsigned char *in;             /* [players] member flags */
	unsigned char *pivotal;        /* [players] 1: a member whose leaving makes it lose */
	int64_t population;
	double share;
	bool wins;
	double banzhaf, shapley;       /* sums over the member players */
	size_t member_players;
} side_t;

typedef struct {
	sn_coalition_game_t cg;       /* the players, their game and indices */
	unsigned indices;              /* SN_POWER_BANZHAF and/or SN_POWER_SHAPLEY */
	side_t now, base;
	bool has_base;
	blocking_t blocking;
} state_t;

/*
 * The rule in force: a preset name (sn_rule_preset(): majority, qualified,
 * double, unanimity) expanded, else the text as given; NULL without a rule.
 */
static const char *rule_text(const serve_args_t *args)
{
	const char *rule = serve_arg(args, "rule");
	const char *preset = rule ? sn_rule_preset(rule) : NULL;
	return preset ? preset : rule;
}

/* indices=banzhaf,shapley (default both) into a SN_POWER_* mask. */
static sn_error_t parse_indices(unsigned *out, const char *list)
{
	char *copy, *save = NULL;
	sn_error_t err = SN_OK;

	*out = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	if (!list)
		return SN_OK;
	if (!(copy = strdup(list)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	*out = 0;
	for (char *t = strtok_r(copy, ",", &save); t && !err; t = strtok_r(NULL, ",", &save)) {
		if (!strcmp(t, "banzhaf"))
			*out |= SN_POWER_BANZHAF;
		else if (!strcmp(t, "shapley"))
			*out |= SN_POWER_SHAPLEY;
		else
			err = sn_error_set(SN_EINVAL, "indices: unknown index '%s' (banzhaf, shapley)", t);
	}
	free(copy);
	if (!err && !*out)
		err = sn_error_set(SN_EINVAL, "indices: give banzhaf, shapley or both");
	return err;
}

static double index_of(const double *values, size_t i)
{
	return values ? values[i] : NAN;
}

/* The members `list` of one side and their population; before any index is computed. */
static sn_error_t side_parse(side_t *side, const serve_api_t *api, const char *list,
			     const char *name)
{
	sn_error_t err;

	if (!list)
		return sn_error_set(SN_EINVAL, "%s: give %s=ID,ID,... (ids or selectors)", name, name);
	if ((err = sn_coalition_members_parse(&side->members, &side->nmembers, api->ds, list))) {
		char *msg = strdup(sn_error_last());
		if (msg && !strncmp(msg, "members", 7) && strcmp(name, "members"))
			err = sn_error_set(err, "%s%s", name, msg + 7);
		free(msg);
		return err;
	}
	return sn_coalition_population(&side->population, &side->share, api->ds, side->members,
				       side->nmembers, api->year);
}

/* A parsed side judged in the game of s: member flags, index sums, win, pivotal members. */
static sn_error_t side_judge(side_t *side, const state_t *s)
{
	size_t n = s->cg.players.n;

	if (!(side->in = calloc(n ? n : 1, 1)) || !(side->pivotal = calloc(n ? n : 1, 1)))
		return sn_error_set(SN_ENOMEM, "out of memory");
	side->member_players = sn_coalition_game_sum(&s->cg, side->members, side->nmembers,
						      side->in, &side->banzhaf, &side->shapley);
	side->wins = sn_game_wins(s->cg.game, side->in);
	for (size_t i = 0; side->wins && i < n; i++)
		if (side->in[i]) {
			side->in[i] = 0;
			side->pivotal[i] = !sn_game_wins(s->cg.game, side->in);
			side->in[i] = 1;
		}
	return SN_OK;
}

static void side_destroy(side_t *side)
{
	free(side->members);
	free(side->in);
	free(side->pivotal);
}

/* The next k-combination of 0..n-1 in lexicographic order; false after the last. */
static bool next_combination(size_t *c, size_t k, size_t n)
{
	size_t i = k;

	while (i > 0 && c[i - 1] == n - k + i - 1)
		i--;
	if (i == 0)
		return false;
	c[i - 1]++;
	for (size_t j = i; j < k; j++)
		c[j] = c[j - 1] + 1;
	return true;
}

/* C(n, k), or a number above `cap` when it exceeds cap. */
static double binomial_capped(size_t n, size_t k, double cap)
{
	double c = 1;

	for (size_t j = 1; j <= k && c <= cap; j++)
		c = c * (double)(n - k + j) / (double)j;
	return c;
}

/* Every k-set of the n players tried in lexicographic order: count and first listed. */
static void count_blocking(blocking_t *b, const sn_game_t *g, size_t n, unsigned char *in,
			   size_t *c)
{
	size_t k = b->size;

	for (size_t j = 0; j < k; j++)
		c[j] = j;
	do {
		for (size_t j = 0; j < k; j++)
			in[c[j]] = 1;
		if (sn_game_blocks(g, in)) {
			if (b->nlisted < MAX_BLOCKING_LISTED)
				memcpy(b->listed + b->nlisted++ * k, c, k * sizeof *c);
			b->count++;
		}
		for (size_t j = 0; j < k; j++)
			in[c[j]] = 0;
	} while (next_combination(c, k, n));
}

/* The smallest blocking minorities of g (n players), counted when few enough. */
static sn_error_t find_blocking(blocking_t *b, const sn_game_t *g, size_t n)
{
	sn_coalition_list_t examples;
	unsigned char *in = NULL;
	size_t *c = NULL;
	sn_error_t err = sn_game_smallest_blocking(&b->size, &examples, g, MAX_BLOCKING_LISTED);

	if (err)
		return err;
	b->counted = binomial_capped(n, b->size, MAX_BLOCKING_COUNTED) <= MAX_BLOCKING_COUNTED;
	if (!(b->listed = malloc(MAX_BLOCKING_LISTED * b->size * sizeof *b->listed))) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
	} else if (!b->counted) {
		memcpy(b->listed, examples.players, examples.offsets[examples.count] *
		       sizeof *b->listed);
		b->nlisted = examples.count;
	} else if (!(in = calloc(n, 1)) || !(c = malloc(b->size * sizeof *c))) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
	} else {
		count_blocking(b, g, n, in, c);
	}
	free(in);
	free(c);
	sn_coalition_list_destroy(&examples);
	return err;
}

static sn_error_t compute(state_t *s, const serve_api_t *api, const serve_args_t *args)
{
	sn_error_t err;

	/* Every argument is checked before the indices, the costly part, are computed. */
	s->has_base = serve_arg(args, "base") != NULL;
	if ((err = side_parse(&s->now, api, serve_arg(args, "members"), "members")) ||
	    (s->has_base && (err = side_parse(&s->base, api, serve_arg(args, "base"), "base"))) ||
	    (err = parse_indices(&s->indices, serve_arg(args, "indices"))) ||
	    (err = sn_coalition_game_build(&s->cg, api->ds, api->year, serve_arg(args, "players"),
					    serve_arg(args, "weight"), serve_arg(args, "rule"),
					    serve_arg(args, "quota"), s->indices)) ||
	    (err = side_judge(&s->now, s)) || (s->has_base && (err = side_judge(&s->base, s))))
		return err;
	return find_blocking(&s->blocking, s->cg.game, s->cg.players.n);
}

/* Whether member actor `a` of `side` is pivotal. */
static bool pivotal(const state_t *s, const side_t *side, size_t a)
{
	size_t i = sn_coalition_game_player(&s->cg, a);
	return i < s->cg.players.n && side->pivotal[i];
}

static void write_ids(FILE *f, const serve_api_t *api, const size_t *actors, size_t n)
{
	fputc('[', f);
	for (size_t k = 0; k < n; k++) {
		fputs(k ? ", " : "", f);
		serve_json_str(f, api->ds->actors[actors[k]].id);
	}
	fputc(']', f);
}

static void write_members(FILE *f, const state_t *s, const serve_api_t *api)
{
	const sn_players_t *p = &s->cg.players;

	fputs("{\"members\": [", f);
	for (size_t m = 0; m < s->now.nmembers; m++) {
		const sn_actor_t *actor = &api->ds->actors[s->now.members[m]];
		size_t i = sn_coalition_game_player(&s->cg, s->now.members[m]);
		fputs(m ? ",\n" : "\n", f);
		fputs("{\"id\": ", f);
		serve_json_str(f, actor->id);
		fputs(", \"name\": ", f);
		serve_json_str(f, actor->name);
		fprintf(f, ", \"player\": %s, \"banzhaf\": ", i < p->n ? "true" : "false");
		serve_json_real(f, i < p->n ? index_of(s->cg.power.banzhaf, i) : NAN);
		fputs(", \"shapley_shubik\": ", f);
		serve_json_real(f, i < p->n ? index_of(s->cg.power.shapley, i) : NAN);
		fprintf(f, ", \"pivotal\": %s}", pivotal(s, &s->now, s->now.members[m]) ? "true" : "false");
	}
	fputs("],\n", f);
}

/*
 * The smallest blocking minorities: size, count (null when not counted) and
 * the sets listed, "examples": true when they are examples rather than the
 * first of all.
 */
static void write_blocking(FILE *f, const state_t *s, const serve_api_t *api)
{
	const blocking_t *b = &s->blocking;

	fputs(", \"blocking\": {\"coalitions\": [", f);
	for (size_t c = 0; c < b->nlisted; c++) {
		fputs(c ? ", " : "", f);
		fputc('[', f);
		for (size_t k = 0; k < b->size; k++) {
			size_t player = b->listed[c * b->size + k];
			fputs(k ? ", " : "", f);
			serve_json_str(f, api->ds->actors[s->cg.players.actor[player]].id);
		}
		fputc(']', f);
	}
	fprintf(f, "], \"size\": %zu, \"count\": ", b->size);
	if (b->counted)
		fprintf(f, "%zu", b->count);
	else
		fputs("null", f);
	fprintf(f, ", \"examples\": %s}", b->counted ? "false" : "true");
}

static void write_side_figures(FILE *f, const state_t *s, const side_t *side)
{
	fprintf(f, "\"population\": %lld, \"population_share\": ", (long long)side->population);
	serve_json_real(f, side->share);
	fprintf(f, ", \"rule_met\": %s, \"member_players\": %zu, \"banzhaf_share\": ",
		side->wins ? "true" : "false", side->member_players);
	serve_json_real(f, s->indices & SN_POWER_BANZHAF ? side->banzhaf : NAN);
	fputs(", \"shapley_shubik_share\": ", f);
	serve_json_real(f, s->indices & SN_POWER_SHAPLEY ? side->shapley : NAN);
}

/* Members of `a` not in `b`. */
static void write_difference(FILE *f, const serve_api_t *api, const side_t *a, const side_t *b)
{
	size_t k = 0;

	fputc('[', f);
	for (size_t m = 0; m < a->nmembers; m++) {
		bool found = false;
		for (size_t j = 0; j < b->nmembers && !found; j++)
			found = a->members[m] == b->members[j];
		if (!found) {
			fputs(k++ ? ", " : "", f);
			serve_json_str(f, api->ds->actors[a->members[m]].id);
		}
	}
	fputc(']', f);
}

static void write_base(FILE *f, const state_t *s, const serve_api_t *api)
{
	fputs(",\n\"base\": ", f);
	if (!s->has_base) {
		fputs("null, \"delta\": null", f);
		return;
	}
	fputs("{\"members\": ", f);
	write_ids(f, api, s->base.members, s->base.nmembers);
	fputs(", ", f);
	write_side_figures(f, s, &s->base);
	fputs("},\n\"delta\": {\"population\": ", f);
	fprintf(f, "%lld, \"population_share\": ", (long long)(s->now.population - s->base.population));
	serve_json_real(f, s->now.share - s->base.share);
	fputs(", \"banzhaf_share\": ", f);
	serve_json_real(f, s->indices & SN_POWER_BANZHAF ? s->now.banzhaf - s->base.banzhaf : NAN);
	fputs(", \"shapley_shubik_share\": ", f);
	serve_json_real(f, s->indices & SN_POWER_SHAPLEY ? s->now.shapley - s->base.shapley : NAN);
	fputs(", \"added\": ", f);
	write_difference(f, api, &s->now, &s->base);
	fputs(", \"removed\": ", f);
	write_difference(f, api, &s->base, &s->now);
	fputc('}', f);
}

static void write_json(FILE *f, const state_t *s, const serve_api_t *api, const serve_args_t *args)
{
	const char *rule = rule_text(args), *quota = serve_arg(args, "quota");

	write_members(f, s, api);
	write_side_figures(f, s, &s->now);
	fputs(", \"rule\": ", f);
	serve_json_str(f, rule ? rule : quota ? quota : ">50%");
	fputs(", \"weight\": ", f);
	serve_json_str(f, s->cg.players.weight_name);
	fprintf(f, ", \"players\": %zu, \"pivotal\": [", s->cg.players.n);
	for (size_t m = 0, k = 0; m < s->now.nmembers; m++)
		if (pivotal(s, &s->now, s->now.members[m])) {
			fputs(k++ ? ", " : "", f);
			serve_json_str(f, api->ds->actors[s->now.members[m]].id);
		}
	fputc(']', f);
	write_blocking(f, s, api);
	write_base(f, s, api);
	fputs("}\n", f);
}

sn_error_t serve_coalition(FILE *f, const serve_api_t *api, const serve_args_t *args)
{
	state_t s;
	sn_error_t err;

	memset(&s, 0, sizeof s);
	sn_coalition_game_init(&s.cg);
	if (!(err = compute(&s, api, args)))
		write_json(f, &s, api, args);
	side_destroy(&s.now);
	side_destroy(&s.base);
	sn_coalition_game_destroy(&s.cg);
	free(s.blocking.listed);
	return err;
}
