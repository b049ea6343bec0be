/* Tests for significance against the curveball null (samnet/significance.h). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include "samnet/significance.h"

#define EPS 1e-12

/*
 * The fixture: 6 actors, 5 projects P0 = {0,1,2}, P1 = {2,3},
 * P2 = {3,4,5}, P3 = {0,5}, P4 = {0,1}.  The peer values below come from
 * NetworkX 2.8.8 (Debian python3-networkx) on
 * G = bipartite.weighted_projected_graph(B, actors) (count weights),
 * relabelled to 0..5, with d['dist'] = 1 / d['weight'].
 */
static void fixture(sn_incidence_t *inc)
{
	size_t a[] = { 0, 1, 2, 2, 3, 3, 4, 5, 0, 5, 0, 1 };
	size_t p[] = { 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4 };

	sn_incidence_init(inc);
	ck_assert_int_eq(sn_incidence_from_pairs(inc, 6, 5, a, p, 12), SN_OK);
}

/* Builds the observed sample view of the fixture. */
typedef struct {
	sn_incidence_t inc;
	igraph_t g;
	igraph_vector_t shared, weight;
	sn_sample_t s;
} obs_t;

static void obs_init(obs_t *o, sn_weighting_t w)
{
	fixture(&o->inc);
	igraph_vector_init(&o->shared, 0);
	igraph_vector_init(&o->weight, 0);
	ck_assert_int_eq(sn_incidence_project(&o->g, &o->shared, &o->weight, &o->inc, w), SN_OK);
	o->s = (sn_sample_t){ &o->inc, &o->g, &o->shared, &o->weight, true };
}

static void obs_destroy(obs_t *o)
{
	igraph_destroy(&o->g);
	igraph_vector_destroy(&o->shared);
	igraph_vector_destroy(&o->weight);
	sn_incidence_destroy(&o->inc);
}

/*
 * Benjamini & Hochberg (1995), section 4.2: 15 p-values.  Expected values
 * from R's documented formula for p.adjust(p, "BH"),
 * pmin(1, cummin(n / i * p[o]))[order(o)] with o the decreasing order,
 * evaluated by an independent Python snippet:
 *   n=len(p); o=sorted(range(n), key=lambda k: -p[k]); run=1e9
 *   for r,k in enumerate(o): i=n-r; run=min(run, n/i*p[k]); out[k]=min(1,run)
 */
static const double bh_p[15] = { 0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298,
				 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0 };

/* A generator as gsl_rng_alloc() gives it: mt19937 at GSL's default seed (0, read as 4357). */
static sn_rng_t *new_rng(void)
{
	sn_rng_t *r = NULL;

	ck_assert_int_eq(sn_rng_new(&r, 0), SN_OK);
	return r;
}

START_TEST(test_p_adjust_bh_textbook_example_matches_r)
{
	static const double want[15] = { 0.0015, 0.003, 0.0095, 0.035625, 0.0603,
					 0.06385714285714286, 0.06385714285714286, 0.0645,
					 0.0765, 0.486, 0.5811818181818181, 0.714875,
					 0.7532307692307693, 0.8132142857142857, 1 };
	double out[15], shuffled[15], out2[15];

	ck_assert_int_eq(sn_p_adjust(out, bh_p, 15, 0, SN_PADJUST_BH), SN_OK);
	for (int i = 0; i < 15; i++)
		ck_assert_double_eq_tol(out[i], want[i], 1e-12);
	/* Order does not matter: reverse the input. */
	for (int i = 0; i < 15; i++)
		shuffled[i] = bh_p[14 - i];
	ck_assert_int_eq(sn_p_adjust(out2, shuffled, 15, 0, SN_PADJUST_BH), SN_OK);
	for (int i = 0; i < 15; i++)
		ck_assert_double_eq_tol(out2[14 - i], want[i], 1e-12);
}
END_TEST

START_TEST(test_p_adjust_bh_larger_family_counts_untested_as_one)
{
	/* The same snippet on p + [1]*5 (n = 20), first 15 entries. */
	static const double want[15] = { 0.002, 0.004, 0.012666666666666666, 0.0475, 0.0804,
					 0.08514285714285715, 0.08514285714285715, 0.086, 0.102,
					 0.648, 0.7749090909090909, 0.9531666666666666, 1, 1, 1 };
	double out[15];

	ck_assert_int_eq(sn_p_adjust(out, bh_p, 15, 20, SN_PADJUST_BH), SN_OK);
	for (int i = 0; i < 15; i++)
		ck_assert_double_eq_tol(out[i], want[i], 1e-12);
}
END_TEST

START_TEST(test_p_adjust_bonferroni_and_none_in_place)
{
	double p[4] = { 0.01, NAN, 0.2, 0.5 };

	ck_assert_int_eq(sn_p_adjust(p, p, 4, 0, SN_PADJUST_BONFERRONI), SN_OK);
	ck_assert_double_eq_tol(p[0], 0.03, EPS);
	ck_assert(isnan(p[1]));
	ck_assert_double_eq_tol(p[2], 0.6, EPS);
	ck_assert_double_eq(p[3], 1.0);
	ck_assert_int_eq(sn_p_adjust(p, p, 4, 0, SN_PADJUST_NONE), SN_OK);
	ck_assert_double_eq_tol(p[0], 0.03, EPS);
}
END_TEST

START_TEST(test_p_adjust_bad_input_fails)
{
	double p[2] = { 0.1, 1.5 }, q[2] = { 0.1, 0.2 }, out[2];

	ck_assert_int_eq(sn_p_adjust(out, p, 2, 0, SN_PADJUST_BH), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "not in [0, 1]"));
	ck_assert_int_eq(sn_p_adjust(out, q, 2, 1, SN_PADJUST_BH), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "smaller"));
}
END_TEST

START_TEST(test_padjust_parse_names_round_trip)
{
	sn_padjust_t m;

	ck_assert_int_eq(sn_padjust_parse("bh", &m), SN_OK);
	ck_assert_int_eq(m, SN_PADJUST_BH);
	ck_assert_int_eq(sn_padjust_parse("fdr", &m), SN_OK);
	ck_assert_int_eq(sn_padjust_parse("bonferroni", &m), SN_OK);
	ck_assert_str_eq(sn_padjust_name(m), "bonferroni");
	ck_assert_int_eq(sn_padjust_parse("none", &m), SN_OK);
	ck_assert_str_eq(sn_padjust_name(m), "none");
	ck_assert_int_eq(sn_padjust_parse("holm", &m), SN_EINVAL);
	ck_assert_int_eq(sn_padjust_parse(NULL, &m), SN_EINVAL);
}
END_TEST

START_TEST(test_stat_builtins_fixture_match_networkx)
{
	/* nx.betweenness_centrality(G, weight='dist', normalized=False) */
	static const double betw[6] = { 2.5, 0, 1.5, 1.5, 0, 2.5 };
	static const double deg[6] = { 3, 2, 3, 3, 2, 3 };
	static const double str[6] = { 4, 3, 3, 3, 2, 3 };
	obs_t o;
	igraph_vector_t v;
	igraph_vector_int_t memb, grp;

	obs_init(&o, SN_WEIGHT_COUNT);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_stat_degree(&v, &o.s, NULL), SN_OK);
	for (int i = 0; i < 6; i++)
		ck_assert_double_eq(VECTOR(v)[i], deg[i]);
	ck_assert_int_eq(sn_stat_strength(&v, &o.s, NULL), SN_OK);
	for (int i = 0; i < 6; i++)
		ck_assert_double_eq(VECTOR(v)[i], str[i]);
	ck_assert_int_eq(sn_stat_betweenness(&v, &o.s, NULL), SN_OK);
	for (int i = 0; i < 6; i++)
		ck_assert_double_eq_tol(VECTOR(v)[i], betw[i], EPS);
	/* nx.transitivity(G) */
	ck_assert_int_eq(sn_stat_clustering(&v, &o.s, NULL), SN_OK);
	ck_assert_double_eq_tol(VECTOR(v)[0], 0.42857142857142855, EPS);
	/* nx.community.modularity(G, [{0,1,2},{3,4,5}], weight='weight') */
	igraph_vector_int_init_int(&memb, 6, 0, 0, 0, 1, 1, 1);
	ck_assert_int_eq(sn_stat_modularity(&v, &o.s, &memb), SN_OK);
	ck_assert_double_eq_tol(VECTOR(v)[0], 0.2716049382716049, EPS);
	/*
	 * nx.attribute_assortativity_coefficient(G.subgraph(known), 'g') with
	 * groups 0,0,1,1,?,1 (actor 4 unknown, left out).
	 */
	igraph_vector_int_init_int(&grp, 6, 0, 0, 1, 1, -1, 1);
	ck_assert_int_eq(sn_stat_assortativity(&v, &o.s, &grp), SN_OK);
	ck_assert_double_eq_tol(VECTOR(v)[0], -0.028571428571428466, 1e-12);
	/* By hand: ties among known actors 0-1 1-2 0-2 0-5 2-3 3-5; 3 internal, 3 external. */
	ck_assert_int_eq(sn_stat_ei(&v, &o.s, &grp), SN_OK);
	ck_assert_double_eq_tol(VECTOR(v)[0], 0.0, EPS);
	igraph_vector_int_destroy(&memb);
	igraph_vector_int_destroy(&grp);
	igraph_vector_destroy(&v);
	obs_destroy(&o);
}
END_TEST

START_TEST(test_stat_group_statistics_bad_labels_fail)
{
	obs_t o;
	igraph_vector_t v;
	igraph_vector_int_t shortv, neg;

	obs_init(&o, SN_WEIGHT_COUNT);
	igraph_vector_init(&v, 0);
	igraph_vector_int_init(&shortv, 3);
	igraph_vector_int_init_int(&neg, 6, 0, 0, 0, -1, 1, 1);
	ck_assert_int_eq(sn_stat_assortativity(&v, &o.s, &shortv), SN_EINVAL);
	ck_assert_int_eq(sn_stat_ei(&v, &o.s, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_stat_modularity(&v, &o.s, &shortv), SN_EINVAL);
	ck_assert_int_eq(sn_stat_modularity(&v, &o.s, &neg), SN_EINVAL);
	ck_assert_int_eq(sn_stat_shared_pairs(&v, &o.s, NULL), SN_EINVAL);
	igraph_vector_int_destroy(&shortv);
	igraph_vector_int_destroy(&neg);
	igraph_vector_destroy(&v);
	obs_destroy(&o);
}
END_TEST

START_TEST(test_stat_shared_pairs_counts_common_projects)
{
	size_t a[] = { 0, 0, 3, 1 }, b[] = { 1, 4, 5, 5 };
	sn_pairs_t pairs = { 4, a, b };
	obs_t o;
	igraph_vector_t v;

	obs_init(&o, SN_WEIGHT_COUNT);
	igraph_vector_init(&v, 0);
	ck_assert_int_eq(sn_stat_shared_pairs(&v, &o.s, &pairs), SN_OK);
	ck_assert_double_eq(VECTOR(v)[0], 2);   /* P0, P4 */
	ck_assert_double_eq(VECTOR(v)[1], 0);
	ck_assert_double_eq(VECTOR(v)[2], 1);   /* P2 */
	ck_assert_double_eq(VECTOR(v)[3], 0);
	b[3] = 6;
	ck_assert_int_eq(sn_stat_shared_pairs(&v, &o.s, &pairs), SN_EINVAL);
	igraph_vector_destroy(&v);
	obs_destroy(&o);
}
END_TEST

/* A statistic with null values 1, 2, ..., S (in order) and observed value *arg. */
typedef struct {
	double observed;
	double next;
} counter_t;

static sn_error_t stat_counter(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	counter_t *c = arg;

	igraph_vector_resize(values, 1);
	VECTOR(*values)[0] = s->observed ? c->observed : ++c->next;
	return SN_OK;
}

START_TEST(test_significance_run_known_null_values_give_hand_computed_z_and_p)
{
	/*
	 * Null 1..9: mean 5, sd sqrt(60 / 8); observed 8: |y - 5| >= 3 for
	 * y in {1, 2, 8, 9}, so p = (1 + 4) / (1 + 9) = 0.5.
	 */
	counter_t c = { 8, 0 };
	sn_statistic_t st = { "counter", stat_counter, &c, false };
	sn_significance_options_t o = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_significance_t res;
	sn_incidence_t inc;
	sn_rng_t *rng = new_rng();

	fixture(&inc);
	o.samples = 9;
	sn_significance_init(&res);
	ck_assert_int_eq(sn_significance_run(&res, &inc, &st, 1, &o, rng), SN_OK);
	ck_assert_uint_eq(res.nstats, 1);
	ck_assert_str_eq(res.stats[0].name, "counter");
	ck_assert_uint_eq(res.trades, 60);
	ck_assert_double_eq(res.stats[0].observed[0], 8);
	ck_assert_double_eq_tol(res.stats[0].mean[0], 5, EPS);
	ck_assert_double_eq_tol(res.stats[0].sd[0], sqrt(7.5), EPS);
	ck_assert_double_eq_tol(res.stats[0].z[0], 3 / sqrt(7.5), EPS);
	ck_assert_double_eq_tol(res.stats[0].p[0], 0.5, EPS);
	ck_assert_double_eq_tol(res.stats[0].p_adjusted[0], 0.5, EPS);
	/* Python: math.erfc(z / math.sqrt(2)) with z = 3 / math.sqrt(7.5). */
	ck_assert_double_eq_tol(res.stats[0].p_normal[0], 0.2733216782922982, 1e-12);
	ck_assert_uint_eq(res.stats[0].nvalid[0], 9);
	sn_significance_destroy(&res);
	sn_significance_destroy(&res);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

static sn_error_t stat_step(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	(void)arg;
	igraph_vector_resize(values, 2);
	VECTOR(*values)[0] = s->observed ? 1 : 0;   /* differs from a constant null */
	VECTOR(*values)[1] = 3;                      /* constant everywhere */
	return SN_OK;
}

START_TEST(test_significance_run_deterministic_null_gives_documented_z)
{
	sn_statistic_t st = { "step", stat_step, NULL, true };
	sn_significance_options_t o = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_significance_t res;
	sn_incidence_t inc;
	sn_rng_t *rng = new_rng();

	fixture(&inc);
	o.samples = 19;
	sn_significance_init(&res);
	ck_assert_int_eq(sn_significance_run(&res, &inc, &st, 1, &o, rng), SN_OK);
	ck_assert_double_eq(res.stats[0].sd[0], 0);
	ck_assert(isinf(res.stats[0].z[0]) && res.stats[0].z[0] > 0);
	ck_assert_double_eq_tol(res.stats[0].p[0], 1.0 / 20, EPS);
	ck_assert_double_eq(res.stats[0].z[1], 0);
	ck_assert_double_eq(res.stats[0].p[1], 1);
	ck_assert_uint_eq(res.stats[0].ndegenerate, 2);
	/* BH over the family {0.05, 1}: 0.05 * 2 / 1 = 0.1. */
	ck_assert_double_eq_tol(res.stats[0].p_adjusted[0], 0.1, EPS);
	ck_assert_double_eq(res.stats[0].p_normal[0], 0);
	ck_assert_double_eq(res.stats[0].p_normal[1], 1);
	sn_significance_destroy(&res);
	/* Adjusting the normal p-values instead: BH over {0, 1} gives {0, 1}. */
	o.adjust = SN_PVALUE_NORMAL;
	ck_assert_int_eq(sn_significance_run(&res, &inc, &st, 1, &o, rng), SN_OK);
	ck_assert_double_eq(res.stats[0].p_adjusted[0], 0);
	ck_assert_double_eq(res.stats[0].p_adjusted[1], 1);
	ck_assert_uint_eq(res.stats[0].ndegenerate, 2);
	sn_significance_destroy(&res);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

START_TEST(test_significance_run_single_realisation_degree_is_deterministic)
{
	/* Everybody in every project: the only realisation, so degree never moves. */
	size_t a[] = { 0, 0, 1, 1, 2, 2 }, p[] = { 0, 1, 0, 1, 0, 1 };
	sn_statistic_t st = { "degree", sn_stat_degree, NULL, true };
	sn_significance_options_t o = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_significance_t res;
	sn_incidence_t inc;
	sn_rng_t *rng = new_rng();

	sn_incidence_init(&inc);
	ck_assert_int_eq(sn_incidence_from_pairs(&inc, 3, 2, a, p, 6), SN_OK);
	o.samples = 50;
	sn_significance_init(&res);
	ck_assert_int_eq(sn_significance_run(&res, &inc, &st, 1, &o, rng), SN_OK);
	for (int i = 0; i < 3; i++) {
		ck_assert_double_eq(res.stats[0].observed[i], 2);
		ck_assert_double_eq(res.stats[0].mean[i], 2);
		ck_assert_double_eq(res.stats[0].z[i], 0);
		ck_assert_double_eq(res.stats[0].p[i], 1);
		ck_assert_double_eq(res.stats[0].p_adjusted[i], 1);
	}
	ck_assert_uint_eq(res.stats[0].ndegenerate, 3);
	sn_significance_destroy(&res);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

static sn_error_t stat_nan(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	(void)s;
	(void)arg;
	igraph_vector_resize(values, 1);
	VECTOR(*values)[0] = NAN;
	return SN_OK;
}

START_TEST(test_significance_run_undefined_statistic_gives_nan_and_zero_valid)
{
	sn_statistic_t st = { "nan", stat_nan, NULL, false };
	sn_significance_options_t o = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_significance_t res;
	sn_incidence_t inc;
	sn_rng_t *rng = new_rng();

	fixture(&inc);
	o.samples = 5;
	sn_significance_init(&res);
	ck_assert_int_eq(sn_significance_run(&res, &inc, &st, 1, &o, rng), SN_OK);
	ck_assert_uint_eq(res.stats[0].nvalid[0], 0);
	ck_assert(isnan(res.stats[0].mean[0]));
	ck_assert(isnan(res.stats[0].z[0]));
	ck_assert(isnan(res.stats[0].p[0]));
	ck_assert(isnan(res.stats[0].p_normal[0]));
	ck_assert(isnan(res.stats[0].p_adjusted[0]));
	sn_significance_destroy(&res);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

static void count_progress(const char *step, size_t done, size_t total, void *arg)
{
	size_t *calls = arg;

	ck_assert_str_eq(step, "samples");
	ck_assert_uint_eq(done, *calls + 1);
	ck_assert_uint_eq(total, 30);
	(*calls)++;
}

START_TEST(test_significance_run_same_seed_gives_same_result)
{
	sn_statistic_t st[2] = { { "degree", sn_stat_degree, NULL, true },
				 { "clustering", sn_stat_clustering, NULL, false } };
	sn_significance_options_t o = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_significance_t r1, r2;
	sn_incidence_t inc;
	sn_rng_t *rng = new_rng();
	size_t calls = 0;

	fixture(&inc);
	o.samples = 30;
	o.progress = (sn_progress_t){ count_progress, &calls };
	sn_significance_init(&r1);
	sn_significance_init(&r2);
	sn_rng_reseed(rng, 1);
	ck_assert_int_eq(sn_significance_run(&r1, &inc, st, 2, &o, rng), SN_OK);
	ck_assert_uint_eq(calls, 30);
	o.progress = (sn_progress_t){ NULL, NULL };
	sn_rng_reseed(rng, 1);
	ck_assert_int_eq(sn_significance_run(&r2, &inc, st, 2, &o, rng), SN_OK);
	for (size_t k = 0; k < 2; k++) {
		ck_assert_uint_eq(r1.stats[k].nvalues, r2.stats[k].nvalues);
		for (size_t v = 0; v < r1.stats[k].nvalues; v++) {
			ck_assert(r1.stats[k].mean[v] == r2.stats[k].mean[v]);
			ck_assert(r1.stats[k].p[v] == r2.stats[k].p[v]);
		}
	}
	/* A different seed gives a different null distribution. */
	sn_rng_reseed(rng, 2);
	sn_significance_destroy(&r2);
	ck_assert_int_eq(sn_significance_run(&r2, &inc, st, 2, &o, rng), SN_OK);
	ck_assert(r1.stats[0].mean[0] != r2.stats[0].mean[0] ||
		  r1.stats[0].mean[1] != r2.stats[0].mean[1]);
	sn_significance_destroy(&r1);
	sn_significance_destroy(&r2);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
}
END_TEST

static int bad_calls;

static sn_error_t stat_bad_length(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	(void)arg;
	igraph_vector_resize(values, s->observed ? 2 : 3);
	igraph_vector_null(values);
	return SN_OK;
}

static sn_error_t stat_fails(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	(void)values;
	(void)arg;
	if (!s->observed && ++bad_calls == 3)
		return sn_error_set(SN_ENUMERIC, "the statistic gave up");
	igraph_vector_resize(values, 1);
	VECTOR(*values)[0] = 0;
	return SN_OK;
}

START_TEST(test_significance_run_bad_arguments_fail)
{
	sn_statistic_t deg = { "degree", sn_stat_degree, NULL, true };
	sn_statistic_t none = { "none", NULL, NULL, false };
	sn_statistic_t len = { "len", stat_bad_length, NULL, false };
	sn_statistic_t fails = { "fails", stat_fails, NULL, false };
	sn_significance_options_t o = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_significance_t res;
	sn_incidence_t inc, one;
	size_t a[] = { 0 }, p[] = { 0 };
	sn_rng_t *rng = new_rng();

	fixture(&inc);
	sn_incidence_init(&one);
	ck_assert_int_eq(sn_incidence_from_pairs(&one, 1, 1, a, p, 1), SN_OK);
	sn_significance_init(&res);
	o.samples = 10;
	ck_assert_int_eq(sn_significance_run(&res, &inc, &deg, 0, &o, rng), SN_EINVAL);
	ck_assert_int_eq(sn_significance_run(&res, &inc, &none, 1, &o, rng), SN_EINVAL);
	ck_assert_int_eq(sn_significance_run(&res, &one, &deg, 1, &o, rng), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "two actors"));
	o.samples = 0;
	ck_assert_int_eq(sn_significance_run(&res, &inc, &deg, 1, &o, rng), SN_EINVAL);
	o.samples = 10;
	ck_assert_int_eq(sn_significance_run(&res, &inc, &len, 1, &o, rng), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "gave 3 values"));
	sn_significance_destroy(&res);
	ck_assert_int_eq(sn_significance_run(&res, &inc, &fails, 1, &o, rng), SN_ENUMERIC);
	ck_assert_str_eq(sn_error_last(), "the statistic gave up");
	sn_significance_destroy(&res);
	o.max_values = 50;   /* 10 samples x 6 degrees = 60 */
	ck_assert_int_eq(sn_significance_run(&res, &inc, &deg, 1, &o, rng), SN_ELIMIT);
	sn_significance_destroy(&res);
	sn_incidence_destroy(&inc);
	sn_incidence_destroy(&one);
	sn_rng_free(rng);
}
END_TEST

static Suite *significance_suite(void)
{
	Suite *s = suite_create("significance");
	TCase *tc = tcase_create("core");

	sn_setup();
	tcase_add_test(tc, test_p_adjust_bh_textbook_example_matches_r);
	tcase_add_test(tc, test_p_adjust_bh_larger_family_counts_untested_as_one);
	tcase_add_test(tc, test_p_adjust_bonferroni_and_none_in_place);
	tcase_add_test(tc, test_p_adjust_bad_input_fails);
	tcase_add_test(tc, test_padjust_parse_names_round_trip);
	tcase_add_test(tc, test_stat_builtins_fixture_match_networkx);
	tcase_add_test(tc, test_stat_group_statistics_bad_labels_fail);
	tcase_add_test(tc, test_stat_shared_pairs_counts_common_projects);
	tcase_add_test(tc, test_significance_run_known_null_values_give_hand_computed_z_and_p);
	tcase_add_test(tc, test_significance_run_deterministic_null_gives_documented_z);
	tcase_add_test(tc, test_significance_run_single_realisation_degree_is_deterministic);
	tcase_add_test(tc, test_significance_run_undefined_statistic_gives_nan_and_zero_valid);
	tcase_add_test(tc, test_significance_run_same_seed_gives_same_result);
	tcase_add_test(tc, test_significance_run_bad_arguments_fail);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(significance_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
