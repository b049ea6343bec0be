/* The line charts of samnet dynamics: per-slice shares and rank trajectories. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/dynamics.h"
#include "export/model.h"
#include "export/svg.h"

enum { WIDTH = 900, HEIGHT = 320, LABEL = 24 };

/* Chart 1: the per-slice figures that are shares of a whole. */
static void shares_chart(sn__xml_t *x, const sn_dynamics_t *d, const char *const *ticks,
			 double *ys)
{
	static const char *const labels[] = { "density", "largest component", "population share",
					      "ties kept", "ties Jaccard" };
	size_t n = d->nslices;

	for (size_t i = 0; i < n; i++) {
		const sn_slice_t *s = &d->slices[i];
		ys[i] = s->density;
		ys[n + i] = s->largest_share;
		ys[2 * n + i] = s->population_share;
		ys[3 * n + i] = s->has_previous ? s->ties_kept : NAN;
		ys[4 * n + i] = s->has_previous ? s->ties_jaccard : NAN;
	}
	sn__svg_lines_t c = { "Per slice", "slice", "share", ticks, ys, labels, n, 5, 0, 1, false };
	sn__svg_lines(x, &c, WIDTH, HEIGHT);
}

/*
 * The actors to follow: those of rank 1..top in the last slice with ranks,
 * best rank first (then dataset order), at most `top`.
 */
static size_t pick_actors(const sn_dynamics_t *d, size_t top, size_t *out)
{
	size_t last = d->nranks ? d->ranks[d->nranks - 1].slice : 0, n = 0;

	for (size_t rank = 1; rank <= top && n < top; rank++)
		for (size_t i = 0; i < d->nranks && n < top; i++) {
			const sn_slice_rank_t *r = &d->ranks[i];
			if (r->slice == last && r->measure == 0 && r->rank == rank)
				out[n++] = r->actor;
		}
	return n;
}

/* Chart 2: the rank of each followed actor in each slice (gaps where it is not active). */
static void ranks_chart(sn__xml_t *x, const sn_dynamics_t *d, const sn_dataset_t *ds,
			sn_measure_t measure, const char *const *ticks, double *ys,
			const size_t *actors, size_t k)
{
	const char *labels[16];
	char title[96];
	double worst = (double)k;

	for (size_t a = 0; a < k; a++) {
		labels[a] = ds->actors[actors[a]].name;
		for (size_t i = 0; i < d->nslices; i++)
			ys[a * d->nslices + i] = NAN;
	}
	for (size_t i = 0; i < d->nranks; i++) {
		const sn_slice_rank_t *r = &d->ranks[i];
		for (size_t a = 0; a < k && r->measure == 0 && r->rank; a++)
			if (r->actor == actors[a]) {
				ys[a * d->nslices + r->slice] = (double)r->rank;
				worst = (double)r->rank > worst ? (double)r->rank : worst;
			}
	}
	snprintf(title, sizeof title, "Rank by %s (1 = highest)", sn_measure_name(measure));
	sn__svg_lines_t c = { title, "slice", "rank", ticks, ys, labels, d->nslices, k, 1,
			      worst > 1 ? worst : 2, true };
	sn__svg_lines(x, &c, WIDTH, HEIGHT);
}

sn_error_t sn_dynamics_write_svg(FILE *fp, const sn_dynamics_t *d, const sn_dataset_t *ds,
				 sn_measure_t measure, size_t top)
{
	size_t n = d->nslices, k = 0, follow[16];
	char (*tick)[LABEL] = malloc((n ? n : 1) * sizeof *tick);
	const char **ticks = malloc((n ? n : 1) * sizeof *ticks);
	double *ys = malloc((n ? n : 1) * 16 * sizeof *ys);
	sn__xml_t x;
	sn_error_t err = SN_OK;

	if (!tick || !ticks || !ys) {
		err = sn_error_set(SN_ENOMEM, "out of memory drawing the time slices");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		const sn_slice_t *s = &d->slices[i];
		if (s->from == s->to)
			snprintf(tick[i], LABEL, "%d", s->from);
		else
			snprintf(tick[i], LABEL, "%d-%d", s->from, s->to);
		ticks[i] = tick[i];
	}
	k = pick_actors(d, top < 16 ? top : 16, follow);
	sn__xml_init(&x, fp, true);
	sn__xml_begin(&x, "svg");
	sn__xml_attr(&x, "xmlns", "http://www.w3.org/2000/svg");
	sn__xml_attrf(&x, "width", "%d", WIDTH);
	sn__xml_attrf(&x, "height", "%d", k ? 2 * HEIGHT : HEIGHT);
	sn__xml_attrf(&x, "viewBox", "0 0 %d %d", WIDTH, k ? 2 * HEIGHT : HEIGHT);
	sn__xml_begin(&x, "rect");
	sn__xml_attr(&x, "width", "100%");
	sn__xml_attr(&x, "height", "100%");
	sn__xml_attr(&x, "fill", "#fff");
	sn__xml_end(&x);
	shares_chart(&x, d, ticks, ys);
	if (k) {
		sn__xml_begin(&x, "g");
		sn__xml_attrf(&x, "transform", "translate(0 %d)", HEIGHT);
		ranks_chart(&x, d, ds, measure, ticks, ys, follow, k);
		sn__xml_end(&x);
	}
	sn__xml_finish(&x);
	err = sn__check_stream(fp);
done:
	free(tick);
	free(ticks);
	free(ys);
	return err;
}
