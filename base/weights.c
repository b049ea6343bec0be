/* The one check of tie weights (base/weights.h). */
#include "config.h"

#include <math.h>

#include "base/weights.h"

sn_error_t sn__graph_check_weights(const igraph_t *g, const igraph_vector_t *weights,
				   const char *what)
{
	if (weights == NULL)
		return SN_OK;
	igraph_integer_t m = igraph_ecount(g);
	if (igraph_vector_size(weights) != m)
		return sn_error_set(SN_EINVAL, "%s: %" IGRAPH_PRId " weights for %" IGRAPH_PRId " ties",
				    what, igraph_vector_size(weights), m);
	for (igraph_integer_t e = 0; e < m; e++) {
		double w = VECTOR(*weights)[e];
		if (!isfinite(w) || w <= 0)
			return sn_error_set(SN_EINVAL, "%s: tie %" IGRAPH_PRId " has weight %g; weights must be finite and > 0",
					    what, e, w);
	}
	return SN_OK;
}

bool sn__weights_fit_float(const igraph_vector_t *weights)
{
	igraph_integer_t m = weights ? igraph_vector_size(weights) : 0;

	for (igraph_integer_t e = 0; e < m; e++) {
		double w = VECTOR(*weights)[e];
		if ((double)(float)w != w)
			return false;
	}
	return true;
}
