/*
 * samnet's own Louvain and Leiden partitions on a compact adjacency array;
 * see analysis/louvain_private.h.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/louvain_private.h"
#include "base/weights.h"

/* One level's graph: compressed adjacency (both directions, no loops) and vertex weights. */
typedef struct {
	size_t n;
	size_t *off;   /* n + 1 */
	uint32_t *adj; /* off[n] */
	double *w;     /* off[n] arc weights; NULL when wf holds them */
	float *wf;     /* off[n] the weights in 4 bytes when each is a float exactly (first level) */
	double *nw;    /* n: vertex weight n_i */
} level_t;

static inline double arc_weight(const level_t *l, size_t a)
{
	return l->w ? l->w[a] : (double)l->wf[a];
}

static void level_destroy(level_t *l)
{
	free(l->off);
	free(l->adj);
	free(l->w);
	free(l->wf);
	free(l->nw);
	memset(l, 0, sizeof *l);
}

/* Room for n vertices and `arcs` arcs, their weights as floats when `compact`. */
static bool level_alloc(level_t *l, size_t n, size_t arcs, bool compact)
{
	size_t room = arcs ? arcs : 1;

	l->n = n;
	l->off = calloc(n + 1, sizeof *l->off);
	l->adj = malloc(room * sizeof *l->adj);
	if (compact)
		l->wf = malloc(room * sizeof *l->wf);
	else
		l->w = malloc(room * sizeof *l->w);
	l->nw = calloc(n ? n : 1, sizeof *l->nw);
	return l->off && l->adj && (l->w || l->wf) && l->nw;
}

/* Sets arc a's weight in l's storage (a float exactly when l is compact). */
static inline void set_arc(level_t *l, size_t a, uint32_t to, double w)
{
	l->adj[a] = to;
	if (l->w)
		l->w[a] = w;
	else
		l->wf[a] = (float)w;
}

/*
 * The first level: the rows themselves, borrowed (their offsets and
 * neighbours read as level_t's, the same sizes), their weights too unless
 * they have none (then 1 each, in a float array of our own); vertex
 * weights are strengths, or 1 for CPM.
 */
static bool level_from_rows(level_t *l, bool *own_weights, const adj_rows_t *r, size_t n,
			    const double *loops, bool cpm)
{
	size_t arcs = (size_t)r->off[n];

	l->n = n;
	l->off = (size_t *)r->off;
	l->adj = (uint32_t *)r->adj;
	l->w = r->w;
	l->wf = r->wf;
	*own_weights = !r->w && !r->wf;
	if (*own_weights) {
		if (!(l->wf = malloc((arcs ? arcs : 1) * sizeof *l->wf)))
			return false;
		for (size_t a = 0; a < arcs; a++)
			l->wf[a] = 1.0f;
	}
	if (!(l->nw = calloc(n ? n : 1, sizeof *l->nw)))
		return false;
	for (size_t v = 0; v < n; v++) {
		for (size_t a = l->off[v]; a < l->off[v + 1]; a++)
			l->nw[v] += cpm ? 0 : arc_weight(l, a);
		/* A loop adds 2w to the strength, as in igraph_strength() with loops. */
		l->nw[v] += loops && !cpm ? loops[v] : 0;
	}
	for (size_t v = 0; cpm && v < n; v++)
		l->nw[v] = 1;
	return true;
}

struct sn__louvain_graph {
	level_t base;        /* borrows the rows' arrays */
	bool own_weights;    /* base.wf is ours (rows without weights) */
	bool cpm;
	bool whole;          /* whole weights summing below 2^24: every sum of them is a
				float exactly, so the aggregate levels keep 4-byte weights */
};

/* Whether every arc weight of l is a whole number and all of them sum below 2^24. */
static bool whole_weights(const level_t *l)
{
	double total = 0;

	if (!l->wf)
		return false;
	for (size_t a = 0; a < l->off[l->n]; a++) {
		if (l->wf[a] != floorf(l->wf[a]))
			return false;
		total += l->wf[a];
	}
	return total < (double)(1 << 24);
}

sn_error_t sn__louvain_graph_new(sn__louvain_graph_t **out, const adj_rows_t *rows,
				 igraph_integer_t n, const double *loops,
				 sn_community_objective_t objective)
{
	sn__louvain_graph_t *lg;

	*out = NULL;
	if ((uint64_t)n > INT32_MAX)
		return sn_error_set(SN_EINVAL, "communities: more than 2^31 vertices");
	if (!(lg = calloc(1, sizeof *lg)))
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	lg->cpm = objective == SN_OBJECTIVE_CPM;
	if (!level_from_rows(&lg->base, &lg->own_weights, rows, (size_t)n, loops, lg->cpm)) {
		sn__louvain_graph_free(lg);
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	}
	lg->whole = whole_weights(&lg->base);
	*out = lg;
	return SN_OK;
}

void sn__louvain_graph_free(sn__louvain_graph_t *lg)
{
	if (lg) {
		if (lg->own_weights)
			free(lg->base.wf);
		free(lg->base.nw);
	}
	free(lg);
}

/* splitmix64 (Steele, Lea & Flood 2014): the random orders and the refinement's draws. */
static uint64_t next_random(uint64_t *state)
{
	uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

/* Uniform in [0, 1). */
static double next_uniform(uint64_t *state)
{
	return (double)(next_random(state) >> 11) * 0x1.0p-53;
}

static void shuffle(size_t *a, size_t n, uint64_t *state)
{
	for (size_t i = n; i > 1; i--) {   /* Fisher-Yates */
		size_t j = (size_t)(next_random(state) % i), t = a[i - 1];
		a[i - 1] = a[j];
		a[j] = t;
	}
}

/* Scratch of the local moves and the refinement, sized for the first (largest) level. */
typedef struct {
	size_t *queue;   /* circular, n entries; also the members of each community */
	bool *queued;    /* also: refined cluster is no longer a singleton */
	double *tot;     /* total vertex weight per community (refinement: per refined cluster) */
	size_t *size;    /* vertices per community; refinement: community starts */
	double *link;    /* weight from the visited vertex to each community; all 0 between uses */
	size_t *touched; /* communities with link set */
	size_t *empty;   /* stack of empty communities */
	double *ext;     /* refinement: weight from a refined cluster to the rest of its community */
	double *chance;  /* refinement: the candidates' cumulative selection weights */
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
	free(s->ext);
	free(s->chance);
}

static bool scratch_alloc(scratch_t *s, size_t n, bool leiden, uint64_t seed)
{
	size_t k = n ? n : 1;

	s->queue = malloc(k * sizeof *s->queue);
	s->queued = malloc(k * sizeof *s->queued);
	s->tot = malloc(k * sizeof *s->tot);
	s->size = malloc((k + 1) * sizeof *s->size);
	s->link = calloc(k, sizeof *s->link);
	s->touched = malloc(k * sizeof *s->touched);
	s->empty = malloc(k * sizeof *s->empty);
	if (leiden) {
		s->ext = malloc(k * sizeof *s->ext);
		s->chance = malloc(k * sizeof *s->chance);
	}
	s->rng = seed;
	return s->queue && s->queued && s->tot && s->size && s->link && s->touched && s->empty &&
	       (!leiden || (s->ext && s->chance));
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
		s->link[d] += arc_weight(l, a);   /* weights > 0: link > 0 once touched */
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
 * Local moves on level l from the partition in comm (labels < l->n), which
 * they update.  Returns whether any vertex moved; *at_bound when the visit
 * bound ended them.
 */
static bool local_moves(const level_t *l, scratch_t *s, size_t *comm, double r, size_t bound,
			bool *at_bound)
{
	size_t n = l->n, head = 0, count = n, nempty = 0, visits = 0;
	bool moved = false;

	for (size_t c = 0; c < n; c++)
		s->tot[c] = 0, s->size[c] = 0;
	for (size_t v = 0; v < n; v++) {
		s->tot[comm[v]] += l->nw[v];
		s->size[comm[v]]++;
		s->queued[v] = true;
		s->queue[v] = v;
	}
	for (size_t c = n; c-- > 0;)
		if (s->size[c] == 0)
			s->empty[nempty++] = c;
	shuffle(s->queue, n, &s->rng);
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

/*
 * Lists the vertices of each of the k communities of comm: those of
 * community c are members[first[c] .. first[c + 1]).  first has k + 1
 * entries.
 */
static void list_members(size_t *members, size_t *first, const size_t *comm, size_t n,
			 size_t k)
{
	memset(first, 0, (k + 1) * sizeof *first);
	for (size_t v = 0; v < n; v++)
		first[comm[v] + 1]++;
	for (size_t c = 0; c < k; c++)
		first[c + 1] += first[c];
	for (size_t v = 0; v < n; v++)
		members[first[comm[v]]++] = v;
	for (size_t c = k; c > 0; c--)   /* first[c] now holds the end of c: shift back */
		first[c] = first[c - 1];
	first[0] = 0;
}

/* The graph of the k communities of l (ties between communities summed, loops dropped). */
static bool aggregate(level_t *out, const level_t *l, const size_t *comm, size_t k,
		      scratch_t *s, bool compact)
{
	size_t n = l->n, arcs = 0;
	size_t *first = malloc((k + 1) * sizeof *first);
	size_t *members = malloc((n ? n : 1) * sizeof *members);
	bool ok = first && members && level_alloc(out, k, l->off[n], compact);

	if (!ok)
		goto done;
	for (size_t v = 0; v < n; v++)
		out->nw[comm[v]] += l->nw[v];
	list_members(members, first, comm, n, k);
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
				s->link[d] += arc_weight(l, a);
			}
		}
		for (size_t i = 0; i < ntouched; i++) {
			set_arc(out, arcs++, (uint32_t)s->touched[i], s->link[s->touched[i]]);
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
 * exp((gain - best) / beta), the weight of a candidate relative to the
 * best; 0 below e^-40 (4e-18), where it could not change a draw of 53 bits.
 */
static double relative_chance(double gain, double best, double beta)
{
	double x = (gain - best) / beta;

	return x < -40 ? 0 : exp(x);
}

/*
 * Leiden's refinement of the community `members` (all with label c in
 * comm), after Traag, Waltman & van Eck (2019), Algorithm A.2: from
 * singletons, each vertex in random order that is still alone and well
 * connected to the rest of the community (weight to it >= r n_v (N - n_v),
 * N the community's total vertex weight) joins a well-connected refined
 * cluster D of the community or stays, chosen among the choices that do not
 * lower the quality with probability proportional to exp(gain / beta); the
 * gain of D is w(v, D) - r n_v n_D.  The weights are taken relative to the
 * largest gain, exp((gain - max) / beta), which is the same distribution
 * without overflow.  refined[v] gets the seed vertex of v's cluster.
 */
static void refine_community(const level_t *l, scratch_t *s, const size_t *comm, size_t c,
			     size_t *members, size_t count, size_t *refined, double r,
			     double beta)
{
	double total = 0;

	for (size_t i = 0; i < count; i++) {
		size_t v = members[i];
		double ext = 0;
		for (size_t a = l->off[v]; a < l->off[v + 1]; a++)
			if (comm[l->adj[a]] == c)
				ext += arc_weight(l, a);
		refined[v] = v;
		s->tot[v] = l->nw[v];
		s->ext[v] = ext;
		s->queued[v] = false;
		total += l->nw[v];
	}
	shuffle(members, count, &s->rng);
	for (size_t i = 0; i < count; i++) {
		size_t v = members[i], own = refined[v], ntouched = 0;
		double ext_v = s->ext[own], best_gain = 0;

		if (s->queued[own] || ext_v < l->nw[v] * (total - l->nw[v]) * r)
			continue;
		s->tot[own] = 0;
		for (size_t a = l->off[v]; a < l->off[v + 1]; a++) {
			size_t u = l->adj[a];
			if (comm[u] != c)
				continue;
			size_t d = refined[u];
			if (s->link[d] == 0)
				s->touched[ntouched++] = d;
			s->link[d] += arc_weight(l, a);
		}
		/* Candidates: staying (gain 0), then the touched clusters; chance[] cumulates. */
		for (size_t j = 0; j < ntouched; j++) {
			size_t d = s->touched[j];
			double gain = s->link[d] - l->nw[v] * s->tot[d] * r;
			bool eligible = s->ext[d] >= s->tot[d] * (total - s->tot[d]) * r &&
					gain >= 0;
			s->chance[j] = eligible ? gain : -1;
			if (eligible && gain > best_gain)
				best_gain = gain;
		}
		double stay = relative_chance(0, best_gain, beta), sum = stay;
		for (size_t j = 0; j < ntouched; j++) {
			if (s->chance[j] >= 0)
				sum += relative_chance(s->chance[j], best_gain, beta);
			s->chance[j] = sum;
		}
		size_t chosen = own;
		double x = next_uniform(&s->rng) * sum;
		if (x >= stay) {
			for (size_t j = 0; j < ntouched; j++) {
				if (x < s->chance[j]) {
					chosen = s->touched[j];
					break;
				}
			}
		}
		if (chosen != own) {
			/* ext(D + v) = ext(D) + ext(v) - 2 w(v, D) */
			s->ext[chosen] += ext_v - 2 * s->link[chosen];
			refined[v] = chosen;
			s->queued[chosen] = true;
		}
		s->tot[chosen] += l->nw[v];
		for (size_t j = 0; j < ntouched; j++)
			s->link[s->touched[j]] = 0;
	}
}

/*
 * Refines every community of comm (k labels) into refined (labels 0 ..
 * returned count - 1, in order of first appearance).
 */
static size_t refine(const level_t *l, scratch_t *s, const size_t *comm, size_t k,
		     size_t *refined, size_t *members, size_t *map, double r, double beta)
{
	size_t *first = s->size;   /* k + 1 <= n + 1 entries */

	list_members(members, first, comm, l->n, k);
	for (size_t c = 0; c < k; c++)
		refine_community(l, s, comm, c, members + first[c], first[c + 1] - first[c],
				 refined, r, beta);
	return renumber(refined, l->n, map);
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

sn_error_t sn__louvain(igraph_vector_int_t *membership, igraph_integer_t *count_out,
		       bool *at_bound_out, const sn__louvain_graph_t *lg,
		       const sn__louvain_options_t *o)
{
	const level_t *base = &lg->base;
	bool at_bound = false;
	size_t n = base->n, k;
	level_t cur = { 0 }, next = { 0 };
	scratch_t s = { 0 };
	size_t sz = (n ? n : 1) * sizeof(size_t);
	size_t *orig = malloc(sz), *comm = malloc(sz), *map = malloc(sz);
	size_t *refined = o->leiden ? malloc(sz) : NULL, *members = o->leiden ? malloc(sz) : NULL;
	sn_error_t err = SN_OK;

	if (!orig || !comm || !map || (o->leiden && (!refined || !members)) ||
	    !scratch_alloc(&s, n, o->leiden, o->seed) ||
	    igraph_vector_int_resize(membership, (igraph_integer_t)n)) {
		err = sn_error_set(SN_ENOMEM, "communities: out of memory");
		goto done;
	}
	double total = 0;
	for (size_t v = 0; v < n; v++) {
		total += base->nw[v], orig[v] = v;
		comm[v] = o->start ? (size_t)VECTOR(*o->start)[v] : v;
	}
	double r = lg->cpm ? o->resolution : total > 0 ? o->resolution / total : 0;
	if (o->start)
		renumber(comm, n, map);
	const level_t *l = base;
	for (;;) {
		size_t bound = (size_t)o->max_iterations * (l->n ? l->n : 1);
		bool moved = local_moves(l, &s, comm, r, bound, &at_bound);
		k = renumber(comm, l->n, map);
		if (k == l->n || (!moved && !o->leiden))
			break;
		/* Louvain aggregates by the communities, Leiden by their refinement
		   (unless it merged nothing), its aggregate vertices starting in the
		   community of their cluster. */
		const size_t *by = comm;
		size_t kby = k;
		if (o->leiden) {
			size_t kr = refine(l, &s, comm, k, refined, members, map, r, o->beta);
			if (kr < l->n)
				by = refined, kby = kr;
		}
		if (!aggregate(&next, l, by, kby, &s, lg->whole)) {
			err = sn_error_set(SN_ENOMEM, "communities: out of memory");
			goto done;
		}
		for (size_t v = 0; v < n; v++)
			orig[v] = by[orig[v]];
		if (by == refined) {
			for (size_t v = 0; v < l->n; v++)
				map[refined[v]] = comm[v];
			memcpy(comm, map, kby * sizeof *comm);
		} else {
			for (size_t c = 0; c < kby; c++)
				comm[c] = c;
		}
		level_destroy(&cur);
		cur = next;
		memset(&next, 0, sizeof next);
		l = &cur;
	}
	for (size_t v = 0; v < n; v++)
		orig[v] = comm[orig[v]];
	k = connected_parts(VECTOR(*membership), base, orig, s.queue);
	if (count_out)
		*count_out = (igraph_integer_t)k;
	if (at_bound_out)
		*at_bound_out = at_bound;
done:
	level_destroy(&cur);
	level_destroy(&next);
	scratch_destroy(&s);
	free(orig);
	free(comm);
	free(map);
	free(refined);
	free(members);
	return err;
}

sn_error_t sn__louvain_once(igraph_vector_int_t *membership, bool *at_bound_out,
			    const adj_rows_t *rows, igraph_integer_t n, const double *loops,
			    const sn_communities_options_t *c)
{
	sn__louvain_options_t o = { c->resolution, c->max_iterations, c->seed, false, c->beta,
				    NULL };
	sn__louvain_graph_t *lg;
	sn_error_t err = sn__louvain_graph_new(&lg, rows, n, loops, c->objective);

	if (err == SN_OK)
		err = sn__louvain(membership, NULL, at_bound_out, lg, &o);
	sn__louvain_graph_free(lg);
	return err;
}
