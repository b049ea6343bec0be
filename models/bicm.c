/*
 * The bipartite configuration model (Saracco et al. 2015) and the exact
 * Poisson-binomial upper tail, for the SDSM backbone (Neal 2014).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/backbone.h"

void sn_bicm_init(sn_bicm_t *m)
{
	memset(m, 0, sizeof *m);
}

void sn_bicm_destroy(sn_bicm_t *m)
{
	if (m == NULL || !m->built)
		return;
	igraph_vector_destroy(&m->x);
	igraph_vector_destroy(&m->y);
	igraph_vector_int_destroy(&m->xround);
	igraph_vector_int_destroy(&m->yround);
	sn_bicm_init(m);
}

double sn_bicm_probability(const sn_bicm_t *m, size_t i, size_t p)
{
	double x = VECTOR(m->x)[i], y = VECTOR(m->y)[p];
	igraph_integer_t rx = VECTOR(m->xround)[i], ry = VECTOR(m->yround)[p];

	if (rx >= 0 && (ry < 0 || rx <= ry))
		return x == 0 ? 0.0 : 1.0;
	if (ry >= 0)
		return y == 0 ? 0.0 : 1.0;
	return x * y / (1.0 + x * y);
}

/* Working state: remaining degrees of the free rows and columns. */
typedef struct {
	size_t nr, nc;
	double *r, *c;          /* remaining degrees */
	size_t free_r, free_c;  /* free rows and columns */
} peel_t;

/* One side's pass: fixes free lines with remaining degree 0 or full. */
static bool peel_side(double *deg, size_t n, igraph_vector_t *val, igraph_vector_int_t *round,
		      size_t *nfree, size_t other_free, double *other_deg,
		      const igraph_vector_int_t *other_round, const sn_incidence_t *inc,
		      bool rows, igraph_integer_t step)
{
	bool changed = false;

	for (size_t i = 0; i < n; i++) {
		if (VECTOR(*round)[i] >= 0 || (deg[i] != 0 && deg[i] != (double)other_free))
			continue;
		VECTOR(*round)[i] = step;
		VECTOR(*val)[i] = deg[i] == 0 ? 0.0 : INFINITY;
		(*nfree)--;
		changed = true;
		if (deg[i] == 0)
			continue;
		/* A full line: each free partner has one membership fewer to place. */
		if (rows) {
			for (size_t p = 0; p < inc->nprojects; p++)
				if (VECTOR(*other_round)[p] < 0)
					other_deg[p] -= 1;
		} else {
			for (size_t a = 0; a < inc->nactors; a++)
				if (VECTOR(*other_round)[a] < 0)
					other_deg[a] -= 1;
		}
		return true;   /* recount the free partners before going on */
	}
	return changed;
}

static void peel(sn_bicm_t *m, peel_t *st, const sn_incidence_t *inc)
{
	igraph_integer_t step = 0;
	bool changed = true;

	while (changed) {
		changed = peel_side(st->r, st->nr, &m->x, &m->xround, &st->free_r, st->free_c,
				    st->c, &m->yround, inc, true, step);
		step++;
		changed |= peel_side(st->c, st->nc, &m->y, &m->yround, &st->free_c, st->free_r,
				     st->r, &m->xround, inc, false, step);
		step++;
	}
}

/* Distinct remaining degrees of the free lines of one side, with multiplicities. */
static size_t groups(double *val, double *mult, const double *deg,
		     const igraph_vector_int_t *round, size_t n)
{
	size_t ng = 0;

	for (size_t i = 0; i < n; i++) {
		size_t g = 0;

		if (VECTOR(*round)[i] >= 0)
			continue;
		while (g < ng && val[g] != deg[i])
			g++;
		if (g == ng) {
			val[ng] = deg[i];
			mult[ng++] = 0;
		}
		mult[g] += 1;
	}
	return ng;
}

/* One Gauss-Seidel sweep; returns the largest degree error before the sweep. */
static double sweep(double *x, const double *kr, const double *nr, size_t gr, double *y,
		    const double *kc, const double *nc, size_t gc)
{
	double err = 0;

	for (size_t g = 0; g < gr; g++) {
		double s = 0, e = 0;

		for (size_t h = 0; h < gc; h++) {
			s += nc[h] * y[h] / (1 + x[g] * y[h]);
			e += nc[h] * x[g] * y[h] / (1 + x[g] * y[h]);
		}
		err = fmax(err, fabs(e - kr[g]));
		x[g] = kr[g] / s;
	}
	for (size_t h = 0; h < gc; h++) {
		double s = 0, e = 0;

		for (size_t g = 0; g < gr; g++) {
			s += nr[g] * x[g] / (1 + x[g] * y[h]);
			e += nr[g] * x[g] * y[h] / (1 + x[g] * y[h]);
		}
		err = fmax(err, fabs(e - kc[h]));
		y[h] = kc[h] / s;
	}
	return err;
}

/* Solves the free part and writes the parameters back to the lines. */
static sn_error_t solve(sn_bicm_t *m, const peel_t *st, double tol, size_t max_iter)
{
	size_t nr = st->nr, nc = st->nc;
	double *buf = malloc((3 * (nr + nc) + 2) * sizeof *buf);
	double *kr, *mr, *x, *kc, *mc, *y, total = 0, err = INFINITY;
	size_t gr, gc, it = 0;

	if (buf == NULL)
		return sn_error_set(SN_ENOMEM, "BiCM: out of memory");
	kr = buf;
	mr = kr + nr + 1;
	x = mr + nr;
	kc = x + nr;
	mc = kc + nc + 1;
	y = mc + nc;
	gr = groups(kr, mr, st->r, &m->xround, nr);
	gc = groups(kc, mc, st->c, &m->yround, nc);
	for (size_t g = 0; g < gr; g++)
		total += mr[g] * kr[g];
	for (size_t g = 0; g < gr; g++)
		x[g] = kr[g] / sqrt(total);
	for (size_t h = 0; h < gc; h++)
		y[h] = kc[h] / sqrt(total);
	while (gr > 0 && it < max_iter && (err = sweep(x, kr, mr, gr, y, kc, mc, gc)) > tol)
		it++;
	m->iterations = it;
	m->residual = gr > 0 ? err : 0.0;
	for (size_t i = 0; i < nr; i++) {
		for (size_t g = 0; VECTOR(m->xround)[i] < 0 && g < gr; g++)
			if (kr[g] == st->r[i])
				VECTOR(m->x)[i] = x[g];
	}
	for (size_t p = 0; p < nc; p++) {
		for (size_t h = 0; VECTOR(m->yround)[p] < 0 && h < gc; h++)
			if (kc[h] == st->c[p])
				VECTOR(m->y)[p] = y[h];
	}
	free(buf);
	if (gr > 0 && !(err <= tol))
		return sn_error_set(SN_ENUMERIC, "BiCM: no convergence after %zu sweeps (degree "
				    "error %g); the degree sequences may lie on the boundary of "
				    "the model", it, err);
	return SN_OK;
}

sn_error_t sn_bicm_fit(sn_bicm_t *m, const sn_incidence_t *inc, double tol, size_t max_iter)
{
	peel_t st = { inc->nactors, inc->nprojects, NULL, NULL, inc->nactors, inc->nprojects };
	igraph_integer_t na = (igraph_integer_t)inc->nactors, np = (igraph_integer_t)inc->nprojects;
	sn_error_t err = SN_OK;

	sn_bicm_destroy(m);
	if (tol <= 0)
		tol = 1e-10;
	if (max_iter == 0)
		max_iter = 100000;
	if (igraph_vector_init(&m->x, na) || igraph_vector_init(&m->y, np) ||
	    igraph_vector_int_init(&m->xround, na) || igraph_vector_int_init(&m->yround, np))
		return sn_error_set(SN_ENOMEM, "BiCM: out of memory");
	m->built = true;
	igraph_vector_int_fill(&m->xround, -1);
	igraph_vector_int_fill(&m->yround, -1);
	st.r = calloc(inc->nactors + 1, sizeof *st.r);
	st.c = calloc(inc->nprojects + 1, sizeof *st.c);
	if (st.r == NULL || st.c == NULL) {
		err = sn_error_set(SN_ENOMEM, "BiCM: out of memory");
		goto done;
	}
	for (size_t a = 0; a < inc->nactors; a++)
		st.r[a] = (double)(inc->start[a + 1] - inc->start[a]);
	for (size_t k = 0; k < inc->nmemberships; k++)
		st.c[inc->proj[k]] += 1;
	peel(m, &st, inc);
	err = solve(m, &st, tol, max_iter);
done:
	free(st.r);
	free(st.c);
	return err;
}

sn_error_t sn_poisson_binomial_upper(double *out, const double *q, size_t n, size_t s)
{
	double *f;

	for (size_t k = 0; k < n; k++)
		if (!(q[k] >= 0 && q[k] <= 1))
			return sn_error_set(SN_EINVAL, "Poisson-binomial: probability %zu is %g", k,
					    q[k]);
	if (s == 0) {
		*out = 1.0;
		return SN_OK;
	}
	if (s > n) {
		*out = 0.0;
		return SN_OK;
	}
	/* f[c] = P(count = c) for c < s; f[s] = P(count >= s), absorbing. */
	f = calloc(s + 1, sizeof *f);
	if (f == NULL)
		return sn_error_set(SN_ENOMEM, "Poisson-binomial: out of memory");
	f[0] = 1.0;
	for (size_t k = 0; k < n; k++) {
		double qk = q[k];

		f[s] += f[s - 1] * qk;
		for (size_t c = s - 1; c > 0; c--)
			f[c] = f[c] * (1 - qk) + f[c - 1] * qk;
		f[0] *= 1 - qk;
	}
	*out = f[s];
	free(f);
	return SN_OK;
}
