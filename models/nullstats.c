/*
 * Built-in statistics for sn_significance_run(): per-actor centralities in
 * the projection, clustering, modularity of a fixed partition, group
 * assortativity and E-I index, shared projects of actor pairs.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "samnet/centrality.h"
#include "samnet/significance.h"
#include "samnet/structure.h"

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
	(void)arg;
	/* Strong ties are short: tie length 1 / weight, as in samnet centrality. */
	return sn_centrality_betweenness(values, s->projection, s->weight, false);
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

/* Group mixing of the sample's projection (structure.h): one implementation of r and E-I. */
static sn_error_t group_mixing(igraph_vector_t *values, const sn_sample_t *s, void *arg,
			       bool ei, const char *what)
{
	sn_mixing_t mix;
	sn_error_t err = check_labels(arg, s, what);

	if (!err)
		err = sn_structure_mixing(&mix, NULL, s->projection, arg);
	if (!err)
		err = resize(values, 1, what);
	if (!err)
		VECTOR(*values)[0] = ei ? mix.ei : mix.assortativity;
	return err;
}

sn_error_t sn_stat_assortativity(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	return group_mixing(values, s, arg, false, "assortativity");
}

sn_error_t sn_stat_ei(igraph_vector_t *values, const sn_sample_t *s, void *arg)
{
	return group_mixing(values, s, arg, true, "E-I index");
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
