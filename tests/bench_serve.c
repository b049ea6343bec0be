/*
 * Benchmark of samnet serve's click (issue 21): GET /api/coalition with the
 * 290 kommuner as players, weighted by population, exact Banzhaf
 * (indices=banzhaf), answered by the API on the bundled dataset.  Prints the
 * best and the median of RUNS answers in seconds and whether the best is
 * within the 1 s.  Not a test (timings belong in benchmarks): run
 *
 *     make tests/bench_serve && srcdir=.. tests/bench_serve [RUNS]
 *
 * from the build folder.  Exit 0 unless the API fails.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "samnet/advanced.h"
#include "serve/serve.h"

static const char *const query =
	"members=kommuner:12&players=kommuner:*&indices=banzhaf&rule=majority";

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	const char *srcdir = getenv("srcdir");
	int runs = argc > 1 ? atoi(argv[1]) : 5;
	char dir[4096], buf[1024];
	sn_dataset_t *ds = NULL;
	sn_network_t net;
	sn_diag_t diag;
	serve_args_t args;
	serve_api_t api;
	double *t;

	if (runs < 1 || !(t = malloc((size_t)runs * sizeof *t)))
		return 2;
	snprintf(dir, sizeof dir, "%s/datasets/sweden", srcdir ? srcdir : "..");
	sn_diag_init(&diag);
	sn_network_init(&net);
	if (sn_dataset_load(&ds, dir, NULL, &diag) != SN_OK || sn_network_build(&net, ds, NULL) != SN_OK) {
		fprintf(stderr, "bench_serve: %s\n", sn_error_last());
		return 1;
	}
	api = (serve_api_t){ ds, &net, sn_territories_latest_year(ds->territories) };
	if (!serve_args_parse(&args, query, buf, sizeof buf))
		return 1;
	for (int k = 0; k < runs; k++) {
		serve_response_t r;
		double t0 = now();
		serve_api_answer(&r, &api, "/api/coalition", &args);
		t[k] = now() - t0;
		if (r.status != 200) {
			fprintf(stderr, "bench_serve: status %u: %s\n", r.status, r.body ? r.body : "");
			return 1;
		}
		free(r.body);
	}
	qsort(t, (size_t)runs, sizeof *t, by_value);
	printf("serve click, 290 kommuner as players, exact Banzhaf: best %.3f s, median %.3f s "
	       "of %d (target 1 s: %s)\n", t[0], t[runs / 2], runs, t[0] <= 1.0 ? "met" : "not met");
	free(t);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
	return 0;
}
