/*
 * tests/check_communities_doc.c: sn_communities_doc() and sn_brokerage_doc(),
 * what `samnet communities` and `samnet brokerage` print, through the public
 * header <samnet.h> alone, as a binding calls them.  Expected values come
 * from brute force written here (modularity of the returned partition from
 * the memberships, brokerage roles by enumerating two-paths), from an
 * exhaustive search over every partition and from NetworkX and
 * python-igraph (numbers pasted below with the way they were obtained).
 */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/advanced.h"
#include "doc_util.h"

static sn_dataset_t *ds;
static sn_network_t *net;
static sn_doc_t *doc;

static void load(const char *dir)
{
	const char *srcdir = getenv("srcdir");
	char path[4096], territories[4096];
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, territories };
	sn_diag_t diag;

	sn_setup();
	snprintf(path, sizeof path, "%s/%s", srcdir ? srcdir : ".", dir);
	/* A folder without territories.csv uses the bundled Swedish tree, as the CLI does. */
	snprintf(territories, sizeof territories, "%s/datasets/sweden/territories.csv",
		 srcdir ? srcdir : ".");
	sn_diag_init(&diag);
	ck_assert_int_eq(sn_dataset_load(&ds, path, &opts, &diag), SN_OK);
	sn_diag_destroy(&diag);
	ck_assert_int_eq(sn_network_new(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_doc_new(&doc, "test"), SN_OK);
}

static void load_sweden(void) { load("datasets/sweden"); }
static void load_factions(void) { load("tests/data/communities"); }
static void load_mini(void) { load("tests/data/mini"); }

static void unload(void)
{
	sn_doc_free(doc);
	sn_network_free(net);
	sn_dataset_free(ds);
	sn_teardown();
}

/* The table of `doc` named `name`, or NULL. */
static sn_doc_table_t *table(const char *name)
{
	for (size_t i = 0; i < sn_doc_ntables(doc); i++)
		if (strcmp(sn_doc_table_name(sn_doc_table_at(doc, i)), name) == 0)
			return sn_doc_table_at(doc, i);
	return NULL;
}

static int64_t cell_int(const sn_doc_table_t *t, size_t row, const char *col)
{
	int64_t v = -1;

	ck_assert_int_eq(sn_doc_table_get_int(t, row, column(t, col), &v), SN_OK);
	return v;
}

static double cell_real(const sn_doc_table_t *t, size_t row, const char *col)
{
	double v = NAN;

	ck_assert_int_eq(sn_doc_table_get_real(t, row, column(t, col), &v), SN_OK);
	return v;
}

static const char *cell_str(const sn_doc_table_t *t, size_t row, const char *col)
{
	const char *v = NULL;

	ck_assert_int_eq(sn_doc_table_get_str(t, row, column(t, col), &v), SN_OK);
	return v;
}

/* Shared projects of every pair of dataset actors, from the memberships (count weights). */
static double *shared_projects(void)
{
	size_t n = ds->nactors;
	double *w = calloc(n * n, sizeof *w);

	ck_assert_ptr_nonnull(w);
	for (size_t i = 0; i < ds->nmemberships; i++)
		for (size_t j = i + 1; j < ds->nmemberships; j++) {
			const sn_membership_t *a = &ds->memberships[i], *b = &ds->memberships[j];

			if (a->project == b->project && a->actor != b->actor) {
				w[a->actor * n + b->actor] += 1;
				w[b->actor * n + a->actor] += 1;
			}
		}
	return w;
}

/*
 * Newman's modularity (gamma 1) of the partition `label` (per dataset
 * actor, -1: not clustered) of the weighted graph `w`, by its definition
 * Q = 1/2m sum_ij (w_ij - k_i k_j / 2m) [c_i = c_j].
 */
static double modularity(const double *w, const long *label)
{
	size_t n = ds->nactors;
	double two_m = 0, q = 0, *k = calloc(n, sizeof *k);

	ck_assert_ptr_nonnull(k);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++)
			k[i] += w[i * n + j];
	for (size_t i = 0; i < n; i++)
		two_m += k[i];
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++)
			if (label[i] >= 0 && label[i] == label[j])
				q += w[i * n + j] - k[i] * k[j] / two_m;
	free(k);
	return q / two_m;
}

/* The community of each dataset actor from the "actors" table (-1: none). */
static long *labels_of_actors(void)
{
	const sn_doc_table_t *t = table("actors");
	long *label = malloc(ds->nactors * sizeof *label);

	ck_assert_ptr_nonnull(t);
	ck_assert_ptr_nonnull(label);
	for (size_t a = 0; a < ds->nactors; a++)
		label[a] = -1;
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		size_t a = sn_dataset_find_actor(ds, cell_str(t, r, "id"));

		ck_assert_uint_ne(a, SN_NO_PARENT);
		ck_assert_int_eq(label[a], -1);   /* each actor once */
		label[a] = (long)cell_int(t, r, "community");
	}
	return label;
}

/* Sum of column `col` of table `name`. */
static double column_sum(const char *name, const char *col, bool real)
{
	const sn_doc_table_t *t = table(name);
	double sum = 0;

	ck_assert_ptr_nonnull(t);
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++)
		sum += real ? cell_real(t, r, col) : (double)cell_int(t, r, col);
	return sum;
}

/* The one row of the "comparison" table: actors compared, NMI, ARI, Rand, VI. */
static void assert_comparison(int64_t n, double nmi, double ari, double rand, double vi)
{
	const sn_doc_table_t *c = table("comparison");

	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(cell_int(c, 0, "actors"), n);
	ck_assert_double_eq_tol(cell_real(c, 0, "nmi"), nmi, 1e-12);
	ck_assert_double_eq_tol(cell_real(c, 0, "adjusted_rand"), ari, 1e-12);
	ck_assert_double_eq_tol(cell_real(c, 0, "rand"), rand, 1e-12);
	ck_assert_double_eq_tol(cell_real(c, 0, "variation_of_information"), vi, 1e-12);
}

START_TEST(test_communities_doc_sweden_modularity_matches_definition)
{
	sn_communities_doc_options_t o;
	double *w = shared_projects();
	long *label;

	sn_communities_doc_options_init(&o);
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_OK);
	label = labels_of_actors();
	/* Every actor vertex in exactly one community; the sizes add up to them. */
	ck_assert_uint_eq(sn_doc_table_nrows(table("actors")), net->nactors);
	ck_assert_double_eq(column_sum("communities", "size", false), (double)net->nactors);
	ck_assert_double_eq(column_sum("communities", "actors", false), (double)net->nactors);
	/* The contributions sum to Q of the partition returned, computed from its definition. */
	ck_assert_double_eq_tol(column_sum("communities", "modularity_contribution", true),
				modularity(w, label), 1e-12);
	ck_assert_double_gt(modularity(w, label), 0.3);
	ck_assert_ptr_nonnull(table("comparison"));
	ck_assert_str_eq(cell_str(table("comparison"), 0, "with"), "county");
	free(label);
	free(w);
}
END_TEST

/*
 * tests/data/communities: seven actors, two factions of 3 and 4 joined by
 * one project.  Exhaustive search over all 877 partitions of the count
 * projection (NetworkX's community.modularity) finds the best to be
 * {r1, k1, u1}, {r2, k3, k2, c1} with Q = 0.355.  Against partition.csv
 * (python-igraph's compare_communities):
 * nmi 0.13000570548762877, adjusted_rand 0.027777777777777804,
 * rand 0.5238095238095237, vi 1.1882523095313349.
 */
static void assert_factions(void)
{
	long *label = labels_of_actors();
	const char *north[] = { "r1", "k1", "u1" }, *south[] = { "r2", "k3", "k2", "c1" };
	long n = label[sn_dataset_find_actor(ds, "r1")], s = label[sn_dataset_find_actor(ds, "r2")];

	ck_assert_int_ne(n, s);
	for (size_t i = 0; i < 3; i++)
		ck_assert_int_eq(label[sn_dataset_find_actor(ds, north[i])], n);
	for (size_t i = 0; i < 4; i++)
		ck_assert_int_eq(label[sn_dataset_find_actor(ds, south[i])], s);
	free(label);
}

START_TEST(test_communities_doc_factions_are_the_exhaustive_optimum)
{
	sn_communities_doc_options_t o;
	char path[4096];
	const char *srcdir = getenv("srcdir");

	snprintf(path, sizeof path, "%s/tests/data/communities/partition.csv",
		 srcdir ? srcdir : ".");
	sn_communities_doc_options_init(&o);
	o.compare = path;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_OK);
	assert_factions();
	ck_assert_double_eq_tol(column_sum("communities", "modularity_contribution", true), 0.355,
				1e-12);
	assert_comparison(7, 0.13000570548762877, 0.027777777777777804, 0.5238095238095237,
			  1.1882523095313349);
}
END_TEST

/* An ensemble agrees on the factions and gives each actor a stability in [0, 1]. */
START_TEST(test_communities_doc_ensemble_gives_stability)
{
	sn_communities_doc_options_t o;
	const sn_doc_table_t *t;

	sn_communities_doc_options_init(&o);
	o.runs = 5;
	o.compare = "none";
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_OK);
	assert_factions();
	ck_assert_ptr_null(table("comparison"));
	t = table("actors");
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		double s = cell_real(t, r, "stability");
		ck_assert(s >= 0 && s <= 1);
	}
}
END_TEST

/*
 * The sweep: at gamma 0 the whole (connected) network is one community, of
 * modularity 0; at gamma 1 the factions, 0.355 (as above).
 */
START_TEST(test_communities_doc_sweep_counts_communities)
{
	sn_communities_doc_options_t o;
	const double res[] = { 0, 1 };
	const sn_doc_table_t *t;

	sn_communities_doc_options_init(&o);
	o.sweep = res;
	o.nsweep = 2;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_OK);
	ck_assert_uint_eq(sn_doc_ntables(doc), 1);
	ck_assert_ptr_nonnull(t = table("sweep"));
	ck_assert_int_eq(cell_int(t, 0, "communities"), 1);
	ck_assert_double_eq_tol(cell_real(t, 0, "modularity"), 0, 1e-12);
	ck_assert_int_eq(cell_int(t, 1, "communities"), 2);
	ck_assert_double_eq_tol(cell_real(t, 1, "modularity"), 0.355, 1e-12);
}
END_TEST

/* Two-mode: every actor and every project in one community each. */
START_TEST(test_communities_doc_two_mode_lists_actors_and_projects)
{
	sn_communities_doc_options_t o;

	sn_communities_doc_options_init(&o);
	o.projection = "two-mode";
	o.compare = "type";
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_OK);
	ck_assert_uint_eq(sn_doc_table_nrows(table("actors")), net->nactors);
	ck_assert_uint_eq(sn_doc_table_nrows(table("projects")), ds->nprojects);
	ck_assert_double_eq(column_sum("communities", "size", false),
			    (double)(net->nactors + ds->nprojects));
	ck_assert_double_eq(column_sum("communities", "projects", false), (double)ds->nprojects);
}
END_TEST

START_TEST(test_communities_doc_bad_options_are_named)
{
	sn_communities_doc_options_t o;

	sn_communities_doc_options_init(&o);
	o.algorithm = "bogus";
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "'bogus'"));
	sn_communities_doc_options_init(&o);
	o.projection = "two-mode-ish";
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EINVAL);
	sn_communities_doc_options_init(&o);
	o.runs = 0;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "runs"));
	sn_communities_doc_options_init(&o);
	o.threshold = 1;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EINVAL);
	sn_communities_doc_options_init(&o);
	o.sweep = (const double[]){ 1, NAN };
	o.nsweep = 2;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "sweep"));
	sn_communities_doc_options_init(&o);
	ck_assert_int_eq(sn_communities_doc(doc, ds, NULL, 0, &o), SN_EINVAL);
	ck_assert_uint_eq(sn_doc_ntables(doc), 0);
}
END_TEST

/* A partition file naming an unknown actor: SN_EDATA, the problem in diag and the message. */
START_TEST(test_communities_doc_bad_partition_file_is_data_error)
{
	sn_communities_doc_options_t o;
	char path[4096];
	const char *srcdir = getenv("srcdir");
	sn_diag_t diag;

	snprintf(path, sizeof path, "%s/tests/data/communities/partition_bad.csv",
		 srcdir ? srcdir : ".");
	sn_communities_doc_options_init(&o);
	o.compare = path;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EDATA);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "partition_bad.csv:3:1: unknown actor 'zz'"));
	sn_diag_init(&diag);
	o.partition_diag = &diag;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EDATA);
	ck_assert_uint_eq(diag.errors, 1);
	sn_diag_destroy(&diag);
	/* Two unknown actors: the first in the message, and the count of the rest. */
	char tmp[] = "/tmp/partitionXXXXXX";
	int fd = mkstemp(tmp);
	FILE *fp = fdopen(fd, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("actor,community\nzz,a\nyy,b\n", fp);
	fclose(fp);
	o.compare = tmp;
	o.partition_diag = NULL;
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_EDATA);
	remove(tmp);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), ":2:1: unknown actor 'zz' (and 1 more problem)"));
}
END_TEST

/*
 * tests/data/mini: Leiden puts its six actors in one community; five have a
 * county (four in Skåne, Halland), whose indices in the Swedish territory
 * tree exceed 5, which igraph's comparison refused (and the default
 * comparison was then left out in silence).  python-igraph's
 * compare_communities([0]*5, [0, 0, 0, 0, 1]): nmi 0, adjusted_rand 0,
 * rand 0.6000000000000001, vi 0.5004024235381879.
 */
START_TEST(test_communities_doc_compares_with_counties_of_a_small_dataset)
{
	sn_communities_doc_options_t o;

	sn_communities_doc_options_init(&o);
	o.compare = "county";
	ck_assert_int_eq(sn_communities_doc(doc, ds, net, 0, &o), SN_OK);
	ck_assert_uint_eq(sn_doc_table_nrows(table("communities")), 1);
	assert_comparison(5, 0, 0, 0.6000000000000001, 0.5004024235381879);
}
END_TEST

/* ---- brokerage ------------------------------------------------------------ */

/* The county of actor a, "no county" being one group of its own. */
static size_t county_group(size_t a)
{
	return sn_dataset_actor_county(ds, a);   /* SN_NO_PARENT is the pooled group */
}

static size_t type_group(size_t a)
{
	return (size_t)ds->actors[a].type;
}

/*
 * Brute force: for every broker j and ordered pair (i, k) of distinct
 * partners of j that are not partners, the role by the groups of i, j, k
 * (Gould & Fernandez 1989; each undirected path read both ways, as
 * sna::brokerage reads a symmetric matrix).  counts[a * 6 + role].
 */
static double *brute_brokerage(const double *w, size_t (*group)(size_t))
{
	size_t n = ds->nactors;
	double *counts = calloc(n * 6, sizeof *counts);

	ck_assert_ptr_nonnull(counts);
	for (size_t j = 0; j < n; j++)
		for (size_t i = 0; i < n; i++)
			for (size_t k = 0; k < n; k++) {
				size_t gi, gj, gk;
				int role;

				if (i == j || k == j || i == k || !w[i * n + j] || !w[j * n + k] ||
				    w[i * n + k])
					continue;
				gi = group(i), gj = group(j), gk = group(k);
				role = gi == gj && gj == gk ? SN_BROKER_COORDINATOR
				       : gi == gk ? SN_BROKER_ITINERANT
				       : gi == gj ? SN_BROKER_REPRESENTATIVE
				       : gj == gk ? SN_BROKER_GATEKEEPER : SN_BROKER_LIAISON;
				counts[j * 6 + (size_t)role] += 1;
				counts[j * 6 + SN_BROKER_TOTAL] += 1;
			}
	return counts;
}

static void assert_brokerage(const char *groups, size_t (*group)(size_t))
{
	sn_brokerage_doc_options_t o;
	const sn_doc_table_t *t, *g;
	double *w = shared_projects(), *counts = brute_brokerage(w, group);
	double sums[SN_BROKER_ROLE_COUNT] = { 0 };

	sn_brokerage_doc_options_init(&o);
	o.groups = groups;
	ck_assert_int_eq(sn_brokerage_doc(doc, ds, net, &o), SN_OK);
	ck_assert_ptr_nonnull(t = table("brokerage"));
	ck_assert_uint_eq(sn_doc_table_nrows(t), net->nactors);
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++) {
		size_t a = sn_dataset_find_actor(ds, cell_str(t, r, "id"));

		ck_assert_int_eq(cell_int(t, r, "rank"), (int64_t)r + 1);
		for (int role = 0; role < SN_BROKER_ROLE_COUNT; role++) {
			const char *name = sn_broker_role_name((sn_broker_role_t)role);
			ck_assert_int_eq(cell_int(t, r, name), (int64_t)counts[a * 6 + (size_t)role]);
			sums[role] += counts[a * 6 + (size_t)role];
		}
		/* Ranked by the total, descending. */
		if (r > 0)
			ck_assert_int_ge(cell_int(t, r - 1, "total"), cell_int(t, r, "total"));
	}
	ck_assert_ptr_nonnull(g = table("brokerage_network"));
	for (int role = 0; role < SN_BROKER_ROLE_COUNT; role++)
		ck_assert_int_eq(cell_int(g, (size_t)role, "count"), (int64_t)sums[role]);
	free(counts);
	free(w);
}

START_TEST(test_brokerage_doc_counts_match_brute_force_by_county)
{
	assert_brokerage("county", county_group);
	/* almi has no county: its group is "none". */
	const sn_doc_table_t *t = table("brokerage");
	for (size_t r = 0; r < sn_doc_table_nrows(t); r++)
		if (strcmp(cell_str(t, r, "id"), "almi") == 0)
			ck_assert_str_eq(cell_str(t, r, "group"), "none");
}
END_TEST

START_TEST(test_brokerage_doc_counts_match_brute_force_by_type)
{
	assert_brokerage("type", type_group);
}
END_TEST

START_TEST(test_brokerage_doc_top_and_sort)
{
	sn_brokerage_doc_options_t o;
	const sn_doc_table_t *t;

	sn_brokerage_doc_options_init(&o);
	o.sort = "liaison";
	o.top = 2;
	ck_assert_int_eq(sn_brokerage_doc(doc, ds, net, &o), SN_OK);
	ck_assert_ptr_nonnull(t = table("brokerage"));
	ck_assert_uint_eq(sn_doc_table_nrows(t), 2);
	ck_assert_int_ge(cell_int(t, 0, "liaison"), cell_int(t, 1, "liaison"));
	o.sort = "broker";
	ck_assert_int_eq(sn_brokerage_doc(doc, ds, net, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "'broker'"));
	o.sort = NULL;
	o.groups = "region";
	ck_assert_int_eq(sn_brokerage_doc(doc, ds, net, &o), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "'region'"));
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("communities_doc");
	TCase *tc = tcase_create("sweden");

	tcase_set_timeout(tc, 120);
	tcase_add_checked_fixture(tc, load_sweden, unload);
	tcase_add_test(tc, test_communities_doc_sweden_modularity_matches_definition);
	suite_add_tcase(s, tc);
	tc = tcase_create("factions");
	tcase_add_checked_fixture(tc, load_factions, unload);
	tcase_add_test(tc, test_communities_doc_factions_are_the_exhaustive_optimum);
	tcase_add_test(tc, test_communities_doc_ensemble_gives_stability);
	tcase_add_test(tc, test_communities_doc_sweep_counts_communities);
	tcase_add_test(tc, test_communities_doc_two_mode_lists_actors_and_projects);
	tcase_add_test(tc, test_communities_doc_bad_options_are_named);
	tcase_add_test(tc, test_communities_doc_bad_partition_file_is_data_error);
	suite_add_tcase(s, tc);
	tc = tcase_create("mini");
	tcase_add_checked_fixture(tc, load_mini, unload);
	tcase_add_test(tc, test_brokerage_doc_counts_match_brute_force_by_county);
	tcase_add_test(tc, test_brokerage_doc_counts_match_brute_force_by_type);
	tcase_add_test(tc, test_brokerage_doc_top_and_sort);
	tcase_add_test(tc, test_communities_doc_compares_with_counties_of_a_small_dataset);
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
