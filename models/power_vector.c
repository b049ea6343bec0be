/*
 * Exact Banzhaf and Coleman indices of a vector-weighted game (several
 * criteria) by dynamic programming over the quota vector.
 *
 * A state is the vector of a coalition's weights, each criterion capped at
 * its quota (weight w_c stored as min(w_c, q_c)), so there are
 * prod_c (q_c + 1) states after dividing each criterion by its gcd.  The
 * distribution of coalition states is kept as probabilities (each coalition
 * of m players 2^-m; halving is exact), so no count overflows for any n.
 * The distribution of "everyone but i" for every i comes from divide and
 * conquer: the players outside a range are added once per level, so all n
 * players cost O(S n log n) time and (log2 n + 3) S doubles of memory,
 * S the number of states.  Nothing is scaled or rounded: when the states do
 * not fit `max_memory` the caller gets SN_ELIMIT, never an approximation.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/power.h"
#include "models/game_private.h"

typedef struct {
	size_t n, k;          /* players, criteria */
	int64_t *w;           /* [n * k] reduced weights, player-major */
	int64_t *q;           /* [k] reduced quotas */
	size_t *stride;       /* [k] mixed-radix strides of the state index */
	size_t states;        /* prod (q_c + 1) */
} vgame_t;

/* Number of states, as a double (may exceed size_t); reduced quotas into q when non-NULL. */
static double state_count(const sn_game_t *g, int64_t *q, int64_t *w)
{
	double s = 1.0;

	for (size_t c = 0; c < g->ncrit; c++) {
		int64_t *wc = malloc(g->n * sizeof *wc), qc;
		if (wc == NULL)
			return INFINITY;
		qc = sn__power_reduce(wc, &g->crit[c], g->n);
		if (q)
			q[c] = qc;
		for (size_t i = 0; w && i < g->n; i++)
			w[i * g->ncrit + c] = wc[i];
		free(wc);
		s *= (double)qc + 1.0;
	}
	return s;
}

static size_t levels(size_t n)
{
	size_t d = 1;

	while (((size_t)1 << (d - 1)) < n)
		d++;
	return d;
}

/* Bytes the DP needs: one buffer per recursion level plus the whole-game pass. */
static double bytes_needed(double states, size_t n)
{
	return states * (double)sizeof(double) * (double)(levels(n) + 3);
}

sn_error_t sn__power_vector_fits(const sn_game_t *g, size_t max_memory)
{
	double states = state_count(g, NULL, NULL), need = bytes_needed(states, g->n);

	if (need > (double)max_memory)
		return sn_error_set(SN_ELIMIT, "the exact dynamic programme over the quota vector "
				    "has %.0f states (the product over the %zu criteria of quota + 1, "
				    "after dividing each by the gcd of its weights) and would need "
				    "%.0f MiB, above the limit of %.0f MiB; weights are never scaled "
				    "to fit (that would not be exact): use the montecarlo method or "
				    "raise the memory limit",
				    states, g->ncrit, need / 1048576.0, (double)max_memory / 1048576.0);
	return SN_OK;
}

double sn__power_vector_cost(const sn_game_t *g)
{
	double n = (double)g->n;

	return state_count(g, NULL, NULL) * (double)g->ncrit * n * ((double)levels(g->n) + 1.0);
}

/* The state reached from state s by adding weights w (capped at the quotas). */
static size_t shifted(const vgame_t *v, size_t s, const int64_t *w)
{
	size_t t = 0;

	for (size_t c = v->k; c-- > 0;) {
		size_t x = s / v->stride[c];
		s %= v->stride[c];
		int64_t y = (int64_t)x + w[c];
		t += (size_t)(y > v->q[c] ? v->q[c] : y) * v->stride[c];
	}
	return t;
}

/* dst = the distribution src with players [lo, hi) added; src and dst distinct. */
static void add_players(const vgame_t *v, double *dst, const double *src, size_t lo, size_t hi,
			double *tmp)
{
	memcpy(dst, src, v->states * sizeof *dst);
	for (size_t i = lo; i < hi; i++) {
		memset(tmp, 0, v->states * sizeof *tmp);
		for (size_t s = 0; s < v->states; s++)
			if (dst[s] != 0.0) {
				tmp[s] += 0.5 * dst[s];
				tmp[shifted(v, s, v->w + i * v->k)] += 0.5 * dst[s];
			}
		memcpy(dst, tmp, v->states * sizeof *dst);
	}
}

static bool wins(const vgame_t *v, size_t s)
{
	for (size_t c = 0; c < v->k; c++)
		if ((int64_t)((s / v->stride[c]) % ((size_t)v->q[c] + 1)) < v->q[c])
			return false;
	return true;
}

/* P(the others lose and win with i), p the distribution of the others. */
static double swing(const vgame_t *v, const double *p, size_t i)
{
	long double b = 0.0L;

	for (size_t s = 0; s < v->states; s++)
		if (p[s] != 0.0 && !wins(v, s) && wins(v, shifted(v, s, v->w + i * v->k)))
			b += p[s];
	return (double)b;
}

/* For each i in [lo, hi): abs[i] = swing of i, given `outside` (players outside the range). */
static void solve(const vgame_t *v, const double *outside, size_t lo, size_t hi, double **buf,
		  double *tmp, double *abs)
{
	if (hi - lo == 1) {
		abs[lo] = swing(v, outside, lo);
		return;
	}
	size_t mid = lo + (hi - lo) / 2;
	add_players(v, buf[0], outside, mid, hi, tmp);
	solve(v, buf[0], lo, mid, buf + 1, tmp, abs);
	add_players(v, buf[0], outside, lo, mid, tmp);
	solve(v, buf[0], mid, hi, buf + 1, tmp, abs);
}

static void vgame_free(vgame_t *v)
{
	free(v->w);
	free(v->q);
	free(v->stride);
}

static sn_error_t vgame_init(vgame_t *v, const sn_game_t *g)
{
	v->n = g->n;
	v->k = g->ncrit;
	v->w = malloc(g->n * g->ncrit * sizeof *v->w);
	v->q = malloc(g->ncrit * sizeof *v->q);
	v->stride = malloc(g->ncrit * sizeof *v->stride);
	if (v->w == NULL || v->q == NULL || v->stride == NULL)
		return SN_ENOMEM;
	v->states = (size_t)state_count(g, v->q, v->w);
	for (size_t c = 0, st = 1; c < v->k; c++) {
		v->stride[c] = st;
		st *= (size_t)v->q[c] + 1;
	}
	return SN_OK;
}

sn_error_t sn__power_vector_banzhaf(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				    size_t max_memory)
{
	vgame_t v = { 0 };
	size_t nbuf = levels(g->n) + 3;
	double **buf = NULL, *abs = NULL, A = 0.0;
	long double sum = 0.0L;
	sn_error_t err = sn__power_vector_fits(g, max_memory);

	if (err)
		return err;
	err = sn__power_result_alloc(r, indices, false);
	if (!err)
		err = vgame_init(&v, g);
	buf = err ? NULL : calloc(nbuf, sizeof *buf);
	abs = err ? NULL : malloc(g->n * sizeof *abs);
	if (err || buf == NULL || abs == NULL)
		goto nomem;
	for (size_t b = 0; b < nbuf; b++)
		if ((buf[b] = calloc(v.states, sizeof **buf)) == NULL)
			goto nomem;
	/* buf[0]: the empty coalition; buf[1]: everyone, for the collectivity to act. */
	buf[0][0] = 1.0;
	add_players(&v, buf[1], buf[0], 0, g->n, buf[2]);
	for (size_t s = 0; s < v.states; s++)
		if (wins(&v, s))
			A += buf[1][s];
	solve(&v, buf[0], 0, g->n, buf + 1, buf[nbuf - 1], abs);
	r->coleman_collectivity = A;
	r->winning = g->n > 1100 ? INFINITY : ldexp(A, (int)g->n);
	for (size_t i = 0; i < g->n; i++) {
		sum += abs[i];
		if (r->banzhaf_abs)
			r->banzhaf_abs[i] = abs[i];
		if (r->coleman_prevent) {
			r->coleman_prevent[i] = abs[i] / (2.0 * A);
			r->coleman_initiate[i] = abs[i] / (2.0 * (1.0 - A));
		}
	}
	for (size_t i = 0; r->banzhaf && i < g->n; i++)
		r->banzhaf[i] = sum > 0.0L ? (double)(abs[i] / sum) : 0.0;
	goto done;
nomem:
	err = sn_error_set(SN_ENOMEM, "power: out of memory in the exact vector dynamic programme");
done:
	for (size_t b = 0; buf && b < nbuf; b++)
		free(buf[b]);
	free(buf);
	free(abs);
	vgame_free(&v);
	return err;
}
