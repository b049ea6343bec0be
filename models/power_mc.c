/*
 * Monte Carlo estimates of power indices for games beyond exact reach.
 *
 * Banzhaf and Coleman: uniform random coalitions S of all n players (each
 * player in with probability 1/2).  For each player i, S \ {i} is then a
 * uniform random coalition of the others, and i swings there when S \ {i}
 * loses and S ∪ {i} wins; so one sample gives a Bernoulli observation of
 * every player's absolute Banzhaf index at once.  Shapley-Shubik: uniform
 * random orderings; the player whose arrival first makes the coalition win
 * is pivotal.  Randomness: gsl_rng_mt19937 seeded by the caller.
 * Confidence intervals: 95 % Wilson score intervals (Wilson 1927), which
 * keep their coverage for proportions near 0.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "samnet/power.h"
#include "samnet/seed.h"
#include "models/game_private.h"

#define Z95 1.959963984540054

static void wilson(double *lo, double *hi, uint64_t x, uint64_t total)
{
	double N = (double)total, p = (double)x / N, z2 = Z95 * Z95;
	double denom = 1.0 + z2 / N;
	double centre = (p + z2 / (2.0 * N)) / denom;
	double half = Z95 * sqrt(p * (1.0 - p) / N + z2 / (4.0 * N * N)) / denom;

	*lo = centre - half > 0.0 ? centre - half : 0.0;
	*hi = centre + half < 1.0 ? centre + half : 1.0;
}

/* Draws a uniform random coalition into `in` and its weight sums into `sum`. */
static void draw_coalition(gsl_rng *rng, const sn_game_t *g, unsigned char *in, int64_t *sum)
{
	unsigned long bits = 0;
	unsigned left = 0;

	memset(sum, 0, g->ncrit * sizeof *sum);
	for (size_t i = 0; i < g->n; i++) {
		if (left == 0) {
			bits = gsl_rng_get(rng); /* mt19937: 32 random bits */
			left = 32;
		}
		in[i] = bits & 1u;
		bits >>= 1;
		left--;
		if (in[i])
			for (size_t c = 0; c < g->ncrit; c++)
				sum[c] += g->crit[c].w[i];
	}
}

/* Player i swings for the others' coalition S \ {i}, given the sums of S. */
static bool swings(const sn_game_t *g, const unsigned char *in, const int64_t *sum, size_t i)
{
	bool loses = false;

	for (size_t c = 0; c < g->ncrit; c++) {
		int64_t wi = g->crit[c].w[i], rest = sum[c] - (in[i] ? wi : 0);
		if (rest + wi < g->crit[c].quota)
			return false;
		if (rest < g->crit[c].quota)
			loses = true;
	}
	return loses;
}

/* A uniform random coalition of at most 64 players as a bitmask. */
static uint64_t draw_mask(gsl_rng *rng, size_t n)
{
	uint64_t s = (uint64_t)gsl_rng_get(rng) | ((uint64_t)gsl_rng_get(rng) << 32);
	return n == 64 ? s : s & ((UINT64_C(1) << n) - 1);
}

/* Player i swings for S \ {i} in a game with a communication graph. */
static bool swings_graph(const sn_game_t *g, uint64_t s, size_t i)
{
	uint64_t bit = UINT64_C(1) << i;
	return sn__game_wins_mask(g, s | bit) && !sn__game_wins_mask(g, s & ~bit);
}

static sn_error_t mc_banzhaf(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
			     uint64_t samples, gsl_rng *rng)
{
	size_t n = g->n;
	uint64_t *count = calloc(n, sizeof *count), win = 0;
	unsigned char *in = malloc(n);
	int64_t *sum = malloc(g->ncrit * sizeof *sum);
	sn_error_t err = SN_OK;
	double total = 0.0, A, L;

	if (count == NULL || in == NULL || sum == NULL) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory in Monte Carlo");
		goto done;
	}
	for (uint64_t s = 0; s < samples; s++) {
		bool wins = true;
		if (g->adj != NULL) {
			uint64_t m = draw_mask(rng, n);
			win += sn__game_wins_mask(g, m);
			for (size_t i = 0; i < n; i++)
				count[i] += swings_graph(g, m, i);
			continue;
		}
		draw_coalition(rng, g, in, sum);
		for (size_t c = 0; c < g->ncrit; c++)
			wins = wins && sum[c] >= g->crit[c].quota;
		win += wins;
		for (size_t i = 0; i < n; i++)
			count[i] += swings(g, in, sum, i);
	}
	for (size_t i = 0; i < n; i++)
		total += (double)count[i] / (double)samples;
	A = (double)win / (double)samples;
	L = 1.0 - A;
	for (size_t i = 0; i < n; i++) {
		double b = (double)count[i] / (double)samples;
		if (indices & SN_POWER_BANZHAF) {
			r->banzhaf_abs[i] = b;
			wilson(&r->banzhaf_abs_lo[i], &r->banzhaf_abs_hi[i], count[i], samples);
			r->banzhaf[i] = total > 0.0 ? b / total : 0.0;
			r->banzhaf_lo[i] = total > 0.0 ? r->banzhaf_abs_lo[i] / total : 0.0;
			r->banzhaf_hi[i] = total > 0.0 ? r->banzhaf_abs_hi[i] / total : 1.0;
		}
		if (indices & SN_POWER_COLEMAN) {
			/* Undefined when the sample held no winning (or no losing) coalition. */
			r->coleman_prevent[i] = A > 0.0 ? b / (2.0 * A) : NAN;
			r->coleman_initiate[i] = L > 0.0 ? b / (2.0 * L) : NAN;
		}
	}
	if (indices & SN_POWER_COLEMAN) {
		r->coleman_collectivity = A;
		wilson(&r->coleman_collectivity_lo, &r->coleman_collectivity_hi, win, samples);
	}
done:
	free(count);
	free(in);
	free(sum);
	return err;
}

static sn_error_t mc_shapley(sn_power_result_t *r, const sn_game_t *g, uint64_t samples,
			     gsl_rng *rng)
{
	size_t n = g->n;
	uint64_t *count = calloc(n, sizeof *count);
	size_t *perm = malloc(n * sizeof *perm);
	int64_t *sum = malloc(g->ncrit * sizeof *sum);
	sn_error_t err = SN_OK;

	if (count == NULL || perm == NULL || sum == NULL) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory in Monte Carlo");
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		perm[i] = i;
	for (uint64_t s = 0; s < samples; s++) {
		gsl_ran_shuffle(rng, perm, n, sizeof *perm);
		memset(sum, 0, g->ncrit * sizeof *sum);
		if (g->adj != NULL) {
			uint64_t m = 0;
			for (size_t j = 0; j < n; j++) {
				m |= UINT64_C(1) << perm[j];
				if (sn__game_wins_mask(g, m)) {
					count[perm[j]]++;
					break;
				}
			}
			continue;
		}
		for (size_t j = 0; j < n; j++) {
			bool wins = true;
			for (size_t c = 0; c < g->ncrit; c++) {
				sum[c] += g->crit[c].w[perm[j]];
				wins = wins && sum[c] >= g->crit[c].quota;
			}
			if (wins) {
				count[perm[j]]++;
				break;
			}
		}
	}
	for (size_t i = 0; i < n; i++) {
		r->shapley[i] = (double)count[i] / (double)samples;
		wilson(&r->shapley_lo[i], &r->shapley_hi[i], count[i], samples);
	}
done:
	free(count);
	free(perm);
	free(sum);
	return err;
}

/* Adds player j to the running sums; true when the coalition now wins. */
static bool join(const sn_game_t *g, int64_t *sum, uint64_t *mask, size_t j)
{
	bool wins = true;

	if (g->adj != NULL) {
		*mask |= UINT64_C(1) << j;
		return sn__game_wins_mask(g, *mask);
	}
	for (size_t c = 0; c < g->ncrit; c++) {
		sum[c] += g->crit[c].w[j];
		wins = wins && sum[c] >= g->crit[c].quota;
	}
	return wins;
}

/* Owen value: blocs in random order, members in random order within each bloc. */
static sn_error_t mc_owen(sn_power_result_t *r, const sn_game_t *g, uint64_t samples,
			  gsl_rng *rng)
{
	size_t n = g->n, m = g->nblocs;
	uint64_t *count = calloc(n, sizeof *count);
	size_t *order = malloc(m * sizeof *order), *start = calloc(m + 1, sizeof *start);
	size_t *member = malloc(n * sizeof *member), *fill = calloc(m, sizeof *fill);
	int64_t *sum = malloc(g->ncrit * sizeof *sum);
	sn_error_t err = SN_OK;

	if (!count || !order || !start || !member || !fill || !sum) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory in Monte Carlo");
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		start[g->bloc[i] + 1]++;
	for (size_t k = 0; k < m; k++) {
		start[k + 1] += start[k];
		order[k] = k;
	}
	for (size_t i = 0; i < n; i++)
		member[start[g->bloc[i]] + fill[g->bloc[i]]++] = i;
	for (uint64_t s = 0; s < samples; s++) {
		uint64_t mask = 0;
		bool done_sample = false;
		memset(sum, 0, g->ncrit * sizeof *sum);
		gsl_ran_shuffle(rng, order, m, sizeof *order);
		for (size_t a = 0; a < m && !done_sample; a++) {
			size_t k = order[a], *mem = member + start[k], b = start[k + 1] - start[k];
			gsl_ran_shuffle(rng, mem, b, sizeof *mem);
			for (size_t j = 0; j < b && !done_sample; j++)
				if (join(g, sum, &mask, mem[j])) {
					count[mem[j]]++;
					done_sample = true;
				}
		}
	}
	for (size_t i = 0; i < n; i++) {
		r->owen[i] = (double)count[i] / (double)samples;
		wilson(&r->owen_lo[i], &r->owen_hi[i], count[i], samples);
	}
done:
	free(count);
	free(order);
	free(start);
	free(member);
	free(fill);
	free(sum);
	return err;
}

sn_error_t sn__power_montecarlo(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				uint64_t samples, uint64_t seed)
{
	gsl_rng *rng;
	sn_error_t err;

	if (samples == 0)
		return sn_error_set(SN_EINVAL, "Monte Carlo needs at least one sample");
	err = sn__power_result_alloc(r, indices, true);
	if (err)
		return err;
	rng = gsl_rng_alloc(gsl_rng_mt19937);
	if (rng == NULL)
		return sn_error_set(SN_ENOMEM, "power: out of memory for the random generator");
	gsl_rng_set(rng, sn_seed_gsl(seed));
	r->samples = samples;
	if (indices & (SN_POWER_BANZHAF | SN_POWER_COLEMAN))
		err = mc_banzhaf(r, g, indices, samples, rng);
	if (!err && (indices & SN_POWER_SHAPLEY))
		err = mc_shapley(r, g, samples, rng);
	if (!err && (indices & SN_POWER_OWEN))
		err = mc_owen(r, g, samples, rng);
	gsl_rng_free(rng);
	return err;
}
