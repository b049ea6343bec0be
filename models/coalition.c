/* Coalition profiles: population share against network position. */
#include "config.h"

#include <math.h>
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

/* Ties inside, ties out, distinct outside partners, and the members' strength share. */
static sn_error_t count_ties(sn_coalition_profile_t *out, const sn_projection_t *proj,
			     const bool *member, size_t nvertices)
{
	bool *partner = calloc(nvertices ? nvertices : 1, sizeof *partner);
	double inside = 0, total = 0;

	if (!partner)
		return sn_error_set(SN_ENOMEM, "out of memory profiling a coalition");
	for (igraph_integer_t e = 0; e < igraph_ecount(&proj->graph); e++) {
		igraph_integer_t a = IGRAPH_FROM(&proj->graph, e), b = IGRAPH_TO(&proj->graph, e);
		double w = VECTOR(proj->weight)[e];
		total += 2 * w;
		inside += (member[a] ? w : 0) + (member[b] ? w : 0);
		if (member[a] && member[b]) {
			out->internal_ties++;
		} else if (member[a] || member[b]) {
			out->external_ties++;
			igraph_integer_t other = member[a] ? b : a;
			out->external_partners += !partner[other];
			partner[other] = true;
		}
	}
	out->strength_share = total > 0 ? inside / total : NAN;
	free(partner);
	return SN_OK;
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
	size_t nv = (size_t)igraph_vcount(&proj->graph);
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
	if ((err = sn_dataset_represented_population(ds, actors, n, year, &out->population)) ||
	    (err = sn_territories_population(ds->territories, ds->territories->root, year,
					     &out->national)))
		goto done;
	out->population_share = out->national > 0 ? (double)out->population / (double)out->national : NAN;
	if ((err = sn_centrality_pagerank(&out->pagerank, &proj->graph, &proj->weight, false)))
		goto done;
	for (size_t v = 0; v < nv; v++)
		out->pagerank_share += member_vertex[v] ? VECTOR(out->pagerank)[v] : 0;
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
