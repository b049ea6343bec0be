/*
 * tests/check_public_api.c: what a language binding does, through the public
 * header <samnet.h> alone and without touching an igraph or GSL type: load
 * the bundled dataset, get a centrality table as CSV text in memory, the
 * population share of a coalition, and Banzhaf indices (checked against a
 * brute-force count of swings written here).
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <samnet.h>

/* The common path needs no GSL type: <samnet.h> includes no GSL header. */
#if defined(__GSL_RNG_H__) || defined(__GSL_ERRNO_H__)
#error "<samnet.h> pulls in GSL"
#endif

static sn_dataset_t *ds;
static sn_network_t *net;  /* a handle, as a binding holds it */

static void load_sweden(void)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];
	sn_diag_t diag;

	sn_setup();
	snprintf(path, sizeof path, "%s/datasets/sweden", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, path, NULL, &diag), SN_OK);
	sn_diag_destroy(&diag);
	ck_assert_int_eq(sn_network_new(&net, ds, NULL), SN_OK);
}

static void free_sweden(void)
{
	sn_network_free(net);
	sn_dataset_free(ds);
	sn_teardown();
}

/* The CSV line of actor `id` in `csv` (a pointer into it), or NULL. */
static const char *csv_line_of(const char *csv, const char *id)
{
	size_t n = strlen(id);

	for (const char *p = csv; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (strncmp(p, id, n) == 0 && p[n] == ',')
			return p;
	return NULL;
}

/*
 * The last three fields of a line "id,name,betweenness,degree,harmonic"
 * (names hold no commas in the bundled dataset).
 */
static void csv_numbers(const char *line, double *b, double *d, double *h)
{
	const char *p = strchr(strchr(line, ',') + 1, ',') + 1;
	char *end;

	*b = strtod(p, &end);
	ck_assert_int_eq(*end, ',');
	*d = strtod(end + 1, &end);
	ck_assert_int_eq(*end, ',');
	*h = strtod(end + 1, &end);
	ck_assert(*end == '\n' || *end == '\0');
}

/*
 * Normalised betweenness, degree and harmonic centrality of the actor
 * projection (180 actors, 1219 ties), from NetworkX 2.x
 * (betweenness_centrality(normalized=True), degree / 179,
 * harmonic_centrality / 179) on the graph `samnet export --graph actors
 * --format csv-nodes/csv-edges` writes.
 */
static const struct {
	const char *id;
	double betweenness, degree, harmonic;
} networkx[] = {
	{ "region-25", 0.19426078357621968, 53.0 / 179, 0.6480446927374302 },
	{ "region-08", 0.1634918379999965, 46.0 / 179, 0.6284916201117319 },
	{ "region-24", 0.15028124084581382, 48.0 / 179, 0.6340782122905028 },
	{ "region-23", 0.12788334215112193, 41.0 / 179, 0.6145251396648045 },
};

START_TEST(test_centrality_table_to_memory_matches_networkx)
{
	const sn_measure_t m[] = { SN_MEASURE_BETWEENNESS, SN_MEASURE_DEGREE,
				   SN_MEASURE_HARMONIC };
	sn_doc_table_t *t = NULL;
	sn_doc_t *doc = NULL;
	sn_writer_t *w = NULL;
	size_t len;

	ck_assert_int_eq(sn_centrality_table(&t, net, SN_WEIGHT_COUNT, m, 3, true), SN_OK);
	ck_assert_uint_eq(sn_doc_table_nrows(t), 180);
	ck_assert_str_eq(sn_doc_table_colname(t, 2), "betweenness");
	ck_assert_int_eq(sn_doc_new(&doc, "centrality"), SN_OK);
	ck_assert_int_eq(sn_doc_add_table(doc, t), SN_OK);
	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_doc_write(w, doc, SN_FORMAT_CSV, 0), SN_OK);
	const char *csv = sn_writer_data(w, &len);
	ck_assert_ptr_nonnull(csv);
	ck_assert_uint_eq(len, strlen(csv));
	ck_assert(strncmp(csv, "id,name,betweenness,degree,harmonic\n", 36) == 0);
	for (size_t i = 0; i < sizeof networkx / sizeof *networkx; i++) {
		const char *line = csv_line_of(csv, networkx[i].id);
		double b, d, h;
		ck_assert_msg(line != NULL, "no row for %s", networkx[i].id);
		csv_numbers(line, &b, &d, &h);
		ck_assert_double_eq_tol(b, networkx[i].betweenness, 1e-12);
		ck_assert_double_eq_tol(d, networkx[i].degree, 1e-12);
		ck_assert_double_eq_tol(h, networkx[i].harmonic, 1e-12);
	}
	sn_writer_free(w);
	sn_doc_free(doc);
}
END_TEST

typedef struct {
	size_t bytes, budget;
} sink_t;

static int count_bytes(void *arg, const char *data, size_t len)
{
	sink_t *s = arg;

	(void)data;
	s->bytes += len;
	return s->bytes > s->budget;
}

START_TEST(test_export_to_callback_writer_counts_every_byte_or_fails)
{
	sn_export_t x = SN_EXPORT_INIT;
	sn_writer_t *mem = NULL, *cb = NULL;
	sink_t all = { 0, SIZE_MAX }, little = { 0, 100 };
	size_t len;

	x.net = net;
	ck_assert_int_eq(sn_writer_memory(&mem), SN_OK);
	ck_assert_int_eq(sn_export_write_to(mem, SN_EXPORT_CSV_NODES, &x), SN_OK);
	const char *csv = sn_writer_data(mem, &len);
	ck_assert_ptr_nonnull(csv);
	ck_assert(strncmp(csv, "id,", 3) == 0);
	ck_assert_int_eq(sn_writer_callback(&cb, count_bytes, &all), SN_OK);
	ck_assert_int_eq(sn_export_write_to(cb, SN_EXPORT_CSV_NODES, &x), SN_OK);
	ck_assert_uint_eq(all.bytes, len);
	sn_writer_free(cb);
	/* A callback that refuses makes the export fail, never pass as complete. */
	ck_assert_int_eq(sn_writer_callback(&cb, count_bytes, &little), SN_OK);
	ck_assert_int_eq(sn_export_write_to(cb, SN_EXPORT_CSV_NODES, &x), SN_EIO);
	ck_assert_str_eq(sn_error_last(), "write error");
	sn_writer_free(cb);
	sn_writer_free(mem);
}
END_TEST

START_TEST(test_coalition_population_share_is_sydsverige_2024)
{
	size_t c = sn_dataset_find_coalition(ds, "sydsverige");
	int64_t population = 0;
	double share = 0;

	ck_assert_uint_ne(c, SN_NO_PARENT);
	size_t n;
	const size_t *members = sn_dataset_coalition_actors(ds, c, &n);
	ck_assert_int_eq(sn_coalition_population(&population, &share, ds, members, n, 2024), SN_OK);
	/* SCB's population of Skåne, Blekinge, Kronoberg and Kalmar län on 31 Dec 2024. */
	ck_assert_int_eq(population, 2750635);
	ck_assert_double_eq_tol(share, 2750635.0 / 10587710.0, 1e-15);
}
END_TEST

/* Swings of each player of [quota; w] by enumerating all 2^n coalitions. */
static void brute_swings(const int64_t *w, size_t n, int64_t quota, double *swings)
{
	for (size_t i = 0; i < n; i++)
		swings[i] = 0;
	for (uint32_t s = 0; s < (1u << n); s++) {
		int64_t total = 0;
		for (size_t i = 0; i < n; i++)
			if (s >> i & 1u)
				total += w[i];
		if (total < quota)
			continue;
		for (size_t i = 0; i < n; i++)
			if ((s >> i & 1u) && total - w[i] < quota)
				swings[i]++;
	}
}

START_TEST(test_banzhaf_of_regions_by_population_matches_brute_force)
{
	int64_t w[32];
	double swings[32], sum = 0;
	size_t n = 0;
	int64_t total = 0;
	sn_game_t *g = NULL;
	sn_power_result_t r;
	sn_power_options_t opts = SN_POWER_OPTIONS_INIT;

	/* The regions of the bundled dataset, weighted by the population they represent in 2024. */
	for (size_t a = 0; a < sn_dataset_nactors(ds) && n < 32; a++) {
		if (sn_dataset_actor_type(ds, a) != SN_ACTOR_REGION)
			continue;
		ck_assert_int_eq(sn_dataset_represented_population(ds, &a, 1, 2024, &w[n]), SN_OK);
		total += w[n++];
	}
	ck_assert_uint_eq(n, 21);
	ck_assert_int_eq(total, 10587710);
	ck_assert_int_eq(sn_game_new_weighted(&g, w, n, total / 2 + 1), SN_OK);
	sn_power_result_init(&r);
	opts.indices = SN_POWER_BANZHAF;
	ck_assert_int_eq(sn_power_compute(&r, g, &opts), SN_OK);
	brute_swings(w, n, total / 2 + 1, swings);
	for (size_t i = 0; i < n; i++)
		sum += swings[i];
	for (size_t i = 0; i < n; i++) {
		ck_assert_double_eq_tol(r.banzhaf[i], swings[i] / sum, 1e-12);
		ck_assert_double_eq_tol(r.banzhaf_abs[i], swings[i] / (double)(1u << (n - 1)), 1e-12);
	}
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_doc_column_after_a_row_is_refused_with_its_own_message)
{
	sn_doc_table_t *t = NULL;
	double v = 0;

	ck_assert_int_eq(sn_doc_table_new(&t, "t", NULL), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "a", SN_COL_REAL), SN_OK);
	ck_assert_int_eq(sn_doc_table_row(t), SN_OK);
	ck_assert_int_eq(sn_doc_table_real(t, 0, 0.5), SN_OK);
	sn_error_clear();
	ck_assert_int_eq(sn_doc_table_column(t, "b", SN_COL_REAL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "table t: column b added after the first row");
	ck_assert_int_eq(sn_doc_table_real(t, 1, 1.0), SN_EINVAL);
	ck_assert_int_eq(sn_doc_table_get_real(t, 0, 0, &v), SN_OK);
	ck_assert_double_eq(v, 0.5);
	sn_doc_table_free(t);
}
END_TEST

START_TEST(test_doc_formats_in_memory_follow_the_number_rules)
{
	sn_doc_table_t *t = NULL;
	sn_doc_t *d = NULL;
	sn_writer_t *w = NULL;

	ck_assert_int_eq(sn_doc_new(&d, "demo"), SN_OK);
	ck_assert_int_eq(sn_doc_table_new(&t, "rows", "Rows"), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "name", SN_COL_STR), SN_OK);
	ck_assert_int_eq(sn_doc_table_column(t, "share", SN_COL_SHARE), SN_OK);
	ck_assert_int_eq(sn_doc_table_row(t), SN_OK);
	ck_assert_int_eq(sn_doc_table_str(t, 0, "=1+1"), SN_OK);
	ck_assert_int_eq(sn_doc_table_real(t, 1, 0.1), SN_OK);
	ck_assert_int_eq(sn_doc_table_row(t), SN_OK);
	ck_assert_int_eq(sn_doc_table_str(t, 0, "a,b"), SN_OK);
	ck_assert_int_eq(sn_doc_table_real(t, 1, NAN), SN_OK);
	ck_assert_int_eq(sn_doc_add_table(d, t), SN_OK);
	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_doc_write(w, d, SN_FORMAT_CSV, 0), SN_OK);
	ck_assert_str_eq(sn_writer_data(w, NULL), "name,share\n=1+1,0.1\n\"a,b\",nan\n");
	sn_writer_free(w);
	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_doc_write(w, d, SN_FORMAT_EXCEL, 0), SN_OK);
	ck_assert_str_eq(sn_writer_data(w, NULL),
			 "\xEF\xBB\xBFname;share\n'=1+1;0,1\na,b;nan\n");
	sn_writer_free(w);
	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_doc_write(w, d, SN_FORMAT_TABLE, 3), SN_OK);
	ck_assert_str_eq(sn_writer_data(w, NULL), "Rows\nname  share\n=1+1   10 %\na,b     nan\n");
	sn_writer_free(w);
	sn_doc_free(d);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("public_api");
	TCase *tc = tcase_create("sweden");

	tcase_add_checked_fixture(tc, load_sweden, free_sweden);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_centrality_table_to_memory_matches_networkx);
	tcase_add_test(tc, test_export_to_callback_writer_counts_every_byte_or_fails);
	tcase_add_test(tc, test_coalition_population_share_is_sydsverige_2024);
	tcase_add_test(tc, test_banzhaf_of_regions_by_population_matches_brute_force);
	suite_add_tcase(s, tc);
	tc = tcase_create("doc");
	tcase_add_test(tc, test_doc_column_after_a_row_is_refused_with_its_own_message);
	tcase_add_test(tc, test_doc_formats_in_memory_follow_the_number_rules);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
