/*
 * Tests of samnet/communities.h: detection, modularity, Barber's bipartite
 * modularity, ensembles and consensus, comparison, profiles.
 *
 * Expected values come from peers and oracles, never from samnet itself:
 *  - python-igraph 0.10.2 and NetworkX 2.8.8 (Debian's /usr/bin/python3),
 *    with the exact call quoted next to each number;
 *  - the known truth of planted-partition graphs built here;
 *  - a brute-force Python implementation of Barber's definition
 *    (explicit double sum over actor-project pairs, and maximisation over
 *    all set partitions), quoted as "barber.py";
 *  - hand computations written out in the comments.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <igraph.h>

#include "samnet/communities.h"
#include "samnet/error.h"
#include "communities_fixtures.h"

#define TOL 1e-12

/*
 * NetworkX 2.8.8 karate_club_graph() 'weight' attributes, in the edge order
 * of igraph's Graph.Famous("Zachary"):
 *   G = nx.karate_club_graph(); g = ig.Graph.Famous("Zachary")
 *   [G[u][v]['weight'] for u, v in g.get_edgelist()]
 */
static const double karate_weights[78] = {
	4, 5, 3, 3, 3, 3, 2, 2, 2, 3, 1, 3, 2, 2, 2, 2, 6, 3, 4, 5, 1, 2, 2, 2, 3, 4,
	2, 2, 2, 1, 5, 3, 3, 3, 3, 2, 3, 5, 3, 3, 3, 3, 3, 4, 2, 3, 3, 2, 3, 4, 1, 2,
	1, 3, 1, 2, 3, 5, 4, 5, 4, 3, 2, 3, 2, 7, 4, 2, 4, 2, 2, 4, 2, 3, 3, 4, 4, 5
};

/*
 * The two factions of the karate club: NetworkX's node attribute 'club'
 * ("Mr. Hi" -> 0, "Officer" -> 1):
 *   [0 if G.nodes[v]['club'] == 'Mr. Hi' else 1 for v in G]
 */
const igraph_integer_t karate_club[34] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1
};

/*
 * The maximum-modularity partition of the karate club:
 *   ig.Graph.Famous("Zachary").community_optimal_modularity().membership
 * with modularity 0.41978961209730459.
 */
static const igraph_integer_t karate_optimal[34] = {
	0, 0, 0, 0, 1, 1, 1, 0, 2, 2, 1, 0, 0, 0, 2, 2, 1, 0, 2, 0, 2, 0, 2, 3, 3, 3,
	2, 3, 3, 2, 2, 3, 2, 2
};
#define KARATE_OPTIMAL_Q 0.41978961209730459

static void setup(void)
{
	sn_setup();
}

static void karate(igraph_t *g)
{
	ck_assert_int_eq(igraph_famous(g, "Zachary"), IGRAPH_SUCCESS);
}

static void vec_int_from(igraph_vector_int_t *v, const igraph_integer_t *x, igraph_integer_t n)
{
	ck_assert_int_eq(igraph_vector_int_init_array(v, x, n), IGRAPH_SUCCESS);
}

/* See communities_fixtures.h. */
void ring_of_cliques(igraph_t *g, igraph_vector_int_t *truth, int k, int s)
{
	igraph_vector_int_t edges;

	igraph_vector_int_init(&edges, 0);
	igraph_vector_int_init(truth, k * s);
	for (int c = 0; c < k; c++) {
		for (int i = 0; i < s; i++) {
			VECTOR(*truth)[c * s + i] = c;
			for (int j = i + 1; j < s; j++) {
				igraph_vector_int_push_back(&edges, c * s + i);
				igraph_vector_int_push_back(&edges, c * s + j);
			}
		}
		igraph_vector_int_push_back(&edges, c * s + s - 1);
		igraph_vector_int_push_back(&edges, ((c + 1) % k) * s);
	}
	ck_assert_int_eq(igraph_create(g, &edges, k * s, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&edges);
}

static double nmi(const igraph_vector_int_t *a, const igraph_vector_int_t *b)
{
	sn_partition_comparison_t c;

	ck_assert_int_eq(sn_partitions_compare(&c, a, b), SN_OK);
	return c.nmi;
}

/* ---- names and options ---------------------------------------------------- */

START_TEST(test_community_algorithm_parse_every_name_round_trips)
{
	for (int a = 0; a < SN_COMMUNITY_ALGORITHM_COUNT; a++) {
		sn_community_algorithm_t got;

		ck_assert_int_eq(sn_community_algorithm_parse(
			sn_community_algorithm_name((sn_community_algorithm_t)a), &got), SN_OK);
		ck_assert_int_eq(got, a);
	}
}
END_TEST

START_TEST(test_community_algorithm_parse_unknown_is_einval)
{
	sn_community_algorithm_t got;
	sn_community_objective_t obj;

	ck_assert_int_eq(sn_community_algorithm_parse("spinglass", &got), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "spinglass"));
	ck_assert_int_eq(sn_community_objective_parse("cpm", &obj), SN_OK);
	ck_assert_int_eq(obj, SN_OBJECTIVE_CPM);
	ck_assert_int_eq(sn_community_objective_parse("surprise", &obj), SN_EINVAL);
}
END_TEST

START_TEST(test_communities_options_default_are_leiden_modularity_one)
{
	sn_communities_options_t o;

	sn_communities_options_default(&o);
	ck_assert_int_eq(o.algorithm, SN_COMMUNITY_LEIDEN);
	ck_assert_int_eq(o.objective, SN_OBJECTIVE_MODULARITY);
	ck_assert_double_eq(o.resolution, 1.0);
}
END_TEST

/*
 * SplitMix64 from state 0 yields 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4
 * (Vigna's reference splitmix64.c; also Java's SplittableRandom).
 */
START_TEST(test_communities_derived_seed_matches_splitmix64_reference)
{
	ck_assert_uint_eq(sn_communities_derived_seed(0, 0), UINT64_C(0xe220a8397b1dcdaf));
	ck_assert_uint_eq(sn_communities_derived_seed(0, 1), UINT64_C(0x6e789e6aa1b965f4));
}
END_TEST

/* ---- modularity ------------------------------------------------------------ */

START_TEST(test_communities_modularity_karate_factions_match_peers)
{
	igraph_t g;
	igraph_vector_int_t m;
	igraph_vector_t w;
	double q;

	karate(&g);
	vec_int_from(&m, karate_club, 34);
	igraph_vector_init_array(&w, karate_weights, 78);
	/* ig.Graph.Famous("Zachary").modularity(club) and
	 * nx.community.modularity(G, factions, weight=None): 0.3582347140039448 */
	ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, 1.0), SN_OK);
	ck_assert_double_eq_tol(q, 0.3582347140039448, TOL);
	/* nx.community.modularity(G, factions, weight=None, resolution=0.5) and
	 * ig.GraphBase.modularity(g, club, None, 0.5): 0.60860453648915191 */
	ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, 0.5), SN_OK);
	ck_assert_double_eq_tol(q, 0.60860453648915191, TOL);
	/* nx.community.modularity(G, factions, weight='weight') and
	 * g.modularity(club, weights=w): 0.39143756676224206 */
	ck_assert_int_eq(sn_communities_modularity(&q, &g, &w, &m, 1.0), SN_OK);
	ck_assert_double_eq_tol(q, 0.39143756676224206, TOL);
	igraph_vector_int_destroy(&m);
	/* g.modularity(g.community_optimal_modularity().membership, weights=w):
	 * 0.44490358126721763 */
	vec_int_from(&m, karate_optimal, 34);
	ck_assert_int_eq(sn_communities_modularity(&q, &g, &w, &m, 1.0), SN_OK);
	ck_assert_double_eq_tol(q, 0.44490358126721763, TOL);
	ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, 1.0), SN_OK);
	ck_assert_double_eq_tol(q, KARATE_OPTIMAL_Q, TOL);
	igraph_vector_int_destroy(&m);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_modularity_mismatched_membership_is_einval)
{
	igraph_t g;
	igraph_vector_int_t m;
	double q = 7;

	karate(&g);
	igraph_vector_int_init(&m, 33);
	ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, 1.0), SN_EINVAL);
	igraph_vector_int_resize(&m, 34);
	igraph_vector_int_null(&m);
	VECTOR(m)[5] = -1;
	ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, 1.0), SN_EINVAL);
	VECTOR(m)[5] = 0;
	ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, -0.5), SN_EINVAL);
	ck_assert_double_eq(q, 7);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/* ---- detection ------------------------------------------------------------- */

/*
 * python-igraph's community_leiden(objective_function="modularity",
 * n_iterations=-1) over random.seed(0..199) reached modularity values
 * between 0.3952 and the optimum 0.41978961209730459 (75 of 200 runs).
 * Our Leiden must stay in that range and reach the optimum within 20 seeds.
 */
START_TEST(test_communities_detect_leiden_karate_reaches_peer_optimum)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	double best = -1;

	karate(&g);
	igraph_vector_int_init(&m, 0);
	for (uint64_t seed = 1; seed <= 20; seed++) {
		sn_communities_summary_t s;
		double q;

		o.seed = seed;
		ck_assert_int_eq(sn_communities_detect(&m, &s, &g, NULL, &o), SN_OK);
		ck_assert_int_eq(igraph_vector_int_size(&m), 34);
		ck_assert_double_ge(s.modularity, 0.395);
		ck_assert_double_le(s.modularity, KARATE_OPTIMAL_Q + TOL);
		/* Resolution 1: the optimised quality is the modularity itself. */
		ck_assert_double_eq_tol(s.quality, s.modularity, TOL);
		ck_assert_int_eq(sn_communities_modularity(&q, &g, NULL, &m, 1.0), SN_OK);
		ck_assert_double_eq_tol(q, s.modularity, TOL);
		ck_assert_int_eq(s.communities, igraph_vector_int_max(&m) + 1);
		best = fmax(best, s.modularity);
	}
	ck_assert_double_eq_tol(best, KARATE_OPTIMAL_Q, 1e-9);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/*
 * A planted partition drawn by SplitMix64 (the generator of
 * sn_communities_derived_seed(), so that scripts can redraw it): 1000
 * vertices in 20 blocks of 50, each pair i < j in turn joined when a
 * uniform u = (z >> 11) 2^-53 falls below 0.2 (same block) or 0.00526,
 * with weight 1 + (z & 3).  7528 ties.
 */
static void planted_sbm(igraph_t *g, igraph_vector_t *w)
{
	igraph_vector_int_t edges;
	uint64_t state = 5;

	igraph_vector_int_init(&edges, 0);
	igraph_vector_init(w, 0);
	for (igraph_integer_t i = 0; i < 1000; i++) {
		for (igraph_integer_t j = i + 1; j < 1000; j++) {
			uint64_t z = (state += UINT64_C(0x9E3779B97F4A7C15));
			z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
			z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
			z ^= z >> 31;
			if ((double)(z >> 11) * 0x1.0p-53 < (i / 50 == j / 50 ? 0.2 : 0.00526)) {
				igraph_vector_int_push_back(&edges, i);
				igraph_vector_int_push_back(&edges, j);
				igraph_vector_push_back(w, (double)(1 + (z & 3)));
			}
		}
	}
	igraph_create(g, &edges, 1000, IGRAPH_UNDIRECTED);
	igraph_vector_int_destroy(&edges);
}

/*
 * python-igraph 0.10's community_leiden(objective_function="modularity",
 * n_iterations=-1) on the planted graph over random.seed(0..99):
 * unweighted, modularity min 0.60968594505415685, mean
 * 0.61154345420737422, max 0.61173252870473782; weighted min
 * 0.61312238054403223, mean 0.61438398268205252, max 0.61444359731554254
 * (tests/oracle_leiden_planted.py).  Ours, run to the fixed point
 * (tolerance 0) over seeds 1..100, must stay above the peer's minimum,
 * reach its mean less 0.001, and keep every community connected.
 */
START_TEST(test_communities_detect_leiden_planted_matches_peer_quality)
{
	static const double peer_min[2] = { 0.60968594505415685, 0.61312238054403223 };
	static const double peer_mean[2] = { 0.61154345420737422, 0.61438398268205252 };
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	igraph_vector_int_t m, part_of;
	igraph_vector_t w;
	igraph_t g;

	planted_sbm(&g, &w);
	ck_assert_int_eq(igraph_ecount(&g), 7528);
	igraph_vector_int_init(&m, 0);
	igraph_vector_int_init(&part_of, 0);
	igraph_vector_t thirds;
	igraph_vector_init_copy(&thirds, &w);
	igraph_vector_scale(&thirds, 1.0 / 3);
	o.tolerance = 0;
	/* 0: unweighted, 1: weighted, 2: the weights divided by 3 (the same
	   modularity; no floats, so the compact graph keeps doubles). */
	for (int variant = 0; variant < 3; variant++) {
		const igraph_vector_t *vw = variant == 0 ? NULL : variant == 1 ? &w : &thirds;
		int weighted = variant > 0;
		double sum = 0, min = 1;

		for (uint64_t seed = 1; seed <= 100; seed++) {
			sn_communities_summary_t s;
			igraph_integer_t parts;

			o.seed = seed;
			ck_assert_int_eq(sn_communities_detect(&m, &s, &g, vw, &o), SN_OK);
			ck_assert(!s.at_bound);
			sum += s.modularity;
			min = fmin(min, s.modularity);
			/* Connected communities: the subgraph of within-community ties
			   has as many components as there are communities. */
			igraph_t inner;
			igraph_vector_int_t cut;
			igraph_vector_int_init(&cut, 0);
			for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
				if (VECTOR(m)[IGRAPH_FROM(&g, e)] != VECTOR(m)[IGRAPH_TO(&g, e)])
					igraph_vector_int_push_back(&cut, e);
			igraph_copy(&inner, &g);
			igraph_delete_edges(&inner, igraph_ess_vector(&cut));
			igraph_connected_components(&inner, &part_of, NULL, &parts, IGRAPH_WEAK);
			ck_assert_int_eq(parts, s.communities);
			igraph_destroy(&inner);
			igraph_vector_int_destroy(&cut);
		}
		ck_assert_double_ge(min, peer_min[weighted]);
		ck_assert_double_ge(sum / 100, peer_mean[weighted] - 1e-3);
	}
	igraph_vector_int_destroy(&part_of);
	igraph_vector_int_destroy(&m);
	igraph_vector_destroy(&thirds);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

/*
 * python-igraph community_multilevel() over random.seed(0..199): modularity
 * between 0.3886 and the optimum (58 of 200 runs at the optimum).
 */
START_TEST(test_communities_detect_louvain_karate_within_peer_range)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	double best = -1;

	o.algorithm = SN_COMMUNITY_LOUVAIN;
	karate(&g);
	igraph_vector_int_init(&m, 0);
	for (uint64_t seed = 1; seed <= 20; seed++) {
		sn_communities_summary_t s;

		o.seed = seed;
		ck_assert_int_eq(sn_communities_detect(&m, &s, &g, NULL, &o), SN_OK);
		ck_assert_double_ge(s.modularity, 0.388);
		ck_assert_double_le(s.modularity, KARATE_OPTIMAL_Q + TOL);
		best = fmax(best, s.modularity);
	}
	ck_assert_double_eq_tol(best, KARATE_OPTIMAL_Q, 1e-9);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/* Four 8-cliques in a ring: every algorithm must find exactly the cliques. */
START_TEST(test_communities_detect_planted_cliques_every_algorithm_nmi_one)
{
	igraph_t g;
	igraph_vector_int_t truth, m;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;

	ring_of_cliques(&g, &truth, 4, 8);
	igraph_vector_int_init(&m, 0);
	for (int a = 0; a < SN_COMMUNITY_ALGORITHM_COUNT; a++) {
		sn_communities_summary_t s;

		o.algorithm = (sn_community_algorithm_t)a;
		ck_assert_int_eq(sn_communities_detect(&m, &s, &g, NULL, &o), SN_OK);
		ck_assert_msg(nmi(&m, &truth) == 1.0, "%s: NMI %g",
			      sn_community_algorithm_name(o.algorithm), nmi(&m, &truth));
		/* Canonical labels: the cliques in vertex order are 0, 1, 2, 3. */
		for (igraph_integer_t v = 0; v < 32; v++)
			ck_assert_int_eq(VECTOR(m)[v], v / 8);
		ck_assert_int_eq(s.communities, 4);
		/* nx.community.modularity(G, cliques) on the same ring: 0.71551724137931039 */
		ck_assert_double_eq_tol(s.modularity, 0.71551724137931039, TOL);
	}
	igraph_vector_int_destroy(&m);
	igraph_vector_int_destroy(&truth);
	igraph_destroy(&g);
}
END_TEST

/*
 * Leiden-CPM at gamma = 0.5 on the ring of cliques: merging two cliques
 * gains 1 tie but costs 0.5 * 64, so the cliques are optimal.  By hand,
 * quality = 4 * (28 - 0.5 * 8 * 7 / 2) = 56.  Modularity at gamma = 2:
 * nx.community.modularity(G, cliques, resolution=2) = 0.46551724137931044.
 */
START_TEST(test_communities_detect_leiden_cpm_planted_quality_by_hand)
{
	igraph_t g;
	igraph_vector_int_t truth, m;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_communities_summary_t s;

	ring_of_cliques(&g, &truth, 4, 8);
	igraph_vector_int_init(&m, 0);
	o.objective = SN_OBJECTIVE_CPM;
	o.resolution = 0.5;
	ck_assert_int_eq(sn_communities_detect(&m, &s, &g, NULL, &o), SN_OK);
	ck_assert_double_eq(nmi(&m, &truth), 1.0);
	ck_assert_double_eq_tol(s.quality, 56.0, TOL);
	o.objective = SN_OBJECTIVE_MODULARITY;
	o.resolution = 2.0;
	ck_assert_int_eq(sn_communities_detect(&m, &s, &g, NULL, &o), SN_OK);
	ck_assert_double_eq(nmi(&m, &truth), 1.0);
	ck_assert_double_eq_tol(s.quality, 0.46551724137931044, TOL);
	igraph_vector_int_destroy(&m);
	igraph_vector_int_destroy(&truth);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_detect_same_seed_identical_membership)
{
	static const sn_community_algorithm_t randomised[] = {
		SN_COMMUNITY_LEIDEN, SN_COMMUNITY_LOUVAIN, SN_COMMUNITY_INFOMAP,
		SN_COMMUNITY_LABELPROP
	};
	igraph_t g;
	igraph_vector_int_t a, b;
	igraph_vector_t w;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;

	karate(&g);
	igraph_vector_init_array(&w, karate_weights, 78);
	igraph_vector_int_init(&a, 0);
	igraph_vector_int_init(&b, 0);
	for (size_t i = 0; i < sizeof randomised / sizeof randomised[0]; i++) {
		o.algorithm = randomised[i];
		o.seed = 12345;
		ck_assert_int_eq(sn_communities_detect(&a, NULL, &g, &w, &o), SN_OK);
		/* Disturb igraph's generator in between: the seed must still rule. */
		igraph_rng_seed(igraph_rng_default(), 999);
		igraph_rng_get_integer(igraph_rng_default(), 0, 100);
		ck_assert_int_eq(sn_communities_detect(&b, NULL, &g, &w, &o), SN_OK);
		ck_assert(igraph_vector_int_all_e(&a, &b));
	}
	igraph_vector_int_destroy(&a);
	igraph_vector_int_destroy(&b);
	igraph_vector_destroy(&w);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_detect_no_edges_singletons_nan_modularity)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_communities_summary_t s;

	igraph_empty(&g, 3, IGRAPH_UNDIRECTED);
	igraph_vector_int_init(&m, 0);
	ck_assert_int_eq(sn_communities_detect(&m, &s, &g, NULL, NULL), SN_OK);
	ck_assert_int_eq(s.communities, 3);
	ck_assert_int_eq(VECTOR(m)[2], 2);
	ck_assert(isnan(s.modularity));
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_detect_bad_input_is_einval)
{
	igraph_t g, empty, directed;
	igraph_vector_int_t m;
	igraph_vector_t w;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;

	karate(&g);
	igraph_empty(&empty, 0, IGRAPH_UNDIRECTED);
	igraph_small(&directed, 2, IGRAPH_DIRECTED, 0, 1, -1);
	igraph_vector_int_init(&m, 0);
	igraph_vector_init(&w, 77);
	igraph_vector_fill(&w, 1);
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &empty, NULL, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "no vertices"));
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &directed, NULL, &o), SN_EINVAL);
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	igraph_vector_resize(&w, 78);
	VECTOR(w)[3] = 0;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	VECTOR(w)[3] = NAN;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	VECTOR(w)[3] = 1;
	o.resolution = -1;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "resolution"));
	o.resolution = INFINITY;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	o.resolution = NAN;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	o.resolution = 1;
	o.beta = 0;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	o.beta = 0.01;
	o.walktrap_steps = 0;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	o.walktrap_steps = 4;
	o.infomap_trials = 0;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	o.infomap_trials = 10;
	o.algorithm = SN_COMMUNITY_ALGORITHM_COUNT;
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, &w, &o), SN_EINVAL);
	igraph_vector_destroy(&w);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&directed);
	igraph_destroy(&empty);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_communities_detect_fastgreedy_multigraph_fails_with_message)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 0, 1, 1, 2, -1);
	igraph_vector_int_init(&m, 0);
	o.algorithm = SN_COMMUNITY_FASTGREEDY;
	ck_assert_int_lt(sn_communities_detect(&m, NULL, &g, NULL, &o), 0);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "fastgreedy"));
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}
END_TEST

/* ---- resolution sweep ------------------------------------------------------- */

/*
 * Ring of four 8-cliques: at gamma = 0 one community per component (1); at
 * gamma = 1 and 2 the four cliques (modularity at 1 from NetworkX as above).
 */
START_TEST(test_communities_sweep_planted_counts_and_modularity)
{
	igraph_t g;
	igraph_vector_int_t truth, count;
	igraph_vector_t res, mod, qual;

	ring_of_cliques(&g, &truth, 4, 8);
	igraph_vector_int_init(&count, 0);
	igraph_vector_init(&mod, 0);
	igraph_vector_init(&qual, 0);
	igraph_vector_init_range(&res, 0, 3);
	ck_assert_int_eq(sn_communities_sweep(&count, &mod, &qual, NULL, &g, NULL, NULL, &res), SN_OK);
	ck_assert_int_eq(igraph_vector_int_size(&count), 3);
	ck_assert_int_eq(VECTOR(count)[0], 1);
	ck_assert_int_eq(VECTOR(count)[1], 4);
	ck_assert_int_eq(VECTOR(count)[2], 4);
	ck_assert_double_eq_tol(VECTOR(mod)[0], 0.0, TOL);
	ck_assert_double_eq_tol(VECTOR(mod)[1], 0.71551724137931039, TOL);
	ck_assert_double_eq_tol(VECTOR(qual)[2], 0.46551724137931044, TOL);
	igraph_vector_clear(&res);
	ck_assert_int_eq(sn_communities_sweep(&count, NULL, NULL, NULL, &g, NULL, NULL, &res), SN_EINVAL);
	igraph_vector_destroy(&res);
	igraph_vector_destroy(&qual);
	igraph_vector_destroy(&mod);
	igraph_vector_int_destroy(&count);
	igraph_vector_int_destroy(&truth);
	igraph_destroy(&g);
}
END_TEST

static Suite *communities_suite(void)
{
	Suite *s = suite_create("communities");
	TCase *tc = tcase_create("detect");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_community_algorithm_parse_every_name_round_trips);
	tcase_add_test(tc, test_community_algorithm_parse_unknown_is_einval);
	tcase_add_test(tc, test_communities_options_default_are_leiden_modularity_one);
	tcase_add_test(tc, test_communities_derived_seed_matches_splitmix64_reference);
	tcase_add_test(tc, test_communities_modularity_karate_factions_match_peers);
	tcase_add_test(tc, test_communities_modularity_mismatched_membership_is_einval);
	tcase_add_test(tc, test_communities_detect_leiden_karate_reaches_peer_optimum);
	tcase_add_test(tc, test_communities_detect_leiden_planted_matches_peer_quality);
	tcase_add_test(tc, test_communities_detect_louvain_karate_within_peer_range);
	tcase_add_test(tc, test_communities_detect_planted_cliques_every_algorithm_nmi_one);
	tcase_add_test(tc, test_communities_detect_leiden_cpm_planted_quality_by_hand);
	tcase_add_test(tc, test_communities_detect_same_seed_identical_membership);
	tcase_add_test(tc, test_communities_detect_no_edges_singletons_nan_modularity);
	tcase_add_test(tc, test_communities_detect_bad_input_is_einval);
	tcase_add_test(tc, test_communities_detect_fastgreedy_multigraph_fails_with_message);
	tcase_add_test(tc, test_communities_sweep_planted_counts_and_modularity);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(communities_suite());
	int failed;

	srunner_add_suite(sr, communities_suite_part2());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
