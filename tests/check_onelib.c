/*
 * Tests of the concepts issue 18 left with one implementation each: the
 * projection engine, the weight check, group mixing, betweenness on 1/w,
 * the group builder, the network summary, partition reading and the
 * dataset writer.
 *
 * The fixture is a small dataset written here, checkable by hand:
 *   counties 01 (kommuner 0101: 100, 0102: 200) and 02 (0201: 300, 0202: 400)
 *   p1 = {ra, ka, uni}, p2 = {uni, ag}, p3 = {kb, co}, p4 = {ka}
 * ra: region of 01; ka: kommun 0101; kb: kommun 0201; uni: university in
 * 01; ag: an agency without territory; co: a company in 0102.
 */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet/advanced.h"
#include "testutil.h"

#define EPS 1e-12

typedef struct {
	char *dir;
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
} fixture_t;

static void setup_fixture(fixture_t *f, sn_weighting_t w)
{
	sn_dataset_options_t dopts = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_diag_t diag;

	f->dir = temp_dir();
	ck_assert_ptr_nonnull(f->dir);
	ck_assert_int_eq(write_text(f->dir, "territories.csv",
				    "code,name,parent,population_2024\nSE,Land,,\n01,County A,SE,\n"
				    "0101,A1,01,100\n0102,A2,01,200\n02,County B,SE,\n"
				    "0201,B1,02,300\n0202,B2,02,400\n"), 0);
	ck_assert_int_eq(write_text(f->dir, "actors.csv",
				    "id,name,type,territory\nra,Region A,region,01\n"
				    "ka,Kommun A1,kommun,0101\nkb,Kommun B1,kommun,0201\n"
				    "uni,\"Uni, A\",university,01\nag,Agency,agency,\n"
				    "co,Company,company,0102\n"), 0);
	ck_assert_int_eq(write_text(f->dir, "memberships.csv",
				    "project,actor\np1,ra\np1,ka\np1,uni\np2,uni\np2,ag\np3,kb\n"
				    "p3,co\np4,ka\n"), 0);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&f->ds, f->dir, &dopts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&f->proj, &f->net, SN_MODE_ACTORS, w, 0), SN_OK);
}

static void teardown_fixture(fixture_t *f)
{
	char cmd[4200];

	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	ck_assert_int_eq(system(cmd), 0);
	free(f->dir);
}

static igraph_integer_t vertex(const fixture_t *f, const char *id)
{
	return sn_network_actor_vertex(&f->net, sn_dataset_find_actor(f->ds, id));
}

/* ---- the projection engine -------------------------------------------------- */

/*
 * Oracle: the weight of every actor pair from the memberships directly
 * (shared projects by brute force over all pairs), compared with both
 * entry points of the one engine under every weighting.
 */
START_TEST(test_incidence_projection_equals_network_projection_and_brute_force)
{
	for (int w = SN_WEIGHT_COUNT; w <= SN_WEIGHT_OVERLAP; w++) {
		fixture_t f;
		sn_incidence_t inc;
		igraph_t g;
		igraph_vector_t shared, weight;
		size_t n;

		setup_fixture(&f, (sn_weighting_t)w);
		n = f.net.nactors;
		sn_incidence_init(&inc);
		ck_assert_int_eq(sn_incidence_from_network(&inc, &f.net), SN_OK);
		igraph_vector_init(&shared, 0);
		igraph_vector_init(&weight, 0);
		ck_assert_int_eq(sn_incidence_project(&g, &shared, &weight, &inc, (sn_weighting_t)w),
				 SN_OK);
		ck_assert_int_eq(igraph_ecount(&g), igraph_ecount(test_graph(&f.proj)));
		ck_assert_int_eq(igraph_ecount(&g), 5);
		for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++) {
			size_t i = (size_t)IGRAPH_FROM(&g, e), j = (size_t)IGRAPH_TO(&g, e);
			double c = 0, nw = 0, ki = 0, kj = 0, want;
			ck_assert_int_eq(IGRAPH_FROM(test_graph(&f.proj), e), (igraph_integer_t)i);
			ck_assert_int_eq(IGRAPH_TO(test_graph(&f.proj), e), (igraph_integer_t)j);
			for (size_t p = 0; p < inc.nprojects; p++) {
				bool in_i = false, in_j = false;
				double np = 0;
				for (size_t a = 0; a < n; a++)
					for (size_t q = inc.start[a]; q < inc.start[a + 1]; q++)
						if (inc.proj[q] == p) {
							np++;
							in_i |= a == i;
							in_j |= a == j;
						}
				ki += in_i;
				kj += in_j;
				if (in_i && in_j) {
					c++;
					nw += 1 / (np - 1);
				}
			}
			want = w == SN_WEIGHT_COUNT ? c : w == SN_WEIGHT_NEWMAN ? nw
			       : w == SN_WEIGHT_JACCARD ? c / (ki + kj - c) : c / fmin(ki, kj);
			ck_assert_double_eq(VECTOR(shared)[e], c);
			ck_assert_double_eq_tol(VECTOR(weight)[e], want, EPS);
			ck_assert_double_eq(VECTOR(*test_weights(&f.proj))[e], VECTOR(weight)[e]);
		}
		igraph_destroy(&g);
		igraph_vector_destroy(&shared);
		igraph_vector_destroy(&weight);
		sn_incidence_destroy(&inc);
		teardown_fixture(&f);
	}
}
END_TEST

START_TEST(test_incidence_projection_without_outputs_gives_the_graph)
{
	fixture_t f;
	sn_incidence_t inc;
	igraph_t g;

	setup_fixture(&f, SN_WEIGHT_COUNT);
	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_network(&inc, &f.net), SN_OK);
	ck_assert_int_eq(sn_incidence_project(&g, NULL, NULL, &inc, SN_WEIGHT_NEWMAN), SN_OK);
	ck_assert_int_eq(igraph_vcount(&g), 6);
	ck_assert_int_eq(igraph_ecount(&g), 5);
	igraph_destroy(&g);
	sn_incidence_destroy(&inc);
	teardown_fixture(&f);
}
END_TEST

/* ---- the weight check --------------------------------------------------------- */

START_TEST(test_weight_check_is_the_same_in_every_layer)
{
	igraph_t g;
	igraph_vector_t w, af, at, out;
	igraph_vector_int_t memb;
	sn_communities_options_t co = SN_COMMUNITIES_OPTIONS_INIT;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_init_real(&w, 2, 1.0, NAN);
	igraph_vector_init(&af, 0);
	igraph_vector_init(&at, 0);
	igraph_vector_init(&out, 0);
	igraph_vector_int_init(&memb, 0);
	ck_assert_int_eq(sn_disparity_alpha(&af, &at, &g, &w), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "disparity filter: tie 1 has weight nan; weights must be "
			 "finite and > 0");
	ck_assert_int_eq(sn_communities_detect(&memb, NULL, &g, &w, &co), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "communities: tie 1 has weight nan; weights must be "
			 "finite and > 0");
	ck_assert_int_eq(sn_centrality_strength(&out, &g, &w), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "strength: tie 1 has weight nan; weights must be "
			 "finite and > 0");
	igraph_vector_resize(&w, 1);
	ck_assert_int_eq(sn_communities_detect(&memb, NULL, &g, &w, &co), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "communities: 1 weights for 2 ties");
	igraph_vector_int_destroy(&memb);
	igraph_vector_destroy(&out);
	igraph_vector_destroy(&af);
	igraph_vector_destroy(&at);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

/* ---- groups, mixing and betweenness on 1/w --------------------------------------- */

START_TEST(test_actor_groups_mark_no_county_once)
{
	fixture_t f;
	igraph_vector_int_t c, t;

	setup_fixture(&f, SN_WEIGHT_COUNT);
	igraph_vector_int_init(&c, 0);
	igraph_vector_int_init(&t, 0);
	ck_assert_int_eq(sn_network_actor_groups(&c, &f.net, SN_GROUP_BY_COUNTY), SN_OK);
	ck_assert_int_eq(sn_network_actor_groups(&t, &f.net, SN_GROUP_BY_TYPE), SN_OK);
	ck_assert_int_eq(igraph_vector_int_size(&c), 6);
	ck_assert_int_eq(VECTOR(c)[vertex(&f, "ag")], SN_GROUP_NONE);
	ck_assert_int_ge(VECTOR(c)[vertex(&f, "ra")], 0);
	ck_assert_int_eq(VECTOR(c)[vertex(&f, "ka")], VECTOR(c)[vertex(&f, "ra")]);
	ck_assert_int_eq(VECTOR(c)[vertex(&f, "co")], VECTOR(c)[vertex(&f, "ra")]);
	ck_assert_int_ne(VECTOR(c)[vertex(&f, "kb")], VECTOR(c)[vertex(&f, "ra")]);
	ck_assert_int_eq(VECTOR(t)[vertex(&f, "ka")], SN_ACTOR_KOMMUN);
	ck_assert_int_eq(VECTOR(t)[vertex(&f, "ag")], SN_ACTOR_AGENCY);
	ck_assert_int_eq(sn_actor_group(f.ds, sn_dataset_find_actor(f.ds, "ag"), SN_GROUP_BY_COUNTY),
			 SN_GROUP_NONE);
	/* Pooling: "no county" becomes one group after the largest id. */
	igraph_integer_t max = igraph_vector_int_max(&c);
	sn_groups_pool_none(&c);
	ck_assert_int_eq(VECTOR(c)[vertex(&f, "ag")], max + 1);
	ck_assert_int_ge(igraph_vector_int_min(&c), 0);
	igraph_vector_int_destroy(&c);
	igraph_vector_int_destroy(&t);
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_actor_groups_unbuilt_network_fails)
{
	sn_network_t net;
	igraph_vector_int_t c;

	sn_network_init(&net);
	igraph_vector_int_init(&c, 0);
	ck_assert_int_eq(sn_network_actor_groups(&c, &net, SN_GROUP_BY_TYPE), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "groups: the network is not built");
	igraph_vector_int_destroy(&c);
}
END_TEST

/*
 * python-igraph: Graph.assortativity_nominal(directed=False) on the
 * projection's ties ra-ka ra-uni ka-uni uni-ag kb-co, by county on the
 * subgraph without the agency: -0.14285714285714285 (by hand: -1/7); by
 * type: -0.31578947368421056 (-0.24/0.76).  E-I by hand: county 3
 * internal, 1 external: -0.5; type: every tie crosses, +1.
 */
START_TEST(test_mixing_and_null_statistics_agree_with_igraph)
{
	fixture_t f;
	igraph_vector_int_t c, t;
	igraph_vector_t v;
	sn_mixing_t m;
	sn_incidence_t inc;
	sn_sample_t s;

	setup_fixture(&f, SN_WEIGHT_COUNT);
	igraph_vector_int_init(&c, 0);
	igraph_vector_int_init(&t, 0);
	igraph_vector_init(&v, 0);
	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_network(&inc, &f.net), SN_OK);
	s = (sn_sample_t){ &inc, test_graph(&f.proj), test_shared(&f.proj), test_weights(&f.proj), true };
	ck_assert_int_eq(sn_network_actor_groups(&c, &f.net, SN_GROUP_BY_COUNTY), SN_OK);
	ck_assert_int_eq(sn_network_actor_groups(&t, &f.net, SN_GROUP_BY_TYPE), SN_OK);
	ck_assert_int_eq(sn_structure_mixing(&m, NULL, test_graph(&f.proj), &c), SN_OK);
	ck_assert_double_eq_tol(m.assortativity, -0.14285714285714285, EPS);
	ck_assert_double_eq_tol(m.ei, -0.5, EPS);
	ck_assert_int_eq(m.ungrouped, 1);
	ck_assert_int_eq(sn_stat_assortativity(&v, &s, &c), SN_OK);
	ck_assert_double_eq(VECTOR(v)[0], m.assortativity);
	ck_assert_int_eq(sn_stat_ei(&v, &s, &c), SN_OK);
	ck_assert_double_eq(VECTOR(v)[0], m.ei);
	ck_assert_int_eq(sn_structure_mixing(&m, NULL, test_graph(&f.proj), &t), SN_OK);
	ck_assert_double_eq_tol(m.assortativity, -0.31578947368421056, EPS);
	ck_assert_double_eq_tol(m.ei, 1.0, EPS);
	ck_assert_int_eq(sn_stat_assortativity(&v, &s, &t), SN_OK);
	ck_assert_double_eq(VECTOR(v)[0], m.assortativity);
	igraph_vector_destroy(&v);
	igraph_vector_int_destroy(&c);
	igraph_vector_int_destroy(&t);
	sn_incidence_destroy(&inc);
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_mixing_one_group_holding_every_tie_is_nan)
{
	igraph_t g;
	igraph_vector_int_t grp;
	sn_mixing_t m;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_int_init_int(&grp, 3, 4, 4, 4);
	ck_assert_int_eq(sn_structure_mixing(&m, NULL, &g, &grp), SN_OK);
	ck_assert(isnan(m.assortativity));
	ck_assert_double_eq(m.ei, -1.0);
	igraph_vector_int_resize(&grp, 2);
	ck_assert_int_eq(sn_structure_mixing(&m, NULL, &g, &grp), SN_EINVAL);
	igraph_vector_int_destroy(&grp);
	igraph_destroy(&g);
}
END_TEST

/*
 * NetworkX: betweenness_centrality(G, weight=1/newman weight,
 * normalized=False): uni 2 (on ra-ag and ka-ag), every other actor 0.
 */
START_TEST(test_null_betweenness_is_the_centrality_on_inverse_weights)
{
	fixture_t f;
	igraph_vector_t v, want;
	sn_sample_t s;

	setup_fixture(&f, SN_WEIGHT_NEWMAN);
	igraph_vector_init(&v, 0);
	igraph_vector_init(&want, 0);
	s = (sn_sample_t){ NULL, test_graph(&f.proj), test_shared(&f.proj), test_weights(&f.proj), true };
	ck_assert_int_eq(sn_stat_betweenness(&v, &s, NULL), SN_OK);
	ck_assert_int_eq(sn_centrality_betweenness(&want, test_graph(&f.proj), test_weights(&f.proj), false),
			 SN_OK);
	for (igraph_integer_t i = 0; i < 6; i++) {
		ck_assert_double_eq(VECTOR(v)[i], VECTOR(want)[i]);
		ck_assert_double_eq_tol(VECTOR(v)[i], i == vertex(&f, "uni") ? 2.0 : 0.0, EPS);
	}
	igraph_vector_destroy(&v);
	igraph_vector_destroy(&want);
	teardown_fixture(&f);
}
END_TEST

/* ---- the summary -------------------------------------------------------------------- */

START_TEST(test_network_summary_by_hand)
{
	fixture_t f;
	sn_network_summary_t s;
	int64_t covered, national;

	setup_fixture(&f, SN_WEIGHT_COUNT);
	ck_assert_int_eq(sn_network_summarize(&s, &f.net, &f.proj), SN_OK);
	ck_assert_uint_eq(s.actors, 6);
	ck_assert_uint_eq(s.projects, 4);
	ck_assert_uint_eq(s.memberships, 8);
	ck_assert_double_eq_tol(s.twomode_density, 8.0 / 24, EPS);
	ck_assert_double_eq_tol(s.mean_project_size, 2.0, EPS);
	ck_assert_double_eq_tol(s.mean_projects_per_actor, 8.0 / 6, EPS);
	/* {ra, ka, uni, ag} with p1, p2, p4 and {kb, co} with p3. */
	ck_assert_int_eq(s.components, 2);
	ck_assert_double_eq_tol(s.largest_component_share, 4.0 / 6, EPS);
	ck_assert_uint_eq(s.projection_ties, 5);
	ck_assert_double_eq_tol(s.projection_density, 5.0 / 15, EPS);
	ck_assert_uint_eq(s.actors_by_type[SN_ACTOR_KOMMUN], 2);
	ck_assert_uint_eq(s.memberships_by_type[SN_ACTOR_KOMMUN], 3);
	ck_assert_uint_eq(s.memberships_by_type[SN_ACTOR_UNIVERSITY], 2);
	/* Region A (0101 + 0102 = 300) with Kommun A1 inside it and Kommun B1 (300). */
	ck_assert_int_eq(sn_network_population(&f.net, 2024, &covered, &national), SN_OK);
	ck_assert_int_eq(covered, 600);
	ck_assert_int_eq(national, 1000);
	ck_assert_int_eq(sn_network_population(&f.net, 1990, &covered, NULL), SN_EDATA);
	ck_assert_int_eq(covered, 600);   /* unchanged after a failure */
	/* Without a projection, its figures are 0 and NaN. */
	ck_assert_int_eq(sn_network_summarize(&s, &f.net, NULL), SN_OK);
	ck_assert_uint_eq(s.projection_ties, 0);
	ck_assert(isnan(s.projection_density));
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_network_summary_unbuilt_network_fails)
{
	sn_network_t net;
	sn_network_summary_t s;

	sn_network_init(&net);
	ck_assert_int_eq(sn_network_summarize(&s, &net, NULL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "summary: the network is not built");
}
END_TEST

/* ---- partition reading ------------------------------------------------------------- */

START_TEST(test_partition_read_numbers_labels_in_order)
{
	fixture_t f;
	igraph_vector_int_t lab;
	sn_diag_t diag;
	char path[4200];

	setup_fixture(&f, SN_WEIGHT_COUNT);
	ck_assert_int_eq(write_text(f.dir, "part.csv", "actor,community\nka,x\nra,y\nuni,x\nag,\n"),
			 0);
	snprintf(path, sizeof path, "%s/part.csv", f.dir);
	igraph_vector_int_init(&lab, 0);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_partition_read(&lab, &f.net, path, NULL, &diag), SN_OK);
	ck_assert_int_eq(igraph_vector_int_size(&lab), 6);
	ck_assert_int_eq(VECTOR(lab)[vertex(&f, "ka")], 0);
	ck_assert_int_eq(VECTOR(lab)[vertex(&f, "ra")], 1);
	ck_assert_int_eq(VECTOR(lab)[vertex(&f, "uni")], 0);
	ck_assert_int_eq(VECTOR(lab)[vertex(&f, "ag")], SN_GROUP_NONE);
	ck_assert_int_eq(VECTOR(lab)[vertex(&f, "co")], SN_GROUP_NONE);
	ck_assert_uint_eq(diag.count, 0);
	sn_diag_destroy(&diag);
	igraph_vector_int_destroy(&lab);
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_partition_read_bad_rows_and_files_fail_with_positions)
{
	fixture_t f;
	igraph_vector_int_t lab;
	sn_diag_t diag;
	char path[4200], want[4400];

	setup_fixture(&f, SN_WEIGHT_COUNT);
	ck_assert_int_eq(write_text(f.dir, "bad.csv", "id,community\nka,x\nnobody,y\n"), 0);
	snprintf(path, sizeof path, "%s/bad.csv", f.dir);
	igraph_vector_int_init(&lab, 0);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_partition_read(&lab, &f.net, path, NULL, &diag), SN_EDATA);
	snprintf(want, sizeof want, "%s:3:1: unknown actor 'nobody'", path);
	ck_assert(diag_has(&diag, want));
	sn_diag_destroy(&diag);
	/* A missing column. */
	ck_assert_int_eq(write_text(f.dir, "nocol.csv", "actor,group\nka,x\n"), 0);
	snprintf(path, sizeof path, "%s/nocol.csv", f.dir);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_partition_read(&lab, &f.net, path, NULL, &diag), SN_EDATA);
	ck_assert_uint_eq(diag.errors, 1);
	sn_diag_destroy(&diag);
	/* No such file. */
	snprintf(path, sizeof path, "%s/none.csv", f.dir);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_partition_read(&lab, &f.net, path, NULL, &diag), SN_EIO);
	sn_diag_destroy(&diag);
	igraph_vector_int_destroy(&lab);
	teardown_fixture(&f);
}
END_TEST

/* ---- the dataset writer -------------------------------------------------------------- */

static char *slurp(FILE *fp)
{
	long n;
	char *s;

	fflush(fp);
	n = ftell(fp);
	rewind(fp);
	s = calloc((size_t)n + 1, 1);
	ck_assert_int_eq(fread(s, 1, (size_t)n, fp), (size_t)n);
	return s;
}

START_TEST(test_dataset_writer_quotes_fields_that_need_it)
{
	FILE *fp[SN_DSFILE_COUNT] = { NULL };
	sn_dataset_writer_t w;
	char *text;

	fp[SN_DSFILE_ACTORS] = tmpfile();
	sn_dataset_writer_streams(&w, fp);
	sn_dataset_writer_printf(&w, SN_DSFILE_ACTORS, "id,name\na%d,", 1);
	sn_dataset_writer_field(&w, SN_DSFILE_ACTORS, "Almi, \"Syd\"");
	sn_dataset_writer_printf(&w, SN_DSFILE_ACTORS, "\na2,");
	sn_dataset_writer_field(&w, SN_DSFILE_ACTORS, "plain");
	sn_dataset_writer_printf(&w, SN_DSFILE_ACTORS, "\n");
	ck_assert_int_eq(sn_dataset_writer_finish(&w, SN_OK), SN_OK);
	text = slurp(fp[SN_DSFILE_ACTORS]);
	ck_assert_str_eq(text, "id,name\na1,\"Almi, \"\"Syd\"\"\"\na2,plain\n");
	free(text);
	fclose(fp[SN_DSFILE_ACTORS]);
	ck_assert_str_eq(sn_dataset_file_name(SN_DSFILE_MEMBERSHIPS), "memberships.csv");
	ck_assert_ptr_null(sn_dataset_file_name(SN_DSFILE_COUNT));
}
END_TEST

START_TEST(test_dataset_writer_full_stream_fails_naming_the_file)
{
	FILE *fp[SN_DSFILE_COUNT] = { NULL };
	sn_dataset_writer_t w;

	fp[SN_DSFILE_PROJECTS] = fopen("/dev/full", "w");
	ck_assert_ptr_nonnull(fp[SN_DSFILE_PROJECTS]);
	sn_dataset_writer_streams(&w, fp);
	sn_dataset_writer_printf(&w, SN_DSFILE_PROJECTS, "id,name\n");
	ck_assert_int_eq(sn_dataset_writer_finish(&w, SN_OK), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "projects.csv: write failed"));
	fclose(fp[SN_DSFILE_PROJECTS]);
}
END_TEST

/* A folder writer replaces its files only when all are written; the backbone writes a dataset the loader reads. */
START_TEST(test_dataset_writer_folder_is_all_or_nothing)
{
	static const bool want[SN_DSFILE_COUNT] = { false, true, true, true };
	fixture_t f;
	sn_dataset_writer_t w;
	char dir[4200], path[4300], cmd[4400];
	FILE *fp;

	setup_fixture(&f, SN_WEIGHT_COUNT);
	snprintf(dir, sizeof dir, "%s/out", f.dir);
	/* A failed run leaves nothing behind. */
	ck_assert_int_eq(sn_dataset_writer_open(&w, dir, want), SN_OK);
	sn_dataset_writer_printf(&w, SN_DSFILE_ACTORS, "id,name,type\n");
	ck_assert_int_eq(sn_dataset_writer_finish(&w, sn_error_set(SN_ENOMEM, "out of memory")),
			 SN_ENOMEM);
	snprintf(cmd, sizeof cmd, "test -z \"$(ls -A '%s')\"", dir);
	ck_assert_int_eq(system(cmd), 0);
	/* A whole one is renamed into place. */
	ck_assert_int_eq(sn_dataset_writer_open(&w, dir, want), SN_OK);
	sn_dataset_writer_printf(&w, SN_DSFILE_ACTORS, "id,name,type\nx,X,company\ny,Y,company\n");
	sn_dataset_writer_printf(&w, SN_DSFILE_PROJECTS, "id,name\np,P\n");
	sn_dataset_writer_printf(&w, SN_DSFILE_MEMBERSHIPS, "project,actor\np,x\np,y\n");
	ck_assert_int_eq(sn_dataset_writer_finish(&w, SN_OK), SN_OK);
	snprintf(path, sizeof path, "%s/projects.csv", dir);
	ck_assert_ptr_nonnull(fp = fopen(path, "r"));
	fclose(fp);
	/* A file where the folder should be. */
	snprintf(path, sizeof path, "%s/projects.csv", dir);
	ck_assert_int_eq(sn_dataset_writer_open(&w, path, want), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "not a directory"));
	ck_assert_int_eq(sn_dataset_writer_finish(&w, SN_EIO), SN_EIO);
	ck_assert_int_eq(sn_dataset_folder_create(path), SN_EIO);
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_backbone_dataset_rows)
{
	FILE *fp[SN_DSFILE_COUNT] = { NULL };
	sn_dataset_writer_t w;
	sn_backbone_t bb;
	fixture_t f;
	char *text;

	setup_fixture(&f, SN_WEIGHT_COUNT);
	/* A backbone of one tie, ra -- uni (vertices 0 and 3), made by hand. */
	sn_backbone_init(&bb);
	igraph_small(&bb.graph, 6, IGRAPH_UNDIRECTED, (int)vertex(&f, "uni"), (int)vertex(&f, "ra"),
		     -1);
	igraph_vector_init_real(&bb.shared, 1, 1.0);
	igraph_vector_init_real(&bb.weight, 1, 0.5);
	igraph_vector_init_real(&bb.p, 1, 0.25);
	igraph_vector_init_real(&bb.p_adjusted, 1, 1.0);
	bb.nactors = 6;
	bb.built = true;
	fp[SN_DSFILE_PROJECTS] = tmpfile();
	fp[SN_DSFILE_TIES] = tmpfile();
	sn_dataset_writer_streams(&w, fp);
	ck_assert_int_eq(sn_dataset_writer_finish(&w, sn_backbone_write_dataset(&w, &bb, &f.net)),
			 SN_OK);
	text = slurp(fp[SN_DSFILE_PROJECTS]);
	ck_assert_str_eq(text, "id,name,kind,shared,weight,p,p_adjusted\n"
			 "tie-1,\"Region A -- Uni, A\",backbone tie,1,0.5,0.25,1\n");
	free(text);
	text = slurp(fp[SN_DSFILE_TIES]);
	ck_assert_str_eq(text, "actor_a,actor_b,shared,weight,p,p_adjusted\nra,uni,1,0.5,0.25,1\n");
	free(text);
	fclose(fp[SN_DSFILE_PROJECTS]);
	fclose(fp[SN_DSFILE_TIES]);
	sn_backbone_destroy(&bb);
	teardown_fixture(&f);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("onelib");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_incidence_projection_equals_network_projection_and_brute_force);
	tcase_add_test(tc, test_incidence_projection_without_outputs_gives_the_graph);
	tcase_add_test(tc, test_weight_check_is_the_same_in_every_layer);
	tcase_add_test(tc, test_actor_groups_mark_no_county_once);
	tcase_add_test(tc, test_actor_groups_unbuilt_network_fails);
	tcase_add_test(tc, test_mixing_and_null_statistics_agree_with_igraph);
	tcase_add_test(tc, test_mixing_one_group_holding_every_tie_is_nan);
	tcase_add_test(tc, test_null_betweenness_is_the_centrality_on_inverse_weights);
	tcase_add_test(tc, test_network_summary_by_hand);
	tcase_add_test(tc, test_network_summary_unbuilt_network_fails);
	tcase_add_test(tc, test_partition_read_numbers_labels_in_order);
	tcase_add_test(tc, test_partition_read_bad_rows_and_files_fail_with_positions);
	tcase_add_test(tc, test_dataset_writer_quotes_fields_that_need_it);
	tcase_add_test(tc, test_dataset_writer_full_stream_fails_naming_the_file);
	tcase_add_test(tc, test_dataset_writer_folder_is_all_or_nothing);
	tcase_add_test(tc, test_backbone_dataset_rows);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
