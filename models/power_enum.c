/*
 * Enumeration of all 2^n coalitions: every index for games of any number
 * of criteria, the oracle the other methods are tested against, and the
 * lists of minimal winning and minimal blocking coalitions.
 *
 * Coalitions are bitmasks (player i is bit i).  The winning ones are found
 * in Gray-code order, so each step adds or removes one player and updates
 * the weight sums in O(criteria); they are stored as a bitset of 2^n bits.
 * Every tally is an integer count, so the indices are exact up to the final
 * division.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/power.h"
#include "models/game_private.h"

#define BRUTE_HARD_LIMIT 30

static inline bool bit(const uint64_t *set, uint64_t s)
{
	return (set[s >> 6] >> (s & 63)) & 1u;
}

size_t sn__power_brute_limit(size_t limit)
{
	if (limit == 0)
		return 25;
	return limit > BRUTE_HARD_LIMIT ? BRUTE_HARD_LIMIT : limit;
}

static sn_error_t check_size(const sn_game_t *g, size_t limit)
{
	if (g->ncrit == 0)
		return sn_error_set(SN_EINVAL, "the game has no criterion (no weights and quota)");
	limit = sn__power_brute_limit(limit);
	if (g->n > limit)
		return sn_error_set(SN_ELIMIT, "enumerating all coalitions is limited to %zu "
				    "players, the game has %zu; use the exact or montecarlo "
				    "method (Johnston, Deegan-Packel, Holler and coalition lists "
				    "need enumeration)", limit, g->n);
	return SN_OK;
}

/* The bitset of winning coalitions; *out is the caller's. */
static sn_error_t winning_set(uint64_t **out, const sn_game_t *g)
{
	size_t n = g->n, k = g->ncrit;
	uint64_t total = UINT64_C(1) << n, mask = 0;
	uint64_t *set = calloc((size_t)(total + 63) / 64, sizeof *set);
	int64_t *sum = calloc(k, sizeof *sum);

	if (set == NULL || sum == NULL) {
		free(set);
		free(sum);
		return sn_error_set(SN_ENOMEM, "power: out of memory enumerating coalitions");
	}
	if (g->adj != NULL) {
		/* A communication graph: each coalition is split into its connected parts. */
		for (uint64_t s = 1; s < total; s++)
			if (sn__game_wins_mask(g, s))
				set[s >> 6] |= UINT64_C(1) << (s & 63);
		total = 0;
	}
	for (uint64_t t = 1; t < total; t++) {
		unsigned i = (unsigned)__builtin_ctzll(t);
		bool in = !((mask >> i) & 1u), wins = true;
		mask ^= UINT64_C(1) << i;
		for (size_t c = 0; c < k; c++) {
			sum[c] += in ? g->crit[c].w[i] : -g->crit[c].w[i];
			wins = wins && sum[c] >= g->crit[c].quota;
		}
		if (wins)
			set[mask >> 6] |= UINT64_C(1) << (mask & 63);
	}
	free(sum);
	*out = set;
	return SN_OK;
}

/* Integer tallies over all winning coalitions. */
typedef struct {
	uint64_t *swings_by_size; /* [n * n]: [i * n + (|S| - 1)] swings of i in S */
	uint64_t *john;           /* [n * n]: [i * n + (c - 1)] swings of i in S with c swingers */
	uint64_t *mwc_by_size;    /* [n * n]: [i * n + (|S| - 1)] minimal winning S holding i */
	uint64_t winning;
	uint64_t minimal;
} tally_t;

static void tally(tally_t *t, const uint64_t *set, size_t n)
{
	uint64_t total = UINT64_C(1) << n;
	unsigned crit[BRUTE_HARD_LIMIT];

	for (uint64_t s = 1; s < total; s++) {
		if (!bit(set, s))
			continue;
		unsigned size = (unsigned)__builtin_popcountll(s), c = 0;
		t->winning++;
		for (uint64_t m = s; m != 0; m &= m - 1) {
			unsigned i = (unsigned)__builtin_ctzll(m);
			if (!bit(set, s ^ (UINT64_C(1) << i)))
				crit[c++] = i;
		}
		for (unsigned j = 0; j < c; j++) {
			t->swings_by_size[crit[j] * n + size - 1]++;
			t->john[crit[j] * n + c - 1]++;
		}
		if (c == size) {
			t->minimal++;
			for (unsigned j = 0; j < c; j++)
				t->mwc_by_size[crit[j] * n + size - 1]++;
		}
	}
}

long double sn__power_ss_weight(size_t n, size_t size)
{
	return expl(lgammal((long double)size) + lgammal((long double)(n - size + 1)) -
		    lgammal((long double)(n + 1)));
}

static void fill(sn_power_result_t *r, const tally_t *t, size_t n, unsigned indices)
{
	long double bsum = 0.0L, jsum = 0.0L, hsum = 0.0L;
	long double half = ldexpl(1.0L, (int)n - 1), all = ldexpl(1.0L, (int)n);

	for (size_t i = 0; i < n; i++) {
		uint64_t sw = 0, mw = 0;
		long double ss = 0.0L, jo = 0.0L, dp = 0.0L;
		for (size_t k = 0; k < n; k++) {
			sw += t->swings_by_size[i * n + k];
			ss += (long double)t->swings_by_size[i * n + k] * sn__power_ss_weight(n, k + 1);
			jo += (long double)t->john[i * n + k] / (long double)(k + 1);
			mw += t->mwc_by_size[i * n + k];
			dp += (long double)t->mwc_by_size[i * n + k] / (long double)(k + 1);
		}
		bsum += sw;
		jsum += jo;
		hsum += mw;
		if (indices & SN_POWER_BANZHAF)
			r->banzhaf_abs[i] = (double)(sw / half);
		if (indices & SN_POWER_SHAPLEY)
			r->shapley[i] = (double)ss;
		if (indices & SN_POWER_JOHNSTON)
			r->johnston[i] = (double)jo;
		if (indices & SN_POWER_DEEGAN_PACKEL)
			r->deegan_packel[i] = (double)(dp / t->minimal);
		if (indices & SN_POWER_HOLLER)
			r->holler[i] = (double)mw;
		if (indices & SN_POWER_COLEMAN) {
			r->coleman_prevent[i] = (double)((long double)sw / t->winning);
			r->coleman_initiate[i] = (double)((long double)sw / (all - t->winning));
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (indices & SN_POWER_BANZHAF)
			r->banzhaf[i] = (double)(r->banzhaf_abs[i] * half / bsum);
		if (indices & SN_POWER_JOHNSTON)
			r->johnston[i] = (double)(r->johnston[i] / jsum);
		if (indices & SN_POWER_HOLLER)
			r->holler[i] = (double)(r->holler[i] / hsum);
	}
	if (indices & SN_POWER_COLEMAN)
		r->coleman_collectivity = (double)(t->winning / all);
	r->winning = (double)t->winning;
	r->minimal_winning = (double)t->minimal;
}

sn_error_t sn__power_brute(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
			   size_t max_players)
{
	size_t n = g->n;
	uint64_t *set = NULL;
	tally_t t = { NULL, NULL, NULL, 0, 0 };
	sn_error_t err = check_size(g, max_players);

	if (err)
		return err;
	err = sn__power_result_alloc(r, indices, false);
	if (err)
		return err;
	t.swings_by_size = calloc(n * n, sizeof(uint64_t));
	t.john = calloc(n * n, sizeof(uint64_t));
	t.mwc_by_size = calloc(n * n, sizeof(uint64_t));
	if (t.swings_by_size == NULL || t.john == NULL || t.mwc_by_size == NULL) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory enumerating coalitions");
		goto done;
	}
	err = winning_set(&set, g);
	if (err)
		goto done;
	tally(&t, set, n);
	fill(r, &t, n, indices);
done:
	free(set);
	free(t.swings_by_size);
	free(t.john);
	free(t.mwc_by_size);
	return err;
}

void sn_coalition_list_init(sn_coalition_list_t *l)
{
	memset(l, 0, sizeof *l);
}

void sn_coalition_list_destroy(sn_coalition_list_t *l)
{
	if (l == NULL)
		return;
	free(l->offsets);
	free(l->players);
	sn_coalition_list_init(l);
}

/* Is s minimal winning (blocking = false) or minimal blocking (blocking = true)? */
static bool is_minimal(const uint64_t *set, uint64_t s, uint64_t full, bool blocking)
{
	if (!blocking) {
		if (!bit(set, s))
			return false;
		for (uint64_t m = s; m != 0; m &= m - 1)
			if (bit(set, s ^ (m & -m)))
				return false;
		return true;
	}
	/* s blocks when its complement loses; s \ {i} stops blocking when complement + i wins. */
	if (bit(set, full & ~s))
		return false;
	for (uint64_t m = s; m != 0; m &= m - 1)
		if (!bit(set, (full & ~s) | (m & -m)))
			return false;
	return true;
}

/* Appends coalition s to the list, growing the arrays. */
static sn_error_t append(sn_coalition_list_t *l, size_t *cap_c, size_t *cap_p, uint64_t s)
{
	size_t size = (size_t)__builtin_popcountll(s), used = l->offsets[l->count];

	if (l->count + 2 > *cap_c) {
		size_t cap = *cap_c * 2;
		size_t *o = realloc(l->offsets, cap * sizeof *o);
		if (o == NULL)
			return sn_error_set(SN_ENOMEM, "coalitions: out of memory");
		l->offsets = o;
		*cap_c = cap;
	}
	if (used + size > *cap_p) {
		size_t cap = (*cap_p + size) * 2;
		size_t *p = realloc(l->players, cap * sizeof *p);
		if (p == NULL)
			return sn_error_set(SN_ENOMEM, "coalitions: out of memory");
		l->players = p;
		*cap_p = cap;
	}
	for (uint64_t m = s; m != 0; m &= m - 1)
		l->players[used++] = (size_t)__builtin_ctzll(m);
	l->offsets[++l->count] = used;
	return SN_OK;
}

sn_error_t sn_game_minimal_coalitions(sn_coalition_list_t *out, const sn_game_t *g,
				      bool blocking, size_t max_list, size_t max_players)
{
	uint64_t *set = NULL, full, total;
	size_t cap_c = 16, cap_p = 0;
	sn_error_t err;

	sn_coalition_list_init(out);
	if (g->ncrit > 0 && !sn_game_is_simple(g))
		return sn_error_set(SN_EINVAL, "minimal winning and blocking coalitions belong to "
				    "simple games; with a communication graph and every quota at "
				    "most half of its total, the graph-restricted game is not one");
	err = check_size(g, max_players);
	if (err == SN_ELIMIT && g->ncrit == 1) {
		/* Too many to list: count them instead. */
		sn_error_clear();
		out->offsets = calloc(1, sizeof *out->offsets);
		if (out->offsets == NULL)
			return sn_error_set(SN_ENOMEM, "coalitions: out of memory");
		err = sn__power_count_minimal(&out->total, g, blocking, (size_t)1 << 30);
		if (err)
			sn_coalition_list_destroy(out);
		return err;
	}
	if (err)
		return err;
	full = (UINT64_C(1) << g->n) - 1;
	total = UINT64_C(1) << g->n;
	out->offsets = calloc(cap_c, sizeof *out->offsets);
	if (out->offsets == NULL)
		return sn_error_set(SN_ENOMEM, "coalitions: out of memory");
	err = winning_set(&set, g);
	if (err)
		goto done;
	for (uint64_t s = 1; s < total; s++) {
		if (!is_minimal(set, s, full, blocking))
			continue;
		out->total += 1.0;
		if (out->count < max_list) {
			err = append(out, &cap_c, &cap_p, s);
			if (err)
				goto done;
		}
	}
done:
	free(set);
	if (err)
		sn_coalition_list_destroy(out);
	return err;
}

/* Counts, for player i of bloc k, the swings by the number of other blocs and of bloc-mates in. */
static void owen_counts(uint64_t *cnt, const uint64_t *set, const uint64_t *blocmask,
			size_t m, size_t k, size_t i, size_t b)
{
	uint64_t me = UINT64_C(1) << i, rest = blocmask[k] & ~me, q = 0;
	size_t others[BRUTE_HARD_LIMIT], no = 0, mates[BRUTE_HARD_LIMIT], nm = 0, nr = 0;

	for (size_t j = 0; j < m; j++)
		if (j != k)
			others[no++] = j;
	for (uint64_t x = rest; x != 0; x &= x - 1)
		mates[nm++] = (size_t)__builtin_ctzll(x);
	for (uint64_t t = 0; t < (UINT64_C(1) << no); t++) {
		if (t > 0) {
			size_t j = (size_t)__builtin_ctzll(t);
			bool in = !(q & blocmask[others[j]]);
			q ^= blocmask[others[j]];
			nr += in ? 1 : (size_t)-1;
		}
		uint64_t tm = 0;
		size_t nt = 0;
		for (uint64_t u = 0; u < (UINT64_C(1) << nm); u++) {
			if (u > 0) {
				size_t j = (size_t)__builtin_ctzll(u);
				bool in = !((tm >> mates[j]) & 1u);
				tm ^= UINT64_C(1) << mates[j];
				nt += in ? 1 : (size_t)-1;
			}
			uint64_t s = q | tm;
			if (!bit(set, s) && bit(set, s | me))
				cnt[nr * b + nt]++;
		}
	}
}

sn_error_t sn__power_owen_brute(sn_power_result_t *r, const sn_game_t *g, size_t max_players)
{
	size_t n = g->n, m = g->nblocs, size[BRUTE_HARD_LIMIT] = { 0 };
	uint64_t *set = NULL, *cnt = NULL, blocmask[BRUTE_HARD_LIMIT] = { 0 };
	sn_error_t err = check_size(g, max_players);

	if (err)
		return err;
	if ((err = sn__power_result_alloc(r, SN_POWER_OWEN, false)) != SN_OK)
		return err;
	for (size_t i = 0; i < n; i++) {
		blocmask[g->bloc[i]] |= UINT64_C(1) << i;
		size[g->bloc[i]]++;
	}
	cnt = malloc(n * n * sizeof *cnt);
	if (cnt == NULL) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory enumerating coalitions");
		goto done;
	}
	if ((err = winning_set(&set, g)) != SN_OK)
		goto done;
	for (size_t i = 0; i < n; i++) {
		size_t k = g->bloc[i], b = size[k];
		long double v = 0.0L;
		memset(cnt, 0, n * n * sizeof *cnt);
		owen_counts(cnt, set, blocmask, m, k, i, b);
		/* Blocs before i's: r!(m-1-r)!/m!; bloc-mates before i: t!(b-1-t)!/b!. */
		for (size_t nr = 0; nr < m; nr++)
			for (size_t nt = 0; nt < b; nt++)
				if (cnt[nr * b + nt])
					v += (long double)cnt[nr * b + nt] * sn__power_ss_weight(m, nr + 1) *
					     sn__power_ss_weight(b, nt + 1);
		r->owen[i] = (double)v;
	}
done:
	free(set);
	free(cnt);
	return err;
}
