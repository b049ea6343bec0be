/* samnet's own Louvain partition on a compact adjacency array; see analysis/louvain_private.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/louvain_private.h"

/* One level's graph: compressed adjacency (both directions, no loops) and vertex weights. */
typedef struct {
	size_t n;
	size_t *off;   /* n + 1 */
	size_t *adj;   /* off[n] */
	double *w;     /* off[n] */
	double *nw;    /* n: vertex weight n_i */
} level_t;

static void level_destroy(level_t *l)
{
	free(l->off);
	free(l->adj);
	free(l->w);
	free(l->nw);
	memset(l, 0, sizeof *l);
}

static bool level_alloc(level_t *l, size_t n, size_t arcs)
{
	l->n = n;
	l->off = calloc(n + 1, sizeof *l->off);
	l->adj = malloc((arcs ? arcs : 1) * sizeof *l->adj);
	l->w = malloc((arcs ? arcs : 1) * sizeof *l->w);
	l->nw = calloc(n ? n : 1, sizeof *l->nw);
	return l->off && l->adj && l->w && l->nw;
}

/* The first level: the graph itself; vertex weights are strengths, or 1 for CPM. */
static bool level_from_graph(level_t *l, const igraph_t *g, const igraph_vector_t *weights,
			     bool cpm)
{
	size_t n = (size_t)igraph_vcount(g), m = (size_t)igraph_ecount(g), arcs = 0;

	for (size_t e = 0; e < m; e++)
		arcs += 2 * (IGRAPH_FROM(g, e) != IGRAPH_TO(g, e));
	if (!level_alloc(l, n, arcs))
		return false;
	for (size_t e = 0; e < m; e++) {
		size_t a = (size_t)IGRAPH_FROM(g, e), b = (size_t)IGRAPH_TO(g, e);
		double we = weights ? VECTOR(*weights)[e] : 1.0;
		/* A loop adds 2w to the strength, as in igraph_strength() with loops. */
		l->nw[a] += we;
		l->nw[b] += we;
		if (a != b)
			l->off[a + 1]++, l->off[b + 1]++;
	}
	for (size_t v = 0; v < n; v++) {
		l->off[v + 1] += l->off[v];
		if (cpm)
			l->nw[v] = 1;
	}
	size_t *fill = malloc((n ? n : 1) * sizeof *fill);
	if (!fill)
		return false;
	memcpy(fill, l->off, n * sizeof *fill);
	for (size_t e = 0; e < m; e++) {
		size_t a = (size_t)IGRAPH_FROM(g, e), b = (size_t)IGRAPH_TO(g, e);
		double we = weights ? VECTOR(*weights)[e] : 1.0;
		if (a == b)
			continue;
		l->adj[fill[a]] = b, l->w[fill[a]++] = we;
		l->adj[fill[b]] = a, l->w[fill[b]++] = we;
	}
	free(fill);
	return true;
}

/* splitmix64 (Steele, Lea & Flood 2014): the random order of the first visits. */
static uint64_t next_random(uint64_t *state)
{
	uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* Scratch of the local moves, sized for the first (largest) level. */
typedef struct {
	size_t *queue;   /* circular, n entries */
	bool *queued;
	double *tot;     /* total vertex weight per community */
	size_t *size;    /* vertices per community */
	double *link;    /* weight from the visited vertex to each community */
	size_t *touched; /* communities with link set */
	size_t *empty;   /* stack of empty communities */
	uint64_t rng;
} scratch_t;

static void scratch_destroy(scratch_t *s)
{
	free(s->queue);
	free(s->queued);
	free(s->tot);
	free(s->size);
	free(s->link);
	free(s->touched);
	free(s->empty);
}

static bool scratch_alloc(scratch_t *s, size_t n, uint64_t seed)
{
	size_t k = n ? n : 1;

	s->queue = malloc(k * sizeof *s->queue);
	s->queued = malloc(k * sizeof *s->queued);
	s->tot = malloc(k * sizeof *s->tot);
	s->size = malloc(k * sizeof *s->size);
	s->link = calloc(k, sizeof *s->link);
	s->touched = malloc(k * sizeof *s->touched);
	s->empty = malloc(k * sizeof *s->empty);
	s->rng = seed;
	return s->queue && s->queued && s->tot && s->size && s->link && s->touched && s->empty;
}

/* The community of best gain for vertex v, taken out of its community c. */
static size_t best_community(const level_t *l, scratch_t *s, const size_t *comm, size_t v,
			     double r, size_t nempty)
{
	size_t c = comm[v], best = c, ntouched = 0;
	double best_gain;

	for (size_t a = l->off[v]; a < l->off[v + 1]; a++) {
		size_t d = comm[l->adj[a]];
		if (s->link[d] == 0)
			s->touched[ntouched++] = d;
		s->link[d] += l->w[a];   /* weights > 0: link > 0 once touched */
	}
	best_gain = s->link[c] - r * l->nw[v] * s->tot[c];
	for (size_t i = 0; i < ntouched; i++) {
		size_t d = s->touched[i];
		double gain = s->link[d] - r * l->nw[v] * s->tot[d];
		if (gain > best_gain)
			best = d, best_gain = gain;
	}
	/* Alone in an empty community: gain 0 (when v was alone, staying is that already). */
	if (best_gain < 0 && nempty && s->size[c] > 0)
		best = s->empty[nempty - 1];
	for (size_t i = 0; i < ntouched; i++)
		s->link[s->touched[i]] = 0;
	s->link[c] = 0;
	return best;
}

/*
 * Local moves on level l from singletons; comm gets the communities.
 * Returns whether any vertex moved; *at_bound when the visit bound ended it.
 */
static bool local_moves(const level_t *l, scratch_t *s, size_t *comm, double r, size_t bound,
			bool *at_bound)
{
	size_t n = l->n, head = 0, count = n, nempty = 0, visits = 0;
	bool moved = false;

	for (size_t v = 0; v < n; v++) {
		comm[v] = v;
		s->tot[v] = l->nw[v];
		s->size[v] = 1;
		s->queued[v] = true;
		s->queue[v] = v;
	}
	for (size_t i = n; i > 1; i--) {   /* Fisher-Yates */
		size_t j = (size_t)(next_random(&s->rng) % i), t = s->queue[i - 1];
		s->queue[i - 1] = s->queue[j];
		s->queue[j] = t;
	}
	while (count > 0) {
		if (visits++ == bound) {
			*at_bound = true;
			break;
		}
		size_t v = s->queue[head];
		head = (head + 1) % n;
		count--;
		s->queued[v] = false;
		size_t c = comm[v];
		s->tot[c] -= l->nw[v];
		s->size[c]--;
		size_t best = best_community(l, s, comm, v, r, nempty);
		if (nempty && best == s->empty[nempty - 1])
			nempty--;
		s->tot[best] += l->nw[v];
		s->size[best]++;
		if (best == c)
			continue;
		comm[v] = best;
		moved = true;
		if (s->size[c] == 0)
			s->empty[nempty++] = c;
		for (size_t a = l->off[v]; a < l->off[v + 1]; a++) {
			size_t u = l->adj[a];
			if (!s->queued[u] && comm[u] != best) {
				s->queued[u] = true;
				s->queue[(head + count++) % n] = u;
			}
		}
	}
	return moved;
}

/* Numbers the communities of comm 0..k-1 by first appearance; returns k. */
static size_t renumber(size_t *comm, size_t n, size_t *map)
{
	size_t k = 0;

	for (size_t v = 0; v < n; v++)
		map[v] = SIZE_MAX;
	for (size_t v = 0; v < n; v++) {
		if (map[comm[v]] == SIZE_MAX)
			map[comm[v]] = k++;
		comm[v] = map[comm[v]];
	}
	return k;
}

/* The graph of the k communities of l (ties between communities summed, loops dropped). */
static bool aggregate(level_t *out, const level_t *l, const size_t *comm, size_t k,
		      scratch_t *s)
{
	size_t n = l->n, arcs = 0;
	size_t *first = calloc(k + 1, sizeof *first);
	size_t *members = malloc((n ? n : 1) * sizeof *members);
	bool ok = first && members && level_alloc(out, k, l->off[n]);

	if (!ok)
		goto done;
	for (size_t v = 0; v < n; v++) {
		first[comm[v] + 1]++;
		out->nw[comm[v]] += l->nw[v];
	}
	for (size_t c = 0; c < k; c++)
		first[c + 1] += first[c];
	for (size_t v = 0; v < n; v++)   /* counting sort; s->queue serves as the fill pointer */
		s->queue[comm[v]] = 0;
	for (size_t v = 0; v < n; v++)
		members[first[comm[v]] + s->queue[comm[v]]++] = v;
	for (size_t c = 0; c < k; c++) {
		size_t ntouched = 0;
		for (size_t i = first[c]; i < first[c + 1]; i++) {
			size_t v = members[i];
			for (size_t a = l->off[v]; a < l->off[v + 1]; a++) {
				size_t d = comm[l->adj[a]];
				if (d == c)
					continue;
				if (s->link[d] == 0)
					s->touched[ntouched++] = d;
				s->link[d] += l->w[a];
			}
		}
		for (size_t i = 0; i < ntouched; i++) {
			out->adj[arcs] = s->touched[i];
			out->w[arcs++] = s->link[s->touched[i]];
			s->link[s->touched[i]] = 0;
		}
		out->off[c + 1] = arcs;
	}
done:
	free(first);
	free(members);
	return ok;
}

/*
 * Splits every community of comm (over the first level l) into its
 * connected parts and numbers them by first appearance: a breadth-first
 * search from each unlabelled vertex in vertex order.  out gets the labels;
 * returns their count.
 */
static size_t connected_parts(igraph_integer_t *out, const level_t *l, const size_t *comm,
			      size_t *queue)
{
	size_t n = l->n, k = 0;

	for (size_t v = 0; v < n; v++)
		out[v] = -1;
	for (size_t v = 0; v < n; v++) {
		if (out[v] >= 0)
			continue;
		size_t head = 0, tail = 0;
		out[v] = (igraph_integer_t)k;
		queue[tail++] = v;
		while (head < tail) {
			size_t u = queue[head++];
			for (size_t a = l->off[u]; a < l->off[u + 1]; a++) {
				size_t x = l->adj[a];
				if (out[x] < 0 && comm[x] == comm[u]) {
					out[x] = (igraph_integer_t)k;
					queue[tail++] = x;
				}
			}
		}
		k++;
	}
	return k;
}

sn_error_t sn__louvain(igraph_vector_int_t *membership_out, igraph_integer_t *count_out,
		       bool *at_bound_out, const igraph_t *g, const igraph_vector_t *weights,
		       sn_community_objective_t objective, double resolution, int max_iterations,
		       uint64_t seed)
{
	bool cpm = objective == SN_OBJECTIVE_CPM, at_bound = false;
	size_t n = (size_t)igraph_vcount(g);
	level_t base = { 0 }, cur = { 0 }, next = { 0 };
	scratch_t s = { 0 };
	size_t *orig = malloc((n ? n : 1) * sizeof *orig), *comm = malloc((n ? n : 1) * sizeof *comm);
	size_t *map = malloc((n ? n : 1) * sizeof *map);
	sn_error_t err = SN_OK;

	if (!orig || !comm || !map || !level_from_graph(&base, g, weights, cpm) ||
	    !scratch_alloc(&s, n, seed) || igraph_vector_int_resize(membership_out, (igraph_integer_t)n)) {
		err = sn_error_set(SN_ENOMEM, "communities: out of memory");
		goto done;
	}
	double total = 0;
	for (size_t v = 0; v < n; v++)
		total += base.nw[v], orig[v] = v;
	double r = cpm ? resolution : total > 0 ? resolution / total : 0;
	const level_t *l = &base;
	for (;;) {
		size_t bound = (size_t)max_iterations * (l->n ? l->n : 1);
		if (!local_moves(l, &s, comm, r, bound, &at_bound))
			break;
		size_t k = renumber(comm, l->n, map);
		for (size_t v = 0; v < n; v++)
			orig[v] = comm[orig[v]];
		if (k == l->n)
			break;
		if (!aggregate(&next, l, comm, k, &s)) {
			err = sn_error_set(SN_ENOMEM, "communities: out of memory");
			goto done;
		}
		level_destroy(&cur);
		cur = next;
		memset(&next, 0, sizeof next);
		l = &cur;
	}
	size_t k = connected_parts(VECTOR(*membership_out), &base, orig, s.queue);
	if (count_out)
		*count_out = (igraph_integer_t)k;
	if (at_bound_out)
		*at_bound_out = at_bound;
done:
	level_destroy(&base);
	level_destroy(&cur);
	level_destroy(&next);
	scratch_destroy(&s);
	free(orig);
	free(comm);
	free(map);
	return err;
}
