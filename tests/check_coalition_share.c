/*
 * Tests of the one coalition-share computation (sn_coalition_share(),
 * sn_coalition_population()) and of members lists
 * (sn_coalition_members_parse()), called without the CLI or the report.
 *
 * tests/data/mini, worked by hand (see check_coalition.c): in the count
 * projection the "south" coalition (Skåne, Halland, Malmö) holds 14 of the
 * 24 strength units; Skåne + Halland represent 1 428 626 + 345 074 =
 * 1 773 700 of Sweden's 10 587 710 (SCB 2024; Malmö lies in Skåne).
 */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet/advanced.h"
#include "testutil.h"

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
	igraph_vector_t strength;
} fixture_t;

static void setup(fixture_t *f)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&f->ds, fixture("mini"), &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	igraph_vector_init(&f->strength, 0);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&f->proj, &f->net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
	igraph_strength(test_graph(&f->proj), &f->strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS,
			test_weights(&f->proj));
}

static void teardown(fixture_t *f)
{
	igraph_vector_destroy(&f->strength);
	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

static size_t actor(const fixture_t *f, const char *id)
{
	size_t a = sn_dataset_find_actor(f->ds, id);
	ck_assert_int_ne(a, SN_NO_PARENT);
	return a;
}

START_TEST(test_coalition_share_of_strength_matches_hand_count)
{
	fixture_t f;
	double share = 0, sum = 0;
	size_t in = 0;

	setup(&f);
	/* Malmö twice: duplicates count once. */
	size_t south[] = { actor(&f, "skane"), actor(&f, "halland"), actor(&f, "malmo"),
			   actor(&f, "malmo") };
	ck_assert_int_eq(sn_coalition_share(&share, &sum, &in, &f.net, f.proj.offset,
					    VECTOR(f.strength), (size_t)igraph_vector_size(&f.strength),
					    south, 4), SN_OK);
	ck_assert_double_eq_tol(share, 14.0 / 24.0, 1e-15);
	ck_assert_double_eq_tol(sum, 14.0, 1e-12);
	ck_assert_uint_eq(in, 3);
	teardown(&f);
}
END_TEST

/* Non-finite values count 0; a zero total gives NaN. */
START_TEST(test_coalition_share_skips_nan_and_zero_total_is_nan)
{
	fixture_t f;
	double share = 0, sum = -1;

	setup(&f);
	size_t nv = (size_t)igraph_vector_size(&f.strength);
	double *v = calloc(nv, sizeof *v);
	size_t skane = actor(&f, "skane");
	ck_assert_int_eq(sn_coalition_share(&share, &sum, NULL, &f.net, f.proj.offset, v, nv, &skane, 1),
			 SN_OK);
	ck_assert(isnan(share));
	ck_assert(sum == 0);
	for (size_t i = 0; i < nv; i++)
		v[i] = i == 0 ? NAN : 1;
	ck_assert_int_eq(sn_coalition_share(&share, NULL, NULL, &f.net, f.proj.offset, v, nv, &skane, 1),
			 SN_OK);
	ck_assert_double_eq_tol(share, (f.net.actor_index[0] == skane ? 0.0 : 1.0) / (double)(nv - 1),
				1e-15);
	free(v);
	teardown(&f);
}
END_TEST

START_TEST(test_coalition_population_is_the_union_over_the_nation)
{
	fixture_t f;
	int64_t pop = 0;
	double share = 0;

	setup(&f);
	size_t south[] = { actor(&f, "skane"), actor(&f, "halland"), actor(&f, "malmo") };
	ck_assert_int_eq(sn_coalition_population(&pop, &share, f.ds, south, 3, 2024), SN_OK);
	ck_assert_int_eq(pop, 1773700);
	ck_assert_double_eq_tol(share, 1773700.0 / 10587710.0, 1e-15);
	teardown(&f);
}
END_TEST

START_TEST(test_coalition_members_parse_extends_selectors_and_rejects_unknown)
{
	fixture_t f;
	size_t *m = NULL, n = 0;

	setup(&f);
	ck_assert_int_eq(sn_coalition_members_parse(&m, &n, f.ds, "lu,almi"), SN_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(m[0], actor(&f, "lu"));
	ck_assert_uint_eq(m[1], actor(&f, "almi"));
	free(m);
	/* "regions:12,13": the bare 13 extends the selector: both regions. */
	ck_assert_int_eq(sn_coalition_members_parse(&m, &n, f.ds, "regions:12,13"), SN_OK);
	ck_assert_uint_eq(n, 2);
	free(m);
	ck_assert_int_eq(sn_coalition_members_parse(&m, &n, f.ds, "lu,nobody"), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "members: "));
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "nobody"));
	ck_assert_ptr_null(m);
	ck_assert_int_eq(sn_coalition_members_parse(&m, &n, f.ds, ","), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "members names no actor");
	teardown(&f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("coalition_share");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_coalition_share_of_strength_matches_hand_count);
	tcase_add_test(tc, test_coalition_share_skips_nan_and_zero_total_is_nan);
	tcase_add_test(tc, test_coalition_population_is_the_union_over_the_nation);
	tcase_add_test(tc, test_coalition_members_parse_extends_selectors_and_rejects_unknown);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
