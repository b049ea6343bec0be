/*
 * samnet/network.h: the two-mode collaboration network and its projections.
 *
 * The two-mode graph is an undirected igraph graph with the actors first
 * (vertices 0 .. nactors-1) and the projects after them (vertices nactors ..
 * nactors+nprojects-1), one edge per membership.  By default, territorial
 * actors (regions, kommuner, länsstyrelser) that take part in no project are
 * left out, so that the 290 kommuner known to the bundled dataset do not
 * flood analyses with isolates; other actors are always kept.
 *
 * Lifetime: caller-held structs, sn_network_init()/sn_network_destroy() and
 * sn_projection_init()/sn_projection_destroy(); destroy is safe after init
 * and after any failure.  A binding that cannot hold the structs (they embed
 * igraph types) uses the handles of samnet/handles.h instead
 * (sn_network_new()/sn_network_free(), sn_projection_new()/sn_projection_free()).
 */
#ifndef SAMNET_NETWORK_H
#define SAMNET_NETWORK_H

#include <stdbool.h>
#include <stddef.h>

#include "samnet/progress.h"

#include <igraph.h>

#include "samnet/dataset.h"
#include "samnet/error.h"
#include "samnet/handles.h"

#ifdef __cplusplus
extern "C" {
#endif

/* sn_network_t (samnet/handles.h) */
struct sn_network {
	const sn_dataset_t *dataset;   /* borrowed; must outlive the network */
	igraph_t graph;                /* two-mode graph */
	igraph_vector_bool_t types;    /* [vertices] false: actor, true: project */
	size_t nactors;                /* actor vertices */
	size_t nprojects;              /* project vertices */
	size_t *actor_index;           /* [nactors] vertex -> index into dataset->actors */
	size_t *membership_of_edge;    /* [edges] edge -> index into dataset->memberships */
	bool built;
	sn_progress_t progress;        /* reports of the long steps on this network and its
					  projections (samnet/progress.h); set after
					  sn_network_build(); zeroed: none */
};

void sn_network_init(sn_network_t *net);
void sn_network_destroy(sn_network_t *net);

/*
 * Builds the two-mode graph of `ds` (borrowed).  `opts` may be NULL.
 * Returns SN_OK or SN_ENOMEM.  O(actors + projects + memberships).
 */
sn_error_t sn_network_build(sn_network_t *net, const sn_dataset_t *ds,
			    const sn_network_options_t *opts);

/* Vertex of dataset actor `a`, or -1 when that actor was left out.  O(log n). */
igraph_integer_t sn_network_actor_vertex(const sn_network_t *net, size_t a);

/* Display name and id of two-mode vertex `v` (borrowed). */
const char *sn_network_vertex_name(const sn_network_t *net, igraph_integer_t v);
const char *sn_network_vertex_id(const sn_network_t *net, igraph_integer_t v);

/*
 * Groups of actors, for mixing (structure.h), brokerage, significance and
 * partition comparisons: the actor's type (sn_actor_type_t) or its county
 * (the index of its depth-1 territory, sn_dataset_actor_county()).  An
 * actor without a county (an agency of the whole country, or no territory)
 * gets SN_GROUP_NONE, the one "no group" marker of the library; group
 * measures leave such actors out.
 */
typedef enum { SN_GROUP_BY_TYPE, SN_GROUP_BY_COUNTY } sn_grouping_t;
#define SN_GROUP_NONE ((igraph_integer_t)-1)

/* "type", "county" and the reverse; parse returns SN_EINVAL with a message. */
const char *sn_grouping_name(sn_grouping_t by);
sn_error_t sn_grouping_parse(const char *name, sn_grouping_t *out);

/* Group id (>= 0) of dataset actor `a` under `by`, or SN_GROUP_NONE.  O(territory depth). */
igraph_integer_t sn_actor_group(const sn_dataset_t *ds, size_t a, sn_grouping_t by);

/*
 * One group id per actor vertex of `net` (vertex v: actor
 * net->actor_index[v], which is also vertex v of the actor projection) into
 * `out`, initialised by the caller and resized to net->nactors.
 * Errors: SN_EINVAL when the network is not built; SN_ENOMEM.  O(actors).
 */
sn_error_t sn_network_actor_groups(igraph_vector_int_t *out, const sn_network_t *net,
				   sn_grouping_t by);

/*
 * Pools the vertices marked SN_GROUP_NONE into one group of their own, id
 * max + 1, for measures that need every vertex in a group (Gould–Fernandez
 * brokerage: "no county" is then a county of its own).  O(n).
 */
void sn_groups_pool_none(igraph_vector_int_t *groups);

/* sn_projection_t (samnet/handles.h) */
struct sn__adj_rows;
struct sn_projection {
	sn_mode_t mode;
	sn_weighting_t weighting;
	size_t offset;             /* projected vertex v is two-mode vertex v + offset */
	bool built;
	/* Private: */
	igraph_integer_t vcount, ecount;
	struct sn__adj_rows *rows; /* the ties and their weights, in compressed rows (base/rows.h) */
	igraph_vector_t shared;    /* [ties] shared counts, under weightings other than count */
	igraph_vector_t *lazy_weight;  /* sn_projection_weights()'s, once asked for */
	igraph_t *lazy_graph;      /* sn_projection_graph()'s, once asked for */
};

void sn_projection_init(sn_projection_t *p);
void sn_projection_destroy(sn_projection_t *p);

/*
 * One-mode projection of the two-mode network onto actors or projects with
 * the given weighting.  Two vertices are tied when they share at least one
 * neighbour.  Built from sorted adjacency lists: O(sum over projects of
 * n_p^2) time for the actor projection, without scanning all actor pairs.
 * Returns SN_OK, SN_ENOMEM, or SN_ELIMIT when the projection would exceed
 * `max_ties` ties (0: no limit); the message names the largest project.
 */
sn_error_t sn_projection_build(sn_projection_t *out, const sn_network_t *net, sn_mode_t mode,
			       sn_weighting_t weighting, size_t max_ties);

/*
 * SN_OK when the projection onto `mode` has at most `max_ties` ties (0: no
 * limit), else SN_ELIMIT with the message sn_projection_build gives, for
 * callers that project by other means.  Without building it: O(projects)
 * when the bound sum n_p(n_p-1)/2 fits, else the exact count.
 */
sn_error_t sn_projection_check_limit(const sn_network_t *net, sn_mode_t mode, size_t max_ties);

/*
 * The projection's vertices and ties (0 when it is not built).  Tie e
 * (e < ecount, the index of the weights and shared counts below) joins
 * vertices i < j; the ties are ordered by i, then j.  O(1).
 */
igraph_integer_t sn_projection_vcount(const sn_projection_t *p);
igraph_integer_t sn_projection_ecount(const sn_projection_t *p);

/*
 * The tie weights [ties] of the weighting, all > 0 (sn_projection_weights()),
 * and the numbers of shared projects (or actors) [ties], which under
 * SN_WEIGHT_COUNT are the weights themselves (sn_projection_shared()):
 * borrowed, read only, until sn_projection_destroy().  The projection keeps
 * its weights in its rows; the vector of the weights is built on the first
 * call of either, O(m), and kept (at 5.5 million ties, 44 MB that the
 * pipeline's measures never ask for).  That first call writes to the
 * projection: it must not race with another call on the same projection.
 * SN_EINVAL when the projection is not built, SN_ENOMEM.
 */
sn_error_t sn_projection_weights(const sn_projection_t *p, const igraph_vector_t **weights_out);
sn_error_t sn_projection_shared(const sn_projection_t *p, const igraph_vector_t **shared_out);

/*
 * The projection as an undirected, simple igraph graph, its edge e being
 * tie e, for the measures that run on igraph.  A projection stores its ties
 * in compressed rows, 8 to 12 bytes a tie-end instead of igraph's 32 bytes a
 * tie and index, which the pipeline's measures (degree, strength, PageRank,
 * eigenvector, coreness, Louvain and Leiden, modularity, the exports) read
 * directly; the graph is built on the first call, O(n + m), and kept until
 * sn_projection_destroy().  That first call writes to the projection: it
 * must not race with another call on the same projection.  Sets *graph_out
 * (borrowed) and returns SN_OK; SN_EINVAL when the projection is not built,
 * SN_ENOMEM.
 */
sn_error_t sn_projection_graph(const sn_projection_t *p, const igraph_t **graph_out);

/* A max_ties of about 4 GB of projection: the default of samnet's --max-ties and of the *_doc calls. */
#define SN_PROJECTION_DEFAULT_MAX_TIES ((size_t)50000000)

/*
 * Number of ties the actor (or project) projection would have, counted
 * exactly without building it (O(sum n_p^2) time, O(n) memory), and an
 * upper bound sum n_p(n_p-1)/2 computed in O(projects) into *bound_out.
 * Either output may be NULL.
 */
sn_error_t sn_projection_estimate(const sn_network_t *net, sn_mode_t mode,
				  size_t *ties_out, size_t *bound_out);

/* The network at a glance; see sn_network_summarize(). */
typedef struct {
	size_t actors;                  /* actors in the network (net->nactors) */
	size_t actors_known;            /* actors in the dataset */
	size_t projects;
	size_t memberships;             /* of the dataset */
	double twomode_density;         /* memberships / (actors x projects); NaN when either is 0 */
	double mean_project_size;       /* memberships / projects; NaN without projects */
	double mean_projects_per_actor; /* memberships / actors; NaN without actors */
	igraph_integer_t components;    /* connected components of the two-mode graph */
	double largest_component_share; /* share of the actors in the component with most actors; NaN without actors */
	size_t projection_ties;         /* ties of the projection given, 0 without one */
	double projection_density;      /* ties / (n (n-1) / 2) over its n vertices; NaN when n < 2 */
	size_t actors_by_type[SN_ACTOR_TYPE_COUNT];       /* actors in the network by type */
	size_t memberships_by_type[SN_ACTOR_TYPE_COUNT];  /* memberships of the dataset by actor type */
} sn_network_summary_t;

/*
 * The counts, densities and components of the built network `net` and of
 * its projection `proj` (may be NULL), as `samnet summary` and the HTML
 * report show them.  Components are those of the two-mode graph (an actor
 * and the projects it takes part in are connected), isolates included;
 * their sizes count actors, not projects.
 * Errors: SN_EINVAL when the network is not built; SN_ENOMEM.
 * O(actors + projects + memberships).
 */
sn_error_t sn_network_summarize(sn_network_summary_t *out, const sn_network_t *net,
				const sn_projection_t *proj);

/*
 * The population the network's actors represent in `year` (the union of
 * their territories, sn_dataset_represented_population) into *covered_out
 * and the root territory's into *national_out; either may be NULL.
 * Errors as sn_dataset_represented_population() and
 * sn_territories_population(): SN_EDATA when a figure for `year` is
 * missing, SN_ELIMIT on overflow, SN_ENOMEM.  O(actors log actors + territories).
 */
sn_error_t sn_network_population(const sn_network_t *net, int year, int64_t *covered_out,
				 int64_t *national_out);

#ifdef __cplusplus
}
#endif
#endif
