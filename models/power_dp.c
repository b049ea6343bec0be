/*
 * Exact power indices of a weighted majority game [q; w1..wn] by generating
 * functions over weights (Brams and Affuso 1976; Bilbao, Fernández,
 * Jiménez Losada and López 2000), with the "remove one player" step:
 * the polynomial of all players is built once and each player is divided
 * out in O(q), so all n players cost about as much as two passes.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/power.h"
#include "models/game_private.h"

/* Players above this size would overflow the 128-bit counts of the Shapley-Shubik DP. */
#define SS_MAX_PLAYERS 126

typedef unsigned __int128 u128;

static int64_t gcd64(int64_t a, int64_t b)
{
	while (b != 0) {
		int64_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

/*
 * Divides the weights by their gcd and the quota accordingly (a coalition
 * wins iff sum(w/d) >= ceil(q/d), because the left side is an integer).
 * `w` receives the reduced weights; returns the reduced quota.
 */
static int64_t reduce(int64_t *w, const sn__criterion_t *cr, size_t n)
{
	int64_t d = 0;

	for (size_t i = 0; i < n; i++)
		d = gcd64(cr->w[i], d);
	if (d <= 1) {
		memcpy(w, cr->w, n * sizeof *w);
		return cr->quota;
	}
	for (size_t i = 0; i < n; i++)
		w[i] = cr->w[i] / d;
	return cr->quota / d + (cr->quota % d != 0);
}

/* The reduced quota of criterion 0, without keeping the weights. */
static int64_t reduced_quota(const sn_game_t *g)
{
	int64_t d = 0;

	for (size_t i = 0; i < g->n; i++)
		d = gcd64(g->crit[0].w[i], d);
	if (d <= 1)
		return g->crit[0].quota;
	return g->crit[0].quota / d + (g->crit[0].quota % d != 0);
}

sn_error_t sn__power_dp_fits(const sn_game_t *g, unsigned indices, size_t max_memory)
{
	double q = (double)reduced_quota(g), need;

	if (g->ncrit != 1)
		return sn_error_set(SN_EINVAL, "the exact dynamic programme needs one criterion");
	if (indices & SN_POWER_SHAPLEY) {
		if (g->n > SS_MAX_PLAYERS)
			return sn_error_set(SN_ELIMIT, "exact Shapley-Shubik is limited to %d "
					    "players, the game has %zu; use the montecarlo method",
					    SS_MAX_PLAYERS, g->n);
		need = ((double)g->n + 3.0) * q * (double)sizeof(u128);
	} else {
		need = 2.0 * (q + 1.0) * sizeof(double);
	}
	if (need > (double)max_memory)
		return sn_error_set(SN_ELIMIT, "the exact dynamic programme for quota %lld "
				    "would need %.0f MiB, above the limit of %.0f MiB; use the "
				    "brute or montecarlo method or raise the memory limit",
				    (long long)q, need / 1048576.0, (double)max_memory / 1048576.0);
	return SN_OK;
}

/*
 * Adds a player of weight wj to the distribution p[0..Q) of coalition
 * weights (as probabilities, each coalition 2^-m), with p[Q] the mass at or
 * above the quota.
 */
static void add_player(double *p, int64_t Q, int64_t wj)
{
	if (wj >= Q) {
		p[Q] = 0.5 * p[Q] + 0.5;
		for (int64_t w = 0; w < Q; w++)
			p[w] *= 0.5;
		return;
	}
	double window = 0.0;
	for (int64_t w = Q - wj; w < Q; w++)
		window += p[w];
	p[Q] += 0.5 * window;
	/* Descending, so p[w - wj] is still the old value; safe to vectorise when wj >= 8. */
	if (wj >= 8) {
		double *hi = p + wj;
#pragma GCC ivdep
		for (int64_t w = Q - 1 - wj; w >= 0; w--)
			hi[w] = 0.5 * (hi[w] + p[w]);
	} else {
		for (int64_t w = Q - 1; w >= wj; w--)
			p[w] = 0.5 * (p[w] + p[w - wj]);
	}
	for (int64_t w = 0; w < wj && w < Q; w++)
		p[w] *= 0.5;
}

/*
 * The probability that a random coalition of the others weighs in
 * [Q - wi, Q): divide player i out of p into r (r[w] = 2 p[w] - r[w - wi]).
 */
static double swing_probability(const double *p, double *r, int64_t Q, int64_t wi)
{
	double s = 0.0;
	int64_t lim = wi < Q ? wi : Q;

	for (int64_t w = 0; w < lim; w++)
		r[w] = 2.0 * p[w];
	if (wi >= 8) {
		double *hi = r + wi;
		const double *ph = p + wi;
#pragma GCC ivdep
		for (int64_t w = 0; w < Q - wi; w++)
			hi[w] = 2.0 * ph[w] - r[w];
	} else {
		for (int64_t w = wi; w < Q; w++)
			r[w] = 2.0 * p[w] - r[w - wi];
	}
	for (int64_t w = Q - lim; w < Q; w++)
		s += r[w];
	return s > 0.0 ? s : 0.0;
}

sn_error_t sn__power_dp_banzhaf(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				size_t max_memory)
{
	size_t n = g->n;
	int64_t *w = NULL, Q;
	double *p = NULL, *work = NULL, sum = 0.0, A, L = 0.0;
	sn_error_t err = sn__power_dp_fits(g, SN_POWER_BANZHAF, max_memory);

	if (err)
		return err;
	err = sn__power_result_alloc(r, indices, false);
	if (err)
		return err;
	w = malloc(n * sizeof *w);
	if (w == NULL)
		goto nomem;
	Q = reduce(w, &g->crit[0], n);
	p = calloc((size_t)Q + 1, sizeof *p);
	work = malloc((size_t)Q * sizeof *work);
	if (p == NULL || work == NULL)
		goto nomem;
	p[0] = 1.0;
	for (size_t j = 0; j < n; j++)
		if (w[j] > 0)
			add_player(p, Q, w[j]);
	/* Both from their own sums, so neither suffers cancellation when the other is near 1. */
	A = p[Q];
	for (int64_t x = 0; x < Q; x++)
		L += p[x];
	r->coleman_collectivity = A;
	r->winning = n > 1100 ? INFINITY : ldexp(A, (int)n);
	for (size_t i = 0; i < n; i++) {
		double b = w[i] > 0 ? swing_probability(p, work, Q, w[i]) : 0.0;
		sum += b;
		if (r->banzhaf_abs)
			r->banzhaf_abs[i] = b;
		if (r->coleman_prevent) {
			r->coleman_prevent[i] = b / (2.0 * A);
			r->coleman_initiate[i] = b / (2.0 * L);
		}
	}
	for (size_t i = 0; r->banzhaf && i < n; i++)
		r->banzhaf[i] = sum > 0.0 ? r->banzhaf_abs[i] / sum : 0.0;
	goto done;
nomem:
	err = sn_error_set(SN_ENOMEM, "power: out of memory in the exact dynamic programme");
done:
	free(w);
	free(p);
	free(work);
	return err;
}

/* 1 / (n C(n-1, k)) = k! (n-1-k)! / n!, the Shapley-Shubik weight of a swing at size k+1. */
static void ss_coefficients(long double *coef, size_t n)
{
	long double binom = 1.0L; /* C(n-1, k) */

	for (size_t k = 0; k < n; k++) {
		coef[k] = 1.0L / ((long double)n * binom);
		binom = binom * (long double)(n - 1 - k) / (long double)(k + 1);
	}
}

/*
 * c[k][w], w < Q: the number of coalitions of k players weighing w.
 * Unsigned 128-bit arithmetic wraps, but every count and every
 * deconvolved count is below 2^127, so the results are exact.
 */
static void ss_build(u128 *c, const int64_t *w, size_t n, int64_t Q)
{
	c[0] = 1;
	for (size_t j = 0; j < n; j++) {
		int64_t wj = w[j];
		if (wj >= Q)
			continue; /* adds nothing below the quota */
		for (size_t k = j + 1; k >= 1; k--) {
			u128 *row = c + k * (size_t)Q, *prev = row - Q;
			for (int64_t x = Q - 1; x >= wj; x--)
				row[x] += prev[x - wj];
		}
	}
}

/* Shapley-Shubik value of player i by dividing it out of c, row by row. */
static long double ss_player(const u128 *c, u128 *prev, u128 *cur, const long double *coef,
			     size_t n, int64_t Q, int64_t wi)
{
	long double value = 0.0L;
	int64_t lo = Q - wi > 0 ? Q - wi : 0;

	memset(prev, 0, (size_t)Q * sizeof *prev);
	for (size_t k = 0; k < n; k++) {
		const u128 *row = c + k * (size_t)Q;
		u128 window = 0;
		for (int64_t x = 0; x < Q; x++)
			cur[x] = row[x] - (x >= wi && wi < Q ? prev[x - wi] : 0);
		for (int64_t x = lo; x < Q; x++)
			window += cur[x];
		value += (long double)window * coef[k];
		u128 *t = prev;
		prev = cur;
		cur = t;
	}
	return value;
}

sn_error_t sn__power_dp_shapley(sn_power_result_t *r, const sn_game_t *g, size_t max_memory)
{
	size_t n = g->n;
	int64_t *w = NULL, Q;
	u128 *c = NULL, *rows = NULL;
	long double *coef = NULL;
	sn_error_t err = sn__power_dp_fits(g, SN_POWER_SHAPLEY, max_memory);

	if (err)
		return err;
	err = sn__power_result_alloc(r, SN_POWER_SHAPLEY, false);
	if (err)
		return err;
	w = malloc(n * sizeof *w);
	coef = malloc(n * sizeof *coef);
	if (w == NULL || coef == NULL)
		goto nomem;
	Q = reduce(w, &g->crit[0], n);
	c = calloc((n + 1) * (size_t)Q, sizeof *c);
	rows = malloc(2 * (size_t)Q * sizeof *rows);
	if (c == NULL || rows == NULL)
		goto nomem;
	ss_coefficients(coef, n);
	ss_build(c, w, n, Q);
	for (size_t i = 0; i < n; i++)
		r->shapley[i] = w[i] > 0 ?
			(double)ss_player(c, rows, rows + Q, coef, n, Q, w[i]) : 0.0;
	goto done;
nomem:
	err = sn_error_set(SN_ENOMEM, "power: out of memory in the exact dynamic programme");
done:
	free(w);
	free(coef);
	free(c);
	free(rows);
	return err;
}
