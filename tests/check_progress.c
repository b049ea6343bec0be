/*
 * Tests of the progress reports of the long steps (samnet/progress.h):
 * loading (sn_dataset_load_progress()), the projection, the measures of an
 * export's columns and communities, samnet communities (one run or an
 * ensemble) and the GraphML export report each step with a fixed total, a
 * done that never decreases and never passes the total, and a last report
 * at done == total; no reporter, no reports.
 */
#include "config.h"

#include <check.h>
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "samnet/advanced.h"
#include "samnet/generate.h"
#include "testutil.h"

enum { MAXREP = 4096 };

typedef struct {
	size_t n;
	const char *step[MAXREP];
	size_t done[MAXREP], total[MAXREP];
	pthread_t caller;      /* set: every report must come on this thread */
	bool check_thread;
} record_t;

static void on_report(const char *step, size_t done, size_t total, void *arg)
{
	record_t *r = arg;

	ck_assert_uint_lt(r->n, MAXREP);
	if (r->check_thread)
		ck_assert_msg(pthread_equal(pthread_self(), r->caller), "a report off the caller's thread");
	r->step[r->n] = step;
	r->done[r->n] = done;
	r->total[r->n] = total;
	r->n++;
}

/*
 * Checks the reports of `step`: they follow each other, total fixed, done
 * monotone within [0, total], the first at 0 and the last at total.  Returns
 * how many there were.
 */
static size_t check_step(const record_t *r, const char *step)
{
	size_t count = 0, first = 0;

	for (size_t i = 0; i < r->n; i++) {
		if (strcmp(r->step[i], step) != 0)
			continue;
		if (count == 0)
			first = i;
		ck_assert_msg(i == first + count, "%s: reports of another step in between", step);
		ck_assert_uint_eq(r->total[i], r->total[first]);
		ck_assert_uint_le(r->done[i], r->total[i]);
		if (count > 0)
			ck_assert_uint_ge(r->done[i], r->done[i - 1]);
		count++;
	}
	ck_assert_msg(count >= 2, "%s: %zu reports", step, count);
	ck_assert_uint_eq(r->done[first], 0);
	ck_assert_uint_eq(r->done[first + count - 1], r->total[first]);
	return count;
}

/* The size of file `name` in folder `dir`. */
static size_t file_bytes(const char *dir, const char *name)
{
	char path[4096];
	struct stat st;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	ck_assert_int_eq(stat(path, &st), 0);
	return (size_t)st.st_size;
}

typedef struct {
	char *dir;
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
} fixture_t;

/* A generated network of `actors` actors, loaded and built with reports to `r`. */
static void setup(fixture_t *f, size_t actors, record_t *r)
{
	sn_generate_params_t p;
	sn_progress_t rep = { on_report, r };
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_diag_t diag;

	sn_generate_params_init(&p);
	p.nactors = actors;
	p.nprojects = 2 * actors;
	ck_assert_ptr_nonnull(f->dir = temp_dir());
	ck_assert_int_eq(sn_generate(f->dir, &p), SN_OK);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load_progress(&f->ds, f->dir, &opts, &diag, &rep), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
	f->net.progress = rep;
}

static void teardown(fixture_t *f)
{
	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
	for (size_t i = 0; i < SN_GENERATE_NFILES; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", f->dir, sn_generate_file_name(i));
		remove(path);
	}
	remove(f->dir);
	free(f->dir);
}

START_TEST(test_progress_pipeline_steps_are_monotone_and_complete)
{
	static record_t r;
	fixture_t f;
	sn_columns_t cols;
	sn_export_t x = SN_EXPORT_INIT;
	const sn_measure_t m[2] = { SN_MEASURE_PAGERANK, SN_MEASURE_CORENESS };
	FILE *fp = tmpfile();

	memset(&r, 0, sizeof r);
	setup(&f, 5000, &r);
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0),
			 SN_OK);
	sn_columns_init(&cols, f.net.nactors + f.net.nprojects);
	ck_assert_int_eq(sn_columns_add_measures(&cols, &f.net, &f.proj, m, 2), SN_OK);
	ck_assert_int_eq(sn_columns_add_standard(&cols, &f.net, &f.proj, SN_COLUMNS_COMMUNITIES, 0,
						 1), SN_OK);
	x.net = &f.net;
	x.proj = &f.proj;
	x.columns = &cols;
	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(sn_export_write(fp, SN_EXPORT_GRAPHML, &x), SN_OK);
	fclose(fp);

	/* Before and after each of 5 files, and as each 64 KiB of a file is read. */
	size_t chunks = file_bytes(f.dir, "memberships.csv") / 65536;
	ck_assert_uint_gt(chunks, 2);
	ck_assert_uint_ge(check_step(&r, "load"), 6 + chunks);
	/* 5000 actors: a report every 1024 actors in each of the two passes, and one at the end. */
	ck_assert_uint_eq(check_step(&r, "projection"), 11);
	ck_assert_uint_eq(check_step(&r, "centrality"), 3);
	ck_assert_uint_eq(check_step(&r, "communities"), 2);   /* before and after Leiden */
	/* The projection's ties pass 65536: reports in between. */
	ck_assert_uint_gt(igraph_ecount(test_graph(&f.proj)), 65536);
	ck_assert_uint_gt(check_step(&r, "export"), 2);
	ck_assert_str_eq(r.step[0], "load");
	ck_assert_str_eq(r.step[r.n - 1], "export");
	sn_columns_destroy(&cols);
	teardown(&f);
}
END_TEST

START_TEST(test_progress_without_reporter_reports_nothing)
{
	static record_t r;
	fixture_t f;

	memset(&r, 0, sizeof r);
	setup(&f, 100, &r);
	size_t after_load = r.n;
	f.net.progress.fn = NULL;
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0),
			 SN_OK);
	ck_assert_uint_eq(r.n, after_load);
	teardown(&f);
}
END_TEST

/*
 * samnet communities: one run reports before, after Leiden and after the
 * profiles; --runs N reports the ensemble's runs instead.
 */
START_TEST(test_progress_communities_doc_reports_its_stages)
{
	static record_t r;
	sn_communities_doc_options_t o;
	fixture_t f;
	sn_doc_t *doc;

	memset(&r, 0, sizeof r);
	setup(&f, 300, &r);
	sn_communities_doc_options_init(&o);
	ck_assert_int_eq(sn_doc_new(&doc, "communities"), SN_OK);
	ck_assert_int_eq(sn_communities_doc(doc, f.ds, &f.net, 0, &o), SN_OK);
	sn_doc_free(doc);
	ck_assert_uint_eq(check_step(&r, "communities"), 3);
	ck_assert_uint_eq(r.total[r.n - 1], 2);
	memset(&r, 0, sizeof r);
	o.runs = 4;
	ck_assert_int_eq(sn_doc_new(&doc, "communities"), SN_OK);
	ck_assert_int_eq(sn_communities_doc(doc, f.ds, &f.net, 0, &o), SN_OK);
	sn_doc_free(doc);
	ck_assert_uint_eq(check_step(&r, "ensemble"), 6);
	for (size_t i = 0; i < r.n; i++)
		ck_assert_str_ne(r.step[i], "communities");
	teardown(&f);
}
END_TEST

/* An ensemble reports each run and, as the last unit, the consensus. */
START_TEST(test_progress_ensemble_reports_each_run_then_the_consensus)
{
	static record_t r;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	sn_ensemble_t e;
	igraph_t g;

	memset(&r, 0, sizeof r);
	igraph_famous(&g, "Zachary");
	eo.runs = 7;
	eo.progress = (sn_progress_t){ on_report, &r };
	sn_ensemble_init(&e);
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_OK);
	ck_assert_uint_eq(check_step(&r, "ensemble"), 9);   /* 0, after each of 7 runs, 8 */
	ck_assert_uint_eq(r.total[0], 8);
	ck_assert_uint_eq(r.done[7], 7);
	sn_ensemble_destroy(&e);
	igraph_destroy(&g);
}
END_TEST

/*
 * The path measures report the sources searched (the samples drawn, when
 * sampled) under the measure's name, on the caller's thread, with the same
 * values as without a reporter; inside an export's columns they move the
 * "centrality" step between its measures.
 */
START_TEST(test_progress_path_measures_report_sources_on_the_callers_thread)
{
	static record_t r;
	static const sn_measure_t path[] = { SN_MEASURE_BETWEENNESS, SN_MEASURE_BETWEENNESS_W,
					     SN_MEASURE_CLOSENESS, SN_MEASURE_HARMONIC_W };
	sn_progress_t rep = { on_report, &r };
	igraph_vector_t with, without;
	fixture_t f;
	sn_columns_t cols;
	int64_t samples;

	memset(&r, 0, sizeof r);
	setup(&f, 2000, &r);
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_NEWMAN, 0),
			 SN_OK);
	igraph_vector_init(&with, 0);
	igraph_vector_init(&without, 0);
	for (size_t k = 0; k < sizeof path / sizeof *path; k++) {
		memset(&r, 0, sizeof r);
		r.caller = pthread_self();
		r.check_thread = true;
		ck_assert_int_eq(sn_centrality_compute_progress(&with, test_graph(&f.proj), test_weights(&f.proj),
								path[k], true, &rep), SN_OK);
		ck_assert_int_eq(sn_centrality_compute(&without, test_graph(&f.proj), test_weights(&f.proj),
						       path[k], true), SN_OK);
		ck_assert_uint_eq(igraph_vector_size(&with), igraph_vector_size(&without));
		for (igraph_integer_t v = 0; v < igraph_vector_size(&with); v++)
			ck_assert_msg(VECTOR(with)[v] == VECTOR(without)[v] ||
				      (isnan(VECTOR(with)[v]) && isnan(VECTOR(without)[v])),
				      "%s of %" IGRAPH_PRId ": %g with a reporter, %g without",
				      sn_measure_name(path[k]), v, VECTOR(with)[v],
				      VECTOR(without)[v]);
		/* Chunks of 16 sources (64 unweighted closeness) on worker 0 alone: several. */
		ck_assert_uint_gt(check_step(&r, sn_measure_name(path[k])), 4);
		ck_assert_uint_eq(r.total[0], (size_t)igraph_vcount(test_graph(&f.proj)));
		ck_assert_uint_eq(r.n, check_step(&r, sn_measure_name(path[k])));
	}
	memset(&r, 0, sizeof r);
	r.caller = pthread_self();
	r.check_thread = true;
	ck_assert_int_eq(sn_centrality_betweenness_approx_progress(
				 &with, &samples, test_graph(&f.proj), test_weights(&f.proj), true, 0.05, 0.1, 7,
				 &rep), SN_OK);
	ck_assert_uint_gt(check_step(&r, "betweenness_w"), 4);
	ck_assert_uint_eq(r.total[0], (size_t)samples);
	/* An untouched measure reports nothing. */
	memset(&r, 0, sizeof r);
	ck_assert_int_eq(sn_centrality_compute_progress(&with, test_graph(&f.proj), test_weights(&f.proj),
							SN_MEASURE_PAGERANK, true, &rep), SN_OK);
	ck_assert_uint_eq(r.n, 0);
	/* Two measures of columns: "centrality" moves inside the betweenness. */
	memset(&r, 0, sizeof r);
	sn_columns_init(&cols, f.net.nactors + f.net.nprojects);
	ck_assert_int_eq(sn_columns_add_measures(&cols, &f.net, &f.proj, path, 2), SN_OK);
	ck_assert_uint_gt(check_step(&r, "centrality"), 8);
	ck_assert_uint_eq(r.done[r.n - 1], r.total[0]);
	sn_columns_destroy(&cols);
	igraph_vector_destroy(&with);
	igraph_vector_destroy(&without);
	teardown(&f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("progress");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 300);   /* a hang guard only */
	tcase_add_test(tc, test_progress_pipeline_steps_are_monotone_and_complete);
	tcase_add_test(tc, test_progress_without_reporter_reports_nothing);
	tcase_add_test(tc, test_progress_ensemble_reports_each_run_then_the_consensus);
	tcase_add_test(tc, test_progress_communities_doc_reports_its_stages);
	tcase_add_test(tc, test_progress_path_measures_report_sources_on_the_callers_thread);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
