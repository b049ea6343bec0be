/* The players' communication graphs (Myerson 1977) and blocs (Owen 1977). */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/communities.h"
#include "samnet/network.h"
#include "samnet/players.h"
#include "models/players_private.h"

/* Growing edge arrays. */
typedef struct {
	size_t *from, *to, m, cap;
} edges_t;

static void edges_destroy(edges_t *e)
{
	free(e->from);
	free(e->to);
}

static sn_error_t edges_add(edges_t *e, size_t i, size_t j)
{
	if (e->m == e->cap) {
		size_t c = e->cap ? 2 * e->cap : 64;
		size_t *f = realloc(e->from, c * sizeof *f);
		if (f)
			e->from = f;
		size_t *t = f ? realloc(e->to, c * sizeof *t) : NULL;
		if (!f || !t)
			return sn_error_set(SN_ENOMEM, "out of memory");
		e->to = t;
		e->cap = c;
	}
	e->from[e->m] = i;
	e->to[e->m++] = j;
	return SN_OK;
}

/*
 * Ties between players who share a project: the ties of the actor
 * projection (sn_projection_build()) between two players' vertices.
 */
static sn_error_t project_edges(edges_t *e, const sn_players_t *p, const sn_network_t *net,
				size_t max_ties)
{
	const sn_dataset_t *ds = net->dataset;
	size_t *player = malloc((ds->nactors ? ds->nactors : 1) * sizeof *player);
	sn_projection_t proj;
	sn_error_t err;

	if (!player)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t a = 0; a < ds->nactors; a++)
		player[a] = SN_NO_PARENT;
	for (size_t i = 0; i < p->n; i++)
		player[p->actor[i]] = i;
	sn_projection_init(&proj);
	const igraph_t *pg = NULL;
	err = sn_projection_build(&proj, net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, max_ties);
	if (!err)
		err = sn_projection_graph(&proj, &pg);
	for (igraph_integer_t t = 0; !err && t < igraph_ecount(pg); t++) {
		size_t i = player[net->actor_index[IGRAPH_FROM(pg, t) + (igraph_integer_t)proj.offset]];
		size_t j = player[net->actor_index[IGRAPH_TO(pg, t) + (igraph_integer_t)proj.offset]];
		if (i != SN_NO_PARENT && j != SN_NO_PARENT)
			err = edges_add(e, i, j);
	}
	sn_projection_destroy(&proj);
	free(player);
	return err;
}

sn_error_t sn_players_connect(sn_game_t *g, const sn_players_t *p, const sn_network_t *net,
			      size_t max_ties)
{
	edges_t e = { 0 };
	sn_error_t err;

	if (!p->actor)
		return sn_error_set(SN_EINVAL, "typed players share no projects; give their ties");
	err = project_edges(&e, p, net, max_ties);
	if (!err)
		err = sn_game_set_graph(g, e.from, e.to, e.m);
	edges_destroy(&e);
	return err;
}

/* Reads the tie "I-J" between 1-based players of n into *i, *j (0-based). */
static bool parse_tie(const char *tie, size_t n, size_t *i, size_t *j)
{
	char *end = NULL, *start;
	long a = strtol(tie, &end, 10), b;

	if (end == tie || *end != '-')
		return false;
	start = end + 1;
	b = strtol(start, &end, 10);
	if (end == start || *end != '\0' || a < 1 || b < 1 || (size_t)a > n || (size_t)b > n)
		return false;
	*i = (size_t)a - 1;
	*j = (size_t)b - 1;
	return true;
}

sn_error_t sn_game_parse_graph(sn_game_t *g, const char *ties)
{
	size_t n = sn_game_nplayers(g), i = 0, j = 0;
	edges_t e = { 0 };
	sn_error_t err = SN_OK;

	for (size_t k = 0, items = sn__list_count(ties); !err && k < items; k++) {
		char *tie = sn__list_item(ties, k);
		if (!tie)
			err = sn_error_set(SN_ENOMEM, "out of memory");
		else if (!parse_tie(tie, n, &i, &j))
			err = sn_error_set(SN_EINVAL, "graph: '%s' is not a tie I-J between players 1..%zu",
					   tie, n);
		else
			err = edges_add(&e, i, j);
		free(tie);
	}
	if (!err)
		err = sn_game_set_graph(g, e.from, e.to, e.m);
	edges_destroy(&e);
	return err;
}

/* Fresh bloc names, all NULL. */
static sn_error_t blocs_alloc(sn_players_t *p)
{
	for (size_t i = 0; p->bloc && i < p->n; i++)
		free(p->bloc[i]);
	free(p->bloc);
	p->bloc = calloc(p->n, sizeof *p->bloc);
	return p->bloc ? SN_OK : sn_error_set(SN_ENOMEM, "out of memory");
}

sn_error_t sn_players_blocs_parse(sn_players_t *p, sn_game_t *g, const char *labels)
{
	sn_error_t err;

	if (sn__list_count(labels) != p->n)
		return sn_error_set(SN_EINVAL, "blocs gives %zu labels for %zu players",
				    sn__list_count(labels), p->n);
	if ((err = blocs_alloc(p)))
		return err;
	for (size_t i = 0; i < p->n; i++)
		if (!(p->bloc[i] = sn__list_item(labels, i)))
			return sn_error_set(SN_ENOMEM, "out of memory");
	return sn_game_set_bloc_names(g, (const char *const *)p->bloc);
}

/* The first coalition of ds holding actor a, or SN_NO_PARENT; *more when a later one does too. */
static size_t first_coalition(const sn_dataset_t *ds, size_t a, bool *more)
{
	size_t first = SN_NO_PARENT;

	*more = false;
	for (size_t c = 0; c < ds->ncoalitions && !*more; c++)
		for (size_t k = 0; k < ds->coalitions[c].nactors; k++)
			if (ds->coalitions[c].actors[k] == a) {
				*more = first != SN_NO_PARENT;
				first = first == SN_NO_PARENT ? c : first;
				break;
			}
	return first;
}

sn_error_t sn_players_blocs_coalitions(sn_players_t *p, sn_game_t *g, const sn_dataset_t *ds,
				       size_t *overlaps_out)
{
	size_t overlaps = 0;
	sn_error_t err;

	if (!p->actor)
		return sn_error_set(SN_EINVAL, "typed players belong to no coalition; give their blocs");
	if ((err = blocs_alloc(p)))
		return err;
	for (size_t i = 0; i < p->n; i++) {
		bool more;
		size_t c = first_coalition(ds, p->actor[i], &more);
		overlaps += more;
		if (!(p->bloc[i] = strdup(c == SN_NO_PARENT ? "" : ds->coalitions[c].name)))
			return sn_error_set(SN_ENOMEM, "out of memory");
	}
	if (overlaps_out)
		*overlaps_out = overlaps;
	return sn_game_set_bloc_names(g, (const char *const *)p->bloc);
}

/* Bloc names "community N" from the membership of the projection's vertices. */
static sn_error_t community_names(sn_players_t *p, const sn_network_t *net,
				  const sn_projection_t *proj, const igraph_vector_int_t *memb)
{
	const sn_dataset_t *ds = net->dataset;
	size_t *vertex = malloc((ds->nactors + 1) * sizeof *vertex);
	size_t nv = (size_t)igraph_vector_int_size(memb);
	sn_error_t err = SN_OK;

	if (!vertex)
		return sn_error_set(SN_ENOMEM, "out of memory");
	for (size_t a = 0; a < ds->nactors; a++)
		vertex[a] = SN_NO_PARENT;
	for (size_t v = 0; v < nv; v++)
		vertex[net->actor_index[v + proj->offset]] = v;
	for (size_t i = 0; !err && i < p->n; i++) {
		size_t v = vertex[p->actor[i]];
		if (v == SN_NO_PARENT ? !(p->bloc[i] = strdup(""))
				      : asprintf(&p->bloc[i], "community %" PRId64,
						 sn_community_number(VECTOR(*memb)[v])) < 0) {
			p->bloc[i] = NULL;
			err = sn_error_set(SN_ENOMEM, "out of memory");
		}
	}
	free(vertex);
	return err;
}

sn_error_t sn_players_blocs_communities(sn_players_t *p, sn_game_t *g, const sn_network_t *net,
					const sn_projection_t *proj,
					const sn_communities_options_t *opts,
					sn_communities_summary_t *summary_out)
{
	sn_communities_summary_t summary;
	igraph_vector_int_t memb;
	sn_error_t err;

	if (!p->actor)
		return sn_error_set(SN_EINVAL, "typed players have no communities; give their blocs");
	if ((err = blocs_alloc(p)))
		return err;
	if (igraph_vector_int_init(&memb, 0))
		return sn_error_set(SN_ENOMEM, "out of memory");
	err = sn_communities_detect_projection(&memb, &summary, proj, opts);
	if (!err)
		err = community_names(p, net, proj, &memb);
	if (!err)
		err = sn_game_set_bloc_names(g, (const char *const *)p->bloc);
	if (!err && summary_out)
		*summary_out = summary;
	igraph_vector_int_destroy(&memb);
	return err;
}

sn_error_t sn_players_blocs(sn_players_t *p, sn_game_t *g, const char *spec,
			    const sn_network_t *net, const sn_projection_t *proj,
			    const sn_communities_options_t *opts,
			    sn_communities_summary_t *summary_out, size_t *overlaps_out)
{
	if (!p->actor)
		return sn_players_blocs_parse(p, g, spec);
	if (strcmp(spec, "coalitions") == 0)
		return sn_players_blocs_coalitions(p, g, net->dataset, overlaps_out);
	if (strcmp(spec, "communities") == 0)
		return sn_players_blocs_communities(p, g, net, proj, opts, summary_out);
	return sn_error_set(SN_EINVAL, "blocs takes 'coalitions' or 'communities' with a dataset, "
			    "not '%s'", spec);
}
