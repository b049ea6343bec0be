/* Time slices of a collaboration network: figures, persistence, ranks, community events. */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/dynamics.h"
#include "analysis/communities_private.h"
#include "base/projection_private.h"
#include "base/rows.h"
#include "base/components.h"

enum { MAX_SLICES = 10000 };

/* community_of holds slices x actors entries: 400 MB at this bound. */
#define MAX_SLICE_CELLS ((size_t)50000000)

void sn_dynamics_options_default(sn_dynamics_options_t *opts)
{
	memset(opts, 0, sizeof *opts);
	opts->window = 1;
	opts->step = 1;
	opts->weighting = SN_WEIGHT_COUNT;
	opts->match_threshold = 0.3;
	sn_communities_options_default(&opts->communities);
}

const char *sn_slice_method_name(sn_slice_method_t method)
{
	switch (method) {
	case SN_SLICE_LOUVAIN: return "louvain";
	case SN_SLICE_LEIDEN: return "leiden";
	}
	return "unknown";
}

sn_error_t sn_slice_method_parse(const char *name, sn_slice_method_t *out)
{
	if (strcmp(name, "louvain") == 0)
		*out = SN_SLICE_LOUVAIN;
	else if (strcmp(name, "leiden") == 0)
		*out = SN_SLICE_LEIDEN;
	else
		return sn_error_set(SN_EINVAL, "unknown slice partition method '%s' (expected louvain "
				    "or leiden)", name);
	return SN_OK;
}

const char *sn_community_event_name(sn_community_event_kind_t kind)
{
	static const char *const names[] = { "birth",  "death",  "merge",   "split",
					     "growth", "shrink", "continue" };

	return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "unknown";
}

void sn_dynamics_free(sn_dynamics_t *dyn)
{
	if (!dyn)
		return;
	free(dyn->slices);
	free(dyn->ranks);
	free(dyn->events);
	free(dyn->community_of);
	free(dyn);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* Size of the intersection of two sorted arrays. */
static size_t common_u64(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, n = 0;

	while (i < na && j < nb) {
		if (a[i] < b[j])
			i++;
		else if (a[i] > b[j])
			j++;
		else
			n++, i++, j++;
	}
	return n;
}

/* The state one slice leaves for the next. */
typedef struct {
	uint64_t *ties;     /* sorted actor pairs (low << 32 | high) */
	size_t nties;
	uint64_t *actors;   /* sorted dataset actor indices */
	size_t nactors;
	size_t ncommunities;
} slice_state_t;

static void state_destroy(slice_state_t *s)
{
	free(s->ties);
	free(s->actors);
	memset(s, 0, sizeof *s);
}

typedef struct {
	const sn_dataset_t *ds;
	const sn_dynamics_options_t *opts;
	sn_dynamics_t *dyn;
	size_t rank_cap, event_cap;
} work_t;

static sn_error_t nomem(void)
{
	return sn_error_set(SN_ENOMEM, "out of memory computing the time slices");
}

/* Marks the memberships of projects active in [from, to]; counts those projects. */
static size_t mark_slice(bool *kept, const sn_dataset_t *ds, sn_years_t years)
{
	size_t projects = 0;

	for (size_t i = 0; i < ds->nprojects; i++)
		projects += sn_dates_active(ds->projects[i].start, ds->projects[i].end, years);
	for (size_t m = 0; m < ds->nmemberships; m++) {
		const sn_project_t *p = &ds->projects[ds->memberships[m].project];
		kept[m] = sn_dates_active(p->start, p->end, years);
	}
	return projects;
}

static bool sorted_u64(const uint64_t *a, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (a[i - 1] > a[i])
			return false;
	return true;
}

/* Ties and actors of the slice as sorted sets of dataset indices. */
static sn_error_t slice_sets(slice_state_t *s, const sn_network_t *net,
			     const sn_projection_t *proj)
{
	const adj_rows_t *r = sn__projection_rows(proj);
	igraph_integer_t m = sn_projection_ecount(proj), n = sn_projection_vcount(proj), e = 0;

	s->nties = (size_t)m;
	s->nactors = net->nactors;
	s->ties = malloc((s->nties ? s->nties : 1) * sizeof *s->ties);
	s->actors = malloc((s->nactors ? s->nactors : 1) * sizeof *s->actors);
	if (!s->ties || !s->actors)
		return nomem();
	for (igraph_integer_t v = 0; v < n; v++)
		for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
			if (r->adj[k] > v) {
				uint64_t a = net->actor_index[v], b = net->actor_index[r->adj[k]];
				s->ties[e++] = a < b ? a << 32 | b : b << 32 | a;
			}
	/* The projection lists its ties by (lower, higher) vertex, and vertices ascend with the
	   dataset index: sorted already, unless a projection ever changes its order. */
	if (!sorted_u64(s->ties, s->nties))
		qsort(s->ties, s->nties, sizeof *s->ties, cmp_u64);
	for (size_t i = 0; i < s->nactors; i++)
		s->actors[i] = net->actor_index[i];  /* ascending already */
	return SN_OK;
}

/* Persistence against the previous slice. */
static void compare_slices(sn_slice_t *out, const slice_state_t *prev, const slice_state_t *cur)
{
	size_t kept = common_u64(prev->ties, prev->nties, cur->ties, cur->nties);
	size_t both = common_u64(prev->actors, prev->nactors, cur->actors, cur->nactors);
	size_t either = prev->nties + cur->nties - kept;

	out->has_previous = true;
	out->ties_kept = prev->nties ? (double)kept / (double)prev->nties : NAN;
	out->ties_jaccard = either ? (double)kept / (double)either : NAN;
	out->entering = cur->nactors - both;
	out->leaving = prev->nactors - both;
}

/* Density, components (base/components.h), largest component, mean degree. */
static sn_error_t structure_figures(sn_slice_t *s, const sn_projection_t *proj)
{
	size_t n = (size_t)sn_projection_vcount(proj), m = (size_t)sn_projection_ecount(proj);
	igraph_vector_int_t sizes;
	igraph_integer_t count = 0;
	sn_error_t err;

	s->density = n >= 2 ? 2.0 * (double)m / ((double)n * (double)(n - 1)) : NAN;
	s->mean_degree = n > 0 ? 2.0 * (double)m / (double)n : NAN;
	s->largest_share = NAN;
	s->components = 0;
	if (n == 0)
		return SN_OK;
	if (igraph_vector_int_init(&sizes, 0))
		return nomem();
	err = sn__components_rows(sn__projection_rows(proj), (igraph_integer_t)n, NULL, &sizes,
				  &count);
	if (err == SN_OK) {
		s->components = (size_t)count;
		s->largest_share = (double)igraph_vector_int_max(&sizes) / (double)n;
	}
	igraph_vector_int_destroy(&sizes);
	return err;
}

/* Represented share of the root's population in the slice's year. */
static void population_figure(sn_slice_t *s, const sn_dataset_t *ds, const slice_state_t *cur,
			      int year_asked)
{
	int first, last, year = year_asked;
	int64_t part, whole;
	size_t *idx = malloc((cur->nactors ? cur->nactors : 1) * sizeof *idx);

	s->population_share = NAN;
	sn_territories_year_range(ds->territories, &first, &last);
	if (!year)
		year = s->to < first ? first : s->to > last ? last : s->to;
	s->population_year = first ? year : 0;
	if (!idx || !first) {
		free(idx);
		return;
	}
	for (size_t i = 0; i < cur->nactors; i++)
		idx[i] = (size_t)cur->actors[i];
	if (sn_dataset_represented_population(ds, idx, cur->nactors, year, &part) == SN_OK &&
	    sn_territories_population(ds->territories, ds->territories->root, year, &whole) == SN_OK &&
	    whole > 0)
		s->population_share = (double)part / (double)whole;
	free(idx);
}

typedef struct {
	double value;
	size_t vertex;
} ranked_t;

static int cmp_ranked(const void *a, const void *b)
{
	const ranked_t *x = a, *y = b;

	if (isnan(x->value) != isnan(y->value))
		return isnan(x->value) ? 1 : -1;
	if (x->value != y->value && !isnan(x->value))
		return x->value > y->value ? -1 : 1;
	return (x->vertex > y->vertex) - (x->vertex < y->vertex);
}

/* Tied for ranking: equal within a relative 1e-12 (the rounding noise of iterative measures). */
static bool same_value(double a, double b)
{
	return a == b || fabs(a - b) <= 1e-12 * fmax(fabs(a), fabs(b));
}

/* Appends one rank row per active actor for measure `k` of slice `slice`. */
static sn_error_t rank_measure(work_t *w, size_t slice, size_t k, const sn_network_t *net,
			       const sn_projection_t *proj)
{
	igraph_vector_t values;
	size_t n = net->nactors;
	ranked_t *order = NULL;
	sn_error_t err;

	if (igraph_vector_init(&values, 0))
		return nomem();
	err = sn_centrality_compute_projection(&values, proj, w->opts->measures[k], false, NULL);
	if (err == SN_OK && !(order = malloc((n ? n : 1) * sizeof *order)))
		err = nomem();
	sn_dynamics_t *d = w->dyn;
	if (err == SN_OK && d->nranks + n > w->rank_cap) {
		size_t cap = 2 * (d->nranks + n);
		sn_slice_rank_t *r = realloc(d->ranks, cap * sizeof *r);
		if (r)
			d->ranks = r, w->rank_cap = cap;
		else
			err = nomem();
	}
	if (err != SN_OK)
		goto done;
	for (size_t v = 0; v < n; v++)
		order[v] = (ranked_t){ VECTOR(values)[v], v };
	qsort(order, n, sizeof *order, cmp_ranked);
	sn_slice_rank_t *rows = &d->ranks[d->nranks];
	for (size_t i = 0, rank = 1, first = 0; i < n; i++) {
		if (i > 0 && !same_value(order[i].value, order[first].value))
			rank = i + 1, first = i;
		size_t v = order[i].vertex;
		rows[v] = (sn_slice_rank_t){ slice, net->actor_index[v], k, order[i].value,
					     isnan(order[i].value) ? 0 : rank };
	}
	d->nranks += n;
done:
	free(order);
	igraph_vector_destroy(&values);
	return err;
}

/* ---- community events --------------------------------------------------------- */

static sn_error_t push_event(work_t *w, sn_community_event_t ev)
{
	sn_dynamics_t *d = w->dyn;

	if (d->nevents == w->event_cap) {
		size_t cap = w->event_cap ? 2 * w->event_cap : 64;
		sn_community_event_t *e = realloc(d->events, cap * sizeof *e);
		if (!e)
			return nomem();
		d->events = e;
		w->event_cap = cap;
	}
	d->events[d->nevents++] = ev;
	return SN_OK;
}

/* A pair of communities sharing members: previous p, current c (1-based), shared members. */
typedef struct {
	size_t p, c, shared;
	double jaccard;
} overlap_t;

/* The overlapping pairs of two rows of community numbers, sorted by (p, c). */
static overlap_t *overlaps(const size_t *prev, const size_t *cur, size_t n, size_t *count_out)
{
	uint64_t *keys = malloc((n ? n : 1) * sizeof *keys);
	overlap_t *out = malloc((n ? n : 1) * sizeof *out);
	size_t nk = 0, count = 0;

	if (!keys || !out) {
		free(keys);
		free(out);
		return NULL;
	}
	for (size_t a = 0; a < n; a++)
		if (prev[a] && cur[a])
			keys[nk++] = (uint64_t)prev[a] << 32 | cur[a];
	qsort(keys, nk, sizeof *keys, cmp_u64);
	for (size_t i = 0; i < nk; i++) {
		if (i == 0 || keys[i] != keys[i - 1])
			out[count++] = (overlap_t){ keys[i] >> 32, keys[i] & 0xffffffffu, 0, 0 };
		out[count - 1].shared++;
	}
	free(keys);
	*count_out = count;
	return out;
}

/* Community sizes of a row: sizes[c] for c = 1..k (sizes[0] unused). */
static size_t *community_sizes(const size_t *row, size_t n, size_t k)
{
	size_t *sizes = calloc(k + 1, sizeof *sizes);

	if (sizes)
		for (size_t a = 0; a < n; a++)
			sizes[row[a]] += row[a] != 0;
	return sizes;
}

static sn_error_t emit_events(work_t *w, size_t slice, const overlap_t *match, size_t nmatch,
			      const size_t *npred, const size_t *nsucc, const size_t *sp,
			      const size_t *sc, size_t kp, size_t kc)
{
	sn_error_t err = SN_OK;

	for (size_t c = 1; c <= kc && !err; c++)
		if (!npred[c])
			err = push_event(w, (sn_community_event_t){ slice, SN_EVENT_BIRTH, 0, c, 0,
								      sc[c], NAN });
	for (size_t p = 1; p <= kp && !err; p++)
		if (!nsucc[p])
			err = push_event(w, (sn_community_event_t){ slice, SN_EVENT_DEATH, p, 0, sp[p],
								      0, NAN });
	for (int kind = SN_EVENT_MERGE; kind <= SN_EVENT_CONTINUE && !err; kind++) {
		for (size_t i = 0; i < nmatch && !err; i++) {
			const overlap_t *o = &match[i];
			bool one_to_one = npred[o->c] == 1 && nsucc[o->p] == 1;
			sn_community_event_kind_t k =
				sc[o->c] > sp[o->p] ? SN_EVENT_GROWTH :
				sc[o->c] < sp[o->p] ? SN_EVENT_SHRINK : SN_EVENT_CONTINUE;
			bool hit = kind == SN_EVENT_MERGE ? npred[o->c] >= 2 :
				   kind == SN_EVENT_SPLIT ? nsucc[o->p] >= 2 :
							    one_to_one && (int)k == kind;
			if (hit)
				err = push_event(w, (sn_community_event_t){ slice, kind, o->p, o->c,
									      sp[o->p], sc[o->c],
									      o->jaccard });
		}
	}
	return err;
}

/* Matches the communities of slice - 1 and slice, appending their events. */
static sn_error_t community_events(work_t *w, size_t slice, size_t kp, size_t kc)
{
	sn_dynamics_t *d = w->dyn;
	const size_t *prev = &d->community_of[(slice - 1) * d->nactors];
	const size_t *cur = &d->community_of[slice * d->nactors];
	size_t nover = 0, nmatch = 0;
	overlap_t *over = overlaps(prev, cur, d->nactors, &nover);
	size_t *sp = community_sizes(prev, d->nactors, kp), *sc = community_sizes(cur, d->nactors, kc);
	size_t *npred = calloc(kc + 1, sizeof *npred), *nsucc = calloc(kp + 1, sizeof *nsucc);
	sn_error_t err = SN_OK;

	if (!over || !sp || !sc || !npred || !nsucc) {
		err = nomem();
		goto done;
	}
	for (size_t i = 0; i < nover; i++) {
		overlap_t o = over[i];
		o.jaccard = (double)o.shared / (double)(sp[o.p] + sc[o.c] - o.shared);
		if (o.jaccard >= w->opts->match_threshold) {
			over[nmatch++] = o;
			npred[o.c]++;
			nsucc[o.p]++;
		}
	}
	err = emit_events(w, slice, over, nmatch, npred, nsucc, sp, sc, kp, kc);
done:
	free(over);
	free(sp);
	free(sc);
	free(npred);
	free(nsucc);
	return err;
}

/* The community options of the slices' method: Leiden's loop, or one Louvain. */
static sn_error_t slice_method(sn_communities_options_t *c, const sn_dynamics_options_t *opts)
{
	*c = opts->communities;
	if (opts->method == SN_SLICE_LOUVAIN)
		c->algorithm = SN_COMMUNITY_LOUVAIN;
	else if (opts->method != SN_SLICE_LEIDEN)
		return sn_error_set(SN_EINVAL, "unknown slice partition method %d", (int)opts->method);
	return SN_OK;
}

sn_error_t sn_dynamics_partition(igraph_vector_int_t *membership_out, bool *at_bound_out,
				 const igraph_t *g, const igraph_vector_t *weights,
				 const sn_dynamics_options_t *opts)
{
	sn_dynamics_options_t defaults;
	sn_communities_summary_t sum = { 0, NAN, NAN, 0, 0, false };
	sn_communities_options_t c;
	sn_error_t err;

	if (!opts) {
		sn_dynamics_options_default(&defaults);
		opts = &defaults;
	}
	if ((err = slice_method(&c, opts)) == SN_OK &&
	    (err = sn_communities_detect(membership_out, &sum, g, weights, &c)) == SN_OK &&
	    at_bound_out)
		*at_bound_out = sum.at_bound;
	return err;
}

/* Partitions the slice's network into d->community_of's row for `slice`. */
static sn_error_t slice_communities(work_t *w, size_t slice, const sn_network_t *net,
				    const sn_projection_t *proj, size_t *count_out)
{
	size_t *row = &w->dyn->community_of[slice * w->dyn->nactors];
	igraph_vector_int_t memb;
	igraph_integer_t max = -1;
	sn_error_t err;

	*count_out = 0;
	if (net->nactors == 0 || w->opts->skip_communities)
		return SN_OK;
	if (igraph_vector_int_init(&memb, 0))
		return nomem();
	sn_communities_summary_t sum = { 0, NAN, NAN, 0, 0, false };
	sn_communities_options_t c;

	if ((err = slice_method(&c, w->opts)) == SN_OK &&
	    (err = sn_communities_detect_projection(&memb, &sum, proj, &c)) == SN_OK)
		w->dyn->slices[slice].at_bound = sum.at_bound;
	for (size_t v = 0; err == SN_OK && v < net->nactors; v++) {
		row[net->actor_index[v]] = (size_t)VECTOR(memb)[v] + 1;
		max = VECTOR(memb)[v] > max ? VECTOR(memb)[v] : max;
	}
	igraph_vector_int_destroy(&memb);
	*count_out = (size_t)(max + 1);
	return err;
}

/* ---- one slice ------------------------------------------------------------------ */

static sn_error_t compute_slice(work_t *w, size_t i, bool *kept, slice_state_t *prev,
				slice_state_t *cur)
{
	sn_slice_t *s = &w->dyn->slices[i];
	sn_network_options_t nopts = { false, true, kept };
	sn_network_t net;
	sn_projection_t proj;
	sn_error_t err;

	sn_network_init(&net);
	sn_projection_init(&proj);
	s->projects = mark_slice(kept, w->ds, (sn_years_t){ s->from, s->to });
	if ((err = sn_network_build(&net, w->ds, &nopts)) != SN_OK ||
	    (err = sn_projection_build(&proj, &net, SN_MODE_ACTORS, w->opts->weighting,
				       w->opts->max_ties)) != SN_OK ||
	    (err = slice_sets(cur, &net, &proj)) != SN_OK ||
	    (err = structure_figures(s, &proj)) != SN_OK)
		goto done;
	s->actors = net.nactors;
	s->ties = cur->nties;
	population_figure(s, w->ds, cur, w->opts->population_year);
	if (i > 0)
		compare_slices(s, prev, cur);
	for (size_t k = 0; k < w->opts->nmeasures && err == SN_OK; k++)
		err = rank_measure(w, i, k, &net, &proj);
	if (err == SN_OK)
		err = slice_communities(w, i, &net, &proj, &s->communities);
	cur->ncommunities = s->communities;
	if (err == SN_OK && i > 0)
		err = community_events(w, i, prev->ncommunities, cur->ncommunities);
done:
	sn_projection_destroy(&proj);
	sn_network_destroy(&net);
	return err;
}

static sn_error_t check_options(const sn_dynamics_options_t *o, int from, int to)
{
	if (o->window < 1 || o->step < 1)
		return sn_error_set(SN_EINVAL, "window and step must be at least 1 year");
	if (from > to)
		return sn_error_set(SN_EINVAL, "the slices start in %d, after their end %d", from, to);
	if (o->method != SN_SLICE_LOUVAIN && o->method != SN_SLICE_LEIDEN)
		return sn_error_set(SN_EINVAL, "unknown slice partition method %d", (int)o->method);
	if (!(o->match_threshold > 0 && o->match_threshold <= 1))
		return sn_error_set(SN_EINVAL, "the matching threshold must lie in (0, 1]");
	if ((to - from) / o->step + 1 > MAX_SLICES)
		return sn_error_set(SN_EINVAL, "more than %d slices", MAX_SLICES);
	return SN_OK;
}

static sn_error_t setup(sn_dynamics_t **out, const sn_dataset_t *ds,
			const sn_dynamics_options_t *o)
{
	int first, last, from = o->from, to = o->to;
	bool dated = sn_dataset_year_span(ds, &first, &last);
	sn_error_t err;

	if ((!from || !to) && !dated)
		return sn_error_set(SN_EDATA, "no project has a start or end year");
	from = from ? from : first;
	to = to ? to : last;
	if ((err = check_options(o, from, to)) != SN_OK)
		return err;
	size_t n = (size_t)((to - from) / o->step + 1);
	if (ds->nactors && n > MAX_SLICE_CELLS / ds->nactors)
		return sn_error_set(SN_ELIMIT, "%zu slices of %zu actors exceed the limit of %zu "
				    "(slice, actor) cells; use fewer slices", n, ds->nactors,
				    MAX_SLICE_CELLS);
	sn_dynamics_t *d = calloc(1, sizeof *d);
	if (!d)
		return nomem();
	*out = d;
	d->nslices = n;
	d->nactors = ds->nactors;
	d->match_threshold = o->match_threshold;
	d->slices = calloc(n, sizeof *d->slices);
	d->community_of = calloc(n * (ds->nactors ? ds->nactors : 1), sizeof *d->community_of);
	if (!d->slices || !d->community_of)
		return nomem();
	for (size_t i = 0; i < n; i++) {
		d->slices[i].from = from + (int)i * o->step;
		d->slices[i].to = d->slices[i].from + o->window - 1;
	}
	for (size_t i = 0; i < ds->nprojects; i++)
		d->undated += !ds->projects[i].start.year && !ds->projects[i].end.year;
	return SN_OK;
}

sn_error_t sn_dynamics_compute(sn_dynamics_t **out, const sn_dataset_t *ds,
			       const sn_dynamics_options_t *opts)
{
	sn_dynamics_options_t defaults;
	sn_dynamics_t *d = NULL;
	slice_state_t states[2];
	bool *kept = malloc((ds->nmemberships ? ds->nmemberships : 1) * sizeof *kept);
	sn_error_t err;

	memset(states, 0, sizeof states);
	if (!opts) {
		sn_dynamics_options_default(&defaults);
		opts = &defaults;
	}
	if (!kept) {
		err = nomem();
		goto done;
	}
	if ((err = setup(&d, ds, opts)) != SN_OK)
		goto done;
	work_t w = { ds, opts, d, 0, 0 };
	for (size_t i = 0; i < d->nslices && err == SN_OK; i++) {
		slice_state_t *prev = &states[(i + 1) % 2], *cur = &states[i % 2];
		state_destroy(cur);
		err = compute_slice(&w, i, kept, prev, cur);
	}
done:
	state_destroy(&states[0]);
	state_destroy(&states[1]);
	free(kept);
	if (err != SN_OK) {
		sn_dynamics_free(d);
		return err;
	}
	*out = d;
	return SN_OK;
}
