/* Partner population and two-mode components (samnet/reach.h). */
#include "config.h"

#include <stdlib.h>

#include "samnet/network.h"
#include "samnet/reach.h"
#include "base/components.h"
#include "analysis/rows_private.h"

/*
 * The distinct partners of actor vertex v, as dataset actors, into
 * buf[0..*n), read from the two-mode graph's rows; mark[u] == stamp flags a
 * partner already taken (stamps differ between calls).
 */
static void partners(size_t *buf, size_t *n, size_t *mark, size_t stamp, const sn_network_t *net,
		     const adj_rows_t *rows, size_t v)
{
	*n = 0;
	for (igraph_integer_t i = rows->off[v]; i < rows->off[v + 1]; i++) {
		int32_t p = rows->adj[i];
		for (igraph_integer_t j = rows->off[p]; j < rows->off[p + 1]; j++) {
			size_t u = (size_t)rows->adj[j];
			if (u == v || mark[u] == stamp)
				continue;
			mark[u] = stamp;
			buf[(*n)++] = net->actor_index[u];
		}
	}
}

sn_error_t sn_network_partner_population(int64_t *out, const sn_network_t *net,
					 const size_t *vertices, size_t k, int year)
{
	size_t na = net->nactors, *buf = malloc((na + 1) * sizeof *buf);
	size_t *mark = calloc(net->nactors + net->nprojects + 1, sizeof *mark), n = 0;
	adj_rows_t rows;
	sn_error_t err = SN_OK;

	if (!buf || !mark || !sn__adj_rows_from_graph(&rows, &net->graph, NULL)) {
		free(buf);
		free(mark);
		return sn_error_set(SN_ENOMEM, "out of memory");
	}
	for (size_t i = 0; !err && i < k; i++) {
		if (vertices[i] >= na) {
			err = sn_error_set(SN_EINVAL, "vertex %zu is not an actor vertex (%zu actors)",
					   vertices[i], na);
		} else {
			partners(buf, &n, mark, i + 1, net, &rows, vertices[i]);
			err = sn_dataset_represented_population(net->dataset, buf, n, year, &out[i]);
		}
	}
	sn__adj_rows_free(&rows);
	free(buf);
	free(mark);
	return err;
}

sn_error_t sn_network_components(size_t *count_out, double *largest_share_out,
				 const sn_network_t *net)
{
	igraph_vector_int_t membership;
	igraph_integer_t n = 0, best = 0, *actors = NULL;
	sn_error_t err;

	if (igraph_vector_int_init(&membership, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn__components(&net->graph, &membership, NULL, &n);
	/* Count actors (not projects) per component. */
	if (!err && !(actors = calloc((size_t)n + 1, sizeof *actors)))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t v = 0; !err && v < net->nactors; v++)
		actors[VECTOR(membership)[v]]++;
	for (igraph_integer_t c = 0; !err && c < n; c++)
		best = actors[c] > best ? actors[c] : best;
	if (!err) {
		*count_out = (size_t)n;
		if (largest_share_out)
			*largest_share_out = net->nactors ? (double)best / (double)net->nactors : 0;
	}
	free(actors);
	igraph_vector_int_destroy(&membership);
	return err;
}
