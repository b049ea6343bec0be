/* Tests for the degree-preserving null models (samnet/nullmodel.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rng.h>

#include "samnet/nullmodel.h"

/* A random binary incidence with about `fill` of the cells set. */
static void random_incidence(sn_incidence_t *inc, size_t na, size_t np, double fill,
			     unsigned long seed)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	size_t *a = malloc(na * np * sizeof *a), *p = malloc(na * np * sizeof *p), n = 0;

	gsl_rng_set(rng, seed);
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < np; j++)
			if (gsl_rng_uniform(rng) < fill) {
				a[n] = i;
				p[n] = j;
				n++;
			}
	sn_incidence_init(inc);
	ck_assert_int_eq(sn_incidence_from_pairs(inc, na, np, a, p, n), SN_OK);
	free(a);
	free(p);
	gsl_rng_free(rng);
}

/* A generator as gsl_rng_alloc() gives it: mt19937 at GSL's default seed (0, read as 4357). */
static sn_rng_t *new_rng(void)
{
	sn_rng_t *r = NULL;

	ck_assert_int_eq(sn_rng_new(&r, 0), SN_OK);
	return r;
}

START_TEST(test_incidence_from_pairs_unsorted_gives_sorted_rows)
{
	size_t a[] = { 1, 0, 1, 0, 2 }, p[] = { 3, 2, 0, 0, 1 };
	sn_incidence_t inc;

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 3, 4, a, p, 5), SN_OK);
	ck_assert_uint_eq(inc.nmemberships, 5);
	ck_assert_uint_eq(inc.start[1], 2);
	ck_assert_uint_eq(inc.proj[0], 0);
	ck_assert_uint_eq(inc.proj[1], 2);
	ck_assert_uint_eq(inc.proj[2], 0);
	ck_assert_uint_eq(inc.proj[3], 3);
	ck_assert_uint_eq(inc.proj[4], 1);
	sn_incidence_destroy(&inc);
	sn_incidence_destroy(&inc);
	sn_incidence_destroy(NULL);
}
END_TEST

START_TEST(test_incidence_from_pairs_out_of_range_fails)
{
	size_t a[] = { 0, 3 }, p[] = { 0, 0 };
	sn_incidence_t inc;

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 3, 4, a, p, 2), SN_EINVAL);
	ck_assert_ptr_null(inc.start);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "out of range"));
}
END_TEST

START_TEST(test_incidence_from_pairs_repeated_pair_fails)
{
	size_t a[] = { 0, 1, 0 }, p[] = { 2, 0, 2 };
	sn_incidence_t inc;

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 2, 3, a, p, 3), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "repeats"));
	ck_assert_ptr_null(inc.proj);
}
END_TEST

START_TEST(test_incidence_from_network_not_built_fails)
{
	sn_network_t net;
	sn_incidence_t inc;

	memset(&net, 0, sizeof net);
	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_network(&inc, &net), SN_EINVAL);
	ck_assert_int_eq(sn_incidence_from_network(&inc, NULL), SN_EINVAL);
}
END_TEST

START_TEST(test_incidence_from_network_two_mode_graph_gives_rows)
{
	/* Actors 0,1; projects 2,3,4: edges 0-3, 4-0, 1-2 (either orientation). */
	igraph_integer_t e[] = { 0, 3, 4, 0, 1, 2 };
	igraph_vector_int_t ev;
	sn_network_t net;
	sn_incidence_t inc;

	memset(&net, 0, sizeof net);
	igraph_vector_int_init_array(&ev, e, 6);
	igraph_create(&net.graph, &ev, 5, IGRAPH_UNDIRECTED);
	igraph_vector_int_destroy(&ev);
	net.nactors = 2;
	net.nprojects = 3;
	net.built = true;
	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_network(&inc, &net), SN_OK);
	ck_assert_uint_eq(inc.start[1], 2);
	ck_assert_uint_eq(inc.proj[0], 1);
	ck_assert_uint_eq(inc.proj[1], 2);
	ck_assert_uint_eq(inc.proj[2], 0);
	sn_incidence_destroy(&inc);
	/* An actor-actor edge is not a two-mode edge. */
	igraph_add_edge(&net.graph, 0, 1);
	ck_assert_int_eq(sn_incidence_from_network(&inc, &net), SN_EINVAL);
	igraph_destroy(&net.graph);
}
END_TEST

START_TEST(test_incidence_to_graph_keeps_vertex_order)
{
	size_t a[] = { 0, 0, 2 }, p[] = { 1, 0, 1 };
	sn_incidence_t inc;
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_integer_t eid;

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 3, 2, a, p, 3), SN_OK);
	igraph_vector_bool_init(&types, 0);
	ck_assert_int_eq(sn_incidence_to_graph(&g, &types, &inc), SN_OK);
	ck_assert_int_eq(igraph_vcount(&g), 5);
	ck_assert_int_eq(igraph_ecount(&g), 3);
	ck_assert(!VECTOR(types)[2]);
	ck_assert(VECTOR(types)[3]);
	igraph_get_eid(&g, &eid, 0, 3, IGRAPH_UNDIRECTED, false);
	ck_assert_int_ge(eid, 0);
	igraph_get_eid(&g, &eid, 2, 4, IGRAPH_UNDIRECTED, false);
	ck_assert_int_ge(eid, 0);
	igraph_get_eid(&g, &eid, 1, 3, IGRAPH_UNDIRECTED, false);
	ck_assert_int_lt(eid, 0);
	igraph_destroy(&g);
	igraph_vector_bool_destroy(&types);
	sn_incidence_destroy(&inc);
}
END_TEST

/*
 * The projection against NetworkX 2.8.8 (Debian python3-networkx): 6
 * actors, projects P0 = {0,1,2}, P1 = {2,3}, P2 = {3,4,5}, P3 = {0,5},
 * P4 = {0,1}; values of bipartite.weighted_projected_graph (count),
 * collaboration_weighted_projected_graph (newman),
 * overlap_weighted_projected_graph(jaccard=True) and (jaccard=False)
 * (overlap), ties listed as (0,1) (0,2) (0,5) (1,2) (2,3) (3,4) (3,5) (4,5).
 */
START_TEST(test_incidence_project_weightings_match_networkx)
{
	static const double count[8] = { 2, 1, 1, 1, 1, 1, 1, 1 };
	static const double newman[8] = { 1.5, 0.5, 1.0, 0.5, 1.0, 0.5, 0.5, 0.5 };
	static const double jaccard[8] = { 2.0 / 3, 0.25, 0.25, 1.0 / 3, 1.0 / 3, 0.5, 1.0 / 3,
					   0.5 };
	static const double overlap[8] = { 1, 0.5, 0.5, 0.5, 0.5, 1, 0.5, 1 };
	static const int ends[8][2] = { { 0, 1 }, { 0, 2 }, { 0, 5 }, { 1, 2 },
					{ 2, 3 }, { 3, 4 }, { 3, 5 }, { 4, 5 } };
	static const sn_weighting_t ws[4] = { SN_WEIGHT_COUNT, SN_WEIGHT_NEWMAN,
					      SN_WEIGHT_JACCARD, SN_WEIGHT_OVERLAP };
	const double *want[4] = { count, newman, jaccard, overlap };
	size_t a[] = { 0, 1, 2, 2, 3, 3, 4, 5, 0, 5, 0, 1 };
	size_t p[] = { 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4 };
	sn_incidence_t inc;
	igraph_vector_t shared, weight;

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 6, 5, a, p, 12), SN_OK);
	igraph_vector_init(&shared, 0);
	igraph_vector_init(&weight, 0);
	for (int k = 0; k < 4; k++) {
		igraph_t g;

		ck_assert_int_eq(sn_incidence_project(&g, &shared, &weight, &inc, ws[k]), SN_OK);
		ck_assert_int_eq(igraph_vcount(&g), 6);
		ck_assert_int_eq(igraph_ecount(&g), 8);
		for (int e = 0; e < 8; e++) {
			igraph_integer_t u, v;

			igraph_edge(&g, e, &u, &v);
			ck_assert_int_eq(u < v ? u : v, ends[e][0]);
			ck_assert_int_eq(u < v ? v : u, ends[e][1]);
			ck_assert_double_eq_tol(VECTOR(weight)[e], want[k][e], 1e-12);
			ck_assert_double_eq(VECTOR(shared)[e], count[e]);
		}
		igraph_destroy(&g);
	}
	ck_assert_uint_eq(sn_incidence_shared(&inc, 0, 1), 2);
	ck_assert_uint_eq(sn_incidence_shared(&inc, 1, 4), 0);
	igraph_vector_destroy(&shared);
	igraph_vector_destroy(&weight);
	sn_incidence_destroy(&inc);
}
END_TEST

START_TEST(test_curveball_many_trades_keeps_both_degree_sequences)
{
	sn_incidence_t inc, orig;
	sn_rng_t *rng = new_rng();

	random_incidence(&inc, 30, 40, 0.2, 7);
	sn_incidence_init(&orig);
	ck_assert_int_eq(sn_incidence_copy(&orig, &inc), SN_OK);
	sn_rng_reseed(rng, 1);
	for (int round = 0; round < 20; round++) {
		ck_assert_int_eq(sn_curveball(&inc, rng, 1000), SN_OK);
		ck_assert_int_eq(sn_incidence_check_degrees(&orig, &inc), SN_OK);
	}
	/* And the matrix did change. */
	ck_assert(memcmp(orig.proj, inc.proj, inc.nmemberships * sizeof *inc.proj) != 0);
	sn_incidence_destroy(&inc);
	sn_incidence_destroy(&orig);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_curveball_same_seed_gives_same_sample)
{
	sn_incidence_t a, b, c;
	sn_rng_t *rng = new_rng();

	random_incidence(&a, 20, 25, 0.3, 3);
	random_incidence(&b, 20, 25, 0.3, 3);
	random_incidence(&c, 20, 25, 0.3, 3);
	sn_rng_reseed(rng, 42);
	ck_assert_int_eq(sn_curveball(&a, rng, 0), SN_OK);
	sn_rng_reseed(rng, 42);
	ck_assert_int_eq(sn_curveball(&b, rng, 0), SN_OK);
	sn_rng_reseed(rng, 43);
	ck_assert_int_eq(sn_curveball(&c, rng, 0), SN_OK);
	ck_assert(memcmp(a.proj, b.proj, a.nmemberships * sizeof *a.proj) == 0);
	ck_assert(memcmp(a.proj, c.proj, a.nmemberships * sizeof *a.proj) != 0);
	sn_incidence_destroy(&a);
	sn_incidence_destroy(&b);
	sn_incidence_destroy(&c);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_curveball_default_trades_is_five_per_membership)
{
	sn_incidence_t inc;

	random_incidence(&inc, 10, 10, 0.5, 5);
	ck_assert_uint_eq(sn_curveball_default_trades(&inc), 5 * inc.nmemberships);
	sn_incidence_destroy(&inc);
	sn_incidence_init(&inc);
	ck_assert_uint_eq(sn_curveball_default_trades(&inc), 1);
}
END_TEST

START_TEST(test_curveball_single_actor_is_unchanged)
{
	size_t a[] = { 0, 0 }, p[] = { 1, 3 };
	sn_incidence_t inc;
	sn_rng_t *rng = new_rng();

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 1, 4, a, p, 2), SN_OK);
	ck_assert_int_eq(sn_curveball(&inc, rng, 100), SN_OK);
	ck_assert_uint_eq(inc.proj[0], 1);
	ck_assert_uint_eq(inc.proj[1], 3);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

/* Bit code of a 3 x 4 incidence: bit 4 i + p for actor i, project p. */
static unsigned code_of(const sn_incidence_t *inc)
{
	unsigned code = 0;

	for (size_t i = 0; i < inc->nactors; i++)
		for (size_t q = inc->start[i]; q < inc->start[i + 1]; q++)
			code |= 1u << (4 * i + inc->proj[q]);
	return code;
}

/*
 * Uniformity (Carstens 2015): the oracle enumerates all 2^12 binary 3 x 4
 * matrices and keeps those with row sums (2, 2, 1) and column sums
 * (2, 1, 1, 1); a long curveball chain, thinned to every 20th trade,
 * must visit each of them about equally often (chi-square goodness of
 * fit, GSL's chi-square tail).
 */
START_TEST(test_curveball_tiny_matrix_samples_realisations_uniformly)
{
	static const unsigned rows[] = { 2, 2, 1 }, cols[] = { 2, 1, 1, 1 };
	size_t a[] = { 0, 0, 1, 1, 2 }, p[] = { 0, 1, 0, 2, 3 };
	int index_of[1u << 12];
	size_t nreal = 0, counts[64] = { 0 }, nsamples = 30000;
	sn_incidence_t inc;
	sn_rng_t *rng = new_rng();
	double chi2 = 0;

	for (unsigned code = 0; code < (1u << 12); code++) {
		bool ok = true;

		index_of[code] = -1;
		for (unsigned i = 0; i < 3; i++)
			ok = ok && (unsigned)__builtin_popcount((code >> (4 * i)) & 15u) == rows[i];
		for (unsigned j = 0; j < 4; j++) {
			unsigned c = ((code >> j) & 1u) + ((code >> (4 + j)) & 1u) +
				     ((code >> (8 + j)) & 1u);
			ok = ok && c == cols[j];
		}
		if (ok)
			index_of[code] = (int)nreal++;
	}
	ck_assert_uint_gt(nreal, 5);
	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 3, 4, a, p, 5), SN_OK);
	ck_assert_int_ge(index_of[code_of(&inc)], 0);
	sn_rng_reseed(rng, 2014);
	for (size_t s = 0; s < nsamples; s++) {
		ck_assert_int_eq(sn_curveball(&inc, rng, 20), SN_OK);
		ck_assert_int_ge(index_of[code_of(&inc)], 0);
		counts[index_of[code_of(&inc)]]++;
	}
	for (size_t k = 0; k < nreal; k++) {
		double expect = (double)nsamples / (double)nreal;

		ck_assert_uint_gt(counts[k], 0);
		chi2 += (counts[k] - expect) * (counts[k] - expect) / expect;
	}
	ck_assert_msg(gsl_cdf_chisq_Q(chi2, (double)(nreal - 1)) > 0.001,
		      "chi2 %g over %zu realisations", chi2, nreal);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_incidence_check_degrees_changed_row_fails)
{
	size_t a[] = { 0, 1 }, p[] = { 0, 1 }, a2[] = { 0, 1 }, p2[] = { 1, 0 }, a3[] = { 0, 0 };
	sn_incidence_t x, y, z;

	sn_incidence_init(&x);
	sn_incidence_init(&y);
	sn_incidence_init(&z);
	ck_assert_int_eq(sn_incidence_from_pairs(&x, 2, 2, a, p, 2), SN_OK);
	ck_assert_int_eq(sn_incidence_from_pairs(&y, 2, 2, a2, p2, 2), SN_OK);
	ck_assert_int_eq(sn_incidence_check_degrees(&x, &y), SN_OK);
	ck_assert_int_eq(sn_incidence_from_pairs(&z, 2, 2, a3, p, 2), SN_OK);
	ck_assert_int_eq(sn_incidence_check_degrees(&x, &z), SN_EDATA);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "actor 0"));
	/* Same row sums, different column sums. */
	y.proj[1] = 1;
	ck_assert_int_eq(sn_incidence_check_degrees(&x, &y), SN_EDATA);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "project"));
	/* A shape mismatch. */
	z.nprojects = 3;
	ck_assert_int_eq(sn_incidence_check_degrees(&x, &z), SN_EDATA);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "shapes"));
	sn_incidence_destroy(&x);
	sn_incidence_destroy(&y);
	sn_incidence_destroy(&z);
}
END_TEST

START_TEST(test_incidence_check_degrees_unsorted_row_fails)
{
	size_t a[] = { 0, 0 }, p[] = { 0, 1 };
	sn_incidence_t x, y;

	sn_incidence_init(&x);
	sn_incidence_init(&y);
	ck_assert_int_eq(sn_incidence_from_pairs(&x, 1, 2, a, p, 2), SN_OK);
	ck_assert_int_eq(sn_incidence_copy(&y, &x), SN_OK);
	y.proj[0] = 1;
	y.proj[1] = 0;
	ck_assert_int_eq(sn_incidence_check_degrees(&x, &y), SN_EDATA);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "sorted"));
	sn_incidence_destroy(&x);
	sn_incidence_destroy(&y);
}
END_TEST

static void degrees(const igraph_t *g, igraph_vector_int_t *d)
{
	igraph_vector_int_init(d, 0);
	igraph_degree(g, d, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS);
}

START_TEST(test_rewire_degree_preserving_keeps_degrees_and_simplicity)
{
	igraph_t g, orig;
	igraph_vector_int_t d0, d1;
	igraph_bool_t simple, same;
	sn_rng_t *rng = new_rng();

	igraph_famous(&g, "Zachary");
	igraph_copy(&orig, &g);
	degrees(&g, &d0);
	sn_rng_reseed(rng, 9);
	ck_assert_int_eq(sn_rewire_degree_preserving(&g, rng, 0), SN_OK);
	degrees(&g, &d1);
	ck_assert(igraph_vector_int_all_e(&d0, &d1));
	igraph_is_simple(&g, &simple);
	ck_assert(simple);
	igraph_is_same_graph(&g, &orig, &same);
	ck_assert(!same);
	igraph_vector_int_destroy(&d0);
	igraph_vector_int_destroy(&d1);
	igraph_destroy(&g);
	igraph_destroy(&orig);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_rewire_degree_preserving_same_seed_gives_same_graph)
{
	igraph_t g1, g2;
	igraph_bool_t same;
	sn_rng_t *rng = new_rng();

	igraph_famous(&g1, "Zachary");
	igraph_famous(&g2, "Zachary");
	sn_rng_reseed(rng, 5);
	ck_assert_int_eq(sn_rewire_degree_preserving(&g1, rng, 500), SN_OK);
	sn_rng_reseed(rng, 5);
	ck_assert_int_eq(sn_rewire_degree_preserving(&g2, rng, 500), SN_OK);
	igraph_is_same_graph(&g1, &g2, &same);
	ck_assert(same);
	igraph_destroy(&g1);
	igraph_destroy(&g2);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_rewire_degree_preserving_bad_graphs_fail)
{
	igraph_t g;
	sn_rng_t *rng = new_rng();

	igraph_small(&g, 3, IGRAPH_DIRECTED, 0, 1, 1, 2, -1);
	ck_assert_int_eq(sn_rewire_degree_preserving(&g, rng, 10), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "directed"));
	igraph_destroy(&g);
	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 0, 1, 1, 2, -1);
	ck_assert_int_eq(sn_rewire_degree_preserving(&g, rng, 10), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "multi"));
	igraph_destroy(&g);
	/* One edge: nothing to swap, unchanged. */
	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, -1);
	ck_assert_int_eq(sn_rewire_degree_preserving(&g, rng, 10), SN_OK);
	ck_assert_int_eq(igraph_ecount(&g), 1);
	igraph_destroy(&g);
	sn_rng_free(rng);
}
END_TEST

static Suite *nullmodel_suite(void)
{
	Suite *s = suite_create("nullmodel");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_add_test(tc, test_incidence_from_pairs_unsorted_gives_sorted_rows);
	tcase_add_test(tc, test_incidence_from_pairs_out_of_range_fails);
	tcase_add_test(tc, test_incidence_from_pairs_repeated_pair_fails);
	tcase_add_test(tc, test_incidence_from_network_not_built_fails);
	tcase_add_test(tc, test_incidence_from_network_two_mode_graph_gives_rows);
	tcase_add_test(tc, test_incidence_to_graph_keeps_vertex_order);
	tcase_add_test(tc, test_incidence_project_weightings_match_networkx);
	tcase_add_test(tc, test_curveball_many_trades_keeps_both_degree_sequences);
	tcase_add_test(tc, test_curveball_same_seed_gives_same_sample);
	tcase_add_test(tc, test_curveball_default_trades_is_five_per_membership);
	tcase_add_test(tc, test_curveball_single_actor_is_unchanged);
	tcase_add_test(tc, test_curveball_tiny_matrix_samples_realisations_uniformly);
	tcase_add_test(tc, test_incidence_check_degrees_changed_row_fails);
	tcase_add_test(tc, test_incidence_check_degrees_unsorted_row_fails);
	tcase_add_test(tc, test_rewire_degree_preserving_keeps_degrees_and_simplicity);
	tcase_add_test(tc, test_rewire_degree_preserving_same_seed_gives_same_graph);
	tcase_add_test(tc, test_rewire_degree_preserving_bad_graphs_fail);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(nullmodel_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
