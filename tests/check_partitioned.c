/*
 * Tests of the partitioned edge-list export (samnet/partitioned.h): reading
 * every part back, in order and without its header, gives exactly the rows
 * of the csv export (the vertex table and the projection's ties and
 * weights), the parts are balanced, _SUCCESS marks a complete output, and
 * an existing output is refused as Spark refuses it.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "samnet/advanced.h"
#include "samnet/partitioned.h"
#include "testutil.h"

typedef struct {
	sn_dataset_t *ds;
	sn_network_t net;
	sn_projection_t proj;
	sn_export_t x;
} fixture_t;

/* The Davis southern women, projected onto the women with Newman weights (fractions). */
static void setup_davis(fixture_t *f)
{
	f->ds = load_dataset(fixture("davis"));
	sn_network_init(&f->net);
	sn_projection_init(&f->proj);
	ck_assert_int_eq(sn_network_build(&f->net, f->ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&f->proj, &f->net, SN_MODE_ACTORS, SN_WEIGHT_NEWMAN, 0),
			 SN_OK);
	f->x = (sn_export_t)SN_EXPORT_INIT;
	f->x.net = &f->net;
	f->x.proj = &f->proj;
}

static void teardown(fixture_t *f)
{
	sn_projection_destroy(&f->proj);
	sn_network_destroy(&f->net);
	sn_dataset_free(f->ds);
}

/* Whole text of a file, or NULL when it does not exist. */
static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *buf = NULL;
	size_t len = 0;
	FILE *out;
	int c;

	if (fp == NULL)
		return NULL;
	out = open_memstream(&buf, &len);
	while ((c = fgetc(fp)) != EOF)
		fputc(c, out);
	fclose(out);
	fclose(fp);
	return buf;
}

/* Where the text after the first line (the header) starts; the header into *head (caller frees). */
static size_t body(const char *text, char **head)
{
	size_t n = strcspn(text, "\n");

	ck_assert_int_eq(text[n], '\n');
	*head = strndup(text, n);
	return n + 1;
}

/* Counts data lines (the csv export has no embedded newlines for Davis). */
static size_t lines(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/*
 * Reads DIR/sub/part-00000.csv, ... until one is missing: the bodies
 * concatenated (caller frees), the number of parts, the smallest and largest
 * part; every header must equal `header`.
 */
static char *read_parts(const char *dir, const char *sub, const char *header, size_t *nparts,
			size_t *minrows, size_t *maxrows)
{
	char path[512], *all = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&all, &len);

	*nparts = 0;
	*minrows = (size_t)-1;
	*maxrows = 0;
	for (;;) {
		snprintf(path, sizeof path, "%s/%s/part-%05zu.csv", dir, sub, *nparts);
		char *text = slurp(path), *head = NULL;
		if (text == NULL)
			break;
		const char *b = text + body(text, &head);
		ck_assert_str_eq(head, header);
		size_t rows = lines(b);
		*minrows = rows < *minrows ? rows : *minrows;
		*maxrows = rows > *maxrows ? rows : *maxrows;
		fputs(b, out);
		free(head);
		free(text);
		(*nparts)++;
	}
	fclose(out);
	return all;
}

static char *csv_export(const sn_export_t *x, sn_export_format_t f, char **head)
{
	sn_error_t err;
	char *s = export_string(f, x, &err);

	ck_assert_int_eq(err, SN_OK);
	char *b = strdup(s + body(s, head));
	free(s);
	return b;
}

static void assert_round_trip(const fixture_t *f, const char *dir, size_t want_eparts,
			      size_t want_vparts)
{
	size_t np, lo, hi;
	char *vhead, *ehead;
	char *vcsv = csv_export(&f->x, SN_EXPORT_CSV_NODES, &vhead);
	char *ecsv = csv_export(&f->x, SN_EXPORT_CSV_EDGES, &ehead);
	char *vparts = read_parts(dir, "vertices", vhead, &np, &lo, &hi);

	ck_assert_uint_eq(np, want_vparts);
	ck_assert_str_eq(vparts, vcsv);
	/* The csv export's edge header is source,target,weight: GraphFrames wants src,dst. */
	ck_assert(strncmp(ehead, "source,target,weight", 20) == 0);
	char *want_head = NULL;
	ck_assert_int_ge(asprintf(&want_head, "src,dst%s", ehead + strlen("source,target")), 0);
	char *eparts = read_parts(dir, "edges", want_head, &np, &lo, &hi);
	ck_assert_uint_eq(np, want_eparts);
	ck_assert_uint_le(hi - lo, 1); /* balanced */
	ck_assert_str_eq(eparts, ecsv);
	ck_assert_uint_eq(lines(eparts), (size_t)igraph_ecount(test_graph(&f->proj)));
	char path[512];
	snprintf(path, sizeof path, "%s/_SUCCESS", dir);
	char *ok = slurp(path);
	ck_assert_ptr_nonnull(ok);
	ck_assert_str_eq(ok, "");
	free(ok);
	free(want_head);
	free(vhead);
	free(ehead);
	free(vcsv);
	free(ecsv);
	free(vparts);
	free(eparts);
}

START_TEST(test_partitioned_parts_concatenate_to_the_csv_export)
{
	fixture_t f;
	sn_partitioned_options_t o = SN_PARTITIONED_OPTIONS_INIT;
	char *dir = temp_dir(), out[512];

	setup_davis(&f);
	snprintf(out, sizeof out, "%s/net", dir);
	o.parts = 4;
	ck_assert_msg(sn_export_partitioned(out, &f.x, &o) == SN_OK, "%s", sn_error_last());
	assert_round_trip(&f, out, 4, 1);
	teardown(&f);
	free(dir);
}
END_TEST

START_TEST(test_partitioned_rows_per_part_sets_the_number_of_parts)
{
	fixture_t f;
	sn_partitioned_options_t o = SN_PARTITIONED_OPTIONS_INIT;
	char *dir = temp_dir();
	size_t ne, nv;

	setup_davis(&f);
	ne = (size_t)igraph_ecount(test_graph(&f.proj));
	nv = 18; /* the Davis women */
	o.rows_per_part = 10;
	ck_assert_msg(sn_export_partitioned(dir, &f.x, &o) == SN_OK, "%s", sn_error_last());
	assert_round_trip(&f, dir, (ne + 9) / 10, (nv + 9) / 10);
	teardown(&f);
	free(dir);
}
END_TEST

START_TEST(test_partitioned_default_is_one_part_for_small_data)
{
	fixture_t f;
	char *dir = temp_dir();

	setup_davis(&f);
	ck_assert_msg(sn_export_partitioned(dir, &f.x, NULL) == SN_OK, "%s", sn_error_last());
	assert_round_trip(&f, dir, 1, 1);
	teardown(&f);
	free(dir);
}
END_TEST

START_TEST(test_partitioned_refuses_a_non_empty_directory)
{
	fixture_t f;
	char *dir = temp_dir();

	setup_davis(&f);
	ck_assert_int_eq(write_text(dir, "keep.txt", "mine\n"), 0);
	ck_assert_int_eq(sn_export_partitioned(dir, &f.x, NULL), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "not empty"));
	/* Nothing was written. */
	char path[512];
	snprintf(path, sizeof path, "%s/_SUCCESS", dir);
	ck_assert_ptr_null(slurp(path));
	teardown(&f);
	free(dir);
}
END_TEST

START_TEST(test_partitioned_refuses_more_parts_than_ties)
{
	fixture_t f;
	sn_partitioned_options_t o = SN_PARTITIONED_OPTIONS_INIT;
	char *dir = temp_dir(), out[512];

	setup_davis(&f);
	snprintf(out, sizeof out, "%s/net", dir);
	o.parts = (size_t)igraph_ecount(test_graph(&f.proj)) + 1;
	ck_assert_int_eq(sn_export_partitioned(out, &f.x, &o), SN_EINVAL);
	ck_assert_int_eq(sn_export_partitioned(NULL, &f.x, NULL), SN_EINVAL);
	teardown(&f);
	free(dir);
}
END_TEST

static Suite *partitioned_suite(void)
{
	Suite *s = suite_create("partitioned");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_partitioned_parts_concatenate_to_the_csv_export);
	tcase_add_test(tc, test_partitioned_rows_per_part_sets_the_number_of_parts);
	tcase_add_test(tc, test_partitioned_default_is_one_part_for_small_data);
	tcase_add_test(tc, test_partitioned_refuses_a_non_empty_directory);
	tcase_add_test(tc, test_partitioned_refuses_more_parts_than_ties);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(partitioned_suite());
}
