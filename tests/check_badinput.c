/*
 * Tests of bad input, round 2 (issue 16): memberships naming a project that
 * projects.csv lacks, files with a header only, very wide headers and the
 * cap on kept diagnostics (base/dataset_files.c, base/table.c, base/diag.c).
 */
#include "config.h"

#include <check.h>
#include <time.h>

#include "samnet.h"
#include "testutil.h"

static sn_error_t load(sn_dataset_t **ds, const char *dir, sn_diag_t *diag)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };

	return sn_dataset_load(ds, dir, &opts, diag);
}

/* Asserts that diag holds "DIR/rest". */
static void expect(const sn_diag_t *diag, const char *dir, const char *rest)
{
	char want[4200];

	snprintf(want, sizeof want, "%s/%s", dir, rest);
	if (!diag_has(diag, want))
		diag_dump(diag);
	ck_assert_msg(diag_has(diag, want), "missing: %s", want);
}

static const char actors[] = "id,name,type\na,A,other\nb,B,other\n";

START_TEST(test_dataset_load_unknown_project_with_projects_file_is_error_at_its_cell)
{
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;
	char *dir = temp_dir();

	write_text(dir, "actors.csv", actors);
	write_text(dir, "projects.csv", "id,name\np1,One\n");
	write_text(dir, "memberships.csv", "actor,project\na,p1\nb,p1\n\nb,p9\n");
	sn_diag_init(&diag);
	ck_assert_int_eq(load(&ds, dir, &diag), SN_EDATA);
	ck_assert_ptr_null(ds);
	/* Line 5 (a blank line before it), column 2 (project is the second column). */
	expect(&diag, dir, "memberships.csv:5:2: unknown project 'p9' (projects.csv lists every project)");
	ck_assert_int_eq(diag.errors, 1);
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

START_TEST(test_dataset_load_without_projects_file_takes_projects_from_memberships)
{
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;
	char *dir = temp_dir();

	write_text(dir, "actors.csv", actors);
	write_text(dir, "memberships.csv", "project,actor\np1,a\np9,b\np1,b\n");
	sn_diag_init(&diag);
	ck_assert_int_eq(load(&ds, dir, &diag), SN_OK);
	ck_assert_int_eq(diag.count, 0);
	ck_assert_int_eq(ds->nprojects, 2);
	ck_assert_str_eq(ds->projects[sn_dataset_find_project(ds, "p9")].name, "p9");
	ck_assert_int_eq(ds->projects[sn_dataset_find_project(ds, "p9")].line, 0);
	ck_assert_int_eq(ds->nmemberships, 3);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

START_TEST(test_dataset_load_header_only_files_are_reported_at_the_header_line)
{
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;
	char *dir = temp_dir();

	/* The header of actors.csv sits on line 3, after two blank lines. */
	write_text(dir, "actors.csv", "\n\nid,name,type\n");
	write_text(dir, "projects.csv", "id,name\n");
	write_text(dir, "memberships.csv", "project,actor\n");
	write_text(dir, "coalitions.csv", "coalition,actor\n");
	sn_diag_init(&diag);
	ck_assert_int_eq(load(&ds, dir, &diag), SN_EDATA);
	expect(&diag, dir, "actors.csv:3: no actors: the file has a header only");
	expect(&diag, dir, "projects.csv:1: warning: no projects: the file has a header only "
			   "(delete it to take the projects from memberships.csv)");
	ck_assert_int_eq(diag.errors, 1);
	sn_diag_destroy(&diag);

	write_text(dir, "actors.csv", actors);
	sn_diag_init(&diag);
	ck_assert_int_eq(load(&ds, dir, &diag), SN_OK);
	expect(&diag, dir, "memberships.csv:1: warning: no memberships: the file has a header only; "
			   "the network has no ties");
	expect(&diag, dir, "coalitions.csv:1: warning: no coalitions: the file has a header only");
	ck_assert_int_eq(diag.errors, 0);
	ck_assert_int_eq(diag.warnings, 3);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);

	/* Rows that were all rejected are not "a header only". */
	write_text(dir, "actors.csv", "id,name,type\na,A\n");
	sn_diag_init(&diag);
	ck_assert_int_eq(load(&ds, dir, &diag), SN_EDATA);
	expect(&diag, dir, "actors.csv:2:2: row has 2 fields, the header has 3");
	expect(&diag, dir, "actors.csv:1: no actors: every row was rejected");
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

START_TEST(test_territories_load_header_only_is_reported_at_the_header_line)
{
	sn_territories_t *t = NULL;
	sn_diag_t diag;
	char *path = temp_file("code,name,parent\n", 17);

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_territories_load(&t, path, NULL, &diag), SN_EDATA);
	ck_assert_ptr_null(t);
	char want[4200];
	snprintf(want, sizeof want, "%s:1: no territories: the file has a header only", path);
	ck_assert_msg(diag_has(&diag, want), "missing: %s", want);
	ck_assert_int_eq(diag.errors, 1);
	sn_diag_destroy(&diag);
	unlink(path);
	free(path);
}
END_TEST

/* Valgrind preloads its own library; timings under it say nothing. */
static bool on_valgrind(void)
{
	const char *preload = getenv("LD_PRELOAD");

	return preload && strstr(preload, "vgpreload");
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0->tv_nsec);
}

/*
 * A header of a million columns, all named 'x' after the first three: every
 * repeat is counted, 100 are kept.  The old pairwise check took about 5e11
 * comparisons (minutes); the hashed one is linear.
 */
START_TEST(test_table_open_million_column_header_is_checked_in_linear_time)
{
	enum { COLUMNS = 1000000 };
	size_t len = strlen("id,name,type") + 2 * (COLUMNS - 3) + 1;
	char *text = malloc(len + 1), *p = text;
	sn_table_t *t = NULL;
	sn_diag_t diag;
	struct timespec t0;

	ck_assert_ptr_nonnull(text);
	p += sprintf(p, "id,name,type");
	for (size_t i = 3; i < COLUMNS; i++)
		p += sprintf(p, ",x");
	*p++ = '\n';
	char *path = temp_file(text, (size_t)(p - text));
	ck_assert_ptr_nonnull(path);
	sn_diag_init(&diag);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_int_eq(sn_table_open(&t, path, "wide.csv", NULL, &diag), SN_EDATA);
	double elapsed = seconds_since(&t0);
	/* Generous for sanitizers and a busy machine; the pairwise check took minutes. */
	ck_assert_msg(elapsed < 30 || on_valgrind(), "took %.1f s", elapsed);
	ck_assert_int_eq(diag.errors, COLUMNS - 4);
	ck_assert_int_eq(diag.count, 100);
	ck_assert_int_eq(diag.dropped, COLUMNS - 4 - 100);
	ck_assert(diag_has(&diag, "wide.csv:1:5: duplicate column name 'x' in the header"));
	ck_assert(diag_has(&diag, "wide.csv:1:104: duplicate column name 'x' in the header"));
	sn_diag_destroy(&diag);
	unlink(path);
	free(path);
	free(text);
}
END_TEST

START_TEST(test_table_open_reports_every_repeat_and_empty_name_once)
{
	static const char text[] = "a,b,,a,b,a,\n1,2,3,4,5,6,7\n";
	sn_table_t *t = NULL;
	sn_diag_t diag;
	char *path = temp_file(text, sizeof text - 1);

	sn_diag_init(&diag);
	ck_assert_int_eq(sn_table_open(&t, path, "t.csv", NULL, &diag), SN_EDATA);
	ck_assert(diag_has(&diag, "t.csv:1:3: empty column name in the header"));
	ck_assert(diag_has(&diag, "t.csv:1:4: duplicate column name 'a' in the header"));
	ck_assert(diag_has(&diag, "t.csv:1:5: duplicate column name 'b' in the header"));
	ck_assert(diag_has(&diag, "t.csv:1:6: duplicate column name 'a' in the header"));
	ck_assert(diag_has(&diag, "t.csv:1:7: empty column name in the header"));
	ck_assert_int_eq(diag.errors, 5);
	sn_diag_destroy(&diag);
	unlink(path);
	free(path);
}
END_TEST

START_TEST(test_diag_keeps_100_entries_and_counts_the_rest)
{
	sn_diag_t diag;

	sn_diag_init(&diag);
	for (int i = 0; i < 250; i++)
		ck_assert_int_eq(sn_diag_add(&diag, i % 2 ? SN_DIAG_WARNING : SN_DIAG_ERROR, "f.csv",
					     (size_t)i + 2, 1, "problem %d", i), SN_OK);
	ck_assert_int_eq(diag.count, 100);
	ck_assert_int_eq(diag.dropped, 150);
	ck_assert_int_eq(diag.errors, 125);
	ck_assert_int_eq(diag.warnings, 125);
	ck_assert(diag_has(&diag, "f.csv:101:1: warning: problem 99"));
	ck_assert(!diag_has(&diag, "f.csv:102:1: problem 100"));
	sn_diag_destroy(&diag);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("badinput");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_dataset_load_unknown_project_with_projects_file_is_error_at_its_cell);
	tcase_add_test(tc, test_dataset_load_without_projects_file_takes_projects_from_memberships);
	tcase_add_test(tc, test_dataset_load_header_only_files_are_reported_at_the_header_line);
	tcase_add_test(tc, test_territories_load_header_only_is_reported_at_the_header_line);
	tcase_add_test(tc, test_table_open_million_column_header_is_checked_in_linear_time);
	tcase_add_test(tc, test_table_open_reports_every_repeat_and_empty_name_once);
	tcase_add_test(tc, test_diag_keeps_100_entries_and_counts_the_rest);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
