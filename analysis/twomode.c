/*
 * Two-mode degree, closeness and betweenness with Borgatti–Everett (1997)
 * normalisation; the path measures run on the parallel exact paths of
 * analysis/fastpaths.c.
 */
#include "config.h"

#include <math.h>

#include "samnet/centrality.h"
#include "samnet/fast.h"
#include "analysis/fastpaths_private.h"
#include "analysis/graphcheck.h"

/* Checks `g` and `types`; counts the vertices of each mode into size[0], size[1]. */
static sn_error_t twomode_check(const igraph_t *g, const igraph_vector_bool_t *types,
				double size[2], const char *what)
{
	igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
	sn_error_t rc = sn__graph_require_undirected(g, what);

	if (rc != SN_OK)
		return rc;
	if (types == NULL || igraph_vector_bool_size(types) != n)
		return sn_error_set(SN_EINVAL, "%s: the mode vector must hold one entry per vertex",
				    what);
	for (igraph_integer_t e = 0; e < m; e++)
		if (VECTOR(*types)[IGRAPH_FROM(g, e)] == VECTOR(*types)[IGRAPH_TO(g, e)])
			return sn_error_set(SN_EINVAL, "%s: tie %" IGRAPH_PRId " joins two vertices of "
					    "the same mode", what, e);
	size[0] = size[1] = 0;
	for (igraph_integer_t v = 0; v < n; v++)
		size[VECTOR(*types)[v] ? 1 : 0] += 1;
	return SN_OK;
}

sn_error_t sn_twomode_degree(igraph_vector_t *out, const igraph_t *g,
			     const igraph_vector_bool_t *types, bool normalized)
{
	double size[2];
	sn_error_t rc = twomode_check(g, types, size, "two-mode degree");

	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_strength(g, out, igraph_vss_all(), IGRAPH_ALL, true,
							  NULL), "two-mode degree");
	if (rc != SN_OK || !normalized)
		return rc;
	for (igraph_integer_t v = 0; v < igraph_vcount(g); v++) {
		double other = size[VECTOR(*types)[v] ? 0 : 1];
		VECTOR(*out)[v] = other > 0 ? VECTOR(*out)[v] / other : 0;
	}
	return SN_OK;
}

sn_error_t sn_twomode_closeness(igraph_vector_t *out, const igraph_t *g,
				const igraph_vector_bool_t *types, bool normalized)
{
	igraph_vector_t reached;
	double size[2];
	sn_error_t rc = twomode_check(g, types, size, "two-mode closeness");

	if (rc != SN_OK)
		return rc;
	if (igraph_vector_init(&reached, 0) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "two-mode closeness: out of memory");
	/* Raw closeness: 1 / (sum of distances to the reachable vertices). */
	rc = sn__closeness_fast_scaled(out, NULL, &reached, g, NULL, 0, false, NULL, NULL);
	if (rc != SN_OK)
		goto done;
	double total = size[0] + size[1];
	for (igraph_integer_t v = 0; v < igraph_vcount(g); v++) {
		double r = VECTOR(reached)[v];
		if (r == 0 || !isfinite(VECTOR(*out)[v])) {
			VECTOR(*out)[v] = 0;
			continue;
		}
		if (!normalized)
			continue;
		double own = size[VECTOR(*types)[v] ? 1 : 0], other = size[VECTOR(*types)[v] ? 0 : 1];
		/* Minimum possible distance sum m + 2(n-1), scaled by the reachable share. */
		VECTOR(*out)[v] *= (other + 2 * (own - 1)) * r / (total - 1);
	}
done:
	igraph_vector_destroy(&reached);
	return rc;
}

/*
 * The largest betweenness a vertex can have in a mode of n vertices facing
 * a mode of m (Borgatti & Everett 1997): with s, t the quotient and
 * remainder of (n-1)/m, [m^2 (s+1)^2 + m (s+1)(2t-s-1) - t(2s-t+3)] / 2.
 */
static double betweenness_max(double n, double m)
{
	if (m <= 0 || n <= 0)
		return 0;
	double s = floor((n - 1) / m), t = (n - 1) - s * m;
	return (m * m * (s + 1) * (s + 1) + m * (s + 1) * (2 * t - s - 1) - t * (2 * s - t + 3)) / 2;
}

sn_error_t sn_twomode_betweenness(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_bool_t *types, bool normalized)
{
	double size[2];
	sn_error_t rc = twomode_check(g, types, size, "two-mode betweenness");

	if (rc == SN_OK)
		rc = sn_betweenness_fast(out, g, NULL, 0);
	if (rc != SN_OK || !normalized)
		return rc;
	double max[2] = { betweenness_max(size[0], size[1]), betweenness_max(size[1], size[0]) };
	for (igraph_integer_t v = 0; v < igraph_vcount(g); v++) {
		double b = max[VECTOR(*types)[v] ? 1 : 0];
		VECTOR(*out)[v] = b > 0 ? VECTOR(*out)[v] / b : 0;
	}
	return SN_OK;
}

sn_error_t sn_twomode_compute(igraph_vector_t *out, const igraph_t *g,
			      const igraph_vector_bool_t *types, sn_measure_t m, bool normalized)
{
	switch (m) {
	case SN_MEASURE_DEGREE: return sn_twomode_degree(out, g, types, normalized);
	case SN_MEASURE_CLOSENESS: return sn_twomode_closeness(out, g, types, normalized);
	case SN_MEASURE_BETWEENNESS: return sn_twomode_betweenness(out, g, types, normalized);
	default: break;
	}
	return sn_error_set(SN_EINVAL, "measure '%s' is not defined on the two-mode graph; use "
			    "degree, closeness or betweenness", sn_measure_name(m));
}
