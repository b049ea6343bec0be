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
int64_t sn__power_reduce(int64_t *w, const sn__criterion_t *cr, size_t n)
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

/* The reduced quota and total of criterion 0, without keeping the weights. */
static void reduced(const sn_game_t *g, double *q, double *total)
{
	int64_t d = 0, Q = g->crit[0].quota;

	for (size_t i = 0; i < g->n; i++)
		d = gcd64(g->crit[0].w[i], d);
	if (d > 1)
		Q = Q / d + (Q % d != 0);
	*q = (double)Q;
	*total = (double)(d > 1 ? g->crit[0].total / d : g->crit[0].total);
}

/* Does the 128-bit count table of Shapley-Shubik fit? */
static bool ss_table_fits(const sn_game_t *g, double q, size_t max_memory)
{
	return g->n <= SS_MAX_PLAYERS &&
	       ((double)g->n + 1.0) * (q + 1.0) * (double)sizeof(u128) <= (double)max_memory;
}

sn_error_t sn__power_dp_fits(const sn_game_t *g, unsigned indices, size_t max_memory)
{
	double q, total, need;

	if (g->ncrit != 1)
		return sn_error_set(SN_EINVAL, "the exact dynamic programme needs one criterion");
	reduced(g, &q, &total);
	if (indices & SN_POWER_SHAPLEY) {
		if (ss_table_fits(g, q, max_memory))
			return SN_OK;
		/* The quadrature keeps the range up to max(q, T - q + 1). */
		need = (double)sn__power_mle_bytes((int64_t)(q > total - q + 1 ? q : total - q + 1));
	} else {
		need = (q + 1.0) * (sizeof(double) + sizeof(long double));
	}
	if (need > (double)max_memory)
		return sn_error_set(SN_ELIMIT, "the exact dynamic programme for quota %.0f "
				    "would need %.0f MiB, above the limit of %.0f MiB; use the "
				    "brute or montecarlo method or raise the memory limit",
				    q, need / 1048576.0, (double)max_memory / 1048576.0);
	return SN_OK;
}

double sn__power_dp_cost(const sn_game_t *g, unsigned indices, size_t max_memory)
{
	double q, total, n = (double)g->n;

	reduced(g, &q, &total);
	if (!(indices & SN_POWER_SHAPLEY))
		return n * q;
	if (ss_table_fits(g, q, max_memory))
		return 4.0 * n * n * q / 2.0; /* 128-bit additions cost about four */
	return (n + 1.0) / 4.0 * n * (q > total - q + 1 ? q : total - q + 1);
}

/*
 * Adds a player of weight wj to the distribution p[0..Q) of coalition
 * weights (as probabilities, each coalition 2^-m), with p[Q] the mass at or
 * above the quota.  `top` is the largest weight reached so far (p is zero
 * above it), so the pass touches only the non-zero part.
 */
static void add_player(double *p, int64_t Q, int64_t wj, int64_t top)
{
	int64_t end = top < Q - 1 ? top : Q - 1; /* last index that may be non-zero */
	int64_t hi_end = top + wj < Q - 1 ? top + wj : Q - 1;

	if (wj >= Q) {
		p[Q] = 0.5 * p[Q] + 0.5;
		for (int64_t w = 0; w <= end; w++)
			p[w] *= 0.5;
		return;
	}
	double window = 0.0;
	for (int64_t w = Q - wj; w <= end; w++)
		window += p[w];
	p[Q] += 0.5 * window;
	/*
	 * Descending, so p[w - wj] still holds the old value.  Halving is exact
	 * in binary floating point, so each step rounds once.  The loop may be
	 * vectorised when wj >= 8: a vector of 8 never reads what it writes.
	 */
	if (wj >= 8) {
		double *hi = p + wj;
#pragma GCC ivdep
		for (int64_t w = hi_end - wj; w >= 0; w--)
			hi[w] = 0.5 * (hi[w] + p[w]);
	} else {
		for (int64_t w = hi_end; w >= wj; w--)
			p[w] = 0.5 * (p[w] + p[w - wj]);
	}
	for (int64_t w = 0; w < wj && w <= end; w++)
		p[w] *= 0.5;
}

/*
 * The probability that a random coalition of the others weighs in
 * [Q - wi, Q), from the distribution function G(x) = P(W < x) of all
 * players: with F(x) = P(W_-i < x), G(x) = (F(x) + F(x - wi)) / 2, which
 * unrolls to F(Q) - F(Q - wi) = 2 G(Q) - 4 G(Q - wi) + 4 G(Q - 2 wi) - ...
 * (the remove-one-player step evaluated on the one chain needed):
 * O(Q / wi) per player instead of O(Q).
 */
static double swing_probability(const long double *G, int64_t Q, int64_t wi)
{
	long double s = 2.0L * G[Q], sign = -4.0L;

	for (int64_t x = Q - wi; x > 0; x -= wi) {
		s += sign * G[x];
		sign = -sign;
	}
	return s > 0.0L ? (double)s : 0.0;
}

/* Players by ascending weight, so the non-zero part of p grows slowly. */
static int cmp_weight(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

sn_error_t sn__power_dp_banzhaf(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				size_t max_memory)
{
	size_t n = g->n;
	int64_t *w = NULL, *sorted = NULL, Q, top = 0;
	double *p = NULL, A;
	long double *G = NULL, sum = 0.0L;
	sn_error_t err = sn__power_dp_fits(g, SN_POWER_BANZHAF, max_memory);

	if (err)
		return err;
	err = sn__power_result_alloc(r, indices, false);
	if (err)
		return err;
	w = malloc(n * sizeof *w);
	sorted = malloc(n * sizeof *sorted);
	if (w == NULL || sorted == NULL)
		goto nomem;
	Q = sn__power_reduce(w, &g->crit[0], n);
	p = calloc((size_t)Q + 1, sizeof *p);
	G = malloc(((size_t)Q + 1) * sizeof *G);
	if (p == NULL || G == NULL)
		goto nomem;
	memcpy(sorted, w, n * sizeof *w);
	qsort(sorted, n, sizeof *sorted, cmp_weight);
	p[0] = 1.0;
	for (size_t j = 0; j < n; j++)
		if (sorted[j] > 0) {
			add_player(p, Q, sorted[j], top);
			top = top > Q ? Q : top + sorted[j];
		}
	/* G in extended precision: a difference G(b) - G(a) then only carries the rounding of the terms between. */
	G[0] = 0.0L;
	for (int64_t x = 0; x < Q; x++)
		G[x + 1] = G[x] + p[x];
	/* Both from their own sums, so neither suffers cancellation when the other is near 1. */
	A = p[Q];
	r->coleman_collectivity = A;
	r->winning = n > 1100 ? INFINITY : ldexp(A, (int)n);
	for (size_t i = 0; i < n; i++) {
		double b = w[i] > 0 ? swing_probability(G, Q, w[i]) : 0.0;
		sum += b;
		if (r->banzhaf_abs)
			r->banzhaf_abs[i] = b;
		if (r->coleman_prevent) {
			r->coleman_prevent[i] = b / (2.0 * A);
			r->coleman_initiate[i] = b / (2.0 * (double)G[Q]);
		}
	}
	for (size_t i = 0; r->banzhaf && i < n; i++)
		r->banzhaf[i] = sum > 0.0L ? (double)(r->banzhaf_abs[i] / sum) : 0.0;
	goto done;
nomem:
	err = sn_error_set(SN_ENOMEM, "power: out of memory in the exact dynamic programme");
done:
	free(w);
	free(sorted);
	free(p);
	free(G);
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
 * Row k of c (stride Q + 1) ends up holding C_k(x), the number of
 * coalitions of k players weighing less than x, for x = 0..Q.  Unsigned
 * 128-bit arithmetic wraps, but every count and every alternating sum
 * below is in the end a count below 2^127, so the results are exact.
 */
static void ss_build(u128 *c, const int64_t *w, size_t n, int64_t Q)
{
	size_t stride = (size_t)Q + 1;

	c[0] = 1;
	for (size_t j = 0; j < n; j++) {
		int64_t wj = w[j];
		if (wj >= Q)
			continue; /* adds nothing below the quota */
		for (size_t k = j + 1; k >= 1; k--) {
			u128 *row = c + k * stride, *prev = row - stride;
			for (int64_t x = Q - 1; x >= wj; x--)
				row[x] += prev[x - wj];
		}
	}
	for (size_t k = 0; k <= n; k++) {
		u128 *row = c + k * stride, run = 0;
		for (int64_t x = 0; x <= Q; x++) {
			u128 t = row[x];
			row[x] = run;
			run += t;
		}
	}
}

/*
 * Shapley-Shubik value of player i.  Dividing i out of the counts gives
 * c_-i[k][w] = sum_j (-1)^j c[k-j][w - j wi]; summed over the swing window
 * [Q - wi, Q) that is sum_j (-1)^j (C_{k-j}(Q - j wi) - C_{k-j}(Q - (j+1) wi)),
 * O(min(k, Q / wi)) per size k.
 */
static long double ss_player(const u128 *c, const long double *coef, size_t n, int64_t Q,
			     int64_t wi)
{
	size_t stride = (size_t)Q + 1;
	long double value = 0.0L;

	for (size_t k = 0; k < n; k++) {
		u128 window = 0;
		for (size_t j = 0; j <= k; j++) {
			int64_t hi = Q - (int64_t)j * wi, lo = hi - wi;
			if (hi <= 0)
				break;
			const u128 *row = c + (k - j) * stride;
			u128 part = row[hi] - row[lo > 0 ? lo : 0];
			if (j % 2 == 0)
				window += part;
			else
				window -= part;
		}
		value += (long double)window * coef[k];
	}
	return value;
}

sn_error_t sn__power_dp_shapley(sn_power_result_t *r, const sn_game_t *g, size_t max_memory)
{
	size_t n = g->n;
	int64_t *w = NULL, Q;
	u128 *c = NULL;
	long double *coef = NULL;
	sn_error_t err = sn__power_dp_fits(g, SN_POWER_SHAPLEY, max_memory);

	if (err)
		return err;
	double q, total;
	reduced(g, &q, &total);
	if (!ss_table_fits(g, q, max_memory))
		return sn__power_mle_shapley(r, g, max_memory);
	err = sn__power_result_alloc(r, SN_POWER_SHAPLEY, false);
	if (err)
		return err;
	w = malloc(n * sizeof *w);
	coef = malloc(n * sizeof *coef);
	if (w == NULL || coef == NULL)
		goto nomem;
	Q = sn__power_reduce(w, &g->crit[0], n);
	c = calloc((n + 1) * ((size_t)Q + 1), sizeof *c);
	if (c == NULL)
		goto nomem;
	ss_coefficients(coef, n);
	ss_build(c, w, n, Q);
	for (size_t i = 0; i < n; i++)
		r->shapley[i] = w[i] > 0 ?
			(double)ss_player(c, coef, n, Q, w[i]) : 0.0;
	goto done;
nomem:
	err = sn_error_set(SN_ENOMEM, "power: out of memory in the exact dynamic programme");
done:
	free(w);
	free(coef);
	free(c);
	return err;
}

/*
 * Counts minimal winning coalitions of a one-criterion game (with
 * `blocking`, the minimal blocking ones: S blocks iff w(S) >= T - q + 1, so
 * they are the minimal winning coalitions of that quota).  Taking players
 * by descending weight, a minimal winning coalition is counted once, at its
 * lightest member j: the heavier members T weigh q - w_j <= w(T) < q.  The
 * counts of subsets of the heavier players by weight below q are kept in
 * double precision (exact below 2^53; otherwise relative error below
 * n 2^-53).  O(n q) time, 8 q bytes.
 */
sn_error_t sn__power_count_minimal(double *out, const sn_game_t *g, bool blocking,
				   size_t max_memory)
{
	size_t n = g->n;
	int64_t *w = NULL, Q, total = 0, top = 0;
	double *cnt = NULL, found = 0.0;
	sn_error_t err = SN_OK;

	w = malloc(n * sizeof *w);
	if (w == NULL)
		return sn_error_set(SN_ENOMEM, "coalitions: out of memory");
	Q = sn__power_reduce(w, &g->crit[0], n);
	for (size_t i = 0; i < n; i++)
		total += w[i];
	if (blocking)
		Q = total - Q + 1;
	if ((double)Q * sizeof(double) > (double)max_memory) {
		err = sn_error_set(SN_ELIMIT, "counting minimal coalitions for quota %lld would "
				   "need %.0f MiB, above the limit of %.0f MiB", (long long)Q,
				   (double)Q * sizeof(double) / 1048576.0,
				   (double)max_memory / 1048576.0);
		goto done;
	}
	cnt = calloc((size_t)Q, sizeof *cnt);
	if (cnt == NULL) {
		err = sn_error_set(SN_ENOMEM, "coalitions: out of memory");
		goto done;
	}
	qsort(w, n, sizeof *w, cmp_weight);
	cnt[0] = 1.0;
	for (size_t k = n; k-- > 0;) {
		int64_t wj = w[k], end = top + wj < Q - 1 ? top + wj : Q - 1;
		if (wj == 0)
			continue;
		for (int64_t x = Q - wj > 0 ? Q - wj : 0; x <= top && x < Q; x++)
			found += cnt[x];
		/* Descending in place, as in add_player(). */
		if (wj >= 8) {
			double *hi = cnt + wj;
#pragma GCC ivdep
			for (int64_t x = end - wj; x >= 0; x--)
				hi[x] += cnt[x];
		} else {
			for (int64_t x = end; x >= wj; x--)
				cnt[x] += cnt[x - wj];
		}
		top = end;
	}
	*out = (double)found;
done:
	free(w);
	free(cnt);
	return err;
}
