/*
 * The Myerson value (Myerson 1977) and the graph-restricted Banzhaf value
 * (Owen 1986) of a game with a communication graph, by enumeration.
 *
 * The graph-restricted game is v^G(S) = sum over the connected parts C of
 * S of v(C), v the voting game: the number of winning parts of S.  When a
 * quota exceeds half its total at most one part can win and v^G is the
 * simple game "one of the parts wins"; otherwise v^G can be 2 or more and a
 * player whose arrival joins two winning parts into one lowers it.  For
 * every player i, with the sums over non-empty coalitions S,
 *
 *   Myerson  phi_i  = sum_{S holds i} (|S|-1)! (n-|S|)! / n! v^G(S)
 *                   - sum_{S lacks i}  |S|! (n-|S|-1)! / n! v^G(S),
 *   Banzhaf  beta_i = (sum_{S holds i} v^G(S) - sum_{S lacks i} v^G(S)) / 2^(n-1),
 *
 * which are the Shapley and Banzhaf formulas over marginal contributions
 * v^G(S + i) - v^G(S) regrouped by coalition.  So one pass over the 2^n
 * coalitions, none of them stored, tallies per size the values of all
 * coalitions and of those holding each player; the tallies are exact
 * integers, and only the final weighted sums round.
 *
 * Beyond enumeration, Monte Carlo draws the same marginal contributions:
 * for Shapley, random orderings (each player's contribution on arrival);
 * for Banzhaf, uniform random coalitions S (each player's contribution to
 * S without it).  A contribution is an integer that can be negative, so the
 * 95 % intervals are normal ones from the sample variance (not Wilson's,
 * which are for proportions).  Randomness: gsl_rng_mt19937 seeded by the
 * caller.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "samnet/power.h"
#include "models/game_private.h"

static sn_error_t check_size(const sn_game_t *g, size_t limit)
{
	limit = sn__power_brute_limit(limit);
	if (g->n > limit)
		return sn_error_set(SN_ELIMIT, "the Myerson value of a game with a communication "
				    "graph is computed by enumerating all coalitions, limited to "
				    "%zu players; the game has %zu; use the montecarlo method",
				    limit, g->n);
	return SN_OK;
}

/*
 * Tallies v^G: total[k] sums the values of the coalitions of size k, held[i
 * * (n + 1) + k] those of the coalitions of size k holding player i.
 * Returns the number of coalitions of positive value.
 */
static uint64_t tally_values(uint64_t *total, uint64_t *held, const sn_game_t *g)
{
	size_t n = g->n;
	uint64_t all = UINT64_C(1) << n, positive = 0;

	for (uint64_t s = 1; s < all; s++) {
		unsigned v = sn__game_value_mask(g, s), k = (unsigned)__builtin_popcountll(s);
		if (v == 0)
			continue;
		positive++;
		total[k] += v;
		for (uint64_t m = s; m != 0; m &= m - 1)
			held[(size_t)__builtin_ctzll(m) * (n + 1) + k] += v;
	}
	return positive;
}

static void fill(sn_power_result_t *r, const uint64_t *total, const uint64_t *held, size_t n,
		 unsigned indices)
{
	long double half = ldexpl(1.0L, (int)n - 1), bsum = 0.0L;

	for (size_t i = 0; i < n; i++) {
		const uint64_t *h = held + i * (n + 1);
		long double phi = 0.0L, with = 0.0L, without = 0.0L;
		for (size_t k = 1; k <= n; k++) {
			phi += (long double)h[k] * sn__power_ss_weight(n, k);
			if (k < n)
				phi -= (long double)(total[k] - h[k]) * sn__power_ss_weight(n, k + 1);
			with += (long double)h[k];
			without += (long double)(total[k] - h[k]);
		}
		if (indices & SN_POWER_SHAPLEY)
			r->shapley[i] = (double)phi;
		if (indices & SN_POWER_BANZHAF) {
			r->banzhaf_abs[i] = (double)((with - without) / half);
			bsum += (with - without) / half;
		}
	}
	/* Normalised by the sum, which v^G need not keep positive. */
	for (size_t i = 0; (indices & SN_POWER_BANZHAF) && i < n; i++)
		r->banzhaf[i] = bsum > 0.0L ? (double)(r->banzhaf_abs[i] / bsum) : NAN;
}

sn_error_t sn__power_myerson_brute(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				   size_t max_players)
{
	size_t n = g->n;
	uint64_t *total = NULL, *held = NULL, positive;
	sn_error_t err = check_size(g, max_players);

	if (err)
		return err;
	indices &= SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	if ((err = sn__power_result_alloc(r, indices, false)) != SN_OK)
		return err;
	total = calloc(n + 1, sizeof *total);
	held = calloc(n * (n + 1), sizeof *held);
	if (total == NULL || held == NULL) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory enumerating coalitions");
		goto done;
	}
	positive = tally_values(total, held, g);
	fill(r, total, held, n, indices);
	/* Winning coalitions are those of positive value only where v^G is a simple game. */
	if (sn_game_is_simple(g))
		r->winning = (double)positive;
done:
	free(total);
	free(held);
	return err;
}

#define Z95 1.959963984540054

/* Running sums of each player's contributions and their squares. */
typedef struct {
	double *sum, *square;
} draws_t;

static void record(draws_t *d, size_t i, int x)
{
	d->sum[i] += x;
	d->square[i] += (double)x * x;
}

/* The mean of player i's draws and its 95 % normal interval. */
static void estimate(double *mean, double *lo, double *hi, const draws_t *d, size_t i,
		     uint64_t samples)
{
	double n = (double)samples, m = d->sum[i] / n;
	double var = samples > 1 ? (d->square[i] - n * m * m) / (n - 1) : 0.0;
	double half = Z95 * sqrt(var > 0.0 ? var / n : 0.0);

	*mean = m;
	*lo = m - half;
	*hi = m + half;
}

/* Contributions on arrival in uniform random orderings. */
static void draw_orderings(draws_t *d, size_t *perm, const sn_game_t *g, uint64_t samples,
			   gsl_rng *rng)
{
	for (uint64_t s = 0; s < samples; s++) {
		uint64_t t = 0;
		gsl_ran_shuffle(rng, perm, g->n, sizeof *perm);
		for (size_t k = 0; k < g->n; k++) {
			record(d, perm[k], sn__game_contribution(g, t, perm[k]));
			t |= UINT64_C(1) << perm[k];
		}
	}
}

/* Contributions to uniform random coalitions of the others. */
static void draw_coalitions(draws_t *d, const sn_game_t *g, uint64_t samples, gsl_rng *rng)
{
	uint64_t all = g->n == 64 ? UINT64_MAX : (UINT64_C(1) << g->n) - 1;

	for (uint64_t s = 0; s < samples; s++) {
		/* mt19937 gives 32 random bits a call. */
		uint64_t t = ((uint64_t)gsl_rng_get(rng) | (uint64_t)gsl_rng_get(rng) << 32) & all;
		for (size_t i = 0; i < g->n; i++)
			record(d, i, sn__game_contribution(g, t & ~(UINT64_C(1) << i), i));
	}
}

static void fill_banzhaf(sn_power_result_t *r, const draws_t *d, size_t n, uint64_t samples)
{
	double total = 0.0;

	for (size_t i = 0; i < n; i++) {
		estimate(&r->banzhaf_abs[i], &r->banzhaf_abs_lo[i], &r->banzhaf_abs_hi[i], d, i,
			 samples);
		total += r->banzhaf_abs[i];
	}
	/* Normalised bounds divide by the estimated sum, ignoring its own error. */
	for (size_t i = 0; i < n; i++) {
		r->banzhaf[i] = total > 0.0 ? r->banzhaf_abs[i] / total : NAN;
		r->banzhaf_lo[i] = total > 0.0 ? r->banzhaf_abs_lo[i] / total : NAN;
		r->banzhaf_hi[i] = total > 0.0 ? r->banzhaf_abs_hi[i] / total : NAN;
	}
}

sn_error_t sn__power_myerson_montecarlo(sn_power_result_t *r, const sn_game_t *g,
					unsigned indices, uint64_t samples, unsigned long seed)
{
	size_t n = g->n;
	draws_t d = { calloc(n, sizeof(double)), calloc(n, sizeof(double)) };
	size_t *perm = malloc(n * sizeof *perm);
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	sn_error_t err = SN_OK;

	indices &= SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	if (samples == 0)
		err = sn_error_set(SN_EINVAL, "Monte Carlo needs at least one sample");
	else if (d.sum == NULL || d.square == NULL || perm == NULL || rng == NULL)
		err = sn_error_set(SN_ENOMEM, "power: out of memory in Monte Carlo");
	else
		err = sn__power_result_alloc(r, indices, true);
	if (err)
		goto done;
	gsl_rng_set(rng, seed);
	r->samples = samples;
	if (indices & SN_POWER_BANZHAF) {
		draw_coalitions(&d, g, samples, rng);
		fill_banzhaf(r, &d, n, samples);
	}
	if (indices & SN_POWER_SHAPLEY) {
		for (size_t i = 0; i < n; i++) {
			d.sum[i] = d.square[i] = 0.0;
			perm[i] = i;
		}
		draw_orderings(&d, perm, g, samples, rng);
		for (size_t i = 0; i < n; i++)
			estimate(&r->shapley[i], &r->shapley_lo[i], &r->shapley_hi[i], &d, i, samples);
	}
done:
	free(d.sum);
	free(d.square);
	free(perm);
	gsl_rng_free(rng);
	return err;
}
