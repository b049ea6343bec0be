/*
 * Sampled betweenness with an additive error guarantee (Riondato &
 * Kornaropoulos 2016), over the compact adjacency array of fastpaths.c.
 * Every sample draws from its own SplitMix64 stream derived from the seed
 * and the sample number, and adds whole counts, so the result is the same
 * for every thread count.
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/fast.h"
#include "analysis/fastpaths_private.h"
#include "analysis/graphcheck.h"

/* SplitMix64 (Steele, Lea & Flood 2014): one stream per sample, so any thread count gives the same draws. */
static inline uint64_t splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9E3779B97F4A7C15ull);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static inline double uniform01(uint64_t *x)
{
	return (double)(splitmix(x) >> 11) * 0x1.0p-53;
}

/* A neighbour p of x one level closer to its side's root, with probability sigma[p] / sigma[x]. */
static int32_t pick_parent(const csr_t *g, const struct side *sd, int32_t x, uint64_t *rng)
{
	double target = uniform01(rng) * sd->sigma[x], acc = 0;
	int32_t last = -1;

	for (int64_t j = g->off[x]; j < g->off[x + 1]; j++) {
		int32_t p = g->adj[j];

		if (sd->dist[p] == sd->dist[x] - 1) {
			last = p;
			acc += sd->sigma[p];
			if (acc > target)
				return p;
		}
	}
	return last;
}

/* Expands one whole BFS level of side `sd`, counting shortest paths. */
static void expand_level(const csr_t *g, struct side *sd)
{
	int32_t end = sd->nseen;

	for (int32_t i = sd->start; i < end; i++) {
		int32_t x = sd->seen[i];

		for (int64_t j = g->off[x]; j < g->off[x + 1]; j++) {
			int32_t y = g->adj[j];

			if (sd->dist[y] < 0) {
				sd->dist[y] = sd->level + 1;
				sd->sigma[y] = 0;
				sd->seen[sd->nseen++] = y;
			}
			if (sd->dist[y] == sd->level + 1)
				sd->sigma[y] += sd->sigma[x];
		}
	}
	sd->start = end;
	sd->level++;
}

static int64_t frontier_degree(const csr_t *g, const struct side *sd)
{
	int64_t d = 0;

	for (int32_t i = sd->start; i < sd->nseen; i++)
		d += g->off[sd->seen[i] + 1] - g->off[sd->seen[i]];
	return d;
}

/*
 * One uniformly random shortest u-v path by balanced bidirectional BFS:
 * the side with the cheaper frontier grows a level at a time; the first
 * level that touches the other side holds the middle vertices y of every
 * shortest path, sigma_u(y) sigma_v(y) of them through y.  Interior
 * vertices of the sampled path get one count.
 */
static void sample_bfs(worker_t *w, int32_t u, int32_t v, uint64_t *rng)
{
	const csr_t *g = w->g;
	struct side *a = &w->side[0], *b = &w->side[1];
	int32_t roots[2] = { u, v }, y = -1;

	for (int k = 0; k < 2; k++) {
		struct side *sd = &w->side[k];

		sd->dist[roots[k]] = 0;
		sd->sigma[roots[k]] = 1;
		sd->seen[0] = roots[k];
		sd->nseen = 1;
		sd->start = sd->level = 0;
	}
	while (y < 0 && a->start < a->nseen && b->start < b->nseen) {
		struct side *s = frontier_degree(g, a) <= frontier_degree(g, b) ? a : b;
		struct side *o = s == a ? b : a;
		double total = 0, target, acc = 0;

		expand_level(g, s);
		for (int32_t i = s->start; i < s->nseen; i++)
			if (o->dist[s->seen[i]] >= 0)
				total += s->sigma[s->seen[i]] * o->sigma[s->seen[i]];
		if (total == 0)
			continue;
		target = uniform01(rng) * total;
		for (int32_t i = s->start; i < s->nseen && y < 0; i++) {
			int32_t x = s->seen[i];

			if (o->dist[x] >= 0) {
				acc += s->sigma[x] * o->sigma[x];
				if (acc > target || i == s->nseen - 1)
					y = x;
			}
		}
		if (y < 0) /* rounding: take the last meeting vertex */
			for (int32_t i = s->nseen - 1; i >= s->start && y < 0; i--)
				if (o->dist[s->seen[i]] >= 0)
					y = s->seen[i];
	}
	if (y >= 0) {
		/* Walk from y back to both roots; y itself is counted once. */
		for (int k = 0; k < 2; k++) {
			const struct side *sd = &w->side[k];
			int32_t x = k == 0 ? y : (sd->dist[y] > 0 ? pick_parent(g, sd, y, rng) : v);

			while (x >= 0 && sd->dist[x] > 0) {
				if (x != u && x != v)
					w->count[x] += 1;
				x = pick_parent(g, sd, x, rng);
			}
		}
	}
	for (int k = 0; k < 2; k++)
		for (int32_t i = 0; i < w->side[k].nseen; i++)
			w->side[k].dist[w->side[k].seen[i]] = -1;
}

/* Weighted: Dijkstra from u, stopped when v is settled, then a random walk back over predecessors. */
static void sample_dijkstra(worker_t *w, int32_t u, int32_t v, uint64_t *rng)
{
	const csr_t *g = w->g;
	int32_t cnt = sn__fast_dijkstra(w, u, v);

	if (w->dist[v] > 0) {
		int32_t x = v;

		while (x != u) {
			double target = uniform01(rng) * w->sigma[x], acc = 0;
			const int32_t *px = w->pred + g->poff[x];
			int32_t next = px[w->pcnt[x] - 1];

			for (int32_t k = 0; k < w->pcnt[x]; k++) {
				acc += w->sigma[px[k]];
				if (acc > target) {
					next = px[k];
					break;
				}
			}
			x = next;
			if (x != u)
				w->count[x] += 1;
		}
	}
	for (int32_t i = 0; i < cnt; i++) {
		int32_t x = w->order[i];

		w->dist[x] = w->sigma[x] = 0;
		w->pcnt[x] = 0;
	}
}

static void *sample_run(void *arg)
{
	worker_t *w = arg;
	int32_t n = w->g->n;

	for (int64_t i = w->tid; i < w->samples; i += w->nthreads) {
		uint64_t rng = w->seed ^ ((uint64_t)i * 0xD1B54A32D192ED03ull);
		int32_t u = (int32_t)(splitmix(&rng) % (uint64_t)n);
		int32_t v = (int32_t)(splitmix(&rng) % (uint64_t)(n - 1));

		v += v >= u;   /* uniform over the other n - 1 vertices */
		if (w->g->len)
			sample_dijkstra(w, u, v, &rng);
		else
			sample_bfs(w, u, v, &rng);
	}
	return NULL;
}

/*
 * Upper bound on the vertex diameter (vertices on a longest shortest path)
 * of an undirected graph, from one BFS per component.  Unweighted: 2 ecc(x)
 * + 1 for the first vertex x of each component (Riondato & Kornaropoulos
 * 2016, section 5.1: the diameter is at most twice any eccentricity).
 * Weighted: a shortest path may take more hops than the hop diameter, so
 * the bound is the largest component's vertex count (a shortest path never
 * repeats a vertex and stays in its component).  Only floor(log2(VD - 2))
 * enters the sample size, so the loose weighted bound costs little.
 */
static sn_error_t vertex_diameter_bound(const csr_t *g, bool weighted, int64_t *out)
{
	int32_t *dist = malloc(((size_t)g->n + 1) * sizeof *dist);
	int32_t *queue = malloc(((size_t)g->n + 1) * sizeof *queue);
	int64_t best = 1;

	if (!dist || !queue) {
		free(dist);
		free(queue);
		return sn_error_set(SN_ENOMEM, "betweenness: out of memory");
	}
	for (int32_t v = 0; v < g->n; v++)
		dist[v] = -1;
	for (int32_t r = 0; r < g->n; r++) {
		int32_t head = 0, tail = 1, ecc = 0;

		if (dist[r] >= 0)
			continue;
		dist[r] = 0;
		queue[0] = r;
		while (head < tail) {
			int32_t x = queue[head++];

			ecc = dist[x];
			for (int64_t j = g->off[x]; j < g->off[x + 1]; j++)
				if (dist[g->adj[j]] < 0) {
					dist[g->adj[j]] = dist[x] + 1;
					queue[tail++] = g->adj[j];
				}
		}
		if (!weighted && 2 * (int64_t)ecc + 1 > best)
			best = 2 * (int64_t)ecc + 1;
		if (weighted && tail > best)
			best = tail;
	}
	free(dist);
	free(queue);
	*out = best;
	return SN_OK;
}

static bool sampler_alloc(worker_t *w, const csr_t *g)
{
	size_t n = (size_t)g->n + 1;

	if (!(w->count = calloc(n, sizeof *w->count)))
		return false;
	if (g->len)
		return sn__fast_worker_alloc(w, g, true);
	for (int k = 0; k < 2; k++) {
		w->side[k].dist = malloc(n * sizeof *w->side[k].dist);
		w->side[k].seen = malloc(n * sizeof *w->side[k].seen);
		w->side[k].sigma = malloc(n * sizeof *w->side[k].sigma);
		if (!w->side[k].dist || !w->side[k].seen || !w->side[k].sigma)
			return false;
		for (size_t v = 0; v < n; v++)
			w->side[k].dist[v] = -1;
	}
	return true;
}

sn_error_t sn_betweenness_approx(igraph_vector_t *out, int64_t *samples_out, const igraph_t *g,
				 const igraph_vector_t *weights, double eps, double delta,
				 uint64_t seed, int threads)
{
	csr_t c;
	worker_t *ws = NULL;
	int nt = 0, want;
	int64_t vd = 1, r = 0;
	double lg, scale, rd = 0;
	sn_error_t err;

	memset(&c, 0, sizeof c);
	if (igraph_is_directed(g))
		return sn_error_set(SN_EINVAL, "betweenness: sampling needs an undirected graph");
	if (!(eps > 0 && eps < 1) || !(delta > 0 && delta < 1))
		return sn_error_set(SN_EINVAL, "betweenness: epsilon and delta must lie in (0, 1)");
	if ((err = sn__graph_check_weights(g, weights, "betweenness")) != SN_OK ||
	    (err = sn__fast_csr_build(&c, g, weights)) != SN_OK)
		goto done;
	if ((err = vertex_diameter_bound(&c, weights != NULL, &vd)) != SN_OK)
		goto done;
	lg = vd > 2 ? floor(log2((double)(vd - 2))) : 0;
	if (c.n >= 2)
		rd = ceil(0.5 / (eps * eps) * (lg + 1 + log(1 / delta)));
	/* Checked as a double: a tiny eps would overflow the int64_t count. */
	if (!(rd <= 1e10)) {
		err = sn_error_set(SN_ELIMIT, "betweenness: epsilon %g and delta %g need %.3g samples, "
				   "more than the limit of 1e10", eps, delta, rd);
		goto done;
	}
	r = (int64_t)rd;
	want = sn__fast_thread_count(threads, (int32_t)(r < INT32_MAX ? r : INT32_MAX));
	if (!(ws = calloc((size_t)want, sizeof *ws))) {
		err = sn_error_set(SN_ENOMEM, "betweenness: out of memory");
		goto done;
	}
	nt = want;
	for (int t = 0; t < nt; t++) {
		ws[t] = (worker_t){ .g = &c, .tid = t, .nthreads = nt, .seed = seed, .samples = r };
		if (!sampler_alloc(&ws[t], &c)) {
			err = sn_error_set(SN_ENOMEM, "betweenness: out of memory");
			goto done;
		}
	}
	if ((err = sn_error_from_igraph(igraph_vector_resize(out, c.n), "betweenness")) != SN_OK)
		goto done;
	if (r > 0)
		sn__fast_run_all(ws, nt, sample_run);
	/* count / r estimates the share of ordered pairs; igraph's scale counts unordered pairs. */
	scale = r > 0 ? (double)c.n * (c.n - 1) / 2 / (double)r : 0;
	for (int32_t v = 0; v < c.n; v++) {
		double sum = 0;

		for (int t = 0; t < nt; t++)
			sum += ws[t].count[v];
		VECTOR(*out)[v] = sum * scale;
	}
	if (samples_out)
		*samples_out = r;
done:
	sn__fast_release(&c, ws, nt);
	return err;
}
