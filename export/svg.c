/*
 * export/svg.c: a static picture of the network for papers (format "svg")
 * and the charts of the HTML report, all through the shared XML writer.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export/svg.h"
#include "export/viz.h"

static void num_attr(sn__xml_t *x, const char *name, double v)
{
	sn__xml_attrf(x, name, "%.2f", v);
}

static void text_at(sn__xml_t *x, double px, double py, const char *anchor, const char *text,
		    const char *extra)
{
	sn__xml_begin(x, "text");
	num_attr(x, "x", px);
	num_attr(x, "y", py);
	if (anchor)
		sn__xml_attr(x, "text-anchor", anchor);
	if (extra)
		sn__xml_attr(x, "transform", extra);
	sn__xml_text(x, text);
	sn__xml_end(x);
}

static void line(sn__xml_t *x, double x1, double y1, double x2, double y2, const char *style)
{
	sn__xml_begin(x, "line");
	num_attr(x, "x1", x1);
	num_attr(x, "y1", y1);
	num_attr(x, "x2", x2);
	num_attr(x, "y2", y2);
	sn__xml_attr(x, "style", style);
	sn__xml_end(x);
}

static void chart_open(sn__xml_t *x, const char *title, int width, int height)
{
	sn__xml_begin(x, "svg");
	sn__xml_attr(x, "xmlns", "http://www.w3.org/2000/svg");
	sn__xml_attrf(x, "width", "%d", width);
	sn__xml_attrf(x, "height", "%d", height);
	sn__xml_attrf(x, "viewBox", "0 0 %d %d", width, height);
	sn__xml_attr(x, "font-family", "sans-serif");
	sn__xml_attr(x, "font-size", "11");
	sn__xml_begin(x, "title");
	sn__xml_text(x, title);
	sn__xml_end(x);
	text_at(x, width / 2.0, 16, "middle", title, NULL);
}

static void axes(sn__xml_t *x, const char *xlabel, const char *ylabel, int width, int height,
		 double ymax, const char *yfmt)
{
	char buf[32];
	const double left = 50, bottom = height - 40.0, top = 30;

	line(x, left, bottom, width - 10.0, bottom, "stroke:#333");
	line(x, left, top, left, bottom, "stroke:#333");
	for (int t = 0; t <= 4; t++) {
		double y = bottom - t * (bottom - top) / 4;
		snprintf(buf, sizeof buf, yfmt, ymax * t / 4);
		text_at(x, left - 4, y + 4, "end", buf, NULL);
		line(x, left - 3, y, left, y, "stroke:#333");
	}
	text_at(x, (left + width) / 2, height - 6.0, "middle", xlabel, NULL);
	snprintf(buf, sizeof buf, "rotate(-90 12 %.0f)", (top + bottom) / 2);
	text_at(x, 12, (top + bottom) / 2, "middle", ylabel, buf);
}

void sn__svg_bars(sn__xml_t *x, const char *title, const char *xlabel, const char *ylabel,
		  const double *xs, const double *ys, size_t n, int width, int height)
{
	const double left = 50, bottom = height - 40.0, top = 30, right = width - 10.0;
	double ymax = 1;
	char buf[32];

	for (size_t i = 0; i < n; i++)
		ymax = ys[i] > ymax ? ys[i] : ymax;
	chart_open(x, title, width, height);
	axes(x, xlabel, ylabel, width, height, ymax, "%.3g");
	double bw = n ? (right - left) / (double)n : 0;
	for (size_t i = 0; i < n; i++) {
		double h = (bottom - top) * ys[i] / ymax;
		sn__xml_begin(x, "rect");
		num_attr(x, "x", left + i * bw + 1);
		num_attr(x, "y", bottom - h);
		num_attr(x, "width", bw > 2 ? bw - 2 : bw);
		num_attr(x, "height", h);
		sn__xml_attr(x, "fill", sn__palette[0]);
		sn__xml_begin(x, "title");
		snprintf(buf, sizeof buf, "%g: %g", xs[i], ys[i]);
		sn__xml_text(x, buf);
		sn__xml_end(x);
		sn__xml_end(x);
		if (n <= 30 || i % (n / 15 + 1) == 0) {
			snprintf(buf, sizeof buf, "%g", xs[i]);
			text_at(x, left + (i + 0.5) * bw, bottom + 14, "middle", buf, NULL);
		}
	}
	sn__xml_end(x);
}

void sn__svg_scatter(sn__xml_t *x, const char *title, const char *xlabel, const char *ylabel,
		     const double *xs, const double *ys, const char *const *labels, size_t n,
		     int width, int height)
{
	const double left = 50, bottom = height - 40.0, top = 30, right = width - 10.0;
	double max = 0.01;
	char buf[64];

	for (size_t i = 0; i < n; i++) {
		max = isfinite(xs[i]) && xs[i] > max ? xs[i] : max;
		max = isfinite(ys[i]) && ys[i] > max ? ys[i] : max;
	}
	max *= 1.05;
	chart_open(x, title, width, height);
	axes(x, xlabel, ylabel, width, height, max, "%.2f");
	for (int t = 1; t <= 4; t++) {
		snprintf(buf, sizeof buf, "%.2f", max * t / 4);
		text_at(x, left + t * (right - left) / 4, bottom + 14, "middle", buf, NULL);
	}
	line(x, left, bottom, right, top, "stroke:#999;stroke-dasharray:4 3");
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(xs[i]) || !isfinite(ys[i]))
			continue;
		double px = left + (right - left) * xs[i] / max, py = bottom - (bottom - top) * ys[i] / max;
		sn__xml_begin(x, "circle");
		num_attr(x, "cx", px);
		num_attr(x, "cy", py);
		sn__xml_attr(x, "r", "4");
		sn__xml_attr(x, "fill", sn__palette[0]);  /* points are named, not categories */
		sn__xml_begin(x, "title");
		snprintf(buf, sizeof buf, ": %.4f, %.4f", xs[i], ys[i]);
		sn__xml_text(x, labels[i]);
		sn__xml_text(x, buf);
		sn__xml_end(x);
		sn__xml_end(x);
		/* Small points crowd the origin: name only the larger ones when there are many. */
		if (n <= 12 || fmax(xs[i], ys[i]) >= 0.2 * max) {
			bool at_right = px > left + 0.75 * (right - left);
			text_at(x, at_right ? px - 6 : px + 6, py - 4, at_right ? "end" : NULL, labels[i],
				NULL);
		}
	}
	sn__xml_end(x);
}

/* The degree from which vertices get labels: all up to 40 vertices, else the 25 largest; `s` is scratch for n values. */
static double label_threshold(const double *deg, size_t n, double *s)
{
	size_t keep = 25;

	if (n <= 40)
		return -1;
	memcpy(s, deg, n * sizeof *s);
	for (size_t i = 0; i < keep; i++) {
		/* Partial selection sort: the keep largest to the front. */
		size_t best = i;
		for (size_t j = i + 1; j < n; j++)
			best = s[j] > s[best] ? j : best;
		double tmp = s[i];
		s[i] = s[best];
		s[best] = tmp;
	}
	return s[keep - 1];
}

/* The picture: edges, then vertices with titles and the largest vertices' labels. */
static sn_error_t draw(sn__xml_t *x, const sn__xgraph_t *g, const sn__viz_t *v, const double *deg)
{
	const igraph_matrix_t *pos = &v->pos;
	const sn__field_t *f = &g->vf[v->field];
	const double w = 1000, h = 750, m = 40;
	double minx = INFINITY, maxx = -INFINITY, miny = INFINITY, maxy = -INFINITY, maxw = 0;
	double *px = malloc(3 * (g->nv + 1) * sizeof *px), *py, t;

	if (!px)
		return sn_error_set(SN_ENOMEM, "out of memory");
	py = px + g->nv + 1;
	t = label_threshold(deg, g->nv, py + g->nv + 1);

	for (size_t i = 0; i < g->nv; i++) {
		minx = fmin(minx, MATRIX(*pos, i, 0));
		maxx = fmax(maxx, MATRIX(*pos, i, 0));
		miny = fmin(miny, MATRIX(*pos, i, 1));
		maxy = fmax(maxy, MATRIX(*pos, i, 1));
	}
	double sx = maxx > minx ? (w - 2 * m) / (maxx - minx) : 1, sy = maxy > miny ? (h - 2 * m) / (maxy - miny) : 1;
	double s = fmin(sx, sy);
	for (size_t i = 0; i < g->nv; i++) {
		px[i] = m + (MATRIX(*pos, i, 0) - minx) * s;
		py[i] = m + (MATRIX(*pos, i, 1) - miny) * s;
	}
	for (size_t e = 0; e < g->ne; e++)
		maxw = fmax(maxw, sn__xgraph_weight(g, e));
	sn__xml_begin(x, "g");
	sn__xml_attr(x, "stroke", "#888");
	sn__xml_attr(x, "stroke-opacity", "0.5");
	for (size_t e = 0; e < g->ne; e++) {
		sn__xml_begin(x, "line");
		num_attr(x, "x1", px[sn__xgraph_src(g, e)]);
		num_attr(x, "y1", py[sn__xgraph_src(g, e)]);
		num_attr(x, "x2", px[sn__xgraph_dst(g, e)]);
		num_attr(x, "y2", py[sn__xgraph_dst(g, e)]);
		num_attr(x, "stroke-width", 0.5 + 2.5 * sn__xgraph_weight(g, e) / (maxw > 0 ? maxw : 1));
		sn__xml_end(x);
	}
	sn__xml_end(x);
	for (size_t i = 0; i < g->nv; i++) {
		char buf[32];
		sn__xml_begin(x, "circle");
		num_attr(x, "cx", px[i]);
		num_attr(x, "cy", py[i]);
		num_attr(x, "r", 3 + 2.5 * sqrt(deg[i]));
		sn__xml_attr(x, "fill", sn__palette_colour(v->category[i], v->ncat));
		sn__xml_attr(x, "stroke", "#fff");
		sn__xml_begin(x, "title");
		sn__xml_text(x, g->label[i]);
		sn__xml_text(x, " (");
		sn__xml_text(x, sn__field_text(f, i, buf));
		sn__xml_text(x, ")");
		sn__xml_end(x);
		sn__xml_end(x);
		if (deg[i] >= t && deg[i] > 0)
			text_at(x, px[i] + 5 + 2.5 * sqrt(deg[i]), py[i] + 4, NULL, g->label[i], NULL);
	}
	free(px);
	return SN_OK;
}

/*
 * The legend in the bottom-left corner: exactly the colours drawn, each
 * coloured category (named by its first vertex, largest first) and, when
 * some vertices are grey, "other" (the smaller categories and missing
 * values); then what the circle size shows.
 */
static void legend(sn__xml_t *x, const sn__xgraph_t *g, const sn__viz_t *v)
{
	const sn__field_t *f = &g->vf[v->field];
	size_t shown = sn__palette_coloured(v->ncat), grey = 0;
	char buf[32];

	for (size_t i = 0; i < g->nv; i++)
		grey += v->category[i] <= 0 || (size_t)v->category[i] > shown;
	double y = 750 - 18 - 14.0 * (double)(shown + (grey > 0) + 1);
	sn__xml_begin(x, "g");
	sn__xml_attr(x, "id", "legend");
	text_at(x, 12, y, NULL, f->name, NULL);
	for (size_t k = 0; k <= shown; k++) {
		size_t i = 0;
		if (k == shown && !grey)
			break;
		while (k < shown && i < g->nv && v->category[i] != (int64_t)k + 1)
			i++;
		y += 14;
		sn__xml_begin(x, "circle");
		num_attr(x, "cx", 18);
		num_attr(x, "cy", y - 3.5);
		num_attr(x, "r", 5);
		sn__xml_attr(x, "fill", sn__palette_colour((int64_t)k + 1, v->ncat));
		sn__xml_end(x);
		text_at(x, 28, y, NULL, k < shown ? sn__field_text(f, i, buf) : "other", NULL);
	}
	text_at(x, 12, y + 16, NULL, "circle area: degree (ties)", NULL);
	sn__xml_end(x);
}

sn_error_t sn__write_svg(FILE *fp, const sn__xgraph_t *g, const sn_export_t *ex,
			 sn_export_format_t format)
{
	sn__viz_t v;
	double *deg = malloc((g->nv + 1) * sizeof *deg);
	sn__xml_t x;
	char note[96];
	sn_error_t err;

	if (!deg)
		return sn_error_set(SN_ENOMEM, "out of memory");
	if ((err = sn__viz_build(&v, g, ex)) != SN_OK) {
		free(deg);
		return err;
	}
	sn__xgraph_degrees(g, deg, NULL);
	sn__xml_init(&x, fp, true);
	sn__xml_begin(&x, "svg");
	sn__xml_attr(&x, "xmlns", "http://www.w3.org/2000/svg");
	sn__xml_attr(&x, "width", "1000");
	sn__xml_attr(&x, "height", "750");
	sn__xml_attr(&x, "viewBox", "0 0 1000 750");
	sn__xml_attr(&x, "font-family", "sans-serif");
	sn__xml_attr(&x, "font-size", "10");
	sn__xml_begin(&x, "desc");
	sn__xml_text(&x, sn__xgraph_layout_note(note, g, ex));
	sn__xml_end(&x);
	sn__xml_begin(&x, "rect");
	sn__xml_attr(&x, "width", "1000");
	sn__xml_attr(&x, "height", "750");
	sn__xml_attr(&x, "fill", "#fff");
	sn__xml_end(&x);
	if ((err = draw(&x, g, &v, deg)) != SN_OK)
		goto done;
	legend(&x, g, &v);
	sn__xml_finish(&x);
	err = sn__check_stream(fp);
done:
	sn__viz_destroy(&v);
	free(deg);
	return err;
}

/* Pixel of value v on the y axis from lo (bottom) to hi (top), or reversed. */
static double y_pixel(double v, double lo, double hi, bool reversed, double top, double bottom)
{
	double f = hi > lo ? (v - lo) / (hi - lo) : 0;

	return reversed ? top + f * (bottom - top) : bottom - f * (bottom - top);
}

/*
 * Series s of chart c: one polyline per run of defined values (NaN leaves a
 * gap), a lone value as a dot (hollow for a dashed series), titled with its
 * label.  style: the stroke of sn__line_colour()/sn__line_dash().
 */
static void series(sn__xml_t *x, const sn__svg_lines_t *c, size_t s, const char *style,
		   double left, double dx, double top, double bottom)
{
	const double *ys = &c->ys[s * c->n];
	const char *colour = sn__line_colour(s);

	for (size_t i = 0; i < c->n;) {
		while (i < c->n && isnan(ys[i]))
			i++;
		size_t j = i;
		char *pts = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&pts, &len);
		for (; j < c->n && !isnan(ys[j]) && m; j++)
			fprintf(m, "%s%.2f,%.2f", j > i ? " " : "", left + j * dx,
				y_pixel(ys[j], c->ymin, c->ymax, c->reversed, top, bottom));
		if (m && fclose(m) == 0 && j > i) {
			sn__xml_begin(x, j - i > 1 ? "polyline" : "circle");
			if (j - i > 1) {
				sn__xml_attr(x, "points", pts);
				sn__xml_attr(x, "fill", "none");
				sn__xml_attr(x, "style", style);
			} else {
				num_attr(x, "cx", left + i * dx);
				num_attr(x, "cy", y_pixel(ys[i], c->ymin, c->ymax, c->reversed, top,
							  bottom));
				sn__xml_attr(x, "r", "3");
				if (sn__line_dash(s)) {
					sn__xml_attr(x, "fill", "#fff");
					sn__xml_attrf(x, "style", "stroke:%s;stroke-width:1.5", colour);
				} else {
					sn__xml_attr(x, "fill", colour);
				}
			}
			sn__xml_begin(x, "title");
			sn__xml_text(x, c->labels[s]);
			sn__xml_end(x);
			sn__xml_end(x);
		}
		free(pts);
		i = j;
	}
}

void sn__svg_lines(sn__xml_t *x, const sn__svg_lines_t *c, int width, int height)
{
	const double left = 50, bottom = height - 40.0, top = 30, right = width - 200.0;
	char buf[64];

	chart_open(x, c->title, width, height);
	line(x, left, bottom, right, bottom, "stroke:#333");
	line(x, left, top, left, bottom, "stroke:#333");
	for (int t = 0; t <= 4; t++) {
		double v = c->ymin + (c->ymax - c->ymin) * t / 4;
		double y = y_pixel(v, c->ymin, c->ymax, c->reversed, top, bottom);
		snprintf(buf, sizeof buf, c->reversed ? "%.0f" : "%.2g", v);
		text_at(x, left - 4, y + 4, "end", buf, NULL);
		line(x, left - 3, y, left, y, "stroke:#333");
	}
	text_at(x, (left + right) / 2, height - 6.0, "middle", c->xlabel, NULL);
	snprintf(buf, sizeof buf, "rotate(-90 12 %.0f)", (top + bottom) / 2);
	text_at(x, 12, (top + bottom) / 2, "middle", c->ylabel, buf);
	double dx = c->n > 1 ? (right - left) / (double)(c->n - 1) : 0;
	for (size_t i = 0; i < c->n; i++)
		if (c->n <= 25 || i % (c->n / 12 + 1) == 0)
			text_at(x, left + i * dx, bottom + 14, "middle", c->xticks[i], NULL);
	for (size_t s = 0; s < c->nseries; s++) {
		char style[96];
		const char *dash = sn__line_dash(s);

		snprintf(style, sizeof style, "stroke:%s;stroke-width:2%s%s", sn__line_colour(s),
			 dash ? ";stroke-dasharray:" : "", dash ? dash : "");
		series(x, c, s, style, left, dx, top, bottom);
		line(x, right + 10, top + 14.0 * s + 4, right + 24, top + 14.0 * s + 4, style);
		text_at(x, right + 28, top + 14.0 * s + 8, NULL, c->labels[s], NULL);
	}
	sn__xml_end(x);
}
