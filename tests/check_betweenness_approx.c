/*
 * Sampled betweenness (sn_betweenness_approx, issue 24) on graphs whose
 * weighted shortest paths are many, tied and long: every vertex's error
 * against exact Brandes betweenness (sn_betweenness_fast, itself checked
 * against igraph in check_fastpaths) and, on a small lattice, against
 * values python-igraph computed; the weighted vertex-diameter bound against
 * a brute-force vertex diameter; a 5 000-actor generated network (count
 * projection, lengths 1/weight as betweenness_w), weighted and unweighted,
 * every actor within the Riondato-Kornaropoulos bound at eps = 0.01.
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <check.h>
#include <igraph.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/fast.h"
#include "samnet/generate.h"
#include "samnet/network.h"

#include "test_graph.h"


#define DELTA 0.1

/* Largest |approx - ref| on the normalised scale b / (n(n-1)/2). */
static double worst_error(const igraph_vector_t *approx, const igraph_vector_t *ref)
{
	double n = (double)igraph_vector_size(ref), worst = 0;

	ck_assert_int_eq(igraph_vector_size(approx), igraph_vector_size(ref));
	for (igraph_integer_t v = 0; v < igraph_vector_size(ref); v++)
		worst = fmax(worst, fabs(VECTOR(*approx)[v] - VECTOR(*ref)[v]) / (n * (n - 1) / 2));
	return worst;
}

/* The error of the estimate at eps (2 threads, seed) against exact Brandes. */
static double error_vs_exact(const igraph_t *g, const igraph_vector_t *len, double eps,
			     uint64_t seed)
{
	igraph_vector_t exact, approx;
	double worst;

	igraph_vector_init(&exact, 0);
	igraph_vector_init(&approx, 0);
	ck_assert_int_eq(sn_betweenness_fast(&exact, g, len, 2), SN_OK);
	ck_assert_int_eq(sn_betweenness_approx(&approx, NULL, g, len, eps, DELTA, seed, 2), SN_OK);
	worst = worst_error(&approx, &exact);
	igraph_vector_destroy(&exact);
	igraph_vector_destroy(&approx);
	return worst;
}

/* The Riondato-Kornaropoulos sample size for floor(log2(VD - 2)) = lg. */
static int64_t rk_samples(int lg, double eps)
{
	return (int64_t)ceil(0.5 / (eps * eps) * (lg + 1 + log(1 / DELTA)));
}

/* The lg that the library's sample count r stands for (-1: none). */
static int lg_of_samples(int64_t r, double eps)
{
	for (int lg = 0; lg < 64; lg++)
		if (rk_samples(lg, eps) == r)
			return lg;
	return -1;
}

/*
 * Brute force: the most vertices on any shortest path (integer lengths, so
 * ties are exact), by O(n^2) Dijkstra from every source and the longest
 * hop count over the shortest-path DAG.
 */
static int64_t vertex_diameter_brute(const igraph_t *g, const igraph_vector_t *len)
{
	igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
	double *dist = malloc((size_t)n * sizeof *dist);
	int64_t *hops = malloc((size_t)n * sizeof *hops), best = 1;
	char *done = malloc((size_t)n);

	for (igraph_integer_t s = 0; s < n; s++) {
		for (igraph_integer_t v = 0; v < n; v++) {
			dist[v] = INFINITY;
			hops[v] = 0;
			done[v] = 0;
		}
		dist[s] = 0;
		for (;;) {
			igraph_integer_t x = -1;

			for (igraph_integer_t v = 0; v < n; v++)
				if (!done[v] && isfinite(dist[v]) && (x < 0 || dist[v] < dist[x]))
					x = v;
			if (x < 0)
				break;
			done[x] = 1;
			/* x is final: its hop count is the longest over tied predecessors, all done. */
			for (igraph_integer_t e = 0; e < m; e++) {
				igraph_integer_t a = IGRAPH_FROM(g, e), b = IGRAPH_TO(g, e), p;

				if (a != x && b != x)
					continue;
				p = a == x ? b : a;
				if (done[p] && p != x && dist[p] + VECTOR(*len)[e] == dist[x] &&
				    hops[p] + 1 > hops[x])
					hops[x] = hops[p] + 1;
				if (!done[p] && dist[x] + VECTOR(*len)[e] < dist[p])
					dist[p] = dist[x] + VECTOR(*len)[e];
			}
			if (hops[x] + 1 > best)
				best = hops[x] + 1;
		}
	}
	free(dist);
	free(hops);
	free(done);
	return best;
}

/* A seeded G(n, m) graph (igraph's RNG restored) with integer lengths 1..maxlen. */
static void random_graph(igraph_t *g, igraph_vector_t *len, igraph_integer_t n,
			 igraph_integer_t m, int maxlen, unsigned long seed)
{
	igraph_rng_t rng, *saved = igraph_rng_default(), keep = *saved;

	igraph_rng_init(&rng, &igraph_rngtype_pcg32);
	igraph_rng_seed(&rng, seed);
	igraph_rng_set_default(&rng);
	ck_assert_int_eq(igraph_erdos_renyi_game_gnm(g, n, m, IGRAPH_UNDIRECTED, IGRAPH_NO_LOOPS),
			 IGRAPH_SUCCESS);
	igraph_vector_init(len, m);
	for (igraph_integer_t e = 0; e < m; e++)
		VECTOR(*len)[e] = (double)RNG_INTEGER(1, maxlen);
	*saved = keep;
	igraph_rng_set_default(saved);
	igraph_rng_destroy(&rng);
}

/* The 7 x 6 lattice of python-igraph's Graph.Lattice([7, 6], circular=False), lengths 1 + (e mod 2). */
static void lattice(igraph_t *g, igraph_vector_t *len)
{
	igraph_vector_int_t dims;

	igraph_vector_int_init_int(&dims, 2, 7, 6);
	ck_assert_int_eq(igraph_square_lattice(g, &dims, 1, false, false, NULL), IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&dims);
	igraph_vector_init(len, igraph_ecount(g));
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++)
		VECTOR(*len)[e] = 1 + (double)(e % 2);
}

START_TEST(test_lattice_within_eps_of_python_igraph)
{
	/*
	 * python-igraph 0.10: g = ig.Graph.Lattice([7, 6], circular=False);
	 * w = [1 + e % 2 for e in range(g.ecount())]; g.betweenness(weights=w)
	 * and g.betweenness().  Many tied weighted paths of up to 11 hops.
	 */
	static const double weighted[42] = {
		10.969047619047618, 48.325416807384883, 69.817606382978738, 76.57676713947987,
		68.689010187999529, 44.919613306315419, 11.935714285714285, 16.77507936507936,
		28.625139029607119, 34.817427670831933, 36.56725599459643, 34.364306540583144,
		43.295059050484589, 21.216100979398846, 71.803650793650789, 159.40130537508205,
		214.12699109991658, 231.88817890738105, 212.72336086096715, 157.48583061146888,
		59.362875205960307, 25.282380952380951, 41.900710136986739, 52.660904119521149,
		55.172980557661411, 51.406485567230227, 52.464891605636289, 30.379246502118846,
		58.784761904761901, 122.38647940711768, 173.98373430745767, 185.57529050539688,
		166.2695321699577, 125.90868152336238, 50.36878991772609, 0,
		8.5500000000000007, 18.412647577009281, 17.071031746031746, 14.199999999999999,
		6.5178571428571423, 7.0178571428571423,
	};
	static const double unweighted[42] = {
		3.3696248196248195, 29.448917748917751, 42.577705627705612, 46.607503607503595,
		42.577705627705612, 29.448917748917751, 3.3696248196248195, 26.466125541125539,
		77.303246753246697, 106.65854978354977, 116.27748917748914, 106.65854978354979,
		77.303246753246725, 26.466125541125542, 35.914249639249633, 99.747835497835482,
		138.68041125541126, 151.78167388167387, 138.68041125541126, 99.747835497835496,
		35.914249639249633, 35.91424963924964, 99.747835497835467, 138.68041125541123,
		151.78167388167387, 138.68041125541126, 99.747835497835482, 35.91424963924964,
		26.466125541125539, 77.303246753246754, 106.65854978354977, 116.27748917748914,
		106.6585497835498, 77.303246753246739, 26.466125541125542, 3.3696248196248195,
		29.448917748917751, 42.577705627705626, 46.607503607503595, 42.577705627705626,
		29.448917748917747, 3.3696248196248195,
	};
	igraph_t g;
	igraph_vector_t len, ref, approx, exact;

	lattice(&g, &len);
	ck_assert_int_eq(igraph_vcount(&g), 42);
	ck_assert_int_eq(igraph_ecount(&g), 71);
	igraph_vector_init(&approx, 0);
	igraph_vector_init(&exact, 0);
	for (int weighted_run = 0; weighted_run < 2; weighted_run++) {
		const igraph_vector_t *w = weighted_run ? &len : NULL;

		igraph_vector_view(&ref, weighted_run ? weighted : unweighted, 42);
		/* The exact path agrees with python-igraph, so it is a fair oracle below. */
		ck_assert_int_eq(sn_betweenness_fast(&exact, &g, w, 2), SN_OK);
		ck_assert_double_le(worst_error(&exact, &ref), 1e-12);
		for (uint64_t seed = 1; seed <= 3; seed++) {
			ck_assert_int_eq(sn_betweenness_approx(&approx, NULL, &g, w, 0.01, DELTA, seed, 2),
					 SN_OK);
			ck_assert_double_le(worst_error(&approx, &ref), 0.01);
		}
	}
	igraph_vector_destroy(&approx);
	igraph_vector_destroy(&exact);
	igraph_vector_destroy(&len);
	igraph_destroy(&g);
}
END_TEST

/*
 * Ties between paths of different hop counts (lengths 1..4: 1 + 3 = 2 + 2 =
 * 4), so that the two searches meet at different depths on tied paths.
 */
START_TEST(test_random_graphs_with_mixed_hop_ties_within_eps)
{
	static const struct { int n, m, maxlen; } cases[] = {
		{ 60, 90, 4 }, { 120, 240, 2 }, { 200, 600, 4 }, { 300, 450, 3 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		igraph_t g;
		igraph_vector_t len;

		random_graph(&g, &len, cases[i].n, cases[i].m, cases[i].maxlen, 100 + i);
		ck_assert_double_le(error_vs_exact(&g, &len, 0.01, 5 + i), 0.01);
		ck_assert_double_le(error_vs_exact(&g, NULL, 0.01, 5 + i), 0.01);
		igraph_vector_destroy(&len);
		igraph_destroy(&g);
	}
}
END_TEST

/*
 * Long paths with many ties: a 2 x 60 ladder (all lengths 1: a pair on
 * opposite rails k rungs apart has k + 1 shortest paths), a 100-cycle (antipodal pairs
 * have two paths of 50 hops) and the ladder with rungs of length 2.
 */
START_TEST(test_ladder_and_cycle_many_hops_within_eps)
{
	igraph_vector_int_t dims;
	igraph_t g;
	igraph_vector_t len;

	igraph_vector_int_init_int(&dims, 2, 2, 60);
	ck_assert_int_eq(igraph_square_lattice(&g, &dims, 1, false, false, NULL), IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&dims);
	igraph_vector_init(&len, igraph_ecount(&g));
	igraph_vector_fill(&len, 1);
	ck_assert_double_le(error_vs_exact(&g, &len, 0.01, 11), 0.01);
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++)
		if (IGRAPH_TO(&g, e) - IGRAPH_FROM(&g, e) == 1)
			VECTOR(len)[e] = 2;   /* the rungs */
	ck_assert_double_le(error_vs_exact(&g, &len, 0.01, 12), 0.01);
	igraph_vector_destroy(&len);
	igraph_destroy(&g);

	igraph_ring(&g, 100, false, false, true);
	igraph_vector_init(&len, 100);
	igraph_vector_fill(&len, 3);
	ck_assert_double_le(error_vs_exact(&g, &len, 0.01, 13), 0.01);
	igraph_vector_destroy(&len);
	igraph_destroy(&g);
}
END_TEST

/*
 * A biased sampler fails here: vertices 0 and 2 are joined by one path of
 * two edges of length 3 (through vertex 1) and by a chain of three unit
 * diamonds (0 {3,4} 5 {6,7} 8 {9,10} 2), eight paths of 6 hops and the
 * same length 6; a unit tail 11..22 after 2 puts the middle of the paths
 * from 0 into the tail, so that the walks back from there pass 2, whose
 * predecessors 1, 9 and 10 carry 1, 4 and 4 paths.  Vertex 1 carries a
 * ninth of the paths from 0 to 2 and to the tail; a sampler that chose
 * the meeting edge or a predecessor without the path counts would give it
 * far more.  The graph is small, so eps = 0.002 (about a million samples)
 * stays cheap and resolves such a bias.
 */
START_TEST(test_unequal_routes_sampled_by_path_count)
{
	static const igraph_integer_t edges[] = {
		0, 1, 1, 2,
		0, 3, 0, 4, 3, 5, 4, 5, 5, 6, 5, 7, 6, 8, 7, 8, 8, 9, 8, 10, 9, 2, 10, 2,
		2, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16,
		16, 17, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22,
	};
	static const double lens[] = {
		3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	};
	igraph_vector_int_t ev;
	igraph_vector_t len, exact;
	igraph_t g;

	igraph_vector_int_init_array(&ev, edges, sizeof edges / sizeof edges[0]);
	ck_assert_int_eq(igraph_create(&g, &ev, 23, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
	igraph_vector_int_destroy(&ev);
	igraph_vector_view(&len, lens, sizeof lens / sizeof lens[0]);
	/* By hand: vertex 1 lies on a ninth of the paths of the 13 pairs (0, 2 or the tail). */
	igraph_vector_init(&exact, 0);
	ck_assert_int_eq(sn_betweenness_fast(&exact, &g, &len, 1), SN_OK);
	ck_assert_double_eq_tol(VECTOR(exact)[1], 13.0 / 9, 1e-12);
	ck_assert_double_le(error_vs_exact(&g, &len, 0.002, 21), 0.002);
	ck_assert_double_le(error_vs_exact(&g, &len, 0.002, 22), 0.002);
	igraph_vector_destroy(&exact);
	igraph_destroy(&g);
}
END_TEST

/* The weighted bound never falls below the true vertex diameter (brute force). */
START_TEST(test_weighted_vertex_diameter_bound_is_valid)
{
	static const struct { int n, m, maxlen; } cases[] = {
		{ 40, 45, 1 }, { 60, 80, 5 }, { 80, 200, 3 }, { 100, 130, 9 }, { 150, 160, 2 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		igraph_t g;
		igraph_vector_t len, out;
		int64_t r = 0, vd;
		int lg, truth;

		random_graph(&g, &len, cases[i].n, cases[i].m, cases[i].maxlen, 300 + i);
		igraph_vector_init(&out, 0);
		ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, &len, 0.05, DELTA, 1, 1), SN_OK);
		lg = lg_of_samples(r, 0.05);
		vd = vertex_diameter_brute(&g, &len);
		truth = vd > 2 ? (int)floor(log2((double)(vd - 2))) : 0;
		ck_assert_int_ge(lg, 0);
		ck_assert_msg(lg >= truth, "case %zu: bound lg %d below the true %d (VD %lld)", i, lg,
			      truth, (long long)vd);
		igraph_vector_destroy(&out);
		igraph_vector_destroy(&len);
		igraph_destroy(&g);
	}
}
END_TEST

/*
 * The bound is far below the component size when lengths vary little: a
 * connected G(2000, 12000) with lengths 1 or 2 (ecc about 6 weighted, so at
 * most ~2 * 2 * 6 = 24 hops: lg <= 4) where the component-size bound gave
 * floor(log2(1998)) = 10.
 */
START_TEST(test_weighted_vertex_diameter_bound_is_tight_on_small_worlds)
{
	igraph_t g;
	igraph_vector_t len, out;
	int64_t r = 0;
	igraph_bool_t connected;

	random_graph(&g, &len, 2000, 12000, 2, 7);
	igraph_is_connected(&g, &connected, IGRAPH_WEAK);
	ck_assert(connected);
	igraph_vector_init(&out, 0);
	ck_assert_int_eq(sn_betweenness_approx(&out, &r, &g, &len, 0.05, DELTA, 1, 2), SN_OK);
	ck_assert_int_le(lg_of_samples(r, 0.05), 4);
	ck_assert_int_ge(lg_of_samples(r, 0.05), 0);
	igraph_vector_destroy(&out);
	igraph_vector_destroy(&len);
	igraph_destroy(&g);
}
END_TEST

/*
 * A generated network of 5 000 actors (samnet generate -n 5000 -m 10000
 * --seed 3), count projection: every actor's sampled betweenness at eps =
 * 0.01 within eps of the exact value, unweighted and with lengths 1/weight
 * (betweenness_w).
 */
START_TEST(test_generated_5k_every_actor_within_eps)
{
	char dir[] = "/tmp/sn-approx24-XXXXXX", path[4096];
	sn_generate_params_t p;
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;
	sn_network_t net;
	sn_projection_t proj;
	igraph_vector_t len;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	sn_generate_params_init(&p);
	p.nactors = 5000;
	p.nprojects = 10000;
	p.seed = 3;
	ck_assert_int_eq(sn_generate(dir, &p), SN_OK);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, dir, NULL, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&net);
	sn_projection_init(&proj);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&proj, &net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
	ck_assert_int_gt(igraph_vcount(test_graph(&proj)), 4900);   /* actors without projects drop out */
	igraph_vector_init(&len, igraph_ecount(test_graph(&proj)));
	for (igraph_integer_t e = 0; e < igraph_ecount(test_graph(&proj)); e++)
		VECTOR(len)[e] = 1 / VECTOR(*test_weights(&proj))[e];
	ck_assert_double_le(error_vs_exact(test_graph(&proj), NULL, 0.01, 1), 0.01);
	ck_assert_double_le(error_vs_exact(test_graph(&proj), &len, 0.01, 1), 0.01);
	igraph_vector_destroy(&len);
	sn_projection_destroy(&proj);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	for (size_t i = 0; i < SN_GENERATE_NFILES; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, sn_generate_file_name(i));
		unlink(path);
	}
	rmdir(dir);
}
END_TEST

static Suite *approx_suite(void)
{
	Suite *s = suite_create("betweenness_approx");
	TCase *tc = tcase_create("core");

	/* Hang guards only: the core cases take seconds of CPU, the generated one about 30. */
	tcase_set_timeout(tc, 900);
	tcase_add_test(tc, test_lattice_within_eps_of_python_igraph);
	tcase_add_test(tc, test_random_graphs_with_mixed_hop_ties_within_eps);
	tcase_add_test(tc, test_ladder_and_cycle_many_hops_within_eps);
	tcase_add_test(tc, test_unequal_routes_sampled_by_path_count);
	tcase_add_test(tc, test_weighted_vertex_diameter_bound_is_valid);
	tcase_add_test(tc, test_weighted_vertex_diameter_bound_is_tight_on_small_worlds);
	suite_add_tcase(s, tc);
	/* The slow one on its own: CK_RUN_CASE=core runs the rest. */
	tc = tcase_create("generated");
	tcase_set_timeout(tc, 1800);
	tcase_add_test(tc, test_generated_5k_every_actor_within_eps);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(approx_suite());
	int failed;

	sn_setup();
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
