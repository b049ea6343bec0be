/*
 * Exact Banzhaf, Coleman and Shapley-Shubik indices of a vector-weighted
 * game (several criteria) by dynamic programming over the quota vector.
 *
 * A state is the vector of a coalition's weights, each criterion capped at
 * its quota (weight w_c stored as min(w_c, q_c)), so there are
 * prod_c (q_c + 1) states after dividing each criterion by its gcd.  The
 * distribution of coalition states is kept as probabilities (each coalition
 * of m players 2^-m; halving is exact), so no count overflows for any n.
 * The distribution of "everyone but i" for every i comes from divide and
 * conquer: the players outside a range are added once per level, so all n
 * players cost O(S n log n) time and (ceil(log2 n) + 4) S doubles of
 * memory, S the number of states.  Shapley-Shubik keeps one such layer per
 * coalition size (n times the memory).  Nothing is scaled or rounded: when
 * the states do not fit `max_memory` the caller gets SN_ELIMIT, never an
 * approximation.
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
	size_t layers;        /* 1 (Banzhaf) or n, one per coalition size (Shapley-Shubik) */
	size_t *x;            /* [k] scratch coordinates of a row */
} vgame_t;

/*
 * Number of states, as a double (may exceed size_t); reduced quotas into q
 * and weights into w when non-NULL.  INFINITY when out of memory.
 */
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

/* Buffers of the divide and conquer for n players, each `layers` x S doubles. */
static size_t nbuffers(size_t n)
{
	return levels(n) + 3;
}

/* Layers of the DP for `index`: one, or one per coalition size for Shapley-Shubik. */
static double layers_for(const sn_game_t *g, unsigned index)
{
	return index & SN_POWER_SHAPLEY ? (double)g->n : 1.0;
}

/* Bytes the DP needs: one buffer per recursion level plus the whole-game pass. */
static double bytes_needed(double cells, size_t n)
{
	return cells * (double)sizeof(double) * (double)nbuffers(n);
}

sn_error_t sn__power_vector_fits(const sn_game_t *g, unsigned index, size_t max_memory)
{
	double states = state_count(g, NULL, NULL), layers = layers_for(g, index);
	double need = bytes_needed(states * layers, g->n);

	if (isinf(states))
		return sn_error_set(SN_ENOMEM, "power: out of memory");
	if (need > (double)max_memory)
		return sn_error_set(SN_ELIMIT, "the exact dynamic programme over the quota vector "
				    "has %.0f states (the product over the %zu criteria of quota + 1, "
				    "after dividing each by the gcd of its weights)%s and would need "
				    "%.0f MiB, above the limit of %.0f MiB; weights are never scaled "
				    "to fit (that would not be exact): use the montecarlo method or "
				    "raise the memory limit",
				    states, g->ncrit, layers > 1 ? " times the coalition sizes" : "",
				    need / 1048576.0, (double)max_memory / 1048576.0);
	return SN_OK;
}

double sn__power_vector_cost(const sn_game_t *g, unsigned index)
{
	double n = (double)g->n, layers = layers_for(g, index);

	return state_count(g, NULL, NULL) * (layers > 1 ? layers / 2 : 1) * (double)g->ncrit * n *
	       ((double)levels(g->n) + 1.0);
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

/* stay += a src; move[the state src's plus w] += b src, over all states of one layer. */
static void add_layer(const vgame_t *v, double *stay, double *move, const double *src,
		      const int64_t *w, double a, double b)
{
	size_t row = (size_t)v->q[0] + 1;
	int64_t q0 = v->q[0];

	memset(v->x, 0, v->k * sizeof *v->x);
	for (size_t base = 0; base < v->states; base += row, next_row(v, v->x)) {
		double *to = move + row_shifted(v, v->x, w);
		for (int64_t x0 = 0; x0 <= q0; x0++) {
			double h = src[base + (size_t)x0];
			stay[base + (size_t)x0] += a * h;
			to[x0 + w[0] > q0 ? q0 : x0 + w[0]] += b * h;
		}
	}
}

/*
 * dst = src (a distribution of m players) with the player of weights w
 * added.  One layer: each coalition splits in two halves.  Layers by size
 * (Shapley-Shubik): layer s holds count(s, x) / C(m, s), which becomes
 * (m + 1 - s)/(m + 1) of itself plus s/(m + 1) of layer s - 1 shifted by w;
 * every coefficient is at most 1, so nothing overflows for any n.
 */
static void add_one(const vgame_t *v, double *dst, const double *src, const int64_t *w, size_t m)
{
	size_t S = v->states;

	memset(dst, 0, v->layers * S * sizeof *dst);
	if (v->layers == 1) {
		add_layer(v, dst, dst, src, w, 0.5, 0.5);
		return;
	}
	for (size_t k = 0; k <= m && k + 1 < v->layers; k++)
		add_layer(v, dst + k * S, dst + (k + 1) * S, src + k * S, w,
			  (double)(m + 1 - k) / (double)(m + 1), (double)(k + 1) / (double)(m + 1));
}

/* dst = the distribution src (of m players) with players [lo, hi) added; src and dst distinct. */
static void add_players(const vgame_t *v, double *dst, const double *src, size_t m, size_t lo,
			size_t hi, double *tmp)
{
	size_t bytes = v->layers * v->states * sizeof *dst;

	memcpy(dst, src, bytes);
	for (size_t i = lo; i < hi; i++, m++) {
		add_one(v, tmp, dst, v->w + i * v->k, m);
		memcpy(dst, tmp, bytes);
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

/*
 * For each i in [lo, hi): out[i] = the swing probability of i (one layer)
 * or its Shapley-Shubik index, the mean over sizes of the swing shares
 * (layers), given `outside`, the m players outside the range.
 */
static void solve(const vgame_t *v, const double *outside, size_t m, size_t lo, size_t hi,
		  double **buf, double *tmp, double *out)
{
	if (hi - lo == 1) {
		long double sum = 0.0L;
		for (size_t k = 0; k < v->layers; k++)
			sum += swing(v, outside + k * v->states, lo);
		out[lo] = (double)(v->layers == 1 ? sum : sum / (long double)v->layers);
		return;
	}
	size_t mid = lo + (hi - lo) / 2;
	add_players(v, buf[0], outside, m, mid, hi, tmp);
	solve(v, buf[0], m + hi - mid, lo, mid, buf + 1, tmp, out);
	add_players(v, buf[0], outside, m, lo, mid, tmp);
	solve(v, buf[0], m + mid - lo, mid, hi, buf + 1, tmp, out);
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
	double states = state_count(g, v->q, v->w);
	if (isinf(states))
		return SN_ENOMEM;
	v->states = (size_t)states;
	for (size_t c = 0, st = 1; c < v->k; c++) {
		v->stride[c] = st;
		st *= (size_t)v->q[c] + 1;
	}
	return SN_OK;
}

/*
 * Runs the DP with `layers` (1 or n) into out[0..n); `A`, NULL or only with
 * one layer, receives the probability that a random coalition wins.
 */
static sn_error_t run_dp(const sn_game_t *g, size_t layers, double *out, double *A)
{
	vgame_t v = { 0 };
	size_t nbuf = nbuffers(g->n);
	double **buf = calloc(nbuf, sizeof *buf);
	sn_error_t err = buf ? vgame_init(&v, g) : SN_ENOMEM;

	v.layers = layers;
	for (size_t b = 0; !err && b < nbuf; b++)
		if ((buf[b] = calloc(layers * v.states, sizeof **buf)) == NULL)
			err = SN_ENOMEM;
	if (!err) {
		/* buf[0]: the empty coalition; when A is asked for (one layer), buf[1]: everyone. */
		buf[0][0] = 1.0;
		if (A) {
			long double a = 0.0L;
			add_players(&v, buf[1], buf[0], 0, 0, g->n, buf[2]);
			for (size_t s = 0; s < v.states; s++)
				if (wins(&v, s))
					a += buf[1][s];
			*A = (double)a;
		}
		solve(&v, buf[0], 0, 0, g->n, buf + 1, buf[nbuf - 1], out);
	}
	for (size_t b = 0; buf && b < nbuf; b++)
		free(buf[b]);
	free(buf);
	vgame_free(&v);
	return err ? sn_error_set(SN_ENOMEM, "power: out of memory in the exact vector dynamic "
				  "programme") : SN_OK;
}

sn_error_t sn__power_vector_banzhaf(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				    size_t max_memory)
{
	double *abs = NULL, A = 0.0;
	long double sum = 0.0L;
	sn_error_t err = sn__power_vector_fits(g, SN_POWER_BANZHAF, max_memory);

	if (!err)
		err = sn__power_result_alloc(r, indices, false);
	if (!err && (abs = malloc(g->n * sizeof *abs)) == NULL)
		err = sn_error_set(SN_ENOMEM, "power: out of memory");
	if (!err)
		err = run_dp(g, 1, abs, &A);
	if (err) {
		free(abs);
		return err;
	}
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
	free(abs);
	return SN_OK;
}

sn_error_t sn__power_vector_shapley(sn_power_result_t *r, const sn_game_t *g, size_t max_memory)
{
	sn_error_t err = sn__power_vector_fits(g, SN_POWER_SHAPLEY, max_memory);

	if (!err)
		err = sn__power_result_alloc(r, SN_POWER_SHAPLEY, false);
	if (!err)
		err = run_dp(g, g->n, r->shapley, NULL);
	return err;
}
