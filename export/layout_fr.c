/* Fruchterman-Reingold as igraph 0.10 lays out (export/layout_fr.h). */
#include "config.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#include "export/layout_fr.h"

/* igraph's RNG_UNIF(l, h): a draw of the default generator. */
static double unif(double l, double h)
{
	return igraph_rng_get_unif(igraph_rng_default(), l, h);
}

#define X(v) MATRIX(*pos, (v), 0)
#define Y(v) MATRIX(*pos, (v), 1)

typedef sn__layout_ties_t ties_t;

/* Tie (v, u) of weight w pulls v and u together; v its higher end, as igraph keeps a tie. */
static inline void pull(double *dispx, double *dispy, const igraph_matrix_t *pos, int32_t v,
			int32_t u, double w)
{
	double dx = X(v) - X(u), dy = Y(v) - Y(u);
	double dlen = sqrt(dx * dx + dy * dy) * w;

	dispx[v] -= dx * dlen;
	dispy[v] -= dy * dlen;
	dispx[u] += dx * dlen;
	dispy[u] += dy * dlen;
}

/* Attraction along every tie, in tie order. */
static void attract(double *dispx, double *dispy, const igraph_matrix_t *pos, size_t nv,
		    const ties_t *t)
{
	const adj_rows_t *r = t->rows;

	if (r) {
		for (igraph_integer_t v = 0; v < (igraph_integer_t)nv; v++)
			for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
				if (r->adj[k] > v)
					pull(dispx, dispy, pos, r->adj[k], (int32_t)v,
					     sn__adj_rows_weight(r, k));
		return;
	}
	for (size_t e = 0; e < t->ne; e++) {
		int32_t a = t->src[e], b = t->dst[e];

		pull(dispx, dispy, pos, a > b ? a : b, a > b ? b : a, t->weight ? t->weight[e] : 1.0);
	}
}

/* Moves each vertex by its displacement (plus a tiny jitter), at most `temp`. */
static void move(igraph_matrix_t *pos, const double *dispx, const double *dispy, size_t nv,
		 double temp)
{
	for (size_t v = 0; v < nv; v++) {
		double dx = dispx[v] + unif(-1e-9, 1e-9);
		double dy = dispy[v] + unif(-1e-9, 1e-9);
		double displen = sqrt(dx * dx + dy * dy);

		if (displen > temp) {
			dx *= temp / displen;
			dy *= temp / displen;
		}
		if (displen > 0) {
			X(v) += dx;
			Y(v) += dy;
		}
	}
}

/* The distance components of v and u and its square, redrawn while the two coincide. */
static double apart(const igraph_matrix_t *pos, igraph_integer_t v, igraph_integer_t u,
		    double *dx, double *dy)
{
	double dlen;

	*dx = X(v) - X(u);
	*dy = Y(v) - Y(u);
	dlen = *dx * *dx + *dy * *dy;
	while (dlen == 0) {
		*dx = unif(-1e-9, 1e-9);
		*dy = unif(-1e-9, 1e-9);
		dlen = *dx * *dx + *dy * *dy;
	}
	return dlen;
}

/* Joins the trees of a and b in the forest `up`; one part fewer when they differed. */
static void join(size_t *up, size_t a, size_t b, size_t *parts)
{
	while (up[a] != a)
		a = up[a] = up[up[a]];
	while (up[b] != b)
		b = up[b] = up[up[b]];
	if (a != b) {
		up[a] = b;
		(*parts)--;
	}
}

/* Whether the ties join every vertex (union-find); a graph without vertices is not connected. */
static bool connected(size_t nv, const ties_t *t, bool *ok)
{
	size_t *up = malloc((nv ? nv : 1) * sizeof *up), parts = nv;
	const adj_rows_t *r = t->rows;

	*ok = up != NULL;
	if (!up)
		return false;
	for (size_t v = 0; v < nv; v++)
		up[v] = v;
	if (r) {
		for (size_t v = 0; v < nv; v++)
			for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
				join(up, v, (size_t)r->adj[k], &parts);
	} else {
		for (size_t e = 0; e < t->ne; e++)
			join(up, (size_t)t->src[e], (size_t)t->dst[e], &parts);
	}
	free(up);
	return parts == 1;
}

/* Every pair repels; a disconnected graph adds a weak pull C between all pairs. */
static void repel_all(double *dispx, double *dispy, const igraph_matrix_t *pos, size_t nv,
		      bool conn, double C)
{
	for (size_t v = 0; v < nv; v++)
		for (size_t u = v + 1; u < nv; u++) {
			double dx, dy, dlen = apart(pos, (igraph_integer_t)v, (igraph_integer_t)u, &dx, &dy);

			if (conn) {
				dispx[v] += dx / dlen;
				dispy[v] += dy / dlen;
				dispx[u] -= dx / dlen;
				dispy[u] -= dy / dlen;
			} else {
				double rdlen = sqrt(dlen);
				dispx[v] += dx * (C - dlen * rdlen) / (dlen * C);
				dispy[v] += dy * (C - dlen * rdlen) / (dlen * C);
				dispx[u] -= dx * (C - dlen * rdlen) / (dlen * C);
				dispy[u] -= dy * (C - dlen * rdlen) / (dlen * C);
			}
		}
}

/*
 * igraph's grid of the starting positions: cells of side 2 over the square
 * [-w/2, w/2]^2, each cell a list of its vertices, the last added first
 * (first[cell] and next[v] hold vertex + 1, 0 ending a list).  The cells
 * are not updated as the vertices move, as in igraph.
 */
typedef struct {
	igraph_integer_t sx, sy;
	double min, delta;
	igraph_integer_t *first;   /* [sx * sy], cell (x, y) at x + y sx */
	igraph_integer_t *next;    /* [nv] */
} grid_t;

static igraph_integer_t cell_of(const grid_t *g, double c, igraph_integer_t steps, double max)
{
	if (c <= g->min)
		return 0;
	if (c >= max)
		return steps - 1;
	return (igraph_integer_t)floor((c - g->min) / g->delta);
}

static bool grid_init(grid_t *g, const igraph_matrix_t *pos, size_t nv, double width)
{
	double max = width / 2;

	g->min = -width / 2;
	g->delta = 2.0;
	g->sx = g->sy = (igraph_integer_t)ceil((max - g->min) / g->delta);
	g->first = calloc((size_t)(g->sx * g->sy) + 1, sizeof *g->first);
	g->next = malloc((nv + 1) * sizeof *g->next);
	if (!g->first || !g->next)
		return false;
	for (size_t v = 0; v < nv; v++) {
		igraph_integer_t x = cell_of(g, X(v), g->sx, max), y = cell_of(g, Y(v), g->sy, max);
		g->next[v] = g->first[x + y * g->sx];
		g->first[x + y * g->sx] = (igraph_integer_t)v + 1;
	}
	return true;
}

static void grid_free(grid_t *g)
{
	free(g->first);
	free(g->next);
}

/*
 * Repulsion between the pairs igraph's grid iterator yields: each vertex v,
 * cell by cell (x fastest) and down each cell's list, with the vertices
 * after it in its own cell, then those of the cells (x+1, y+1) (when both
 * (x+1, y) and (x, y+1) exist), (x, y+1) and (x+1, y), in that order; a
 * pair closer than 2 repels.
 */
static void repel_grid(double *dispx, double *dispy, const igraph_matrix_t *pos, const grid_t *g)
{
	for (igraph_integer_t y = 0; y < g->sy; y++)
		for (igraph_integer_t x = 0; x < g->sx; x++)
			for (igraph_integer_t v1 = g->first[x + y * g->sx]; v1 != 0;
			     v1 = g->next[v1 - 1]) {
				igraph_integer_t cells[3], ncells = 0, v = v1 - 1;

				if (x != g->sx - 1)
					cells[ncells++] = (x + 1) + y * g->sx;
				if (y != g->sy - 1)
					cells[ncells++] = x + (y + 1) * g->sx;
				if (ncells == 2)
					cells[ncells++] = (x + 1) + (y + 1) * g->sx;
				igraph_integer_t u1 = g->next[v];
				for (;;) {
					while (u1 == 0 && ncells > 0)
						u1 = g->first[cells[--ncells]];
					if (u1 == 0)
						break;
					double dx, dy, dlen = apart(pos, v, u1 - 1, &dx, &dy);
					if (dlen < 2.0 * 2.0) {
						dispx[v] += dx / dlen;
						dispy[v] += dy / dlen;
						dispx[u1 - 1] -= dx / dlen;
						dispy[u1 - 1] -= dy / dlen;
					}
					u1 = g->next[u1 - 1];
				}
			}
}

sn_error_t sn__layout_fr(igraph_matrix_t *out, size_t nv, const sn__layout_ties_t *ties,
			 int niter, double start_temp)
{
	const ties_t *t = ties;
	double width = sqrt((double)nv), temp = start_temp, difftemp = start_temp / niter, C = 0;
	double *dispx = calloc(nv + 1, sizeof *dispx), *dispy = calloc(nv + 1, sizeof *dispy);
	bool use_grid = nv > 1000, conn = true, ok = true;
	grid_t grid = { 0, 0, 0, 0, NULL, NULL };
	sn_error_t err = SN_OK;

	if (!use_grid) {
		conn = connected(nv, t, &ok);
		if (!conn)
			C = (double)nv * sqrt((double)nv);
	}
	if (!dispx || !dispy || !ok || igraph_matrix_resize(out, (igraph_integer_t)nv, 2)) {
		err = sn_error_set(SN_ENOMEM, "layout: out of memory");
		goto done;
	}
	for (size_t v = 0; v < nv; v++) {
		MATRIX(*out, v, 0) = unif(-width / 2, width / 2);
		MATRIX(*out, v, 1) = unif(-width / 2, width / 2);
	}
	if (use_grid && !grid_init(&grid, out, nv, width)) {
		err = sn_error_set(SN_ENOMEM, "layout: out of memory");
		goto done;
	}
	for (int i = 0; i < niter; i++) {
		for (size_t v = 0; v < nv; v++)
			dispx[v] = dispy[v] = 0;
		if (use_grid)
			repel_grid(dispx, dispy, out, &grid);
		else
			repel_all(dispx, dispy, out, nv, conn, C);
		attract(dispx, dispy, out, nv, t);
		move(out, dispx, dispy, nv, temp);
		temp -= difftemp;
	}
done:
	grid_free(&grid);
	free(dispx);
	free(dispy);
	return err;
}
