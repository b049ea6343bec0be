/*
 * Community detection: one entry point over igraph's algorithms, with
 * explicit seeding, canonical memberships, modularity and a resolution
 * sweep.  See include/samnet/communities.h.
 */
#include "config.h"

#include <assert.h>
#include <math.h>
#include <string.h>

#include <igraph.h>

#include "samnet/communities.h"
#include "analysis/communities_private.h"
#include "analysis/louvain_private.h"
#include "base/projection_private.h"
#include "base/rows.h"
#include "base/weights.h"
#include "base/seed_private.h"

static const char *const algorithm_names[SN_COMMUNITY_ALGORITHM_COUNT] = {
	"leiden", "louvain", "infomap", "walktrap", "labelprop", "fastgreedy"
};

const char *sn_community_algorithm_name(sn_community_algorithm_t a)
{
	if ((unsigned)a >= SN_COMMUNITY_ALGORITHM_COUNT)
		return "unknown";
	return algorithm_names[a];
}

sn_error_t sn_community_algorithm_parse(const char *name, sn_community_algorithm_t *out)
{
	for (unsigned i = 0; i < SN_COMMUNITY_ALGORITHM_COUNT; i++) {
		if (strcmp(name, algorithm_names[i]) == 0) {
			*out = (sn_community_algorithm_t)i;
			return SN_OK;
		}
	}
	return sn_error_set(SN_EINVAL, "unknown community algorithm '%s' (expected leiden, "
			    "louvain, infomap, walktrap, labelprop or fastgreedy)", name);
}

const char *sn_community_objective_name(sn_community_objective_t o)
{
	switch (o) {
	case SN_OBJECTIVE_MODULARITY: return "modularity";
	case SN_OBJECTIVE_CPM: return "cpm";
	}
	return "unknown";
}

sn_error_t sn_community_objective_parse(const char *name, sn_community_objective_t *out)
{
	if (strcmp(name, "modularity") == 0) {
		*out = SN_OBJECTIVE_MODULARITY;
		return SN_OK;
	}
	if (strcmp(name, "cpm") == 0) {
		*out = SN_OBJECTIVE_CPM;
		return SN_OK;
	}
	return sn_error_set(SN_EINVAL, "unknown objective '%s' (expected modularity or cpm)", name);
}

int64_t sn_community_number(igraph_integer_t index)
{
	return index < 0 ? 0 : (int64_t)index + 1;
}

igraph_integer_t sn_community_index(int64_t number)
{
	return number < 1 ? -1 : (igraph_integer_t)(number - 1);
}

void sn_communities_options_default(sn_communities_options_t *opts)
{
	const sn_communities_options_t def = SN_COMMUNITIES_OPTIONS_INIT;

	*opts = def;
}

uint64_t sn_communities_derived_seed(uint64_t seed, uint64_t k)
{
	uint64_t z = seed + (k + 1) * UINT64_C(0x9E3779B97F4A7C15);

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

sn_error_t sn__communities_check_graph(const igraph_t *g, const igraph_vector_t *weights)
{
	if (igraph_vcount(g) == 0)
		return sn_error_set(SN_EINVAL, "communities: the graph has no vertices");
	if (igraph_is_directed(g))
		return sn_error_set(SN_EINVAL, "communities: the graph must be undirected");
	return sn__graph_check_weights(g, weights, "communities");
}

sn_error_t sn__communities_check_membership(const igraph_t *g,
					    const igraph_vector_int_t *membership)
{
	igraph_integer_t n = igraph_vcount(g);

	if (igraph_vector_int_size(membership) != n)
		return sn_error_set(SN_EINVAL, "communities: membership has %" IGRAPH_PRId
				    " entries for %" IGRAPH_PRId " vertices",
				    igraph_vector_int_size(membership), n);
	for (igraph_integer_t v = 0; v < n; v++) {
		if (VECTOR(*membership)[v] < 0)
			return sn_error_set(SN_EINVAL, "communities: vertex %" IGRAPH_PRId
					    " has negative community %" IGRAPH_PRId, v,
					    VECTOR(*membership)[v]);
	}
	return SN_OK;
}

sn_error_t sn__communities_check_resolution(double resolution)
{
	if (!(isfinite(resolution) && resolution >= 0))
		return sn_error_set(SN_EINVAL, "communities: resolution %g must be finite "
				    "and >= 0", resolution);
	return SN_OK;
}

sn_error_t sn__communities_canonical(igraph_vector_int_t *m, igraph_integer_t *count)
{
	igraph_integer_t n = igraph_vector_int_size(m), max = -1, next = 0;
	igraph_vector_int_t map;

	for (igraph_integer_t v = 0; v < n; v++) {
		if (VECTOR(*m)[v] > max)
			max = VECTOR(*m)[v];
	}
	if (igraph_vector_int_init(&map, max + 1))
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	igraph_vector_int_fill(&map, -1);
	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_integer_t old = VECTOR(*m)[v];

		if (old < 0)
			continue;
		if (VECTOR(map)[old] < 0)
			VECTOR(map)[old] = next++;
		VECTOR(*m)[v] = VECTOR(map)[old];
	}
	igraph_vector_int_destroy(&map);
	if (count)
		*count = next;
	return SN_OK;
}

static sn_error_t check_options(const sn_communities_options_t *o)
{
	sn_error_t err;

	if ((unsigned)o->algorithm >= SN_COMMUNITY_ALGORITHM_COUNT)
		return sn_error_set(SN_EINVAL, "communities: unknown algorithm %d", (int)o->algorithm);
	if (o->objective != SN_OBJECTIVE_MODULARITY && o->objective != SN_OBJECTIVE_CPM)
		return sn_error_set(SN_EINVAL, "communities: unknown objective %d", (int)o->objective);
	if ((err = sn__communities_check_resolution(o->resolution)))
		return err;
	if (!(isfinite(o->beta) && o->beta > 0))
		return sn_error_set(SN_EINVAL, "communities: Leiden beta %g must be > 0", o->beta);
	if (o->walktrap_steps < 1)
		return sn_error_set(SN_EINVAL, "communities: walktrap steps %d must be >= 1",
				    o->walktrap_steps);
	if (o->infomap_trials < 1)
		return sn_error_set(SN_EINVAL, "communities: Infomap trials %d must be >= 1",
				    o->infomap_trials);
	if (o->max_iterations < 1)
		return sn_error_set(SN_EINVAL, "communities: max_iterations %d must be >= 1",
				    o->max_iterations);
	if (!(o->tolerance >= 0 && o->tolerance < 1))
		return sn_error_set(SN_EINVAL, "communities: tolerance %g must be in [0, 1)",
				    o->tolerance);
	return SN_OK;
}

/*
 * The graph a partition is sought on: an igraph graph with its weights, or
 * a projection.  Leiden, Louvain and the qualities read rows: the
 * projection's own, or a copy of the graph's without its self-loops
 * (loops[v]: twice their weight at v); igraph's algorithms read the graph,
 * the projection's built on demand (sn_projection_graph()).
 */
typedef struct {
	const igraph_t *g;
	const igraph_vector_t *weights;
	const sn_projection_t *p;
	igraph_integer_t n, m;
	const adj_rows_t *rows;
	adj_rows_t own;
	double *loops;
} input_t;

static void input_free(input_t *in)
{
	sn__adj_rows_free(&in->own);
	free(in->loops);
	in->loops = NULL;
	in->rows = NULL;
}

/* Moves the self-loops out of the rows of `r` into loops[v] (allocated when there are any). */
static bool drop_loops(adj_rows_t *r, igraph_integer_t n, double **loops)
{
	igraph_integer_t kept = 0, start = r->off[0];

	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_integer_t end = r->off[v + 1];

		r->off[v] = kept;
		for (igraph_integer_t k = start; k < end; k++) {
			if (r->adj[k] == v) {
				if (!*loops && !(*loops = calloc((size_t)n, sizeof **loops)))
					return false;
				(*loops)[v] += sn__adj_rows_weight(r, k);
				continue;
			}
			r->adj[kept] = r->adj[k];
			if (r->w)
				r->w[kept] = r->w[k];
			if (r->wf)
				r->wf[kept] = r->wf[k];
			kept++;
		}
		start = end;
	}
	r->off[n] = kept;
	return true;
}

/* The rows of `in`, copied out of its graph on the first call. */
static sn_error_t input_rows(input_t *in)
{
	if (in->rows)
		return SN_OK;
	if (in->p) {
		in->rows = sn__projection_rows(in->p);
		return SN_OK;
	}
	if (in->n > INT32_MAX)
		return sn_error_set(SN_ELIMIT, "communities: more than %d vertices", INT32_MAX);
	if (!sn__adj_rows_from_graph(&in->own, in->g, in->weights) ||
	    !drop_loops(&in->own, in->n, &in->loops)) {
		input_free(in);
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	}
	in->rows = &in->own;
	return SN_OK;
}

/* The igraph graph of `in` and its weights, the projection's built on the first call. */
static sn_error_t input_graph(input_t *in)
{
	sn_error_t err;

	if (in->g)
		return SN_OK;
	if ((err = sn_projection_weights(in->p, &in->weights)) != SN_OK)
		return err;
	return sn_projection_graph(in->p, &in->g);
}

/*
 * Calls fn(ctx, a, b, w) for each tie a-b of weight w, once: the graph's
 * edges in order (a its `from`) when `in` has the graph, else the rows'
 * ties in tie order, a the higher end, as igraph keeps a projection's.
 */
static void for_each_tie(const input_t *in, void (*fn)(void *, igraph_integer_t, igraph_integer_t,
						      double), void *ctx)
{
	if (in->g) {
		for (igraph_integer_t e = 0; e < in->m; e++)
			fn(ctx, IGRAPH_FROM(in->g, e), IGRAPH_TO(in->g, e),
			   sn__communities_weight(in->weights, e));
		return;
	}
	for (igraph_integer_t v = 0; v < in->n; v++)
		for (igraph_integer_t k = in->rows->off[v]; k < in->rows->off[v + 1]; k++)
			if (in->rows->adj[k] > v)
				fn(ctx, in->rows->adj[k], v, sn__adj_rows_weight(in->rows, k));
}

typedef struct {
	const igraph_integer_t *memb;
	double *e, *kout, *kin, m;   /* modularity: igraph_modularity()'s sums */
	double q;                    /* CPM: the weight inside communities */
} sums_t;

static void modularity_tie(void *ctx, igraph_integer_t a, igraph_integer_t b, double w)
{
	sums_t *s = ctx;
	igraph_integer_t c1 = s->memb[a], c2 = s->memb[b];

	if (c1 == c2)
		s->e[c1] += 2 * w;
	s->kout[c1] += w;
	s->kin[c2] += w;
	s->m += w;
}

static void cpm_tie(void *ctx, igraph_integer_t a, igraph_integer_t b, double w)
{
	sums_t *s = ctx;

	if (s->memb[a] == s->memb[b])
		s->q += w;
}

/*
 * Modularity at `resolution` (Newman & Girvan 2004; Reichardt & Bornholdt
 * 2006), Q = sum_c (e_c - gamma K_c^2 / 2m) / 2m, in the arithmetic of
 * igraph_modularity(), so that the values agree to the last bit; NaN without
 * ties.  k: the community count.
 */
static sn_error_t rows_modularity(double *out, const input_t *in,
				  const igraph_vector_int_t *memb, igraph_integer_t k,
				  double resolution)
{
	sums_t s = { VECTOR(*memb), calloc((size_t)k + 1, sizeof(double)),
		     calloc((size_t)k + 1, sizeof(double)), calloc((size_t)k + 1, sizeof(double)),
		     0, 0 };
	double q = 0;
	sn_error_t err = SN_OK;

	if (!s.e || !s.kout || !s.kin) {
		err = sn_error_set(SN_ENOMEM, "modularity: out of memory");
	} else {
		for_each_tie(in, modularity_tie, &s);
		for (igraph_integer_t c = 0; c < k; c++) {
			s.kout[c] += s.kin[c];
			s.kout[c] *= 1.0 / (2 * s.m);
			s.e[c] *= 1.0 / (2 * s.m);
		}
		for (igraph_integer_t c = 0; c < k; c++) {
			q += s.e[c];
			q -= resolution * s.kout[c] * s.kout[c];
		}
		*out = s.m > 0 ? q : NAN;
	}
	free(s.e);
	free(s.kout);
	free(s.kin);
	return err;
}

/* CPM quality sum_c (e_c - gamma n_c (n_c - 1) / 2), Traag et al. 2011. */
static sn_error_t cpm_quality(double *out, const input_t *in, const igraph_vector_int_t *memb,
			      igraph_integer_t k, double gamma)
{
	double *size = calloc((size_t)k + 1, sizeof *size);
	sums_t s = { VECTOR(*memb), NULL, NULL, NULL, 0, 0 };

	if (!size)
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	for (igraph_integer_t v = 0; v < in->n; v++)
		size[VECTOR(*memb)[v]] += 1;
	for_each_tie(in, cpm_tie, &s);
	for (igraph_integer_t c = 0; c < k; c++)
		s.q -= gamma * size[c] * (size[c] - 1) / 2;
	free(size);
	*out = s.q;
	return SN_OK;
}

/* The quality `o` optimises (Leiden, Louvain): CPM, or modularity at o's resolution. */
static sn_error_t optimised_quality(double *out, const input_t *in, const igraph_vector_int_t *memb,
				    igraph_integer_t k, const sn_communities_options_t *o)
{
	if (o->objective == SN_OBJECTIVE_CPM)
		return cpm_quality(out, in, memb, k, o->resolution);
	return rows_modularity(out, in, memb, k, o->resolution);
}

/*
 * Leiden iterations (analysis/louvain.c) until one leaves the partition
 * unchanged or gains at most o->tolerance of the quality, at most
 * o->max_iterations: the first from singletons, each later one from the
 * current partition, iteration i seeded with derived_seed(seed, i).
 */
static sn_error_t run_leiden(input_t *in, const sn_communities_options_t *o,
			     igraph_vector_int_t *memb, sn_communities_summary_t *s)
{
	sn__louvain_options_t lo = { o->resolution, SN__LEIDEN_VISITS, 0, true, o->beta, NULL };
	sn__louvain_graph_t *lg;
	igraph_vector_int_t prev;
	igraph_integer_t k;
	double quality, last = 0;
	sn_error_t err;
	bool done = false;

	if ((err = input_rows(in)) ||
	    (err = sn__louvain_graph_new(&lg, in->rows, in->n, in->loops, o->objective)))
		return err;
	if (igraph_vector_int_init_range(&prev, 0, in->n)) {
		sn__louvain_graph_free(lg);
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	}
	for (s->iterations = 0; s->iterations < o->max_iterations && !done; s->iterations++) {
		bool at_bound = false;

		lo.seed = sn_communities_derived_seed(o->seed, (uint64_t)s->iterations);
		lo.start = s->iterations > 0 ? &prev : NULL;
		if ((err = sn__louvain(memb, &k, &at_bound, lg, &lo)) ||
		    (err = optimised_quality(&quality, in, memb, k, o)))
			break;
		/* Both canonical: equal vectors if and only if equal partitions. */
		done = !at_bound && (igraph_vector_int_all_e(&prev, memb) ||
				     (s->iterations > 0 &&
				      quality - last <= o->tolerance * fabs(last)));
		last = quality;
		if (igraph_vector_int_update(&prev, memb)) {
			err = sn_error_set(SN_ENOMEM, "communities: out of memory");
			break;
		}
	}
	s->at_bound = !done;
	if (err == SN_OK)
		s->quality = last;
	igraph_vector_int_destroy(&prev);
	sn__louvain_graph_free(lg);
	return err;
}

/* Runs one of igraph's algorithms; Infomap's code length goes to `s`. */
static igraph_error_t run_algorithm(const igraph_t *g, const igraph_vector_t *weights,
				    const sn_communities_options_t *o,
				    igraph_vector_int_t *memb, sn_communities_summary_t *s)
{
	igraph_matrix_int_t merges;
	igraph_vector_t mod;
	igraph_real_t cl = NAN;
	igraph_error_t rc;

	switch (o->algorithm) {
	case SN_COMMUNITY_INFOMAP:
		rc = igraph_community_infomap(g, weights, NULL, o->infomap_trials, memb, &cl);
		s->quality = cl;
		return rc;
	case SN_COMMUNITY_LABELPROP:
		return igraph_community_label_propagation(g, memb, IGRAPH_ALL, weights, NULL, NULL);
	case SN_COMMUNITY_WALKTRAP:
	case SN_COMMUNITY_FASTGREEDY:
		break;
	default:
		return IGRAPH_EINVAL;
	}
	/* Ask for merges and modularity too: igraph 0.10 cuts at their maximum. */
	if ((rc = igraph_matrix_int_init(&merges, 0, 0)))
		return rc;
	if ((rc = igraph_vector_init(&mod, 0))) {
		igraph_matrix_int_destroy(&merges);
		return rc;
	}
	if (o->algorithm == SN_COMMUNITY_WALKTRAP)
		rc = igraph_community_walktrap(g, weights, o->walktrap_steps, &merges, &mod, memb);
	else
		rc = igraph_community_fastgreedy(g, weights, &merges, &mod, memb);
	igraph_vector_destroy(&mod);
	igraph_matrix_int_destroy(&merges);
	return rc;
}

static sn_error_t summarise(sn_communities_summary_t *s, input_t *in,
			    const igraph_vector_int_t *memb, const sn_communities_options_t *o)
{
	sn_error_t err;

	if (o->algorithm == SN_COMMUNITY_LEIDEN || o->algorithm == SN_COMMUNITY_LOUVAIN) {
		/* Leiden's loop has the quality of its last partition already; at
		   gamma 1 the modularity is that quality. */
		if (isnan(s->quality) &&
		    (err = optimised_quality(&s->quality, in, memb, s->communities, o)))
			return err;
		if (o->objective == SN_OBJECTIVE_MODULARITY && o->resolution == 1.0) {
			s->modularity = s->quality;
			return SN_OK;
		}
	}
	if ((err = rows_modularity(&s->modularity, in, memb, s->communities, 1.0)))
		return err;
	switch (o->algorithm) {
	case SN_COMMUNITY_LEIDEN:
	case SN_COMMUNITY_LOUVAIN:
		return SN_OK;
	case SN_COMMUNITY_INFOMAP:
		return SN_OK;   /* the code length, from run_algorithm() */
	default:
		s->quality = s->modularity;
		return SN_OK;
	}
}

/* sn_communities_detect() on `in`, checked. */
static sn_error_t detect(igraph_vector_int_t *membership_out, sn_communities_summary_t *summary_out,
			 input_t *in, const sn_communities_options_t *opts)
{
	sn_communities_summary_t s = { 0, NAN, NAN, 0, 0, false };
	igraph_integer_t n = in->n;
	sn_error_t err;

	if (in->m == 0) {
		/* No ties: every vertex is its own community; igraph's algorithms disagree here. */
		if (igraph_vector_int_resize(membership_out, n))
			return sn_error_set(SN_ENOMEM, "communities: out of memory");
		for (igraph_integer_t v = 0; v < n; v++)
			VECTOR(*membership_out)[v] = v;
	} else if (opts->algorithm == SN_COMMUNITY_LEIDEN) {
		if ((err = run_leiden(in, opts, membership_out, &s)))
			return err;
	} else if (opts->algorithm == SN_COMMUNITY_LOUVAIN) {
		if ((err = input_rows(in)) ||
		    (err = sn__louvain_once(membership_out, &s.at_bound, in->rows, n, in->loops,
					    opts)))
			return err;
	} else {
		/* The other algorithms draw from igraph's default generator: a private one, seeded. */
		sn__rng_scope_t rng;
		const char *name = sn_community_algorithm_name(opts->algorithm);
		if ((err = input_graph(in)) || (err = sn__rng_begin(&rng, opts->seed, name)))
			return err;
		err = sn_error_from_igraph(run_algorithm(in->g, in->weights, opts, membership_out, &s),
					   name);
		sn__rng_end(&rng);
		if (err)
			return err;
	}
	if ((err = sn__communities_canonical(membership_out, &s.communities)))
		return err;
	if (summary_out == NULL)
		return SN_OK;
	if (in->m == 0) {
		s.quality = NAN;
		*summary_out = s;
		return SN_OK;
	}
	if ((err = summarise(&s, in, membership_out, opts)))
		return err;
	*summary_out = s;
	return SN_OK;
}

/* The input of graph `g` with `weights`. */
static input_t graph_input(const igraph_t *g, const igraph_vector_t *weights)
{
	input_t in = { g, weights, NULL, igraph_vcount(g), igraph_ecount(g), NULL,
		       { NULL, NULL, NULL, NULL }, NULL };
	return in;
}

sn_error_t sn_communities_detect(igraph_vector_int_t *membership_out,
				 sn_communities_summary_t *summary_out, const igraph_t *g,
				 const igraph_vector_t *weights,
				 const sn_communities_options_t *opts)
{
	sn_communities_options_t def;
	input_t in = graph_input(g, weights);
	sn_error_t err;

	if (opts == NULL) {
		sn_communities_options_default(&def);
		opts = &def;
	}
	if ((err = check_options(opts)) || (err = sn__communities_check_graph(g, weights)))
		return err;
	err = detect(membership_out, summary_out, &in, opts);
	input_free(&in);
	return err;
}

sn_error_t sn_communities_detect_projection(igraph_vector_int_t *membership_out,
					    sn_communities_summary_t *summary_out,
					    const sn_projection_t *p,
					    const sn_communities_options_t *opts)
{
	sn_communities_options_t def;
	input_t in = { NULL, NULL, p, sn_projection_vcount(p), sn_projection_ecount(p), NULL,
		       { NULL, NULL, NULL, NULL }, NULL };
	sn_error_t err;

	if (opts == NULL) {
		sn_communities_options_default(&def);
		opts = &def;
	}
	if (!p->built)
		return sn_error_set(SN_EINVAL, "communities: the projection is not built");
	if ((err = check_options(opts)))
		return err;
	if (in.n == 0)
		return sn_error_set(SN_EINVAL, "communities: the graph has no vertices");
	err = detect(membership_out, summary_out, &in, opts);
	input_free(&in);
	return err;
}

sn_error_t sn_communities_modularity(double *out, const igraph_t *g,
				     const igraph_vector_t *weights,
				     const igraph_vector_int_t *membership, double resolution)
{
	input_t in = graph_input(g, weights);
	igraph_integer_t k = 0;
	sn_error_t err;

	if ((err = sn__communities_check_graph(g, weights)) ||
	    (err = sn__communities_check_membership(g, membership)) ||
	    (err = sn__communities_check_resolution(resolution)))
		return err;
	if (igraph_ecount(g) == 0) {
		*out = NAN;
		return SN_OK;
	}
	for (igraph_integer_t v = 0; v < in.n; v++)
		k = VECTOR(*membership)[v] >= k ? VECTOR(*membership)[v] + 1 : k;
	err = rows_modularity(out, &in, membership, k, resolution);
	input_free(&in);
	return err;
}

sn_error_t sn_communities_sweep(igraph_vector_int_t *count_out, igraph_vector_t *modularity_out,
				igraph_vector_t *quality_out, igraph_vector_bool_t *at_bound_out,
				const igraph_t *g,
				const igraph_vector_t *weights,
				const sn_communities_options_t *opts,
				const igraph_vector_t *resolutions)
{
	igraph_integer_t k = igraph_vector_size(resolutions);
	sn_communities_options_t o;
	igraph_vector_int_t memb;
	sn_error_t err = SN_OK;

	if (k == 0)
		return sn_error_set(SN_EINVAL, "communities: the resolution list is empty");
	if (opts)
		o = *opts;
	else
		sn_communities_options_default(&o);
	if ((count_out && igraph_vector_int_resize(count_out, k)) ||
	    (modularity_out && igraph_vector_resize(modularity_out, k)) ||
	    (quality_out && igraph_vector_resize(quality_out, k)) ||
	    (at_bound_out && igraph_vector_bool_resize(at_bound_out, k)))
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	if (igraph_vector_int_init(&memb, 0))
		return sn_error_set(SN_ENOMEM, "communities: out of memory");
	for (igraph_integer_t i = 0; i < k; i++) {
		sn_communities_summary_t s;

		o.resolution = VECTOR(*resolutions)[i];
		if ((err = sn_communities_detect(&memb, &s, g, weights, &o)))
			goto done;
		if (count_out)
			VECTOR(*count_out)[i] = s.communities;
		if (modularity_out)
			VECTOR(*modularity_out)[i] = s.modularity;
		if (quality_out)
			VECTOR(*quality_out)[i] = s.quality;
		if (at_bound_out)
			VECTOR(*at_bound_out)[i] = s.at_bound;
	}
done:
	igraph_vector_int_destroy(&memb);
	return err;
}
