/*
 * The line charts of samnet dynamics (sn_dynamics_write_svg()): with more
 * series than the palette has colours, every series is drawn in a stroke of
 * its own and named in the legend (issue 22).  The bundled dataset, degree,
 * the top 16 actors of the last slice: the expected actors are counted from
 * the ranks directly (rank 1..16 in the last slice, at most 16), and the SVG
 * is read back as text.
 */
#include "config.h"

#include <string.h>

#include "testutil.h"

/* The value of attribute `name` of the tag starting at p, copied into out ("" if absent). */
static void attr(const char *p, const char *name, char *out, size_t n)
{
	const char *end = strchr(p, '>'), *a;
	char key[64];

	snprintf(key, sizeof key, " %s=\"", name);
	out[0] = '\0';
	if ((a = strstr(p, key)) && a < end) {
		a += strlen(key);
		size_t len = strcspn(a, "\"");
		snprintf(out, n, "%.*s", (int)(len < n ? len : n - 1), a);
	}
}

START_TEST(test_dynamics_write_svg_sixteen_series_distinct_and_labelled)
{
	static const sn_measure_t degree = SN_MEASURE_DEGREE;
	char srcdir_path[4096], style[16][128], *svg = NULL;
	const char *srcdir = getenv("srcdir");
	sn_dynamics_options_t opts;
	sn_dynamics_t *d = NULL;
	size_t len = 0, want = 0, legend = 0, last;

	snprintf(srcdir_path, sizeof srcdir_path, "%s/datasets/sweden", srcdir ? srcdir : ".");
	sn_dataset_t *ds = load_dataset(srcdir_path);
	sn_dynamics_options_default(&opts);
	opts.measures = &degree;
	opts.nmeasures = 1;
	ck_assert_int_eq(sn_dynamics_compute(&d, ds, &opts), SN_OK);
	last = d->ranks[d->nranks - 1].slice;
	for (size_t i = 0; i < d->nranks; i++)
		want += d->ranks[i].slice == last && d->ranks[i].rank >= 1 && d->ranks[i].rank <= 16;
	want = want < 16 ? want : 16;
	ck_assert_uint_gt(want, 8);

	FILE *fp = open_memstream(&svg, &len);
	ck_assert_int_eq(sn_dynamics_write_svg(fp, d, ds, SN_MEASURE_DEGREE, 16), SN_OK);
	fclose(fp);
	/* The rank chart follows the shares chart; its legend: a line of width 2 and a name each. */
	const char *p = strstr(svg, "Rank by degree");
	ck_assert_ptr_nonnull(p);
	while ((p = strstr(p, "<line ")) != NULL) {
		char s[128], name[256];
		attr(p, "style", s, sizeof s);
		p++;
		if (!strstr(s, "stroke-width:2"))
			continue;
		ck_assert_uint_lt(legend, 16);
		ck_assert_msg(!strstr(s, "#BBBBBB"), "series %zu is grey: %s", legend, s);
		for (size_t j = 0; j < legend; j++)
			ck_assert_msg(strcmp(style[j], s) != 0, "series %zu and %zu alike: %s", j,
				      legend, s);
		snprintf(style[legend], sizeof style[legend], "%s", s);
		/* The name follows the legend line, as the text of the next <text>. */
		const char *t = strstr(p, "<text ");
		ck_assert_ptr_nonnull(t);
		t = strchr(t, '>') + 1;
		snprintf(name, sizeof name, "%.*s", (int)strcspn(t, "<"), t);
		bool known = false;
		for (size_t a = 0; a < ds->nactors && !known; a++)
			known = strcmp(ds->actors[a].name, name) == 0;
		ck_assert_msg(known || strchr(name, '&'), "legend entry '%s' is no actor", name);
		legend++;
	}
	ck_assert_uint_eq(legend, want);
	/* Every polyline of the rank chart has the stroke of one legend entry. */
	p = strstr(svg, "Rank by degree");
	while ((p = strstr(p, "<polyline ")) != NULL) {
		char s[128];
		bool found = false;
		attr(p, "style", s, sizeof s);
		for (size_t j = 0; j < legend && !found; j++)
			found = strcmp(style[j], s) == 0;
		ck_assert_msg(found, "polyline stroke %s not in the legend", s);
		p++;
	}
	free(svg);
	sn_dynamics_free(d);
	sn_dataset_free(ds);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("dynamics_svg");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_dynamics_write_svg_sixteen_series_distinct_and_labelled);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
