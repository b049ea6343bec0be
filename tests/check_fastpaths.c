/*
 * Tests of the multi-threaded shortest-path centralities (samnet/fast.h).
 * The oracle is igraph 0.10's own serial implementation, called in this
 * (single) thread: igraph_betweenness, igraph_closeness and
 * igraph_harmonic_centrality on the same graphs and weights, plus a value
 * from the literature for Zachary's karate club.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <igraph.h>

#include "samnet/error.h"
#include "samnet/fast.h"

/* |a - b| <= 1e-9 relative to max(1, |b|); NaN equals NaN. */
static void assert_close_vec(const igraph_vector_t *a, const igraph_vector_t *b)
{
	ck_assert_int_eq(igraph_vector_size(a), igraph_vector_size(b));
	for (igraph_integer_t i = 0; i < igraph_vector_size(a); i++) {
		double x = VECTOR(*a)[i], y = VECTOR(*b)[i];

		if (isnan(y)) {
			ck_assert_msg(isnan(x), "vertex %ld: %g, expected NaN", (long)i, x);
			continue;
		}
		ck_assert_msg(fabs(x - y) <= 1e-9 * fmax(1, fabs(y)),
			      "vertex %ld: %.17g, expected %.17g", (long)i, x, y);
	}
}

/* Compares betweenness, closeness and harmonic with igraph at several thread counts. */
static void compare_with_igraph(const igraph_t *g, const igraph_vector_t *w)
{
	static const int threads[] = { 1, 2, 3, 0 };
	igraph_vector_t ref, got, cref, href, cgot, hgot;

	igraph_vector_init(&ref, 0);
	igraph_vector_init(&got, 0);
	igraph_vector_init(&cref, 0);
	igraph_vector_init(&href, 0);
	igraph_vector_init(&cgot, 0);
	igraph_vector_init(&hgot, 0);
	ck_assert_int_eq(igraph_betweenness(g, &ref, igraph_vss_all(), true, w), IGRAPH_SUCCESS);
	ck_assert_int_eq(igraph_closeness(g, &cref, NULL, NULL, igraph_vss_all(), IGRAPH_OUT, w,
					  true), IGRAPH_SUCCESS);
	ck_assert_int_eq(igraph_harmonic_centrality(g, &href, igraph_vss_all(), IGRAPH_OUT, w,
						    true), IGRAPH_SUCCESS);
	for (size_t i = 0; i < sizeof threads / sizeof threads[0]; i++) {
		ck_assert_int_eq(sn_betweenness_fast(&got, g, w, threads[i]), SN_OK);
		assert_close_vec(&got, &ref);
		ck_assert_int_eq(sn_closeness_fast(&cgot, &hgot, g, w, threads[i]), SN_OK);
		assert_close_vec(&cgot, &cref);
		assert_close_vec(&hgot, &href);
	}
	igraph_vector_destroy(&ref);
	igraph_vector_destroy(&got);
	igraph_vector_destroy(&cref);
	igraph_vector_destroy(&href);
	igraph_vector_destroy(&cgot);
	igraph_vector_destroy(&hgot);
}

START_TEST(test_betweenness_fast_karate_matches_literature_and_igraph)
{
	igraph_t g;
	igraph_vector_t b;

	igraph_famous(&g, "Zachary");
	igraph_vector_init(&b, 0);
	ck_assert_int_eq(sn_betweenness_fast(&b, &g, NULL, 2), SN_OK);
	/*
	 * networkx.betweenness_centrality(nx.karate_club_graph(), normalized=False)
	 * (NetworkX 2.8.8, Debian's /usr/bin/python3, run when this test was written):
	 * node 0 -> 231.0714285714286, node 33 -> 160.5515873015873,
	 * node 32 -> 76.69047619047619, node 11 (a leaf) -> 0.
	 */
	ck_assert_double_eq_tol(VECTOR(b)[0], 231.0714285714286, 1e-9);
	ck_assert_double_eq_tol(VECTOR(b)[33], 160.5515873015873, 1e-9);
	ck_assert_double_eq_tol(VECTOR(b)[32], 76.69047619047619, 1e-9);
	ck_assert_double_eq_tol(VECTOR(b)[11], 0.0, 1e-12);
	compare_with_igraph(&g, NULL);
	igraph_vector_destroy(&b);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_fast_random_graphs_match_igraph)
{
	igraph_rng_seed(igraph_rng_default(), 42);
	for (int rep = 0; rep < 6; rep++) {
		igraph_t g;

		igraph_erdos_renyi_game_gnm(&g, 60 + 20 * rep, 150 + 60 * rep, rep % 2 == 1, false);
		compare_with_igraph(&g, NULL);
		igraph_destroy(&g);
	}
}
END_TEST

START_TEST(test_betweenness_fast_disconnected_graph_matches_igraph)
{
	igraph_t g, a, b, u;

	/* A ring, a star and isolated vertices, in one graph. */
	igraph_ring(&a, 9, false, false, true);
	igraph_star(&b, 7, IGRAPH_STAR_UNDIRECTED, 0);
	igraph_disjoint_union(&u, &a, &b);
	igraph_add_vertices(&u, 3, NULL);
	compare_with_igraph(&u, NULL);
	/* The empty graph and a single vertex. */
	igraph_empty(&g, 0, false);
	compare_with_igraph(&g, NULL);
	igraph_destroy(&g);
	igraph_empty(&g, 1, false);
	compare_with_igraph(&g, NULL);
	igraph_destroy(&g);
	igraph_destroy(&a);
	igraph_destroy(&b);
	igraph_destroy(&u);
}
END_TEST

START_TEST(test_betweenness_fast_multigraph_with_loops_matches_igraph)
{
	igraph_t g;
	igraph_vector_int_t edges;
	/* 0-1 twice, a loop at 2, a path 1-2-3 and a shortcut 0-3. */
	igraph_integer_t e[] = { 0, 1, 0, 1, 2, 2, 1, 2, 2, 3, 0, 3, 3, 4 };

	igraph_vector_int_init_array(&edges, e, sizeof e / sizeof e[0]);
	igraph_create(&g, &edges, 5, false);
	igraph_vector_int_destroy(&edges);
	compare_with_igraph(&g, NULL);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_fast_weighted_ties_match_igraph)
{
	igraph_t g;
	igraph_vector_t w;

	/*
	 * A 12 x 12 lattice with lengths drawn from {1, 2, 3}: very many
	 * equal-length paths, whose counts must agree exactly.
	 */
	igraph_rng_seed(igraph_rng_default(), 7);
	{
		igraph_vector_int_t dims;

		igraph_vector_int_init(&dims, 2);
		VECTOR(dims)[0] = 12;
		VECTOR(dims)[1] = 12;
		igraph_square_lattice(&g, &dims, 1, false, false, NULL);
		igraph_vector_int_destroy(&dims);
	}
	igraph_vector_init(&w, igraph_ecount(&g));
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
		VECTOR(w)[e] = 1 + (double)igraph_rng_get_integer(igraph_rng_default(), 0, 2);
	compare_with_igraph(&g, &w);
	/*
	 * Lengths 0.1, 0.2, 0.3 and 0.7: 0.1 + 0.2 != 0.3 in binary floating
	 * point, yet the two paths must tie under igraph's relative epsilon.
	 */
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
		VECTOR(w)[e] = (double)igraph_rng_get_integer(igraph_rng_default(), 1, 3) / 10;
	compare_with_igraph(&g, &w);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_fast_float_tie_counts_both_paths)
{
	igraph_t g;
	igraph_vector_t w, b;
	igraph_vector_int_t edges;
	/* 0-1-3 with lengths 0.1 + 0.2 and 0-2-3 with lengths 0.15 + 0.15: a tie. */
	igraph_integer_t e[] = { 0, 1, 1, 3, 0, 2, 2, 3 };
	double len[] = { 0.1, 0.2, 0.15, 0.15 };

	igraph_vector_int_init_array(&edges, e, 8);
	igraph_create(&g, &edges, 4, false);
	igraph_vector_int_destroy(&edges);
	igraph_vector_view(&w, len, 4);
	igraph_vector_init(&b, 0);
	ck_assert_int_eq(sn_betweenness_fast(&b, &g, &w, 1), SN_OK);
	/*
	 * By hand: pair (0,3) has two shortest paths, through 1 and through 2;
	 * pair (1,2) goes through 0 (0.25 < 0.35); no other pair has an inner vertex.
	 */
	ck_assert_double_eq_tol(VECTOR(b)[0], 1.0, 1e-12);
	ck_assert_double_eq_tol(VECTOR(b)[1], 0.5, 1e-12);
	ck_assert_double_eq_tol(VECTOR(b)[2], 0.5, 1e-12);
	ck_assert_double_eq_tol(VECTOR(b)[3], 0.0, 1e-12);
	compare_with_igraph(&g, &w);
	igraph_vector_destroy(&b);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_fast_weighted_random_and_directed_match_igraph)
{
	igraph_rng_seed(igraph_rng_default(), 2024);
	for (int rep = 0; rep < 6; rep++) {
		igraph_t g;
		igraph_vector_t w;

		igraph_erdos_renyi_game_gnm(&g, 80, 240, rep % 2 == 1, false);
		igraph_vector_init(&w, igraph_ecount(&g));
		for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
			/* reciprocals of tie weights such as a Newman projection gives */
			VECTOR(w)[e] = 1.0 / (double)igraph_rng_get_integer(igraph_rng_default(), 1, 4);
		compare_with_igraph(&g, &w);
		igraph_vector_destroy(&w);
		igraph_destroy(&g);
	}
}
END_TEST

START_TEST(test_betweenness_fast_path_graph_matches_hand_count)
{
	igraph_t g;
	igraph_vector_t b, c, h;

	/* Path 0-1-2-3: b = (0, 2, 2, 0); closeness of 0 = 3 / (1+2+3) = 0.5. */
	igraph_ring(&g, 4, false, false, false);
	igraph_vector_init(&b, 0);
	igraph_vector_init(&c, 0);
	igraph_vector_init(&h, 0);
	ck_assert_int_eq(sn_betweenness_fast(&b, &g, NULL, 4), SN_OK);
	ck_assert_double_eq_tol(VECTOR(b)[0], 0, 1e-12);
	ck_assert_double_eq_tol(VECTOR(b)[1], 2, 1e-12);
	ck_assert_double_eq_tol(VECTOR(b)[2], 2, 1e-12);
	ck_assert_double_eq_tol(VECTOR(b)[3], 0, 1e-12);
	ck_assert_int_eq(sn_closeness_fast(&c, &h, &g, NULL, 1), SN_OK);
	ck_assert_double_eq_tol(VECTOR(c)[0], 0.5, 1e-12);
	/* harmonic of 0: (1 + 1/2 + 1/3) / 3 */
	ck_assert_double_eq_tol(VECTOR(h)[0], (1 + 0.5 + 1.0 / 3) / 3, 1e-12);
	ck_assert_int_eq(sn_closeness_fast(NULL, &h, &g, NULL, 2), SN_OK);
	ck_assert_int_eq(sn_closeness_fast(NULL, NULL, &g, NULL, 2), SN_OK);
	igraph_vector_destroy(&b);
	igraph_vector_destroy(&c);
	igraph_vector_destroy(&h);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_fast_bad_weights_fail_einval)
{
	igraph_t g;
	igraph_vector_t w, b;
	const double bad[] = { 0.0, -1.0, NAN, INFINITY };

	igraph_ring(&g, 5, false, false, true);
	igraph_vector_init(&b, 0);
	igraph_vector_init(&w, 4);
	igraph_vector_fill(&w, 1);
	ck_assert_int_eq(sn_betweenness_fast(&b, &g, &w, 1), SN_EINVAL);
	/* The one weight check's words (base/weights.c), as every other measure reports them. */
	ck_assert_str_eq(sn_error_last(), "betweenness: 4 weights for 5 ties");
	ck_assert_int_eq(sn_closeness_fast(&b, NULL, &g, &w, 1), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "closeness: 4 weights for 5 ties");
	igraph_vector_resize(&w, 5);
	igraph_vector_fill(&w, 1);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		VECTOR(w)[2] = bad[i];
		ck_assert_int_eq(sn_betweenness_fast(&b, &g, &w, 2), SN_EINVAL);
		ck_assert_ptr_nonnull(strstr(sn_error_last(), "betweenness: tie 2 has weight"));
	}
	igraph_vector_destroy(&w);
	igraph_vector_destroy(&b);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_closeness_bipartite_fast_equals_igraph_on_projection)
{
	igraph_rng_seed(igraph_rng_default(), 31);
	for (int rep = 0; rep < 4; rep++) {
		igraph_t g, p1;
		igraph_vector_bool_t types;
		igraph_vector_t cref, href, cgot, hgot;
		igraph_integer_t n1 = 150 + 40 * rep;

		/* Sparse enough to leave isolated actors and several components. */
		igraph_vector_bool_init(&types, 0);
		igraph_bipartite_game_gnm(&g, &types, n1, 2 * n1, n1 + 60 * rep, false, IGRAPH_ALL);
		igraph_bipartite_projection(&g, &types, &p1, NULL, NULL, NULL, -1);
		igraph_vector_init(&cref, 0);
		igraph_vector_init(&href, 0);
		igraph_vector_init(&cgot, 0);
		igraph_vector_init(&hgot, 0);
		igraph_closeness(&p1, &cref, NULL, NULL, igraph_vss_all(), IGRAPH_ALL, NULL, true);
		igraph_harmonic_centrality(&p1, &href, igraph_vss_all(), IGRAPH_ALL, NULL, true);
		ck_assert_int_eq(sn_closeness_bipartite_fast(&cgot, &hgot, &g, n1, rep), SN_OK);
		assert_close_vec(&cgot, &cref);
		assert_close_vec(&hgot, &href);
		igraph_vector_destroy(&cref);
		igraph_vector_destroy(&href);
		igraph_vector_destroy(&cgot);
		igraph_vector_destroy(&hgot);
		igraph_vector_bool_destroy(&types);
		igraph_destroy(&p1);
		igraph_destroy(&g);
	}
}
END_TEST

START_TEST(test_closeness_bipartite_fast_same_mode_edge_fails_einval)
{
	igraph_t g;
	igraph_vector_t c;

	igraph_ring(&g, 4, false, false, true);   /* 0-1-2-3-0: edge 0-1 joins two of {0, 1} */
	igraph_vector_init(&c, 0);
	ck_assert_int_eq(sn_closeness_bipartite_fast(&c, NULL, &g, 2, 1), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "same mode"));
	ck_assert_int_eq(sn_closeness_bipartite_fast(&c, NULL, &g, 5, 1), SN_EINVAL);
	ck_assert_int_eq(sn_closeness_bipartite_fast(&c, NULL, &g, -1, 1), SN_EINVAL);
	igraph_vector_destroy(&c);
	igraph_destroy(&g);
}
END_TEST

/* Largest |approx - exact| on the normalised scale b / (n(n-1)/2). */
static double approx_error(const igraph_t *g, const igraph_vector_t *w, double eps, int threads,
			   int64_t *samples)
{
	igraph_vector_t exact, approx;
	double n = (double)igraph_vcount(g), worst = 0;

	igraph_vector_init(&exact, 0);
	igraph_vector_init(&approx, 0);
	ck_assert_int_eq(igraph_betweenness(g, &exact, igraph_vss_all(), true, w), IGRAPH_SUCCESS);
	ck_assert_int_eq(sn_betweenness_approx(&approx, samples, g, w, eps, 0.1, 42, threads), SN_OK);
	for (igraph_integer_t v = 0; v < igraph_vcount(g); v++)
		worst = fmax(worst, fabs(VECTOR(approx)[v] - VECTOR(exact)[v]) / (n * (n - 1) / 2));
	igraph_vector_destroy(&exact);
	igraph_vector_destroy(&approx);
	return worst;
}

START_TEST(test_betweenness_approx_karate_within_eps_with_rk_sample_size)
{
	igraph_t g;
	int64_t r = 0;

	igraph_famous(&g, "Zachary");
	/*
	 * Riondato-Kornaropoulos sample size: ecc(0) = 3 (networkx.eccentricity
	 * of the karate club, node 0), so VD <= 7 and
	 * r = ceil(0.5 / 0.05^2 * (floor(log2 5) + 1 + ln 10)) = 1061.
	 */
	ck_assert_double_le(approx_error(&g, NULL, 0.05, 2, &r), 0.05);
	ck_assert_int_eq(r, 1061);
	ck_assert_double_le(approx_error(&g, NULL, 0.02, 0, &r), 0.02);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_approx_random_graphs_within_eps)
{
	igraph_rng_seed(igraph_rng_default(), 99);
	for (int rep = 0; rep < 3; rep++) {
		igraph_t g, h, u;
		igraph_vector_t w;
		int64_t r;

		/* A random graph plus a separate path: disconnected on purpose. */
		igraph_erdos_renyi_game_gnm(&g, 200, 600, false, false);
		igraph_ring(&h, 30, false, false, false);
		igraph_disjoint_union(&u, &g, &h);
		ck_assert_double_le(approx_error(&u, NULL, 0.02, 2, &r), 0.02);
		igraph_vector_init(&w, igraph_ecount(&u));
		for (igraph_integer_t e = 0; e < igraph_ecount(&u); e++)
			VECTOR(w)[e] = 1.0 / (double)igraph_rng_get_integer(igraph_rng_default(), 1, 4);
		ck_assert_double_le(approx_error(&u, &w, 0.03, 2, &r), 0.03);
		igraph_vector_destroy(&w);
		igraph_destroy(&g);
		igraph_destroy(&h);
		igraph_destroy(&u);
	}
}
END_TEST

START_TEST(test_betweenness_approx_path_and_star_within_eps_with_rk_sample_size)
{
	igraph_t g;
	int64_t r = 0;

	/*
	 * Path of 60: ecc(0) = 59, VD <= 119, so
	 * r = ceil(0.5 / 0.05^2 * (floor(log2 117) + 1 + ln 10)) = ceil(200 * 9.3026) = 1861.
	 */
	igraph_ring(&g, 60, false, false, false);
	ck_assert_double_le(approx_error(&g, NULL, 0.05, 2, &r), 0.05);
	ck_assert_int_eq(r, 1861);
	igraph_destroy(&g);
	/* Star of 50 around vertex 0: ecc(0) = 1, VD <= 3, r = ceil(200 (0 + 1 + ln 10)) = 661. */
	igraph_star(&g, 50, IGRAPH_STAR_UNDIRECTED, 0);
	ck_assert_double_le(approx_error(&g, NULL, 0.05, 2, &r), 0.05);
	ck_assert_int_eq(r, 661);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_approx_weighted_bound_capped_by_component_size)
{
	igraph_t p, t, g;
	igraph_vector_t w;
	int64_t r = 0;

	/*
	 * A path of 40 and a cycle of 30.  Unweighted, ecc(0) = 39 bounds VD by
	 * 79: r = ceil(200 (floor(log2 77) + 1 + ln 10)) = ceil(200 * 9.3026) = 1861.
	 * Weighted, the bound is min(K + 1, component size) per component, K the
	 * most edges whose shortest lengths sum to at most twice an eccentricity:
	 * here all 69 lengths (23 each of 0.5, 1.5, 2.5) sum to 103.5, below
	 * 2 * 58 (the path's eccentricity from vertex 1), so the component sizes
	 * decide, 40 (not n = 70, which would give 1861 again):
	 * r = ceil(200 (floor(log2 38) + 1 + ln 10)) = 1661.
	 */
	igraph_ring(&p, 40, false, false, false);
	igraph_ring(&t, 30, false, false, true);
	igraph_disjoint_union(&g, &p, &t);
	igraph_vector_init(&w, igraph_ecount(&g));
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
		VECTOR(w)[e] = 0.5 + (double)(e % 3);
	ck_assert_double_le(approx_error(&g, NULL, 0.05, 2, &r), 0.05);
	ck_assert_int_eq(r, 1861);
	ck_assert_double_le(approx_error(&g, &w, 0.05, 2, &r), 0.05);
	ck_assert_int_eq(r, 1661);
	/* A chord of length 100 closes the path into a ring but is never on a weighted shortest path. */
	igraph_add_edge(&g, 0, 39);
	igraph_vector_push_back(&w, 100);
	ck_assert_double_le(approx_error(&g, &w, 0.05, 2, &r), 0.05);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
	igraph_destroy(&p);
	igraph_destroy(&t);
}
END_TEST

START_TEST(test_betweenness_approx_tiny_graphs_match_hand_count)
{
	igraph_t g;
	igraph_vector_t out;
	int64_t r = 0;

	igraph_vector_init(&out, 0);
	/* Two vertices: no interior vertex on any path. */
	igraph_ring(&g, 2, false, false, false);
	ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, NULL, 0.1, 0.1, 1, 2), SN_OK);
	ck_assert_int_gt(r, 0);
	ck_assert_double_eq(VECTOR(out)[0], 0);
	ck_assert_double_eq(VECTOR(out)[1], 0);
	igraph_destroy(&g);
	/* Path 0-1-2: exact raw betweenness 0, 1, 0; ends can never be interior. */
	igraph_ring(&g, 3, false, false, false);
	ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, NULL, 0.1, 0.1, 1, 2), SN_OK);
	ck_assert_double_eq(VECTOR(out)[0], 0);
	ck_assert_double_eq(VECTOR(out)[2], 0);
	ck_assert_double_le(fabs(VECTOR(out)[1] - 1), 0.1 * 3);
	igraph_destroy(&g);
	igraph_vector_destroy(&out);
}
END_TEST

START_TEST(test_betweenness_approx_same_seed_gives_same_vector)
{
	igraph_t g;
	igraph_vector_t a, b, w;

	igraph_rng_seed(igraph_rng_default(), 11);
	igraph_erdos_renyi_game_gnm(&g, 150, 400, false, false);
	igraph_vector_init(&w, igraph_ecount(&g));
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
		VECTOR(w)[e] = 1 + (double)(e % 5);
	igraph_vector_init(&a, 0);
	igraph_vector_init(&b, 0);
	ck_assert_int_eq(sn_betweenness_approx(&a, NULL, &g, NULL, 0.05, 0.1, 3, 2), SN_OK);
	ck_assert_int_eq(sn_betweenness_approx(&b, NULL, &g, NULL, 0.05, 0.1, 3, 2), SN_OK);
	ck_assert(igraph_vector_all_e(&a, &b));
	ck_assert_int_eq(sn_betweenness_approx(&a, NULL, &g, &w, 0.05, 0.1, 3, 1), SN_OK);
	ck_assert_int_eq(sn_betweenness_approx(&b, NULL, &g, &w, 0.05, 0.1, 3, 2), SN_OK);
	ck_assert(igraph_vector_all_e(&a, &b));
	igraph_vector_destroy(&a);
	igraph_vector_destroy(&b);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_approx_same_result_for_any_thread_count)
{
	igraph_t g;
	igraph_vector_t a, b;

	igraph_rng_seed(igraph_rng_default(), 5);
	igraph_erdos_renyi_game_gnm(&g, 300, 1200, false, false);
	igraph_vector_init(&a, 0);
	igraph_vector_init(&b, 0);
	ck_assert_int_eq(sn_betweenness_approx(&a, NULL, &g, NULL, 0.05, 0.1, 7, 1), SN_OK);
	ck_assert_int_eq(sn_betweenness_approx(&b, NULL, &g, NULL, 0.05, 0.1, 7, 3), SN_OK);
	ck_assert(igraph_vector_all_e(&a, &b));
	ck_assert_int_eq(sn_betweenness_approx(&b, NULL, &g, NULL, 0.05, 0.1, 8, 3), SN_OK);
	ck_assert(!igraph_vector_all_e(&a, &b));
	igraph_vector_destroy(&a);
	igraph_vector_destroy(&b);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_betweenness_approx_bad_arguments_fail)
{
	igraph_t g, d;
	igraph_vector_t out;
	int64_t r = -1;

	igraph_ring(&g, 6, false, false, true);
	igraph_ring(&d, 6, true, false, true);
	igraph_vector_init(&out, 0);
	ck_assert_int_eq(sn_betweenness_approx(&out, NULL, &d, NULL, 0.1, 0.1, 1, 1), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "undirected"));
	ck_assert_int_eq(sn_betweenness_approx(&out, NULL, &g, NULL, 0, 0.1, 1, 1), SN_EINVAL);
	ck_assert_int_eq(sn_betweenness_approx(&out, NULL, &g, NULL, 1, 0.1, 1, 1), SN_EINVAL);
	ck_assert_int_eq(sn_betweenness_approx(&out, NULL, &g, NULL, 0.1, 0, 1, 1), SN_EINVAL);
	ck_assert_int_eq(sn_betweenness_approx(&out, NULL, &g, NULL, NAN, 0.1, 1, 1), SN_EINVAL);
	ck_assert_int_eq(sn_betweenness_approx(&out, NULL, &g, NULL, 1e-6, 0.1, 1, 1), SN_ELIMIT);
	igraph_destroy(&g);
	/* One vertex: nothing to sample. */
	igraph_empty(&g, 1, false);
	ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, NULL, 0.1, 0.1, 1, 1), SN_OK);
	ck_assert_int_eq(r, 0);
	ck_assert_int_eq(igraph_vector_size(&out), 1);
	ck_assert_double_eq(VECTOR(out)[0], 0);
	igraph_vector_destroy(&out);
	igraph_destroy(&g);
	igraph_destroy(&d);
}
END_TEST

static Suite *fastpaths_suite(void)
{
	Suite *s = suite_create("fastpaths");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_betweenness_fast_karate_matches_literature_and_igraph);
	tcase_add_test(tc, test_betweenness_fast_random_graphs_match_igraph);
	tcase_add_test(tc, test_betweenness_fast_disconnected_graph_matches_igraph);
	tcase_add_test(tc, test_betweenness_fast_multigraph_with_loops_matches_igraph);
	tcase_add_test(tc, test_betweenness_fast_weighted_ties_match_igraph);
	tcase_add_test(tc, test_betweenness_fast_float_tie_counts_both_paths);
	tcase_add_test(tc, test_betweenness_fast_weighted_random_and_directed_match_igraph);
	tcase_add_test(tc, test_betweenness_fast_path_graph_matches_hand_count);
	tcase_add_test(tc, test_betweenness_fast_bad_weights_fail_einval);
	tcase_add_test(tc, test_closeness_bipartite_fast_equals_igraph_on_projection);
	tcase_add_test(tc, test_closeness_bipartite_fast_same_mode_edge_fails_einval);
	tcase_add_test(tc, test_betweenness_approx_karate_within_eps_with_rk_sample_size);
	tcase_add_test(tc, test_betweenness_approx_random_graphs_within_eps);
	tcase_add_test(tc, test_betweenness_approx_path_and_star_within_eps_with_rk_sample_size);
	tcase_add_test(tc, test_betweenness_approx_weighted_bound_capped_by_component_size);
	tcase_add_test(tc, test_betweenness_approx_tiny_graphs_match_hand_count);
	tcase_add_test(tc, test_betweenness_approx_same_seed_gives_same_vector);
	tcase_add_test(tc, test_betweenness_approx_same_result_for_any_thread_count);
	tcase_add_test(tc, test_betweenness_approx_bad_arguments_fail);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(fastpaths_suite());
	int failed;

	sn_setup();
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
