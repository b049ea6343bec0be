/*
 * Significance against the curveball null model: observed values, null
 * mean, sd, z-score, empirical p-value, multiple-testing adjustment.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "samnet/rng_gsl.h"
#include "samnet/significance.h"

const char *sn_padjust_name(sn_padjust_t method)
{
	switch (method) {
	case SN_PADJUST_NONE: return "none";
	case SN_PADJUST_BONFERRONI: return "bonferroni";
	case SN_PADJUST_BH: return "bh";
	}
	return "?";
}

sn_error_t sn_padjust_parse(const char *name, sn_padjust_t *out)
{
	if (name != NULL && strcmp(name, "none") == 0)
		*out = SN_PADJUST_NONE;
	else if (name != NULL && strcmp(name, "bonferroni") == 0)
		*out = SN_PADJUST_BONFERRONI;
	else if (name != NULL && (strcmp(name, "bh") == 0 || strcmp(name, "fdr") == 0))
		*out = SN_PADJUST_BH;
	else
		return sn_error_set(SN_EINVAL, "unknown correction '%s' (none, bonferroni, bh)",
				    name ? name : "");
	return SN_OK;
}

typedef struct {
	double p;
	size_t at;
} ranked_t;

static int cmp_ranked(const void *a, const void *b)
{
	double x = ((const ranked_t *)a)->p, y = ((const ranked_t *)b)->p;

	return (x > y) - (x < y);
}

sn_error_t sn_p_adjust(double *out, const double *p, size_t n, size_t family,
		       sn_padjust_t method)
{
	ranked_t *r;
	size_t m = 0;
	double run = 1.0;

	for (size_t i = 0; i < n; i++) {
		if (isnan(p[i]))
			continue;
		if (!(p[i] >= 0 && p[i] <= 1))
			return sn_error_set(SN_EINVAL, "p-value %zu is %g, not in [0, 1]", i, p[i]);
		m++;
	}
	if (family == 0)
		family = m;
	if (family < m)
		return sn_error_set(SN_EINVAL, "family of %zu hypotheses is smaller than the %zu "
				    "p-values given", family, m);
	r = malloc((m ? m : 1) * sizeof *r);
	if (r == NULL)
		return sn_error_set(SN_ENOMEM, "p-value adjustment: out of memory");
	m = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(p[i]))
			r[m++] = (ranked_t){ p[i], i };
	for (size_t i = 0; i < n; i++)
		out[i] = isnan(p[i]) ? NAN : p[i];
	if (method == SN_PADJUST_BONFERRONI) {
		for (size_t k = 0; k < m; k++)
			out[r[k].at] = fmin(1.0, (double)family * r[k].p);
	} else if (method == SN_PADJUST_BH) {
		qsort(r, m, sizeof *r, cmp_ranked);
		/* Step-up: a running minimum from the largest p downwards. */
		for (size_t k = m; k-- > 0;) {
			run = fmin(run, (double)family * r[k].p / (double)(k + 1));
			out[r[k].at] = fmin(1.0, run);
		}
	}
	free(r);
	return SN_OK;
}

void sn_significance_init(sn_significance_t *res)
{
	memset(res, 0, sizeof *res);
}

static void stat_free(sn_significance_stat_t *st)
{
	free(st->name);
	free(st->observed);
	free(st->mean);
	free(st->sd);
	free(st->z);
	free(st->p);
	free(st->p_normal);
	free(st->p_adjusted);
	free(st->nvalid);
}

void sn_significance_destroy(sn_significance_t *res)
{
	if (res == NULL)
		return;
	for (size_t k = 0; k < res->nstats; k++)
		stat_free(&res->stats[k]);
	free(res->stats);
	sn_significance_init(res);
}

/* A sample with its own projection. */
typedef struct {
	sn_sample_t view;
	igraph_t graph;
	igraph_vector_t shared;
	igraph_vector_t weight;
	bool has_graph;
} sample_t;

static sn_error_t sample_init(sample_t *s)
{
	memset(s, 0, sizeof *s);
	if (igraph_vector_init(&s->shared, 0))
		return sn_error_set(SN_ENOMEM, "significance: out of memory");
	if (igraph_vector_init(&s->weight, 0)) {
		igraph_vector_destroy(&s->shared);
		return sn_error_set(SN_ENOMEM, "significance: out of memory");
	}
	return SN_OK;
}

static void sample_destroy(sample_t *s)
{
	if (s->has_graph)
		igraph_destroy(&s->graph);
	igraph_vector_destroy(&s->shared);
	igraph_vector_destroy(&s->weight);
}

static sn_error_t sample_project(sample_t *s, const sn_incidence_t *inc, sn_weighting_t w,
				 bool observed)
{
	sn_error_t err;

	if (s->has_graph)
		igraph_destroy(&s->graph);
	s->has_graph = false;
	err = sn_incidence_project(&s->graph, &s->shared, &s->weight, inc, w);
	if (err)
		return err;
	s->has_graph = true;
	s->view = (sn_sample_t){ inc, &s->graph, &s->shared, &s->weight, observed };
	return SN_OK;
}

static sn_error_t stat_alloc(sn_significance_stat_t *st, const sn_statistic_t *def, size_t nv)
{
	size_t n = nv ? nv : 1;

	st->name = strdup(def->name ? def->name : "statistic");
	st->family = def->family;
	st->nvalues = nv;
	st->observed = malloc(n * sizeof(double));
	st->mean = malloc(n * sizeof(double));
	st->sd = malloc(n * sizeof(double));
	st->z = malloc(n * sizeof(double));
	st->p = malloc(n * sizeof(double));
	st->p_normal = malloc(n * sizeof(double));
	st->p_adjusted = malloc(n * sizeof(double));
	st->nvalid = calloc(n, sizeof(size_t));
	if (!st->name || !st->observed || !st->mean || !st->sd || !st->z || !st->p ||
	    !st->p_normal || !st->p_adjusted || !st->nvalid)
		return sn_error_set(SN_ENOMEM, "significance: out of memory");
	return SN_OK;
}

/* Mean, sd, z and p of value v from its S null values y[v], y[nv + v], ... */
static void summarise(sn_significance_stat_t *st, size_t v, const double *y, size_t S)
{
	double x = st->observed[v], m = 0, ss = 0, dev, tol;
	size_t n = 0, extreme = 0;

	for (size_t k = 0; k < S; k++) {
		double yk = y[k * st->nvalues + v];

		if (!isnan(yk)) {
			n++;
			m += yk;
		}
	}
	st->nvalid[v] = n;
	st->mean[v] = st->sd[v] = st->z[v] = st->p[v] = st->p_normal[v] = NAN;
	if (n == 0)
		return;
	m /= (double)n;
	for (size_t k = 0; k < S; k++) {
		double yk = y[k * st->nvalues + v];

		if (!isnan(yk))
			ss += (yk - m) * (yk - m);
	}
	st->mean[v] = m;
	st->sd[v] = n > 1 ? sqrt(ss / (double)(n - 1)) : 0.0;
	if (isnan(x))
		return;
	dev = fabs(x - m);
	tol = 1e-12 * fmax(1.0, fabs(m));
	if (st->sd[v] == 0) {
		st->ndegenerate++;
		st->z[v] = dev <= tol ? 0.0 : (x > m ? INFINITY : -INFINITY);
	} else {
		st->z[v] = (x - m) / st->sd[v];
	}
	for (size_t k = 0; k < S; k++) {
		double yk = y[k * st->nvalues + v];

		if (!isnan(yk) && fabs(yk - m) >= dev - tol)
			extreme++;
	}
	st->p[v] = (1.0 + (double)extreme) / (1.0 + (double)n);
	st->p_normal[v] = isinf(st->z[v]) ? 0.0 : 2 * gsl_cdf_ugaussian_Q(fabs(st->z[v]));
}

/* Computes every statistic on `s`; values of statistic k go to dst[k] (NULL: to res observed). */
static sn_error_t compute_all(sn_significance_t *res, const sn_statistic_t *stats,
			      const sample_t *s, igraph_vector_t *buf, double **dst, size_t row)
{
	for (size_t k = 0; k < res->nstats; k++) {
		sn_significance_stat_t *st = &res->stats[k];
		sn_error_t err = stats[k].compute(buf, &s->view, stats[k].arg);

		if (err)
			return err;
		if ((size_t)igraph_vector_size(buf) != st->nvalues)
			return sn_error_set(SN_EINVAL, "significance: statistic '%s' gave %"
					    IGRAPH_PRId " values, not %zu", st->name,
					    igraph_vector_size(buf), st->nvalues);
		memcpy(dst[k] + row * st->nvalues, VECTOR(*buf), st->nvalues * sizeof(double));
	}
	return SN_OK;
}

/* Observed values: sizes every statistic's result. */
static sn_error_t observe(sn_significance_t *res, const sn_statistic_t *stats, size_t nstats,
			  const sample_t *s, igraph_vector_t *buf, size_t S, size_t limit)
{
	size_t total = 0;

	res->stats = calloc(nstats, sizeof *res->stats);
	if (res->stats == NULL)
		return sn_error_set(SN_ENOMEM, "significance: out of memory");
	res->nstats = nstats;
	for (size_t k = 0; k < nstats; k++) {
		sn_error_t err = stats[k].compute(buf, &s->view, stats[k].arg);
		size_t nv = (size_t)igraph_vector_size(buf);

		if (err)
			return err;
		err = stat_alloc(&res->stats[k], &stats[k], nv);
		if (err)
			return err;
		memcpy(res->stats[k].observed, VECTOR(*buf), nv * sizeof(double));
		total += nv;
	}
	if (total != 0 && S > limit / total)
		return sn_error_set(SN_ELIMIT, "significance: %zu samples x %zu values exceed the "
				    "limit of %zu stored null values", S, total, limit);
	return SN_OK;
}

static sn_error_t check_args(const sn_incidence_t *inc, const sn_statistic_t *stats,
			     size_t nstats, const sn_significance_options_t *o)
{
	if (nstats == 0 || stats == NULL)
		return sn_error_set(SN_EINVAL, "significance: no statistics requested");
	if (o->samples == 0)
		return sn_error_set(SN_EINVAL, "significance: the number of samples must be positive");
	if (inc->nactors < 2)
		return sn_error_set(SN_EINVAL, "significance: the network needs at least two actors");
	for (size_t k = 0; k < nstats; k++)
		if (stats[k].compute == NULL)
			return sn_error_set(SN_EINVAL, "significance: statistic %zu has no function", k);
	return SN_OK;
}

/* Summaries and family adjustments once all samples are in. */
static sn_error_t finish(sn_significance_t *res, double **null, size_t S, sn_padjust_t corr,
			 sn_pvalue_t which)
{
	for (size_t k = 0; k < res->nstats; k++) {
		sn_significance_stat_t *st = &res->stats[k];
		const double *p = which == SN_PVALUE_NORMAL ? st->p_normal : st->p;
		sn_error_t err;

		for (size_t v = 0; v < st->nvalues; v++)
			summarise(st, v, null[k], S);
		if (!st->family) {
			memcpy(st->p_adjusted, p, st->nvalues * sizeof(double));
			continue;
		}
		err = sn_p_adjust(st->p_adjusted, p, st->nvalues, 0, corr);
		if (err)
			return err;
	}
	return SN_OK;
}

sn_error_t sn_significance_run(sn_significance_t *out, const sn_incidence_t *inc,
			       const sn_statistic_t *stats, size_t nstats,
			       const sn_significance_options_t *opts, sn_rng_t *rng)
{
	sn_significance_options_t o = SN_SIGNIFICANCE_OPTIONS_INIT;
	sn_incidence_t chain;
	sample_t s;
	igraph_vector_t buf;
	double **null = NULL;
	sn_error_t err;

	if (opts != NULL)
		o = *opts;
	if (rng == NULL)
		return sn_error_set(SN_EINVAL, "significance: no random generator");
	err = check_args(inc, stats, nstats, &o);
	if (err)
		return err;
	if (o.trades == 0)
		o.trades = sn_curveball_default_trades(inc);
	if (o.max_values == 0)
		o.max_values = (size_t)1 << 25;
	sn_incidence_init(&chain);
	err = sample_init(&s);
	if (err)
		return err;
	if (igraph_vector_init(&buf, 0)) {
		sample_destroy(&s);
		return sn_error_set(SN_ENOMEM, "significance: out of memory");
	}
	err = sample_project(&s, inc, o.weighting, true);
	if (!err)
		err = observe(out, stats, nstats, &s, &buf, o.samples, o.max_values);
	if (err)
		goto done;
	out->samples = o.samples;
	out->trades = o.trades;
	null = calloc(nstats, sizeof *null);
	if (null == NULL) {
		err = sn_error_set(SN_ENOMEM, "significance: out of memory");
		goto done;
	}
	for (size_t k = 0; k < nstats; k++) {
		null[k] = malloc((o.samples * out->stats[k].nvalues + 1) * sizeof(double));
		if (null[k] == NULL) {
			err = sn_error_set(SN_ENOMEM, "significance: out of memory");
			goto done;
		}
	}
	err = sn_incidence_copy(&chain, inc);
	for (size_t r = 0; !err && r < o.samples; r++) {
		err = sn_curveball(&chain, rng, o.trades);
		if (!err)
			err = sample_project(&s, &chain, o.weighting, false);
		if (!err)
			err = compute_all(out, stats, &s, &buf, null, r);
		if (!err && o.progress.fn)
			o.progress.fn("samples", r + 1, o.samples, o.progress.arg);
	}
	if (!err)
		err = finish(out, null, o.samples, o.correction, o.adjust);
done:
	for (size_t k = 0; null != NULL && k < nstats; k++)
		free(null[k]);
	free(null);
	sn_incidence_destroy(&chain);
	sample_destroy(&s);
	igraph_vector_destroy(&buf);
	return err;
}
