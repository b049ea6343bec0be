/*
 * Tests of the synthetic dataset generator (samnet/generate.h).  The files
 * are read back with a plain line splitter (the generator never quotes), and
 * the statistics are checked against the model's own distributions with
 * tolerances from their standard deviations (4 sd: a false alarm about
 * once in 16 000 runs, and the seeds are fixed anyway).
 */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <check.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/generate.h"

#define MAXF 8

static char tmproot[] = "/tmp/check_generate.XXXXXX";

static char *path2(const char *dir, const char *name)
{
	static char buf[4][512];
	static int k;

	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%s/%s", dir, name);
	return buf[k];
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s;
	long n;

	ck_assert_msg(f != NULL, "%s: %s", path, strerror(errno));
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = malloc((size_t)n + 1);
	ck_assert_int_eq(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return s;
}

/* Splits the next line of *cur into at most MAXF comma-separated fields. */
static int next_row(char **cur, char *fields[MAXF])
{
	char *line = *cur, *nl;
	int n = 0;

	if (!*line)
		return -1;
	nl = strchr(line, '\n');
	ck_assert_ptr_nonnull(nl);
	*nl = '\0';
	*cur = nl + 1;
	for (char *p = line; n < MAXF; n++) {
		fields[n] = p;
		p = strchr(p, ',');
		if (!p) {
			n++;
			break;
		}
		*p++ = '\0';
	}
	return n;
}

static long index_of(const char *id)
{
	/* Actor ids are "a" + 1-based number, project ids "p" + number. */
	return strtol(id + 1, NULL, 10) - 1;
}

static void generate_ok(const char *dir, const sn_generate_params_t *p)
{
	sn_error_t err = sn_generate(dir, p);

	ck_assert_msg(err == SN_OK, "sn_generate: %s", sn_error_last());
}

START_TEST(test_generate_same_seed_gives_identical_files)
{
	sn_generate_params_t p;
	const char *names[] = { "actors.csv", "projects.csv", "memberships.csv", "territories.csv" };
	char *a = strdup(path2(tmproot, "s1")), *b = strdup(path2(tmproot, "s2"));
	char *c = strdup(path2(tmproot, "s3"));
	bool any_diff = false;

	sn_generate_params_init(&p);
	p.nactors = 500;
	p.nprojects = 900;
	p.seed = 99;
	generate_ok(a, &p);
	generate_ok(b, &p);
	p.seed = 100;
	generate_ok(c, &p);
	for (int i = 0; i < 4; i++) {
		size_t la, lb, lc;
		char *sa = slurp(path2(a, names[i]), &la), *sb = slurp(path2(b, names[i]), &lb);
		char *sc = slurp(path2(c, names[i]), &lc);

		ck_assert_msg(la == lb && memcmp(sa, sb, la) == 0, "%s differs", names[i]);
		if (lc != la || memcmp(sa, sc, la) != 0)
			any_diff = true;
		free(sa);
		free(sb);
		free(sc);
	}
	ck_assert_msg(any_diff, "another seed gave the same dataset");
	free(a);
	free(b);
	free(c);
}
END_TEST

typedef struct {
	long nactors, nprojects;
	long *county;       /* [actors] county number from the seat code */
	long *size;         /* [projects] members */
	long *first_county; /* [projects] */
	int *local;         /* [projects] all members in one county */
	long types[16];
	long nlead;
} summary_t;

/* Reads a generated dataset back and summarises it, checking row shapes. */
static void summarise(const char *dir, const sn_generate_params_t *p, summary_t *s)
{
	static const char *tnames[] = { "region", "kommun", "lansstyrelse", "agency", "university",
					"company", "fund", "ngo", "association", "other" };
	size_t len;
	char *text = slurp(path2(dir, "actors.csv"), &len), *cur = text, *f[MAXF];
	size_t nc;

	memset(s, 0, sizeof *s);
	sn_generate_tree_size(p, &nc, NULL);
	s->county = calloc(p->nactors, sizeof *s->county);
	ck_assert_int_eq(next_row(&cur, f), 5);
	ck_assert_str_eq(f[0], "id");
	ck_assert_str_eq(f[3], "territory");
	while (next_row(&cur, f) == 5) {
		long a = index_of(f[0]);
		int t = -1;

		ck_assert_int_eq(a, s->nactors);
		for (int i = 0; i < 10; i++)
			if (strcmp(f[2], tnames[i]) == 0)
				t = i;
		ck_assert_msg(t >= 0, "unknown type %s", f[2]);
		ck_assert_msg(f[3][0] != '\0', "actor %s has no territory", f[0]);
		s->types[t]++;
		s->county[a] = strtol(f[4], NULL, 10) / 100;
		s->nactors++;
	}
	ck_assert_int_eq(s->nactors, (long)p->nactors);
	free(text);

	text = slurp(path2(dir, "memberships.csv"), &len);
	cur = text;
	s->size = calloc(p->nprojects, sizeof *s->size);
	s->first_county = calloc(p->nprojects, sizeof *s->first_county);
	s->local = calloc(p->nprojects, sizeof *s->local);
	ck_assert_int_eq(next_row(&cur, f), 3);
	ck_assert_str_eq(f[0], "project");
	while (next_row(&cur, f) == 3) {
		long pj = index_of(f[0]), a = index_of(f[1]);

		ck_assert(pj >= 0 && pj < (long)p->nprojects && a >= 0 && a < s->nactors);
		if (s->size[pj] == 0) {
			s->first_county[pj] = s->county[a];
			s->local[pj] = 1;
		} else if (s->county[a] != s->first_county[pj]) {
			s->local[pj] = 0;
		}
		if (strcmp(f[2], "lead") == 0)
			s->nlead++;
		s->size[pj]++;
	}
	free(text);
	s->nprojects = (long)p->nprojects;
}

static void summary_free(summary_t *s)
{
	free(s->county);
	free(s->size);
	free(s->first_county);
	free(s->local);
}

START_TEST(test_generate_projects_have_sizes_within_bounds_and_no_duplicates)
{
	sn_generate_params_t p;
	summary_t s;
	char *dir = strdup(path2(tmproot, "sizes"));
	long larger = 0;

	sn_generate_params_init(&p);
	p.nactors = 3000;
	p.nprojects = 6000;
	p.large_share = 0.01;
	p.locality = 0;     /* no county caps: large projects keep their drawn size */
	p.seed = 5;
	generate_ok(dir, &p);
	summarise(dir, &p, &s);
	for (long pj = 0; pj < s.nprojects; pj++) {
		ck_assert_msg(s.size[pj] >= 2 && s.size[pj] <= (long)p.large_max,
			      "project %ld has %ld members", pj + 1, s.size[pj]);
		larger += s.size[pj] > (long)p.max_size;
	}
	/* Larger projects: Binomial(6000, 0.01), mean 60, sd 7.7. */
	ck_assert_msg(labs(larger - 60) <= 31, "%ld projects larger than max_size", larger);
	/* Each type is present; one region and one länsstyrelse per county. */
	for (int t = 0; t < 10; t++)
		ck_assert_msg(s.types[t] > 0, "type %d missing", t);
	ck_assert_int_eq(s.types[0], 21);
	ck_assert_int_eq(s.types[2], 21);
	ck_assert_int_eq(s.types[1], 290);
	/* Every project has exactly one lead unless all its members are funds. */
	ck_assert(s.nlead <= s.nprojects && s.nlead > s.nprojects * 9 / 10);
	summary_free(&s);
	free(dir);
}
END_TEST

START_TEST(test_generate_no_duplicate_memberships)
{
	sn_generate_params_t p;
	size_t len;
	char *dir = strdup(path2(tmproot, "dups")), *text, *cur, *f[MAXF];
	char *seen;
	long last = -1;

	sn_generate_params_init(&p);
	p.nactors = 60;     /* small counties force the exact sampler */
	p.nprojects = 400;
	p.size_exponent = 0.5;
	generate_ok(dir, &p);
	text = slurp(path2(dir, "memberships.csv"), &len);
	cur = text;
	seen = calloc(60, 1);
	next_row(&cur, f);
	while (next_row(&cur, f) == 3) {
		long pj = index_of(f[0]), a = index_of(f[1]);

		if (pj != last) {
			ck_assert_int_eq(pj, last + 1);
			memset(seen, 0, 60);
			last = pj;
		}
		ck_assert_msg(!seen[a], "actor %s twice in %s", f[1], f[0]);
		seen[a] = 1;
	}
	ck_assert_int_eq(last, 399);
	free(seen);
	free(text);
	free(dir);
}
END_TEST

START_TEST(test_generate_locality_share_near_parameter)
{
	static const double shares[] = { 0.8, 0.3 };

	for (int k = 0; k < 2; k++) {
		sn_generate_params_t p;
		summary_t s;
		char *dir = strdup(path2(tmproot, k ? "loc2" : "loc1"));
		long local = 0;
		double n, sd;

		sn_generate_params_init(&p);
		p.nactors = 2000;
		p.nprojects = 5000;
		p.locality = shares[k];
		p.seed = 11 + (unsigned long)k;
		generate_ok(dir, &p);
		summarise(dir, &p, &s);
		for (long pj = 0; pj < s.nprojects; pj++)
			local += s.local[pj];
		/*
		 * Cross-county projects always span two counties, so the count of
		 * single-county projects is Binomial(P, locality).
		 */
		n = (double)s.nprojects;
		sd = sqrt(n * p.locality * (1 - p.locality));
		ck_assert_msg(fabs((double)local - n * p.locality) <= 4 * sd,
			      "%ld local projects, expected %.0f +- %.1f", local,
			      n * p.locality, 4 * sd);
		summary_free(&s);
		free(dir);
	}
}
END_TEST

START_TEST(test_generate_size_distribution_matches_power_law_mean)
{
	sn_generate_params_t p;
	summary_t s;
	char *dir = strdup(path2(tmproot, "law"));
	double z = 0, m1 = 0, m2 = 0, mean = 0, var, n;

	sn_generate_params_init(&p);
	p.nactors = 4000;   /* no capping: every project draws from the whole country */
	p.nprojects = 8000;
	p.locality = 0;
	p.large_share = 0;
	p.size_exponent = 2.0;
	generate_ok(dir, &p);
	summarise(dir, &p, &s);
	/* The model's pmf P(k) = k^-2 / Z on 2..40, computed directly. */
	for (int k = 2; k <= 40; k++)
		z += pow(k, -2.0);
	for (int k = 2; k <= 40; k++) {
		m1 += k * pow(k, -2.0) / z;
		m2 += (double)k * k * pow(k, -2.0) / z;
	}
	var = m2 - m1 * m1;
	n = (double)s.nprojects;
	for (long pj = 0; pj < s.nprojects; pj++)
		mean += (double)s.size[pj] / n;
	ck_assert_msg(fabs(mean - m1) <= 4 * sqrt(var / n), "mean size %.4f, model %.4f", mean, m1);
	summary_free(&s);
	free(dir);
}
END_TEST

START_TEST(test_generate_territories_form_a_tree_with_populations)
{
	sn_generate_params_t p;
	size_t len, nc, nm;
	char *dir = strdup(path2(tmproot, "tree")), *text, *cur, *f[MAXF];
	long counties = 0, munis = 0;

	sn_generate_params_init(&p);
	p.nactors = 200;
	p.nprojects = 100;
	generate_ok(dir, &p);
	sn_generate_tree_size(&p, &nc, &nm);
	ck_assert_int_eq(nc, 5);
	ck_assert_int_eq(nm, 50);
	text = slurp(path2(dir, "territories.csv"), &len);
	cur = text;
	ck_assert_int_eq(next_row(&cur, f), 4);
	ck_assert_str_eq(f[3], "population_2024");
	ck_assert_int_eq(next_row(&cur, f), 4);
	ck_assert_str_eq(f[0], "SE");
	ck_assert_str_eq(f[2], "");
	while (next_row(&cur, f) == 4) {
		if (strcmp(f[2], "SE") == 0) {
			counties++;
			ck_assert_str_eq(f[3], "");
		} else {
			munis++;
			ck_assert_int_eq(strlen(f[0]), 4);
			ck_assert(strncmp(f[0], f[2], 2) == 0);
			ck_assert(strtol(f[2], NULL, 10) >= 1 && strtol(f[2], NULL, 10) <= 5);
			ck_assert(strtol(f[3], NULL, 10) >= 100);
		}
	}
	ck_assert_int_eq(counties, 5);
	ck_assert_int_eq(munis, 50);
	free(text);
	free(dir);
}
END_TEST

START_TEST(test_generate_bad_params_fail_einval)
{
	sn_generate_params_t p;
	char *dir = strdup(path2(tmproot, "bad"));
	struct stat st;

	sn_generate_params_init(&p);
	p.nactors = 2;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "at least 3 actors"));
	sn_generate_params_init(&p);
	p.nprojects = 0;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.locality = 1.5;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "locality"));
	sn_generate_params_init(&p);
	p.large_share = NAN;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.min_size = 1;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.large_max = 10;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.activity_sigma = -1;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.size_exponent = -1;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.year = 99;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.ncounties = 10;
	p.nmunicipalities = 5;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	sn_generate_params_init(&p);
	p.nactors = 50;
	p.ncounties = 21;
	p.nmunicipalities = 21;
	ck_assert_int_eq(sn_generate(dir, &p), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "territorial"));
	ck_assert_int_eq(sn_generate("", NULL), SN_EINVAL);
	/* Nothing was created by the failed calls. */
	ck_assert_int_ne(stat(dir, &st), 0);
	free(dir);
}
END_TEST

START_TEST(test_generate_unwritable_folder_fails_eio_and_leaves_nothing)
{
	sn_generate_params_t p;
	char *file = strdup(path2(tmproot, "plainfile"));
	char *nested = strdup(path2(tmproot, "missing/sub"));
	FILE *f = fopen(file, "w");

	sn_generate_params_init(&p);
	p.nactors = 100;
	p.nprojects = 50;
	fclose(f);
	ck_assert_int_eq(sn_generate(file, &p), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "not a directory"));
	ck_assert_int_eq(sn_generate(nested, &p), SN_EIO);
	ck_assert_int_ne(access(path2(tmproot, "missing"), F_OK), 0);
	free(file);
	free(nested);
}
END_TEST

START_TEST(test_generate_replaces_existing_dataset_atomically)
{
	sn_generate_params_t p;
	char *dir = strdup(path2(tmproot, "again"));
	size_t l1, l2;
	char *s1, *s2;

	sn_generate_params_init(&p);
	p.nactors = 100;
	p.nprojects = 50;
	generate_ok(dir, &p);
	s1 = slurp(path2(dir, "memberships.csv"), &l1);
	p.nprojects = 80;
	generate_ok(dir, &p);
	s2 = slurp(path2(dir, "memberships.csv"), &l2);
	ck_assert(l2 > l1);
	/* No temporary files are left behind: the folder holds the four files only. */
	{
		DIR *d = opendir(dir);
		struct dirent *e;
		int n = 0;

		ck_assert_ptr_nonnull(d);
		while ((e = readdir(d)) != NULL) {
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			ck_assert_msg(e->d_name[0] != '.', "left behind: %s", e->d_name);
			n++;
		}
		closedir(d);
		ck_assert_int_eq(n, 4);
	}
	free(s1);
	free(s2);
	free(dir);
}
END_TEST

START_TEST(test_generate_output_loads_without_diagnostics)
{
	sn_generate_params_t p;
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;
	char *dir = strdup(path2(tmproot, "load"));
	size_t with_territory = 0;

	sn_generate_params_init(&p);
	p.nactors = 1500;
	p.nprojects = 3000;
	p.large_share = 0.02;
	generate_ok(dir, &p);
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, dir, NULL, &diag), SN_OK);
	ck_assert_uint_eq(diag.count, 0);
	ck_assert_uint_eq(diag.errors + diag.warnings, 0);
	ck_assert_uint_eq(ds->nactors, 1500);
	ck_assert_uint_eq(ds->nprojects, 3000);
	/* 21 counties + 290 municipalities + the root, read from the folder. */
	ck_assert_uint_eq(ds->territories->count, 312);
	for (size_t a = 0; a < ds->nactors; a++)
		with_territory += ds->actors[a].territory != SN_NO_PARENT;
	ck_assert_uint_eq(with_territory, 1500);
	sn_dataset_free(ds);
	sn_diag_destroy(&diag);
	free(dir);
}
END_TEST

/* The stream form writes the same bytes as the folder form, file by file. */
START_TEST(test_generate_write_streams_match_the_folder_files)
{
	sn_generate_params_t p;
	char *dir = strdup(path2(tmproot, "streams"));
	char *buf[SN_GENERATE_NFILES];
	size_t len[SN_GENERATE_NFILES];
	FILE *out[SN_GENERATE_NFILES];

	sn_generate_params_init(&p);
	p.nactors = 300;
	p.seed = 11;
	generate_ok(dir, &p);
	for (size_t i = 0; i < SN_GENERATE_NFILES; i++)
		ck_assert_ptr_nonnull(out[i] = open_memstream(&buf[i], &len[i]));
	ck_assert_int_eq(sn_generate_write(out, &p), SN_OK);
	for (size_t i = 0; i < SN_GENERATE_NFILES; i++) {
		size_t n;
		char *file;

		fclose(out[i]);
		file = slurp(path2(dir, sn_generate_file_name(i)), &n);
		ck_assert_msg(n == len[i] && memcmp(file, buf[i], n) == 0, "%s differs",
			      sn_generate_file_name(i));
		free(file);
		free(buf[i]);
	}
	ck_assert_ptr_null(sn_generate_file_name(SN_GENERATE_NFILES));
	free(dir);
}
END_TEST

/* A stream that fails is SN_EIO naming the file; bad parameters fail before any write. */
START_TEST(test_generate_write_failing_stream_fails_eio)
{
	sn_generate_params_t p;
	FILE *out[SN_GENERATE_NFILES];

	sn_generate_params_init(&p);
	p.nactors = 100;
	for (size_t i = 0; i < SN_GENERATE_NFILES; i++)
		ck_assert_ptr_nonnull(out[i] = fopen("/dev/null", "w"));
	fclose(out[2]);
	ck_assert_ptr_nonnull(out[2] = fopen("/dev/full", "w"));
	ck_assert_int_eq(sn_generate_write(out, &p), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "projects.csv"));
	p.nactors = 2;
	ck_assert_int_eq(sn_generate_params_check(&p), SN_EINVAL);
	ck_assert_int_eq(sn_generate_write(out, &p), SN_EINVAL);
	for (size_t i = 0; i < SN_GENERATE_NFILES; i++)
		fclose(out[i]);
}
END_TEST

static Suite *generate_suite(void)
{
	Suite *s = suite_create("generate");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_generate_same_seed_gives_identical_files);
	tcase_add_test(tc, test_generate_projects_have_sizes_within_bounds_and_no_duplicates);
	tcase_add_test(tc, test_generate_no_duplicate_memberships);
	tcase_add_test(tc, test_generate_locality_share_near_parameter);
	tcase_add_test(tc, test_generate_size_distribution_matches_power_law_mean);
	tcase_add_test(tc, test_generate_territories_form_a_tree_with_populations);
	tcase_add_test(tc, test_generate_bad_params_fail_einval);
	tcase_add_test(tc, test_generate_unwritable_folder_fails_eio_and_leaves_nothing);
	tcase_add_test(tc, test_generate_replaces_existing_dataset_atomically);
	tcase_add_test(tc, test_generate_output_loads_without_diagnostics);
	tcase_add_test(tc, test_generate_write_streams_match_the_folder_files);
	tcase_add_test(tc, test_generate_write_failing_stream_fails_eio);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(generate_suite());
	int failed;
	char cmd[600];

	sn_setup();
	if (!mkdtemp(tmproot))
		return EXIT_FAILURE;
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmproot);
	if (system(cmd) != 0)
		failed++;
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
