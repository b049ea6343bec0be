/*
 * tests/check_binding_api.c: the calls a language binding starts with,
 * through <samnet.h> alone: open the bundled dataset by name or a folder,
 * read its diagnostics as text, get it as tables for data frames, build a
 * network handle.  The expected counts come from the CSV files, read here
 * with a reader of our own (or from Python's csv module, quoted below).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <samnet.h>

/* The bundled dataset's folder in the source tree. */
static void bundled_file(char *buf, size_t size, const char *name)
{
	const char *srcdir = getenv("srcdir");

	snprintf(buf, size, "%s/datasets/sweden/%s", srcdir ? srcdir : ".", name);
}

/*
 * Records of an RFC 4180 file after its header: line breaks inside quotes
 * do not end a record, blank lines are no record.
 */
static size_t csv_records(const char *path)
{
	FILE *f = fopen(path, "rb");
	size_t records = 0;
	int c, quoted = 0, filled = 0;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	while ((c = getc(f)) != EOF) {
		if (c == '"')
			quoted = !quoted;
		if (c == '\n' && !quoted) {
			records += filled;
			filled = 0;
		} else if (c != '\r')
			filled = 1;
	}
	records += filled;
	fclose(f);
	return records - 1;   /* the header */
}

static size_t bundled_records(const char *name)
{
	char path[4096];

	bundled_file(path, sizeof path, name);
	return csv_records(path);
}

/* The column named `name` of table `t`, failing when there is none. */
static size_t column(const sn_doc_table_t *t, const char *name)
{
	for (size_t c = 0; c < sn_doc_table_ncols(t); c++)
		if (strcmp(sn_doc_table_colname(t, c), name) == 0)
			return c;
	ck_abort_msg("table %s has no column %s", sn_doc_table_name(t), name);
	return 0;
}

/* The row whose column `col` is `value`, failing when there is none. */
static size_t row_of(const sn_doc_table_t *t, size_t col, const char *value)
{
	const char *s;

	for (size_t r = 0; r < sn_doc_table_nrows(t); r++)
		if (sn_doc_table_get_str(t, r, col, &s) == SN_OK && strcmp(s, value) == 0)
			return r;
	ck_abort_msg("table %s has no row %s", sn_doc_table_name(t), value);
	return 0;
}

static const sn_doc_table_t *table_named(const sn_doc_t *doc, const char *name)
{
	for (size_t i = 0; i < sn_doc_ntables(doc); i++)
		if (strcmp(sn_doc_table_name(sn_doc_table_at(doc, i)), name) == 0)
			return sn_doc_table_at(doc, i);
	ck_abort_msg("no table %s", name);
	return NULL;
}

static const char *cell(const sn_doc_table_t *t, size_t row, const char *col)
{
	const char *s = NULL;

	ck_assert_int_eq(sn_doc_table_get_str(t, row, column(t, col), &s), SN_OK);
	return s;
}

/*
 * Unique (project, actor) pairs of the bundled memberships.csv after its
 * selectors are expanded (regions:* is every region actor, kommuner:24
 * every kommun actor in county 24), counted with Python's csv module:
 *   pairs = set(); for m in memberships: for each actor a the selector
 *   m.actor names (walking territories.csv's parent column): pairs.add((m.project, a))
 *   len(pairs) == 484   (216 rows in the file)
 */
#define SWEDEN_MEMBERSHIPS 484

START_TEST(test_open_bundled_counts)
{
	sn_dataset_t *ds = NULL;
	char *errors = (char *)"unset";

	sn_setup();
	ck_assert_int_eq(sn_dataset_open(&ds, NULL, &errors), SN_OK);
	ck_assert_ptr_nonnull(ds);
	ck_assert_ptr_null(errors);   /* the bundled dataset loads without a warning */
	ck_assert_uint_eq(sn_dataset_nactors(ds), bundled_records("actors.csv"));
	ck_assert_uint_eq(ds->nprojects, bundled_records("projects.csv"));
	ck_assert_uint_eq(ds->nmemberships, SWEDEN_MEMBERSHIPS);
	ck_assert_uint_eq(sn_dataset_ncoalitions(ds) > 0, 1);
	/* territories.csv has figures of every territory for 2021 and 2024 only (Python csv). */
	ck_assert_int_eq(sn_dataset_default_year(ds), 2024);
	sn_dataset_free(ds);
	sn_teardown();
}
END_TEST

START_TEST(test_open_folder_as_bundled)
{
	char dir[4096], actors[4096];
	sn_dataset_t *a = NULL, *b = NULL;

	sn_setup();
	bundled_file(actors, sizeof actors, "actors.csv");
	snprintf(dir, sizeof dir, "%.*s", (int)(strrchr(actors, '/') - actors), actors);
	ck_assert_int_eq(sn_dataset_open(&a, dir, NULL), SN_OK);
	ck_assert_int_eq(sn_dataset_open(&b, NULL, NULL), SN_OK);
	ck_assert_uint_eq(sn_dataset_nactors(a), sn_dataset_nactors(b));
	ck_assert_str_eq(sn_dataset_actor_id(a, 0), sn_dataset_actor_id(b, 0));
	sn_dataset_free(a);
	sn_dataset_free(b);
	sn_teardown();
}
END_TEST

START_TEST(test_dataset_doc_tables)
{
	sn_dataset_t *ds = NULL;
	sn_doc_t *doc = NULL;
	const sn_doc_table_t *actors, *projects, *memberships, *territories;
	int64_t pop;
	size_t r;

	sn_setup();
	ck_assert_int_eq(sn_dataset_open(&ds, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_doc_new(&doc, "dataset"), SN_OK);
	ck_assert_int_eq(sn_dataset_doc(doc, ds), SN_OK);
	actors = table_named(doc, "actors");
	projects = table_named(doc, "projects");
	memberships = table_named(doc, "memberships");
	territories = table_named(doc, "territories");
	ck_assert_uint_eq(sn_doc_table_nrows(actors), bundled_records("actors.csv"));
	ck_assert_uint_eq(sn_doc_table_nrows(projects), bundled_records("projects.csv"));
	ck_assert_uint_eq(sn_doc_table_nrows(memberships), SWEDEN_MEMBERSHIPS);
	ck_assert_uint_eq(sn_doc_table_nrows(territories), bundled_records("territories.csv"));

	/* actors.csv: region-01,Region Stockholm,region,01,Stockholm,region, */
	r = row_of(actors, column(actors, "id"), "region-01");
	ck_assert_str_eq(cell(actors, r, "name"), "Region Stockholm");
	ck_assert_str_eq(cell(actors, r, "type"), "region");
	ck_assert_str_eq(cell(actors, r, "county"), "01");
	ck_assert_str_eq(cell(actors, r, "county_name"), "Stockholms län");
	ck_assert_str_eq(cell(actors, r, "short_name"), "Stockholm");
	ck_assert_str_eq(cell(actors, r, "org_form"), "region");
	/* territories.csv: 01,Stockholms län,SE,...,population_2024 = 2473307 */
	ck_assert_int_eq(sn_doc_table_get_int(actors, r, column(actors, "population"), &pop), SN_OK);
	ck_assert_int_eq(pop, 2473307);
	/* A university represents no territory: no population cell. */
	r = row_of(actors, column(actors, "type"), "university");
	ck_assert_int_ne(sn_doc_table_get_int(actors, r, column(actors, "population"), &pop), SN_OK);

	/* projects.csv: reglab,Reglab,regional utveckling,network,2023,,... */
	r = row_of(projects, column(projects, "id"), "reglab");
	ck_assert_str_eq(cell(projects, r, "start"), "2023");
	ck_assert_str_eq(cell(projects, r, "end"), "");
	ck_assert_str_eq(cell(projects, r, "kind"), "network");

	/* memberships.csv: regionsamverkan-sydsverige,region-10,member,, */
	r = row_of(memberships, column(memberships, "project"), "regionsamverkan-sydsverige");
	ck_assert_str_eq(cell(memberships, r, "role"), "member");
	ck_assert_str_eq(cell(memberships, r, "selector"), "");

	r = row_of(territories, column(territories, "code"), "12");
	ck_assert_str_eq(cell(territories, r, "parent"), "SE");
	ck_assert_int_eq(sn_doc_table_get_int(territories, r, column(territories, "population"),
					      &pop), SN_OK);
	ck_assert_int_eq(pop, 1428626);   /* territories.csv, 12, population_2024 */
	sn_doc_free(doc);
	sn_dataset_free(ds);
	sn_teardown();
}
END_TEST

/* Writes `text` to dir/name. */
static void write_file(const char *dir, const char *name, const char *text)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

START_TEST(test_open_errors_as_text)
{
	char dir[] = "/tmp/sn-binding-XXXXXX";
	char path[4096];
	sn_dataset_t *ds = (sn_dataset_t *)1;
	char *errors = NULL;

	sn_setup();
	ck_assert_ptr_nonnull(mkdtemp(dir));
	write_file(dir, "actors.csv", "id,name,type\na,A,region\nb,B,spaceship\n");
	write_file(dir, "memberships.csv", "project,actor\np,a\np,c\n");
	ck_assert_int_eq(sn_dataset_open(&ds, dir, &errors), SN_EDATA);
	ck_assert_ptr_null(ds);
	ck_assert_ptr_nonnull(errors);
	/* One line per problem, FILE:LINE:COL: message. */
	snprintf(path, sizeof path, "%s/actors.csv:3:3: ", dir);
	ck_assert_msg(strstr(errors, path) != NULL, "%s", errors);
	snprintf(path, sizeof path, "%s/memberships.csv:3:2: ", dir);
	ck_assert_msg(strstr(errors, path) != NULL, "%s", errors);
	ck_assert_int_eq(errors[strlen(errors) - 1], '\n');
	free(errors);

	/* No folder: no diagnostic, the error's message is the text. */
	snprintf(path, sizeof path, "%s/absent", dir);
	ck_assert_int_eq(sn_dataset_open(&ds, path, &errors), SN_EIO);
	ck_assert_ptr_nonnull(errors);
	ck_assert_str_eq(errors, sn_error_last());
	free(errors);

	snprintf(path, sizeof path, "%s/actors.csv", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/memberships.csv", dir);
	unlink(path);
	rmdir(dir);
	sn_teardown();
}
END_TEST

START_TEST(test_network_handle)
{
	sn_dataset_t *ds = NULL;
	sn_network_t *net = NULL, *all = NULL;
	sn_network_options_t keep_all = { true, false, NULL };

	sn_setup();
	ck_assert_int_eq(sn_dataset_open(&ds, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_network_new(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_network_new(&all, ds, &keep_all), SN_OK);
	/* Every actor kept: one actor vertex per actors.csv row. */
	ck_assert_uint_eq(all->nactors, bundled_records("actors.csv"));
	ck_assert_uint_lt(net->nactors, all->nactors);   /* idle kommuner left out */
	sn_network_free(net);
	sn_network_free(all);
	sn_dataset_free(ds);
	sn_teardown();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("binding_api");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_open_bundled_counts);
	tcase_add_test(tc, test_open_folder_as_bundled);
	tcase_add_test(tc, test_dataset_doc_tables);
	tcase_add_test(tc, test_open_errors_as_text);
	tcase_add_test(tc, test_network_handle);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
