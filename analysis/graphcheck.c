/* Argument checks shared by the analysis modules. */
#include "config.h"

#include <math.h>

#include "analysis/graphcheck.h"

sn_error_t sn__graph_require_undirected(const igraph_t *g, const char *what)
{
	if (igraph_is_directed(g))
		return sn_error_set(SN_EINVAL, "%s: the graph must be undirected", what);
	return SN_OK;
}

sn_error_t sn__graph_check_groups(const igraph_t *g, const igraph_vector_int_t *groups,
				  const char *what)
{
	if (groups == NULL)
		return sn_error_set(SN_EINVAL, "%s: no grouping given", what);
	if (igraph_vector_int_size(groups) != igraph_vcount(g))
		return sn_error_set(SN_EINVAL, "%s: %" IGRAPH_PRId " group ids for %" IGRAPH_PRId " vertices",
				    what, igraph_vector_int_size(groups), igraph_vcount(g));
	return SN_OK;
}

sn_error_t sn__graph_distances_from_weights(igraph_vector_t *out, const igraph_vector_t *weights)
{
	igraph_integer_t m = igraph_vector_size(weights);
	if (igraph_vector_resize(out, m) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "distances: out of memory");
	for (igraph_integer_t e = 0; e < m; e++)
		VECTOR(*out)[e] = 1.0 / VECTOR(*weights)[e];
	return SN_OK;
}
