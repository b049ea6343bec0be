/*
 * bench_samnet: the samnet side of scripts/bench.sh.
 *
 *   bench_samnet generate DIR ACTORS PROJECTS SEED
 *   bench_samnet run DIR [--runs R] [--threads T] [--skip step,step] [--skip-reason TEXT]
 *                        [--out TMPDIR] [--eps EPS]
 *
 * `run` loads the dataset and times each pipeline step with samnet's
 * library, printing one JSON object per line on stdout: the step timings
 * (median of R runs; steps slower than 2 s run once), the values the
 * report compares with the peers (top-10 actors by PageRank and betweenness,
 * modularity, tie counts) and the peak resident memory (getrusage).
 * Steps whose module has not landed in libsamnet are reported as skipped:
 * headers are probed with __has_include and functions are weak symbols.
 */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <igraph.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/fast.h"
#include "samnet/generate.h"
#include "samnet/network.h"

#if __has_include("samnet/centrality.h")
#include "samnet/centrality.h"
#define HAVE_CENTRALITY 1
#pragma weak sn_centrality_degree
#pragma weak sn_centrality_strength
#pragma weak sn_centrality_eigenvector
#pragma weak sn_centrality_pagerank
#pragma weak sn_centrality_coreness
#pragma weak sn_centrality_betweenness
#pragma weak sn_centrality_closeness
#pragma weak sn_centrality_harmonic
#endif
#if __has_include("samnet/communities.h")
#include "samnet/communities.h"
#define HAVE_COMMUNITIES 1
#pragma weak sn_communities_detect
#endif
#if __has_include("samnet/export.h")
#include "samnet/export.h"

#include "test_graph.h"

#define HAVE_EXPORT 1
#pragma weak sn_export_write
#endif
#pragma weak sn_dataset_load
#pragma weak sn_dataset_free
#pragma weak sn_network_init
#pragma weak sn_network_build
#pragma weak sn_network_destroy
#pragma weak sn_network_vertex_id
#pragma weak sn_projection_init
#pragma weak sn_projection_build
#pragma weak sn_projection_destroy

typedef struct {
	const char *dir;
	int runs, threads;
	const char *skip;
	const char *skip_reason;
	const char *tmpdir;
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t count, newman;
	igraph_vector_t v;         /* the last measure */
	igraph_vector_t exact;     /* exact unweighted betweenness, when computed */
	double eps;                /* --eps of the sampled betweenness */
	igraph_vector_int_t memb;
	double q;                  /* modularity of the last partition */
	igraph_integer_t ncomm;
	bool have_net, have_proj;
	int64_t samples;
} bench_t;

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void emit_skip(const char *step, const char *why)
{
	printf("{\"tool\": \"samnet\", \"step\": \"%s\", \"skipped\": \"%s\"}\n", step, why);
	fflush(stdout);
}

static bool skipped(const bench_t *b, const char *step)
{
	const char *s = b->skip;
	size_t n = strlen(step);

	while (s && *s) {
		if (strncmp(s, step, n) == 0 && (s[n] == ',' || s[n] == '\0'))
			return true;
		s = strchr(s, ',');
		s = s ? s + 1 : NULL;
	}
	return false;
}

/*
 * Times `fn` (median of b->runs runs; one run when the first takes over 2 s)
 * and prints the step line.  Returns false when the step failed.
 */
static bool timed(bench_t *b, const char *step, sn_error_t (*fn)(bench_t *))
{
	double t[32];
	int n = 0;

	if (skipped(b, step)) {
		emit_skip(step, b->skip_reason ? b->skip_reason : "skipped by --skip");
		return false;
	}
	do {
		double t0 = now();
		sn_error_t err = fn(b);

		t[n++] = now() - t0;
		if (err != SN_OK) {
			emit_skip(step, sn_error_last());
			return false;
		}
	} while (n < b->runs && n < 32 && t[0] < 2.0);
	/* Every measure samnet times is non-negative and finite where defined (closeness of an
	 * isolated actor is NaN): a negative or infinite value is a wrong result, not a time. */
	for (igraph_integer_t i = 0; i < igraph_vector_size(&b->v); i++)
		if (VECTOR(b->v)[i] < 0 || isinf(VECTOR(b->v)[i])) {
			fprintf(stderr, "bench_samnet: %s: value %g at %" IGRAPH_PRId " is out of range\n",
				step, VECTOR(b->v)[i], i);
			abort();
		}
	qsort(t, (size_t)n, sizeof t[0], cmp_double);
	printf("{\"tool\": \"samnet\", \"step\": \"%s\", \"seconds\": %.6f, \"runs\": %d}\n", step,
	       n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2, n);
	fflush(stdout);
	return true;
}

/* Prints the ids and values of the 12 largest entries of b->v. */
static void emit_top(const bench_t *b, const char *check)
{
	igraph_vector_int_t idx;
	igraph_integer_t n = igraph_vector_size(&b->v);

	igraph_vector_int_init(&idx, 0);
	igraph_vector_qsort_ind(&b->v, &idx, IGRAPH_DESCENDING);
	printf("{\"tool\": \"samnet\", \"check\": \"%s\", \"top\": [", check);
	for (igraph_integer_t i = 0; i < n && i < 12; i++) {
		igraph_integer_t v = VECTOR(idx)[i];

		printf("%s[\"%s\", %.17g]", i ? ", " : "",
		       sn_network_vertex_id(&b->net, v + (igraph_integer_t)b->newman.offset),
		       VECTOR(b->v)[v]);
	}
	printf("]}\n");
	igraph_vector_int_destroy(&idx);
}

static void emit_value(const char *check, double value)
{
	printf("{\"tool\": \"samnet\", \"check\": \"%s\", \"value\": %.17g}\n", check, value);
}

/* ---- steps ---------------------------------------------------------------- */

static sn_error_t st_load(bench_t *b)
{
	sn_diag_t diag;
	sn_error_t err;

	sn_dataset_free(b->ds);
	b->ds = NULL;
	sn_diag_init(&diag);
	err = sn_dataset_load(&b->ds, b->dir, NULL, &diag);
	if (err == SN_OK && diag.count > 0)
		err = sn_error_set(SN_EDATA, "%zu diagnostics", diag.count);
	sn_diag_destroy(&diag);
	return err;
}

static sn_error_t st_twomode(bench_t *b)
{
	sn_network_destroy(&b->net);
	sn_network_init(&b->net);
	return sn_network_build(&b->net, b->ds, NULL);
}

static sn_error_t st_proj_count(bench_t *b)
{
	sn_projection_destroy(&b->count);
	sn_projection_init(&b->count);
	return sn_projection_build(&b->count, &b->net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0);
}

static sn_error_t st_proj_newman(bench_t *b)
{
	sn_projection_destroy(&b->newman);
	sn_projection_init(&b->newman);
	return sn_projection_build(&b->newman, &b->net, SN_MODE_ACTORS, SN_WEIGHT_NEWMAN, 0);
}

/*
 * The path measures through samnet/centrality.h, the functions `samnet
 * centrality`, the exports and the report call (they run the parallel
 * paths of samnet/fast.h; --threads reaches them through SAMNET_THREADS).
 * Raw values, as python-igraph returns them.
 */
static sn_error_t st_betweenness(bench_t *b)
{
	return sn_centrality_betweenness(&b->v, test_graph(&b->newman), NULL, false);
}

/* Lengths 1/w: sn_centrality_betweenness() takes the strengths and inverts them. */
static sn_error_t st_betweenness_w(bench_t *b)
{
	return sn_centrality_betweenness(&b->v, test_graph(&b->newman), test_weights(&b->newman), false);
}

static sn_error_t st_betweenness_approx(bench_t *b)
{
	int64_t r;
	sn_error_t err = sn_betweenness_approx(&b->v, &r, test_graph(&b->newman), NULL, b->eps, 0.1, 1,
					       b->threads);

	b->samples = r;
	return err;
}

/* Closeness and harmonic of the projection, normalised as python-igraph's defaults. */
static sn_error_t st_closeness(bench_t *b)
{
	return sn_centrality_closeness(&b->v, test_graph(&b->newman), NULL, true);
}

static sn_error_t st_harmonic(bench_t *b)
{
	return sn_centrality_harmonic(&b->v, test_graph(&b->newman), NULL, true);
}

static sn_error_t st_components(bench_t *b)
{
	igraph_integer_t nc;

	return sn_error_from_igraph(igraph_connected_components(test_graph(&b->newman), &b->memb, NULL,
								&nc, IGRAPH_WEAK), "components");
}

#ifdef HAVE_CENTRALITY
static sn_error_t st_degree(bench_t *b)
{
	return sn_centrality_degree(&b->v, test_graph(&b->newman), false);
}

static sn_error_t st_strength(bench_t *b)
{
	return sn_centrality_strength(&b->v, test_graph(&b->newman), test_weights(&b->newman));
}

static sn_error_t st_eigenvector(bench_t *b)
{
	return sn_centrality_eigenvector(&b->v, test_graph(&b->newman), test_weights(&b->newman), true);
}

static sn_error_t st_pagerank(bench_t *b)
{
	return sn_centrality_pagerank(&b->v, test_graph(&b->newman), test_weights(&b->newman), true);
}

static sn_error_t st_kcore(bench_t *b)
{
	return sn_centrality_coreness(&b->v, test_graph(&b->newman));
}
#endif

#ifdef HAVE_COMMUNITIES
static sn_error_t detect(bench_t *b, sn_community_algorithm_t alg)
{
	sn_communities_options_t o;
	sn_communities_summary_t s;
	sn_error_t err;

	sn_communities_options_default(&o);
	o.algorithm = alg;
	err = sn_communities_detect(&b->memb, &s, test_graph(&b->newman), test_weights(&b->newman), &o);
	b->q = s.modularity;
	b->ncomm = s.communities;
	return err;
}

static sn_error_t st_louvain(bench_t *b)
{
	return detect(b, SN_COMMUNITY_LOUVAIN);
}

static sn_error_t st_leiden(bench_t *b)
{
	return detect(b, SN_COMMUNITY_LEIDEN);
}

static sn_error_t st_labelprop(bench_t *b)
{
	return detect(b, SN_COMMUNITY_LABELPROP);
}

static sn_error_t st_walktrap(bench_t *b)
{
	return detect(b, SN_COMMUNITY_WALKTRAP);
}
#endif

#ifdef HAVE_EXPORT
/* The Newman projection with the actors' fields, as GraphML. */
static sn_error_t st_graphml(bench_t *b)
{
	sn_export_t x = SN_EXPORT_INIT;
	char path[512];
	FILE *fp;
	sn_error_t err;

	snprintf(path, sizeof path, "%s/bench_samnet.graphml", b->tmpdir);
	if (!(fp = fopen(path, "w")))
		return sn_error_set(SN_EIO, "%s: cannot open", path);
	x.net = &b->net;
	x.proj = &b->newman;
	err = sn_export_write(fp, SN_EXPORT_GRAPHML, &x);
	if (fclose(fp) != 0 && err == SN_OK)
		err = sn_error_set(SN_EIO, "%s: write failed", path);
	remove(path);
	return err;
}
#endif

/* ---- the pipeline ----------------------------------------------------------- */

static void emit_projection_checks(const bench_t *b)
{
	double sum = 0;

	for (igraph_integer_t e = 0; e < igraph_vector_size(test_weights(&b->newman)); e++)
		sum += VECTOR(*test_weights(&b->newman))[e];
	emit_value("actors", (double)igraph_vcount(test_graph(&b->newman)));
	emit_value("ties", (double)igraph_ecount(test_graph(&b->newman)));
	emit_value("newman_weight_sum", sum);
}

static void run_centrality(bench_t *b)
{
#ifdef HAVE_CENTRALITY
	struct { const char *name; sn_error_t (*fn)(bench_t *); bool landed; } s[] = {
		{ "degree", st_degree, sn_centrality_degree != NULL },
		{ "strength", st_strength, sn_centrality_strength != NULL },
	};

	for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
		if (!s[i].landed)
			emit_skip(s[i].name, "module not landed");
		else
			timed(b, s[i].name, s[i].fn);
	}
#else
	emit_skip("degree", "module not landed");
	emit_skip("strength", "module not landed");
#endif
	if (timed(b, "betweenness", st_betweenness)) {
		emit_top(b, "betweenness_top");
		igraph_vector_update(&b->exact, &b->v);
	}
	timed(b, "betweenness_w", st_betweenness_w);
	if (timed(b, "betweenness_approx", st_betweenness_approx)) {
		double n = (double)igraph_vector_size(&b->v), worst = 0;

		emit_value("betweenness_approx_samples", (double)b->samples);
		emit_value("betweenness_approx_eps", b->eps);
		/* The guarantee is on the normalised scale b / (n(n-1)/2). */
		for (igraph_integer_t i = 0; i < igraph_vector_size(&b->exact); i++)
			worst = fmax(worst, fabs(VECTOR(b->v)[i] - VECTOR(b->exact)[i]) /
					    (n * (n - 1) / 2));
		if (igraph_vector_size(&b->exact) == igraph_vector_size(&b->v) && n > 1)
			emit_value("betweenness_approx_max_error", worst);
	}
	timed(b, "closeness", st_closeness);
	if (timed(b, "harmonic", st_harmonic))
		emit_top(b, "harmonic_top");
#ifdef HAVE_CENTRALITY
	if (!sn_centrality_eigenvector)
		emit_skip("eigenvector", "module not landed");
	else
		timed(b, "eigenvector", st_eigenvector);
	if (!sn_centrality_pagerank)
		emit_skip("pagerank", "module not landed");
	else if (timed(b, "pagerank", st_pagerank))
		emit_top(b, "pagerank_top");
	if (!sn_centrality_coreness) {
		emit_skip("kcore", "module not landed");
	} else if (timed(b, "kcore", st_kcore)) {
		emit_value("max_coreness", igraph_vector_max(&b->v));
	}
#else
	emit_skip("eigenvector", "module not landed");
	emit_skip("pagerank", "module not landed");
	emit_skip("kcore", "module not landed");
#endif
}

static void run_communities(bench_t *b)
{
	if (timed(b, "components", st_components))
		emit_value("components", igraph_vector_int_size(&b->memb) ?
			   (double)igraph_vector_int_max(&b->memb) + 1 : 0);
#ifdef HAVE_COMMUNITIES
	struct { const char *name; sn_error_t (*fn)(bench_t *); } s[] = {
		{ "louvain", st_louvain }, { "leiden", st_leiden },
		{ "labelprop", st_labelprop }, { "walktrap", st_walktrap },
	};
	char check[64];

	for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
		if (!sn_communities_detect) {
			emit_skip(s[i].name, "module not landed");
		} else if (timed(b, s[i].name, s[i].fn)) {
			snprintf(check, sizeof check, "%s_modularity", s[i].name);
			emit_value(check, b->q);
		}
	}
#else
	emit_skip("louvain", "module not landed");
	emit_skip("leiden", "module not landed");
	emit_skip("labelprop", "module not landed");
	emit_skip("walktrap", "module not landed");
#endif
#ifdef HAVE_EXPORT
	if (sn_export_write)
		timed(b, "graphml", st_graphml);
	else
#endif
		emit_skip("graphml", "module not landed");
}

static void run_pipeline(bench_t *b)
{
	if (!sn_dataset_load || !sn_network_build || !sn_projection_build) {
		emit_skip("load", "module not landed");
		return;
	}
	if (!timed(b, "load", st_load) || !timed(b, "twomode", st_twomode))
		return;
	b->have_net = true;
	if (!timed(b, "proj_count", st_proj_count) || !timed(b, "proj_newman", st_proj_newman))
		return;
	b->have_proj = true;
	emit_projection_checks(b);
	run_centrality(b);
	run_communities(b);
}

static int usage(void)
{
	fprintf(stderr, "usage: bench_samnet generate DIR ACTORS PROJECTS SEED\n"
			"       bench_samnet run DIR [--runs R] [--threads T] [--skip s1,s2]"
			" [--skip-reason TEXT] [--out TMPDIR] [--eps EPS]\n");
	return 2;
}

static int cmd_generate(int argc, char **argv)
{
	sn_generate_params_t p;
	double t0 = now();

	if (argc != 6)
		return usage();
	sn_generate_params_init(&p);
	{
		char *e1, *e2, *e3;

		p.nactors = strtoul(argv[3], &e1, 10);
		p.nprojects = strtoul(argv[4], &e2, 10);
		p.seed = strtoul(argv[5], &e3, 10);
		if (*e1 || *e2 || *e3)
			return usage();
	}
	if (sn_generate(argv[2], &p) != SN_OK) {
		fprintf(stderr, "bench_samnet: %s\n", sn_error_last());
		return 1;
	}
	fprintf(stderr, "bench_samnet: generated %s in %.2f s\n", argv[2], now() - t0);
	return 0;
}

int main(int argc, char **argv)
{
	bench_t b;
	struct rusage ru;

	sn_setup();
	if (argc >= 2 && strcmp(argv[1], "generate") == 0)
		return cmd_generate(argc, argv);
	if (argc < 3 || strcmp(argv[1], "run") != 0)
		return usage();
	memset(&b, 0, sizeof b);
	b.dir = argv[2];
	b.runs = 3;
	b.eps = 0.01;
	b.tmpdir = "/tmp";
	for (int i = 3; i < argc; i += 2) {
		char *end = NULL;
		const char *val = i + 1 < argc ? argv[i + 1] : NULL;

		if (!val)
			return usage();
		if (strcmp(argv[i], "--runs") == 0 || strcmp(argv[i], "--threads") == 0) {
			long x = strtol(val, &end, 10);

			if (*end || x < 0 || x > 1024)
				return usage();
			if (argv[i][2] == 'r')
				b.runs = x > 0 ? (int)x : 1;
			else
				b.threads = (int)x;
		} else if (strcmp(argv[i], "--eps") == 0) {
			b.eps = strtod(val, &end);
			if (*end || !(b.eps > 0 && b.eps < 1))
				return usage();
		} else if (strcmp(argv[i], "--skip") == 0) {
			b.skip = val;
		} else if (strcmp(argv[i], "--skip-reason") == 0) {
			b.skip_reason = val;
		} else if (strcmp(argv[i], "--out") == 0) {
			b.tmpdir = val;
		} else {
			return usage();
		}
	}
	if (b.threads > 0) {   /* the thread count of samnet/centrality.h's path measures */
		char t[16];

		snprintf(t, sizeof t, "%d", b.threads);
		setenv("SAMNET_THREADS", t, 1);
	}
	igraph_vector_init(&b.v, 0);
	igraph_vector_init(&b.exact, 0);
	igraph_vector_int_init(&b.memb, 0);
	if (sn_network_init) {
		sn_network_init(&b.net);
		sn_projection_init(&b.count);
		sn_projection_init(&b.newman);
	}
	run_pipeline(&b);
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"tool\": \"samnet\", \"peak_rss_kb\": %ld}\n", ru.ru_maxrss);
	if (sn_network_init) {
		sn_projection_destroy(&b.count);
		sn_projection_destroy(&b.newman);
		sn_network_destroy(&b.net);
		sn_dataset_free(b.ds);
	}
	igraph_vector_destroy(&b.v);
	igraph_vector_destroy(&b.exact);
	igraph_vector_int_destroy(&b.memb);
	return ferror(stdout) ? 1 : 0;
}
