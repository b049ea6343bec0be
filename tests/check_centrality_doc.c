/*
 * sn_centrality_doc() and sn_dynamics_doc() through the public header
 * only, on the bundled dataset, and the registries of measures and export
 * formats against what `samnet ... --help` lists.
 *
 * Expected values: NetworkX 3 (/usr/bin/python3) on the same actor
 * projection, read from samnet's own export of it (the projection is not
 * what is tested here, the measures and the table are):
 *
 *   samnet export --graph actors --format csv-nodes -o nodes.csv
 *   samnet export --graph actors --format csv-edges -o edges.csv
 *   G = nx.Graph(); G.add_nodes_from(r['id'] for r in csv.DictReader(open('nodes.csv')))
 *   G.add_edges_from((r['source'], r['target']) for r in csv.DictReader(open('edges.csv')))
 *   d = nx.degree_centrality(G); b = nx.betweenness_centrality(G, normalized=True)
 *   repr(math.fsum(d.values())), repr(math.fsum(b.values()))
 *   sorted(G.nodes, key=lambda v: (-b[v], v))[:12]   # with repr(d[v]), repr(b[v])
 *
 * which gave 180 actors, 1219 ties (degree sum 2438), and the values below.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/advanced.h"

/* Columns of the centrality table, from samnet/centrality_doc.h. */
enum { COL_RANK, COL_ID, COL_TYPE = 3, COL_COUNTY, COL_FIRST_MEASURE = 7 };

static const struct {
	const char *id;
	double degree, betweenness;
} networkx_top[] = {
	{ "region-25", 0.29608938547486036, 0.19426078357621968 },
	{ "region-08", 0.2569832402234637, 0.1634918379999965 },
	{ "region-24", 0.2681564245810056, 0.15028124084581382 },
	{ "region-23", 0.22905027932960895, 0.12788334215112193 },
	{ "region-18", 0.22905027932960895, 0.1258746797947099 },
	{ "region-07", 0.21787709497206706, 0.0967404675981794 },
	{ "region-22", 0.20670391061452514, 0.086391910351486 },
	{ "region-04", 0.2011173184357542, 0.07628582787078798 },
	{ "region-21", 0.223463687150838, 0.061746867639879806 },
	{ "tillvaxtverket", 0.21787709497206706, 0.05468117991293594 },
	{ "region-10", 0.2011173184357542, 0.049762876737593255 },
	{ "region-20", 0.2122905027932961, 0.04921729474859915 },
};
#define NETWORKX_ACTORS 180
#define NETWORKX_DEGREE_SUM 13.620111731843576     /* math.fsum of degree_centrality */
#define NETWORKX_BETWEENNESS_SUM 1.5652501412340714 /* math.fsum of betweenness_centrality */

static sn_dataset_t *ds;
static sn_network_t net;

static void load_bundled(void)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];
	sn_diag_t diag;

	snprintf(path, sizeof path, "%s/datasets/sweden", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, path, NULL, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
}

static void unload(void)
{
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	ds = NULL;
}

/* The centrality table of a new document for `o`; the document into *doc. */
static sn_doc_table_t *centrality(sn_doc_t **doc, const sn_centrality_doc_options_t *o)
{
	ck_assert_int_eq(sn_doc_new(doc, "centrality"), SN_OK);
	ck_assert_msg(sn_centrality_doc(*doc, ds, &net, 0, o) == SN_OK, "%s", sn_error_last());
	ck_assert_uint_eq(sn_doc_ntables(*doc), 1);
	return sn_doc_table_at(*doc, 0);
}

static size_t row_of(const sn_doc_table_t *t, const char *id)
{
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		const char *s = NULL;
		if (sn_doc_table_get_str(t, r, COL_ID, &s) == SN_OK && s && strcmp(s, id) == 0)
			return r;
	}
	ck_abort_msg("no row for %s", id);
	return 0;
}

static double real_at(const sn_doc_table_t *t, size_t row, size_t col)
{
	double v = NAN;

	ck_assert_int_eq(sn_doc_table_get_real(t, row, col, &v), SN_OK);
	return v;
}

START_TEST(test_degree_and_betweenness_equal_networkx)
{
	sn_centrality_doc_options_t o;
	sn_doc_t *doc;
	sn_doc_table_t *t;
	double dsum = 0, bsum = 0;

	sn_centrality_doc_options_init(&o);
	o.measures = "degree,betweenness";
	t = centrality(&doc, &o);
	ck_assert_str_eq(sn_doc_table_colname(t, COL_FIRST_MEASURE), "degree");
	ck_assert_str_eq(sn_doc_table_colname(t, COL_FIRST_MEASURE + 1), "betweenness");
	ck_assert_uint_eq(sn_doc_table_nrows(t), NETWORKX_ACTORS);
	for (size_t i = 0; i < sizeof networkx_top / sizeof *networkx_top; i++) {
		size_t r = row_of(t, networkx_top[i].id);
		ck_assert_double_eq_tol(real_at(t, r, COL_FIRST_MEASURE), networkx_top[i].degree,
					1e-12);
		ck_assert_double_eq_tol(real_at(t, r, COL_FIRST_MEASURE + 1),
					networkx_top[i].betweenness, 1e-12);
	}
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		dsum += real_at(t, r, COL_FIRST_MEASURE);
		bsum += real_at(t, r, COL_FIRST_MEASURE + 1);
	}
	ck_assert_double_eq_tol(dsum, NETWORKX_DEGREE_SUM, 1e-12 * NETWORKX_DEGREE_SUM);
	ck_assert_double_eq_tol(bsum, NETWORKX_BETWEENNESS_SUM, 1e-12 * NETWORKX_BETWEENNESS_SUM);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_raw_degree_counts_ties_and_ranks_first_measure)
{
	sn_centrality_doc_options_t o;
	sn_doc_t *doc;
	sn_doc_table_t *t;
	double sum = 0, prev = INFINITY;
	int64_t rank;

	sn_centrality_doc_options_init(&o);
	o.measures = "degree";
	o.normalized = false;
	t = centrality(&doc, &o);
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		double v = real_at(t, r, COL_FIRST_MEASURE);
		ck_assert_double_le(v, prev);   /* ranked by degree, highest first */
		ck_assert_int_eq(sn_doc_table_get_int(t, r, COL_RANK, &rank), SN_OK);
		ck_assert_int_eq(rank, (int64_t)r + 1);
		prev = v;
		sum += v;
	}
	ck_assert_double_eq(sum, 2 * 1219);   /* twice NetworkX's number_of_edges() */
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_top_one_per_type_is_networkx_best)
{
	/* NetworkX: sorted(members of each type, key=lambda v: (-G.degree(v), v))[0]. */
	static const char *const best[][2] = {
		{ "agency", "tillvaxtverket" }, { "association", "vastsvenska-handelskammaren" },
		{ "company", "almi" }, { "fund", "eruf" }, { "kommun", "kommun-2482" },
		{ "lansstyrelse", "lst-24" }, { "ngo", "sameslojdsstiftelsen" },
		{ "other", "business-sweden" }, { "region", "region-25" },
		{ "university", "uppsala-universitet" },
	};
	sn_centrality_doc_options_t o;
	sn_doc_t *doc;
	sn_doc_table_t *t;

	sn_centrality_doc_options_init(&o);
	o.measures = "degree";
	o.by = SN_CENTRALITY_RANK_BY_TYPE;
	o.top = 1;
	t = centrality(&doc, &o);
	ck_assert_str_eq(sn_doc_table_colname(t, COL_RANK), "rank_in_type");
	ck_assert_uint_eq(sn_doc_table_nrows(t), sizeof best / sizeof *best);
	for (size_t i = 0; i < sizeof best / sizeof *best; i++) {
		const char *type = NULL;
		ck_assert_int_eq(sn_doc_table_get_str(t, row_of(t, best[i][1]), COL_TYPE, &type),
				 SN_OK);
		ck_assert_str_eq(type, best[i][0]);
	}
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_top_one_per_county_gives_one_row_per_county_and_none)
{
	sn_centrality_doc_options_t o;
	sn_doc_t *doc;
	sn_doc_table_t *t;
	const char *county = "";

	sn_centrality_doc_options_init(&o);
	o.measures = "pagerank,degree";
	o.by = SN_CENTRALITY_RANK_BY_COUNTY;
	o.top = 1;
	t = centrality(&doc, &o);
	ck_assert_str_eq(sn_doc_table_colname(t, COL_RANK), "rank_in_county");
	/* nodes.csv: 21 distinct counties and actors without one, 22 groups. */
	ck_assert_uint_eq(sn_doc_table_nrows(t), 22);
	/* Actors without a county (an empty cell, of no kind) come last. */
	ck_assert_int_eq(sn_doc_table_get_str(t, 20, COL_COUNTY, &county), SN_OK);
	ck_assert_int_eq(sn_doc_table_get_str(t, 21, COL_COUNTY, &county), SN_EINVAL);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_meta_states_what_was_computed)
{
	sn_centrality_doc_options_t o;
	sn_doc_t *doc;
	sn_writer_t *w;
	const char *json;

	sn_centrality_doc_options_init(&o);
	o.measures = "degree,betweenness";
	o.sort = "betweenness";
	o.weighting = SN_WEIGHT_JACCARD;
	o.approx = true;
	o.eps = 0.1;
	o.seed = 7;
	centrality(&doc, &o);
	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_doc_write(w, doc, SN_FORMAT_JSON, 4), SN_OK);
	json = sn_writer_data(w, NULL);
	ck_assert_ptr_nonnull(strstr(json, "\"projection\": \"jaccard\""));
	ck_assert_ptr_nonnull(strstr(json, "\"sort\": \"betweenness\""));
	ck_assert_ptr_nonnull(strstr(json, "\"values\": \"normalized\""));
	ck_assert_ptr_nonnull(strstr(json, "\"population_rule\""));
	ck_assert_ptr_nonnull(strstr(json, "\"betweenness\": \"sampled (Riondato-Kornaropoulos), "
					  "eps 0.1, delta 0.1, "));
	ck_assert_ptr_nonnull(strstr(json, "samples, seed 7\""));
	sn_writer_free(w);
	sn_doc_free(doc);
}
END_TEST

/* sn_centrality_doc_options_check(): SN_EINVAL with the message `msg`. */
static void refused(const sn_centrality_doc_options_t *o, const char *msg)
{
	ck_assert_int_eq(sn_centrality_doc_options_check(o), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), msg);
}

START_TEST(test_options_check_names_the_problem)
{
	sn_centrality_doc_options_t o;

	sn_centrality_doc_options_init(&o);
	ck_assert_int_eq(sn_centrality_doc_options_check(&o), SN_OK);
	o.measures = "degree,degree";
	refused(&o, "measure 'degree' is listed twice");
	o.measures = ",";
	refused(&o, "--measures lists no measure");
	o.measures = "degree";
	o.sort = "pagerank";
	refused(&o, "--sort 'pagerank' is not among the listed measures");
	o.sort = NULL;
	o.approx = true;
	o.eps = 0.01;
	refused(&o, "--approx needs betweenness or betweenness_w among the measures");
	o.eps = 0;
	refused(&o, "--approx must lie in [0.0001, 1), got 0");
	o.approx = false;
	o.two_mode = true;
	o.measures = "pagerank";
	refused(&o, "measure 'pagerank' is not defined on the two-mode graph; use one of degree, "
		    "betweenness, closeness");
	o.measures = NULL;   /* the two-mode defaults */
	ck_assert_int_eq(sn_centrality_doc_options_check(&o), SN_OK);
}
END_TEST

START_TEST(test_measure_list_parse_keeps_order)
{
	sn_measure_t m[SN_MEASURE_COUNT];
	size_t n = 99;

	ck_assert_int_eq(sn_measure_list_parse("pagerank,,degree", m, &n), SN_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(m[0], SN_MEASURE_PAGERANK);
	ck_assert_int_eq(m[1], SN_MEASURE_DEGREE);
	ck_assert_int_eq(sn_measure_list_parse("", m, &n), SN_OK);
	ck_assert_uint_eq(n, 0);
	ck_assert_int_eq(sn_measure_list_parse("degree,nope", m, &n), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "unknown measure 'nope'"));
}
END_TEST

START_TEST(test_dynamics_doc_adds_its_tables)
{
	sn_dynamics_doc_options_t o;
	sn_measure_t measures[] = { SN_MEASURE_DEGREE };
	sn_dynamics_t *d = NULL;
	sn_doc_t *doc;

	sn_dynamics_doc_options_init(&o);
	o.dynamics.measures = measures;
	o.dynamics.nmeasures = 1;
	o.top = 3;
	ck_assert_int_eq(sn_doc_new(&doc, "dynamics"), SN_OK);
	ck_assert_msg(sn_dynamics_doc(doc, ds, &o, &d) == SN_OK, "%s", sn_error_last());
	ck_assert_ptr_nonnull(d);
	ck_assert_uint_eq(sn_doc_ntables(doc), 3);
	ck_assert_str_eq(sn_doc_table_name(sn_doc_table_at(doc, 0)), "slices");
	ck_assert_str_eq(sn_doc_table_name(sn_doc_table_at(doc, 1)), "ranks");
	ck_assert_str_eq(sn_doc_table_name(sn_doc_table_at(doc, 2)), "community_events");
	ck_assert_uint_eq(sn_doc_table_nrows(sn_doc_table_at(doc, 0)), d->nslices);
	/* top 3: each rank row holds a rank from 1 to 3. */
	for (size_t r = 0; r < sn_doc_table_nrows(sn_doc_table_at(doc, 1)); r++) {
		int64_t rank = 0;
		ck_assert_int_eq(sn_doc_table_get_int(sn_doc_table_at(doc, 1), r, 5, &rank), SN_OK);
		ck_assert(rank >= 1 && rank <= 3);
	}
	sn_dynamics_free(d);
	sn_doc_free(doc);
}
END_TEST

/* The whole output of `$SAMNET args`, or NULL when SAMNET is not set. */
static char *run_samnet(const char *args)
{
	const char *samnet = getenv("SAMNET");
	char cmd[4096], *out = NULL;
	size_t len = 0;
	FILE *in, *mem;
	int c;

	if (!samnet)
		return NULL;
	snprintf(cmd, sizeof cmd, "'%s' %s 2>&1", samnet, args);
	ck_assert_ptr_nonnull(in = popen(cmd, "r"));
	ck_assert_ptr_nonnull(mem = open_memstream(&out, &len));
	while ((c = fgetc(in)) != EOF)
		fputc(c, mem);
	pclose(in);
	fclose(mem);
	return out;
}

START_TEST(test_every_measure_is_in_the_help)
{
	char *help = run_samnet("centrality --help"), *unknown = run_samnet("centrality -m nope");
	char line[128];

	if (!help)
		return;   /* outside `make check` */
	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT; m++) {
		const sn_measure_info_t *info = sn_measure_info(m);
		snprintf(line, sizeof line, "\n  %-15s %c%c  %s\n", info->name,
			 info->weighted ? 'w' : ' ', info->two_mode ? '2' : ' ', info->description);
		ck_assert_msg(strstr(help, line), "centrality --help lacks %s", info->name);
		ck_assert_msg(strstr(unknown, info->name), "--measures error lacks %s", info->name);
	}
	free(help);
	free(unknown);
}
END_TEST

/* A copy of `s` with every run of spaces and newlines as one space (text wrapped by --help). */
static char *unwrapped(const char *s)
{
	char *out = malloc(strlen(s) + 1), *w = out;

	ck_assert_ptr_nonnull(out);
	for (; *s; s++)
		if (!((*s == ' ' || *s == '\n') && w > out && w[-1] == ' '))
			*w++ = *s == '\n' ? ' ' : *s;
	*w = '\0';
	return out;
}

START_TEST(test_every_export_format_is_in_the_help)
{
	char *help = run_samnet("export --help"), *unknown = run_samnet("export -f nope");

	if (!help)
		return;
	char *text = unwrapped(help);
	ck_assert_uint_gt(sn_export_format_count(), SN_EXPORT_FORMAT_COUNT - 1);
	for (size_t i = 0; i < sn_export_format_count(); i++) {
		const sn_export_format_info_t *info = sn_export_format_at(i);
		char line[256];
		snprintf(line, sizeof line, "\n  %-17s ", info->name);
		ck_assert_msg(strstr(help, line), "export --help lacks %s", info->name);
		ck_assert_msg(strstr(text, info->description), "no description of %s", info->name);
		ck_assert_msg(strstr(unknown, info->name), "--format error lacks %s", info->name);
	}
	ck_assert_ptr_null(sn_export_format_at(sn_export_format_count()));
	free(text);
	free(help);
	free(unknown);
}
END_TEST

START_TEST(test_every_one_file_format_writes_and_round_trips)
{
	for (int f = 0; f < SN_EXPORT_FORMAT_COUNT; f++) {
		const sn_export_format_info_t *info = NULL;
		sn_export_format_t back;
		sn_export_t x = SN_EXPORT_INIT;
		sn_writer_t *w;
		size_t len = 0;

		ck_assert_int_eq(sn_export_format_parse(sn_export_format_name(f), &back), SN_OK);
		ck_assert_int_eq(back, f);
		ck_assert_int_eq(sn_export_format_find(sn_export_format_name(f), &info), SN_OK);
		ck_assert_uint_eq(info->nfiles, 1);
		ck_assert_int_eq(info->files[0], f);
		ck_assert_ptr_nonnull(info->extension[0]);
		x.net = &net;
		x.attribute = f == SN_EXPORT_PAJEK_VEC ? "bipartite" : "type";
		ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
		ck_assert_msg(sn_export_write_to(w, f, &x) == SN_OK, "%s: %s",
			      sn_export_format_name(f), sn_error_last());
		sn_writer_data(w, &len);
		ck_assert_uint_gt(len, 0);
		sn_writer_free(w);
	}
}
END_TEST

START_TEST(test_pair_formats_are_found_but_not_written_alone)
{
	const sn_export_format_info_t *info = NULL;
	sn_export_format_t f;

	ck_assert_int_eq(sn_export_format_find("csv", &info), SN_OK);
	ck_assert_uint_eq(info->nfiles, 2);
	ck_assert_int_eq(info->files[0], SN_EXPORT_CSV_NODES);
	ck_assert_str_eq(info->extension[1], "_edges.csv");
	ck_assert(!info->files_only);   /* the two tables may follow each other on stdout */
	ck_assert_int_eq(sn_export_format_find("vosviewer", &info), SN_OK);
	ck_assert(info->files_only);    /* VOSviewer reads two files */
	ck_assert_int_eq(sn_export_format_parse("csv", &f), SN_EINVAL);
	ck_assert_int_eq(sn_export_format_find("xlsx", &info), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "unknown export format 'xlsx' (graphml, gexf, gml, "
			 "pajek, pajek-clu, pajek-vec, dot, json, vosviewer, vosviewer-map, "
			 "vosviewer-network, csv, csv-nodes, csv-edges, svg)");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("centrality_doc");
	TCase *tc = tcase_create("core");

	tcase_add_unchecked_fixture(tc, load_bundled, unload);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_degree_and_betweenness_equal_networkx);
	tcase_add_test(tc, test_raw_degree_counts_ties_and_ranks_first_measure);
	tcase_add_test(tc, test_top_one_per_type_is_networkx_best);
	tcase_add_test(tc, test_top_one_per_county_gives_one_row_per_county_and_none);
	tcase_add_test(tc, test_meta_states_what_was_computed);
	tcase_add_test(tc, test_options_check_names_the_problem);
	tcase_add_test(tc, test_measure_list_parse_keeps_order);
	tcase_add_test(tc, test_dynamics_doc_adds_its_tables);
	tcase_add_test(tc, test_every_measure_is_in_the_help);
	tcase_add_test(tc, test_every_export_format_is_in_the_help);
	tcase_add_test(tc, test_every_one_file_format_writes_and_round_trips);
	tcase_add_test(tc, test_pair_formats_are_found_but_not_written_alone);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite());
	int failed;

	sn_setup();
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	sn_teardown();
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
