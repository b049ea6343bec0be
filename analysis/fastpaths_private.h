/*
 * fastpaths_private.h: the compact adjacency array and the per-thread
 * workers shared by analysis/fastpaths.c (exact Brandes betweenness,
 * closeness, harmonic) and analysis/betweenness_approx.c (sampling).
 */
#ifndef SAMNET_FASTPATHS_PRIVATE_H
#define SAMNET_FASTPATHS_PRIVATE_H

#include <stdbool.h>
#include <stdint.h>

#include <igraph.h>

#include "samnet/error.h"
#include "samnet/progress.h"

/* Sources are dealt to threads in chunks of this many consecutive vertices. */
#define CHUNK 16

/* The most threads a search uses. */
#define MAX_THREADS 256

/* Out-adjacency (both directions when undirected), self-loops dropped. */
typedef struct {
	int32_t n;
	int64_t *off;     /* [n+1] */
	int32_t *adj;     /* [off[n]] */
	double *len;      /* [off[n]] edge lengths, or NULL */
	int64_t *poff;    /* [n+1] predecessor slots: in-degree prefix sums */
} csr_t;

/*
 * Progress of one parallel run, shared by its workers: units (sources or
 * samples) done of total, counted by every worker and reported to `to` on
 * the calling thread only (samnet/progress.h).
 */
typedef struct {
	const sn_progress_t *to;   /* NULL or no function: nothing is counted */
	const char *step;
	size_t total;
	size_t done;               /* atomic: __atomic builtins */
} fast_progress_t;

typedef struct {
	const csr_t *g;
	int tid, nthreads;
	fast_progress_t *progress;   /* set by sn__fast_run_all() */
	int32_t nsources;   /* sources 0 .. nsources-1: all vertices, or the first mode */
	bool bipartite;     /* distances are hops / 2 and count only first-mode targets */
	bool betweenness;
	bool raw;           /* closeness 1/sum and harmonic sum, not normalised */
	/* per-thread scratch */
	double *dist, *sigma, *delta;
	int32_t *order, *heap, *hpos, *pcnt, *pred;
	/* per-thread results */
	double *score, *close, *harm, *reached;
	/* sampling (sn_betweenness_approx) */
	struct side { int32_t *dist, *seen; double *sigma; int32_t nseen, start, level; } side[2];
	/* weighted sampling: one Dijkstra per end; hpos -1 unseen, -2 settled */
	struct wside {
		double *dist, *sigma;
		int32_t *heap, *hpos, *seen;
		int32_t hsize, nseen;
		int64_t work;   /* adjacency entries scanned, to balance the two sides */
	} wside[2];
	double *count;
	/* multi-source BFS (closeness, harmonic): one bit per source of a batch of 64 */
	uint64_t *seen, *front, *next;
	uint64_t seed;
	int64_t samples;
} worker_t;

/* Copies `g` (and lengths `w`, may be NULL) into `c`; SN_ELIMIT, SN_ENOMEM. */
sn_error_t sn__fast_csr_build(csr_t *c, const igraph_t *g, const igraph_vector_t *w);
void sn__fast_csr_free(csr_t *c);

/* Per-thread scratch for searches (with predecessor lists when `betweenness`). */
bool sn__fast_worker_alloc(worker_t *w, const csr_t *g, bool betweenness);

/*
 * Dijkstra from s in igraph's conventions (dist = distance + 1, relative
 * ties), stopping once `stop` (-1: none) is settled; returns the number of
 * settled vertices, listed in w->order.  Queued, unsettled vertices are
 * cleared before returning.
 */
int32_t sn__fast_dijkstra(worker_t *w, int32_t s, int32_t stop);

/*
 * Threads to use for `n` sources when `threads` are asked for: `threads`
 * when > 0; otherwise the environment variable SAMNET_THREADS when it holds
 * a whole number 1..256, else one per online processor (at most 256).
 * Capped at one thread per CHUNK sources.
 */
int sn__fast_thread_count(int threads, int32_t n);

/*
 * sn_closeness_fast() with igraph's raw values when `normalized` is false:
 * closeness 1 / (sum of distances to the reached vertices), NaN when none is
 * reached; harmonic the plain sum of 1 / distance.  `reached_out` (may be
 * NULL) receives the number of other vertices each vertex reaches
 * (igraph_closeness's reachable_count).
 */
sn_error_t sn__closeness_fast_scaled(igraph_vector_t *closeness_out,
				     igraph_vector_t *harmonic_out, igraph_vector_t *reached_out,
				     const igraph_t *g, const igraph_vector_t *weights, int threads,
				     bool normalized, const sn_progress_t *progress, const char *step);

/* sn_betweenness_fast() reporting the sources searched to `progress` (may be NULL) as `step`. */
sn_error_t sn__betweenness_fast_progress(igraph_vector_t *out, const igraph_t *g,
					 const igraph_vector_t *weights, int threads,
					 const sn_progress_t *progress, const char *step);

/* sn_betweenness_approx() reporting the samples drawn to `progress` (may be NULL) as `step`. */
sn_error_t sn__betweenness_approx_progress(igraph_vector_t *out, int64_t *samples_out,
					   const igraph_t *g, const igraph_vector_t *weights,
					   double eps, double delta, uint64_t seed, int threads,
					   const sn_progress_t *progress, const char *step);

/*
 * Runs job(&ws[t]) for every worker, in threads where possible.  With `pr`
 * (may be NULL), reports pr->done of pr->total to pr->to on the calling
 * thread: at 0, while the work runs (worker 0 after its own units through
 * sn__fast_advance(), then about ten times a second until every thread has
 * ended) and at pr->total at the end.
 */
void sn__fast_run_all(worker_t *ws, int nt, void *(*job)(void *), fast_progress_t *pr);

/* The most spans sn__fast_spans_run() cuts. */
#define MAX_SPANS 16

/*
 * Runs fn(arg, lo, hi) over the rows 0 .. n-1 cut into `nt` (at most
 * MAX_SPANS) consecutive spans of about equal work, where before(arg, i) is
 * the work of the rows before row i, nondecreasing in i.  The first span runs
 * on the calling thread, each other on a thread of its own (or on the caller
 * when the thread cannot start); returns when all have ended.  Each row is
 * handled whole by one span, so results that are per row do not depend on nt.
 */
void sn__fast_spans_run(int64_t n, int nt, int64_t (*before)(const void *arg, int64_t row),
			void (*fn)(void *arg, int64_t lo, int64_t hi), void *arg);

/* Counts `units` done by worker `w`; worker 0, on the calling thread, reports the sum. */
void sn__fast_advance(worker_t *w, size_t units);

/* Frees the workers and the adjacency array. */
void sn__fast_release(csr_t *c, worker_t *ws, int nt);

#endif
