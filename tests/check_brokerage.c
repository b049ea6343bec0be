/*
 * Tests for Gould–Fernandez brokerage (samnet/brokerage.h).  Raw counts
 * are worked by hand on small graphs and checked against a brute-force
 * triple loop over an adjacency matrix; the null-model moments are checked
 * against exact enumeration of all 2^20 digraphs on five vertices with each
 * arc present independently with probability d (the Bernoulli null model of
 * sna::brokerage), and, for undirected graphs, of all 2^15 graphs on six
 * vertices with each tie present with probability d: an oracle independent
 * of the closed formulas.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <gsl/gsl_rng.h>

#include "samnet/brokerage.h"

#define R SN_BROKER_ROLE_COUNT

/* Directed 2-paths, one per role, plus a transitive triad with no broker. */
static void role_paths(igraph_t *g, igraph_vector_int_t *groups, igraph_bool_t directed)
{
	/* Groups: A = 0, B = 1, C = 2. */
	static const int grp[18] = { 0, 0, 0,  0, 1, 0,  0, 0, 1,  0, 1, 1,  0, 1, 2,  0, 1, 2 };

	igraph_small(g, 18, directed, 0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 7, 8, 9, 10, 10, 11,
		     12, 13, 13, 14, 15, 16, 16, 17, 15, 17, -1);
	igraph_vector_int_init(groups, 18);
	for (int v = 0; v < 18; v++)
		VECTOR(*groups)[v] = grp[v];
}

static void assert_raw(const sn_brokerage_t *b, int v, const double want[R])
{
	for (int r = 0; r < R; r++)
		ck_assert_msg(SN_BROKERAGE_AT(b->raw, v, r) == want[r], "vertex %d %s: %g, want %g", v,
			      sn_broker_role_name((sn_broker_role_t)r), SN_BROKERAGE_AT(b->raw, v, r),
			      want[r]);
}

START_TEST(test_brokerage_compute_directed_paths_give_one_role_each)
{
	igraph_t g;
	igraph_vector_int_t groups;
	sn_brokerage_t b;
	/* Columns: coordinator, itinerant, representative, gatekeeper, liaison, total. */
	static const double none[R] = { 0 };
	static const double coord[R] = { 1, 0, 0, 0, 0, 1 }, itin[R] = { 0, 1, 0, 0, 0, 1 };
	static const double rep[R] = { 0, 0, 1, 0, 0, 1 }, gate[R] = { 0, 0, 0, 1, 0, 1 };
	static const double liais[R] = { 0, 0, 0, 0, 1, 1 };

	role_paths(&g, &groups, IGRAPH_DIRECTED);
	sn_brokerage_init(&b);
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
	ck_assert_uint_eq(b.n, 18);
	/* A->A->A at 1, A->B->A at 4, A->A->B at 7, A->B->B at 10, A->B->C at 13. */
	assert_raw(&b, 1, coord);
	assert_raw(&b, 4, itin);
	assert_raw(&b, 7, rep);
	assert_raw(&b, 10, gate);
	assert_raw(&b, 13, liais);
	/* 15->16->17 is closed by 15->17: no brokerage; ends of paths broker nothing. */
	assert_raw(&b, 16, none);
	assert_raw(&b, 0, none);
	assert_raw(&b, 17, none);
	/* 13 arcs among 18 x 17 ordered pairs. */
	ck_assert_double_eq_tol(b.density, 13.0 / (18 * 17), 1e-15);
	for (int r = 0; r < SN_BROKER_TOTAL; r++)
		ck_assert_double_eq(b.global_raw[r], 1);
	ck_assert_double_eq(b.global_raw[SN_BROKER_TOTAL], 5);
	sn_brokerage_destroy(&b);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_brokerage_compute_undirected_counts_both_directions)
{
	igraph_t g;
	igraph_vector_int_t groups;
	sn_brokerage_t b;
	/* Each open path i - j - k is read i->j->k and k->j->i. */
	static const double coord[R] = { 2, 0, 0, 0, 0, 2 }, itin[R] = { 0, 2, 0, 0, 0, 2 };
	static const double repgate[R] = { 0, 0, 1, 1, 0, 2 }, liais[R] = { 0, 0, 0, 0, 2, 2 };
	static const double none[R] = { 0 };

	role_paths(&g, &groups, IGRAPH_UNDIRECTED);
	sn_brokerage_init(&b);
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
	assert_raw(&b, 1, coord);
	assert_raw(&b, 4, itin);
	assert_raw(&b, 7, repgate);   /* 6->7->8 A,A,B representative; 8->7->6 B,A,A gatekeeper */
	assert_raw(&b, 10, repgate);  /* 9->10->11 A,B,B gatekeeper; 11->10->9 B,B,A representative */
	assert_raw(&b, 13, liais);
	assert_raw(&b, 16, none);     /* the triangle 15-16-17 is closed every way */
	ck_assert_double_eq_tol(b.density, 26.0 / (18 * 17), 1e-15);
	sn_brokerage_destroy(&b);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

/* ---- Oracle: exact moments by enumerating every digraph on five vertices. */

#define ON 5
#define OPAIRS (ON * (ON - 1))
#define MV 6  /* the largest oracle graph */

/* Brute-force role counts of broker j over all ordered (i, k), adjacency a[i][j], n vertices. */
static void oracle_counts(int a[MV][MV], int n, const int *grp, double out[MV][R])
{
	memset(out, 0, sizeof(double) * MV * R);
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++)
			for (int k = 0; k < n; k++) {
				if (i == j || j == k || i == k || !a[i][j] || !a[j][k] || a[i][k])
					continue;
				int r;
				if (grp[i] == grp[j] && grp[j] == grp[k])
					r = SN_BROKER_COORDINATOR;
				else if (grp[i] == grp[k] && grp[j] != grp[i])
					r = SN_BROKER_ITINERANT;
				else if (grp[i] == grp[j])
					r = SN_BROKER_REPRESENTATIVE;
				else if (grp[j] == grp[k])
					r = SN_BROKER_GATEKEEPER;
				else
					r = SN_BROKER_LIAISON;
				out[j][r] += 1;
				out[j][SN_BROKER_TOTAL] += 1;
			}
}

static void decode(unsigned long bits, int a[MV][MV], igraph_vector_int_t *edges)
{
	int t = 0;

	igraph_vector_int_clear(edges);
	for (int i = 0; i < ON; i++)
		for (int j = 0; j < ON; j++) {
			a[i][j] = 0;
			if (i == j)
				continue;
			a[i][j] = (bits >> t++) & 1;
			if (a[i][j]) {
				igraph_vector_int_push_back(edges, i);
				igraph_vector_int_push_back(edges, j);
			}
		}
}

/* Adds the counts c of a graph of probability p to the first and second moments. */
static void accumulate(double mean[MV][R], double square[MV][R], double c[MV][R], int n, double p)
{
	for (int v = 0; v < n; v++)
		for (int r = 0; r < R; r++) {
			mean[v][r] += p * c[v][r];
			square[v][r] += p * c[v][r] * c[v][r];
		}
}

/* The library's moments and z-scores against the enumeration; c: the probe graph's counts. */
static void assert_moments(const sn_brokerage_t *b, double mean[MV][R], double square[MV][R],
			   double c[MV][R], int n)
{
	for (int v = 0; v < n; v++)
		for (int r = 0; r < R; r++) {
			double var = square[v][r] - mean[v][r] * mean[v][r];
			double sd = sqrt(var > 0 ? var : 0);
			ck_assert_double_eq(SN_BROKERAGE_AT(b->raw, v, r), c[v][r]);
			ck_assert_msg(fabs(SN_BROKERAGE_AT(b->expected, v, r) - mean[v][r]) < 1e-12,
				      "E vertex %d %s: %.15g, enumeration %.15g", v,
				      sn_broker_role_name((sn_broker_role_t)r),
				      SN_BROKERAGE_AT(b->expected, v, r), mean[v][r]);
			ck_assert_msg(fabs(SN_BROKERAGE_AT(b->sd, v, r) - sd) < 1e-9,
				      "sd vertex %d %s: %.15g, enumeration %.15g", v,
				      sn_broker_role_name((sn_broker_role_t)r),
				      SN_BROKERAGE_AT(b->sd, v, r), sd);
			if (sd > 0)
				ck_assert_double_eq_tol(SN_BROKERAGE_AT(b->z, v, r),
							(c[v][r] - mean[v][r]) / sd, 1e-9);
			else
				ck_assert(isnan(SN_BROKERAGE_AT(b->z, v, r)));
		}
}

static void check_against_enumeration(const int *grp, unsigned long probe)
{
	double mean[MV][R] = { { 0 } }, square[MV][R] = { { 0 } }, c[MV][R];
	const double d = 6.0 / OPAIRS;  /* the density of the `probe` graph, which has 6 arcs */
	int a[MV][MV];
	igraph_vector_int_t edges, groups;
	igraph_t g;
	sn_brokerage_t b;

	igraph_vector_int_init(&edges, 0);
	igraph_vector_int_init(&groups, ON);
	for (int v = 0; v < ON; v++)
		VECTOR(groups)[v] = grp[v];
	sn_brokerage_init(&b);
	for (unsigned long bits = 0; bits < (1ul << OPAIRS); bits++) {
		decode(bits, a, &edges);
		int arcs = (int)igraph_vector_int_size(&edges) / 2;
		double p = pow(d, arcs) * pow(1 - d, OPAIRS - arcs);
		oracle_counts(a, ON, grp, c);
		accumulate(mean, square, c, ON, p);
		/* Every 4099th graph: the library's raw counts must equal the brute force. */
		if (bits % 4099 == 0) {
			igraph_create(&g, &edges, ON, IGRAPH_DIRECTED);
			ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
			for (int v = 0; v < ON; v++)
				for (int r = 0; r < R; r++)
					ck_assert_double_eq(SN_BROKERAGE_AT(b.raw, v, r), c[v][r]);
			igraph_destroy(&g);
		}
	}
	decode(probe, a, &edges);
	ck_assert_int_eq(igraph_vector_int_size(&edges), 12);
	igraph_create(&g, &edges, ON, IGRAPH_DIRECTED);
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
	ck_assert_double_eq_tol(b.density, d, 1e-15);
	oracle_counts(a, ON, grp, c);
	assert_moments(&b, mean, square, c, ON);
	for (int r = 0; r < R; r++) {
		double sum = 0;
		for (int v = 0; v < ON; v++)
			sum += mean[v][r];
		ck_assert_double_eq_tol(b.global_expected[r], sum, 1e-10);
	}
	igraph_destroy(&g);
	sn_brokerage_destroy(&b);
	igraph_vector_int_destroy(&groups);
	igraph_vector_int_destroy(&edges);
}

START_TEST(test_brokerage_compute_moments_match_enumeration_four_and_one)
{
	static const int grp[ON] = { 0, 0, 0, 0, 1 };

	/* Probe: 6 arcs (bits 0..5 of the row-major off-diagonal order). */
	check_against_enumeration(grp, 0x3Ful);
}
END_TEST

START_TEST(test_brokerage_compute_moments_match_enumeration_three_groups)
{
	static const int grp[ON] = { 0, 1, 1, 0, 2 };

	check_against_enumeration(grp, 0x5A5ul & 0xFFFFFul);
}
END_TEST

/*
 * ---- Oracle for undirected graphs: every graph on six vertices, each of the
 * 15 ties present independently with probability d (the undirected
 * Bernoulli graph), counts read both ways as sna reads a symmetric matrix.
 */

#define UN 6
#define UPAIRS (UN * (UN - 1) / 2)

static void decode_undirected(unsigned long bits, int a[MV][MV], igraph_vector_int_t *edges)
{
	int t = 0;

	igraph_vector_int_clear(edges);
	memset(a, 0, sizeof(int) * MV * MV);
	for (int i = 0; i < UN; i++)
		for (int j = i + 1; j < UN; j++)
			if ((bits >> t++) & 1) {
				a[i][j] = a[j][i] = 1;
				igraph_vector_int_push_back(edges, i);
				igraph_vector_int_push_back(edges, j);
			}
}

static void check_undirected_against_enumeration(const int *grp, unsigned long probe)
{
	double mean[MV][R] = { { 0 } }, square[MV][R] = { { 0 } }, c[MV][R];
	int a[MV][MV];
	igraph_vector_int_t edges, groups;
	igraph_t g;
	sn_brokerage_t b;

	igraph_vector_int_init(&edges, 0);
	igraph_vector_int_init(&groups, UN);
	for (int v = 0; v < UN; v++)
		VECTOR(groups)[v] = grp[v];
	decode_undirected(probe, a, &edges);
	const double d = (double)igraph_vector_int_size(&edges) / 2 / UPAIRS;
	for (unsigned long bits = 0; bits < (1ul << UPAIRS); bits++) {
		decode_undirected(bits, a, &edges);
		int ties = (int)igraph_vector_int_size(&edges) / 2;
		double p = pow(d, ties) * pow(1 - d, UPAIRS - ties);
		oracle_counts(a, UN, grp, c);
		accumulate(mean, square, c, UN, p);
	}
	decode_undirected(probe, a, &edges);
	igraph_create(&g, &edges, UN, IGRAPH_UNDIRECTED);
	sn_brokerage_init(&b);
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
	ck_assert_double_eq_tol(b.density, d, 1e-15);
	oracle_counts(a, UN, grp, c);
	assert_moments(&b, mean, square, c, UN);
	igraph_destroy(&g);
	sn_brokerage_destroy(&b);
	igraph_vector_int_destroy(&groups);
	igraph_vector_int_destroy(&edges);
}

START_TEST(test_brokerage_compute_undirected_moments_match_enumeration_two_groups)
{
	static const int grp[UN] = { 0, 0, 0, 0, 1, 1 };

	/* Probe: 9 of the 15 ties. */
	check_undirected_against_enumeration(grp, 0x2B5Bul);
}
END_TEST

START_TEST(test_brokerage_compute_undirected_moments_match_enumeration_four_groups)
{
	static const int grp[UN] = { 0, 1, 1, 2, 0, 3 };

	check_undirected_against_enumeration(grp, 0x1C6Dul);
}
END_TEST

/* Vertex 0 alone: its itinerant pairs lie in a group of three, so pairs share vertices. */
START_TEST(test_brokerage_compute_undirected_moments_match_enumeration_group_of_three)
{
	static const int grp[UN] = { 0, 1, 1, 1, 2, 2 };

	check_undirected_against_enumeration(grp, 0x4D2Bul);
}
END_TEST

/*
 * Beyond enumeration: 14 vertices in groups of 5, 4, 3 and 2; 20000
 * undirected Bernoulli graphs of density 26/91 drawn with GSL's mt19937
 * (seed 17).  The library's moments at that density come from a graph with
 * 26 of the 91 ties.  With D = count - expectation, the sample mean of D
 * must lie within five standard errors (sd / sqrt N) of 0, and the sample
 * mean of D^2 within five standard errors (sqrt((mean D^4 - (mean D^2)^2)
 * / N), the counts are heavy-tailed) of the variance.  sna's directed
 * variances miss the coordinator's by half.
 */
#define SV 14
#define DRAWS 20000

static void draw_bernoulli(igraph_vector_int_t *edges, gsl_rng *rng, double d)
{
	igraph_vector_int_clear(edges);
	for (int i = 0; i < SV; i++)
		for (int j = i + 1; j < SV; j++)
			if (gsl_rng_uniform(rng) < d) {
				igraph_vector_int_push_back(edges, i);
				igraph_vector_int_push_back(edges, j);
			}
}

/* The first `ties` pairs (i, j) in order: a graph of that density. */
static void first_pairs(igraph_vector_int_t *edges, int ties)
{
	igraph_vector_int_clear(edges);
	for (int i = 0; i < SV; i++)
		for (int j = i + 1; j < SV && igraph_vector_int_size(edges) < 2 * ties; j++) {
			igraph_vector_int_push_back(edges, i);
			igraph_vector_int_push_back(edges, j);
		}
}

START_TEST(test_brokerage_compute_undirected_moments_match_simulation)
{
	static const int grp[SV] = { 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3 };
	static double d1[SV][R], d2[SV][R], d4[SV][R];
	const int ties = 26, pairs = SV * (SV - 1) / 2;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	igraph_vector_int_t edges, groups;
	sn_brokerage_t b, model;
	igraph_t g;

	gsl_rng_set(rng, 17);
	igraph_vector_int_init(&edges, 0);
	igraph_vector_int_init(&groups, SV);
	for (int v = 0; v < SV; v++)
		VECTOR(groups)[v] = grp[v];
	sn_brokerage_init(&b);
	sn_brokerage_init(&model);
	first_pairs(&edges, ties);
	igraph_create(&g, &edges, SV, IGRAPH_UNDIRECTED);
	ck_assert_int_eq(sn_brokerage_compute(&model, &g, &groups), SN_OK);
	ck_assert_double_eq_tol(model.density, (double)ties / pairs, 1e-15);
	igraph_destroy(&g);
	for (int t = 0; t < DRAWS; t++) {
		draw_bernoulli(&edges, rng, (double)ties / pairs);
		igraph_create(&g, &edges, SV, IGRAPH_UNDIRECTED);
		ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
		for (int v = 0; v < SV; v++)
			for (int r = 0; r < R; r++) {
				double x = SN_BROKERAGE_AT(b.raw, v, r) - SN_BROKERAGE_AT(model.expected, v, r);
				d1[v][r] += x / DRAWS;
				d2[v][r] += x * x / DRAWS;
				d4[v][r] += x * x * x * x / DRAWS;
			}
		igraph_destroy(&g);
	}
	for (int v = 0; v < SV; v++)
		for (int r = 0; r < R; r++) {
			double sd = SN_BROKERAGE_AT(model.sd, v, r);
			double se_var = sqrt((d4[v][r] - d2[v][r] * d2[v][r]) / DRAWS);
			ck_assert_msg(fabs(d1[v][r]) <= 5 * sd / sqrt(DRAWS), "vertex %d %s: mean off "
				      "by %g", v, sn_broker_role_name((sn_broker_role_t)r), d1[v][r]);
			ck_assert_msg(fabs(d2[v][r] - sd * sd) <= 5 * se_var, "vertex %d %s: variance "
				      "%g, formula %g, se %g", v, sn_broker_role_name((sn_broker_role_t)r),
				      d2[v][r], sd * sd, se_var);
		}
	sn_brokerage_destroy(&b);
	sn_brokerage_destroy(&model);
	igraph_vector_int_destroy(&groups);
	igraph_vector_int_destroy(&edges);
	gsl_rng_free(rng);
}
END_TEST

START_TEST(test_brokerage_compute_bad_groups_fail)
{
	igraph_t g;
	igraph_vector_int_t groups;
	sn_brokerage_t b;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_int_init(&groups, 2);
	sn_brokerage_init(&b);
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "2 group ids for 3 vertices"));
	ck_assert_ptr_null(b.raw);
	igraph_vector_int_resize(&groups, 3);
	VECTOR(groups)[0] = 0;
	VECTOR(groups)[1] = -1;
	VECTOR(groups)[2] = 0;
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "vertex 1 has no group"));
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, NULL), SN_EINVAL);
	sn_brokerage_destroy(&b);
	sn_brokerage_destroy(NULL);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_brokerage_compute_tiny_graphs_give_nan_moments)
{
	igraph_t g;
	igraph_vector_int_t groups;
	sn_brokerage_t b;

	igraph_empty(&g, 1, IGRAPH_UNDIRECTED);
	igraph_vector_int_init(&groups, 1);
	sn_brokerage_init(&b);
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
	ck_assert(isnan(b.density));
	ck_assert_double_eq(SN_BROKERAGE_AT(b.raw, 0, SN_BROKER_TOTAL), 0);
	ck_assert(isnan(SN_BROKERAGE_AT(b.z, 0, SN_BROKER_TOTAL)));
	/* Recomputing into a used struct frees the old contents first. */
	ck_assert_int_eq(sn_brokerage_compute(&b, &g, &groups), SN_OK);
	sn_brokerage_destroy(&b);
	igraph_vector_int_destroy(&groups);
	igraph_destroy(&g);
}
END_TEST

START_TEST(test_broker_role_name_all_roles_named)
{
	ck_assert_str_eq(sn_broker_role_name(SN_BROKER_COORDINATOR), "coordinator");
	ck_assert_str_eq(sn_broker_role_name(SN_BROKER_ITINERANT), "itinerant");
	ck_assert_str_eq(sn_broker_role_name(SN_BROKER_REPRESENTATIVE), "representative");
	ck_assert_str_eq(sn_broker_role_name(SN_BROKER_GATEKEEPER), "gatekeeper");
	ck_assert_str_eq(sn_broker_role_name(SN_BROKER_LIAISON), "liaison");
	ck_assert_str_eq(sn_broker_role_name(SN_BROKER_TOTAL), "total");
	ck_assert_str_eq(sn_broker_role_name(SN_BROKER_ROLE_COUNT), "unknown");
}
END_TEST

static Suite *brokerage_suite(void)
{
	Suite *s = suite_create("brokerage");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_brokerage_compute_directed_paths_give_one_role_each);
	tcase_add_test(tc, test_brokerage_compute_undirected_counts_both_directions);
	tcase_add_test(tc, test_brokerage_compute_moments_match_enumeration_four_and_one);
	tcase_add_test(tc, test_brokerage_compute_moments_match_enumeration_three_groups);
	tcase_add_test(tc, test_brokerage_compute_undirected_moments_match_enumeration_two_groups);
	tcase_add_test(tc, test_brokerage_compute_undirected_moments_match_enumeration_four_groups);
	tcase_add_test(tc, test_brokerage_compute_undirected_moments_match_enumeration_group_of_three);
	tcase_add_test(tc, test_brokerage_compute_undirected_moments_match_simulation);
	tcase_add_test(tc, test_brokerage_compute_bad_groups_fail);
	tcase_add_test(tc, test_brokerage_compute_tiny_graphs_give_nan_moments);
	tcase_add_test(tc, test_broker_role_name_all_roles_named);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(brokerage_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
