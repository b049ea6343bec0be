/*
 * One actor's profile (samnet/profile.h): the pieces come from the modules
 * that own them (dataset, projection, measure registry, ensemble,
 * brokerage, power); this file gathers them for one actor.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/communities.h"
#include "samnet/power.h"
#include "samnet/profile.h"

void sn_actor_profile_init(sn_actor_profile_t *p)
{
	memset(p, 0, sizeof *p);
	p->community = SIZE_MAX;
	p->stability = NAN;
	for (size_t r = 0; r < SN_BROKER_ROLE_COUNT; r++)
		p->broker_raw[r] = p->broker_z[r] = NAN;
	for (size_t m = 0; m < SN_MEASURE_COUNT; m++)
		p->measures[m] = (sn_profile_measure_t){ NAN, 0, NAN };
}

void sn_actor_profile_destroy(sn_actor_profile_t *p)
{
	if (!p)
		return;
	free(p->coalitions);
	free(p->projects);
	free(p->partners);
	free(p->community_members);
	free(p->power);
	sn_actor_profile_init(p);
}

static sn_error_t nomem(void)
{
	return sn_error_set(SN_ENOMEM, "out of memory");
}

/* A project attribute cell by column name, "" when the column is absent. */
static const char *project_attr(const sn_dataset_t *ds, size_t project, const char *col)
{
	long c = sn_attrs_find(&ds->project_attrs, col);

	return c < 0 ? "" : sn_attrs_get(&ds->project_attrs, project, (size_t)c);
}

static sn_error_t find_coalitions(sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	if (!(p->coalitions = malloc((ds->ncoalitions + 1) * sizeof *p->coalitions)))
		return nomem();
	for (size_t c = 0; c < ds->ncoalitions; c++)
		for (size_t k = 0; k < ds->coalitions[c].nactors; k++)
			if (ds->coalitions[c].actors[k] == p->actor)
				p->coalitions[p->ncoalitions++] = c;
	return SN_OK;
}

static int by_shared_then_id(const void *a, const void *b, void *arg)
{
	const sn_profile_partner_t *x = a, *y = b;
	const sn_dataset_t *ds = arg;

	if (x->shared != y->shared)
		return x->shared > y->shared ? -1 : 1;
	return strcmp(ds->actors[x->actor].id, ds->actors[y->actor].id);
}

/* Projects (memberships are sorted by project, then actor) and partners with shared counts. */
static sn_error_t find_projects_and_partners(sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	size_t *shared = calloc(ds->nactors ? ds->nactors : 1, sizeof *shared);
	const sn_membership_t *ms = ds->memberships;
	sn_error_t err = SN_OK;

	p->projects = malloc((ds->nprojects + 1) * sizeof *p->projects);
	if (!shared || !p->projects) {
		free(shared);
		return nomem();
	}
	for (size_t lo = 0, hi; lo < ds->nmemberships; lo = hi) {
		size_t mine = SIZE_MAX;
		for (hi = lo; hi < ds->nmemberships && ms[hi].project == ms[lo].project; hi++)
			if (ms[hi].actor == p->actor)
				mine = hi;
		if (mine == SIZE_MAX)
			continue;
		size_t pr = ms[lo].project;
		p->projects[p->nprojects++] = (sn_profile_project_t){
			pr, ms[mine].roles, hi - lo, project_attr(ds, pr, "theme"),
			project_attr(ds, pr, "start"), project_attr(ds, pr, "end") };
		for (size_t k = lo; k < hi; k++)
			if (ms[k].actor != p->actor && shared[ms[k].actor]++ == 0)
				p->npartners++;
	}
	if (!(p->partners = malloc((p->npartners + 1) * sizeof *p->partners)))
		err = nomem();
	for (size_t a = 0, k = 0; err == SN_OK && a < ds->nactors; a++)
		if (shared[a])
			p->partners[k++] = (sn_profile_partner_t){ a, shared[a] };
	if (err == SN_OK)
		qsort_r(p->partners, p->npartners, sizeof *p->partners, by_shared_then_id, (void *)ds);
	free(shared);
	return err;
}

/* Rank and percentile of vertex v's value among all of `values` (NaN values not ranked). */
static sn_profile_measure_t rank_of(const igraph_vector_t *values, igraph_integer_t v,
				    bool lower_is_better)
{
	sn_profile_measure_t r = { VECTOR(*values)[v], 0, NAN };
	size_t better = 0, worse = 0, ranked = 0;

	if (isnan(r.value))
		return r;
	for (igraph_integer_t u = 0; u < igraph_vector_size(values); u++) {
		double x = VECTOR(*values)[u];
		if (isnan(x))
			continue;
		ranked++;
		better += lower_is_better ? x < r.value : x > r.value;
		worse += lower_is_better ? x > r.value : x < r.value;
	}
	r.rank = better + 1;
	r.percentile = ranked > 1 ? 100.0 * (double)worse / (double)(ranked - 1) : 100.0;
	return r;
}

static sn_error_t measure_all(sn_actor_profile_t *p, const sn_projection_t *proj,
			      igraph_integer_t v)
{
	igraph_vector_t values;
	sn_error_t err = SN_OK;

	if (igraph_vector_init(&values, 0))
		return nomem();
	p->ranked = (size_t)sn_projection_vcount(proj);
	for (sn_measure_t m = 0; m < SN_MEASURE_COUNT && err == SN_OK; m++) {
		err = sn_centrality_compute_projection(&values, proj, m, true, NULL);
		if (err == SN_OK)
			p->measures[m] = rank_of(&values, v, m == SN_MEASURE_CONSTRAINT);
	}
	igraph_vector_destroy(&values);
	return err;
}

static sn_error_t find_community(sn_actor_profile_t *p, const sn_network_t *net,
				 const sn_projection_t *proj, igraph_integer_t v,
				 const sn_actor_profile_options_t *o)
{
	sn_communities_options_t co;
	sn_ensemble_options_t eo = SN_ENSEMBLE_OPTIONS_INIT;
	sn_ensemble_t ens;
	const igraph_t *pg;
	sn_error_t err;

	const igraph_vector_t *w;
	if ((err = sn_projection_graph(proj, &pg)) || (err = sn_projection_weights(proj, &w)))
		return err;
	sn_communities_options_default(&co);
	co.seed = o->seed;
	eo.runs = o->runs;
	sn_ensemble_init(&ens);
	if ((err = sn_ensemble_run(&ens, pg, w, &co, &eo)) != SN_OK)
		goto done;
	igraph_integer_t mine = VECTOR(ens.consensus)[v], n = igraph_vector_int_size(&ens.consensus);
	p->community = (size_t)mine;
	p->communities = (size_t)ens.communities;
	p->stability = VECTOR(ens.stability)[v];
	p->runs = ens.runs;
	if (!(p->community_members = malloc((size_t)n * sizeof *p->community_members))) {
		err = nomem();
		goto done;
	}
	for (igraph_integer_t u = 0; u < n; u++)
		if (u != v && VECTOR(ens.consensus)[u] == mine)
			p->community_members[p->ncommunity_members++] = net->actor_index[u];
done:
	sn_ensemble_destroy(&ens);
	return err;
}

static sn_error_t find_brokerage(sn_actor_profile_t *p, const sn_network_t *net,
				 const sn_projection_t *proj, igraph_integer_t v)
{
	const sn_dataset_t *ds = net->dataset;
	igraph_vector_int_t groups;
	sn_brokerage_t b;
	const igraph_t *pg;
	sn_error_t err;

	if ((err = sn_projection_graph(proj, &pg)))
		return err;
	if (igraph_vector_int_init(&groups, (igraph_integer_t)net->nactors))
		return nomem();
	/* Actors without a county share one group after the counties. */
	for (size_t u = 0; u < net->nactors; u++) {
		size_t c = sn_dataset_actor_county(ds, net->actor_index[u]);
		VECTOR(groups)[u] = (igraph_integer_t)(c == SN_NO_PARENT ? ds->territories->count : c);
	}
	sn_brokerage_init(&b);
	err = sn_brokerage_compute(&b, pg, &groups);
	for (size_t r = 0; err == SN_OK && r < SN_BROKER_ROLE_COUNT; r++) {
		p->broker_raw[r] = SN_BROKERAGE_AT(b.raw, v, r);
		p->broker_z[r] = SN_BROKERAGE_AT(b.z, v, r);
	}
	sn_brokerage_destroy(&b);
	igraph_vector_int_destroy(&groups);
	return err;
}

/* Power of the actor in coalition c: members weighted by represented population, quota >50 %. */
static sn_error_t coalition_power(sn_profile_power_t *out, const sn_dataset_t *ds, size_t c,
				  size_t actor, int year)
{
	const sn_coalition_t *coal = &ds->coalitions[c];
	int64_t *w = malloc((coal->nactors + 1) * sizeof *w), total = 0, quota;
	sn_power_options_t po = SN_POWER_OPTIONS_INIT;
	sn_power_result_t r;
	sn_game_t *g = NULL;
	size_t me = 0;
	sn_error_t err = SN_OK;

	*out = (sn_profile_power_t){ c, coal->nactors, NAN, NAN, NAN };
	if (!w)
		return nomem();
	for (size_t k = 0; k < coal->nactors && err == SN_OK; k++) {
		err = sn_dataset_represented_population(ds, &coal->actors[k], 1, year, &w[k]);
		me = coal->actors[k] == actor ? k : me;
		total += err == SN_OK ? w[k] : 0;
	}
	sn_power_result_init(&r);
	if (err != SN_OK || total == 0)
		goto done;
	out->weight_share = (double)w[me] / (double)total;
	po.indices = SN_POWER_BANZHAF | SN_POWER_SHAPLEY;
	if ((err = sn_quota_parse(&quota, ">50%", total)) == SN_OK &&
	    (err = sn_game_new_weighted(&g, w, coal->nactors, quota)) == SN_OK &&
	    (err = sn_power_compute(&r, g, &po)) == SN_OK) {
		out->banzhaf = r.banzhaf[me];
		out->shapley = r.shapley[me];
	}
done:
	sn_power_result_destroy(&r);
	sn_game_free(g);
	free(w);
	return err;
}

static sn_error_t find_power(sn_actor_profile_t *p, const sn_dataset_t *ds)
{
	sn_error_t err = SN_OK;

	if (!(p->power = malloc((p->ncoalitions + 1) * sizeof *p->power)))
		return nomem();
	for (size_t k = 0; k < p->ncoalitions && err == SN_OK; k++, p->npower++)
		err = coalition_power(&p->power[k], ds, p->coalitions[k], p->actor, p->year);
	return err;
}

/* The parts that need the actor projection: measures, community, brokerage. */
static sn_error_t network_parts(sn_actor_profile_t *p, const sn_network_t *net,
				const sn_actor_profile_options_t *o)
{
	igraph_integer_t v = sn_network_actor_vertex(net, p->actor);
	sn_projection_t proj;
	sn_error_t err;

	p->in_network = v >= 0;
	if (!p->in_network)
		return SN_OK;
	sn_projection_init(&proj);
	err = sn_projection_build(&proj, net, SN_MODE_ACTORS, o->weighting, o->max_ties);
	/* The projection keeps the two-mode actor vertices: vertex v is actor v. */
	if (err == SN_OK)
		err = measure_all(p, &proj, v);
	if (err == SN_OK)
		err = find_community(p, net, &proj, v, o);
	if (err == SN_OK)
		err = find_brokerage(p, net, &proj, v);
	sn_projection_destroy(&proj);
	return err;
}

sn_error_t sn_actor_profile_build(sn_actor_profile_t *out, const sn_network_t *net, size_t actor,
				  const sn_actor_profile_options_t *opts)
{
	sn_actor_profile_options_t o = SN_ACTOR_PROFILE_OPTIONS_INIT;
	const sn_dataset_t *ds = net->dataset;
	sn_error_t err;

	if (opts)
		o = *opts;
	sn_actor_profile_destroy(out);
	if (actor >= ds->nactors)
		return sn_error_set(SN_EINVAL, "actor index %zu out of range (%zu actors)", actor,
				    ds->nactors);
	if (o.runs == 0)
		return sn_error_set(SN_EINVAL, "an actor profile needs at least one ensemble run");
	out->actor = actor;
	out->year = o.year ? o.year : sn_territories_latest_year(ds->territories);
	err = sn_dataset_represented_population(ds, &actor, 1, out->year, &out->population);
	if (err == SN_OK)
		err = find_coalitions(out, ds);
	if (err == SN_OK)
		err = find_projects_and_partners(out, ds);
	if (err == SN_OK)
		err = network_parts(out, net, &o);
	if (err == SN_OK)
		err = find_power(out, ds);
	if (err != SN_OK)
		sn_actor_profile_destroy(out);
	return err;
}
