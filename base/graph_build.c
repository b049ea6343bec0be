/* base/graph_build.c: an igraph graph from sorted ties (base/graph_build.h). */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "base/graph_build.h"

/*
 * Moves the storage of `from` into `to` (destroyed first); `from` is left
 * as a destroyed vector (no storage), which igraph may destroy again.
 */
static void move_vector(igraph_vector_int_t *to, igraph_vector_int_t *from)
{
	igraph_vector_int_destroy(to);
	*to = *from;
	memset(from, 0, sizeof *from);
}

/* Whether tie e comes strictly after tie e - 1 by (a, b). */
static bool after(const igraph_integer_t *a, const igraph_integer_t *b, igraph_integer_t e)
{
	return a[e] > a[e - 1] || (a[e] == a[e - 1] && b[e] > b[e - 1]);
}

sn_error_t sn__graph_from_sorted_ties(igraph_t *out, igraph_integer_t n, igraph_vector_int_t *lo,
				      igraph_vector_int_t *hi)
{
	igraph_integer_t m = igraph_vector_int_size(lo);
	igraph_vector_int_t oi = { 0 }, ii = { 0 }, os = { 0 }, is = { 0 };
	const igraph_integer_t *l = VECTOR(*lo), *h = VECTOR(*hi);
	bool by_lo = true, by_hi = true;

	if (igraph_vector_int_size(hi) != m)
		return sn_error_set(SN_EINVAL, "graph: %" IGRAPH_PRId " and %" IGRAPH_PRId
				    " tie ends", m, igraph_vector_int_size(hi));
	for (igraph_integer_t e = 0; e < m; e++) {
		by_lo = by_lo && (e == 0 || after(l, h, e));
		by_hi = by_hi && (e == 0 || after(h, l, e));
		if (l[e] < 0 || l[e] >= h[e] || h[e] >= n || (!by_lo && !by_hi))
			return sn_error_set(SN_EINVAL, "graph: tie %" IGRAPH_PRId " (%" IGRAPH_PRId
					    ", %" IGRAPH_PRId ") is out of range or order", e,
					    l[e], h[e]);
	}
	/* Growth slack of the callers' vectors would stay with the graph: give it back. */
	if (m > 0) {
		igraph_vector_int_resize_min(lo);
		igraph_vector_int_resize_min(hi);
		if (igraph_vector_int_capacity(lo) != m || igraph_vector_int_capacity(hi) != m)
			return sn_error_set(SN_ENOMEM, "graph: out of memory");
	}
	l = VECTOR(*lo);   /* the shrinking may have moved them */
	h = VECTOR(*hi);
	/* Zeroed vectors have no storage: destroying one that was never made does nothing. */
	if (igraph_vector_int_init(&oi, m) || igraph_vector_int_init(&ii, m) ||
	    igraph_vector_int_init(&os, n + 1) || igraph_vector_int_init(&is, n + 1) ||
	    igraph_empty(out, n, IGRAPH_UNDIRECTED)) {
		igraph_vector_int_destroy(&oi);
		igraph_vector_int_destroy(&ii);
		igraph_vector_int_destroy(&os);
		igraph_vector_int_destroy(&is);
		return sn_error_set(SN_ENOMEM, "graph: out of memory");
	}
	/*
	 * igraph stores an undirected tie with from >= to: from = hi, to = lo.
	 * oi orders the ties by (from, to), ii by (to, from); os and is hold
	 * where each vertex's run starts in oi and ii.  The ties' own order is
	 * one of the two (the identity); the other is a stable counting sort by
	 * the other end.
	 */
	igraph_integer_t *o = VECTOR(os), *s = VECTOR(is);
	for (igraph_integer_t e = 0; e < m; e++) {
		o[h[e] + 1]++;
		s[l[e] + 1]++;
	}
	for (igraph_integer_t v = 0; v < n; v++) {
		o[v + 1] += o[v];
		s[v + 1] += s[v];
	}
	igraph_integer_t *identity = by_lo ? VECTOR(ii) : VECTOR(oi);
	igraph_integer_t *sorted = by_lo ? VECTOR(oi) : VECTOR(ii);
	igraph_integer_t *next = by_lo ? o : s;   /* run starts of the other end */
	const igraph_integer_t *end = by_lo ? h : l;
	for (igraph_integer_t e = 0; e < m; e++) {
		identity[e] = e;
		sorted[next[end[e]]++] = e;
	}
	for (igraph_integer_t v = n; v > 0; v--)
		next[v] = next[v - 1];
	next[0] = 0;
	move_vector(&out->from, hi);
	move_vector(&out->to, lo);
	move_vector(&out->oi, &oi);
	move_vector(&out->ii, &ii);
	move_vector(&out->os, &os);
	move_vector(&out->is, &is);
	igraph_invalidate_cache(out);
	return SN_OK;
}
