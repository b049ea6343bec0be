/*
 * Tests of the edge variant of sn_ensemble_run() (samnet/communities.h):
 * co-assignment scored only on the pairs adjacent in the input graph, the
 * rounds streamed.  Expected values come from a naive oracle written here
 * from the header's definition (all pairs i < j tested for adjacency, every
 * round's runs kept) and from the dense variant where the header says the
 * two must agree.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <igraph.h>

#include "samnet/communities.h"
#include "samnet/error.h"
#include "samnet/network.h"

static void setup(void)
{
	sn_setup();
}

/* k cliques of size s in a ring, clique c joined to clique c + 1 by one edge. */
static void ring_of_cliques(igraph_t *g, int k, int s)
{
	igraph_vector_int_t edges;

	igraph_vector_int_init(&edges, 0);
	for (int c = 0; c < k; c++) {
		for (int i = 0; i < s; i++)
			for (int j = i + 1; j < s; j++) {
				igraph_vector_int_push_back(&edges, c * s + i);
				igraph_vector_int_push_back(&edges, c * s + j);
			}
		igraph_vector_int_push_back(&edges, c * s + s - 1);
		igraph_vector_int_push_back(&edges, ((c + 1) % k) * s);
	}
	ck_assert_int_eq(igraph_create(g, &edges, k * s, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&edges);
}

/* Share of the columns of `p` with i and j together, counted afresh. */
static double together(const igraph_matrix_int_t *p, igraph_integer_t i, igraph_integer_t j)
{
	igraph_integer_t runs = igraph_matrix_int_ncol(p), c = 0;

	for (igraph_integer_t r = 0; r < runs; r++)
		c += MATRIX(*p, i, r) == MATRIX(*p, j, r);
	return (double)c * (1.0 / (double)runs);
}

static bool adjacent(const igraph_t *g, igraph_integer_t i, igraph_integer_t j)
{
	igraph_bool_t res;

	ck_assert_int_eq(igraph_are_connected(g, i, j, &res), IGRAPH_SUCCESS);
	return res;
}

/*
 * The consensus graph of the header's steps (2), on the pairs adjacent in
 * g, by testing every pair i < j: the kept entries in (i, j) order, then
 * the strongest scored tie of each vertex left without one.
 */
static void oracle_graph(igraph_t *dg, igraph_vector_t *w, const igraph_t *g,
			 const igraph_matrix_int_t *p, double tau)
{
	igraph_integer_t n = igraph_vcount(g);
	igraph_vector_int_t edges, deg;

	igraph_vector_int_init(&edges, 0);
	igraph_vector_int_init(&deg, n);
	igraph_vector_clear(w);
	for (igraph_integer_t i = 0; i < n; i++)
		for (igraph_integer_t j = i + 1; j < n; j++) {
			double d = together(p, i, j);

			if (adjacent(g, i, j) && d > 0 && d >= tau) {
				igraph_vector_int_push_back(&edges, i);
				igraph_vector_int_push_back(&edges, j);
				igraph_vector_push_back(w, d);
				VECTOR(deg)[i]++;
				VECTOR(deg)[j]++;
			}
		}
	for (igraph_integer_t i = 0; i < n; i++) {
		igraph_integer_t best = -1;

		if (VECTOR(deg)[i] > 0)
			continue;
		for (igraph_integer_t j = 0; j < n; j++)
			if (j != i && adjacent(g, i, j) && together(p, i, j) > 0 &&
			    (best < 0 || together(p, i, j) > together(p, i, best)))
				best = j;
		if (best < 0)
			continue;
		igraph_vector_int_push_back(&edges, i);
		igraph_vector_int_push_back(&edges, best);
		igraph_vector_push_back(w, together(p, i, best));
		VECTOR(deg)[i]++;
		VECTOR(deg)[best]++;
	}
	ck_assert_int_eq(igraph_create(dg, &edges, n, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&deg);
	igraph_vector_int_destroy(&edges);
}

static bool columns_equal(const igraph_matrix_int_t *p)
{
	for (igraph_integer_t r = 1; r < igraph_matrix_int_ncol(p); r++)
		for (igraph_integer_t v = 0; v < igraph_matrix_int_nrow(p); v++)
			if (MATRIX(*p, v, r) != MATRIX(*p, v, 0))
				return false;
	return true;
}

typedef struct {
	igraph_vector_int_t consensus;
	size_t iterations;
	bool converged;
} oracle_t;

/*
 * The header's steps (1)-(4) on the edge pairs, every round's N runs kept
 * in a matrix, from the input runs `runs` (options as sn_ensemble_run()
 * got them; Leiden-modularity, so no CPM swap is needed).
 */
static void oracle_consensus(oracle_t *out, const igraph_t *g, const igraph_matrix_int_t *runs,
			     const sn_communities_options_t *opts, const sn_ensemble_options_t *eo)
{
	igraph_integer_t n = igraph_vcount(g), N = (igraph_integer_t)eo->runs, pick = 0;
	igraph_matrix_int_t cur, next;
	igraph_vector_int_t memb;

	igraph_matrix_int_init_copy(&cur, runs);
	igraph_matrix_int_init(&next, n, N);
	igraph_vector_int_init(&memb, n);
	out->iterations = 0;
	out->converged = columns_equal(&cur);
	while (!out->converged && out->iterations < eo->max_iterations) {
		igraph_t dg;
		igraph_vector_t w;
		sn_communities_options_t o = *opts;

		igraph_vector_init(&w, 0);
		oracle_graph(&dg, &w, g, &cur, eo->threshold);
		for (igraph_integer_t r = 0; r < N; r++) {
			o.seed = sn_communities_derived_seed(opts->seed,
							     (uint64_t)N * (out->iterations + 1) + r);
			ck_assert_int_eq(sn_communities_detect(&memb, NULL, &dg, &w, &o), SN_OK);
			for (igraph_integer_t v = 0; v < n; v++)
				MATRIX(next, v, r) = VECTOR(memb)[v];
		}
		igraph_matrix_int_update(&cur, &next);
		igraph_destroy(&dg);
		igraph_vector_destroy(&w);
		out->iterations++;
		out->converged = columns_equal(&cur);
	}
	if (!out->converged) {
		double best = -INFINITY, q;

		for (igraph_integer_t r = 0; r < N; r++) {
			igraph_matrix_int_get_col(&cur, &memb, r);
			ck_assert_int_eq(sn_communities_modularity(&q, g, NULL, &memb, 1.0), SN_OK);
			if (q > best) {
				best = q;
				pick = r;
			}
		}
	}
	igraph_vector_int_init(&out->consensus, n);
	igraph_matrix_int_get_col(&cur, &out->consensus, pick);
	igraph_vector_int_destroy(&memb);
	igraph_matrix_int_destroy(&next);
	igraph_matrix_int_destroy(&cur);
}

/* The stability definition of the header, per consensus community: O(N sum |C|^2). */
static void check_stability(const sn_ensemble_t *e)
{
	igraph_integer_t n = igraph_vector_int_size(&e->consensus);
	igraph_vector_int_list_t members;

	igraph_vector_int_list_init(&members, e->communities);
	for (igraph_integer_t v = 0; v < n; v++)
		igraph_vector_int_push_back(igraph_vector_int_list_get_ptr(
			&members, VECTOR(e->consensus)[v]), v);
	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_vector_int_t *c = igraph_vector_int_list_get_ptr(&members,
									  VECTOR(e->consensus)[v]);
		igraph_integer_t others = igraph_vector_int_size(c) - 1;
		double with = 0;

		for (size_t r = 0; r < e->runs; r++) {
			igraph_integer_t lv = MATRIX(e->memberships, v, r), same = 0, alone = 1;

			for (igraph_integer_t a = 0; a < others + 1; a++) {
				igraph_integer_t u = VECTOR(*c)[a];

				same += u != v && MATRIX(e->memberships, u, r) == lv;
			}
			if (others == 0)
				for (igraph_integer_t u = 0; u < n && alone; u++)
					alone = u == v || MATRIX(e->memberships, u, r) != lv;
			with += others == 0 ? alone : 2 * same > others;
		}
		ck_assert_double_eq_tol(VECTOR(e->stability)[v], with / (double)e->runs, 1e-12);
	}
	igraph_vector_int_list_destroy(&members);
}

/* edge_coassignment recounted from the stored runs, edge by edge. */
static void check_edge_coassignment(const sn_ensemble_t *e, const igraph_t *g)
{
	ck_assert_int_eq(igraph_vector_size(&e->edge_coassignment), igraph_ecount(g));
	for (igraph_integer_t k = 0; k < igraph_ecount(g); k++)
		ck_assert_double_eq(VECTOR(e->edge_coassignment)[k],
				    together(&e->memberships, IGRAPH_FROM(g, k), IGRAPH_TO(g, k)));
}

/* An ensemble and the oracle's consensus from its own input runs. */
static void check_against_oracle(const igraph_t *g, const sn_communities_options_t *o,
				 const sn_ensemble_options_t *eo, bool want_converged)
{
	sn_ensemble_t e;
	oracle_t want;
	double q;

	sn_ensemble_init(&e);
	ck_assert_int_eq(sn_ensemble_run(&e, g, NULL, o, eo), SN_OK);
	ck_assert(!e.dense);
	ck_assert_int_eq(igraph_matrix_nrow(&e.coassignment), 0);
	ck_assert(!columns_equal(&e.memberships));   /* the runs differ: rounds are needed */
	oracle_consensus(&want, g, &e.memberships, o, eo);
	ck_assert_int_eq(e.iterations, want.iterations);
	ck_assert_int_ge(e.iterations, 1);
	ck_assert(e.converged == want.converged);
	ck_assert(e.converged == want_converged);
	ck_assert(igraph_vector_int_all_e(&e.consensus, &want.consensus));
	ck_assert_int_eq(e.communities, igraph_vector_int_max(&want.consensus) + 1);
	ck_assert_int_eq(sn_communities_modularity(&q, g, NULL, &want.consensus, 1.0), SN_OK);
	ck_assert_double_eq(e.consensus_modularity, q);
	check_stability(&e);
	check_edge_coassignment(&e, g);
	igraph_vector_int_destroy(&want.consensus);
	sn_ensemble_destroy(&e);
}

/* Karate club, Louvain: the runs differ and the edge consensus follows the oracle. */
START_TEST(test_ensemble_run_edges_karate_louvain_matches_oracle)
{
	igraph_t g;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	o.algorithm = SN_COMMUNITY_LOUVAIN;
	o.seed = 42;
	eo.runs = 30;
	eo.pairs = SN_CONSENSUS_EDGES;
	check_against_oracle(&g, &o, &eo, true);
	igraph_destroy(&g);
}
END_TEST

/*
 * Louvain with CPM: the input runs optimise CPM, the rounds cluster the
 * consensus graph by modularity at resolution 1 (its weights are shares),
 * as the oracle does when told so.
 */
START_TEST(test_ensemble_run_edges_louvain_cpm_rounds_use_modularity)
{
	igraph_t g;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT, rounds;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	sn_ensemble_t e;
	oracle_t want;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	o.algorithm = SN_COMMUNITY_LOUVAIN;
	o.objective = SN_OBJECTIVE_CPM;
	o.resolution = 0.2;
	o.seed = 5;
	eo.runs = 10;
	eo.pairs = SN_CONSENSUS_EDGES;
	sn_ensemble_init(&e);
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, &o, &eo), SN_OK);
	ck_assert(!columns_equal(&e.memberships));
	rounds = o;
	rounds.objective = SN_OBJECTIVE_MODULARITY;
	rounds.resolution = 1.0;
	oracle_consensus(&want, &g, &e.memberships, &rounds, &eo);
	ck_assert_int_ge(e.iterations, 1);
	ck_assert_int_eq(e.iterations, want.iterations);
	ck_assert(e.converged == want.converged);
	ck_assert(igraph_vector_int_all_e(&e.consensus, &want.consensus));
	igraph_vector_int_destroy(&want.consensus);
	sn_ensemble_destroy(&e);
	igraph_destroy(&g);
}
END_TEST

/*
 * A round bound that stops the rounds before they agree: the consensus is
 * the last round's run with the highest modularity on g, as in the oracle.
 */
START_TEST(test_ensemble_run_edges_unconverged_picks_best_run_as_oracle)
{
	igraph_t g;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	o.algorithm = SN_COMMUNITY_LOUVAIN;
	o.seed = 2;
	eo.runs = 10;
	eo.threshold = 0.5;
	eo.max_iterations = 1;
	eo.pairs = SN_CONSENSUS_EDGES;
	check_against_oracle(&g, &o, &eo, false);
	igraph_destroy(&g);
}
END_TEST

/*
 * A high threshold leaves many vertices without a kept tie, so the
 * fallback (the strongest scored tie, the lowest neighbour on ties) builds
 * much of the consensus graph.
 */
START_TEST(test_ensemble_run_edges_high_threshold_fallback_matches_oracle)
{
	igraph_t g;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	o.algorithm = SN_COMMUNITY_LOUVAIN;
	o.seed = 3;
	eo.runs = 10;
	eo.threshold = 0.95;
	eo.pairs = SN_CONSENSUS_EDGES;
	check_against_oracle(&g, &o, &eo, true);
	igraph_destroy(&g);
}
END_TEST

/*
 * Where every pair with D_ij >= tau is an edge of g, the two variants build
 * the same consensus graphs (header): every number must agree.  Leiden on a
 * ring of 24 five-cliques merges neighbouring cliques differently from run
 * to run (the resolution limit), so rounds happen; at tau = 0.9 only the
 * pairs inside a clique are kept, which the test checks first.
 */
START_TEST(test_ensemble_run_edges_equal_dense_when_strong_pairs_are_edges)
{
	igraph_t g;
	sn_ensemble_t d, s;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	igraph_integer_t n;

	ring_of_cliques(&g, 24, 5);
	n = igraph_vcount(&g);
	eo.runs = 20;
	eo.threshold = 0.9;
	sn_ensemble_init(&d);
	sn_ensemble_init(&s);
	eo.pairs = SN_CONSENSUS_DENSE;
	ck_assert_int_eq(sn_ensemble_run(&d, &g, NULL, NULL, &eo), SN_OK);
	eo.pairs = SN_CONSENSUS_EDGES;
	ck_assert_int_eq(sn_ensemble_run(&s, &g, NULL, NULL, &eo), SN_OK);
	ck_assert(d.dense && !s.dense);
	/* The premise, from the dense D of the input runs. */
	for (igraph_integer_t i = 0; i < n; i++)
		for (igraph_integer_t j = i + 1; j < n; j++)
			if (MATRIX(d.coassignment, i, j) >= eo.threshold)
				ck_assert_msg(adjacent(&g, i, j), "pair %d-%d", (int)i, (int)j);
	ck_assert_int_ge(d.iterations, 1);
	ck_assert(igraph_matrix_int_all_e(&d.memberships, &s.memberships));
	ck_assert(igraph_vector_int_all_e(&d.consensus, &s.consensus));
	ck_assert(igraph_vector_all_e(&d.stability, &s.stability));
	ck_assert(igraph_vector_all_e(&d.edge_coassignment, &s.edge_coassignment));
	for (igraph_integer_t k = 0; k < igraph_ecount(&g); k++)
		ck_assert_double_eq(VECTOR(s.edge_coassignment)[k],
				    MATRIX(d.coassignment, IGRAPH_FROM(&g, k), IGRAPH_TO(&g, k)));
	ck_assert_int_eq(d.iterations, s.iterations);
	ck_assert(d.converged == s.converged);
	ck_assert_int_eq(d.runs_at_bound, s.runs_at_bound);
	ck_assert_int_eq(d.communities, s.communities);
	ck_assert_double_eq(d.consensus_modularity, s.consensus_modularity);
	ck_assert_double_eq(d.nmi_mean, s.nmi_mean);
	ck_assert_double_eq(d.nmi_min, s.nmi_min);
	ck_assert_double_eq(d.vi_mean, s.vi_mean);
	ck_assert_double_eq(d.vi_max, s.vi_max);
	sn_ensemble_destroy(&s);
	sn_ensemble_destroy(&d);
	igraph_destroy(&g);
}
END_TEST

/*
 * A loop and a repeated edge: each pair is scored once, the loop's share
 * is 1, and the consensus is still the oracle's.
 */
START_TEST(test_ensemble_run_edges_loops_and_repeated_edges_count_once)
{
	igraph_t g;
	sn_communities_options_t o = SN_COMMUNITIES_OPTIONS_INIT;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	sn_ensemble_t e;

	ck_assert_int_eq(igraph_famous(&g, "Zachary"), IGRAPH_SUCCESS);
	ck_assert_int_eq(igraph_add_edge(&g, 0, 1), IGRAPH_SUCCESS);
	ck_assert_int_eq(igraph_add_edge(&g, 5, 5), IGRAPH_SUCCESS);
	o.algorithm = SN_COMMUNITY_LOUVAIN;
	o.seed = 42;
	eo.runs = 30;
	eo.pairs = SN_CONSENSUS_EDGES;
	check_against_oracle(&g, &o, &eo, true);
	sn_ensemble_init(&e);
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, &o, &eo), SN_OK);
	ck_assert_double_eq(VECTOR(e.edge_coassignment)[igraph_ecount(&g) - 1], 1.0);
	sn_ensemble_destroy(&e);
	igraph_destroy(&g);
}
END_TEST

/*
 * 6000 vertices, above the old dense limit of 5000: the default takes the
 * edges and succeeds; the dense variant is refused.  A ring of 1200
 * five-cliques; the definitions are checked on the result.
 */
START_TEST(test_ensemble_run_above_dense_limit_uses_edges)
{
	igraph_t g;
	sn_ensemble_t e;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	igraph_integer_t n;

	ring_of_cliques(&g, 1200, 5);
	n = igraph_vcount(&g);
	ck_assert_int_eq(n, 6000);
	eo.runs = 5;
	sn_ensemble_init(&e);
	eo.pairs = SN_CONSENSUS_DENSE;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_ELIMIT);
	eo.pairs = SN_CONSENSUS_AUTO;
	ck_assert_int_eq(sn_ensemble_run(&e, &g, NULL, NULL, &eo), SN_OK);
	ck_assert(!e.dense);
	ck_assert_int_eq(igraph_matrix_nrow(&e.coassignment), 0);
	ck_assert_int_eq(igraph_vector_int_size(&e.consensus), n);
	ck_assert_int_ge(e.communities, 1);
	ck_assert_int_eq(igraph_vector_int_max(&e.consensus) + 1, e.communities);
	/* A consensus of whole cliques: the members of a clique always stay together. */
	for (igraph_integer_t v = 0; v < n; v++)
		ck_assert_int_eq(VECTOR(e.consensus)[v], VECTOR(e.consensus)[v - v % 5]);
	check_stability(&e);
	check_edge_coassignment(&e, &g);
	sn_ensemble_destroy(&e);
	igraph_destroy(&g);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ensemble-edges");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 300);   /* a hang guard only */
	tcase_add_test(tc, test_ensemble_run_edges_karate_louvain_matches_oracle);
	tcase_add_test(tc, test_ensemble_run_edges_unconverged_picks_best_run_as_oracle);
	tcase_add_test(tc, test_ensemble_run_edges_louvain_cpm_rounds_use_modularity);
	tcase_add_test(tc, test_ensemble_run_edges_high_threshold_fallback_matches_oracle);
	tcase_add_test(tc, test_ensemble_run_edges_equal_dense_when_strong_pairs_are_edges);
	tcase_add_test(tc, test_ensemble_run_edges_loops_and_repeated_edges_count_once);
	tcase_add_test(tc, test_ensemble_run_above_dense_limit_uses_edges);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
