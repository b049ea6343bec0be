/* Weighted and vector-weighted voting games: construction and queries. */
#include "config.h"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/power.h"
#include "models/game_private.h"

sn_error_t sn_game_new(sn_game_t **out, size_t nplayers)
{
	sn_game_t *g;

	*out = NULL;
	if (nplayers == 0)
		return sn_error_set(SN_EINVAL, "a game needs at least one player");
	if (nplayers > SN_GAME_MAX_PLAYERS)
		return sn_error_set(SN_EINVAL, "a game may have at most %d players, not %zu",
				    SN_GAME_MAX_PLAYERS, nplayers);
	g = calloc(1, sizeof *g);
	if (g == NULL)
		return sn_error_set(SN_ENOMEM, "game: out of memory");
	g->n = nplayers;
	*out = g;
	return SN_OK;
}

void sn_game_free(sn_game_t *g)
{
	if (g == NULL)
		return;
	for (size_t c = 0; c < g->ncrit; c++) {
		free(g->crit[c].name);
		free(g->crit[c].w);
	}
	free(g->crit);
	free(g->adj);
	free(g->bloc);
	free(g);
}

sn_error_t sn_game_add_criterion(sn_game_t *g, const char *name, const int64_t *weights,
				 int64_t quota)
{
	sn__criterion_t cr = { NULL, NULL, quota, 0 };

	assert(g != NULL && weights != NULL);
	if (name == NULL)
		name = "weight";
	for (size_t i = 0; i < g->n; i++) {
		if (weights[i] < 0)
			return sn_error_set(SN_EINVAL, "negative weight %lld of player %zu in %s",
					    (long long)weights[i], i + 1, name);
		if (weights[i] > INT64_MAX - cr.total)
			return sn_error_set(SN_EINVAL, "the total weight of %s overflows 64-bit integers",
					    name);
		cr.total += weights[i];
	}
	if (quota < 1)
		return sn_error_set(SN_EINVAL, "quota %lld of %s must be at least 1",
				    (long long)quota, name);
	if (quota > cr.total)
		return sn_error_set(SN_EINVAL, "quota %lld exceeds the total weight %lld of %s",
				    (long long)quota, (long long)cr.total, name);
	if (g->ncrit == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 2;
		sn__criterion_t *p = realloc(g->crit, cap * sizeof *p);
		if (p == NULL)
			return sn_error_set(SN_ENOMEM, "game: out of memory");
		g->crit = p;
		g->cap = cap;
	}
	cr.name = strdup(name);
	cr.w = malloc(g->n * sizeof *cr.w);
	if (cr.name == NULL || cr.w == NULL) {
		free(cr.name);
		free(cr.w);
		return sn_error_set(SN_ENOMEM, "game: out of memory");
	}
	memcpy(cr.w, weights, g->n * sizeof *cr.w);
	g->crit[g->ncrit++] = cr;
	return SN_OK;
}

sn_error_t sn_game_new_weighted(sn_game_t **out, const int64_t *weights, size_t n,
				int64_t quota)
{
	sn_game_t *g;
	sn_error_t err = sn_game_new(&g, n);

	if (err != SN_OK)
		return err;
	err = sn_game_add_criterion(g, "weight", weights, quota);
	if (err != SN_OK) {
		sn_game_free(g);
		return err;
	}
	*out = g;
	return SN_OK;
}

size_t sn_game_nplayers(const sn_game_t *g)
{
	return g->n;
}

size_t sn_game_ncriteria(const sn_game_t *g)
{
	return g->ncrit;
}

const char *sn_game_criterion_name(const sn_game_t *g, size_t c)
{
	assert(c < g->ncrit);
	return g->crit[c].name;
}

const int64_t *sn_game_weights(const sn_game_t *g, size_t c)
{
	assert(c < g->ncrit);
	return g->crit[c].w;
}

int64_t sn_game_quota(const sn_game_t *g, size_t c)
{
	assert(c < g->ncrit);
	return g->crit[c].quota;
}

int64_t sn_game_total(const sn_game_t *g, size_t c)
{
	assert(c < g->ncrit);
	return g->crit[c].total;
}

static bool wins_side(const sn_game_t *g, const unsigned char *members, bool inside)
{
	for (size_t c = 0; c < g->ncrit; c++) {
		int64_t sum = 0;
		for (size_t i = 0; i < g->n; i++)
			if ((members[i] != 0) == inside)
				sum += g->crit[c].w[i];
		if (sum < g->crit[c].quota)
			return false;
	}
	return true;
}

/* Does the coalition s, taken as a whole, meet every quota? */
static bool meets_quotas(const sn_game_t *g, uint64_t s)
{
	for (size_t c = 0; c < g->ncrit; c++) {
		int64_t sum = 0;
		for (uint64_t m = s; m != 0; m &= m - 1)
			sum += g->crit[c].w[__builtin_ctzll(m)];
		if (sum < g->crit[c].quota)
			return false;
	}
	return true;
}

/* The connected part of s holding `seed` (one member of s; a graph is set). */
static uint64_t part_of(const sn_game_t *g, uint64_t seed, uint64_t s)
{
	uint64_t part = seed, frontier = seed;

	while (frontier != 0) {
		uint64_t next = 0;
		for (uint64_t m = frontier; m != 0; m &= m - 1)
			next |= g->adj[__builtin_ctzll(m)];
		frontier = next & s & ~part;
		part |= frontier;
	}
	return part;
}

/* The connected part of s holding its lowest member (s != 0). */
static uint64_t lowest_part(const sn_game_t *g, uint64_t s)
{
	return part_of(g, s & -s, s);
}

bool sn__game_wins_mask(const sn_game_t *g, uint64_t s)
{
	if (g->adj == NULL)
		return meets_quotas(g, s);
	for (uint64_t part; s != 0; s &= ~part)
		if (meets_quotas(g, part = lowest_part(g, s)))
			return true;
	return false;
}

unsigned sn__game_value_mask(const sn_game_t *g, uint64_t s)
{
	unsigned value = 0;

	if (g->adj == NULL)
		return meets_quotas(g, s);
	for (uint64_t part; s != 0; s &= ~part)
		value += meets_quotas(g, part = lowest_part(g, s));
	return value;
}

int sn__game_contribution(const sn_game_t *g, uint64_t t, size_t i)
{
	uint64_t joined = UINT64_C(1) << i, near = g->adj[i] & t;
	int before = 0;

	assert(g->adj != NULL && !(t & joined));
	/* Only the parts next to i change: they merge with i into one. */
	while (near != 0) {
		uint64_t part = part_of(g, near & -near, t);
		before += meets_quotas(g, part);
		joined |= part;
		near &= ~part;
	}
	return (int)meets_quotas(g, joined) - before;
}

static uint64_t to_mask(const sn_game_t *g, const unsigned char *members, bool inside)
{
	uint64_t s = 0;

	for (size_t i = 0; i < g->n; i++)
		if ((members[i] != 0) == inside)
			s |= UINT64_C(1) << i;
	return s;
}

bool sn_game_wins(const sn_game_t *g, const unsigned char *members)
{
	if (g->adj != NULL)
		return sn__game_wins_mask(g, to_mask(g, members, true));
	return wins_side(g, members, true);
}

bool sn_game_blocks(const sn_game_t *g, const unsigned char *members)
{
	if (g->adj != NULL)
		return !sn__game_wins_mask(g, to_mask(g, members, false));
	return !wins_side(g, members, false);
}

sn_error_t sn_game_set_graph(sn_game_t *g, const size_t *from, const size_t *to, size_t nedges)
{
	uint64_t *adj;

	if (g->n > 64)
		return sn_error_set(SN_ELIMIT, "games restricted to a communication graph are "
				    "limited to 64 players, this one has %zu", g->n);
	for (size_t k = 0; k < nedges; k++)
		if (from[k] >= g->n || to[k] >= g->n)
			return sn_error_set(SN_EINVAL, "edge %zu joins player %zu and %zu, but the "
					    "game has %zu players", k + 1, from[k] + 1, to[k] + 1, g->n);
	adj = calloc(g->n, sizeof *adj);
	if (adj == NULL)
		return sn_error_set(SN_ENOMEM, "game: out of memory");
	for (size_t k = 0; k < nedges; k++)
		if (from[k] != to[k]) {
			adj[from[k]] |= UINT64_C(1) << to[k];
			adj[to[k]] |= UINT64_C(1) << from[k];
		}
	free(g->adj);
	g->adj = adj;
	return SN_OK;
}

bool sn_game_has_graph(const sn_game_t *g)
{
	return g->adj != NULL;
}

bool sn_game_is_simple(const sn_game_t *g)
{
	if (g->adj == NULL)
		return true;
	/* Two disjoint coalitions cannot both take more than half of one criterion. */
	for (size_t c = 0; c < g->ncrit; c++)
		if (g->crit[c].quota > g->crit[c].total - g->crit[c].quota)
			return true;
	return false;
}

sn_error_t sn_game_scale_weights(int64_t *out, double *scale_out, const double *w, size_t n,
				 int64_t max_weight)
{
	double max = 0.0, s, total = 0.0;

	if (n == 0)
		return sn_error_set(SN_EINVAL, "no weights to scale");
	if (max_weight < 1)
		return sn_error_set(SN_EINVAL, "the largest scaled weight must be at least 1");
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(w[i]) || w[i] < 0.0)
			return sn_error_set(SN_EINVAL, "weight %g of player %zu is not a finite "
					    "non-negative number", w[i], i + 1);
		if (w[i] > max)
			max = w[i];
	}
	if (max == 0.0)
		return sn_error_set(SN_EINVAL, "all weights are zero");
	s = (double)max_weight / max;
	for (size_t i = 0; i < n; i++)
		total += nearbyint(w[i] * s);
	/* 2^62 leaves room for the exact int64 sum. */
	if (total > 4.6e18)
		return sn_error_set(SN_EINVAL, "scaled weights would overflow 64-bit integers; "
				    "use a smaller largest weight than %lld", (long long)max_weight);
	for (size_t i = 0; i < n; i++)
		out[i] = (int64_t)llround(w[i] * s);
	if (scale_out != NULL)
		*scale_out = s;
	return SN_OK;
}

sn_error_t sn_game_set_blocs(sn_game_t *g, const size_t *bloc)
{
	size_t *label = NULL, *out = NULL, m = 0;

	if (bloc == NULL) {
		free(g->bloc);
		g->bloc = NULL;
		g->nblocs = 0;
		return SN_OK;
	}
	for (size_t i = 0; i < g->n; i++)
		if (bloc[i] >= g->n)
			return sn_error_set(SN_EINVAL, "bloc label %zu of player %zu is not below the "
					    "number of players %zu", bloc[i], i + 1, g->n);
	label = malloc(g->n * sizeof *label);
	out = malloc(g->n * sizeof *out);
	if (label == NULL || out == NULL) {
		free(label);
		free(out);
		return sn_error_set(SN_ENOMEM, "game: out of memory");
	}
	/* Renumber the labels 0..m-1 in order of first appearance. */
	for (size_t i = 0; i < g->n; i++)
		label[i] = SIZE_MAX;
	for (size_t i = 0; i < g->n; i++) {
		if (label[bloc[i]] == SIZE_MAX)
			label[bloc[i]] = m++;
		out[i] = label[bloc[i]];
	}
	free(label);
	free(g->bloc);
	g->bloc = out;
	g->nblocs = m;
	return SN_OK;
}

size_t sn_game_nblocs(const sn_game_t *g)
{
	return g->nblocs;
}

sn_error_t sn_game_set_bloc_names(sn_game_t *g, const char *const *names)
{
	size_t *label;
	sn_error_t err;

	if (names == NULL)
		return sn_game_set_blocs(g, NULL);
	if (!(label = malloc(g->n * sizeof *label)))
		return sn_error_set(SN_ENOMEM, "game: out of memory");
	/* Players alone keep their own label; the others take their bloc's first player's. */
	for (size_t i = 0; i < g->n; i++) {
		label[i] = i;
		for (size_t j = 0; j < i && names[i][0]; j++)
			if (strcmp(names[i], names[j]) == 0) {
				label[i] = label[j];
				break;
			}
	}
	err = sn_game_set_blocs(g, label);
	free(label);
	return err;
}

size_t sn_game_nties(const sn_game_t *g)
{
	size_t ends = 0;

	for (size_t i = 0; g->adj && i < g->n; i++)
		ends += (size_t)__builtin_popcountll(g->adj[i]);
	return ends / 2;
}

const char *sn_game_describe(const sn_game_t *g)
{
	if (!sn_game_has_graph(g))
		return NULL;
	if (sn_game_is_simple(g))
		return "graph-restricted (Myerson): a coalition wins when one of its connected parts "
		       "wins (quota above half: at most one can); every index is that game's, shapley "
		       "the Myerson value";
	return "graph-restricted (Myerson): a coalition is worth the number of its connected parts "
	       "that win (quota at most half: several can); shapley is the Myerson value, banzhaf "
	       "the Banzhaf value of that game; both can be negative";
}

/* ---- the smallest blocking minorities (sn_game_smallest_blocking()) ---- */

/* A player and its weight under one criterion, for sorting. */
typedef struct {
	int64_t w;
	size_t player;
} weighted_t;

typedef struct {
	weighted_t *order;         /* players by descending weight, ties by position */
	int64_t *prefix;           /* [n + 1] prefix[i]: weight of order[0..i) */
	int64_t need;              /* a blocking set weighs more than this */
	size_t n, k;
	size_t *pick;              /* [k] the players chosen so far */
	sn_coalition_list_t *out;
	size_t max;
} blocking_search_t;

static int by_weight_desc(const void *a, const void *b)
{
	const weighted_t *x = a, *y = b;

	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	return x->player < y->player ? -1 : x->player > y->player;
}

static int by_position(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;

	return i < j ? -1 : i > j;
}

/* Orders the players of criterion w by descending weight with prefix sums. */
static void order_by_weight(weighted_t *order, int64_t *prefix, const int64_t *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		order[i] = (weighted_t){ w[i], i };
	qsort(order, n, sizeof *order, by_weight_desc);
	prefix[0] = 0;
	for (size_t i = 0; i < n; i++)
		prefix[i + 1] = prefix[i] + order[i].w;
}

/* The fewest heaviest players whose weight exceeds need (prefix[n] > need). */
static size_t fewest_heaviest(const int64_t *prefix, size_t n, int64_t need)
{
	size_t k = 0;

	while (k < n && prefix[k] <= need)
		k++;
	return k;
}

/*
 * Depth-first: players order[from..) extend pick[0..depth) of weight sum;
 * a branch is entered only when its heaviest completion, the next k - depth
 * players in order, still weighs more than need.  The completions' weights
 * fall as i grows (descending order), so the first that fails ends the loop.
 */
static void blocking_search(blocking_search_t *s, size_t depth, size_t from, int64_t sum)
{
	if (depth == s->k) {
		size_t *dst = s->out->players + s->out->offsets[s->out->count];
		memcpy(dst, s->pick, s->k * sizeof *dst);
		qsort(dst, s->k, sizeof *dst, by_position);
		s->out->count++;
		s->out->offsets[s->out->count] = s->out->offsets[s->out->count - 1] + s->k;
		return;
	}
	for (size_t i = from; i + (s->k - depth) <= s->n && s->out->count < s->max; i++) {
		if (sum + s->prefix[i + s->k - depth] - s->prefix[i] <= s->need)
			break;
		s->pick[depth] = s->order[i].player;
		blocking_search(s, depth + 1, i + 1, sum + s->order[i].w);
	}
}

sn_error_t sn_game_smallest_blocking(size_t *size_out, sn_coalition_list_t *examples,
				     const sn_game_t *g, size_t max_examples)
{
	blocking_search_t s = { .n = g->n, .out = examples, .max = max_examples };
	size_t best = 0, k = SIZE_MAX;
	sn_error_t err = SN_OK;

	if (examples)
		sn_coalition_list_init(examples);
	if (g->ncrit == 0)
		return sn_error_set(SN_EINVAL, "blocking minorities: the game has no criteria");
	if (g->adj != NULL)
		return sn_error_set(SN_EINVAL, "blocking minorities: not for a game with a "
				    "communication graph");
	s.order = malloc(g->n * sizeof *s.order);
	s.prefix = malloc((g->n + 1) * sizeof *s.prefix);
	if (!s.order || !s.prefix) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t c = 0; c < g->ncrit; c++) {
		order_by_weight(s.order, s.prefix, g->crit[c].w, g->n);
		size_t kc = fewest_heaviest(s.prefix, g->n, g->crit[c].total - g->crit[c].quota);
		if (kc < k) {
			k = kc;
			best = c;
		}
	}
	*size_out = k;
	if (!examples || max_examples == 0)
		goto done;
	examples->total = NAN;
	s.need = g->crit[best].total - g->crit[best].quota;
	s.k = k;
	order_by_weight(s.order, s.prefix, g->crit[best].w, g->n);
	if (!(s.pick = malloc(k * sizeof *s.pick)) ||
	    !(examples->offsets = calloc(max_examples + 1, sizeof *examples->offsets)) ||
	    !(examples->players = malloc(max_examples * k * sizeof *examples->players))) {
		err = sn_error_set(SN_ENOMEM, "out of memory");
		goto done;
	}
	blocking_search(&s, 0, 0, 0);
done:
	if (err && examples)
		sn_coalition_list_destroy(examples);
	free(s.order);
	free(s.prefix);
	free(s.pick);
	return err;
}
