/* Tests for backbones: disparity filter, BiCM, Poisson-binomial, SDSM, FDSM. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <gsl/gsl_rng.h>

#include "samnet/backbone.h"

#define EPS 1e-12

/*
 * Hand-worked disparity example.  Edges (weight): 0-1 (3), 0-2 (1),
 * 0-3 (1), 1-2 (2), 3-4 (5).  Strengths and degrees: s0 = 5, k0 = 3;
 * s1 = 5, k1 = 2; s2 = 3, k2 = 2; s3 = 6, k3 = 2; s4 = 5, k4 = 1.
 * alpha = (1 - w/s)^(k-1):
 *   0-1: at 0 (1 - 3/5)^2 = 0.16,  at 1 (1 - 3/5) = 0.4
 *   0-2: at 0 (1 - 1/5)^2 = 0.64,  at 2 (1 - 1/3) = 2/3
 *   0-3: at 0 0.64,                at 3 (1 - 1/6) = 5/6
 *   1-2: at 1 (1 - 2/5) = 0.6,     at 2 (1 - 2/3) = 1/3
 *   3-4: at 3 (1 - 5/6) = 1/6,     at 4 degree 1: 1 (documented)
 */
START_TEST(test_disparity_alpha_hand_example_matches)
{
	static const double want[5][2] = { { 0.16, 0.4 }, { 0.64, 2.0 / 3 }, { 0.64, 5.0 / 6 },
					   { 0.6, 1.0 / 3 }, { 1.0 / 6, 1.0 } };
	static const int ends[5][2] = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 2 }, { 3, 4 } };
	igraph_t g;
	igraph_vector_t w, af, at;

	igraph_small(&g, 5, IGRAPH_UNDIRECTED, 0, 1, 0, 2, 0, 3, 1, 2, 3, 4, -1);
	igraph_vector_init_real(&w, 5, 3.0, 1.0, 1.0, 2.0, 5.0);
	igraph_vector_init(&af, 0);
	igraph_vector_init(&at, 0);
	ck_assert_int_eq(sn_disparity_alpha(&af, &at, &g, &w), SN_OK);
	for (int e = 0; e < 5; e++) {
		/* igraph may store an undirected edge either way round. */
		bool swapped = IGRAPH_FROM(&g, e) != ends[e][0];
		double a0 = swapped ? VECTOR(at)[e] : VECTOR(af)[e];
		double a1 = swapped ? VECTOR(af)[e] : VECTOR(at)[e];

		ck_assert_double_eq_tol(a0, want[e][0], EPS);
		ck_assert_double_eq_tol(a1, want[e][1], EPS);
	}
	igraph_destroy(&g);
	igraph_vector_destroy(&w);
	igraph_vector_destroy(&af);
	igraph_vector_destroy(&at);
}
END_TEST

START_TEST(test_disparity_alpha_bad_input_fails)
{
	igraph_t g, d;
	igraph_vector_t w, af, at;

	igraph_small(&g, 3, IGRAPH_UNDIRECTED, 0, 1, 1, 2, -1);
	igraph_small(&d, 3, IGRAPH_DIRECTED, 0, 1, 1, 2, -1);
	igraph_vector_init_real(&w, 2, 1.0, 0.0);
	igraph_vector_init(&af, 0);
	igraph_vector_init(&at, 0);
	ck_assert_int_eq(sn_disparity_alpha(&af, &at, &g, &w), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "tie 1 has weight 0; weights must be finite and > 0"));
	VECTOR(w)[1] = 1;
	ck_assert_int_eq(sn_disparity_alpha(&af, &at, &d, &w), SN_EINVAL);
	ck_assert_int_eq(sn_disparity_alpha(&af, &at, &g, NULL), SN_EINVAL);
	igraph_vector_resize(&w, 1);
	ck_assert_int_eq(sn_disparity_alpha(&af, &at, &g, &w), SN_EINVAL);
	igraph_destroy(&g);
	igraph_destroy(&d);
	igraph_vector_destroy(&w);
	igraph_vector_destroy(&af);
	igraph_vector_destroy(&at);
}
END_TEST

/* Brute force: sum over all 2^n outcomes of the product of probabilities. */
static double brute_upper(const double *q, size_t n, size_t s)
{
	double total = 0;

	for (unsigned long mask = 0; mask < (1ul << n); mask++) {
		double pr = 1;

		if ((size_t)__builtin_popcountl(mask) < s)
			continue;
		for (size_t k = 0; k < n; k++)
			pr *= (mask >> k) & 1 ? q[k] : 1 - q[k];
		total += pr;
	}
	return total;
}

START_TEST(test_poisson_binomial_upper_matches_brute_force)
{
	double q[12];
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);

	gsl_rng_set(rng, 11);
	for (int k = 0; k < 12; k++)
		q[k] = gsl_rng_uniform(rng);
	q[3] = 0;
	q[7] = 1;
	for (size_t s = 0; s <= 13; s++) {
		double got;

		ck_assert_int_eq(sn_poisson_binomial_upper(&got, q, 12, s), SN_OK);
		ck_assert_double_eq_tol(got, brute_upper(q, 12, s), 1e-13);
	}
	gsl_rng_free(rng);
}
END_TEST

START_TEST(test_poisson_binomial_upper_tiny_tail_keeps_digits)
{
	/* 20 trials of probability 0.01, all succeed: 1e-40 exactly. */
	double q[20], got;

	for (int k = 0; k < 20; k++)
		q[k] = 0.01;
	ck_assert_int_eq(sn_poisson_binomial_upper(&got, q, 20, 20), SN_OK);
	ck_assert_double_eq_tol(got / 1e-40, 1.0, 1e-9);
}
END_TEST

START_TEST(test_poisson_binomial_upper_bad_probability_fails)
{
	double q[2] = { 0.5, 1.5 }, got;

	ck_assert_int_eq(sn_poisson_binomial_upper(&got, q, 2, 1), SN_EINVAL);
	q[1] = NAN;
	ck_assert_int_eq(sn_poisson_binomial_upper(&got, q, 2, 1), SN_EINVAL);
}
END_TEST

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

/* Expected row and column sums of the fitted model against the observed degrees. */
static void assert_bicm_margins(const sn_bicm_t *m, const sn_incidence_t *inc, double tol)
{
	for (size_t i = 0; i < inc->nactors; i++) {
		double e = 0;

		for (size_t p = 0; p < inc->nprojects; p++)
			e += sn_bicm_probability(m, i, p);
		ck_assert_double_eq_tol(e, (double)(inc->start[i + 1] - inc->start[i]), tol);
	}
	for (size_t p = 0; p < inc->nprojects; p++) {
		double e = 0, d = 0;

		for (size_t i = 0; i < inc->nactors; i++)
			e += sn_bicm_probability(m, i, p);
		for (size_t k = 0; k < inc->nmemberships; k++)
			d += inc->proj[k] == p;
		ck_assert_double_eq_tol(e, d, tol);
	}
}

START_TEST(test_bicm_fit_reproduces_degree_sequences)
{
	sn_incidence_t inc;
	sn_bicm_t m;

	random_incidence(&inc, 40, 25, 0.15, 21);
	sn_bicm_init(&m);
	ck_assert_int_eq(sn_bicm_fit(&m, &inc, 0, 0), SN_OK);
	assert_bicm_margins(&m, &inc, 1e-8);
	ck_assert(m.residual <= 1e-10);
	sn_bicm_destroy(&m);
	sn_bicm_destroy(&m);
	sn_incidence_destroy(&inc);
}
END_TEST

START_TEST(test_bicm_fit_forced_margins_are_peeled)
{
	/*
	 * 5 actors x 4 projects: actor 0 in every project (full row), actor 4
	 * in none, project 3 only with actor 0 (so 0 left after peeling row 0).
	 */
	size_t a[] = { 0, 0, 0, 0, 1, 1, 2, 2, 3 }, p[] = { 0, 1, 2, 3, 0, 1, 1, 2, 0 };
	sn_incidence_t inc;
	sn_bicm_t m;

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 5, 4, a, p, 9), SN_OK);
	sn_bicm_init(&m);
	ck_assert_int_eq(sn_bicm_fit(&m, &inc, 0, 0), SN_OK);
	for (size_t q = 0; q < 4; q++) {
		ck_assert_double_eq(sn_bicm_probability(&m, 0, q), 1.0);
		ck_assert_double_eq(sn_bicm_probability(&m, 4, q), 0.0);
	}
	for (size_t i = 1; i < 4; i++)
		ck_assert_double_eq(sn_bicm_probability(&m, i, 3), 0.0);
	assert_bicm_margins(&m, &inc, 1e-8);
	sn_bicm_destroy(&m);
	sn_incidence_destroy(&inc);
}
END_TEST

START_TEST(test_bicm_fit_too_few_sweeps_fails)
{
	sn_incidence_t inc;
	sn_bicm_t m;

	random_incidence(&inc, 30, 20, 0.2, 4);
	sn_bicm_init(&m);
	ck_assert_int_eq(sn_bicm_fit(&m, &inc, 1e-14, 2), SN_ENUMERIC);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "no convergence"));
	sn_bicm_destroy(&m);
	sn_incidence_destroy(&inc);
}
END_TEST

/*
 * A planted network: 6 blocks of 3 actors; each block takes part, all
 * three together, in 12 projects of its own; 60 noise projects join 2
 * actors drawn at random (seeded).  Ties inside a block share >= 12
 * projects; ties between blocks come from noise only.
 */
static void planted(sn_incidence_t *inc)
{
	size_t a[6 * 12 * 3 + 60 * 2], p[6 * 12 * 3 + 60 * 2], n = 0, proj = 0;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);

	gsl_rng_set(rng, 2009);
	for (size_t b = 0; b < 6; b++)
		for (size_t k = 0; k < 12; k++, proj++)
			for (size_t i = 0; i < 3; i++) {
				a[n] = 3 * b + i;
				p[n++] = proj;
			}
	for (size_t k = 0; k < 60; k++, proj++) {
		size_t u = gsl_rng_uniform_int(rng, 18), v = gsl_rng_uniform_int(rng, 17);

		v += v >= u;
		a[n] = u;
		p[n++] = proj;
		a[n] = v;
		p[n++] = proj;
	}
	sn_incidence_init(inc);
	ck_assert_int_eq(sn_incidence_from_pairs(inc, 18, proj, a, p, n), SN_OK);
	gsl_rng_free(rng);
}

/* A generator as gsl_rng_alloc() gives it: mt19937 at GSL's default seed (0, read as 4357). */
static sn_rng_t *new_rng(void)
{
	sn_rng_t *r = NULL;

	ck_assert_int_eq(sn_rng_new(&r, 0), SN_OK);
	return r;
}

static void assert_planted_backbone(sn_backbone_options_t *o, sn_rng_t *rng)
{
	sn_incidence_t inc;
	sn_backbone_t bb;
	size_t within = 0;

	planted(&inc);
	sn_backbone_init(&bb);
	ck_assert_int_eq(sn_backbone_extract(&bb, &inc, o, rng), SN_OK);
	ck_assert(bb.built);
	ck_assert_int_eq(igraph_vcount(&bb.graph), 18);
	ck_assert_uint_gt(bb.tested, 18);
	for (igraph_integer_t e = 0; e < igraph_ecount(&bb.graph); e++) {
		igraph_integer_t u = IGRAPH_FROM(&bb.graph, e), v = IGRAPH_TO(&bb.graph, e);

		ck_assert_msg(u / 3 == v / 3, "%s kept noise tie %d-%d (p %g)",
			      sn_backbone_method_name(o->method), (int)u, (int)v, VECTOR(bb.p)[e]);
		ck_assert_double_ge(VECTOR(bb.shared)[e], 12);
		ck_assert(VECTOR(bb.p_adjusted)[e] < o->alpha);
		within++;
	}
	ck_assert_uint_eq(within, 18);   /* all 6 x 3 planted ties */
	sn_backbone_destroy(&bb);
	sn_backbone_destroy(&bb);
	sn_incidence_destroy(&inc);
}

START_TEST(test_backbone_extract_disparity_keeps_planted_ties_only)
{
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;

	/*
	 * Few ties per actor make the disparity filter conservative (alpha
	 * shrinks with the power k - 1), so the test uses alpha = 0.1.
	 */
	o.method = SN_BACKBONE_DISPARITY;
	o.alpha = 0.1;
	assert_planted_backbone(&o, NULL);
}
END_TEST

START_TEST(test_backbone_extract_sdsm_keeps_planted_ties_only)
{
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;

	o.method = SN_BACKBONE_SDSM;
	o.correction = SN_PADJUST_BH;
	assert_planted_backbone(&o, NULL);
}
END_TEST

START_TEST(test_backbone_extract_fdsm_keeps_planted_ties_only)
{
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;
	sn_rng_t *rng = new_rng();

	sn_rng_reseed(rng, 1);
	o.method = SN_BACKBONE_FDSM;
	o.samples = 300;
	assert_planted_backbone(&o, rng);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_backbone_extract_fdsm_same_seed_gives_same_p)
{
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;
	sn_incidence_t inc;
	sn_backbone_t b1, b2;
	sn_rng_t *rng = new_rng();

	random_incidence(&inc, 15, 20, 0.25, 8);
	o.method = SN_BACKBONE_FDSM;
	o.samples = 50;
	o.alpha = 1;   /* keep every tested tie, to compare all p-values */
	sn_backbone_init(&b1);
	sn_backbone_init(&b2);
	sn_rng_reseed(rng, 3);
	ck_assert_int_eq(sn_backbone_extract(&b1, &inc, &o, rng), SN_OK);
	sn_rng_reseed(rng, 3);
	ck_assert_int_eq(sn_backbone_extract(&b2, &inc, &o, rng), SN_OK);
	ck_assert_int_eq(igraph_ecount(&b1.graph), igraph_ecount(&b2.graph));
	ck_assert(igraph_vector_all_e(&b1.p, &b2.p));
	for (igraph_integer_t e = 0; e < igraph_ecount(&b1.graph); e++) {
		/* p = (1 + count) / 51 for an integer count in 0..50. */
		double c = VECTOR(b1.p)[e] * 51 - 1;

		ck_assert_double_eq_tol(c, round(c), 1e-9);
	}
	ck_assert_uint_eq(b1.family, 15 * 14 / 2);
	sn_backbone_destroy(&b1);
	sn_backbone_destroy(&b2);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_backbone_extract_sdsm_p_matches_poisson_binomial_by_hand)
{
	/*
	 * 3 actors x 2 projects, rows (1, 1, 1), cols (2, 1): by symmetry x equal, P_i0 = 2/3,
	 * P_i1 = 1/3; pair sharing project 0: p = P(S >= 1) =
	 * 1 - (1 - 4/9)(1 - 1/9) = 1 - 40/81 = 41/81.
	 */
	size_t a[] = { 0, 1, 2 }, p[] = { 0, 0, 1 };
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;
	sn_incidence_t inc;
	sn_backbone_t bb;

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 3, 2, a, p, 3), SN_OK);
	o.method = SN_BACKBONE_SDSM;
	o.alpha = 1;
	sn_backbone_init(&bb);
	ck_assert_int_eq(sn_backbone_extract(&bb, &inc, &o, NULL), SN_OK);
	ck_assert_int_eq(igraph_ecount(&bb.graph), 1);
	ck_assert_double_eq_tol(VECTOR(bb.p)[0], 41.0 / 81, 1e-9);
	ck_assert_double_eq(VECTOR(bb.shared)[0], 1);
	sn_backbone_destroy(&bb);
	sn_incidence_destroy(&inc);
}
END_TEST

START_TEST(test_backbone_extract_bad_options_fail)
{
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;
	sn_incidence_t inc;
	sn_backbone_t bb;
	sn_rng_t *rng = new_rng();

	random_incidence(&inc, 5, 5, 0.5, 1);
	sn_backbone_init(&bb);
	o.alpha = 0;
	ck_assert_int_eq(sn_backbone_extract(&bb, &inc, &o, NULL), SN_EINVAL);
	o.alpha = 1.5;
	ck_assert_int_eq(sn_backbone_extract(&bb, &inc, &o, NULL), SN_EINVAL);
	o.alpha = 0.05;
	o.method = SN_BACKBONE_FDSM;
	ck_assert_int_eq(sn_backbone_extract(&bb, &inc, &o, NULL), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "random"));
	o.samples = 0;
	ck_assert_int_eq(sn_backbone_extract(&bb, &inc, &o, rng), SN_EINVAL);
	o.method = SN_BACKBONE_SDSM;
	o.max_iter = 1;
	o.tol = 1e-15;
	ck_assert_int_eq(sn_backbone_extract(&bb, &inc, &o, NULL), SN_ENUMERIC);
	ck_assert(!bb.built);
	sn_backbone_destroy(&bb);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_backbone_method_parse_names_round_trip)
{
	sn_backbone_method_t m;

	for (int k = 0; k < 3; k++) {
		ck_assert_int_eq(sn_backbone_method_parse(sn_backbone_method_name(k), &m), SN_OK);
		ck_assert_int_eq(m, k);
	}
	ck_assert_str_eq(sn_backbone_method_name(SN_BACKBONE_SDSM), "sdsm");
	ck_assert_int_eq(sn_backbone_method_parse("noise", &m), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "noise"));
	ck_assert_int_eq(sn_backbone_method_parse(NULL, &m), SN_EINVAL);
}
END_TEST

static Suite *backbone_suite(void)
{
	Suite *s = suite_create("backbone");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_disparity_alpha_hand_example_matches);
	tcase_add_test(tc, test_disparity_alpha_bad_input_fails);
	tcase_add_test(tc, test_poisson_binomial_upper_matches_brute_force);
	tcase_add_test(tc, test_poisson_binomial_upper_tiny_tail_keeps_digits);
	tcase_add_test(tc, test_poisson_binomial_upper_bad_probability_fails);
	tcase_add_test(tc, test_bicm_fit_reproduces_degree_sequences);
	tcase_add_test(tc, test_bicm_fit_forced_margins_are_peeled);
	tcase_add_test(tc, test_bicm_fit_too_few_sweeps_fails);
	tcase_add_test(tc, test_backbone_extract_disparity_keeps_planted_ties_only);
	tcase_add_test(tc, test_backbone_extract_sdsm_keeps_planted_ties_only);
	tcase_add_test(tc, test_backbone_extract_fdsm_keeps_planted_ties_only);
	tcase_add_test(tc, test_backbone_extract_fdsm_same_seed_gives_same_p);
	tcase_add_test(tc, test_backbone_extract_sdsm_p_matches_poisson_binomial_by_hand);
	tcase_add_test(tc, test_backbone_extract_bad_options_fail);
	tcase_add_test(tc, test_backbone_method_parse_names_round_trip);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(backbone_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
