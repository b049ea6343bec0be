/* Tests of the dataset loader, selectors and territories (base/dataset*.c, base/territory.c). */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet/advanced.h"
#include "testutil.h"

static sn_dataset_t *load(const char *dir, sn_diag_t *diag, sn_error_t *err)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_dataset_t *ds = NULL;

	*err = sn_dataset_load(&ds, dir, &opts, diag);
	if (*err != SN_OK)
		diag_dump(diag);
	return ds;
}

/* SCB, 31 Dec 2024 (shared/reference/kommuner.csv and regions.csv). */
enum { SKANE_2024 = 1428626, MALMO_2024 = 365644, LUND_2024 = 131590, HALLAND_2024 = 345074 };

START_TEST(test_dataset_load_mini_reads_every_file)
{
	sn_diag_t diag;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_dataset_t *ds = load(fixture("mini"), &diag, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_int_eq(ds->nactors, 7);
	ck_assert_str_eq(ds->actors[6].name, "Almi Företagspartner Syd, AB");
	ck_assert_int_eq(ds->actors[6].type, SN_ACTOR_COMPANY);
	ck_assert_int_eq(ds->actors[6].territory, SN_NO_PARENT);
	/* p4's row in projects.csv has its id as name and no attributes. */
	ck_assert_int_eq(ds->nprojects, 4);
	ck_assert_str_eq(ds->projects[3].name, "p4");
	ck_assert_int_eq(ds->project_attrs.nrows, 4);
	ck_assert_str_eq(sn_attrs_get(&ds->project_attrs, 1, (size_t)sn_attrs_find(&ds->project_attrs, "theme")),
			 "innovation");
	ck_assert_str_eq(sn_attrs_get(&ds->project_attrs, 3, 0), "");
	ck_assert_str_eq(sn_attrs_get(&ds->actor_attrs, 0, (size_t)sn_attrs_find(&ds->actor_attrs, "website")),
			 "https://skane.se");
	/* 11 rows: skane twice in p2 merges; kommuner:12 expands to Malmö and Lund. */
	ck_assert_int_eq(ds->nmemberships, 11);
	size_t skane = sn_dataset_find_actor(ds, "skane");
	size_t p2 = sn_dataset_find_project(ds, "p2");
	int found = 0;
	for (size_t i = 0; i < ds->nmemberships; i++) {
		const sn_membership_t *m = &ds->memberships[i];
		if (m->project == p2 && m->actor == skane) {
			ck_assert_uint_eq(m->roles, SN_ROLE_OWNER | SN_ROLE_FUNDER);
			ck_assert_double_eq(m->amount_sek, 50);
			found++;
		}
	}
	ck_assert_int_eq(found, 1);
	ck_assert_int_eq(ds->ncoalitions, 1);
	ck_assert_int_eq(ds->coalitions[0].nactors, 3);
	ck_assert_int_eq(diag.count, 0);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_dataset_load_selector_expands_through_tree)
{
	sn_diag_t diag;
	sn_error_t err;

	sn_diag_init(&diag);
	sn_dataset_t *ds = load(fixture("mini"), &diag, &err);
	ck_assert_int_eq(err, SN_OK);
	size_t p4 = sn_dataset_find_project(ds, "p4");
	size_t lund = sn_dataset_find_actor(ds, "lund"), malmo = sn_dataset_find_actor(ds, "malmo");
	int hits = 0;
	for (size_t i = 0; i < ds->nmemberships; i++) {
		const sn_membership_t *m = &ds->memberships[i];
		if (m->project != p4 || !m->selector)
			continue;
		ck_assert_str_eq(m->selector, "kommuner:12");
		ck_assert(m->actor == lund || m->actor == malmo);
		hits++;
	}
	ck_assert_int_eq(hits, 2);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_dataset_excel_twin_loads_same_dataset)
{
	sn_diag_t d1, d2;
	sn_error_t e1, e2;

	sn_diag_init(&d1);
	sn_diag_init(&d2);
	sn_dataset_t *a = load(fixture("mini"), &d1, &e1);
	sn_dataset_t *b = load(fixture("mini_excel"), &d2, &e2);
	ck_assert_int_eq(e1, SN_OK);
	ck_assert_int_eq(e2, SN_OK);
	ck_assert_int_eq(a->nactors, b->nactors);
	ck_assert_int_eq(a->nprojects, b->nprojects);
	ck_assert_int_eq(a->nmemberships, b->nmemberships);
	for (size_t i = 0; i < a->nactors; i++) {
		ck_assert_str_eq(a->actors[i].id, b->actors[i].id);
		ck_assert_str_eq(a->actors[i].name, b->actors[i].name);
		ck_assert_int_eq(a->actors[i].territory, b->actors[i].territory);
	}
	for (size_t i = 0; i < a->nmemberships; i++) {
		ck_assert_int_eq(a->memberships[i].project, b->memberships[i].project);
		ck_assert_int_eq(a->memberships[i].actor, b->memberships[i].actor);
		ck_assert_uint_eq(a->memberships[i].roles, b->memberships[i].roles);
		ck_assert(isnan(a->memberships[i].amount_sek) == isnan(b->memberships[i].amount_sek));
	}
	/* The networks are the same graph: same edges in the same order. */
	sn_network_t na, nb;
	sn_network_init(&na);
	sn_network_init(&nb);
	ck_assert_int_eq(sn_network_build(&na, a, NULL), SN_OK);
	ck_assert_int_eq(sn_network_build(&nb, b, NULL), SN_OK);
	igraph_bool_t same = false;
	ck_assert_int_eq(igraph_is_same_graph(&na.graph, &nb.graph, &same), IGRAPH_SUCCESS);
	ck_assert(same);
	sn_network_destroy(&na);
	sn_network_destroy(&nb);
	sn_dataset_free(a);
	sn_dataset_free(b);
	sn_diag_destroy(&d1);
	sn_diag_destroy(&d2);
}
END_TEST

START_TEST(test_dataset_represented_population_counts_union_once)
{
	sn_diag_t diag;
	sn_error_t err;
	int64_t pop = -1;

	sn_diag_init(&diag);
	sn_dataset_t *ds = load(fixture("mini"), &diag, &err);
	ck_assert_int_eq(err, SN_OK);
	size_t skane = sn_dataset_find_actor(ds, "skane"), malmo = sn_dataset_find_actor(ds, "malmo");
	size_t lund = sn_dataset_find_actor(ds, "lund"), halland = sn_dataset_find_actor(ds, "halland");
	size_t almi = sn_dataset_find_actor(ds, "almi");
	size_t set1[] = { skane, malmo, malmo };
	ck_assert_int_eq(sn_dataset_represented_population(ds, set1, 3, 2024, &pop), SN_OK);
	ck_assert_int_eq(pop, SKANE_2024);
	size_t set2[] = { malmo, lund, almi };
	ck_assert_int_eq(sn_dataset_represented_population(ds, set2, 3, 2024, &pop), SN_OK);
	ck_assert_int_eq(pop, MALMO_2024 + LUND_2024);
	size_t set3[] = { halland, malmo, skane };
	ck_assert_int_eq(sn_dataset_represented_population(ds, set3, 3, 2024, &pop), SN_OK);
	ck_assert_int_eq(pop, SKANE_2024 + HALLAND_2024);
	/*
	 * 2023 has county figures but no kommun figures: a kommun takes its
	 * latest earlier figure, 31 Dec 2021 (SCB: Malmö 351 749, Lund 127 376).
	 * Before the earliest figure there is none.
	 */
	ck_assert_int_eq(sn_dataset_represented_population(ds, set2, 2, 2023, &pop), SN_OK);
	ck_assert_int_eq(pop, 351749 + 127376);
	ck_assert_int_eq(sn_dataset_represented_population(ds, set2, 2, 2020, &pop), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "no population for territory '1280' (Malmö) in or before 2020");
	ck_assert_int_eq(sn_dataset_actor_county(ds, malmo), sn_territories_find(ds->territories, "12"));
	ck_assert_int_eq(sn_dataset_actor_county(ds, almi), SN_NO_PARENT);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
}
END_TEST

/* Regionsamverkan Sydsverige: Blekinge, Halland, Jönköping, Kalmar, Kronoberg, Skåne. */
START_TEST(test_territories_sydsverige_share_2024_is_25_98_percent)
{
	sn_diag_t diag;
	sn_territories_t *t = NULL;
	const char *codes[] = { "10", "13", "06", "08", "07", "12" };
	size_t idx[6];
	int64_t six, sweden, county;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_territories_load(&t, bundled_territories(), NULL, &diag), SN_OK);
	ck_assert_int_eq(t->count, 1 + 21 + 290);
	for (int i = 0; i < 6; i++)
		idx[i] = sn_territories_find(t, codes[i]);
	ck_assert_int_eq(sn_territories_union_population(t, idx, 6, 2024, &six), SN_OK);
	ck_assert_int_eq(sn_territories_population(t, t->root, 2024, &sweden), SN_OK);
	/* SCB: Sweden 10 587 710 on 31 Dec 2024; the six counties 2 750 635. */
	ck_assert_int_eq(sweden, 10587710);
	ck_assert_int_eq(six, 157223 + 345074 + 370009 + 246352 + 203351 + 1428626);
	ck_assert_double_eq_tol(100.0 * (double)six / (double)sweden, 25.98, 0.005);
	/* A county without its own figure would be the sum of its kommuner: 2024 agrees. */
	ck_assert_int_eq(sn_territories_population(t, sn_territories_find(t, "12"), 2024, &county), SN_OK);
	ck_assert_int_eq(county, SKANE_2024);
	ck_assert_int_eq(sn_territories_latest_year(t), 2024);
	ck_assert_int_eq(sn_territories_depth(t, sn_territories_find(t, "1280")), 2);
	sn_territories_free(t);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_territories_bad_tree_reports_every_problem)
{
	sn_diag_t diag;
	sn_territories_t *t = NULL;
	char *dir = temp_dir(), path[4096];

	snprintf(path, sizeof path, "%s/territories.csv", dir);
	write_text(dir, "territories.csv",
		   "code,name,parent,population_2024\n"
		   "SE,Sverige,,\n"
		   "XX,Other root,,5\n"
		   "01,A,SE,-3\n"
		   "01,B,SE,7\n"
		   "02,C,ZZ,nan\n"
		   "03,D,04,1\n"
		   "04,E,03,99999999999999999999\n");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_territories_load(&t, path, NULL, &diag), SN_EDATA);
	ck_assert_ptr_null(t);
	ck_assert(diag.errors >= 7);
	char want[4200];
	snprintf(want, sizeof want, "%s:4:4: population must not be negative, got '-3'", path);
	ck_assert(diag_has(&diag, want));
	snprintf(want, sizeof want, "%s:6:4: population: expected a whole number, got 'nan'", path);
	ck_assert(diag_has(&diag, want));
	snprintf(want, sizeof want, "%s:3: territory 'XX' is a second root (first: 'SE'); a tree has one", path);
	ck_assert(diag_has(&diag, want));
	snprintf(want, sizeof want, "%s:5:1: duplicate territory code '01' (first on line 4)", path);
	ck_assert(diag_has(&diag, want));
	snprintf(want, sizeof want, "%s:6: territory '02' has unknown parent 'ZZ'", path);
	ck_assert(diag_has(&diag, want));
	snprintf(want, sizeof want, "%s:7: territory '03' lies on a cycle of parents", path);
	ck_assert(diag_has(&diag, want));
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

START_TEST(test_dataset_load_bad_dataset_reports_every_problem)
{
	sn_diag_t diag;
	sn_error_t err;
	char *dir = temp_dir();

	write_text(dir, "actors.csv",
		   "id,name,type,territory\n"
		   "a,A,region,12\n"
		   "a,A again,kommun,1280\n"
		   "b,B,planet,\n"
		   "c,C,kommun,9999\n"
		   ",Nameless,other,\n");
	write_text(dir, "memberships.csv",
		   "project,actor,role,amount_sek\n"
		   "p,a,lead,-5\n"
		   "p,ghost,partner,\n"
		   "p,kommuner:25,member,\n"
		   "p,a,boss,\n"
		   "p,regions:77,member,\n");
	write_text(dir, "coalitions.csv", "coalition,actor\nx,nobody\n");
	sn_diag_init(&diag);
	sn_dataset_t *ds = NULL;
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	err = sn_dataset_load(&ds, dir, &opts, &diag);
	ck_assert_int_eq(err, SN_EDATA);
	ck_assert_ptr_null(ds);
	const char *want[] = {
		"actors.csv:3:1: duplicate actor id 'a' (first on line 2)",
		"actors.csv:4:3: unknown actor type 'planet' (expected region, kommun, lansstyrelse, "
		"agency, university, company, fund, ngo, association, research or other)",
		"actors.csv:5:4: unknown territory '9999'",
		"actors.csv:6:1: empty actor id",
		"memberships.csv:2:4: amount_sek must not be negative, got '-5'",
		"memberships.csv:3:2: unknown actor 'ghost'",
		"memberships.csv:4:2: selector 'kommuner:25' matches no actor",
		"memberships.csv:5:3: unknown role 'boss' (expected lead, partner, funder, owner or member)",
		/* The codes one edit away from 77 in the bundled tree: counties 07 and 17. */
		"memberships.csv:6:2: selector 'regions:77' names unknown territory '77'; "
		"did you mean '07' or '17'?",
		"coalitions.csv:2:2: unknown actor 'nobody'",
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		char full[4200];
		snprintf(full, sizeof full, "%s/%s", dir, want[i]);
		ck_assert_msg(diag_has(&diag, full), "missing: %s", full);
	}
	ck_assert_int_eq(diag.errors, sizeof want / sizeof *want);
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

START_TEST(test_dataset_load_missing_required_file_and_column)
{
	sn_diag_t diag;
	sn_dataset_t *ds = NULL;
	char *dir = temp_dir(), want[4200];

	write_text(dir, "actors.csv", "id,label,type\na,A,other\n");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, dir, NULL, &diag), SN_EDATA);
	snprintf(want, sizeof want, "%s/actors.csv:1: missing required column 'name'", dir);
	ck_assert(diag_has(&diag, want));
	snprintf(want, sizeof want, "%s/memberships.csv: required file is missing", dir);
	ck_assert(diag_has(&diag, want));
	ck_assert_int_eq(sn_dataset_load(&ds, "/nonexistent", NULL, &diag), SN_EIO);
	ck_assert_int_eq(sn_dataset_load(&ds, bundled_territories(), NULL, &diag), SN_EIO);
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("dataset");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_dataset_load_mini_reads_every_file);
	tcase_add_test(tc, test_dataset_load_selector_expands_through_tree);
	tcase_add_test(tc, test_dataset_excel_twin_loads_same_dataset);
	tcase_add_test(tc, test_dataset_represented_population_counts_union_once);
	tcase_add_test(tc, test_territories_sydsverige_share_2024_is_25_98_percent);
	tcase_add_test(tc, test_territories_bad_tree_reports_every_problem);
	tcase_add_test(tc, test_dataset_load_bad_dataset_reports_every_problem);
	tcase_add_test(tc, test_dataset_load_missing_required_file_and_column);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
