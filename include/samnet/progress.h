/*
 * samnet/progress.h: progress of the long steps, reported to a callback.
 *
 * The library never prints: a step that can take seconds on a large network
 * (loading a dataset, building a projection, the measures of a centrality
 * table, writing an export) calls the caller's function now and then, and the
 * caller decides what to show (the samnet command draws a bar on a terminal).
 * The reporter travels with the call: sn_dataset_load_progress() for
 * loading, sn_network_t.progress (samnet/network.h, the igraph-typed struct)
 * for every step on that network and its projections, and the `progress`
 * member of the significance and backbone options for their null samples.
 */
#ifndef SAMNET_PROGRESS_H
#define SAMNET_PROGRESS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * One report: `step` names the step ("load", "projection", "centrality",
 * "communities", "export", "samples"; static text), `done` of `total` units are done.  Within one run of
 * a step, total is fixed and done never decreases; the last report of a step
 * that completes has done == total.  Called on the caller's thread, never
 * from a worker thread.  Must not call back into the library.
 */
typedef void (*sn_progress_fn)(const char *step, size_t done, size_t total, void *arg);

/* A reporter: fn (NULL: no reports) and its argument.  Zeroed: none. */
typedef struct {
	sn_progress_fn fn;
	void *arg;
} sn_progress_t;

#ifdef __cplusplus
}
#endif
#endif
