/*
 * Tests of the exporters (export/): escaping, typing, numbers, the formats'
 * fixed parts and every error path.  Expected texts are worked by hand from
 * the CSV files of tests/data/mini; readers' views of the files are tested by
 * tests/export_roundtrip.py with NetworkX, python-igraph, xmllint and dot.
 */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>

#include "samnet/advanced.h"
#include "testutil.h"

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
} fixture_t;

static void load_dir(fixture_t *f, const char *dir)
{
	f->ds = load_dataset(dir);
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
}

static void teardown(fixture_t *f)
{
	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

static char *export_ok(sn_export_format_t fmt, const sn_export_t *x)
{
	sn_error_t err;
	char *s = export_string(fmt, x, &err);

	if (err != SN_OK)
		fprintf(stderr, "export failed: %s\n", sn_error_last());
	ck_assert_int_eq(err, SN_OK);
	return s;
}

/* A dataset of two actors whose names need escaping in every format. */
static char *tricky_dataset(void)
{
	char *dir = temp_dir();

	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(write_text(dir, "actors.csv",
				    "id,name,type,territory,note\n"
				    "a,\"A & B <\"\"x\"\">\",region,12,it's\n"
				    "b,Malmö – Lund,kommun,1280,\"line1\nline2\"\n"), 0);
	ck_assert_int_eq(write_text(dir, "memberships.csv", "project,actor\np,a\np,b\n"), 0);
	return dir;
}

static void remove_dataset(char *dir)
{
	char path[4096];

	snprintf(path, sizeof path, "%s/actors.csv", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/memberships.csv", dir);
	unlink(path);
	rmdir(dir);
	free(dir);
}

/* Hand-worked from tests/data/mini: row 1 of actors.csv, its county 12 (Skåne län). */
/* --with lists: sets and measures in the order given, each measure once, unknown words refused. */
START_TEST(test_columns_spec_parse_sets_measures_and_errors)
{
	sn_columns_spec_t spec;

	ck_assert_int_eq(sn_columns_spec_parse(&spec, "pagerank,all,degree"), SN_OK);
	ck_assert_uint_eq(spec.sets, SN_COLUMNS_POPULATION | SN_COLUMNS_CENTRALITY |
					     SN_COLUMNS_COMMUNITIES);
	ck_assert_uint_eq(spec.nmeasures, 2);
	ck_assert_int_eq(spec.measures[0], SN_MEASURE_PAGERANK);
	ck_assert_int_eq(spec.measures[1], SN_MEASURE_DEGREE);
	ck_assert(sn_columns_spec_needs_projection(&spec));
	ck_assert_int_eq(sn_columns_spec_parse(&spec, "population"), SN_OK);
	ck_assert(!sn_columns_spec_needs_projection(&spec));
	ck_assert_int_eq(sn_columns_spec_parse(&spec, NULL), SN_OK);
	ck_assert_uint_eq(spec.sets | spec.nmeasures, 0);
	ck_assert_int_eq(sn_columns_spec_parse(&spec, "pagerank,pagerank"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "'pagerank' is listed twice");
	ck_assert_int_eq(sn_columns_spec_parse(&spec, "power"), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "unknown column set 'power'"));
}
END_TEST

START_TEST(test_export_write_csv_nodes_mini_lists_fixture_rows)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *s;

	load_dir(&f, fixture("mini"));
	x.net = &f.net;
	s = export_ok(SN_EXPORT_CSV_NODES, &x);
	ck_assert_ptr_nonnull(strstr(s, "id,name,kind,bipartite,type,territory,county,website,theme,"
				     "budget_sek\n"));
	ck_assert_ptr_nonnull(strstr(s, "\nskane,Region Skåne,actor,0,region,12,Skåne län,"
				     "https://skane.se,,\n"));
	/* The name holds a comma: quoted as RFC 4180 asks. */
	ck_assert_ptr_nonnull(strstr(s, "\nalmi,\"Almi Företagspartner Syd, AB\",actor,0,company,,,,,\n"));
	/* "2 500 000,5" in projects.csv is a number: 2500000.5 with a decimal point. */
	ck_assert_ptr_nonnull(strstr(s, "\np2,Innovation Skåne,project,1,project,,,,innovation,2500000.5\n"));
	/* p4's row in projects.csv has its id as name and no attributes. */
	ck_assert_ptr_nonnull(strstr(s, "\np4,p4,project,1,project,,,,,\n"));
	free(s);
	teardown(&f);
}
END_TEST

/* memberships.csv: skane is owner and funder of p2 with 50 SEK; roles in bit order. */
START_TEST(test_export_write_csv_edges_two_mode_merges_roles)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *s;

	load_dir(&f, fixture("mini"));
	x.net = &f.net;
	s = export_ok(SN_EXPORT_CSV_EDGES, &x);
	ck_assert_ptr_nonnull(strstr(s, "source,target,weight,roles,amount_sek\n"));
	ck_assert_ptr_nonnull(strstr(s, "\nskane,p2,1,funder;owner,50\n"));
	ck_assert_ptr_nonnull(strstr(s, "\nlund,p4,1,member,\n"));
	free(s);
	teardown(&f);
}
END_TEST

/*
 * Newman weights, NetworkX: bipartite.collaboration_weighted_projected_graph
 * on the mini memberships gives skane-malmo 1/2 + 1/3 = 0.8333333333333333
 * (repr of the Python float, the shortest round-trip form) and malmo-lund
 * 1/2 = 0.5 (p4 has three members).
 */
START_TEST(test_export_write_json_newman_projection_has_shortest_weights)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *s;

	load_dir(&f, fixture("mini"));
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_NEWMAN, 0), SN_OK);
	x.net = &f.net;
	x.proj = &f.proj;
	s = export_ok(SN_EXPORT_JSON, &x);
	ck_assert_ptr_nonnull(strstr(s, "{\"directed\": false, \"multigraph\": false, \"graph\": "));
	ck_assert_ptr_nonnull(strstr(s, "{\"source\": \"skane\", \"target\": \"malmo\", "
				     "\"weight\": 0.8333333333333333, \"shared\": 2}"));
	ck_assert_ptr_nonnull(strstr(s, "{\"source\": \"malmo\", \"target\": \"lund\", "
				     "\"weight\": 0.5, \"shared\": 1}"));
	ck_assert_ptr_nonnull(strstr(s, "{\"id\": \"malmo\", \"name\": \"Malmö\", \"kind\": \"actor\""));
	/* An actor projection carries no project columns. */
	ck_assert_ptr_null(strstr(s, "budget_sek"));
	free(s);
	teardown(&f);
}
END_TEST

START_TEST(test_export_write_graphml_escapes_markup)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *dir = tricky_dataset(), *s;

	load_dir(&f, dir);
	x.net = &f.net;
	s = export_ok(SN_EXPORT_GRAPHML, &x);
	ck_assert_ptr_nonnull(strstr(s, ">A &amp; B &lt;&quot;x&quot;&gt;</data>"));
	ck_assert_ptr_nonnull(strstr(s, ">it&apos;s</data>"));
	ck_assert_ptr_nonnull(strstr(s, ">Malmö – Lund</data>"));
	ck_assert_ptr_nonnull(strstr(s, "attr.name=\"note\" attr.type=\"string\""));
	free(s);
	s = export_ok(SN_EXPORT_GEXF, &x);
	/* In attributes, a line break is a character reference, or it would read back as a space. */
	ck_assert_ptr_nonnull(strstr(s, "value=\"line1&#10;line2\""));
	ck_assert_ptr_nonnull(strstr(s, "label=\"A &amp; B &lt;&quot;x&quot;&gt;\""));
	ck_assert_ptr_nonnull(strstr(s, "<gexf xmlns=\"http://gexf.net/1.3\""));
	free(s);
	teardown(&f);
	remove_dataset(dir);
}
END_TEST

/* GML is 7-bit ASCII: ö = U+00F6 = 246, – = U+2013 = 8211, & and " as entities. */
START_TEST(test_export_write_gml_writes_character_references)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *dir = tricky_dataset(), *s;

	load_dir(&f, dir);
	x.net = &f.net;
	s = export_ok(SN_EXPORT_GML, &x);
	ck_assert_ptr_nonnull(strstr(s, "name \"Malm&#246; &#8211; Lund\""));
	ck_assert_ptr_nonnull(strstr(s, "name \"A &amp; B <&quot;x&quot;>\""));
	ck_assert_ptr_nonnull(strstr(s, "weight 1.0\n"));
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		ck_assert_uint_lt(*p, 0x80);
	free(s);
	teardown(&f);
	remove_dataset(dir);
}
END_TEST

/* DOT: backslash-escaped quotes; Pajek: a double quote becomes a single one. */
START_TEST(test_export_write_dot_and_pajek_quote_names)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *dir = tricky_dataset(), *s;

	load_dir(&f, dir);
	x.net = &f.net;
	s = export_ok(SN_EXPORT_DOT, &x);
	ck_assert_ptr_nonnull(strstr(s, "\"a\" [label=\"A & B <\\\"x\\\">\""));
	ck_assert_ptr_nonnull(strstr(s, "\"a\" -- \"p\" [weight=1,"));
	free(s);
	s = export_ok(SN_EXPORT_PAJEK, &x);
	ck_assert_str_eq(s, "*Vertices 3\r\n1 \"A & B <'x'>\"\r\n2 \"Malmö – Lund\"\r\n3 \"p\"\r\n"
			    "*Edges\r\n1 3 1\r\n2 3 1\r\n");
	free(s);
	teardown(&f);
	remove_dataset(dir);
}
END_TEST

/* Types in order of first appearance: region 1, kommun 2, university 3, company 4, project 5. */
START_TEST(test_export_write_pajek_clu_numbers_categories)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *s;

	load_dir(&f, fixture("mini"));
	x.net = &f.net;
	x.attribute = "type";
	s = export_ok(SN_EXPORT_PAJEK_CLU, &x);
	ck_assert_str_eq(s, "*Vertices 10\r\n1\r\n2\r\n2\r\n3\r\n1\r\n4\r\n5\r\n5\r\n5\r\n5\r\n");
	free(s);
	teardown(&f);
}
END_TEST

/*
 * Population of each actor's territory, SCB 31 Dec 2024 as in
 * datasets/sweden/territories.csv: Skåne län 1 428 626, Malmö 365 644;
 * Almi has no territory.  Degree in the count projection by hand: malmo
 * shares projects with skane, halland, lu, almi and lund (5).
 */
START_TEST(test_columns_add_standard_mini_gives_population_and_degree)
{
	fixture_t f;
	sn_columns_t c;
	sn_export_t x = SN_EXPORT_INIT;
	char *s;

	load_dir(&f, fixture("mini"));
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
	sn_columns_init(&c, f.net.nactors + f.net.nprojects);
	ck_assert_int_eq(sn_columns_add_standard(&c, &f.net, &f.proj, SN_COLUMNS_POPULATION |
						 SN_COLUMNS_CENTRALITY | SN_COLUMNS_COMMUNITIES, 2024, 1),
			 SN_OK);
	ck_assert_int_ge(sn_columns_find(&c, "community"), 0);
	x.net = &f.net;
	x.proj = &f.proj;
	x.columns = &c;
	s = export_ok(SN_EXPORT_CSV_NODES, &x);
	ck_assert_ptr_nonnull(strstr(s, ",population,degree,strength,betweenness,betweenness_w,"
				     "harmonic,harmonic_w,eigenvector,pagerank,community\n"));
	ck_assert_ptr_nonnull(strstr(s, "\nskane,Region Skåne,actor,0,region,12,Skåne län,"
				     "https://skane.se,1428626,4,5,"));
	ck_assert_ptr_nonnull(strstr(s, "\nmalmo,Malmö,actor,0,kommun,1280,Skåne län,,365644,5,7,"));
	ck_assert_ptr_nonnull(strstr(s, "\nalmi,\"Almi Företagspartner Syd, AB\",actor,0,company,,,,,3,"));
	free(s);
	sn_columns_destroy(&c);
	sn_columns_destroy(&c); /* twice is harmless */
	sn_columns_destroy(NULL);
	teardown(&f);
}
END_TEST

START_TEST(test_columns_add_int_duplicate_name_is_einval)
{
	sn_columns_t c;
	int64_t v[2] = { 1, INT64_MIN };
	double r[2] = { 0.5, INFINITY };
	const char *t[2] = { "x", NULL };

	sn_columns_init(&c, 2);
	ck_assert_int_eq(sn_columns_add_int(&c, "a", v), SN_OK);
	ck_assert_int_eq(sn_columns_add_int(&c, "a", v), SN_EINVAL);
	ck_assert_int_eq(sn_columns_add_real(&c, "", r), SN_EINVAL);
	ck_assert_int_eq(sn_columns_add_real(&c, "r", r), SN_OK);
	ck_assert(isnan(c.items[1].reals[1]));
	ck_assert_int_eq(sn_columns_add_string(&c, "t", t), SN_OK);
	ck_assert_str_eq(c.items[2].strings[0], "x");
	ck_assert_ptr_null(c.items[2].strings[1]);
	ck_assert_int_eq(sn_columns_find(&c, "t"), 2);
	ck_assert_int_eq(sn_columns_find(&c, "zz"), -1);
	sn_columns_destroy(&c);
}
END_TEST

START_TEST(test_columns_add_standard_wrong_size_is_einval)
{
	fixture_t f;
	sn_columns_t c;

	load_dir(&f, fixture("mini"));
	sn_columns_init(&c, 3);
	ck_assert_int_eq(sn_columns_add_standard(&c, &f.net, NULL, SN_COLUMNS_POPULATION, 0, 1),
			 SN_EINVAL);
	sn_columns_init(&c, f.net.nactors + f.net.nprojects);
	/* Centrality needs a projection. */
	ck_assert_int_eq(sn_columns_add_standard(&c, &f.net, NULL, SN_COLUMNS_CENTRALITY, 0, 1),
			 SN_EINVAL);
	sn_columns_destroy(&c);
	teardown(&f);
}
END_TEST

START_TEST(test_export_write_bad_arguments_are_einval)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	sn_columns_t c;
	igraph_matrix_t m;
	sn_error_t err;
	char *s;

	load_dir(&f, fixture("mini"));
	s = export_string(SN_EXPORT_GRAPHML, &x, &err);   /* no network */
	ck_assert_int_eq(err, SN_EINVAL);
	free(s);
	x.net = &f.net;
	x.attribute = "no-such-field";
	s = export_string(SN_EXPORT_PAJEK_CLU, &x, &err);
	ck_assert_int_eq(err, SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "no attribute named 'no-such-field' to export");
	free(s);
	x.attribute = "type";                           /* text cannot be a vector */
	s = export_string(SN_EXPORT_PAJEK_VEC, &x, &err);
	ck_assert_int_eq(err, SN_EINVAL);
	free(s);
	x.attribute = NULL;
	sn_columns_init(&c, 2);                         /* wrong number of values */
	int64_t v[2] = { 1, 2 };
	ck_assert_int_eq(sn_columns_add_int(&c, "k", v), SN_OK);
	x.columns = &c;
	s = export_string(SN_EXPORT_CSV_NODES, &x, &err);
	ck_assert_int_eq(err, SN_EINVAL);
	free(s);
	x.columns = NULL;
	igraph_matrix_init(&m, 3, 2);                   /* a layout of the wrong size */
	x.layout = &m;
	s = export_string(SN_EXPORT_SVG, &x, &err);
	ck_assert_int_eq(err, SN_EINVAL);
	free(s);
	ck_assert_int_eq(sn_export_write(NULL, SN_EXPORT_JSON, &x), SN_EINVAL);
	ck_assert_int_eq(sn_export_write(stdout, SN_EXPORT_FORMAT_COUNT, &x), SN_EINVAL);
	igraph_matrix_destroy(&m);
	sn_columns_destroy(&c);
	teardown(&f);
}
END_TEST

START_TEST(test_export_write_full_disk_is_eio)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	FILE *fp = fopen("/dev/full", "w");

	if (!fp)
		return; /* no /dev/full on this system */
	setvbuf(fp, NULL, _IONBF, 0);
	load_dir(&f, fixture("mini"));
	x.net = &f.net;
	ck_assert_int_eq(sn_export_write(fp, SN_EXPORT_GRAPHML, &x), SN_EIO);
	fclose(fp);
	teardown(&f);
}
END_TEST

START_TEST(test_export_format_parse_names_round_trip)
{
	sn_export_format_t f;

	for (int k = 0; k < SN_EXPORT_FORMAT_COUNT; k++) {
		ck_assert_int_eq(sn_export_format_parse(sn_export_format_name((sn_export_format_t)k), &f),
				 SN_OK);
		ck_assert_int_eq(f, k);
	}
	ck_assert_int_eq(sn_export_format_parse("xlsx", &f), SN_EINVAL);
	ck_assert_int_eq(sn_export_format_parse(NULL, &f), SN_EINVAL);
	ck_assert_str_eq(sn_export_format_name(SN_EXPORT_FORMAT_COUNT), "?");
}
END_TEST

/* A given layout is used as is: VOSviewer's x and y are its rows. */
START_TEST(test_export_write_vosviewer_uses_given_layout)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	igraph_matrix_t m;
	char *s;

	load_dir(&f, fixture("mini"));
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
	igraph_matrix_init(&m, 6, 2);
	for (int i = 0; i < 6; i++) {
		MATRIX(m, i, 0) = i + 0.25;
		MATRIX(m, i, 1) = -i;
	}
	x.net = &f.net;
	x.proj = &f.proj;
	x.layout = &m;
	s = export_ok(SN_EXPORT_VOSVIEWER_MAP, &x);
	/* Malmö: 5 ties of total weight 7 (two shared with Region Skåne, two with LU). */
	ck_assert_ptr_nonnull(strstr(s, "\n2\tMalmö\t1.25\t-1\t2\t5\t7\n"));
	ck_assert_ptr_nonnull(strstr(s, "\n6\t\"Almi Företagspartner Syd, AB\"\t5.25\t-5\t4\t3\t3\n"));
	free(s);
	s = export_ok(SN_EXPORT_VOSVIEWER_NETWORK, &x);
	ck_assert_ptr_nonnull(strstr(s, "1\t2\t2\n"));
	free(s);
	igraph_matrix_destroy(&m);
	teardown(&f);
}
END_TEST

/*
 * A program that embeds libsamnet may switch to a Swedish locale, whose
 * decimal point is a comma: exports must still write 0.5.  The sv_SE locale
 * is compiled into a temporary folder with localedef (glibc); without it the
 * test has nothing to check and says so.
 */
START_TEST(test_export_write_swedish_locale_keeps_decimal_point)
{
	fixture_t f;
	sn_export_t x = SN_EXPORT_INIT;
	char *dir = temp_dir(), cmd[4096], probe[16], *s;

	ck_assert_ptr_nonnull(dir);
	load_dir(&f, fixture("mini"));
	snprintf(cmd, sizeof cmd, "localedef -i sv_SE -f UTF-8 %s/sv_SE.UTF-8 >/dev/null 2>&1", dir);
	if (system(cmd) != 0 || setenv("LOCPATH", dir, 1) != 0 ||
	    !setlocale(LC_NUMERIC, "sv_SE.UTF-8")) {
		fprintf(stderr, "note: no sv_SE.UTF-8 locale (localedef); locale test skipped\n");
		snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
		ck_assert_int_ge(system(cmd), 0);
		free(dir);
		teardown(&f);
		return;
	}
	snprintf(probe, sizeof probe, "%g", 0.5);
	ck_assert_str_eq(probe, "0,5");   /* the locale is in force */
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_NEWMAN, 0), SN_OK);
	x.net = &f.net;
	x.proj = &f.proj;
	s = export_ok(SN_EXPORT_JSON, &x);
	ck_assert_ptr_nonnull(strstr(s, "\"weight\": 0.8333333333333333, "));
	ck_assert_ptr_nonnull(strstr(s, "\"weight\": 0.5, "));
	free(s);
	s = export_ok(SN_EXPORT_GML, &x);
	ck_assert_ptr_nonnull(strstr(s, "weight 0.5\n"));
	ck_assert_ptr_null(strstr(s, "0,5"));
	free(s);
	s = export_ok(SN_EXPORT_CSV_EDGES, &x);
	ck_assert_ptr_nonnull(strstr(s, "\nmalmo,lund,0.5,1\n"));
	free(s);
	setlocale(LC_NUMERIC, "C");
	teardown(&f);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	ck_assert_int_ge(system(cmd), 0);
	free(dir);
}
END_TEST

/*
 * The report on mini: coalition "south" = Region Skåne, Region Halland and
 * Malmö represents Skåne län + Hallands län = 1 428 626 + 345 074 =
 * 1 773 700 people (SCB 2024; Malmö lies in Skåne and counts once), a share
 * 1773700 / 10587710 = 0.16752...; no reference leaves the page.  Voting
 * power of the regions under a population majority: Region Skåne alone is a
 * majority of 1 773 700, so its normalised Banzhaf index is 1 and Region
 * Halland's 0 (Banzhaf 1965); "south" holds both: 1.
 */
START_TEST(test_report_write_mini_is_self_contained)
{
	fixture_t f;
	sn_report_options_t opts = SN_REPORT_OPTIONS_INIT;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	load_dir(&f, fixture("mini"));
	opts.title = "Mini & <friends>";
	fp = open_memstream(&buf, &len);
	ck_assert_int_eq(sn_report_write(fp, &f.net, &opts), SN_OK);
	fclose(fp);
	ck_assert_int_eq(strncmp(buf, "<!DOCTYPE html>", 15), 0);
	ck_assert_ptr_nonnull(strstr(buf, "<title>Mini &amp; &lt;friends&gt;</title>"));
	ck_assert_ptr_nonnull(strstr(buf, "<td>south</td>"));
	ck_assert_ptr_nonnull(strstr(buf, "data-v=\"1773700\""));
	/* Python: repr(1773700 / 10587710). */
	ck_assert_ptr_nonnull(strstr(buf, "data-v=\"0.1675244221838339\""));
	/*
	 * Strength share: skane 5 + malmo 7 + halland 2 of the total 2 * 12
	 * (ten ties, two of weight 2), repr(14 / 24) in Python.
	 */
	ck_assert_ptr_nonnull(strstr(buf, "data-v=\"0.5833333333333334\""));
	ck_assert_ptr_nonnull(strstr(buf, "{\"id\": \"malmo\", \"name\": \"Malmö\""));
	ck_assert_ptr_nonnull(strstr(buf, "<script type=\"application/json\" id=\"samnet-data\">"));
	ck_assert_ptr_nonnull(strstr(buf, "<td>south</td>\n                <td class=\"n\" data-v=\"3\">3</td>\n"
				       "                <td class=\"n\" data-v=\"3\">3</td>\n"
				       "                <td class=\"n\" data-v=\"1773700\">1773700</td>\n"
				       "                <td class=\"n\" data-v=\"0.1675244221838339\">0.1675</td>\n"
				       "                <td class=\"n\" data-v=\"1\">1</td>\n"));
	ck_assert_ptr_null(strstr(buf, "src=\"http"));
	ck_assert_ptr_null(strstr(buf, "<link"));
	ck_assert(strstr(buf, "</html>") != NULL);
	free(buf);
	teardown(&f);
}
END_TEST

START_TEST(test_report_write_without_network_is_einval)
{
	sn_network_t net;

	sn_network_init(&net);
	ck_assert_int_eq(sn_report_write(stdout, NULL, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_report_write(stdout, &net, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_report_write(NULL, &net, NULL), SN_EINVAL);
	sn_network_destroy(&net);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("export");
	TCase *tc = tcase_create("export");
	SRunner *sr;
	int failed;

	sn_setup();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_export_write_csv_nodes_mini_lists_fixture_rows);
	tcase_add_test(tc, test_export_write_csv_edges_two_mode_merges_roles);
	tcase_add_test(tc, test_export_write_json_newman_projection_has_shortest_weights);
	tcase_add_test(tc, test_export_write_graphml_escapes_markup);
	tcase_add_test(tc, test_export_write_gml_writes_character_references);
	tcase_add_test(tc, test_export_write_dot_and_pajek_quote_names);
	tcase_add_test(tc, test_export_write_pajek_clu_numbers_categories);
	tcase_add_test(tc, test_columns_add_standard_mini_gives_population_and_degree);
	tcase_add_test(tc, test_columns_add_int_duplicate_name_is_einval);
	tcase_add_test(tc, test_columns_add_standard_wrong_size_is_einval);
	tcase_add_test(tc, test_export_write_bad_arguments_are_einval);
	tcase_add_test(tc, test_export_write_full_disk_is_eio);
	tcase_add_test(tc, test_export_format_parse_names_round_trip);
	tcase_add_test(tc, test_export_write_vosviewer_uses_given_layout);
	tcase_add_test(tc, test_export_write_swedish_locale_keeps_decimal_point);
	tcase_add_test(tc, test_report_write_mini_is_self_contained);
	tcase_add_test(tc, test_report_write_without_network_is_einval);
	tcase_add_test(tc, test_columns_spec_parse_sets_measures_and_errors);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
