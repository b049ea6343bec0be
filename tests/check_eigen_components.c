/*
 * Eigenvector centrality and hub/authority scores on disconnected graphs
 * (samnet/centrality.h): each connected component is scored on its own, so
 * two identical components get identical scores, and on an undirected graph
 * hub = authority.  Expected values: python-igraph 0.10.2
 * Graph.induced_subgraph(component).eigenvector_centrality(scale=True), and
 * NetworkX 2.8.8 eigenvector_centrality on the component divided by its
 * maximum (the same numbers), as quoted beside each table.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <check.h>

#include "samnet/centrality.h"
#include "samnet/error.h"

#define TOL 1e-9
#define N 12

/* Two triangles 0-1-2 and 3-4-5, the tree 6-7, 6-8, 6-9, 9-10, and the isolate 11. */
static void two_triangles_and_a_tree(igraph_t *g)
{
	igraph_small(g, N, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3,
		     6, 7, 6, 8, 6, 9, 9, 10, -1);
}

/*
 * Per component, maximum 1.  Tree: python-igraph eigenvector_centrality of the
 * component [1.0, 0.541196100146197, 0.541196100146197, 0.7653668647301792,
 * 0.41421356237309537]; NetworkX gives 0.6532814824381805 for 6 and 0.35355339059326363
 * for 7, ratio 0.5412.  Today's igraph on the whole graph gives one triangle 1, the rest 0.
 */
static const double per_component[N] = {
	1, 1, 1, 1, 1, 1,
	1.0, 0.541196100146197, 0.541196100146197, 0.7653668647301792, 0.41421356237309537,
	0
};

static void assert_close(const igraph_vector_t *v, const double *want, double factor)
{
	ck_assert_int_eq(igraph_vector_size(v), N);
	for (int i = 0; i < N; i++)
		ck_assert_msg(fabs(VECTOR(*v)[i] - want[i] * factor) < TOL, "vertex %d: %.15g, want "
			      "%.15g", i, VECTOR(*v)[i], want[i] * factor);
}

START_TEST(test_centrality_eigenvector_identical_components_score_equal)
{
	igraph_t g;
	igraph_vector_t v;
	double ss = 0;

	two_triangles_and_a_tree(&g);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_centrality_eigenvector(&v, &g, NULL, true), SN_OK);
	assert_close(&v, per_component, 1);
	/* Raw: the same scores over their Euclidean length on the whole graph. */
	for (int i = 0; i < N; i++)
		ss += per_component[i] * per_component[i];
	ck_assert_int_eq(sn_centrality_eigenvector(&v, &g, NULL, false), SN_OK);
	assert_close(&v, per_component, 1 / sqrt(ss));
	igraph_vector_destroy(&v);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_centrality_hub_authority_undirected_equal_eigenvector)
{
	igraph_t g;
	igraph_vector_t hub, auth;
	double sum = 0;

	two_triangles_and_a_tree(&g);
	igraph_vector_init(&hub, 0);
	igraph_vector_init(&auth, 0);
	/*
	 * The tree is bipartite: A^2 has a two-dimensional principal eigenspace, and
	 * python-igraph's hub_score() and authority_score() of it differ ([1, 0.414, 0.414,
	 * 0.586, 0.414] and [1, 0.707, 0.707, 1, 0.414]).  samnet takes A's Perron vector,
	 * the one both share.
	 */
	ck_assert_int_eq(sn_centrality_hub_authority(&hub, &auth, &g, NULL, true), SN_OK);
	assert_close(&hub, per_component, 1);
	assert_close(&auth, per_component, 1);
	for (int i = 0; i < N; i++)
		sum += per_component[i];
	ck_assert_int_eq(sn_centrality_hub_authority(&hub, NULL, &g, NULL, false), SN_OK);
	ck_assert_int_eq(sn_centrality_hub_authority(NULL, &auth, &g, NULL, false), SN_OK);
	assert_close(&hub, per_component, 1 / sum);
	assert_close(&auth, per_component, 1 / sum);
	igraph_vector_destroy(&hub);
	igraph_vector_destroy(&auth);
	igraph_destroy(&g);
}
END_TEST

/* Weighted: the two triangles carry the same weights, listed in a different order. */
START_TEST(test_centrality_eigenvector_weighted_identical_components_score_equal)
{
	igraph_t g;
	igraph_vector_t v, w;

	igraph_small(&g, 6, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 0, 4, 5, 3, 4, 5, 3, -1);
	igraph_vector_init_int(&w, 6, 1, 2, 3, 2, 1, 3);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_centrality_eigenvector(&v, &g, &w, true), SN_OK);
	for (int i = 0; i < 3; i++)
		ck_assert_double_eq_tol(VECTOR(v)[i], VECTOR(v)[i + 3], TOL);
	/* The vertex on the ties of weight 2 and 3 leads its triangle. */
	ck_assert_double_eq_tol(VECTOR(v)[2], 1.0, TOL);
	ck_assert_double_eq_tol(VECTOR(v)[5], 1.0, TOL);
	igraph_vector_destroy(&v);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

static Suite *eigen_components_suite(void)
{
	Suite *s = suite_create("eigen_components");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_add_test(tc, test_centrality_eigenvector_identical_components_score_equal);
	tcase_add_test(tc, test_centrality_hub_authority_undirected_equal_eigenvector);
	tcase_add_test(tc, test_centrality_eigenvector_weighted_identical_components_score_equal);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(eigen_components_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
