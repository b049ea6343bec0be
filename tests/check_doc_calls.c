/*
 * tests/check_doc_calls.c: the one argument check of the command documents
 * (export/doc_build.h, sn__doc_check_call()): every sn_<cmd>_doc() that takes
 * a network refuses, with SN_EINVAL and the same message, a missing document
 * and a network built from another dataset, and adds nothing to the
 * document.  The expected message is the contract of the headers, not output
 * pasted back.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/advanced.h"

static sn_dataset_t *ds, *other;
static sn_network_t *net, *other_net;

static void load(sn_dataset_t **ds_out, sn_network_t **net_out)
{
	const char *srcdir = getenv("srcdir");
	char path[4096];
	sn_diag_t diag;

	snprintf(path, sizeof path, "%s/datasets/sweden", srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(ds_out, path, NULL, &diag), SN_OK);
	sn_diag_destroy(&diag);
	ck_assert_int_eq(sn_network_new(net_out, *ds_out, NULL), SN_OK);
}

static void setup(void)
{
	sn_setup();
	load(&ds, &net);
	load(&other, &other_net);   /* equal content, another dataset */
}

static void teardown(void)
{
	sn_network_free(other_net);
	sn_dataset_free(other);
	sn_network_free(net);
	sn_dataset_free(ds);
	sn_teardown();
}

/* Calls command `k` with (doc, ds, n); returns its status. */
static sn_error_t call(int k, sn_doc_t *doc, const sn_network_t *n)
{
	switch (k) {
	case 0: {
		sn_centrality_doc_options_t o;
		sn_centrality_doc_options_init(&o);
		return sn_centrality_doc(doc, ds, n, 0, &o);
	}
	case 1: {
		sn_brokerage_doc_options_t o;
		sn_brokerage_doc_options_init(&o);
		return sn_brokerage_doc(doc, ds, n, &o);
	}
	case 2: {
		sn_communities_doc_options_t o;
		sn_communities_doc_options_init(&o);
		return sn_communities_doc(doc, ds, n, 0, &o);
	}
	case 3: {
		sn_backbone_doc_options_t o;
		sn_backbone_doc_options_init(&o);
		return sn_backbone_doc(doc, ds, n, 0, &o);
	}
	case 4: {
		sn_coalition_doc_options_t o;
		sn_coalition_doc_options_init(&o);
		return sn_coalition_doc(doc, ds, n, 0, &o);
	}
	case 5: {
		sn_actor_doc_options_t o;
		sn_actor_doc_options_init(&o);
		return sn_actor_doc(doc, ds, n, 0, &o);
	}
	case 6: {
		sn_power_doc_options_t o;
		sn_power_doc_options_init(&o);
		return sn_power_doc(doc, ds, n, 0, &o);
	}
	default:
		return sn_summary_doc(doc, ds, n, 0, NULL);
	}
}

static const char *const names[] = { "centrality", "brokerage", "communities", "backbone",
				      "coalition", "actor", "power", "summary" };

START_TEST(test_foreign_network_refused)
{
	sn_doc_t *doc = NULL;
	char want[128];

	snprintf(want, sizeof want, "%s: no document, or no network built from the dataset",
		 names[_i]);
	ck_assert_int_eq(sn_doc_new(&doc, "x"), SN_OK);
	ck_assert_int_eq(call(_i, doc, other_net), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), want);
	ck_assert_int_eq(call(_i, doc, NULL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), want);
	ck_assert_uint_eq(sn_doc_ntables(doc), 0);
	sn_doc_free(doc);
}
END_TEST

START_TEST(test_missing_document_refused)
{
	char want[128];

	snprintf(want, sizeof want, "%s: no document, or no network built from the dataset",
		 names[_i]);
	ck_assert_int_eq(call(_i, NULL, net), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), want);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("doc_calls");
	TCase *tc = tcase_create("check");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_foreign_network_refused, 0, 8);
	tcase_add_loop_test(tc, test_missing_document_refused, 0, 8);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
