/*
 * Multi-threaded betweenness, closeness and harmonic centrality over a
 * compact adjacency array (see samnet/fast.h).  igraph is used only in the
 * calling thread, to read the graph and to size the outputs; the worker
 * threads touch nothing but the plain arrays below.
 */
#include "config.h"

#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "samnet/fast.h"
#include "analysis/fastpaths_private.h"
#include "analysis/graphcheck.h"
#include "base/progress_private.h"


void sn__fast_csr_free(csr_t *c)
{
	free(c->off);
	free(c->adj);
	free(c->len);
	if (c->poff != c->off)
		free(c->poff);
}

/*
 * Writes the transpose of the rows (off, adj, len) into (toff, tadj, tlen):
 * u joins row x for every entry x of row u, in increasing u, so that every
 * row of the result is sorted by neighbour.  `toff` holds the transpose's
 * row offsets already; `fill` is scratch for n + 1 offsets.  O(V + E).
 */
static void transpose(int32_t n, const int64_t *off, const int32_t *adj, const double *len,
		      const int64_t *toff, int64_t *fill, int32_t *tadj, double *tlen)
{
	memcpy(fill, toff, ((size_t)n + 1) * sizeof *fill);
	for (int32_t u = 0; u < n; u++)
		for (int64_t j = off[u]; j < off[u + 1]; j++) {
			int64_t k = fill[adj[j]]++;

			tadj[k] = u;
			if (len)
				tlen[k] = len[j];
		}
}

/*
 * Sorts every row by neighbour id, the order of igraph's adjacency and
 * incidence lists, so that searches visit neighbours, count paths and list
 * predecessors in igraph's order and the sums come out as igraph's.
 */
static bool sort_rows(csr_t *c, bool directed, int64_t *fill)
{
	size_t entries = (size_t)c->off[c->n] + 1;
	int32_t *tadj = malloc(entries * sizeof *tadj);
	double *tlen = c->len ? malloc(entries * sizeof *tlen) : NULL;

	if (!tadj || (c->len && !tlen)) {
		free(tadj);
		free(tlen);
		return false;
	}
	if (directed) {
		/* Out-rows to in-rows (offsets poff) and back. */
		transpose(c->n, c->off, c->adj, c->len, c->poff, fill, tadj, tlen);
		transpose(c->n, c->poff, tadj, tlen, c->off, fill, c->adj, c->len);
		free(tadj);
		free(tlen);
		return true;
	}
	/* Undirected rows are symmetric: one transpose sorts them. */
	transpose(c->n, c->off, c->adj, c->len, c->off, fill, tadj, tlen);
	free(c->adj);
	free(c->len);
	c->adj = tadj;
	c->len = tlen;
	return true;
}

/* Counting sort of the edge list into CSR form, rows sorted by neighbour.  O(V + E). */
sn_error_t sn__fast_csr_build(csr_t *c, const igraph_t *g, const igraph_vector_t *w)
{
	igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
	bool directed = igraph_is_directed(g);
	int64_t *fill = NULL;
	sn_error_t err = SN_OK;

	memset(c, 0, sizeof *c);
	if (n >= INT32_MAX || 2 * (int64_t)m >= INT32_MAX)
		return sn_error_set(SN_ELIMIT, "shortest paths: the graph is too large for 32-bit ids");
	c->n = (int32_t)n;
	c->off = calloc((size_t)n + 2, sizeof *c->off);
	c->poff = directed ? calloc((size_t)n + 2, sizeof *c->poff) : c->off;
	fill = malloc(((size_t)n + 1) * sizeof *fill);
	if (!c->off || !c->poff || !fill)
		goto nomem;
	for (igraph_integer_t e = 0; e < m; e++) {
		igraph_integer_t a = IGRAPH_FROM(g, e), b = IGRAPH_TO(g, e);

		if (a == b)
			continue;
		c->off[a + 1]++;
		if (directed)
			c->poff[b + 1]++;
		else
			c->off[b + 1]++;
	}
	for (igraph_integer_t v = 0; v < n; v++) {
		c->off[v + 1] += c->off[v];
		if (directed)
			c->poff[v + 1] += c->poff[v];
	}
	c->adj = malloc(((size_t)c->off[n] + 1) * sizeof *c->adj);
	c->len = w ? malloc(((size_t)c->off[n] + 1) * sizeof *c->len) : NULL;
	if (!c->adj || (w && !c->len))
		goto nomem;
	memcpy(fill, c->off, ((size_t)n + 1) * sizeof *fill);
	for (igraph_integer_t e = 0; e < m; e++) {
		igraph_integer_t a = IGRAPH_FROM(g, e), b = IGRAPH_TO(g, e);

		if (a == b)
			continue;
		if (w)
			c->len[fill[a]] = VECTOR(*w)[e];
		c->adj[fill[a]++] = (int32_t)b;
		if (!directed) {
			if (w)
				c->len[fill[b]] = VECTOR(*w)[e];
			c->adj[fill[b]++] = (int32_t)a;
		}
	}
	if (!sort_rows(c, directed, fill))
		goto nomem;
	goto done;
nomem:
	err = sn_error_set(SN_ENOMEM, "shortest paths: out of memory");
	sn__fast_csr_free(c);
	memset(c, 0, sizeof *c);
done:
	free(fill);
	return err;
}

/*
 * The relative tie rule of igraph_cmp_epsilon() (igraph 0.10), restated so
 * that worker threads need not call into igraph: a and b are equal when
 * |a - b| / (|a| + |b|) < eps.  Distances here are >= 1, so the special
 * cases for zeros and overflow never arise.
 */
static inline int cmp_eps(double a, double b)
{
	const double eps = 1e-10;
	double diff = a - b;

	if (a == b || fabs(diff) / (fabs(a) + fabs(b)) < eps)
		return 0;
	return diff < 0 ? -1 : 1;
}

/* ---- an indexed binary min-heap on dist[] -------------------------------- */

static inline void heap_swap(worker_t *w, int32_t i, int32_t j)
{
	int32_t a = w->heap[i], b = w->heap[j];

	w->heap[i] = b;
	w->heap[j] = a;
	w->hpos[b] = i;
	w->hpos[a] = j;
}

/*
 * The heap follows igraph's two-way heap (igraph_2wheap_t) move for move:
 * an entry rises past parents with an equal key, and sinks towards the left
 * child unless the right one is strictly smaller, so that vertices at equal
 * distance are settled in igraph's order.
 */
static void heap_up(worker_t *w, int32_t i)
{
	while (i > 0) {
		int32_t p = (i - 1) / 2;

		if (w->dist[w->heap[i]] > w->dist[w->heap[p]])
			break;
		heap_swap(w, i, p);
		i = p;
	}
}

static void heap_sink(worker_t *w, int32_t i, int32_t n)
{
	for (;;) {
		int32_t l = 2 * i + 1, r = l + 1, m;

		if (l >= n)
			break;
		m = r == n || w->dist[w->heap[l]] <= w->dist[w->heap[r]] ? l : r;
		if (!(w->dist[w->heap[i]] > w->dist[w->heap[m]]))
			break;
		heap_swap(w, i, m);
		i = m;
	}
}

static int32_t heap_pop(worker_t *w, int32_t *size)
{
	int32_t top = w->heap[0], n = --*size;

	w->hpos[top] = -1;
	if (n == 0)
		return top;
	w->heap[0] = w->heap[n];
	w->hpos[w->heap[0]] = 0;
	heap_sink(w, 0, n);
	return top;
}

/* ---- single-source searches ---------------------------------------------- */

/*
 * Breadth-first search from s.  dist[] holds distance + 1 (0: unreached);
 * order[] the vertices in visiting order, which doubles as the queue.  With
 * `paths`, also counts shortest paths in sigma[] and records each vertex's
 * predecessors on them (for the accumulation, which then reads only the
 * shortest-path DAG instead of every edge again).  Returns the number reached.
 */
static int32_t sssp_bfs(worker_t *w, int32_t s, bool paths)
{
	const csr_t *g = w->g;
	int32_t head = 0, tail = 1;

	w->order[0] = s;
	w->dist[s] = 1;
	w->sigma[s] = 1;
	while (head < tail) {
		int32_t v = w->order[head++];
		double dv = w->dist[v], sv = w->sigma[v];

		for (int64_t j = g->off[v]; j < g->off[v + 1]; j++) {
			int32_t u = g->adj[j];

			if (w->dist[u] == 0) {
				w->dist[u] = dv + 1;
				w->order[tail++] = u;
			} else if (!paths || w->dist[u] != dv + 1) {
				continue;
			}
			if (paths) {
				w->sigma[u] += sv;
				w->pred[g->poff[u] + w->pcnt[u]++] = v;
			}
		}
	}
	return tail;
}

/* Records v as the only (shorter) or an extra (tied) predecessor of u. */
static inline void set_pred(worker_t *w, int32_t u, int32_t v, bool tie)
{
	if (!w->pred)
		return;
	if (!tie)
		w->pcnt[u] = 0;
	w->pred[w->g->poff[u] + w->pcnt[u]++] = v;
}

/*
 * Dijkstra from s with igraph's conventions: dist[] is distance + 1 (0:
 * unreached) and ties are decided by cmp_eps() on those offset values.
 * order[] receives the vertices in the order they are settled.
 */
int32_t sn__fast_dijkstra(worker_t *w, int32_t s, int32_t stop)
{
	const csr_t *g = w->g;
	int32_t cnt = 0, hsize = 1;

	w->dist[s] = 1;
	w->sigma[s] = 1;
	w->heap[0] = s;
	w->hpos[s] = 0;
	while (hsize > 0) {
		int32_t v = heap_pop(w, &hsize);
		double md = w->dist[v];

		w->order[cnt++] = v;
		if (v == stop)
			break;
		for (int64_t j = g->off[v]; j < g->off[v + 1]; j++) {
			int32_t u = g->adj[j];
			double alt = md + g->len[j], cur = w->dist[u];
			int c = cur == 0 ? -1 : cmp_eps(alt, cur);

			if (c < 0) {
				set_pred(w, u, v, false);
				w->sigma[u] = w->sigma[v];
				w->dist[u] = alt;
				if (cur == 0) {
					w->heap[hsize] = u;
					w->hpos[u] = hsize++;
				}
				if (w->hpos[u] >= 0)
					heap_up(w, w->hpos[u]);
			} else if (c == 0) {
				set_pred(w, u, v, true);
				w->sigma[u] += w->sigma[v];
			}
		}
	}
	/* After an early stop, clear the vertices still queued: they are not in order[]. */
	while (hsize > 0) {
		int32_t u = w->heap[--hsize];

		w->dist[u] = w->sigma[u] = 0;
		w->hpos[u] = -1;
		if (w->pcnt)
			w->pcnt[u] = 0;
	}
	return cnt;
}

/* Brandes' dependency accumulation over predecessors, in reverse order of distance. */
static void accumulate(worker_t *w, int32_t s, int32_t cnt)
{
	const csr_t *g = w->g;

	for (int32_t i = cnt - 1; i >= 0; i--) {
		int32_t v = w->order[i];
		double coeff = (1 + w->delta[v]) / w->sigma[v];
		const int32_t *pv = w->pred + g->poff[v];

		for (int32_t k = 0; k < w->pcnt[v]; k++)
			w->delta[pv[k]] += w->sigma[pv[k]] * coeff;
		if (v != s)
			w->score[v] += w->delta[v];
	}
}

/* Writes source s's closeness, harmonic closeness and reach from its sums. */
static void store_sums(worker_t *w, int32_t s, int32_t reached, double sum, double hsum)
{
	/* igraph's formulas: (reached) / sum or 1 / sum; sum * (1 / (n - 1)) or the sum. */
	if (w->close)
		w->close[s] = reached == 0 ? NAN : w->raw ? 1 / sum : reached / sum;
	if (w->reached)
		w->reached[s] = reached;
	if (w->harm)
		w->harm[s] = w->raw ? hsum : w->nsources > 1 ? hsum * (1.0 / (w->nsources - 1)) : 0;
}

/*
 * Closeness and harmonic sums of source s from the vertices in order[].  In
 * bipartite mode only first-mode vertices (ids below nsources) are targets
 * and their one-mode distance is half the two-mode one.
 */
static void distance_sums(worker_t *w, int32_t s, int32_t cnt)
{
	double sum = 0, hsum = 0, halve = w->bipartite ? 0.5 : 1;
	int32_t reached = 0;

	for (int32_t i = 1; i < cnt; i++) {
		int32_t x = w->order[i];
		double d = (w->dist[x] - 1) * halve;

		if (w->bipartite && x >= w->nsources)
			continue;
		reached++;
		sum += d;
		hsum += 1 / d;
	}
	store_sums(w, s, reached, sum, hsum);
}

/*
 * Unweighted closeness and harmonic sums of 64 sources at once (multi-source
 * breadth-first search, Then et al. 2014, "The more the merrier"): bit k of
 * front[v] says that source first + k reached v in the last level, so one
 * pass over the edges advances all 64 searches by a level.  Each source's
 * sums add the distance d and 1/d once per vertex reached, level by level,
 * the order igraph's breadth-first search adds them in, so the values are
 * igraph's to the last bit.  O(levels (V + E)) per batch instead of 64 (V + E).
 */
static void msbfs_batch(worker_t *w, int32_t first, int32_t count)
{
	const csr_t *g = w->g;
	double sum[64] = { 0 }, hsum[64] = { 0 };
	int32_t reached[64] = { 0 };
	bool more = true;

	memset(w->seen, 0, (size_t)g->n * sizeof *w->seen);
	memset(w->front, 0, (size_t)g->n * sizeof *w->front);
	memset(w->next, 0, (size_t)g->n * sizeof *w->next);
	for (int32_t k = 0; k < count; k++)
		w->seen[first + k] = w->front[first + k] = UINT64_C(1) << k;
	for (double d = 1; more; d++) {
		double inv = 1 / d;

		for (int32_t u = 0; u < g->n; u++)
			if (w->front[u])
				for (int64_t j = g->off[u]; j < g->off[u + 1]; j++)
					w->next[g->adj[j]] |= w->front[u];
		more = false;
		for (int32_t v = 0; v < g->n; v++) {
			uint64_t fresh = w->next[v] & ~w->seen[v];

			w->next[v] = 0;
			w->front[v] = fresh;
			w->seen[v] |= fresh;
			more |= fresh != 0;
			for (; fresh; fresh &= fresh - 1) {
				int k = __builtin_ctzll(fresh);

				reached[k]++;
				sum[k] += d;
				hsum[k] += inv;
			}
		}
	}
	for (int32_t k = 0; k < count; k++)
		store_sums(w, first + k, reached[k], sum[k], hsum[k]);
}

static void *msbfs_run(void *arg)
{
	worker_t *w = arg;

	for (int64_t b = w->tid; b * 64 < w->nsources; b += w->nthreads) {
		int32_t count = (int32_t)(w->nsources - b * 64 < 64 ? w->nsources - b * 64 : 64);

		msbfs_batch(w, (int32_t)(b * 64), count);
		sn__fast_advance(w, (size_t)count);
	}
	return NULL;
}

static void *worker_run(void *arg)
{
	worker_t *w = arg;
	const csr_t *g = w->g;

	for (int64_t c = w->tid; c * CHUNK < w->nsources; c += w->nthreads) {
		int32_t end = (int32_t)((c + 1) * CHUNK < w->nsources ? (c + 1) * CHUNK : w->nsources);

		for (int32_t s = (int32_t)(c * CHUNK); s < end; s++) {
			int32_t cnt = g->len ? sn__fast_dijkstra(w, s, -1) : sssp_bfs(w, s, w->betweenness);

			if (w->betweenness)
				accumulate(w, s, cnt);
			if (w->close || w->harm || w->reached)
				distance_sums(w, s, cnt);
			for (int32_t i = 0; i < cnt; i++) {
				int32_t v = w->order[i];

				w->dist[v] = w->sigma[v] = w->delta[v] = 0;
				if (w->pcnt)
					w->pcnt[v] = 0;
			}
		}
		sn__fast_advance(w, (size_t)(end - c * CHUNK));
	}
	return NULL;
}

/* ---- drivers ------------------------------------------------------------- */

static void worker_free(worker_t *w)
{
	free(w->dist);
	free(w->sigma);
	free(w->delta);
	free(w->order);
	free(w->heap);
	free(w->hpos);
	free(w->pcnt);
	free(w->pred);
	free(w->score);
	for (int k = 0; k < 2; k++) {
		free(w->side[k].dist);
		free(w->side[k].seen);
		free(w->side[k].sigma);
		free(w->wside[k].dist);
		free(w->wside[k].sigma);
		free(w->wside[k].heap);
		free(w->wside[k].hpos);
		free(w->wside[k].seen);
	}
	free(w->count);
	free(w->seen);
	free(w->front);
	free(w->next);
}

bool sn__fast_worker_alloc(worker_t *w, const csr_t *g, bool betweenness)
{
	size_t n = (size_t)g->n + 1;

	w->dist = calloc(n, sizeof *w->dist);
	w->sigma = calloc(n, sizeof *w->sigma);
	w->delta = calloc(n, sizeof *w->delta);
	w->order = malloc(n * sizeof *w->order);
	if (!w->dist || !w->sigma || !w->delta || !w->order)
		return false;
	if (g->len) {
		w->heap = malloc(n * sizeof *w->heap);
		w->hpos = malloc(n * sizeof *w->hpos);
		if (!w->heap || !w->hpos)
			return false;
		for (size_t v = 0; v < n; v++)
			w->hpos[v] = -1;
	}
	if (betweenness) {
		w->pcnt = calloc(n, sizeof *w->pcnt);
		w->pred = malloc(((size_t)g->poff[g->n] + 1) * sizeof *w->pred);
		if (!w->pcnt || !w->pred)
			return false;
	}
	if (betweenness && !(w->score = calloc(n, sizeof *w->score)))
		return false;
	return true;
}

/* SAMNET_THREADS when it is a whole number 1..256, else the online processors (at most 256). */
static int default_threads(void)
{
	const char *env = getenv("SAMNET_THREADS");
	char *end = NULL;
	long asked = env ? strtol(env, &end, 10) : 0, online;

	if (env && end != env && *end == '\0' && asked >= 1 && asked <= MAX_THREADS)
		return (int)asked;
	online = sysconf(_SC_NPROCESSORS_ONLN);
	return online > 0 ? (int)(online < MAX_THREADS ? online : MAX_THREADS) : 1;
}

int sn__fast_thread_count(int threads, int32_t n)
{
	long chunks = ((long)n + CHUNK - 1) / CHUNK;

	if (threads <= 0)
		threads = default_threads();
	if (threads > MAX_THREADS)
		threads = MAX_THREADS;
	if (threads > chunks)
		threads = chunks > 0 ? (int)chunks : 1;
	return threads;
}

int sn_fast_threads(int threads, igraph_integer_t n)
{
	return sn__fast_thread_count(threads, n < INT32_MAX ? (int32_t)n : INT32_MAX);
}

void sn__fast_advance(worker_t *w, size_t units)
{
	fast_progress_t *pr = w->progress;
	size_t done;

	if (!pr)
		return;
	done = __atomic_add_fetch(&pr->done, units, __ATOMIC_RELAXED);
	if (w->tid == 0)
		sn__progress(pr->to, pr->step, done < pr->total ? done : pr->total, pr->total);
}

/* Waits for thread `tid`, reporting `pr` (may be NULL) every tenth of a second meanwhile. */
static void join_reporting(pthread_t tid, fast_progress_t *pr)
{
	struct timespec until;

	while (pr) {
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 100000000;
		if (until.tv_nsec >= 1000000000) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000;
		}
		if (pthread_timedjoin_np(tid, NULL, &until) != ETIMEDOUT)
			return;
		size_t done = __atomic_load_n(&pr->done, __ATOMIC_RELAXED);
		sn__progress(pr->to, pr->step, done < pr->total ? done : pr->total, pr->total);
	}
	pthread_join(tid, NULL);
}

/*
 * Runs the searches on `nt` workers.  A thread that cannot be started has
 * its share run in the calling thread instead, so the result is the same.
 */
void sn__fast_run_all(worker_t *ws, int nt, void *(*job)(void *), fast_progress_t *pr)
{
	/* On the stack (nt <= MAX_THREADS): no allocation that could fail halfway. */
	pthread_t tids[MAX_THREADS];
	bool started[MAX_THREADS] = { false };

	if (pr && !(pr->to && pr->to->fn))
		pr = NULL;
	if (pr) {
		pr->done = 0;
		sn__progress(pr->to, pr->step, 0, pr->total);
	}
	for (int t = 0; t < nt; t++)
		ws[t].progress = pr;
	for (int t = 1; t < nt && t < MAX_THREADS; t++)
		started[t] = pthread_create(&tids[t], NULL, job, &ws[t]) == 0;
	job(&ws[0]);
	for (int t = 1; t < nt; t++) {
		if (t < MAX_THREADS && started[t])
			join_reporting(tids[t], pr);
		else
			job(&ws[t]);
	}
	if (pr)
		sn__progress(pr->to, pr->step, pr->total, pr->total);
}

typedef struct {
	void (*fn)(void *arg, int64_t lo, int64_t hi);
	void *arg;
	int64_t lo, hi;
} span_t;

static void *span_run(void *arg)
{
	const span_t *s = arg;

	s->fn(s->arg, s->lo, s->hi);
	return NULL;
}

/* The first row r with before(r) >= work (n when there is none). */
static int64_t first_row_after(int64_t n, int64_t work,
			       int64_t (*before)(const void *arg, int64_t row), const void *arg)
{
	int64_t lo = 0, hi = n;

	while (lo < hi) {
		int64_t mid = lo + (hi - lo) / 2;

		if (before(arg, mid) < work)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void sn__fast_spans_run(int64_t n, int nt, int64_t (*before)(const void *arg, int64_t row),
			void (*fn)(void *arg, int64_t lo, int64_t hi), void *arg)
{
	span_t span[MAX_SPANS];
	pthread_t tid[MAX_SPANS];
	bool started[MAX_SPANS] = { false };
	int64_t total = before(arg, n), row = 0;

	nt = nt < 1 ? 1 : nt < MAX_SPANS ? nt : MAX_SPANS;
	for (int t = 0; t < nt; t++) {
		int64_t until = t + 1 < nt ? first_row_after(n, total / nt * (t + 1), before, arg) : n;

		span[t] = (span_t){ fn, arg, row, until > row ? until : row };
		row = span[t].hi;
	}
	for (int t = 1; t < nt; t++)
		started[t] = pthread_create(&tid[t], NULL, span_run, &span[t]) == 0;
	span_run(&span[0]);
	for (int t = 1; t < nt; t++) {
		if (started[t])
			pthread_join(tid[t], NULL);
		else
			span_run(&span[t]);
	}
}

/*
 * Shared set-up of both entry points: checks, the CSR copy and one worker
 * per thread.  Fills *nt_out with the number of workers allocated.
 */
static sn_error_t prepare(csr_t *c, worker_t **ws_out, int *nt_out, const igraph_t *g,
			  const igraph_vector_t *weights, int threads, bool betweenness)
{
	sn_error_t err;
	worker_t *ws;
	int nt;

	*ws_out = NULL;
	*nt_out = 0;
	if ((err = sn__graph_check_weights(g, weights, betweenness ? "betweenness" : "closeness")) !=
	    SN_OK)
		return err;
	if ((err = sn__fast_csr_build(c, g, weights)) != SN_OK)
		return err;
	nt = sn__fast_thread_count(threads, c->n);
	ws = calloc((size_t)nt, sizeof *ws);
	if (!ws)
		return sn_error_set(SN_ENOMEM, "shortest paths: out of memory");
	*ws_out = ws;
	*nt_out = nt;
	for (int t = 0; t < nt; t++) {
		ws[t].g = c;
		ws[t].tid = t;
		ws[t].nthreads = nt;
		ws[t].betweenness = betweenness;
		if (!sn__fast_worker_alloc(&ws[t], c, betweenness))
			return sn_error_set(SN_ENOMEM, "shortest paths: out of memory");
	}
	return SN_OK;
}

void sn__fast_release(csr_t *c, worker_t *ws, int nt)
{
	for (int t = 0; t < nt; t++)
		worker_free(&ws[t]);
	free(ws);
	sn__fast_csr_free(c);
}

sn_error_t sn_betweenness_fast(igraph_vector_t *out, const igraph_t *g,
			       const igraph_vector_t *weights, int threads)
{
	return sn__betweenness_fast_progress(out, g, weights, threads, NULL, NULL);
}

sn_error_t sn__betweenness_fast_progress(igraph_vector_t *out, const igraph_t *g,
					 const igraph_vector_t *weights, int threads,
					 const sn_progress_t *progress, const char *step)
{
	fast_progress_t pr = { progress, step, 0, 0 };
	csr_t c;
	worker_t *ws = NULL;
	int nt = 0;
	sn_error_t err;

	memset(&c, 0, sizeof c);
	err = prepare(&c, &ws, &nt, g, weights, threads, true);
	if (err != SN_OK)
		goto done;
	for (int t = 0; t < nt; t++)
		ws[t].nsources = c.n;
	if ((err = sn_error_from_igraph(igraph_vector_resize(out, c.n), "betweenness")) != SN_OK)
		goto done;
	pr.total = (size_t)c.n;
	sn__fast_run_all(ws, nt, worker_run, &pr);
	for (int32_t v = 0; v < c.n; v++) {
		double sum = 0;

		for (int t = 0; t < nt; t++)
			sum += ws[t].score[v];
		VECTOR(*out)[v] = igraph_is_directed(g) ? sum : sum / 2;
	}
done:
	sn__fast_release(&c, ws, nt);
	return err;
}

/* Closeness and harmonic over `nsources` sources; bipartite: see sn_closeness_bipartite_fast(). */
static sn_error_t closeness_run(igraph_vector_t *closeness_out, igraph_vector_t *harmonic_out,
				igraph_vector_t *reached_out, const igraph_t *g,
				const igraph_vector_t *weights, int threads, igraph_integer_t nfirst,
				bool normalized, const sn_progress_t *progress, const char *step)
{
	fast_progress_t pr = { progress, step, 0, 0 };
	csr_t c;
	worker_t *ws = NULL;
	int nt = 0;
	sn_error_t err;
	int32_t ns;
	bool multi;

	memset(&c, 0, sizeof c);
	err = prepare(&c, &ws, &nt, g, weights, threads, false);
	if (err != SN_OK)
		goto done;
	ns = nfirst >= 0 ? (int32_t)nfirst : c.n;
	if (closeness_out &&
	    (err = sn_error_from_igraph(igraph_vector_resize(closeness_out, ns), "closeness")))
		goto done;
	if (harmonic_out &&
	    (err = sn_error_from_igraph(igraph_vector_resize(harmonic_out, ns), "harmonic")))
		goto done;
	if (reached_out &&
	    (err = sn_error_from_igraph(igraph_vector_resize(reached_out, ns), "closeness")))
		goto done;
	/* Each source writes only its own slot, so the threads share the outputs. */
	for (int t = 0; t < nt; t++) {
		ws[t].close = closeness_out ? VECTOR(*closeness_out) : NULL;
		ws[t].harm = harmonic_out ? VECTOR(*harmonic_out) : NULL;
		ws[t].reached = reached_out ? VECTOR(*reached_out) : NULL;
		ws[t].nsources = ns;
		ws[t].bipartite = nfirst >= 0;
		ws[t].raw = !normalized;
	}
	/* Unweighted one-mode searches go 64 sources at a time. */
	multi = !weights && nfirst < 0;
	for (int t = 0; multi && t < nt; t++) {
		size_t n = (size_t)c.n + 1;

		ws[t].seen = malloc(n * sizeof *ws[t].seen);
		ws[t].front = malloc(n * sizeof *ws[t].front);
		ws[t].next = malloc(n * sizeof *ws[t].next);
		if (!ws[t].seen || !ws[t].front || !ws[t].next) {
			err = sn_error_set(SN_ENOMEM, "shortest paths: out of memory");
			goto done;
		}
	}
	pr.total = (size_t)ns;
	if (closeness_out || harmonic_out || reached_out)
		sn__fast_run_all(ws, nt, multi ? msbfs_run : worker_run, &pr);
done:
	sn__fast_release(&c, ws, nt);
	return err;
}

sn_error_t sn_closeness_fast(igraph_vector_t *closeness_out, igraph_vector_t *harmonic_out,
			     const igraph_t *g, const igraph_vector_t *weights, int threads)
{
	return closeness_run(closeness_out, harmonic_out, NULL, g, weights, threads, -1, true, NULL,
			     NULL);
}

sn_error_t sn_closeness_bipartite_fast(igraph_vector_t *closeness_out,
				       igraph_vector_t *harmonic_out, const igraph_t *g,
				       igraph_integer_t nfirst, int threads)
{
	igraph_integer_t n = igraph_vcount(g);

	if (igraph_is_directed(g) || nfirst < 0 || nfirst > n)
		return sn_error_set(SN_EINVAL, "closeness: need an undirected two-mode graph with "
				    "0 <= nfirst <= %" IGRAPH_PRId " vertices", n);
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++)
		if ((IGRAPH_FROM(g, e) < nfirst) == (IGRAPH_TO(g, e) < nfirst))
			return sn_error_set(SN_EINVAL, "closeness: edge %" IGRAPH_PRId " joins two "
					    "vertices of the same mode", e);
	return closeness_run(closeness_out, harmonic_out, NULL, g, NULL, threads, nfirst, true, NULL,
			     NULL);
}

sn_error_t sn__closeness_fast_scaled(igraph_vector_t *closeness_out,
				     igraph_vector_t *harmonic_out, igraph_vector_t *reached_out,
				     const igraph_t *g, const igraph_vector_t *weights, int threads,
				     bool normalized, const sn_progress_t *progress, const char *step)
{
	return closeness_run(closeness_out, harmonic_out, reached_out, g, weights, threads, -1,
			     normalized, progress, step);
}
