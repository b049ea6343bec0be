/* The network at a glance (sn_network_summarize) and the population it covers. */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/network.h"
#include "base/components.h"

static double ratio(double num, double den)
{
	return den > 0 ? num / den : NAN;
}

/* Components of the two-mode graph and the share of the actors in the one with most actors. */
static sn_error_t twomode_components(sn_network_summary_t *out, const sn_network_t *net)
{
	igraph_vector_int_t membership;
	igraph_integer_t n, *actors = NULL, best = 0;
	sn_error_t err;

	if (igraph_vector_int_init(&membership, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn__components(&net->graph, &membership, NULL, &n);
	if (err == SN_OK && !(actors = calloc((size_t)n + 1, sizeof *actors)))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	if (err == SN_OK) {
		for (size_t v = 0; v < net->nactors; v++)
			actors[VECTOR(membership)[v]]++;
		for (igraph_integer_t c = 0; c < n; c++)
			best = actors[c] > best ? actors[c] : best;
		out->components = n;
		out->largest_component_share = ratio((double)best, (double)net->nactors);
	}
	free(actors);
	igraph_vector_int_destroy(&membership);
	return err;
}

sn_error_t sn_network_summarize(sn_network_summary_t *out, const sn_network_t *net,
				const sn_projection_t *proj)
{
	const sn_dataset_t *ds;
	double na, np, m, ties, nv;

	if (!net || !net->built)
		return sn_error_set(SN_EINVAL, "summary: the network is not built");
	ds = net->dataset;
	memset(out, 0, sizeof *out);
	out->actors = net->nactors;
	out->actors_known = ds->nactors;
	out->projects = net->nprojects;
	out->memberships = ds->nmemberships;
	na = (double)net->nactors;
	np = (double)net->nprojects;
	m = (double)ds->nmemberships;
	out->twomode_density = ratio(m, na * np);
	out->mean_project_size = ratio(m, np);
	out->mean_projects_per_actor = ratio(m, na);
	for (size_t v = 0; v < net->nactors; v++)
		out->actors_by_type[ds->actors[net->actor_index[v]].type]++;
	for (size_t i = 0; i < ds->nmemberships; i++)
		out->memberships_by_type[ds->actors[ds->memberships[i].actor].type]++;
	out->projection_ties = proj && proj->built ? (size_t)sn_projection_ecount(proj) : 0;
	nv = proj && proj->built ? (double)sn_projection_vcount(proj) : 0;
	ties = (double)out->projection_ties;
	out->projection_density = nv > 1 ? 2 * ties / (nv * (nv - 1)) : NAN;
	return twomode_components(out, net);
}

sn_error_t sn_network_population(const sn_network_t *net, int year, int64_t *covered_out,
				 int64_t *national_out)
{
	const sn_territories_t *t = net->dataset->territories;
	int64_t covered = 0, national = 0;
	sn_error_t err = SN_OK;

	if (covered_out)
		err = sn_dataset_represented_population(net->dataset, net->actor_index, net->nactors,
							year, &covered);
	if (err == SN_OK && national_out)
		err = sn_territories_population(t, t->root, year, &national);
	if (err != SN_OK)
		return err;
	if (covered_out)
		*covered_out = covered;
	if (national_out)
		*national_out = national;
	return SN_OK;
}
