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
	size_t *x;            /* [k] scratch coordinates of a row */
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

/*
 * The states come in rows: criterion 0 has stride 1, so a row is the q_0 + 1
 * states that share the other coordinates x[1..k).  Rows are walked with
 * an odometer over x, so no state index is ever divided.
 */
static void next_row(const vgame_t *v, size_t *x)
{
	for (size_t c = 1; c < v->k; c++) {
		if ((int64_t)++x[c] <= v->q[c])
			return;
		x[c] = 0;
	}
}

/* Index of the row reached from row x by adding w (criteria 1..k, capped). */
static size_t row_shifted(const vgame_t *v, const size_t *x, const int64_t *w)
{
	size_t t = 0;

	for (size_t c = 1; c < v->k; c++) {
		int64_t y = (int64_t)x[c] + w[c];
		t += (size_t)(y > v->q[c] ? v->q[c] : y) * v->stride[c];
	}
	return t;
}

/* Whether x + w meets the quotas of criteria 1..k. */
static bool row_wins(const vgame_t *v, const size_t *x, const int64_t *w, bool add)
{
	for (size_t c = 1; c < v->k; c++)
		if ((int64_t)x[c] + (add ? w[c] : 0) < v->q[c])
			return false;
	return true;
}

/* dst = src with the player of weights w added (each coalition splits in two halves). */
static void add_one(const vgame_t *v, double *dst, const double *src, const int64_t *w)
{
	size_t row = (size_t)v->q[0] + 1;
	int64_t q0 = v->q[0];

	memset(dst, 0, v->states * sizeof *dst);
	memset(v->x, 0, v->k * sizeof *v->x);
	for (size_t base = 0; base < v->states; base += row, next_row(v, v->x)) {
		double *to = dst + row_shifted(v, v->x, w);
		for (int64_t x0 = 0; x0 <= q0; x0++) {
			double h = 0.5 * src[base + (size_t)x0];
			dst[base + (size_t)x0] += h;
			to[x0 + w[0] > q0 ? q0 : x0 + w[0]] += h;
		}
	}
}

/* dst = the distribution src with players [lo, hi) added; src and dst distinct. */
static void add_players(const vgame_t *v, double *dst, const double *src, size_t lo, size_t hi,
			double *tmp)
{
	memcpy(dst, src, v->states * sizeof *dst);
	for (size_t i = lo; i < hi; i++) {
		add_one(v, tmp, dst, v->w + i * v->k);
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
	const int64_t *w = v->w + i * v->k;
	size_t row = (size_t)v->q[0] + 1;
	int64_t q0 = v->q[0];
	long double b = 0.0L;

	memset(v->x, 0, v->k * sizeof *v->x);
	for (size_t base = 0; base < v->states; base += row, next_row(v, v->x)) {
		if (!row_wins(v, v->x, w, true))
			continue;
		/* x0 from which S + i wins; from q0 on S wins too, when its other criteria do. */
		int64_t from = q0 - w[0] > 0 ? q0 - w[0] : 0;
		int64_t to = row_wins(v, v->x, w, false) ? q0 : q0 + 1;
		for (int64_t x0 = from; x0 < to; x0++)
			b += p[base + (size_t)x0];
	}
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
	free(v->x);
}

static sn_error_t vgame_init(vgame_t *v, const sn_game_t *g)
{
	v->n = g->n;
	v->k = g->ncrit;
	v->w = malloc(g->n * g->ncrit * sizeof *v->w);
	v->q = malloc(g->ncrit * sizeof *v->q);
	v->stride = malloc(g->ncrit * sizeof *v->stride);
	v->x = calloc(g->ncrit, sizeof *v->x);
	if (v->w == NULL || v->q == NULL || v->stride == NULL || v->x == NULL)
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
