/* Tests of the two-mode network and its projections (base/network.c, base/projection.c). */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet/advanced.h"
#include "testutil.h"

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
} fixture_t;

static void setup_fixture(fixture_t *f, const char *name, const sn_network_options_t *opts)
{
	sn_dataset_options_t dopts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&f->ds, fixture(name), &dopts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, opts), SN_OK);
}

static void teardown_fixture(fixture_t *f)
{
	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

/* `per_tie`'s value at the tie between actors with ids a and b in the projection, or NAN. */
static double tie_value(const fixture_t *f, const igraph_vector_t *per_tie, const char *a,
			const char *b)
{
	igraph_integer_t va = sn_network_actor_vertex(&f->net, sn_dataset_find_actor(f->ds, a));
	igraph_integer_t vb = sn_network_actor_vertex(&f->net, sn_dataset_find_actor(f->ds, b));
	igraph_integer_t eid = -1;

	ck_assert(va >= 0 && vb >= 0);
	igraph_get_eid(test_graph(&f->proj), &eid, va, vb, IGRAPH_UNDIRECTED, false);
	return eid < 0 ? NAN : VECTOR(*per_tie)[eid];
}

/* Weight of the tie between actors with ids a and b in the projection, or NAN. */
static double tie(const fixture_t *f, const char *a, const char *b)
{
	return tie_value(f, test_weights(&f->proj), a, b);
}

/*
 * NetworkX documentation of collaboration_weighted_projected_graph:
 *   B = nx.path_graph(5); B.add_edge(1, 5)
 *   bipartite.collaboration_weighted_projected_graph(B, [0, 2, 4, 5])
 *   -> (0, 2, 0.5), (0, 5, 0.5), (2, 4, 1.0), (2, 5, 0.5)
 * Here actors a0, a2, a4, a5 and projects p1 (= node 1), p3 (= node 3).
 */
START_TEST(test_projection_newman_matches_networkx_documented_example)
{
	fixture_t f;

	setup_fixture(&f, "nxdoc", NULL);
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_NEWMAN, 0), SN_OK);
	ck_assert_int_eq(igraph_ecount(test_graph(&f.proj)), 4);
	ck_assert_double_eq_tol(tie(&f, "a0", "a2"), 0.5, 1e-12);
	ck_assert_double_eq_tol(tie(&f, "a0", "a5"), 0.5, 1e-12);
	ck_assert_double_eq_tol(tie(&f, "a2", "a4"), 1.0, 1e-12);
	ck_assert_double_eq_tol(tie(&f, "a2", "a5"), 0.5, 1e-12);
	ck_assert(isnan(tie(&f, "a0", "a4")));
	teardown_fixture(&f);
}
END_TEST

/*
 * The mini fixture projected with NetworkX 2.8 (python3-networkx, Debian 12):
 *   weighted_projected_graph, collaboration_weighted_projected_graph,
 *   overlap_weighted_projected_graph(jaccard=True / False)
 * on B with p1 = {skane, halland, malmo}, p2 = {skane, lu, malmo, almi},
 * p3 = {lu}, p4 = {malmo, lund, lu}.
 */
static const struct {
	const char *a, *b;
	double count, newman, jaccard, overlap;
} mini_ties[] = {
	{ "almi", "lu", 1, 1.0 / 3, 1.0 / 3, 1 },
	{ "almi", "malmo", 1, 1.0 / 3, 1.0 / 3, 1 },
	{ "almi", "skane", 1, 1.0 / 3, 0.5, 1 },
	{ "halland", "malmo", 1, 0.5, 1.0 / 3, 1 },
	{ "halland", "skane", 1, 0.5, 0.5, 1 },
	{ "lu", "lund", 1, 0.5, 1.0 / 3, 1 },
	{ "lu", "malmo", 2, 5.0 / 6, 0.5, 2.0 / 3 },
	{ "lu", "skane", 1, 1.0 / 3, 0.25, 0.5 },
	{ "lund", "malmo", 1, 0.5, 1.0 / 3, 1 },
	{ "malmo", "skane", 2, 5.0 / 6, 2.0 / 3, 1 },
};

START_TEST(test_projection_every_weighting_matches_networkx)
{
	fixture_t f;
	const sn_weighting_t ws[] = { SN_WEIGHT_COUNT, SN_WEIGHT_NEWMAN, SN_WEIGHT_JACCARD,
				      SN_WEIGHT_OVERLAP };

	setup_fixture(&f, "mini", NULL);
	for (size_t k = 0; k < 4; k++) {
		ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, ws[k], 0), SN_OK);
		ck_assert_int_eq(igraph_ecount(test_graph(&f.proj)), 10);
		for (size_t i = 0; i < sizeof mini_ties / sizeof *mini_ties; i++) {
			double want = k == 0 ? mini_ties[i].count : k == 1 ? mini_ties[i].newman
					     : k == 2 ? mini_ties[i].jaccard : mini_ties[i].overlap;
			ck_assert_double_eq_tol(tie(&f, mini_ties[i].a, mini_ties[i].b), want, 1e-12);
			/* Shared projects, whatever the weighting (a view of the weights under count). */
			ck_assert_double_eq(tie_value(&f, test_shared(&f.proj), mini_ties[i].a,
						      mini_ties[i].b), mini_ties[i].count);
		}
	}
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_network_build_leaves_out_idle_territorial_actors)
{
	fixture_t f;
	sn_network_options_t all = { true, false, NULL };

	setup_fixture(&f, "mini", NULL);
	/* lst-skane takes part in nothing and is territorial: left out by default. */
	ck_assert_int_eq(f.net.nactors, 6);
	ck_assert_int_eq(sn_network_actor_vertex(&f.net, sn_dataset_find_actor(f.ds, "lst-skane")), -1);
	ck_assert_int_eq(igraph_vcount(&f.net.graph), 6 + 4);
	ck_assert_int_eq(igraph_ecount(&f.net.graph), 11);
	ck_assert_str_eq(sn_network_vertex_name(&f.net, 6), "Greater Copenhagen");
	ck_assert(VECTOR(f.net.types)[6] && !VECTOR(f.net.types)[5]);
	ck_assert_int_eq(sn_network_build(&f.net, f.ds, &all), SN_OK);
	ck_assert_int_eq(f.net.nactors, 7);
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_projection_projects_mode_counts_shared_actors)
{
	fixture_t f;

	setup_fixture(&f, "mini", NULL);
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_PROJECTS, SN_WEIGHT_COUNT, 0), SN_OK);
	/* p1-p2 share skane and malmo; p1-p4 malmo; p2-p3 lu; p2-p4 malmo, lu; p3-p4 lu. */
	ck_assert_int_eq(igraph_ecount(test_graph(&f.proj)), 5);
	ck_assert_int_eq(f.proj.offset, f.net.nactors);
	igraph_integer_t eid;
	igraph_get_eid(test_graph(&f.proj), &eid, 0, 1, IGRAPH_UNDIRECTED, true);
	ck_assert_double_eq(VECTOR(*test_weights(&f.proj))[eid], 2);
	igraph_get_eid(test_graph(&f.proj), &eid, 1, 3, IGRAPH_UNDIRECTED, true);
	ck_assert_double_eq(VECTOR(*test_weights(&f.proj))[eid], 2);
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_projection_over_limit_names_largest_project)
{
	fixture_t f;
	size_t ties, bound;

	setup_fixture(&f, "mini", NULL);
	ck_assert_int_eq(sn_projection_estimate(&f.net, SN_MODE_ACTORS, &ties, &bound), SN_OK);
	ck_assert_int_eq(ties, 10);
	ck_assert_int_eq(bound, 3 + 6 + 0 + 3);
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 9), SN_ELIMIT);
	ck_assert_str_eq(sn_error_last(),
			 "the projection would have 10 ties (limit 9); the largest project is 'p2' with "
			 "4 members: cap the project size, use fractional (newman) weights on a smaller "
			 "network, or use the two-mode measures");
	ck_assert_int_eq(sn_projection_check_limit(&f.net, SN_MODE_ACTORS, 9), SN_ELIMIT);
	ck_assert_int_eq(sn_projection_check_limit(&f.net, SN_MODE_ACTORS, 10), SN_OK);
	ck_assert_int_eq(sn_projection_check_limit(&f.net, SN_MODE_ACTORS, 0), SN_OK);
	ck_assert_int_eq(sn_projection_build(&f.proj, &f.net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 10), SN_OK);
	teardown_fixture(&f);
}
END_TEST

START_TEST(test_weighting_parse_rejects_unknown)
{
	sn_weighting_t w;

	ck_assert_int_eq(sn_weighting_parse("jaccard", &w), SN_OK);
	ck_assert_int_eq(w, SN_WEIGHT_JACCARD);
	ck_assert_int_eq(sn_weighting_parse("cosine", &w), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(),
			 "unknown weighting 'cosine' (expected count, newman, jaccard or overlap)");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("network");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_projection_newman_matches_networkx_documented_example);
	tcase_add_test(tc, test_projection_every_weighting_matches_networkx);
	tcase_add_test(tc, test_network_build_leaves_out_idle_territorial_actors);
	tcase_add_test(tc, test_projection_projects_mode_counts_shared_actors);
	tcase_add_test(tc, test_projection_over_limit_names_largest_project);
	tcase_add_test(tc, test_weighting_parse_rejects_unknown);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
