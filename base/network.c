/* The two-mode network: actors and projects as vertices of one igraph graph. */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/network.h"
#include "base/graph_build.h"

void sn_network_init(sn_network_t *net)
{
	memset(net, 0, sizeof *net);
}

void sn_network_destroy(sn_network_t *net)
{
	if (!net)
		return;
	if (net->built) {
		igraph_destroy(&net->graph);
		igraph_vector_bool_destroy(&net->types);
	}
	free(net->actor_index);
	free(net->membership_of_edge);
	sn_network_init(net);
}

/* Marks the actors that appear in at least one kept membership (kept NULL: all). */
static bool *active_actors(const sn_dataset_t *ds, const bool *kept)
{
	bool *active = calloc(ds->nactors ? ds->nactors : 1, sizeof *active);

	if (active)
		for (size_t m = 0; m < ds->nmemberships; m++)
			if (!kept || kept[m])
				active[ds->memberships[m].actor] = true;
	return active;
}

sn_error_t sn_network_build(sn_network_t *net, const sn_dataset_t *ds,
			    const sn_network_options_t *opts)
{
	bool keep_all = opts && opts->include_isolated_territorial;
	bool only_active = opts && opts->leave_out_inactive;
	const bool *kept = opts ? opts->memberships_kept : NULL;
	bool *active = active_actors(ds, kept);
	size_t *vertex_of = malloc((ds->nactors ? ds->nactors : 1) * sizeof *vertex_of);
	igraph_vector_int_t lo, hi;
	sn_error_t err = SN_OK;
	bool ends_live = false;

	sn_network_destroy(net);
	net->dataset = ds;
	net->actor_index = malloc((ds->nactors ? ds->nactors : 1) * sizeof *net->actor_index);
	net->membership_of_edge = malloc((ds->nmemberships ? ds->nmemberships : 1) *
					 sizeof *net->membership_of_edge);
	if (!active || !vertex_of || !net->actor_index || !net->membership_of_edge)
		goto nomem;
	for (size_t a = 0; a < ds->nactors; a++) {
		vertex_of[a] = SN_NO_PARENT;
		bool keep_isolated = keep_all || !sn_actor_type_is_territorial(ds->actors[a].type);
		if (active[a] || (keep_isolated && !only_active)) {
			vertex_of[a] = net->nactors;
			net->actor_index[net->nactors++] = a;
		}
	}
	net->nprojects = ds->nprojects;
	if (igraph_vector_int_init(&lo, 0))
		goto nomem;
	if (igraph_vector_int_init(&hi, 0)) {
		igraph_vector_int_destroy(&lo);
		goto nomem;
	}
	ends_live = true;
	if (igraph_vector_int_reserve(&lo, (igraph_integer_t)ds->nmemberships) ||
	    igraph_vector_int_reserve(&hi, (igraph_integer_t)ds->nmemberships))
		goto nomem;
	/* Memberships are sorted by project, then actor: the ties by (hi, lo). */
	for (size_t m = 0, e = 0; m < ds->nmemberships; m++) {
		if (kept && !kept[m])
			continue;
		/* Within the reserved capacity: cannot fail. */
		igraph_vector_int_push_back(&lo, (igraph_integer_t)vertex_of[ds->memberships[m].actor]);
		igraph_vector_int_push_back(&hi,
					    (igraph_integer_t)(net->nactors + ds->memberships[m].project));
		net->membership_of_edge[e++] = m;
	}
	igraph_integer_t n = (igraph_integer_t)(net->nactors + net->nprojects);
	if ((err = sn__graph_from_sorted_ties(&net->graph, n, &lo, &hi)) != SN_OK)
		goto done;
	if (igraph_vector_bool_init(&net->types, n)) {
		igraph_destroy(&net->graph);
		goto nomem;
	}
	for (igraph_integer_t v = (igraph_integer_t)net->nactors; v < n; v++)
		VECTOR(net->types)[v] = true;
	net->built = true;
	goto done;
nomem:
	err = sn_error_set(SN_ENOMEM, "out of memory building the two-mode network");
done:
	if (ends_live) {   /* destroyed already when the graph took them over */
		igraph_vector_int_destroy(&lo);
		igraph_vector_int_destroy(&hi);
	}
	free(active);
	free(vertex_of);
	if (err != SN_OK)
		sn_network_destroy(net);
	return err;
}

igraph_integer_t sn_network_actor_vertex(const sn_network_t *net, size_t a)
{
	size_t lo = 0, hi = net->nactors;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (net->actor_index[mid] < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < net->nactors && net->actor_index[lo] == a ? (igraph_integer_t)lo : -1;
}

const char *sn_network_vertex_name(const sn_network_t *net, igraph_integer_t v)
{
	if ((size_t)v < net->nactors)
		return net->dataset->actors[net->actor_index[v]].name;
	return net->dataset->projects[(size_t)v - net->nactors].name;
}

const char *sn_network_vertex_id(const sn_network_t *net, igraph_integer_t v)
{
	if ((size_t)v < net->nactors)
		return net->dataset->actors[net->actor_index[v]].id;
	return net->dataset->projects[(size_t)v - net->nactors].id;
}

const char *sn_grouping_name(sn_grouping_t by)
{
	return by == SN_GROUP_BY_TYPE ? "type" : "county";
}

sn_error_t sn_grouping_parse(const char *name, sn_grouping_t *out)
{
	if (name && strcmp(name, "county") == 0)
		*out = SN_GROUP_BY_COUNTY;
	else if (name && strcmp(name, "type") == 0)
		*out = SN_GROUP_BY_TYPE;
	else
		return sn_error_set(SN_EINVAL, "unknown grouping '%s' (expected county or type)",
				    name ? name : "");
	return SN_OK;
}

igraph_integer_t sn_actor_group(const sn_dataset_t *ds, size_t a, sn_grouping_t by)
{
	size_t c;

	if (by == SN_GROUP_BY_TYPE)
		return (igraph_integer_t)ds->actors[a].type;
	c = sn_dataset_actor_county(ds, a);
	return c == SN_NO_PARENT ? SN_GROUP_NONE : (igraph_integer_t)c;
}

sn_error_t sn_network_actor_groups(igraph_vector_int_t *out, const sn_network_t *net,
				   sn_grouping_t by)
{
	if (!net || !net->built)
		return sn_error_set(SN_EINVAL, "groups: the network is not built");
	if (igraph_vector_int_resize(out, (igraph_integer_t)net->nactors))
		return sn_error_set(SN_ENOMEM, "groups: out of memory");
	for (size_t v = 0; v < net->nactors; v++)
		VECTOR(*out)[v] = sn_actor_group(net->dataset, net->actor_index[v], by);
	return SN_OK;
}

void sn_groups_pool_none(igraph_vector_int_t *groups)
{
	igraph_integer_t n = igraph_vector_int_size(groups), pool = 0;

	for (igraph_integer_t v = 0; v < n; v++)
		if (VECTOR(*groups)[v] >= pool)
			pool = VECTOR(*groups)[v] + 1;
	for (igraph_integer_t v = 0; v < n; v++)
		if (VECTOR(*groups)[v] == SN_GROUP_NONE)
			VECTOR(*groups)[v] = pool;
}

sn_error_t sn_network_new(sn_network_t **out, const sn_dataset_t *ds,
			  const sn_network_options_t *opts)
{
	sn_network_t *net = malloc(sizeof *net);
	sn_error_t err;

	*out = NULL;
	if (!net)
		return sn_error_set(SN_ENOMEM, "out of memory");
	sn_network_init(net);
	if ((err = sn_network_build(net, ds, opts)) != SN_OK) {
		sn_network_free(net);
		return err;
	}
	*out = net;
	return SN_OK;
}

void sn_network_free(sn_network_t *net)
{
	sn_network_destroy(net);
	free(net);
}

size_t sn_network_nactors(const sn_network_t *net)
{
	return net->nactors;
}

size_t sn_network_nprojects(const sn_network_t *net)
{
	return net->nprojects;
}

size_t sn_network_actor(const sn_network_t *net, size_t v)
{
	assert(v < net->nactors);
	return net->actor_index[v];
}
