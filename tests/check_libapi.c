/*
 * tests/check_libapi.c: samnet as a guest in a host program.  It leaves
 * igraph's default generator and the igraph and GSL error handlers as it
 * found them, and every error message is its own, never an older one.  And
 * a country is data: territory levels and the country come from the table.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_log.h>
#include <igraph.h>

#include <samnet/advanced.h>

static void host_igraph_error(const char *reason, const char *file, int line, igraph_error_t e)
{
	(void)reason;
	(void)file;
	(void)line;
	(void)e;
	IGRAPH_FINALLY_FREE();
}

static void host_gsl_error(const char *reason, const char *file, int line, int e)
{
	(void)reason;
	(void)file;
	(void)line;
	(void)e;
}

START_TEST(test_sn_teardown_restores_the_host_handlers_after_nested_setups)
{
	igraph_set_error_handler(host_igraph_error);
	gsl_set_error_handler(host_gsl_error);
	sn_setup();
	sn_setup();
	sn_teardown();
	/* Still samnet's after the inner teardown ... */
	igraph_error_handler_t *inner = igraph_set_error_handler(host_igraph_error);
	ck_assert_ptr_ne(inner, host_igraph_error);
	igraph_set_error_handler(inner);
	sn_teardown();
	/* ... the host's after the outer one. */
	ck_assert_ptr_eq(igraph_set_error_handler(host_igraph_error), host_igraph_error);
	ck_assert_ptr_eq(gsl_set_error_handler(host_gsl_error), host_gsl_error);
	sn_teardown(); /* harmless without setup */
}
END_TEST

static int host_warnings;

static void host_igraph_warning(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
	host_warnings++;
}

START_TEST(test_igraph_warnings_reach_the_host_handler_and_print_nothing)
{
	igraph_set_warning_handler(host_igraph_warning);
	sn_setup();
	igraph_warning("a warning", __FILE__, __LINE__);
	ck_assert_int_eq(host_warnings, 1);
	sn_teardown();
	ck_assert_ptr_eq(igraph_set_warning_handler(NULL), host_igraph_warning);
}
END_TEST

START_TEST(test_igraph_error_without_a_reason_never_shows_an_older_message)
{
	sn_setup();
	sn_error_set(SN_EDATA, "an older message");
	ck_assert_int_eq(sn_error_from_igraph(IGRAPH_EINVAL, "op"), SN_EINVAL);
	ck_assert_ptr_null(strstr(sn_error_last(), "older"));
	ck_assert(strncmp(sn_error_last(), "op: igraph: ", 12) == 0);
	sn_teardown();
}
END_TEST

START_TEST(test_gsl_handler_never_overwrites_the_last_message)
{
	gsl_sf_result r;

	sn_setup();
	sn_error_set(SN_EDATA, "mine");
	ck_assert_int_eq(gsl_sf_log_e(-1.0, &r), GSL_EDOM);
	ck_assert_str_eq(sn_error_last(), "mine");
	ck_assert_int_eq(sn_error_from_gsl(GSL_EDOM, "log"), SN_EINVAL);
	ck_assert(strncmp(sn_error_last(), "log: input domain error: ", 25) == 0);
	sn_teardown();
}
END_TEST

START_TEST(test_parsers_set_their_own_message)
{
	double v;
	int64_t i;
	sn_actor_type_t type;

	sn_error_set(SN_EDATA, "an older message");
	ck_assert_int_eq(sn_parse_double("12 abc", &v), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "'12 abc' is not a finite number");
	ck_assert_int_eq(sn_parse_int64("1.5", &i), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "'1.5' is not a whole number");
	ck_assert_int_eq(sn_actor_type_parse("fylkeskommune", &type), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "unknown actor type 'fylkeskommune'");
}
END_TEST

/* Two triangles joined by one tie: Leiden has something to do. */
static void two_triangles(igraph_t *g)
{
	igraph_small(g, 6, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3, -1);
}

/* The next draw of igraph's default generator after seeding it with 42 and running `f`. */
static igraph_integer_t draw_after(void (*f)(void))
{
	igraph_rng_seed(igraph_rng_default(), 42);
	if (f)
		f();
	return igraph_rng_get_integer(igraph_rng_default(), 0, 1000000000);
}

static void run_leiden(void)
{
	igraph_t g;
	igraph_vector_int_t m;
	sn_communities_options_t opts;

	sn_communities_options_default(&opts);
	opts.seed = 7;
	two_triangles(&g);
	igraph_vector_int_init(&m, 0);
	ck_assert_int_eq(sn_communities_detect(&m, NULL, &g, NULL, &opts), SN_OK);
	ck_assert_int_eq(VECTOR(m)[0], VECTOR(m)[2]);
	ck_assert_int_ne(VECTOR(m)[0], VECTOR(m)[5]);
	igraph_vector_int_destroy(&m);
	igraph_destroy(&g);
}

static void run_layout(void)
{
	const char *srcdir = getenv("srcdir");
	char path[4096], tree[4096];
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, tree };
	sn_dataset_t *ds = NULL;
	sn_network_t net;
	sn_diag_t diag;
	sn_export_t x = SN_EXPORT_INIT;
	sn_writer_t *w = NULL;

	snprintf(path, sizeof path, "%s/tests/data/mini", srcdir ? srcdir : ".");
	snprintf(tree, sizeof tree, "%s/datasets/sweden/territories.csv", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, path, &opts, &diag), SN_OK);
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	x.net = &net;
	x.seed = 3;
	ck_assert_int_eq(sn_writer_memory(&w), SN_OK);
	ck_assert_int_eq(sn_export_write_to(w, SN_EXPORT_GEXF, &x), SN_OK);
	ck_assert_ptr_nonnull(strstr(sn_writer_data(w, NULL), "<viz:position"));
	sn_writer_free(w);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
}

START_TEST(test_communities_leave_igraphs_default_generator_alone)
{
	sn_setup();
	ck_assert_int_eq(draw_after(run_leiden), draw_after(NULL));
	sn_teardown();
}
END_TEST

START_TEST(test_layout_leaves_igraphs_default_generator_alone)
{
	sn_setup();
	ck_assert_int_eq(draw_after(run_layout), draw_after(NULL));
	sn_teardown();
}
END_TEST

/* Loads `file` under the source tree's tests/data (or datasets) into *out. */
static sn_error_t load_tree(sn_territories_t **out, const char *file, sn_diag_t *diag)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];

	snprintf(path, sizeof path, "%s/%s", srcdir ? srcdir : ".", file);
	return sn_territories_load(out, path, NULL, diag);
}

START_TEST(test_norwegian_tree_names_its_levels_and_country)
{
	sn_territories_t *t = NULL;
	sn_diag_t diag;
	int64_t pop = 0;

	sn_setup();
	sn_diag_init(&diag);
	ck_assert_int_eq(load_tree(&t, "tests/data/norway/territories.csv", &diag), SN_OK);
	ck_assert_str_eq(sn_territories_country(t), "Norge");
	ck_assert_str_eq(sn_territories_level(t, 0), "land");
	ck_assert_str_eq(sn_territories_level(t, 1), "fylke");
	ck_assert_str_eq(sn_territories_level(t, 2), "kommune");
	ck_assert_ptr_null(sn_territories_level(t, 3));
	/* The root has no own figure: the sum of the five fylker, by hand. */
	ck_assert_int_eq(sn_territories_population(t, t->root, 2024, &pop), SN_OK);
	ck_assert_int_eq(pop, 717710 + 499417 + 270624 + 651299 + 483004);
	sn_territories_free(t);
	sn_diag_destroy(&diag);
	sn_teardown();
}
END_TEST

START_TEST(test_tree_without_level_column_gets_the_default_level_names)
{
	sn_territories_t *t = NULL;
	sn_diag_t diag;

	sn_setup();
	sn_diag_init(&diag);
	ck_assert_int_eq(load_tree(&t, "datasets/sweden/territories.csv", &diag), SN_OK);
	ck_assert_str_eq(sn_territories_country(t), "Sverige");
	ck_assert_str_eq(sn_territories_level(t, 1), "county");
	ck_assert_str_eq(sn_territories_level(t, 2), "municipality");
	sn_territories_free(t);
	sn_diag_destroy(&diag);
	sn_teardown();
}
END_TEST

START_TEST(test_two_level_names_at_one_depth_are_an_error)
{
	char path[] = "/tmp/samnet-levels-XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	sn_territories_t *t = NULL;
	sn_diag_t diag;

	ck_assert_ptr_nonnull(fp);
	fputs("code,name,parent,level\nNO,Norge,,land\n03,Oslo,NO,fylke\n11,Rogaland,NO,county\n",
	      fp);
	fclose(fp);
	sn_setup();
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_territories_load(&t, path, NULL, &diag), SN_EDATA);
	ck_assert_ptr_null(t);
	ck_assert_uint_eq(diag.errors, 1);
	sn_diag_destroy(&diag);
	unlink(path);
	sn_teardown();
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("libapi");
	TCase *tc = tcase_create("guest");

	tcase_add_test(tc, test_sn_teardown_restores_the_host_handlers_after_nested_setups);
	tcase_add_test(tc, test_igraph_warnings_reach_the_host_handler_and_print_nothing);
	tcase_add_test(tc, test_igraph_error_without_a_reason_never_shows_an_older_message);
	tcase_add_test(tc, test_gsl_handler_never_overwrites_the_last_message);
	tcase_add_test(tc, test_parsers_set_their_own_message);
	tcase_add_test(tc, test_communities_leave_igraphs_default_generator_alone);
	tcase_add_test(tc, test_layout_leaves_igraphs_default_generator_alone);
	suite_add_tcase(s, tc);
	tc = tcase_create("territories");
	tcase_add_test(tc, test_norwegian_tree_names_its_levels_and_country);
	tcase_add_test(tc, test_tree_without_level_column_gets_the_default_level_names);
	tcase_add_test(tc, test_two_level_names_at_one_depth_are_an_error);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
