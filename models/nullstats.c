/*
 * Built-in statistics for sn_significance_run(): per-actor centralities in
 * the projection, clustering, modularity of a fixed partition, group
 * assortativity and E-I index, shared projects of actor pairs.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "samnet/significance.h"

static sn_error_t resize(igraph_vector_t *values, size_t n, const char *what)
{
	if (igraph_vector_resize(values, (igraph_integer_t)n))
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	igraph_vector_null(values);
	return SN_OK;
}

/* Per-vertex sums over ties of 1 (weights NULL) or of the tie weights. */
static sn_error_t tie_sums(igraph_vector_t *values, const sn_sample_t *s,
			   const igraph_vector_t *w, const char *what)
{
	const igraph_t *g = s->projection;
	sn_error_t err = resize(values, (size_t)igraph_vcount(g), what);

	if (err)
		return err;
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		double x = w ? VECTOR(*w)[e] : 1.0;

		VECTOR(*values)[IGRAPH_FROM(g, e)] += x;
		VECTOR(*values)[IGRAPH_TO(g, e)] += x;
	}
	return SN_OK;
}

sn_error_t sn_stat_degree(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	(void)arg;
	return tie_sums(values, s, NULL, "degree");
}

sn_error_t sn_stat_strength(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	(void)arg;
	return tie_sums(values, s, s->weight, "strength");
}

sn_error_t sn_stat_betweenness(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	igraph_vector_t dist;
	igraph_integer_t m = igraph_ecount(s->projection);
	sn_error_t err;

	(void)arg;
	/* Strong ties are short: distance = 1 / weight (as in samnet centrality). */
	if (igraph_vector_init(&dist, m))
		return sn_error_set(SN_ENOMEM, "betweenness: out of memory");
	for (igraph_integer_t e = 0; e < m; e++)
		VECTOR(dist)[e] = 1.0 / VECTOR(*s->weight)[e];
	err = sn_error_from_igraph(igraph_betweenness(s->projection, values, igraph_vss_all(),
						      IGRAPH_UNDIRECTED, &dist), "betweenness");
	igraph_vector_destroy(&dist);
	return err;
}

sn_error_t sn_stat_clustering(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	igraph_real_t t;
	sn_error_t err;

	(void)arg;
	err = sn_error_from_igraph(igraph_transitivity_undirected(s->projection, &t,
								  IGRAPH_TRANSITIVITY_NAN),
				   "clustering");
	if (!err)
		err = resize(values, 1, "clustering");
	if (!err)
		VECTOR(*values)[0] = t;
	return err;
}

static sn_error_t check_labels(const igraph_vector_int_t *lab, const sn_sample_t *s,
			       const char *what)
{
	if (lab == NULL)
		return sn_error_set(SN_EINVAL, "%s: no labels given", what);
	if (igraph_vector_int_size(lab) != igraph_vcount(s->projection))
		return sn_error_set(SN_EINVAL, "%s: %" IGRAPH_PRId " labels for %" IGRAPH_PRId
				    " actors", what, igraph_vector_int_size(lab),
				    igraph_vcount(s->projection));
	return SN_OK;
}

sn_error_t sn_stat_modularity(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	const igraph_vector_int_t *memb = arg;
	igraph_real_t q = NAN;
	sn_error_t err = check_labels(memb, s, "modularity");

	if (err)
		return err;
	if (igraph_vector_int_size(memb) > 0 && igraph_vector_int_min(memb) < 0)
		return sn_error_set(SN_EINVAL, "modularity: negative community id");
	if (igraph_ecount(s->projection) > 0)
		err = sn_error_from_igraph(igraph_modularity(s->projection, memb, s->weight, 1.0,
							     false, &q), "modularity");
	if (!err)
		err = resize(values, 1, "modularity");
	if (!err)
		VECTOR(*values)[0] = q;
	return err;
}

/* Ties with both ends in a known group: total, internal, and group mixing. */
static sn_error_t group_ties(const sn_sample_t *s, const igraph_vector_int_t *grp,
			     double *internal_out, double *total_out, double *sumsq_out)
{
	const igraph_t *g = s->projection;
	igraph_integer_t ng = 0;
	double *end = NULL, total = 0, internal = 0, sumsq = 0;

	for (igraph_integer_t v = 0; v < igraph_vector_int_size(grp); v++)
		if (VECTOR(*grp)[v] + 1 > ng)
			ng = VECTOR(*grp)[v] + 1;
	end = calloc((size_t)ng + 1, sizeof *end);
	if (end == NULL)
		return sn_error_set(SN_ENOMEM, "group statistics: out of memory");
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		igraph_integer_t gu = VECTOR(*grp)[IGRAPH_FROM(g, e)];
		igraph_integer_t gv = VECTOR(*grp)[IGRAPH_TO(g, e)];

		if (gu < 0 || gv < 0)
			continue;
		total++;
		internal += gu == gv;
		end[gu]++;
		end[gv]++;
	}
	/* a_g = share of tie ends in group g (each undirected tie counted both ways). */
	for (igraph_integer_t k = 0; k < ng && total > 0; k++)
		sumsq += (end[k] / (2 * total)) * (end[k] / (2 * total));
	free(end);
	*internal_out = internal;
	*total_out = total;
	*sumsq_out = sumsq;
	return SN_OK;
}

sn_error_t sn_stat_assortativity(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	double internal, total, sumsq, r = NAN;
	sn_error_t err = check_labels(arg, s, "assortativity");

	if (!err)
		err = group_ties(s, arg, &internal, &total, &sumsq);
	if (err)
		return err;
	if (total > 0 && sumsq < 1)
		r = (internal / total - sumsq) / (1 - sumsq);
	err = resize(values, 1, "assortativity");
	if (!err)
		VECTOR(*values)[0] = r;
	return err;
}

sn_error_t sn_stat_ei(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	double internal, total, sumsq, ei = NAN;
	sn_error_t err = check_labels(arg, s, "E-I index");

	if (!err)
		err = group_ties(s, arg, &internal, &total, &sumsq);
	if (err)
		return err;
	if (total > 0)
		ei = ((total - internal) - internal) / total;
	err = resize(values, 1, "E-I index");
	if (!err)
		VECTOR(*values)[0] = ei;
	return err;
}

sn_error_t sn_stat_shared_pairs(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	const sn_pairs_t *pairs = arg;
	const sn_incidence_t *inc = s->incidence;
	sn_error_t err;

	if (pairs == NULL)
		return sn_error_set(SN_EINVAL, "shared projects: no pairs given");
	for (size_t k = 0; k < pairs->npairs; k++)
		if (pairs->a[k] >= inc->nactors || pairs->b[k] >= inc->nactors)
			return sn_error_set(SN_EINVAL, "shared projects: pair %zu (%zu, %zu) out "
					    "of range", k, pairs->a[k], pairs->b[k]);
	err = resize(values, pairs->npairs, "shared projects");
	if (err)
		return err;
	for (size_t k = 0; k < pairs->npairs; k++)
		VECTOR(*values)[k] = (double)sn_incidence_shared(inc, pairs->a[k], pairs->b[k]);
	return SN_OK;
}
