/* base/components.c: weak components by union-find (base/components.h). */
#include "config.h"

#include <stdlib.h>

#include "base/components.h"
#include "base/rows.h"

/* Root of x in the forest `up`, halving the path on the way. */
static igraph_integer_t find_root(igraph_integer_t *up, igraph_integer_t x)
{
	while (up[x] != x)
		x = up[x] = up[up[x]];
	return x;
}

/* Joins the trees of a and b, the smaller under the larger. */
static void join(igraph_integer_t *up, igraph_integer_t *size, igraph_integer_t a,
		 igraph_integer_t b)
{
	a = find_root(up, a);
	b = find_root(up, b);
	if (a == b)
		return;
	if (size[a] < size[b]) {
		igraph_integer_t t = a;
		a = b;
		b = t;
	}
	up[b] = a;
	size[a] += size[b];
}

/* The components of the ties of `g`, or of `r` on n vertices when g is NULL. */
static sn_error_t components(const igraph_t *g, const adj_rows_t *r, igraph_integer_t n,
			     igraph_vector_int_t *membership, igraph_vector_int_t *sizes,
			     igraph_integer_t *count)
{
	igraph_integer_t found = 0;
	igraph_integer_t *up = malloc(((size_t)n + 1) * sizeof *up);
	igraph_integer_t *size = malloc(((size_t)n + 1) * sizeof *size);
	sn_error_t err = SN_OK;

	if (!up || !size || (membership && igraph_vector_int_resize(membership, n))) {
		err = sn_error_set(SN_ENOMEM, "components: out of memory");
		goto done;
	}
	for (igraph_integer_t v = 0; v < n; v++)
		up[v] = v, size[v] = 1;
	if (g)
		for (igraph_integer_t e = 0; e < igraph_ecount(g); e++)
			join(up, size, IGRAPH_FROM(g, e), IGRAPH_TO(g, e));
	else
		for (igraph_integer_t v = 0; v < n; v++)
			for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
				if (r->adj[k] > v)
					join(up, size, v, r->adj[k]);
	/*
	 * Every vertex to its root, then the roots numbered in order of their
	 * component's lowest vertex; `size` is reused for root -> number.
	 */
	for (igraph_integer_t v = 0; v < n; v++) {
		up[v] = find_root(up, v);
		size[v] = -1;
	}
	for (igraph_integer_t v = 0; v < n; v++)
		if (size[up[v]] < 0)
			size[up[v]] = found++;
	if (sizes && igraph_vector_int_resize(sizes, found)) {
		err = sn_error_set(SN_ENOMEM, "components: out of memory");
		goto done;
	}
	if (sizes)
		igraph_vector_int_null(sizes);
	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_integer_t c = size[up[v]];

		if (membership)
			VECTOR(*membership)[v] = c;
		if (sizes)
			VECTOR(*sizes)[c]++;
	}
	*count = found;
done:
	free(up);
	free(size);
	return err;
}

sn_error_t sn__components(const igraph_t *g, igraph_vector_int_t *membership,
			  igraph_vector_int_t *sizes, igraph_integer_t *count)
{
	return components(g, NULL, igraph_vcount(g), membership, sizes, count);
}

sn_error_t sn__components_rows(const adj_rows_t *r, igraph_integer_t n,
			       igraph_vector_int_t *membership, igraph_vector_int_t *sizes,
			       igraph_integer_t *count)
{
	return components(NULL, r, n, membership, sizes, count);
}
