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

/* ---- weighted: balanced bidirectional Dijkstra ------------------------- */

enum { UNSEEN = -1, SETTLED = -2 };

/*
 * Two path lengths are one when they differ by at most a relative 1e-10,
 * the tolerance of igraph_cmp_epsilon() that the exact Brandes code uses.
 */
static inline bool tied(double a, double b)
{
	return fabs(a - b) <= 1e-10 * (fabs(a) + fabs(b));
}

static void wheap_up(struct wside *s, int32_t i)
{
	int32_t x = s->heap[i];
	double d = s->dist[x];

	while (i > 0) {
		int32_t p = (i - 1) / 2, y = s->heap[p];

		if (s->dist[y] <= d)
			break;
		s->heap[i] = y;
		s->hpos[y] = i;
		i = p;
	}
	s->heap[i] = x;
	s->hpos[x] = i;
}

static void wheap_down(struct wside *s, int32_t i)
{
	int32_t x = s->heap[i];
	double d = s->dist[x];

	for (;;) {
		int32_t c = 2 * i + 1;

		if (c >= s->hsize)
			break;
		if (c + 1 < s->hsize && s->dist[s->heap[c + 1]] < s->dist[s->heap[c]])
			c++;
		if (s->dist[s->heap[c]] >= d)
			break;
		s->heap[i] = s->heap[c];
		s->hpos[s->heap[i]] = i;
		i = c;
	}
	s->heap[i] = x;
	s->hpos[x] = i;
}

/* The smallest key still queued, or +inf: every vertex nearer than this is settled. */
static inline double wtop(const struct wside *s)
{
	return s->hsize > 0 ? s->dist[s->heap[0]] : INFINITY;
}

static void wside_start(struct wside *s, int32_t root)
{
	s->dist[root] = 0;
	s->sigma[root] = 1;
	s->heap[0] = s->seen[0] = root;
	s->hpos[root] = 0;
	s->hsize = s->nseen = 1;
	s->work = 0;
}

static void wside_clear(struct wside *s)
{
	for (int32_t i = 0; i < s->nseen; i++)
		s->hpos[s->seen[i]] = UNSEEN;
	s->hsize = s->nseen = 0;
}

/*
 * Settles the nearest queued vertex x of side s and relaxes its ties,
 * counting shortest paths (sigma) with the tie rule above.  *mu is the
 * shortest u-v length seen so far through a vertex labelled by both sides
 * (o is the other side; NULL for a plain one-sided search).
 *
 * Pruning: an unseen y that o has not settled has d_o(y) >= top(o), so when
 * alt + top(o) > mu (with the stopping margin) no shortest u-v path passes
 * y at s-distance alt, and y is not labelled from x.  Every vertex of a
 * shortest u-v path, and every vertex of a shortest path from a root to
 * one of them, is still labelled with its distance, which is all that the
 * stopping rule, the path counts and the walks below use.
 */
static void wside_settle(const csr_t *g, struct wside *s, const struct wside *o, double *mu)
{
	int32_t x = s->heap[0];
	double dx = s->dist[x], sx = s->sigma[x];

	if (--s->hsize > 0) {
		s->heap[0] = s->heap[s->hsize];
		wheap_down(s, 0);
	}
	s->hpos[x] = SETTLED;
	s->work += g->off[x + 1] - g->off[x] + 1;
	for (int64_t j = g->off[x]; j < g->off[x + 1]; j++) {
		int32_t y = g->adj[j], hp = s->hpos[y];
		double alt = dx + g->len[j];

		if (hp == SETTLED)
			continue;
		if (hp == UNSEEN && o && o->hpos[y] != SETTLED && alt + wtop(o) > *mu * (1 + 1e-9))
			continue;   /* pruned: see below */
		if (hp == UNSEEN) {
			s->dist[y] = alt;
			s->sigma[y] = sx;
			s->seen[s->nseen++] = y;
			s->heap[s->hsize] = y;
			wheap_up(s, s->hsize++);
		} else if (tied(alt, s->dist[y])) {
			s->sigma[y] += sx;
		} else if (alt < s->dist[y]) {
			s->dist[y] = alt;
			s->sigma[y] = sx;
			wheap_up(s, hp);
		} else {
			continue;
		}
		if (o && o->hpos[y] != UNSEEN && s->dist[y] + o->dist[y] < *mu)
			*mu = s->dist[y] + o->dist[y];
	}
}

/* A settled neighbour p of x on a shortest path from side sd's root, with probability sigma[p] / sigma[x]. */
static int32_t pick_wparent(const csr_t *g, const struct wside *sd, int32_t x, uint64_t *rng)
{
	double target = uniform01(rng) * sd->sigma[x], acc = 0;
	int32_t last = -1;

	for (int64_t j = g->off[x]; j < g->off[x + 1]; j++) {
		int32_t p = g->adj[j];

		if (sd->hpos[p] == SETTLED && sd->dist[p] < sd->dist[x] &&
		    tied(sd->dist[p] + g->len[j], sd->dist[x])) {
			last = p;
			acc += sd->sigma[p];
			if (acc > target)
				return p;
		}
	}
	return last;   /* rounding: the last candidate */
}

/* Counts the vertices of a random shortest path from x back to side sd's root, root excluded, x when count_x. */
static void walk_back(worker_t *w, const struct wside *sd, int32_t x, bool count_x, uint64_t *rng)
{
	while (x >= 0 && sd->dist[x] > 0) {
		if (count_x)
			w->count[x] += 1;
		count_x = true;
		x = pick_wparent(w->g, sd, x, rng);
	}
}

/*
 * One uniformly random shortest u-v path by balanced bidirectional Dijkstra
 * (Pohl 1971; Goldberg & Harrelson 2005 for the stopping rule; the balance
 * and the sampling as in KADABRA, Borassi & Natale 2016, for BFS): the
 * side that has scanned fewer adjacency entries settles its next vertex;
 * mu, the best u-v length through a vertex labelled by both sides, is the
 * distance once top(f) + top(b) > mu.
 *
 * Counting.  Let s be the side that scanned less, o the other, T = top(s)
 * at the stop.  Every vertex at s-distance < T is settled by s; every
 * vertex at o-distance < top(o) is settled by o.  Along a shortest path P
 * the s-distance grows strictly, so P has exactly one edge (x, y) with
 * d_s(x) < T <= d_s(y) (unless the o-root itself lies below T, when s
 * alone has settled all of P).  Then d_o(y) = mu - d_s(y) <= mu - T <
 * top(o): y is settled by o.  So the shortest paths are partitioned by
 * their crossing edge, sigma_s(x) sigma_o(y) of them through (x, y), with
 * d_s(x) + l(x, y) + d_o(y) = mu.  A crossing edge is drawn with that
 * weight (weighted reservoir sampling in one pass), then each half is
 * walked back to its root choosing predecessors p with probability
 * sigma(p) / sigma(child): the path is uniform among all shortest u-v
 * paths, as the Riondato-Kornaropoulos estimator needs.
 */
static void sample_dijkstra(worker_t *w, int32_t u, int32_t v, uint64_t *rng)
{
	const csr_t *g = w->g;
	struct wside *f = &w->wside[0], *b = &w->wside[1], *s, *o;
	double mu = INFINITY, top, total = 0;
	int32_t cx = -1, cy = -1, oroot;

	wside_start(f, u);
	wside_start(b, v);
	/* The margin keeps paths tied with mu under the tie rule inside the search. */
	while (f->hsize > 0 && b->hsize > 0 && !(wtop(f) + wtop(b) > mu * (1 + 1e-9))) {
		s = f->work <= b->work ? f : b;
		wside_settle(g, s, s == f ? b : f, &mu);
	}
	if (mu == INFINITY)
		goto done;   /* v is not reachable from u */
	s = f->work <= b->work ? f : b;
	o = s == f ? b : f;
	oroot = s == f ? v : u;
	top = wtop(s);
	if (s->hpos[oroot] == SETTLED && s->dist[oroot] < top) {
		walk_back(w, s, oroot, false, rng);
		goto done;
	}
	for (int32_t i = 0; i < s->nseen; i++) {
		int32_t x = s->seen[i];

		if (s->hpos[x] != SETTLED || !(s->dist[x] < top))
			continue;
		for (int64_t j = g->off[x]; j < g->off[x + 1]; j++) {
			int32_t y = g->adj[j];
			double wt;

			if (o->hpos[y] != SETTLED || (s->hpos[y] == SETTLED && s->dist[y] < top) ||
			    !tied(s->dist[x] + g->len[j] + o->dist[y], mu))
				continue;
			wt = s->sigma[x] * o->sigma[y];
			total += wt;
			if (uniform01(rng) * total < wt) {
				cx = x;
				cy = y;
			}
		}
	}
	if (cx >= 0) {
		walk_back(w, s, cx, true, rng);
		walk_back(w, o, cy, true, rng);
	}
done:
	wside_clear(f);
	wside_clear(b);
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
		sn__fast_advance(w, 1);
	}
	return NULL;
}

/*
 * Upper bound on the vertex diameter (vertices on a longest shortest path)
 * of an undirected unweighted graph, from one BFS per component: 2 ecc(x)
 * + 1 for the first vertex x of each component (Riondato & Kornaropoulos
 * 2016, section 5.1: the diameter is at most twice any eccentricity).
 */
static sn_error_t vertex_diameter_bfs(const csr_t *g, int64_t *out)
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
		if (2 * (int64_t)ecc + 1 > best)
			best = 2 * (int64_t)ecc + 1;
	}
	free(dist);
	free(queue);
	*out = best;
	return SN_OK;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Full Dijkstra from r over side s (cleared before and after); returns the eccentricity of r. */
static double eccentricity_w(const csr_t *g, struct wside *s, int32_t r)
{
	double mu = INFINITY, ecc = 0;

	wside_start(s, r);
	while (s->hsize > 0) {
		ecc = wtop(s);
		wside_settle(g, s, NULL, &mu);
	}
	return ecc;
}

/*
 * Upper bound on the vertex diameter of an undirected graph with positive
 * edge lengths.  Per component C, with r its first vertex and h its vertex
 * of highest degree: a shortest path of k edges uses k distinct edges, so
 * its length is at least S_k, the sum of the k shortest edge lengths of the
 * graph; its length is at most the weighted diameter of C, which is at most
 * D = 2 min(ecc(r), ecc(h)) by the triangle inequality (undirected).  Hence
 * S_k <= D, so k <= K = max{k : S_k <= D}, and the path has at most K + 1
 * vertices; it also has at most |C| (it never repeats a vertex).  The bound
 * is the largest min(K + 1, |C|) over the components.  (The bound with the
 * shortest length alone, k <= D / l_min, is never tighter.)  D is widened by
 * a relative 1e-6 for paths that the tie rule counts as shortest.
 */
static sn_error_t vertex_diameter_dijkstra(const csr_t *g, struct wside *s, int64_t *out)
{
	int64_t m = g->off[g->n] / 2, best = 1, k = 0;
	double *lens = malloc(((size_t)m + 1) * sizeof *lens), *prefix = lens;
	bool *done = calloc((size_t)g->n + 1, sizeof *done);

	if (!lens || !done) {
		free(lens);
		free(done);
		return sn_error_set(SN_ENOMEM, "betweenness: out of memory");
	}
	/* Each undirected edge once (x < y); prefix[k - 1] becomes S_k. */
	for (int32_t x = 0; x < g->n; x++)
		for (int64_t j = g->off[x]; j < g->off[x + 1]; j++)
			if (g->adj[j] > x)
				lens[k++] = g->len[j];
	m = k;
	qsort(lens, (size_t)m, sizeof *lens, cmp_double);
	for (int64_t i = 1; i < m; i++)
		prefix[i] += prefix[i - 1];
	for (int32_t r = 0; r < g->n; r++) {
		int32_t size, h = r;
		double ecc;
		int64_t lo = 0, hi = m, hops;

		if (done[r])
			continue;
		ecc = eccentricity_w(g, s, r);
		size = s->nseen;
		for (int32_t i = 0; i < size; i++) {
			int32_t x = s->seen[i];

			done[x] = true;
			if (g->off[x + 1] - g->off[x] > g->off[h + 1] - g->off[h])
				h = x;
		}
		wside_clear(s);
		if (size > 2 && h != r) {
			double e2 = eccentricity_w(g, s, h);

			ecc = e2 < ecc ? e2 : ecc;
			wside_clear(s);
		}
		/* K = the number of prefix sums <= D (binary search). */
		while (lo < hi) {
			int64_t mid = lo + (hi - lo) / 2;

			if (prefix[mid] <= 2 * ecc * (1 + 1e-6))
				lo = mid + 1;
			else
				hi = mid;
		}
		hops = lo + 1 < size ? lo + 1 : size;
		if (hops > best)
			best = hops;
	}
	free(lens);
	free(done);
	*out = best;
	return SN_OK;
}

/* Scratch for one side of n vertices, all unseen (free with wside_free()). */
static bool wside_alloc(struct wside *s, size_t n)
{
	s->dist = malloc(n * sizeof *s->dist);
	s->sigma = malloc(n * sizeof *s->sigma);
	s->heap = malloc(n * sizeof *s->heap);
	s->hpos = malloc(n * sizeof *s->hpos);
	s->seen = malloc(n * sizeof *s->seen);
	if (!s->dist || !s->sigma || !s->heap || !s->hpos || !s->seen)
		return false;
	for (size_t x = 0; x < n; x++)
		s->hpos[x] = UNSEEN;
	return true;
}

static void wside_free(struct wside *s)
{
	free(s->dist);
	free(s->sigma);
	free(s->heap);
	free(s->hpos);
	free(s->seen);
}

static bool sampler_alloc(worker_t *w, const csr_t *g)
{
	size_t n = (size_t)g->n + 1;

	if (!(w->count = calloc(n, sizeof *w->count)))
		return false;
	if (g->len)
		return wside_alloc(&w->wside[0], n) && wside_alloc(&w->wside[1], n);
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
	return sn__betweenness_approx_progress(out, samples_out, g, weights, eps, delta, seed,
					       threads, NULL, NULL);
}

sn_error_t sn__betweenness_approx_progress(igraph_vector_t *out, int64_t *samples_out,
					   const igraph_t *g, const igraph_vector_t *weights,
					   double eps, double delta, uint64_t seed, int threads,
					   const sn_progress_t *progress, const char *step)
{
	fast_progress_t pr = { progress, step, 0, 0 };
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
	if (!weights && (err = vertex_diameter_bfs(&c, &vd)) != SN_OK)
		goto done;
	if (weights) {
		struct wside scratch = { 0 };

		err = wside_alloc(&scratch, (size_t)c.n + 1)
			? vertex_diameter_dijkstra(&c, &scratch, &vd)
			: sn_error_set(SN_ENOMEM, "betweenness: out of memory");
		wside_free(&scratch);
		if (err != SN_OK)
			goto done;
	}
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
	pr.total = (size_t)r;
	if (r > 0)
		sn__fast_run_all(ws, nt, sample_run, &pr);
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
