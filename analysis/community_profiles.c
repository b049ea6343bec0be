/*
 * Community profiles: size, most central members, internal density,
 * modularity contribution, and the dataset side (types, counties,
 * represented population).  See include/samnet/communities.h.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <igraph.h>

#include "samnet/communities.h"
#include "samnet/dataset.h"
#include "samnet/territory.h"
#include "analysis/communities_private.h"
#include "base/projection_private.h"
#include "base/rows.h"

static sn_error_t nomem(void)
{
	return sn_error_set(SN_ENOMEM, "community profiles: out of memory");
}

void sn_community_profiles_init(sn_community_profiles_t *p)
{
	memset(p, 0, sizeof *p);
	p->modularity = NAN;
}

void sn_community_profiles_destroy(sn_community_profiles_t *p)
{
	if (p == NULL)
		return;
	for (size_t c = 0; p->items && c < p->count; c++) {
		free(p->items[c].members);
		free(p->items[c].internal_strength);
	}
	free(p->items);
	sn_community_profiles_init(p);
}

typedef struct {
	igraph_integer_t v;
	double s;
} ranked_t;

/* Internal strength descending, then vertex ascending. */
static int by_strength(const void *pa, const void *pb)
{
	const ranked_t *a = pa, *b = pb;

	if (a->s != b->s)
		return a->s > b->s ? -1 : 1;
	return (a->v > b->v) - (a->v < b->v);
}

/* Sizes, then member arrays sorted by internal strength `is`. */
static sn_error_t fill_members(sn_community_profiles_t *p, const igraph_vector_int_t *memb,
			       const double *is)
{
	igraph_integer_t n = igraph_vector_int_size(memb);
	ranked_t *r = malloc(((size_t)n + 1) * sizeof *r);
	size_t *pos = calloc(p->count + 1, sizeof *pos);

	if (r == NULL || pos == NULL) {
		free(r);
		free(pos);
		return nomem();
	}
	for (igraph_integer_t v = 0; v < n; v++)
		p->items[VECTOR(*memb)[v]].size++;
	for (size_t c = 0; c < p->count; c++)
		pos[c + 1] = pos[c] + (size_t)p->items[c].size;
	for (igraph_integer_t v = 0; v < n; v++) {
		size_t c = (size_t)VECTOR(*memb)[v];

		r[pos[c]].v = v;
		r[pos[c]++].s = is[v];
	}
	for (size_t c = 0, lo = 0; c < p->count; c++) {
		sn_community_profile_t *it = &p->items[c];
		size_t size = (size_t)it->size;

		qsort(r + lo, size, sizeof *r, by_strength);
		it->members = malloc((size + 1) * sizeof *it->members);
		it->internal_strength = malloc((size + 1) * sizeof *it->internal_strength);
		if (it->members == NULL || it->internal_strength == NULL) {
			free(r);
			free(pos);
			return nomem();
		}
		for (size_t i = 0; i < size; i++) {
			it->members[i] = r[lo + i].v;
			it->internal_strength[i] = r[lo + i].s;
		}
		lo += size;
	}
	free(r);
	free(pos);
	return SN_OK;
}

/* Adds tie (a, b) of weight w to the sums of the profiles. */
static void add_tie(sn_community_profiles_t *out, const igraph_vector_int_t *membership,
		    igraph_integer_t a, igraph_integer_t b, double w, double *is, double *kc,
		    double *m)
{
	igraph_integer_t ca = VECTOR(*membership)[a], cb = VECTOR(*membership)[b];

	*m += w;
	kc[ca] += w;
	kc[cb] += w;
	if (ca != cb)
		return;
	is[a] += w;
	is[b] += w;
	out->items[ca].internal_ties++;
	out->items[ca].internal_weight += w;
}

/* The profiles of the ties of `g` (weights `weights`), or of projection `p` when g is NULL. */
static sn_error_t build(sn_community_profiles_t *out, const igraph_t *g,
			const igraph_vector_t *weights, const sn_projection_t *p,
			const igraph_vector_int_t *membership, double resolution)
{
	igraph_integer_t n = g ? igraph_vcount(g) : sn_projection_vcount(p);
	double *is = NULL, *kc = NULL, m = 0, q = 0;
	sn_error_t err = SN_OK;

	sn_community_profiles_destroy(out);
	out->count = (size_t)igraph_vector_int_max(membership) + 1;
	out->resolution = resolution;
	out->items = calloc(out->count, sizeof *out->items);
	is = calloc((size_t)n, sizeof *is);
	kc = calloc(out->count, sizeof *kc);
	if (out->items == NULL || is == NULL || kc == NULL) {
		err = nomem();
		goto done;
	}
	if (g) {
		for (igraph_integer_t e = 0; e < igraph_ecount(g); e++)
			add_tie(out, membership, IGRAPH_FROM(g, e), IGRAPH_TO(g, e),
				sn__communities_weight(weights, e), is, kc, &m);
	} else {
		const adj_rows_t *r = sn__projection_rows(p);

		/* Each tie once, from its lower end, in tie order. */
		for (igraph_integer_t v = 0; v < n; v++)
			for (igraph_integer_t k = r->off[v]; k < r->off[v + 1]; k++)
				if (r->adj[k] > v)
					add_tie(out, membership, r->adj[k], v,
						sn__adj_rows_weight(r, k), is, kc, &m);
	}
	if ((err = fill_members(out, membership, is)))
		goto done;
	for (size_t c = 0; c < out->count; c++) {
		sn_community_profile_t *it = &out->items[c];
		double s = (double)it->size, a = m > 0 ? kc[c] / (2 * m) : NAN;

		it->density = it->size >= 2 ? it->internal_ties / (s * (s - 1) / 2) : NAN;
		it->contribution = m > 0 ? it->internal_weight / m - resolution * a * a : NAN;
		it->population = SN_NO_POPULATION;
		it->population_share = NAN;
		q += it->contribution;
	}
	out->modularity = q;
done:
	free(is);
	free(kc);
	if (err)
		sn_community_profiles_destroy(out);
	return err;
}

sn_error_t sn_community_profiles_build(sn_community_profiles_t *out, const igraph_t *g,
				       const igraph_vector_t *weights,
				       const igraph_vector_int_t *membership, double resolution)
{
	sn_error_t err;

	if ((err = sn__communities_check_graph(g, weights)) ||
	    (err = sn__communities_check_membership(g, membership)) ||
	    (err = sn__communities_check_resolution(resolution)))
		return err;
	return build(out, g, weights, NULL, membership, resolution);
}

sn_error_t sn_community_profiles_build_projection(sn_community_profiles_t *out,
						  const sn_projection_t *p,
						  const igraph_vector_int_t *membership,
						  double resolution)
{
	igraph_integer_t n = sn_projection_vcount(p);
	sn_error_t err;

	if (!p->built || n == 0)
		return sn_error_set(SN_EINVAL, "communities: the projection is not built or empty");
	if (igraph_vector_int_size(membership) != n)
		return sn_error_set(SN_EINVAL, "communities: membership has %" IGRAPH_PRId
				    " entries for %" IGRAPH_PRId " vertices",
				    igraph_vector_int_size(membership), n);
	if (igraph_vector_int_min(membership) < 0)
		return sn_error_set(SN_EINVAL, "communities: a community index is negative");
	if ((err = sn__communities_check_resolution(resolution)))
		return err;
	return build(out, NULL, NULL, p, membership, resolution);
}

static int by_size(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	return (a > b) - (a < b);
}

/* Types, counties and population of one community; `idx` is scratch [size]. */
static sn_error_t describe_one(sn_community_profile_t *it, const sn_dataset_t *ds,
			       const size_t *actor_of_vertex, int year, int64_t root, size_t *idx)
{
	size_t size = (size_t)it->size, k = 0;
	sn_error_t err;

	memset(it->by_type, 0, sizeof it->by_type);
	for (size_t i = 0; i < size; i++) {
		size_t a = actor_of_vertex[it->members[i]];

		if (a == SN_NO_PARENT)
			continue;   /* not an actor: a project of a two-mode graph */
		if (a >= ds->nactors)
			return sn_error_set(SN_EINVAL, "community profiles: vertex %" IGRAPH_PRId
					    " maps to actor %zu of %zu", it->members[i], a,
					    ds->nactors);
		it->by_type[ds->actors[a].type]++;
		idx[k++] = sn_dataset_actor_county(ds, a);
	}
	qsort(idx, k, sizeof *idx, by_size);
	it->counties = 0;
	for (size_t i = 0; i < k; i++) {
		if (idx[i] != SN_NO_PARENT && (i == 0 || idx[i] != idx[i - 1]))
			it->counties++;
	}
	it->population = SN_NO_POPULATION;
	it->population_share = NAN;
	if (year == 0)
		return SN_OK;
	k = 0;
	for (size_t i = 0; i < size; i++) {
		if (actor_of_vertex[it->members[i]] != SN_NO_PARENT)
			idx[k++] = actor_of_vertex[it->members[i]];
	}
	if ((err = sn_dataset_represented_population(ds, idx, k, year, &it->population)))
		return err;
	it->population_share = root > 0 ? (double)it->population / (double)root : NAN;
	return SN_OK;
}

sn_error_t sn_community_profiles_describe(sn_community_profiles_t *p, const sn_dataset_t *ds,
					  const size_t *actor_of_vertex, int year)
{
	const sn_territories_t *t = ds->territories;
	size_t most = 0;
	int64_t root = 0;
	size_t *idx;
	sn_error_t err = SN_OK;

	if (year == 0)
		year = sn_territories_latest_year(t);
	if (year != 0 && (err = sn_territories_population(t, t->root, year, &root)))
		return err;
	for (size_t c = 0; c < p->count; c++) {
		if ((size_t)p->items[c].size > most)
			most = (size_t)p->items[c].size;
	}
	idx = malloc((most + 1) * sizeof *idx);
	if (idx == NULL)
		return nomem();
	for (size_t c = 0; c < p->count && !err; c++)
		err = describe_one(&p->items[c], ds, actor_of_vertex, year, root, idx);
	if (!err)
		p->year = year;
	free(idx);
	return err;
}
