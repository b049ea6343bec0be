/* export/svg.h (private): SVG pictures and charts, written through the XML writer. */
#ifndef SAMNET_EXPORT_SVG_H
#define SAMNET_EXPORT_SVG_H

#include <stdbool.h>
#include <stddef.h>

#include "export/model.h"
#include "export/xml.h"

/*
 * A bar chart of ys against integer xs (for instance a degree distribution),
 * `width` x `height` pixels, axes labelled.
 */
void sn__svg_bars(sn__xml_t *x, const char *title, const char *xlabel, const char *ylabel,
		  const double *xs, const double *ys, size_t n, int width, int height);

/*
 * A scatter plot with the diagonal y = x, both axes from 0 to the largest
 * value (at least 0.01), a point and a label per item.
 */
void sn__svg_scatter(sn__xml_t *x, const char *title, const char *xlabel, const char *ylabel,
		     const double *xs, const double *ys, const char *const *labels, size_t n,
		     int width, int height);

/*
 * A line chart: `nseries` series of `n` values each (ys[s * n + i]; NaN
 * leaves a gap) against n labelled x positions, y from ymin to ymax
 * (reversed: ymin at the top, for ranks), a legend of `labels` on the right.
 * Each series has a stroke of its own (sn__line_colour(), sn__line_dash():
 * no two of the first SN__LINE_STYLES alike), the same in the legend.
 */
typedef struct {
	const char *title, *xlabel, *ylabel;
	const char *const *xticks;   /* [n] */
	const double *ys;            /* [nseries * n] */
	const char *const *labels;   /* [nseries] */
	size_t n, nseries;
	double ymin, ymax;
	bool reversed;
} sn__svg_lines_t;

void sn__svg_lines(sn__xml_t *x, const sn__svg_lines_t *chart, int width, int height);

#endif
