/* tests/test_graph.h: a projection's igraph graph for the tests that read it. */
#ifndef SAMNET_TEST_GRAPH_H
#define SAMNET_TEST_GRAPH_H

#include <stdio.h>
#include <stdlib.h>

#include "samnet/advanced.h"

/* The projection's igraph graph (sn_projection_graph()), built on the first call; aborts on failure. */
static inline const igraph_t *test_graph(const sn_projection_t *p)
{
	const igraph_t *g = NULL;

	if (sn_projection_graph(p, &g) != SN_OK) {
		fprintf(stderr, "sn_projection_graph: %s\n", sn_error_last());
		abort();
	}
	return g;
}

/* The projection's tie weights (sn_projection_weights()); aborts on failure. */
static inline const igraph_vector_t *test_weights(const sn_projection_t *p)
{
	const igraph_vector_t *w = NULL;

	if (sn_projection_weights(p, &w) != SN_OK) {
		fprintf(stderr, "sn_projection_weights: %s\n", sn_error_last());
		abort();
	}
	return w;
}

/* The projection's shared counts (sn_projection_shared()); aborts on failure. */
static inline const igraph_vector_t *test_shared(const sn_projection_t *p)
{
	const igraph_vector_t *w = NULL;

	if (sn_projection_shared(p, &w) != SN_OK) {
		fprintf(stderr, "sn_projection_shared: %s\n", sn_error_last());
		abort();
	}
	return w;
}

#endif
