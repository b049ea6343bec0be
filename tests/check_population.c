/*
 * Tests of the population rules (base/territory.c, base/dataset.c): which
 * year's figure a territory counts, which actors carry population, and the
 * check of own figures against their children's.
 *
 * The small trees are written here; their figures are chosen so that every
 * expected value can be checked by hand.  The Swedish values are SCB's, as
 * bundled in datasets/sweden/territories.csv.
 */
#include "config.h"

#include <check.h>

#include "samnet.h"
#include "testutil.h"

/*
 * R -> A (100 in 2021, 110 in 2023) -> A1 (60, 2021), A2 (40, 2021)
 *   -> B (45 in 2021, 50 in 2024)   -> B1 (30, 2024), B2 (20, 2024)
 */
static const char years_tree[] =
	"code,name,parent,population_2021,population_2023,population_2024\n"
	"R,Root,,,,\n"
	"A,A,R,100,110,\n"
	"A1,A1,A,60,,\n"
	"A2,A2,A,40,,\n"
	"B,B,R,45,,50\n"
	"B1,B1,B,,,30\n"
	"B2,B2,B,,,20\n";

static sn_territories_t *load_text(const char *text, sn_diag_t *diag, sn_error_t *err)
{
	char *path = temp_file(text, strlen(text));
	sn_territories_t *t = NULL;

	ck_assert_ptr_nonnull(path);
	*err = sn_territories_load(&t, path, NULL, diag);
	unlink(path);
	free(path);
	return t;
}

static int64_t population(const sn_territories_t *t, const char *code, int year)
{
	int64_t p = -1;

	ck_assert_int_eq(sn_territories_population(t, sn_territories_find(t, code), year, &p), SN_OK);
	return p;
}

static int figure_year(const sn_territories_t *t, const char *code, int year)
{
	return sn_territories_figure_year(t, sn_territories_find(t, code), year);
}

START_TEST(test_territories_population_takes_the_latest_figure_at_or_before_the_year)
{
	sn_diag_t diag;
	sn_error_t err;
	int64_t p;

	sn_diag_init(&diag);
	sn_territories_t *t = load_text(years_tree, &diag, &err);
	ck_assert_int_eq(err, SN_OK);
	/* A: its own 2023 figure in 2023 and 2024; its kommuner their 2021 ones. */
	ck_assert_int_eq(population(t, "A", 2024), 110);
	ck_assert_int_eq(figure_year(t, "A", 2024), 2023);
	ck_assert_int_eq(population(t, "A", 2022), 100);
	ck_assert_int_eq(population(t, "A1", 2024), 60);
	ck_assert_int_eq(figure_year(t, "A1", 2024), 2021);
	/* B1 has no figure before 2024. */
	ck_assert_int_eq(population(t, "B1", 2024), 30);
	ck_assert_int_eq(figure_year(t, "B1", 2023), 0);
	ck_assert_int_eq(sn_territories_population(t, sn_territories_find(t, "B1"), 2023, &p),
			 SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "no population for territory 'B1' (B1) in or before 2023");
	/*
	 * The root has no figure of its own; its children's sum exists only in
	 * 2021 (A has none in 2024, B none in 2023), so it counts 100 + 45 in
	 * every year: one territory, one year.
	 */
	ck_assert_int_eq(population(t, "R", 2024), 145);
	ck_assert_int_eq(figure_year(t, "R", 2024), 2021);
	/* A union may mix years: A1 (2021) and B1 (2024). */
	size_t both[] = { sn_territories_find(t, "A1"), sn_territories_find(t, "B1") };
	ck_assert_int_eq(sn_territories_union_population(t, both, 2, 2024, &p), SN_OK);
	ck_assert_int_eq(p, 90);
	sn_territories_free(t);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_territories_year_range_and_default_year)
{
	sn_diag_t diag;
	sn_error_t err;
	int first, last;

	sn_diag_init(&diag);
	sn_territories_t *t = load_text(years_tree, &diag, &err);
	ck_assert_int_eq(err, SN_OK);
	sn_territories_year_range(t, &first, &last);
	ck_assert_int_eq(first, 2021);
	ck_assert_int_eq(last, 2024);
	/* No year has a figure for every territory (B1 lacks 2021, A2 2024): the latest. */
	ck_assert_int_eq(sn_territories_latest_year(t), 2024);
	sn_territories_free(t);

	/* The bundled tree: complete in 2024 (kommun figures exist for 2021 and 2024). */
	t = NULL;
	ck_assert_int_eq(sn_territories_load(&t, bundled_territories(), NULL, &diag), SN_OK);
	ck_assert_int_eq(sn_territories_latest_year(t), 2024);
	sn_territories_year_range(t, &first, &last);
	ck_assert_int_eq(first, 2021);
	ck_assert_int_eq(last, 2025);
	sn_territories_free(t);
	sn_diag_destroy(&diag);
}
END_TEST

/* Every year from the first to the last figure gives every bundled territory a figure. */
START_TEST(test_sweden_every_year_in_range_has_a_figure_for_every_territory)
{
	sn_diag_t diag;
	sn_territories_t *t = NULL;

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_territories_load(&t, bundled_territories(), NULL, &diag), SN_OK);
	for (int year = 2021; year <= 2025; year++)
		for (size_t i = 0; i < t->count; i++) {
			int64_t p;
			ck_assert_msg(sn_territories_population(t, i, year, &p) == SN_OK, "%s in %d",
				      t->code[i], year);
		}
	/* 2025: the counties' own figures, Malmö its 2024 one (SCB 365 644). */
	ck_assert_int_eq(population(t, "12", 2025), 1433083);
	ck_assert_int_eq(population(t, "1280", 2025), 365644);
	ck_assert_int_eq(population(t, "SE", 2025), 10605535);
	ck_assert_int_eq(population(t, "1280", 2023), 351749);
	sn_territories_free(t);
	sn_diag_destroy(&diag);
}
END_TEST

START_TEST(test_territories_load_rejects_parts_larger_than_their_parent)
{
	sn_diag_t diag;
	sn_error_t err;

	sn_diag_init(&diag);
	/* A's 2021 figure (90) is below A1 + A2 (60 + 40); B's 2024 one (50) is fine. */
	sn_territories_t *t = load_text("code,name,parent,population_2021,population_2024\n"
					"R,Root,,,\n"
					"A,A,R,90,\n"
					"A1,A1,A,60,\n"
					"A2,A2,A,40,\n"
					"B,B,R,,50\n"
					"B1,B1,B,,50\n",
					&diag, &err);
	ck_assert_int_eq(err, SN_EDATA);
	ck_assert_ptr_null(t);
	ck_assert_uint_eq(diag.errors, 1);
	ck_assert_uint_eq(diag.entries[0].line, 3);
	ck_assert_str_eq(diag.entries[0].message,
			 "the population of 'A' (A) in 2021 is 90, but the figures of its parts sum to 100");
	sn_diag_destroy(&diag);

	/* Equal is fine, and a parent may hold more than its listed parts. */
	sn_diag_init(&diag);
	t = load_text("code,name,parent,population_2021\nR,Root,,101\nA,A,R,100\nA1,A1,A,100\n",
		      &diag, &err);
	ck_assert_int_eq(err, SN_OK);
	ck_assert_uint_eq(diag.errors, 0);
	sn_territories_free(t);
	sn_diag_destroy(&diag);
}
END_TEST

static int64_t represented(const sn_dataset_t *ds, const char *const *ids, size_t n, int year)
{
	size_t idx[8];
	int64_t p = -1;

	for (size_t k = 0; k < n; k++) {
		idx[k] = sn_dataset_find_actor(ds, ids[k]);
		ck_assert_uint_ne(idx[k], SN_NO_PARENT);
	}
	ck_assert_int_eq(sn_dataset_represented_population(ds, idx, n, year, &p), SN_OK);
	return p;
}

/* SCB, 31 Dec 2024: Skåne län 1 428 626, Lund 131 590, Sverige 10 587 710. */
START_TEST(test_dataset_only_territorial_actors_carry_population)
{
	sn_dataset_t *ds = load_dataset(fixture("mini"));
	const char *lund_lu[] = { "lund", "lu" }, *lu_almi[] = { "lu", "almi" };
	const char *lst[] = { "lst-skane" };

	/* Lunds universitet (territory 12) carries none: Lund alone. */
	ck_assert_int_eq(represented(ds, lund_lu, 2, 2024), 131590);
	ck_assert_int_eq(represented(ds, lu_almi, 2, 2024), 0);
	ck_assert_uint_eq(ds->actors[sn_dataset_find_actor(ds, "lu")].represents, SN_NO_PARENT);
	/* A länsstyrelse carries its county. */
	ck_assert_int_eq(represented(ds, lst, 1, 2024), 1428626);
	ck_assert_str_eq(sn_dataset_population_rule(ds),
			 "territorial actors only (region, kommun, lansstyrelse)");
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_dataset_represents_column_overrides_the_type_rule)
{
	sn_dataset_t *ds = load_dataset(fixture("represents"));
	const char *state[] = { "staten" }, *assoc_malmo[] = { "skanes-kommuner", "malmo" };
	const char *unit[] = { "malmo-kultur" }, *malmo[] = { "malmo" };

	ck_assert_int_eq(represented(ds, state, 1, 2024), 10587710);
	ck_assert_int_eq(represented(ds, assoc_malmo, 2, 2024), 1428626);
	ck_assert_int_eq(represented(ds, unit, 1, 2024), 0);
	ck_assert_int_eq(represented(ds, malmo, 1, 2024), 365644);
	ck_assert_str_eq(sn_dataset_population_rule(ds),
			 "territorial actors (region, kommun, lansstyrelse), overridden by the "
			 "represents column of actors.csv");
	sn_dataset_free(ds);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("population");
	TCase *tc = tcase_create("rules");

	tcase_add_test(tc, test_territories_population_takes_the_latest_figure_at_or_before_the_year);
	tcase_add_test(tc, test_territories_year_range_and_default_year);
	tcase_add_test(tc, test_sweden_every_year_in_range_has_a_figure_for_every_territory);
	tcase_add_test(tc, test_territories_load_rejects_parts_larger_than_their_parent);
	tcase_add_test(tc, test_dataset_only_territorial_actors_carry_population);
	tcase_add_test(tc, test_dataset_represents_column_overrides_the_type_rule);
	suite_add_tcase(s, tc);

	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
