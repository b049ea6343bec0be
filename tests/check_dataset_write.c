/*
 * Writing a dataset folder through the library (samnet/dataset_write.h,
 * sn_import_folder, sn_backbone_folder) and the import and backbone
 * reports as documents (samnet/import_doc.h, samnet/backbone_doc.h).
 * Expected values: the input rows themselves (names typed here in UTF-8,
 * numbers read by strtod, the C library's own reading of the decimal),
 * counts by hand of the input table, and a brute-force disparity filter
 * (Serrano, Boguna & Vespignani 2009: alpha_ij = (1 - w_ij/s_i)^(k_i - 1))
 * computed here from the memberships.
 */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "samnet.h"
#include "testutil.h"

/* One row per participation: project, actor name, orgnr, amount (SEK). */
static const char table_csv[] =
	"project,actor,orgnr,amount\n"
	"p1,Malmö stad,212000-1124,123456789.123456789\n"
	"p1,\"Region Skåne, Kristianstad\",232100-0255,0.30000000000000004\n"
	"p2,Malmö stad,212000-1124,1e-7\n"
	"p2,Högskolan i Gävle \"HiG\",202100-4086,9007199254740993\n"
	"p3,Högskolan i Gävle \"HiG\",202100-4086,\n"
	"p3,Örebro universitet,202100-2932,42\n"
	"p3,ÖREBRO UNIVERSITET,556000-0001,7\n";

/* The expected memberships: project, actor name, amount text (NULL: none). */
static const struct {
	const char *project, *actor, *amount;
} expected[] = {
	{ "p1", "Malmö stad", "123456789.123456789" },
	{ "p1", "Region Skåne, Kristianstad", "0.30000000000000004" },
	{ "p2", "Malmö stad", "1e-7" },
	{ "p2", "Högskolan i Gävle \"HiG\"", "9007199254740993" },
	{ "p3", "Högskolan i Gävle \"HiG\"", NULL },
	{ "p3", "Örebro universitet", "42" },
	{ "p3", "ÖREBRO UNIVERSITET", "7" },
};
enum { NEXPECTED = sizeof expected / sizeof *expected };

static sn_import_t *import_table(void)
{
	char *path = temp_file(table_csv, sizeof table_csv - 1);
	sn_import_table_spec_t spec = { 0 };
	sn_import_t *imp;
	sn_diag_t diag;

	ck_assert_ptr_nonnull(path);
	spec.project = "project";
	spec.actor = "actor";
	spec.actor_id = "orgnr";
	spec.amount = "amount";
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, NULL, NULL), SN_OK);
	if (sn_import_table(imp, path, &spec, &diag) != SN_OK)
		diag_dump(&diag);
	ck_assert_uint_eq(diag.count, 0);
	sn_diag_destroy(&diag);
	unlink(path);
	free(path);
	return imp;
}

/*
 * The membership of project `p` (the table's id, which the import prefixes
 * with the file's name and '-') and the actor named `name` whose amount is
 * `amount`, or NULL.
 */
static const sn_membership_t *find_membership(const sn_dataset_t *ds, const char *p,
					      const char *name, double amount)
{
	for (size_t i = 0; i < ds->nmemberships; i++) {
		const sn_membership_t *m = &ds->memberships[i];
		double a = m->amount_sek;

		const char *id = strrchr(ds->projects[m->project].id, '-');

		if (id && strcmp(id + 1, p) == 0 &&
		    strcmp(ds->actors[m->actor].name, name) == 0 &&
		    ((isnan(a) && isnan(amount)) || a == amount))
			return m;
	}
	return NULL;
}

static bool file_exists(const char *dir, const char *name)
{
	char path[8400];
	struct stat st;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return stat(path, &st) == 0;
}

static char *slurp(const char *dir, const char *name)
{
	char path[8400], *buf = NULL;
	size_t len = 0;
	FILE *fp, *out = open_memstream(&buf, &len);
	int c;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	ck_assert_ptr_nonnull(fp = fopen(path, "rb"));
	while ((c = fgetc(fp)) != EOF)
		fputc(c, out);
	fclose(fp);
	fclose(out);
	return buf;
}

static void remove_tree(const char *dir)
{
	char cmd[4300];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

START_TEST(test_import_folder_round_trips_names_and_numbers)
{
	sn_import_t *imp = import_table();
	char *top = temp_dir(), dir[4200];
	sn_dataset_folder_t f;

	/* A folder that does not exist yet is created. */
	snprintf(dir, sizeof dir, "%s/out", top);
	sn_import_folder(&f, imp, dir, NULL);
	ck_assert_int_eq(sn_dataset_folder_write(&f), SN_OK);
	ck_assert(file_exists(dir, "aliases.csv"));
	ck_assert(!file_exists(dir, "coalitions.csv"));

	sn_dataset_t *ds = load_dataset(dir);
	/* Five orgnr, five actors: the same name in capitals under another orgnr stays apart. */
	ck_assert_uint_eq(ds->nactors, 5);
	ck_assert_uint_eq(ds->nprojects, 3);
	ck_assert_uint_eq(ds->nmemberships, NEXPECTED);
	for (size_t i = 0; i < NEXPECTED; i++) {
		double want = expected[i].amount ? strtod(expected[i].amount, NULL) : NAN;

		ck_assert_msg(find_membership(ds, expected[i].project, expected[i].actor, want),
			      "%s / %s / %s", expected[i].project, expected[i].actor,
			      expected[i].amount ? expected[i].amount : "none");
	}
	sn_dataset_free(ds);
	sn_import_free(imp);
	remove_tree(top);
	free(top);
}
END_TEST

/* A fill callback writing a two-actor dataset with a Swedish name. */
static sn_error_t fill_small(FILE *const *fps, const void *arg)
{
	(void)arg;
	fputs("id,name,type,territory\na,Åre kommun,kommun,2321\nb,Luleå tekniska universitet,"
	      "university,25\n", fps[0]);
	fputs("project,actor,amount_sek\np,a,0.1\np,b,2.5e-300\n", fps[1]);
	return SN_OK;
}

static const char *const small_written[] = { "actors.csv", "memberships.csv" };
static const char *const small_carried[] = { "coalitions.csv", "territories.csv" };

static sn_dataset_folder_t small_folder(const char *dir, const char *source)
{
	return (sn_dataset_folder_t){ .dir = dir, .written = small_written, .nwritten = 2,
				      .fill = fill_small, .source = source,
				      .carried = small_carried, .ncarried = 2 };
}

START_TEST(test_folder_carries_what_the_source_has)
{
	static const char coalitions[] = "coalition,actor\nNorr,a\nNorr,b\n";
	char *src = temp_dir(), *dir = temp_dir();
	sn_dataset_folder_t f = small_folder(dir, src);

	ck_assert_int_eq(write_text(src, "coalitions.csv", coalitions), 0);
	ck_assert_int_eq(sn_dataset_folder_write(&f), SN_OK);
	/* The coalitions byte for byte; the source has no territories.csv, so none is written. */
	char *copy = slurp(dir, "coalitions.csv");
	ck_assert_str_eq(copy, coalitions);
	free(copy);
	ck_assert(!file_exists(dir, "territories.csv"));

	sn_dataset_t *ds = load_dataset(dir);
	ck_assert_uint_eq(ds->ncoalitions, 1);
	ck_assert_uint_eq(ds->coalitions[0].nactors, 2);
	ck_assert_str_eq(ds->actors[sn_dataset_find_actor(ds, "a")].name, "Åre kommun");
	ck_assert(ds->memberships[0].amount_sek == strtod("0.1", NULL));
	ck_assert(ds->memberships[1].amount_sek == strtod("2.5e-300", NULL));
	sn_dataset_free(ds);
	remove_tree(src);
	remove_tree(dir);
	free(src);
	free(dir);
}
END_TEST

START_TEST(test_folder_is_written_whole_or_not_at_all)
{
	char *src = temp_dir(), *dir = temp_dir(), path[4200];

	/* An old dataset in the folder, and a carried "file" that cannot be read. */
	ck_assert_int_eq(write_text(dir, "actors.csv", "old\n"), 0);
	snprintf(path, sizeof path, "%s/coalitions.csv", src);
	ck_assert_int_eq(mkdir(path, 0777), 0);
	sn_dataset_folder_t f = small_folder(dir, src);
	ck_assert_int_eq(sn_dataset_folder_write(&f), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "coalitions.csv: read error"));
	char *old = slurp(dir, "actors.csv");
	ck_assert_str_eq(old, "old\n");
	free(old);
	ck_assert(!file_exists(dir, "memberships.csv"));
	/* No temporary file is left behind either. */
	snprintf(path, sizeof path, "test \"$(ls -A '%s')\" = actors.csv", dir);
	ck_assert_int_eq(system(path), 0);
	/* A folder that is a file. */
	snprintf(path, sizeof path, "%s/actors.csv", dir);
	f.dir = path;
	ck_assert_int_eq(sn_dataset_folder_write(&f), SN_EIO);
	remove_tree(src);
	remove_tree(dir);
	free(src);
	free(dir);
}
END_TEST

START_TEST(test_plan_and_fill_into_memory_writers)
{
	static const char coalitions[] = "coalition,actor\nS,a\n";
	char *src = temp_dir(), *dir = temp_dir();
	sn_dataset_folder_t f = small_folder(dir, src);
	sn_dataset_plan_t plan;
	sn_writer_t *w[3];
	FILE *fps[3];

	ck_assert_int_eq(write_text(src, "coalitions.csv", coalitions), 0);
	ck_assert_int_eq(write_text(src, "territories.csv", "code,name,level,parent\n"), 0);
	ck_assert_int_eq(sn_dataset_plan(&plan, &f), SN_OK);
	ck_assert_uint_eq(plan.n, 4);
	ck_assert_ptr_null(plan.copy_from[0]);
	ck_assert_ptr_nonnull(strstr(plan.paths[2], "/coalitions.csv"));
	ck_assert_ptr_nonnull(strstr(plan.copy_from[3], "/territories.csv"));
	sn_dataset_plan_destroy(&plan);

	/* Only the written files: a folder without a source. */
	f.source = NULL;
	ck_assert_int_eq(sn_dataset_plan(&plan, &f), SN_OK);
	ck_assert_uint_eq(plan.n, 2);
	for (size_t i = 0; i < 2; i++) {
		ck_assert_int_eq(sn_writer_memory(&w[i]), SN_OK);
		fps[i] = sn_writer_stream(w[i]);
	}
	ck_assert_int_eq(sn_dataset_fill(&plan, &f, fps), SN_OK);
	ck_assert_int_eq(sn_writer_flush(w[1]), SN_OK);
	ck_assert_str_eq(sn_writer_data(w[1], NULL), "project,actor,amount_sek\np,a,0.1\np,b,2.5e-300\n");
	for (size_t i = 0; i < 2; i++)
		sn_writer_free(w[i]);
	sn_dataset_plan_destroy(&plan);
	remove_tree(src);
	remove_tree(dir);
	free(src);
	free(dir);
}
END_TEST

START_TEST(test_folder_paths_list_every_file_in_order)
{
	sn_dataset_folder_t f;
	char **paths;
	size_t n;

	/* Before any import exists: the names alone, written then carried. */
	sn_import_folder(&f, NULL, "out", "se");
	ck_assert_int_eq(sn_dataset_folder_paths(&f, f.dir, &paths, &n), SN_OK);
	ck_assert_uint_eq(n, 6);
	ck_assert_str_eq(paths[0], "out/actors.csv");
	ck_assert_str_eq(paths[3], "out/aliases.csv");
	ck_assert_str_eq(paths[5], "out/territories.csv");
	sn_dataset_paths_free(paths, n);
	ck_assert_int_eq(sn_dataset_folder_paths(&f, f.source, &paths, &n), SN_OK);
	ck_assert_str_eq(paths[4], "se/coalitions.csv");
	sn_dataset_paths_free(paths, n);
}
END_TEST

START_TEST(test_import_read_dispatches_by_name)
{
	sn_import_table_spec_t spec = { 0 };
	sn_import_t *imp;
	sn_diag_t diag;

	ck_assert(sn_import_is_source("kohesio"));
	ck_assert(!sn_import_is_source("Cordis"));
	ck_assert(!sn_import_is_source(NULL));
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_import_new(&imp, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_import_read(imp, "excel", "x.csv", &spec, &diag), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "unknown source 'excel'"));
	ck_assert_int_eq(sn_import_read(imp, "table", "x.csv", &spec, &diag), SN_EINVAL);
	/* The CORDIS fixture through its name: the counts of check_import's own test. */
	ck_assert_int_eq(sn_import_read(imp, "cordis", fixture("import/cordis"), NULL, &diag), SN_OK);
	ck_assert_uint_eq(sn_import_report(imp)->rows, 15);
	sn_import_free(imp);
	sn_diag_destroy(&diag);
}
END_TEST

/* The count of row `item` in the report table. */
static int64_t report_count(const sn_doc_table_t *t, const char *item)
{
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		const char *s;
		int64_t v;

		ck_assert_int_eq(sn_doc_table_get_str(t, r, 0, &s), SN_OK);
		if (strcmp(s, item) == 0) {
			ck_assert_int_eq(sn_doc_table_get_int(t, r, 1, &v), SN_OK);
			return v;
		}
	}
	ck_abort_msg("no report row %s", item);
	return -1;
}

START_TEST(test_import_doc_counts_the_table_by_hand)
{
	sn_import_t *imp = import_table();
	sn_doc_t *doc;

	ck_assert_int_eq(sn_doc_new(&doc, "import"), SN_OK);
	ck_assert_int_eq(sn_import_doc(doc, imp), SN_OK);
	ck_assert_uint_eq(sn_doc_ntables(doc), 2);
	const sn_doc_table_t *rep = sn_doc_table_at(doc, 0);
	ck_assert_str_eq(sn_doc_table_name(rep), "report");
	ck_assert_int_eq(report_count(rep, "rows read"), 7);
	ck_assert_int_eq(report_count(rep, "projects"), 3);
	ck_assert_int_eq(report_count(rep, "actors"), 5);
	ck_assert_int_eq(report_count(rep, "participations"), 7);
	/* Malmö stad and Högskolan i Gävle come back under the same orgnr: two merges. */
	ck_assert_int_eq(report_count(rep, "merged on orgnr"), 2);
	ck_assert_int_eq(report_count(rep, "suspected duplicate groups"), 1);
	ck_assert_int_eq(report_count(rep, "merged on a source's own id"), 0);
	/* Örebro universitet under two orgnr: one group of two actors. */
	const sn_doc_table_t *dup = sn_doc_table_at(doc, 1);
	ck_assert_str_eq(sn_doc_table_name(dup), "suspected_duplicates");
	ck_assert_uint_eq(sn_doc_table_nrows(dup), 2);
	for (size_t r = 0; r < 2; r++) {
		int64_t g;
		ck_assert_int_eq(sn_doc_table_get_int(dup, r, 0, &g), SN_OK);
		ck_assert_int_eq(g, 1);
	}
	sn_doc_free(doc);
	sn_import_free(imp);
}
END_TEST

/* Brute-force disparity p of the tie (i, j) of the count projection of `ds`. */
static double disparity_p(const sn_dataset_t *ds, const double *w, size_t i, size_t j)
{
	size_t n = ds->nactors;
	double alpha[2];
	size_t end[2] = { i, j };

	for (int e = 0; e < 2; e++) {
		double s = 0;
		int k = 0;
		for (size_t x = 0; x < n; x++)
			if (x != end[e] && w[end[e] * n + x] > 0) {
				s += w[end[e] * n + x];
				k++;
			}
		alpha[e] = k <= 1 ? 1 : pow(1 - w[i * n + j] / s, k - 1);
	}
	return alpha[0] < alpha[1] ? alpha[0] : alpha[1];
}

START_TEST(test_backbone_doc_matches_a_brute_force_disparity_filter)
{
	sn_dataset_t *ds = load_dataset(fixture("mini"));
	sn_network_t net;
	sn_backbone_doc_options_t o;
	sn_doc_t *doc;
	size_t n = ds->nactors, kept = 0, tested = 0;
	double *w = calloc(n * n, sizeof *w);

	/* Shared projects of every pair of actors (the count projection). */
	for (size_t a = 0; a < ds->nmemberships; a++)
		for (size_t b = 0; b < ds->nmemberships; b++) {
			const sn_membership_t *x = &ds->memberships[a], *y = &ds->memberships[b];
			if (x->project == y->project && x->actor != y->actor)
				w[x->actor * n + y->actor] += 1;
		}
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	sn_backbone_doc_options_init(&o);
	o.backbone.alpha = 0.5;
	ck_assert_int_eq(sn_doc_new(&doc, "backbone"), SN_OK);
	ck_assert_int_eq(sn_backbone_doc(doc, ds, &net, 0, &o), SN_OK);
	const sn_doc_table_t *t = sn_doc_table_at(doc, 0);
	ck_assert_str_eq(sn_doc_table_name(t), "ties");
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (w[i * n + j] > 0) {
				tested++;
				kept += disparity_p(ds, w, i, j) < 0.5;
			}
	ck_assert_uint_gt(kept, 0);
	ck_assert_uint_eq(sn_doc_table_nrows(t), kept);
	for (size_t r = 0; r < kept; r++) {
		const char *ida, *idb;
		double p;
		int64_t shared;

		ck_assert_int_eq(sn_doc_table_get_str(t, r, 0, &ida), SN_OK);
		ck_assert_int_eq(sn_doc_table_get_str(t, r, 2, &idb), SN_OK);
		ck_assert_int_eq(sn_doc_table_get_int(t, r, 4, &shared), SN_OK);
		ck_assert_int_eq(sn_doc_table_get_real(t, r, 6, &p), SN_OK);
		size_t i = sn_dataset_find_actor(ds, ida), j = sn_dataset_find_actor(ds, idb);
		ck_assert_int_eq(shared, (int64_t)w[i * n + j]);
		ck_assert_double_eq_tol(p, disparity_p(ds, w, i, j), 1e-12);
	}
	(void)tested;
	sn_doc_free(doc);
	/* A network of another dataset is a misuse. */
	ck_assert_int_eq(sn_doc_new(&doc, "backbone"), SN_OK);
	ck_assert_int_eq(sn_backbone_doc(doc, NULL, &net, 0, &o), SN_EINVAL);
	sn_doc_free(doc);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	free(w);
}
END_TEST

START_TEST(test_backbone_folder_writes_one_project_per_tie)
{
	sn_dataset_t *ds = load_dataset(fixture("mini"));
	sn_backbone_folder_t f;
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;
	sn_backbone_t bb;
	sn_network_t net;
	char *dir = temp_dir();

	o.alpha = 0.5;
	sn_network_init(&net);
	sn_backbone_init(&bb);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_backbone_of_network(&bb, &net, &o, 1), SN_OK);
	sn_backbone_folder(&f, &bb, &net, dir, ds->path);
	ck_assert_int_eq(sn_dataset_folder_write(&f.folder), SN_OK);
	/* The actors copied byte for byte from the source. */
	char *src = slurp(ds->path, "actors.csv"), *copy = slurp(dir, "actors.csv");
	ck_assert_str_eq(copy, src);
	free(src);
	free(copy);
	sn_dataset_t *back = load_dataset(dir);
	ck_assert_uint_eq(back->nprojects, (size_t)igraph_ecount(&bb.graph));
	ck_assert_uint_eq(back->nmemberships, 2 * (size_t)igraph_ecount(&bb.graph));
	ck_assert_uint_eq(back->nactors, ds->nactors);
	sn_dataset_free(back);
	sn_backbone_destroy(&bb);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
	remove_tree(dir);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("dataset_write");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_import_folder_round_trips_names_and_numbers);
	tcase_add_test(tc, test_folder_carries_what_the_source_has);
	tcase_add_test(tc, test_folder_is_written_whole_or_not_at_all);
	tcase_add_test(tc, test_plan_and_fill_into_memory_writers);
	tcase_add_test(tc, test_folder_paths_list_every_file_in_order);
	tcase_add_test(tc, test_import_read_dispatches_by_name);
	tcase_add_test(tc, test_import_doc_counts_the_table_by_hand);
	tcase_add_test(tc, test_backbone_doc_matches_a_brute_force_disparity_filter);
	tcase_add_test(tc, test_backbone_folder_writes_one_project_per_tie);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
