/* Coalition profiles: population share against network position. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/centrality.h"
#include "samnet/coalition.h"

void sn_coalition_profile_init(sn_coalition_profile_t *p)
{
	memset(p, 0, sizeof *p);
	igraph_vector_init(&p->pagerank, 0);
	igraph_vector_int_init(&p->project_members, 0);
}

void sn_coalition_profile_destroy(sn_coalition_profile_t *p)
{
	if (!p)
		return;
	igraph_vector_destroy(&p->pagerank);
	igraph_vector_int_destroy(&p->project_members);
	memset(p, 0, sizeof *p);
}

sn_error_t sn_coalition_share(double *share_out, double *sum_out, size_t *in_network_out,
			      const sn_network_t *net, size_t offset, const double *values,
			      size_t nv, const size_t *actors, size_t n)
{
	bool *member = calloc(nv ? nv : 1, sizeof *member);
	double sum = 0, total = 0;
	size_t in_network = 0;

	if (!member)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t k = 0; k < n; k++) {
		igraph_integer_t v = sn_network_actor_vertex(net, actors[k]);
		if (v >= 0 && (size_t)v >= offset && (size_t)v - offset < nv) {
			in_network += !member[(size_t)v - offset];
			member[(size_t)v - offset] = true;
		}
	}
	for (size_t v = 0; v < nv; v++) {
		double x = isfinite(values[v]) ? values[v] : 0;
		total += x;
		sum += member[v] ? x : 0;
	}
	free(member);
	if (share_out)
		*share_out = total > 0 ? sum / total : NAN;
	if (sum_out)
		*sum_out = sum;
	if (in_network_out)
		*in_network_out = in_network;
	return SN_OK;
}

sn_error_t sn_coalition_population(int64_t *population_out, double *share_out,
				   const sn_dataset_t *ds, const size_t *actors, size_t n, int year)
{
	int64_t national = 0;
	sn_error_t err;

	if ((err = sn_dataset_represented_population(ds, actors, n, year, population_out)) ||
	    (err = sn_territories_population(ds->territories, ds->territories->root, year, &national)))
		return err;
	if (share_out)
		*share_out = national > 0 ? (double)*population_out / (double)national : NAN;
	return SN_OK;
}

/*
 * Resolves one reference of a members list; a data error becomes an invalid
 * request, and so does an actor that the list already named (`named`).
 */
static sn_error_t resolve(const sn_dataset_t *ds, const char *ref, size_t **out, size_t *n,
			  size_t *cap, bool *named)
{
	size_t before = *n;
	sn_error_t err = sn_dataset_resolve_actor(ds, ref, out, n, cap);

	if (err == SN_EDATA) {
		char *msg = strdup(sn_error_last());
		err = sn_error_set(msg ? SN_EINVAL : SN_ENOMEM, "members: %s", msg ? msg : "out of memory");
		free(msg);
		return err;
	}
	for (size_t k = before; err == SN_OK && k < *n; k++) {
		size_t a = (*out)[k];
		if (named[a] && strcmp(ds->actors[a].id, ref) == 0)
			return sn_error_set(SN_EINVAL, "members: actor '%s' is named twice", ref);
		if (named[a])
			return sn_error_set(SN_EINVAL, "members: actor '%s' is named twice (again by '%s')",
					    ds->actors[a].id, ref);
		named[a] = true;
	}
	return err;
}

sn_error_t sn_coalition_members_parse(size_t **out, size_t *n, const sn_dataset_t *ds,
				      const char *list)
{
	char *copy = strdup(list), *save = NULL, *ref = NULL;
	bool *named = calloc(ds->nactors ? ds->nactors : 1, sizeof *named);
	size_t cap = 0;
	sn_error_t err = copy && named ? SN_OK : sn_error_set(SN_ENOMEM, "out of memory");

	*out = NULL;
	*n = 0;
	for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; !err;
	     tok = strtok_r(NULL, ",", &save)) {
		bool extends = tok && ref && strchr(ref, ':') && !strchr(tok, ':') &&
			       sn_dataset_find_actor(ds, tok) == SN_NO_PARENT;
		char *longer = NULL;
		if (extends && asprintf(&longer, "%s,%s", ref, tok) < 0)
			err = sn_error_set(SN_ENOMEM, "out of memory");
		else if (!extends && ref)
			err = resolve(ds, ref, out, n, &cap, named);
		free(ref);
		ref = longer;
		if (!err && !tok)
			break;
		if (!err && !extends && !(ref = strdup(tok)))
			err = sn_error_set(SN_ENOMEM, "out of memory");
	}
	free(ref);
	free(copy);
	free(named);
	if (!err && *n == 0)
		err = sn_error_set(SN_EINVAL, "members names no actor");
	if (err) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return err;
}

/* Ties inside, ties out and distinct outside partners. */
static sn_error_t count_ties(sn_coalition_profile_t *out, const sn_projection_t *proj,
			     const bool *member, size_t nvertices)
{
	bool *partner = calloc(nvertices ? nvertices : 1, sizeof *partner);

	const igraph_t *pg;
	sn_error_t err;

	if (!partner)
		return sn_error_set(SN_ENOMEM, "out of memory profiling a coalition");
	if ((err = sn_projection_graph(proj, &pg))) {
		free(partner);
		return err;
	}
	for (igraph_integer_t e = 0; e < igraph_ecount(pg); e++) {
		igraph_integer_t a = IGRAPH_FROM(pg, e), b = IGRAPH_TO(pg, e);
		if (member[a] && member[b]) {
			out->internal_ties++;
		} else if (member[a] || member[b]) {
			out->external_ties++;
			igraph_integer_t other = member[a] ? b : a;
			out->external_partners += !partner[other];
			partner[other] = true;
		}
	}
	free(partner);
	return SN_OK;
}

/* The members' share of the projection's tie strength. */
static sn_error_t strength_share(double *out, const sn_network_t *net, const sn_projection_t *proj,
				 const size_t *actors, size_t n)
{
	igraph_vector_t strength;
	sn_error_t err;

	if (igraph_vector_init(&strength, 0))
		return sn_error_set(SN_ENOMEM, "out of memory profiling a coalition");
	err = sn_centrality_compute_projection(&strength, proj, SN_MEASURE_STRENGTH, false, NULL);
	if (!err)
		err = sn_coalition_share(out, NULL, NULL, net, proj->offset, VECTOR(strength),
					 (size_t)igraph_vector_size(&strength), actors, n);
	igraph_vector_destroy(&strength);
	return err;
}

/* Per project, how many members take part; counts shared and joint projects. */
static sn_error_t count_projects(sn_coalition_profile_t *out, const sn_network_t *net,
				 const bool *member_actor)
{
	const sn_dataset_t *ds = net->dataset;

	if (igraph_vector_int_resize(&out->project_members, (igraph_integer_t)ds->nprojects))
		return sn_error_set(SN_ENOMEM, "out of memory profiling a coalition");
	igraph_vector_int_null(&out->project_members);
	for (size_t m = 0; m < ds->nmemberships; m++)
		if (member_actor[ds->memberships[m].actor])
			VECTOR(out->project_members)[ds->memberships[m].project]++;
	for (size_t p = 0; p < ds->nprojects; p++) {
		igraph_integer_t k = VECTOR(out->project_members)[p];
		out->shared_projects += k >= 2;
		out->joint_projects += out->nmembers >= 2 && (size_t)k == out->nmembers;
	}
	return SN_OK;
}

sn_error_t sn_coalition_profile(sn_coalition_profile_t *out, const sn_network_t *net,
				const sn_projection_t *proj, const size_t *actors, size_t n,
				int year)
{
	const sn_dataset_t *ds = net->dataset;
	size_t nv = (size_t)sn_projection_vcount(proj);
	bool *member_actor = calloc(ds->nactors ? ds->nactors : 1, sizeof *member_actor);
	bool *member_vertex = calloc(nv ? nv : 1, sizeof *member_vertex);
	sn_error_t err = SN_OK;

	if (n == 0) {
		err = sn_error_set(SN_EINVAL, "a coalition needs at least one member");
		goto done;
	}
	if (!member_actor || !member_vertex) {
		err = sn_error_set(SN_ENOMEM, "out of memory profiling a coalition");
		goto done;
	}
	sn_coalition_profile_destroy(out);
	sn_coalition_profile_init(out);
	for (size_t k = 0; k < n; k++) {
		out->nmembers += !member_actor[actors[k]];
		member_actor[actors[k]] = true;
	}
	for (size_t v = 0; v < nv; v++)
		if (member_actor[net->actor_index[v]]) {
			member_vertex[v] = true;
			out->in_network++;
		}
	if ((err = sn_coalition_population(&out->population, &out->population_share, ds, actors, n,
					   year)) ||
	    (err = sn_territories_population(ds->territories, ds->territories->root, year,
					     &out->national)) ||
	    (err = sn_centrality_compute_projection(&out->pagerank, proj, SN_MEASURE_PAGERANK, false,
						     NULL)) ||
	    (err = sn_coalition_share(NULL, &out->pagerank_share, NULL, net, proj->offset,
				      VECTOR(out->pagerank), nv, actors, n)) ||
	    (err = strength_share(&out->strength_share, net, proj, actors, n)))
		goto done;
	out->ratio = out->population_share > 0 ? out->pagerank_share / out->population_share : NAN;
	if ((err = count_ties(out, proj, member_vertex, nv)) ||
	    (err = count_projects(out, net, member_actor)))
		goto done;
	double k = (double)out->in_network;
	out->internal_density = k >= 2 ? (double)out->internal_ties / (k * (k - 1) / 2) : NAN;
done:
	free(member_actor);
	free(member_vertex);
	return err;
}
