/*
 * Exact Shapley-Shubik indices of large weighted majority games through
 * Owen's multilinear extension (Owen 1972):
 *
 *   phi_i = integral over t in [0,1] of f_i(t),
 *   f_i(t) = P(q - w_i <= W_-i(t) < q),
 *
 * where W_-i(t) is the weight of a random coalition of the other players,
 * each in independently with probability t.  f_i is a polynomial of degree
 * n - 1 in t, so Gauss-Legendre quadrature with ceil(n/2) nodes integrates
 * it exactly; what remains is rounding.
 *
 * At each node the distribution of W(t) below the quota comes from the
 * generating-function pass of power_dp.c, with probabilities (1-t, t); each
 * player is divided out along one chain,
 *   F(x) = (G(x) - t F(x - w_i)) / (1 - t),   G(x) = P(W < x),
 * which damps errors only for t <= 1/2.  A node t > 1/2 is therefore
 * evaluated through the complement: a coalition drawn with probability t
 * is the complement of one drawn with probability 1 - t, and the swing
 * window [q - w_i, q) maps to (T_-i - q, T_-i - q + w_i].  Nodes come in
 * pairs t, 1 - t, so one pass with s = min(t, 1 - t) serves both.
 *
 * Error: every F is a combination of the p[w] with coefficients in
 * [0, 1/(1-s)] (partial sums of an alternating geometric series), so the
 * relative rounding of p (below 2n 2^-53) moves f_i by at most 4n 2^-53;
 * the chains run in long double.  The quadrature weights sum to 1, so each
 * index is off by at most about 4n 2^-53 (1e-13 for n = 290).
 */
#include "config.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_integration.h>

#include "samnet/power.h"
#include "models/game_private.h"

typedef struct {
	const int64_t *w;       /* [n] reduced weights */
	const int64_t *sorted;  /* [n] ascending */
	size_t n;
	int64_t Q;              /* reduced quota */
	int64_t A;              /* T - Q + 1: the window for the complement */
	int64_t R;              /* max(Q, A): the range kept */
	const double *s;        /* [npairs] node s = min(t, 1 - t) */
	const double *weight;   /* [npairs] quadrature weight of each node */
	const bool *single;     /* [npairs] the middle node t = 1/2, counted once */
	size_t npairs;
	double *value;          /* [npairs * n] contributions */
	size_t next;            /* next pair to take */
	pthread_mutex_t lock;
	bool nomem;
} mle_t;

/* The distribution p[0..R) of W for inclusion probability s, players ascending. */
static void forward(double *p, const mle_t *m, double s)
{
	int64_t top = 0, R = m->R;
	double keep = 1.0 - s;

	memset(p, 0, (size_t)R * sizeof *p);
	p[0] = 1.0;
	for (size_t j = 0; j < m->n; j++) {
		int64_t wj = m->sorted[j];
		int64_t end = top + wj < R - 1 ? top + wj : R - 1;
		if (wj == 0)
			continue;
		if (wj >= 8) {
			double *hi = p + wj;
#pragma GCC ivdep
			for (int64_t x = end - wj; x >= 0; x--)
				hi[x] = keep * hi[x] + s * p[x];
		} else {
			for (int64_t x = end; x >= wj; x--)
				p[x] = keep * p[x] + s * p[x - wj];
		}
		for (int64_t x = 0; x < wj && x <= end; x++)
			p[x] *= keep;
		top = end;
	}
}

/* P(x0 - wi <= W_-i < x0) for inclusion probability s, from G = the distribution function. */
static long double window(const long double *G, int64_t x0, int64_t wi, long double s)
{
	long double F = 0.0L, Fprev = 0.0L;
	int64_t x = x0 - (x0 - 1) / wi * wi; /* the smallest positive point of the chain */

	for (; x <= x0; x += wi) {
		Fprev = F;
		F = (G[x] - s * F) / (1.0L - s);
	}
	return F - Fprev;
}

static void node(mle_t *m, size_t k, double *p, long double *G)
{
	double s = m->s[k];
	long double sl = s;
	double *out = m->value + k * m->n;

	forward(p, m, s);
	G[0] = 0.0L;
	for (int64_t x = 0; x < m->R; x++)
		G[x + 1] = G[x] + p[x];
	for (size_t i = 0; i < m->n; i++) {
		int64_t wi = m->w[i];
		if (wi == 0) {
			out[i] = 0.0;
			continue;
		}
		/* t = s: the swing window itself; t = 1 - s: its complement. */
		long double lo = window(G, m->Q, wi, sl);
		long double hi = m->single[k] ? 0.0L : window(G, m->A, wi, sl);
		out[i] = (double)(m->weight[k] * (lo + hi));
	}
}

static void *worker(void *arg)
{
	mle_t *m = arg;
	double *p = malloc((size_t)m->R * sizeof *p);
	long double *G = malloc(((size_t)m->R + 1) * sizeof *G);

	for (;;) {
		size_t k;
		pthread_mutex_lock(&m->lock);
		if (p == NULL || G == NULL)
			m->nomem = true;
		k = m->nomem ? m->npairs : m->next++;
		pthread_mutex_unlock(&m->lock);
		if (k >= m->npairs)
			break;
		node(m, k, p, G);
	}
	free(p);
	free(G);
	return NULL;
}

static int ascending(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Nodes t <= 1/2 of the ceil(n/2)-point Gauss-Legendre rule on [0, 1], each standing for its pair. */
static sn_error_t make_nodes(mle_t *m, double *s, double *weight, bool *single)
{
	size_t points = (m->n + 1) / 2;
	gsl_integration_glfixed_table *tab = gsl_integration_glfixed_table_alloc(points);

	if (tab == NULL)
		return sn_error_set(SN_ENOMEM, "power: out of memory for the quadrature rule");
	m->npairs = 0;
	for (size_t k = 0; k < points; k++) {
		double x, wk;
		gsl_integration_glfixed_point(0.0, 1.0, k, &x, &wk, tab);
		if (x > 0.5 + 1e-12)
			continue;
		s[m->npairs] = x;
		weight[m->npairs] = wk;
		single[m->npairs] = fabs(x - 0.5) <= 1e-12;
		if (single[m->npairs])
			s[m->npairs] = 0.5;
		m->npairs++;
	}
	gsl_integration_glfixed_table_free(tab);
	return SN_OK;
}

/* How many threads: the online processors, at most 4, within the memory limit. */
static size_t threads_for(const mle_t *m, size_t max_memory)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t per = sn__power_mle_bytes(m->R), t = cpus > 0 ? (size_t)cpus : 1;

	if (t > 4)
		t = 4;
	if (t > m->npairs)
		t = m->npairs;
	while (t > 1 && t * per > max_memory)
		t--;
	return t;
}

size_t sn__power_mle_bytes(int64_t R)
{
	return ((size_t)R + 1) * (sizeof(double) + sizeof(long double));
}

sn_error_t sn__power_mle_shapley(sn_power_result_t *r, const sn_game_t *g, size_t max_memory)
{
	size_t n = g->n, npoints = (n + 1) / 2, nthreads;
	int64_t *w = malloc(n * sizeof *w), *sorted = malloc(n * sizeof *sorted), total = 0;
	double *s = malloc(npoints * sizeof *s), *weight = malloc(npoints * sizeof *weight);
	bool *single = malloc(npoints * sizeof *single);
	pthread_t tid[4];
	mle_t m;
	sn_error_t err = SN_OK;

	memset(&m, 0, sizeof m);
	if (!w || !sorted || !s || !weight || !single) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory");
		goto done;
	}
	m.Q = sn__power_reduce(w, &g->crit[0], n);
	for (size_t i = 0; i < n; i++)
		total += w[i];
	memcpy(sorted, w, n * sizeof *w);
	qsort(sorted, n, sizeof *sorted, ascending);
	m.w = w;
	m.sorted = sorted;
	m.n = n;
	m.A = total - m.Q + 1;
	m.R = m.Q > m.A ? m.Q : m.A;
	m.s = s;
	m.weight = weight;
	m.single = single;
	if ((err = make_nodes(&m, s, weight, single)) != SN_OK)
		goto done;
	if (sn__power_mle_bytes(m.R) > max_memory) {
		err = sn_error_set(SN_ELIMIT, "exact Shapley-Shubik would need %.0f MiB, above the "
				   "limit of %.0f MiB", sn__power_mle_bytes(m.R) / 1048576.0,
				   (double)max_memory / 1048576.0);
		goto done;
	}
	m.value = calloc(m.npairs * n, sizeof *m.value);
	if (m.value == NULL || (err = sn__power_result_alloc(r, SN_POWER_SHAPLEY, false))) {
		err = err ? err : sn_error_set(SN_ENOMEM, "power: out of memory");
		goto done;
	}
	pthread_mutex_init(&m.lock, NULL);
	nthreads = threads_for(&m, max_memory);
	size_t started = 0;
	for (; started < nthreads; started++)
		if (pthread_create(&tid[started], NULL, worker, &m) != 0)
			break;
	if (started == 0)
		worker(&m);
	for (size_t k = 0; k < started; k++)
		pthread_join(tid[k], NULL);
	pthread_mutex_destroy(&m.lock);
	if (m.nomem) {
		err = sn_error_set(SN_ENOMEM, "power: out of memory in the quadrature");
		goto done;
	}
	/* Summed in node order, so the result does not depend on the threads. */
	for (size_t i = 0; i < n; i++) {
		long double v = 0.0L;
		for (size_t k = 0; k < m.npairs; k++)
			v += m.value[k * n + i];
		r->shapley[i] = (double)(v > 0.0L ? v : 0.0L);
	}
done:
	free(w);
	free(sorted);
	free(s);
	free(weight);
	free(single);
	free(m.value);
	return err;
}
