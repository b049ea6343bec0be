/*
 * tests/check_error_messages.c: every failing call sets its own message.
 * Each test first leaves a different, older message ("an older message")
 * and then provokes an error; the message shown must name the new problem,
 * never repeat the old one.  Before this test the territory loader and the
 * partition reader returned SN_EDATA for a missing column with the old
 * message still in place.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <igraph.h>

#include <samnet/advanced.h>

#include "doc_util.h"

static char dir[] = "/tmp/sn-messages-XXXXXX";
static char path[4096];

/* Writes `text` to the test's folder and returns its path (in `path`). */
static const char *put(const char *name, const char *text)
{
	write_file(dir, name, text);
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

static void setup(void)
{
	sn_setup();
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void teardown(void)
{
	char cmd[4200];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	strcpy(dir, "/tmp/sn-messages-XXXXXX");
	sn_teardown();
}

/* The last message is about `file` and is not the older one. */
static void assert_own_message(const char *file)
{
	ck_assert_msg(strstr(sn_error_last(), "older") == NULL, "stale: %s", sn_error_last());
	ck_assert_msg(strstr(sn_error_last(), file) != NULL, "'%s' does not name %s",
		      sn_error_last(), file);
}

START_TEST(test_territories_without_a_parent_column)
{
	sn_territories_t *t = NULL;
	sn_diag_t diag;
	const char *p = put("territories.csv", "code,name\nNO,Norge\n");

	sn_diag_init(&diag);
	sn_error_set(SN_EIO, "an older message");
	ck_assert_int_eq(sn_territories_load(&t, p, NULL, &diag), SN_EDATA);
	ck_assert_ptr_null(t);
	assert_own_message(p);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_territories_with_a_bad_row)
{
	sn_territories_t *t = NULL;
	sn_diag_t diag;
	const char *p = put("territories.csv", "code,name,parent\nNO,Norge,\n03,Oslo,XX\n");

	sn_diag_init(&diag);
	sn_error_set(SN_EIO, "an older message");
	ck_assert_int_eq(sn_territories_load(&t, p, NULL, &diag), SN_EDATA);
	assert_own_message(p);
	sn_diag_destroy(&diag);
}
END_TEST

/* Loads tests/data/mini and its network, reads the partition `text`. */
static sn_error_t read_partition(const char *text)
{
	char mini[4096];
	const char *srcdir = getenv("srcdir");
	sn_dataset_t *ds = NULL;
	sn_network_t net;
	sn_diag_t diag;
	igraph_vector_int_t labels;
	sn_error_t err;

	snprintf(mini, sizeof mini, "%s/tests/data/mini", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_open(&ds, mini, NULL), SN_OK);   /* the bundled territories */
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	igraph_vector_int_init(&labels, 0);
	put("partition.csv", text);
	sn_error_set(SN_EIO, "an older message");
	err = sn_partition_read(&labels, &net, path, NULL, &diag);
	igraph_vector_int_destroy(&labels);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
	return err;
}

START_TEST(test_partition_without_a_community_column)
{
	ck_assert_int_eq(read_partition("actor,group\nskane,1\n"), SN_EDATA);
	assert_own_message("partition.csv");
}
END_TEST

START_TEST(test_partition_with_an_unknown_actor)
{
	ck_assert_int_eq(read_partition("actor,community\nskane,1\nnobody,2\n"), SN_EDATA);
	assert_own_message("partition.csv");
}
END_TEST

START_TEST(test_two_failing_opens_in_a_row)
{
	sn_dataset_t *ds = NULL;
	char missing[4200];

	snprintf(missing, sizeof missing, "%s/absent", dir);
	ck_assert_int_eq(sn_dataset_open(&ds, missing, NULL), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "absent"));
	put("actors.csv", "id,name,type\na,A,spaceship\n");
	put("memberships.csv", "project,actor\np,a\n");
	ck_assert_int_eq(sn_dataset_open(&ds, dir, NULL), SN_EDATA);
	ck_assert_ptr_null(strstr(sn_error_last(), "absent"));
	ck_assert_ptr_nonnull(strstr(sn_error_last(), dir));
}
END_TEST

START_TEST(test_a_message_extends_itself)
{
	sn_error_set(SN_ELIMIT, "too many ties");
	ck_assert_int_eq(sn_error_set(SN_ELIMIT, "%s; or raise the limit (now %d)", sn_error_last(), 5),
			 SN_ELIMIT);
	ck_assert_str_eq(sn_error_last(), "too many ties; or raise the limit (now 5)");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("error_messages");
	TCase *tc = tcase_create("own");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_territories_without_a_parent_column);
	tcase_add_test(tc, test_territories_with_a_bad_row);
	tcase_add_test(tc, test_partition_without_a_community_column);
	tcase_add_test(tc, test_partition_with_an_unknown_actor);
	tcase_add_test(tc, test_two_failing_opens_in_a_row);
	tcase_add_test(tc, test_a_message_extends_itself);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
