/*
 * Tests for the structure summary (samnet/structure.h).  Expected values
 * come from NetworkX 2.8.8 and python-igraph 0.10.2 (Debian packages), the
 * call named next to each; Gini coefficients from the pair formula
 * sum_i sum_j |x_i - x_j| / (2 n^2 mean) evaluated in Python, an oracle
 * independent of the sorted formula the library uses.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "samnet/structure.h"

#define TOL 1e-12

/* Triangle 0-1-2 with pendant 3, path 4-5-6, isolate 7 (edge ids 0..5 in this order). */
static void disconnected_graph(igraph_t *g)
{
	igraph_small(g, 8, IGRAPH_UNDIRECTED, 0, 1, 0, 2, 1, 2, 2, 3, 4, 5, 5, 6, -1);
}

START_TEST(test_structure_summary_zachary_matches_networkx)
{
	igraph_t g;
	sn_structure_t s;

	igraph_famous(&g, "Zachary");
	ck_assert_int_eq(sn_structure_summary(&s, &g, NULL), SN_OK);
	ck_assert_int_eq(s.vertices, 34);
	ck_assert_int_eq(s.edges, 78);
	ck_assert_int_eq(s.isolates, 0);
	ck_assert_double_eq_tol(s.density, 0.13903743315508021, TOL);        /* nx.density(G) */
	ck_assert_int_eq(s.components, 1);
	ck_assert_int_eq(s.largest_component, 34);
	ck_assert_double_eq_tol(s.largest_share, 1, TOL);
	ck_assert_double_eq_tol(s.diameter, 5, TOL);                         /* nx.diameter(G) */
	ck_assert_double_eq_tol(s.average_path_length, 2.408199643493761, TOL); /* nx.average_shortest_path_length(G) */
	ck_assert_double_eq_tol(s.transitivity, 0.2556818181818182, TOL);    /* nx.transitivity(G) */
	ck_assert_double_eq_tol(s.clustering_zero, 0.5706384782076823, TOL); /* nx.average_clustering(G) */
	/* python-igraph Graph.transitivity_avglocal_undirected(mode="nan") */
	ck_assert_double_eq_tol(s.clustering_defined, 0.5879305533048848, TOL);
	ck_assert_double_eq_tol(s.degree.min, 1, TOL);
	ck_assert_double_eq_tol(s.degree.median, 3, TOL);
	ck_assert_double_eq_tol(s.degree.max, 17, TOL);
	ck_assert_double_eq_tol(s.degree.mean, 4.588235294117647, TOL);
	ck_assert_double_eq_tol(s.degree.gini, 0.385369532428356, TOL);      /* pair formula */
	ck_assert_double_eq_tol(s.strength.gini, 0.385369532428356, TOL);
	ck_assert_int_eq(s.degeneracy, 4);                                    /* max(nx.core_number(G)) */
	ck_assert_int_eq(s.degeneracy_size, 10);
	ck_assert_int_eq(s.articulation_points, 1);                          /* nx.articulation_points: [0] */
	ck_assert_int_eq(s.bridges, 1);                                      /* nx.bridges: [(0, 11)] */
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_summary_disconnected_matches_peers)
{
	igraph_t g;
	sn_structure_t s;

	disconnected_graph(&g);
	ck_assert_int_eq(sn_structure_summary(&s, &g, NULL), SN_OK);
	ck_assert_int_eq(s.isolates, 1);
	ck_assert_double_eq_tol(s.density, 0.21428571428571427, TOL);        /* nx.density(D) */
	ck_assert_int_eq(s.components, 3);
	ck_assert_int_eq(s.largest_component, 4);
	ck_assert_double_eq_tol(s.largest_share, 0.5, TOL);
	/* python-igraph D.diameter(unconn=True), D.average_path_length(unconn=True) */
	ck_assert_double_eq_tol(s.diameter, 2, TOL);
	ck_assert_double_eq_tol(s.average_path_length, 1.3333333333333333, TOL);
	ck_assert_double_eq_tol(s.transitivity, 0.5, TOL);                   /* nx.transitivity(D) */
	ck_assert_double_eq_tol(s.clustering_zero, 0.2916666666666667, TOL); /* nx.average_clustering(D) */
	ck_assert_double_eq_tol(s.clustering_defined, 0.5833333333333334, TOL); /* igraph mode="nan" */
	ck_assert_double_eq_tol(s.degree.gini, 0.3125, TOL);                 /* pair formula */
	ck_assert_int_eq(s.degeneracy, 2);
	ck_assert_int_eq(s.degeneracy_size, 3);
	ck_assert_int_eq(s.articulation_points, 2);                          /* [2, 5] */
	ck_assert_int_eq(s.bridges, 3);                                      /* (2,3) (4,5) (5,6) */
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_summary_weighted_gives_strength_distribution)
{
	igraph_t g;
	igraph_vector_t w;
	sn_structure_t s;
	double ws[] = { 2, 1, 3, 1, 2, 1, 0.5 };

	igraph_small(&g, 6, IGRAPH_UNDIRECTED, 0, 1, 0, 2, 1, 2, 2, 3, 3, 4, 3, 5, 4, 5, -1);
	igraph_vector_init(&w, 7);
	for (int e = 0; e < 7; e++)
		VECTOR(w)[e] = ws[e];
	ck_assert_int_eq(sn_structure_summary(&s, &g, &w), SN_OK);
	/* Strengths (dict(G.degree(weight='weight'))): 3, 5, 5, 4, 2.5, 1.5. */
	ck_assert_double_eq_tol(s.strength.min, 1.5, TOL);
	ck_assert_double_eq_tol(s.strength.median, 3.5, TOL);
	ck_assert_double_eq_tol(s.strength.max, 5, TOL);
	ck_assert_double_eq_tol(s.strength.mean, 3.5, TOL);
	ck_assert_double_eq_tol(s.strength.gini, 0.20634920634920634, TOL);  /* pair formula */
	ck_assert_double_eq_tol(s.degree.max, 3, TOL);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_summary_empty_graph_gives_nan)
{
	igraph_t g;
	sn_structure_t s;

	igraph_empty(&g, 0, IGRAPH_UNDIRECTED);
	ck_assert_int_eq(sn_structure_summary(&s, &g, NULL), SN_OK);
	ck_assert_int_eq(s.vertices, 0);
	ck_assert(isnan(s.density));
	ck_assert(isnan(s.largest_share));
	ck_assert(isnan(s.diameter));
	ck_assert(isnan(s.average_path_length));
	ck_assert_uint_eq(s.degree.n, 0);
	ck_assert_int_eq(s.degeneracy, 0);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_summary_bad_input_fails)
{
	igraph_t g;
	igraph_vector_t w;
	sn_structure_t s;

	igraph_small(&g, 3, IGRAPH_DIRECTED, 0, 1, 1, 2, -1);
	ck_assert_int_eq(sn_structure_summary(&s, &g, NULL), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "undirected"));
	igraph_destroy(&g);
	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_init(&w, 1);
	VECTOR(w)[0] = 1;
	ck_assert_int_eq(sn_structure_summary(&s, &g, &w), SN_EINVAL);
	igraph_vector_resize(&w, 2);
	VECTOR(w)[1] = INFINITY;
	ck_assert_int_eq(sn_structure_summary(&s, &g, &w), SN_EINVAL);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_cutpoints_disconnected_matches_networkx)
{
	igraph_t g;
	igraph_vector_int_t points, bridges;

	disconnected_graph(&g);
	igraph_vector_int_init(&points, 0);
	igraph_vector_int_init(&bridges, 0);
	ck_assert_int_eq(sn_structure_cutpoints(&points, &bridges, &g), SN_OK);
	/* sorted(nx.articulation_points(D)) = [2, 5]; nx.bridges(D): (2,3), (4,5), (5,6) = edges 3, 4, 5 */
	ck_assert_int_eq(igraph_vector_int_size(&points), 2);
	ck_assert_int_eq(VECTOR(points)[0], 2);
	ck_assert_int_eq(VECTOR(points)[1], 5);
	ck_assert_int_eq(igraph_vector_int_size(&bridges), 3);
	ck_assert_int_eq(VECTOR(bridges)[0], 3);
	ck_assert_int_eq(VECTOR(bridges)[1], 4);
	ck_assert_int_eq(VECTOR(bridges)[2], 5);
	ck_assert_int_eq(sn_structure_cutpoints(NULL, NULL, &g), SN_OK);
	igraph_vector_int_destroy(&points);
	igraph_vector_int_destroy(&bridges);
	igraph_destroy(&g);
	igraph_small(&g, 2, IGRAPH_DIRECTED, 0, 1, -1);
	ck_assert_int_eq(sn_structure_cutpoints(NULL, NULL, &g), SN_EINVAL);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_mixing_zachary_clubs_match_networkx)
{
	/* The factions of nx.karate_club_graph() (node attribute 'club'): 0 Mr. Hi, 1 Officer. */
	static const int club[34] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0,
				      1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	igraph_t g;
	igraph_vector_int_t groups;
	igraph_vector_t ei;
	sn_mixing_t m;

	igraph_famous(&g, "Zachary");
	igraph_vector_int_init(&groups, 34);
	for (int v = 0; v < 34; v++)
		VECTOR(groups)[v] = club[v];
	igraph_vector_init(&ei, 0);
	ck_assert_int_eq(sn_structure_mixing(&m, &ei, &g, &groups), SN_OK);
	/* Tie counts by hand from the edge list: 67 within a faction, 11 across. */
	ck_assert_double_eq_tol(m.internal, 67, TOL);
	ck_assert_double_eq_tol(m.external, 11, TOL);
	ck_assert_double_eq_tol(m.ei, (11.0 - 67) / 78, TOL);
	/* nx.attribute_assortativity_coefficient(G, 'club') */
	ck_assert_double_eq_tol(m.assortativity, 0.717530864197531, 1e-12);
	/* Mr. Hi: 35 inside, 11 across; Officer: 32 inside, 11 across. */
	ck_assert_int_eq(igraph_vector_size(&ei), 2);
	ck_assert_double_eq_tol(VECTOR(ei)[0], (11.0 - 35) / 46, TOL);
	ck_assert_double_eq_tol(VECTOR(ei)[1], (11.0 - 32) / 43, TOL);
	ck_assert_int_eq(m.ungrouped, 0);
	igraph_vector_destroy(&ei);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_mixing_ungrouped_vertices_are_left_out)
{
	static const int grp[8] = { 0, 0, 1, -1, 1, 0, -1, 0 };
	igraph_t g;
	igraph_vector_int_t groups;
	igraph_vector_t ei;
	sn_mixing_t m;

	disconnected_graph(&g);
	igraph_vector_int_init(&groups, 8);
	for (int v = 0; v < 8; v++)
		VECTOR(groups)[v] = grp[v];
	igraph_vector_init(&ei, 0);
	ck_assert_int_eq(sn_structure_mixing(&m, &ei, &g, &groups), SN_OK);
	/* Ties 0-1 inside; 0-2, 1-2, 4-5 across; 2-3 and 5-6 touch ungrouped vertices. */
	ck_assert_double_eq_tol(m.internal, 1, TOL);
	ck_assert_double_eq_tol(m.external, 3, TOL);
	ck_assert_double_eq_tol(m.ei, 0.5, TOL);
	ck_assert_int_eq(m.ungrouped, 2);
	/* nx.attribute_assortativity_coefficient on D.subgraph of the grouped vertices */
	ck_assert_double_eq_tol(m.assortativity, -0.6, 1e-12);
	/* Group 0: 1 inside, 3 across (0-2, 1-2, 4-5); group 1: 0 inside, 3 across. */
	ck_assert_double_eq_tol(VECTOR(ei)[0], 0.5, TOL);
	ck_assert_double_eq_tol(VECTOR(ei)[1], 1, TOL);
	igraph_vector_destroy(&ei);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_mixing_no_ties_gives_nan)
{
	igraph_t g;
	igraph_vector_int_t groups;
	igraph_vector_t ei;
	sn_mixing_t m;

	igraph_empty(&g, 3, IGRAPH_UNDIRECTED);
	igraph_vector_int_init(&groups, 3);
	VECTOR(groups)[2] = 2;
	igraph_vector_init(&ei, 0);
	ck_assert_int_eq(sn_structure_mixing(&m, &ei, &g, &groups), SN_OK);
	ck_assert(isnan(m.ei));
	ck_assert(isnan(m.assortativity));
	ck_assert_int_eq(igraph_vector_size(&ei), 3);
	ck_assert(isnan(VECTOR(ei)[1]));
	igraph_vector_destroy(&ei);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_structure_mixing_bad_input_fails)
{
	igraph_t g;
	igraph_vector_int_t groups;
	sn_mixing_t m;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_int_init(&groups, 2);
	ck_assert_int_eq(sn_structure_mixing(&m, NULL, &g, &groups), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "2 group ids for 3 vertices"));
	ck_assert_int_eq(sn_structure_mixing(&m, NULL, &g, NULL), SN_EINVAL);
	igraph_destroy(&g);
	igraph_small(&g, 2, IGRAPH_DIRECTED, 0, 1, -1);
	ck_assert_int_eq(sn_structure_mixing(&m, NULL, &g, &groups), SN_EINVAL);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

static void describe(sn_distribution_t *d, const double *x, size_t n, sn_error_t want)
{
	igraph_vector_t v;

	igraph_vector_init(&v, (igraph_integer_t)n);
	for (size_t i = 0; i < n; i++)
		VECTOR(v)[i] = x[i];
	ck_assert_int_eq(sn_distribution_describe(d, &v), want);
	igraph_vector_destroy(&v);
}

START_TEST(test_distribution_describe_hand_cases_match)
{
	sn_distribution_t d;
	static const double one_holds_all[] = { 0, 0, 0, 1 };
	static const double equal[] = { 2, 2, 2 };
	static const double zeros[] = { 0, 0 };
	static const double odd[] = { 5, 1, 3 };

	/* One of n holds everything: G = (n - 1)/n. */
	describe(&d, one_holds_all, 4, SN_OK);
	ck_assert_double_eq_tol(d.gini, 0.75, TOL);
	ck_assert_double_eq_tol(d.median, 0, TOL);
	ck_assert_double_eq_tol(d.mean, 0.25, TOL);
	describe(&d, equal, 3, SN_OK);
	ck_assert_double_eq_tol(d.gini, 0, TOL);
	describe(&d, zeros, 2, SN_OK);
	ck_assert_double_eq_tol(d.gini, 0, TOL);
	/* Pairs |5-1| + |5-3| + |1-3| = 8, doubled 16, / (2 * 9 * 3) = 8/27. */
	describe(&d, odd, 3, SN_OK);
	ck_assert_double_eq_tol(d.gini, 8.0 / 27, TOL);
	ck_assert_double_eq_tol(d.median, 3, TOL);
	ck_assert_double_eq_tol(d.min, 1, TOL);
	ck_assert_double_eq_tol(d.max, 5, TOL);
	describe(&d, NULL, 0, SN_OK);
	ck_assert_uint_eq(d.n, 0);
	ck_assert(isnan(d.median) && isnan(d.gini));
}
END_TEST

START_TEST(test_distribution_describe_negative_value_fails)
{
	sn_distribution_t d;
	static const double neg[] = { 1, -2 };
	static const double inf[] = { 1, INFINITY };

	describe(&d, neg, 2, SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "value 1 is -2"));
	describe(&d, inf, 2, SN_EINVAL);
}
END_TEST

static Suite *structure_suite(void)
{
	Suite *s = suite_create("structure");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_add_test(tc, test_structure_summary_zachary_matches_networkx);
	tcase_add_test(tc, test_structure_summary_disconnected_matches_peers);
	tcase_add_test(tc, test_structure_summary_weighted_gives_strength_distribution);
	tcase_add_test(tc, test_structure_summary_empty_graph_gives_nan);
	tcase_add_test(tc, test_structure_summary_bad_input_fails);
	tcase_add_test(tc, test_structure_cutpoints_disconnected_matches_networkx);
	tcase_add_test(tc, test_structure_mixing_zachary_clubs_match_networkx);
	tcase_add_test(tc, test_structure_mixing_ungrouped_vertices_are_left_out);
	tcase_add_test(tc, test_structure_mixing_no_ties_gives_nan);
	tcase_add_test(tc, test_structure_mixing_bad_input_fails);
	tcase_add_test(tc, test_distribution_describe_hand_cases_match);
	tcase_add_test(tc, test_distribution_describe_negative_value_fails);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(structure_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
