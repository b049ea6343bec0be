/*
 * Tests of samnet/communities.h, part 2: Barber's bipartite modularity and
 * two-mode clustering, ensembles and consensus, partition comparison and
 * community profiles.  Sources of expected values as in
 * check_communities.c.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <igraph.h>

#include "samnet/communities.h"
#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/network.h"
#include "communities_fixtures.h"

#include "test_graph.h"


#define TOL 1e-12

static void setup(void)
{
	sn_setup();
}

/* ---- Barber's bipartite modularity ----------------------------------------- */

/*
 * Example 1 of barber.py: actors 0..3 (type false), projects 4..6 (true),
 * edges 0-4, 1-4, 0-5, 1-5, 2-5, 2-6, 3-6.
 */
static void barber_example(igraph_t *g, igraph_vector_bool_t *types)
{
	igraph_small(g, 7, IGRAPH_UNDIRECTED, 0, 4, 1, 4, 0, 5, 1, 5, 2, 5, 2, 6, 3, 6, -1);
	igraph_vector_bool_init(types, 7);
	for (int v = 4; v < 7; v++)
		VECTOR(*types)[v] = true;
}

START_TEST(test_communities_barber_modularity_matches_brute_force_oracle)
{
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_vector_int_t m;
	igraph_vector_t w;
	static const igraph_integer_t p[7] = { 0, 0, 1, 1, 0, 0, 1 };
	double q;

	barber_example(&g, &types);
	igraph_vector_int_init_array(&m, p, 7);
	/* barber.py: qb(7, types, edges, [1]*7, [0,0,1,1,0,0,1]) = 0.32653061224489793 (= 16/49) */
	ck_assert_int_eq(sn_communities_barber_modularity(&q, &g, NULL, &types, &m, 1.0), SN_OK);
	ck_assert_double_eq_tol(q, 0.32653061224489793, TOL);
	/* barber.py with weights [1,2,1,1,1,3,1]: 0.40000000000000002; gamma 0.5: 0.65 */
	igraph_vector_init_array(&w, (const double[]){ 1, 2, 1, 1, 1, 3, 1 }, 7);
	ck_assert_int_eq(sn_communities_barber_modularity(&q, &g, &w, &types, &m, 1.0), SN_OK);
	ck_assert_double_eq_tol(q, 0.4, TOL);
	ck_assert_int_eq(sn_communities_barber_modularity(&q, &g, &w, &types, &m, 0.5), SN_OK);
	ck_assert_double_eq_tol(q, 0.65, TOL);
	igraph_vector_destroy(&w);
	igraph_vector_int_destroy(&m);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_barber_modularity_bad_types_is_einval)
{
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_vector_int_t m;
	double q;

	barber_example(&g, &types);
	igraph_vector_int_init(&m, 7);
	VECTOR(types)[4] = false;   /* edge 0-4 now joins two actors */
	ck_assert_int_eq(sn_communities_barber_modularity(&q, &g, NULL, &types, &m, 1.0),
			 SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "same class"));
	igraph_vector_bool_resize(&types, 6);
	ck_assert_int_eq(sn_communities_barber_modularity(&q, &g, NULL, &types, &m, 1.0),
			 SN_EINVAL);
	igraph_vector_int_destroy(&m);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

/*
 * barber.py best(): the maximum of Q_B over all 877 partitions of example 1
 * is 0.32653061224489793 at {0,1,4,5} {2,3,6}; over all 115975 partitions
 * of two K_{3,2} joined by edge 2-8 (actors 0..5, projects 6..9) it is
 * 0.4260355029585799 at {0,1,2,6,7} {3,4,5,8,9}.  Two-mode clustering must
 * find both optima.
 */
START_TEST(test_communities_detect_two_mode_finds_brute_force_optimum)
{
	igraph_t g;
	igraph_vector_bool_t types;
	igraph_vector_int_t m;
	static const igraph_integer_t best2[10] = { 0, 0, 0, 1, 1, 1, 0, 0, 1, 1 };
	double q;

	barber_example(&g, &types);
	igraph_vector_int_init(&m, 0);
	ck_assert_int_eq(sn_communities_detect_two_mode(&m, &q, NULL, &g, NULL, &types, NULL), SN_OK);
	ck_assert_double_eq_tol(q, 0.32653061224489793, TOL);
	igraph_destroy(&g);
	igraph_vector_bool_destroy(&types);

	igraph_small(&g, 10, IGRAPH_UNDIRECTED, 0, 6, 0, 7, 1, 6, 1, 7, 2, 6, 2, 7, 3, 8, 3, 9,
		     4, 8, 4, 9, 5, 8, 5, 9, 2, 8, -1);
	igraph_vector_bool_init(&types, 10);
	for (int v = 6; v < 10; v++)
		VECTOR(types)[v] = true;
	for (int a = 0; a < SN_COMMUNITY_ALGORITHM_COUNT; a++) {
		sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;

		o.algorithm = (sn_community_algorithm_t)a;
		ck_assert_int_eq(sn_communities_detect_two_mode(&m, &q, NULL, &g, NULL, &types, &o),
				 SN_OK);
		ck_assert_double_eq_tol(q, 0.4260355029585799, TOL);
		for (int v = 0; v < 10; v++)
			ck_assert_int_eq(VECTOR(m)[v], best2[v]);
	}
	igraph_vector_int_destroy(&m);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

/* ---- ensembles and consensus ------------------------------------------------- */

/* The stability definition of the header, written out naively: O(N n^2). */
static void check_stability_definition(const sn_ensemble_t *e)
{
	igraph_integer_t n = igraph_vector_int_size(&e->consensus);

	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_integer_t cv = VECTOR(e->consensus)[v], others = 0;
		double with = 0;

		for (igraph_integer_t u = 0; u < n; u++)
			others += u != v && VECTOR(e->consensus)[u] == cv;
		for (size_t r = 0; r < e->runs; r++) {
			igraph_integer_t lv = MATRIX(e->memberships, v, r), same = 0, alone = 1;

			for (igraph_integer_t u = 0; u < n; u++) {
				if (u == v || MATRIX(e->memberships, u, r) != lv)
					continue;
				alone = 0;
				same += VECTOR(e->consensus)[u] == cv;
			}
			with += others == 0 ? alone : 2 * same > others;
		}
		ck_assert_double_eq_tol(VECTOR(e->stability)[v], with / (double)e->runs, TOL);
	}
}

/* D_ij recomputed from the stored runs; symmetric, unit diagonal. */
static void check_coassignment(const sn_ensemble_t *e)
{
	igraph_integer_t n = igraph_vector_int_size(&e->consensus);

	for (igraph_integer_t i = 0; i < n; i++)
		for (igraph_integer_t j = 0; j < n; j++) {
			double together = 0;

			for (size_t r = 0; r < e->runs; r++)
				together += MATRIX(e->memberships, i, r) == MATRIX(e->memberships, j, r);
			ck_assert_double_eq_tol(MATRIX(e->coassignment, i, j),
						together / (double)e->runs, TOL);
		}
}

START_TEST(test_ensemble_run_planted_recovers_truth_stability_one)
{
	igraph_t g;
	igraph_vector_int_t truth;
	sn_ensemble_t e;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	sn_partition_comparison_t c;

	ring_of_cliques(&g, &truth, 4, 8);
	sn_ensemble_init(&e);
	eo.runs = 20;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_OK);
	ck_assert_int_eq(e.runs, 20);
	ck_assert(e.converged);
	ck_assert_int_eq(e.communities, 4);
	ck_assert_int_eq(sn_partitions_compare(&c, &e.consensus, &truth), SN_OK);
	ck_assert_double_eq(c.nmi, 1.0);
	for (igraph_integer_t v = 0; v < 32; v++)
		ck_assert_double_eq(VECTOR(e.stability)[v], 1.0);
	ck_assert_double_eq_tol(e.nmi_mean, 1.0, TOL);
	ck_assert_double_eq_tol(e.nmi_min, 1.0, TOL);
	ck_assert_double_eq_tol(e.vi_max, 0.0, TOL);
	/* nx.community.modularity(G, cliques): 0.71551724137931039 */
	ck_assert_double_eq_tol(e.consensus_modularity, 0.71551724137931039, TOL);
	check_coassignment(&e);
	sn_ensemble_destroy(&e);
	sn_ensemble_destroy(&e);   /* twice is harmless */
	igraph_vector_int_destroy(&truth);
	igraph_destroy(&g);
}
END_TEST

/*
 * Karate club with Louvain, whose runs disagree (see part 1): the consensus
 * must converge, its stability must follow the definition, the
 * co-assignment must match the runs, and the same seed must give the same
 * ensemble twice.
 */
START_TEST(test_ensemble_run_karate_louvain_follows_definitions)
{
	igraph_t g;
	sn_ensemble_t e, f;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	o.algorithm = SN_COMMUNITY_LOUVAIN;
	o.seed = 42;
	eo.runs = 30;
	sn_ensemble_init(&e);
	sn_ensemble_init(&f);
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, &o, &eo), SN_OK);
	ck_assert(e.converged);
	ck_assert_double_lt(e.nmi_min, 1.0);   /* the runs do differ */
	ck_assert_double_le(e.nmi_min, e.nmi_mean);
	ck_assert_double_gt(e.vi_max, 0.0);
	ck_assert_double_ge(e.consensus_modularity, 0.38);
	check_stability_definition(&e);
	check_coassignment(&e);
	ck_assert_int_eq(sn_ensemble_run(&f, &g, NULL, &o, &eo), SN_OK);
	ck_assert(igraph_vector_int_all_e(&e.consensus, &f.consensus));
	ck_assert(igraph_matrix_int_all_e(&e.memberships, &f.memberships));
	ck_assert(igraph_vector_all_e(&e.stability, &f.stability));
	sn_ensemble_destroy(&f);
	sn_ensemble_destroy(&e);
	igraph_destroy(&g);
}
END_TEST

/*
 * Two-mode ensemble on two K_{3,2} joined by edge 2-8: every run reaches
 * the brute-force optimum of barber.py (see above), so the consensus is it.
 */
START_TEST(test_ensemble_run_two_mode_recovers_brute_force_optimum)
{
	igraph_t g;
	igraph_vector_bool_t types;
	sn_ensemble_t e;
	sn_ensemble_options_t eo = { 10, 0.5, 20, NULL, SN_CONSENSUS_AUTO, { NULL, NULL } };
	static const igraph_integer_t best2[10] = { 0, 0, 0, 1, 1, 1, 0, 0, 1, 1 };

	igraph_small(&g, 10, IGRAPH_UNDIRECTED, 0, 6, 0, 7, 1, 6, 1, 7, 2, 6, 2, 7, 3, 8, 3, 9,
		     4, 8, 4, 9, 5, 8, 5, 9, 2, 8, -1);
	igraph_vector_bool_init(&types, 10);
	for (int v = 6; v < 10; v++)
		VECTOR(types)[v] = true;
	eo.two_mode_types = &types;
	sn_ensemble_init(&e);
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_OK);
	ck_assert(e.converged);
	for (int v = 0; v < 10; v++) {
		ck_assert_int_eq(VECTOR(e.consensus)[v], best2[v]);
		ck_assert_double_eq(VECTOR(e.stability)[v], 1.0);
	}
	VECTOR(types)[6] = false;   /* edge 0-6 now joins two actors */
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_EINVAL);
	sn_ensemble_destroy(&e);
	igraph_vector_bool_destroy(&types);
	igraph_destroy(&g);
}
END_TEST

/* Walktrap is deterministic: one partition N times, 0 rounds, stability 1. */
START_TEST(test_ensemble_run_deterministic_algorithm_zero_rounds)
{
	igraph_t g;
	sn_ensemble_t e;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = { 5, 0.5, 20, NULL, SN_CONSENSUS_AUTO, { NULL, NULL } };

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	o.algorithm = SN_COMMUNITY_WALKTRAP;
	sn_ensemble_init(&e);
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, &o, &eo), SN_OK);
	ck_assert(e.converged);
	ck_assert_int_eq(e.iterations, 0);
	for (igraph_integer_t v = 0; v < 34; v++)
		ck_assert_double_eq(VECTOR(e.stability)[v], 1.0);
	sn_ensemble_destroy(&e);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_ensemble_run_single_run_nan_pairwise)
{
	igraph_t g;
	sn_ensemble_t e;
	sn_ensemble_options_t eo = { 1, 0.5, 20, NULL, SN_CONSENSUS_AUTO, { NULL, NULL } };

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	sn_ensemble_init(&e);
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_OK);
	ck_assert(isnan(e.nmi_mean) && isnan(e.vi_max));
	ck_assert(e.converged);
	sn_ensemble_destroy(&e);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_ensemble_run_bad_options_are_einval_and_elimit)
{
	igraph_t g, big;
	sn_ensemble_t e;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	igraph_empty(&big, 5001, IGRAPH_UNDIRECTED);
	sn_ensemble_init(&e);
	eo.runs = 0;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_EINVAL);
	eo.runs = 3;
	eo.threshold = 1.0;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_EINVAL);
	eo.threshold = -0.1;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_EINVAL);
	eo.threshold = 0.5;
	eo.max_iterations = 0;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_EINVAL);
	eo.max_iterations = 5;
	eo.pairs = (sn_consensus_pairs_t)3;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_EINVAL);
	/* All pairs are refused above the dense limit; the default takes the edges there. */
	eo.pairs = SN_CONSENSUS_DENSE;
	ck_assert_int_eq(sn_ensemble_run(&e, &big, NULL, NULL, &eo), SN_ELIMIT);
	eo.pairs = SN_CONSENSUS_AUTO;
	ck_assert_int_eq(sn_ensemble_run(&e, &big, NULL, NULL, &eo), SN_OK);
	ck_assert(!e.dense);
	sn_ensemble_destroy(&e);
	igraph_destroy(&big);
	igraph_destroy(&g);
}
END_TEST

/* ---- comparison --------------------------------------------------------------- */

/*
 * a = [0,0,0,1,1,1,2,2,2,2], b = [0,0,1,1,1,2,2,2,0,0]:
 *   ig.compare_communities(a, b, method="nmi")           0.39464837163589433
 *   ig.compare_communities(a, b, method="vi")            1.3183347464017314
 *   ig.compare_communities(a, b, method="rand")          0.64444444444444438
 *   ig.compare_communities(a, b, method="adjusted_rand") 0.090909090909090648
 * By hand, ARI: sum_ij C(n_ij,2) = 4, sum_i C(a_i,2) = sum_j C(b_j,2) = 12,
 * expected 12 * 12 / 45 = 3.2, so (4 - 3.2) / (12 - 3.2) = 1/11.
 */
START_TEST(test_partitions_compare_matches_python_igraph)
{
	static const igraph_integer_t a[12] = { 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, -1, 5 };
	static const igraph_integer_t b[12] = { 0, 0, 1, 1, 1, 2, 2, 2, 0, 0, 3, -1 };
	igraph_vector_int_t va, vb;
	sn_partition_comparison_t c;

	/* The last two vertices carry an unknown label and must be left out. */
	igraph_vector_int_init_array(&va, a, 12);
	igraph_vector_int_init_array(&vb, b, 12);
	ck_assert_int_eq(sn_partitions_compare(&c, &va, &vb), SN_OK);
	ck_assert_uint_eq(c.n, 10);
	ck_assert_double_eq_tol(c.nmi, 0.39464837163589433, TOL);
	ck_assert_double_eq_tol(c.vi, 1.3183347464017314, TOL);
	ck_assert_double_eq_tol(c.rand, 0.64444444444444438, TOL);
	ck_assert_double_eq_tol(c.ari, 1.0 / 11.0, TOL);
	/* A relabelling of a partition is the same partition. */
	ck_assert_int_eq(sn_partitions_compare(&c, &va, &va), SN_OK);
	ck_assert_double_eq_tol(c.nmi, 1.0, TOL);
	ck_assert_double_eq_tol(c.ari, 1.0, TOL);
	ck_assert_double_eq_tol(c.vi, 0.0, TOL);
	igraph_vector_int_destroy(&va);
	igraph_vector_int_destroy(&vb);
}
END_TEST

START_TEST(test_partitions_compare_mismatched_or_unknown_is_einval)
{
	igraph_vector_int_t va, vb;
	sn_partition_comparison_t c;

	igraph_vector_int_init(&va, 4);
	igraph_vector_int_init(&vb, 5);
	ck_assert_int_eq(sn_partitions_compare(&c, &va, &vb), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "lengths differ"));
	igraph_vector_int_resize(&vb, 4);
	igraph_vector_int_fill(&vb, -1);
	ck_assert_int_eq(sn_partitions_compare(&c, &va, &vb), SN_EINVAL);
	igraph_vector_int_destroy(&va);
	igraph_vector_int_destroy(&vb);
}
END_TEST

/* ---- profiles ------------------------------------------------------------------- */

/*
 * NetworkX on the two karate factions (H = G.subgraph(faction)):
 *   faction 0: 17 members, H.number_of_edges() = 35, nx.density(H) =
 *   0.25735294117647056, top H.degree(): 0 (15), 1 (8), 2 (6);
 *   faction 1: 17 members, 32 edges, density 0.23529411764705882,
 *   top: 33 (14), 32 (10), 23 (5).
 * Contributions sum to nx.community.modularity(...): 0.3582347140039448,
 * at resolution 0.5: 0.60860453648915191.
 */
START_TEST(test_community_profiles_build_karate_matches_networkx)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_community_profiles_t p;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	igraph_vector_int_init_array(&m, karate_club, 34);
	sn_community_profiles_init(&p);
	ck_assert_int_eq(sn_community_profiles_build(&p, &g, NULL, &m, 1.0), SN_OK);
	ck_assert_uint_eq(p.count, 2);
	ck_assert_int_eq(p.items[0].size, 17);
	ck_assert_int_eq(p.items[0].internal_ties, 35);
	ck_assert_double_eq_tol(p.items[0].density, 0.25735294117647056, TOL);
	ck_assert_int_eq(p.items[0].members[0], 0);
	ck_assert_double_eq(p.items[0].internal_strength[0], 15);
	ck_assert_int_eq(p.items[0].members[1], 1);
	ck_assert_int_eq(p.items[0].members[2], 2);
	ck_assert_int_eq(p.items[1].internal_ties, 32);
	ck_assert_double_eq_tol(p.items[1].density, 0.23529411764705882, TOL);
	ck_assert_int_eq(p.items[1].members[0], 33);
	ck_assert_int_eq(p.items[1].members[1], 32);
	ck_assert_int_eq(p.items[1].members[2], 23);
	ck_assert_double_eq_tol(p.items[0].contribution + p.items[1].contribution,
				0.3582347140039448, TOL);
	ck_assert_double_eq_tol(p.modularity, 0.3582347140039448, TOL);
	ck_assert_int_eq(p.items[0].population, SN_NO_POPULATION);
	ck_assert_int_eq(sn_community_profiles_build(&p, &g, NULL, &m, 0.5), SN_OK);
	ck_assert_double_eq_tol(p.modularity, 0.60860453648915191, TOL);
	sn_community_profiles_destroy(&p);
	sn_community_profiles_destroy(&p);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/* Contributions sum to igraph's modularity on a weighted Leiden result. */
START_TEST(test_community_profiles_build_contributions_sum_to_q)
{
	igraph_t g;
	igraph_vector_int_t m;
	igraph_vector_t w;
	sn_community_profiles_t p;
	igraph_real_t q;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	igraph_vector_init_range(&w, 1, 79);   /* weights 1..78 */
	igraph_vector_int_init(&m, 0);
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, NULL), SN_OK);
	sn_community_profiles_init(&p);
	ck_assert_int_eq(sn_community_profiles_build(&p, &g, &w, &m, 1.3), SN_OK);
	ck_assert_int_eq(igraph_modularity(&g, &m, &w, 1.3, false, &q), IGRAPH_SUCCESS);
	ck_assert_double_eq_tol(p.modularity, q, 1e-12);
	sn_community_profiles_destroy(&p);
	igraph_vector_int_destroy(&m);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_community_profiles_build_bad_membership_is_einval)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_community_profiles_t p;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	igraph_vector_int_init(&m, 3);
	sn_community_profiles_init(&p);
	ck_assert_int_eq(sn_community_profiles_build(&p, &g, NULL, &m, 1.0), SN_EINVAL);
	ck_assert_uint_eq(p.count, 0);
	sn_community_profiles_destroy(&p);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/*
 * tests/data/communities: a tree SE -> 01 (0101: 100, 0102: 200), 02
 * (0201: 300).  Community {r1 (01), k1 (0101), u1} represents the union of
 * 01 and 0101 = 300 people (0101 lies inside 01), share 300/600, one county;
 * {r2 (02), k3 (0201), k2 (0102), c1} represents 02 and 0102 = 300 + 200 =
 * 500, share 5/6, two counties.  Worked out by hand.
 */
START_TEST(test_community_profiles_describe_fixture_by_hand)
{
	const char *srcdir = getenv("srcdir");
	char dir[4096];
	sn_dataset_options_t dopts = { SN_TABLE_OPTIONS_INIT, NULL };
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;
	sn_network_t net;
	sn_projection_t proj;
	igraph_vector_int_t m;
	sn_community_profiles_t p;
	size_t actor_of[7];

	snprintf(dir, sizeof dir, "%s/tests/data/communities", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, dir, &dopts, &diag), SN_OK);
	sn_network_init(&net);
	sn_projection_init(&proj);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&proj, &net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
	ck_assert_int_eq(igraph_vcount(test_graph(&proj)), 7);
	igraph_vector_int_init(&m, 7);
	for (igraph_integer_t v = 0; v < 7; v++) {
		const char *id;

		actor_of[v] = net.actor_index[(size_t)v + proj.offset];
		id = ds->actors[actor_of[v]].id;
		VECTOR(m)[v] = strcmp(id, "r1") && strcmp(id, "k1") && strcmp(id, "u1");
	}
	sn_community_profiles_init(&p);
	ck_assert_int_eq(sn_community_profiles_build(&p, test_graph(&proj), test_weights(&proj), &m, 1.0), SN_OK);
	ck_assert_int_eq(sn_community_profiles_describe(&p, ds, actor_of, 0), SN_OK);
	ck_assert_int_eq(p.year, 2024);
	ck_assert_uint_eq(p.items[0].by_type[SN_ACTOR_REGION], 1);
	ck_assert_uint_eq(p.items[0].by_type[SN_ACTOR_KOMMUN], 1);
	ck_assert_uint_eq(p.items[0].by_type[SN_ACTOR_UNIVERSITY], 1);
	ck_assert_uint_eq(p.items[0].counties, 1);
	ck_assert_int_eq(p.items[0].population, 300);
	ck_assert_double_eq_tol(p.items[0].population_share, 0.5, TOL);
	ck_assert_uint_eq(p.items[1].by_type[SN_ACTOR_KOMMUN], 2);
	ck_assert_uint_eq(p.items[1].by_type[SN_ACTOR_COMPANY], 1);
	ck_assert_uint_eq(p.items[1].counties, 2);
	ck_assert_int_eq(p.items[1].population, 500);
	ck_assert_double_eq_tol(p.items[1].population_share, 5.0 / 6.0, TOL);
	/* A vertex that is no actor (SN_NO_PARENT) is left out: without k2 (0102)
	 * the second community spans one county and represents 02 = 300. */
	for (igraph_integer_t v = 0; v < 7; v++) {
		if (strcmp(ds->actors[actor_of[v]].id, "k2") == 0)
			actor_of[v] = SN_NO_PARENT;
	}
	ck_assert_int_eq(sn_community_profiles_describe(&p, ds, actor_of, 2024), SN_OK);
	ck_assert_uint_eq(p.items[1].by_type[SN_ACTOR_KOMMUN], 1);
	ck_assert_uint_eq(p.items[1].counties, 1);
	ck_assert_int_eq(p.items[1].population, 300);
	actor_of[3] = 99;
	ck_assert_int_eq(sn_community_profiles_describe(&p, ds, actor_of, 0), SN_EINVAL);
	sn_community_profiles_destroy(&p);
	igraph_vector_int_destroy(&m);
	sn_projection_destroy(&proj);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
}
END_TEST

Suite *communities_suite_part2(void)
{
	Suite *s = suite_create("communities-ensemble");
	TCase *tc = tcase_create("ensemble");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_communities_barber_modularity_matches_brute_force_oracle);
	tcase_add_test(tc, test_communities_barber_modularity_bad_types_is_einval);
	tcase_add_test(tc, test_communities_detect_two_mode_finds_brute_force_optimum);
	tcase_add_test(tc, test_ensemble_run_planted_recovers_truth_stability_one);
	tcase_add_test(tc, test_ensemble_run_karate_louvain_follows_definitions);
	tcase_add_test(tc, test_ensemble_run_two_mode_recovers_brute_force_optimum);
	tcase_add_test(tc, test_ensemble_run_deterministic_algorithm_zero_rounds);
	tcase_add_test(tc, test_ensemble_run_single_run_nan_pairwise);
	tcase_add_test(tc, test_ensemble_run_bad_options_are_einval_and_elimit);
	tcase_add_test(tc, test_partitions_compare_matches_python_igraph);
	tcase_add_test(tc, test_partitions_compare_mismatched_or_unknown_is_einval);
	tcase_add_test(tc, test_community_profiles_build_karate_matches_networkx);
	tcase_add_test(tc, test_community_profiles_build_contributions_sum_to_q);
	tcase_add_test(tc, test_community_profiles_build_bad_membership_is_einval);
	tcase_add_test(tc, test_community_profiles_describe_fixture_by_hand);
	suite_add_tcase(s, tc);
	return s;
}
