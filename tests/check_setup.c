/*
 * tests/check_setup.c: sn_setup() chains to the igraph and GSL error
 * handlers a host installed before it, and sn_teardown() gives them back,
 * so that a host's handler is called again for errors raised after it.
 * The errors are real: igraph_empty() with -1 vertices, log(-1) in GSL.
 */
#include <check.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_log.h>
#include <igraph.h>

#include <samnet/advanced.h>

static int host_igraph_calls, host_gsl_calls;
static char host_igraph_reason[256];

static void host_igraph_error(const char *reason, const char *file, int line, igraph_error_t e)
{
	(void)file;
	(void)line;
	(void)e;
	host_igraph_calls++;
	snprintf(host_igraph_reason, sizeof host_igraph_reason, "%s", reason);
	IGRAPH_FINALLY_FREE();
}

static void host_gsl_error(const char *reason, const char *file, int line, int e)
{
	(void)reason;
	(void)file;
	(void)line;
	(void)e;
	host_gsl_calls++;
}

/* An igraph error: a graph with -1 vertices. */
static igraph_error_t igraph_failure(void)
{
	igraph_t g;

	return igraph_empty(&g, -1, IGRAPH_UNDIRECTED);
}

/* A GSL error: the logarithm of -1. */
static int gsl_failure(void)
{
	gsl_sf_result r;

	return gsl_sf_log_e(-1.0, &r);
}

START_TEST(test_host_handlers_are_chained_while_set_up)
{
	igraph_error_handler_t *before_igraph = igraph_set_error_handler(host_igraph_error);
	gsl_error_handler_t *before_gsl = gsl_set_error_handler(host_gsl_error);

	host_igraph_calls = host_gsl_calls = 0;
	sn_setup();
	ck_assert_int_eq(igraph_failure(), IGRAPH_EINVAL);
	ck_assert_int_eq(host_igraph_calls, 1);   /* the host saw it ... */
	ck_assert_int_ne(host_igraph_reason[0], '\0');
	ck_assert_int_eq(sn_error_from_igraph(IGRAPH_EINVAL, "empty"), SN_EINVAL);
	/* ... and samnet recorded igraph's reason too. */
	ck_assert_msg(strstr(sn_error_last(), host_igraph_reason) != NULL, "%s", sn_error_last());
	ck_assert_int_eq(gsl_failure(), GSL_EDOM);
	ck_assert_int_eq(host_gsl_calls, 1);
	sn_teardown();
	igraph_set_error_handler(before_igraph);
	gsl_set_error_handler(before_gsl);
}
END_TEST

START_TEST(test_host_handlers_are_called_again_after_teardown)
{
	igraph_error_handler_t *before_igraph = igraph_set_error_handler(host_igraph_error);
	gsl_error_handler_t *before_gsl = gsl_set_error_handler(host_gsl_error);

	sn_setup();
	sn_teardown();
	host_igraph_calls = host_gsl_calls = 0;
	ck_assert_int_eq(igraph_failure(), IGRAPH_EINVAL);
	ck_assert_int_eq(host_igraph_calls, 1);
	ck_assert_int_eq(gsl_failure(), GSL_EDOM);
	ck_assert_int_eq(host_gsl_calls, 1);
	/* samnet's handler is gone: it recorded no reason, so the message is igraph's code name. */
	ck_assert_int_eq(sn_error_from_igraph(IGRAPH_EINVAL, "empty"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "empty: igraph: Invalid value");
	igraph_set_error_handler(before_igraph);
	gsl_set_error_handler(before_gsl);
}
END_TEST

START_TEST(test_igraph_default_handler_is_not_chained)
{
	/* igraph's default aborts: samnet must not pass errors to it while set up. */
	igraph_error_handler_t *before = igraph_set_error_handler(igraph_error_handler_abort);

	sn_setup();
	ck_assert_int_eq(igraph_failure(), IGRAPH_EINVAL);   /* no abort */
	sn_teardown();
	ck_assert_ptr_eq(igraph_set_error_handler(before), igraph_error_handler_abort);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("setup");
	TCase *tc = tcase_create("handlers");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, test_host_handlers_are_chained_while_set_up);
	tcase_add_test(tc, test_host_handlers_are_called_again_after_teardown);
	tcase_add_test(tc, test_igraph_default_handler_is_not_chained);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
