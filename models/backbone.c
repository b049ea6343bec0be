/*
 * Backbones of the actor projection: the disparity filter (Serrano et al.
 * 2009) and the two-mode null-model backbones SDSM and FDSM (Neal 2014).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/backbone.h"
#include "base/weights.h"
#include "samnet/rng_gsl.h"

static const char *const method_names[] = { "disparity", "sdsm", "fdsm" };

const char *sn_backbone_method_name(sn_backbone_method_t m)
{
	return (unsigned)m < 3 ? method_names[m] : "?";
}

sn_error_t sn_backbone_method_parse(const char *name, sn_backbone_method_t *out)
{
	for (unsigned k = 0; name != NULL && k < 3; k++) {
		if (strcmp(name, method_names[k]) == 0) {
			*out = (sn_backbone_method_t)k;
			return SN_OK;
		}
	}
	return sn_error_set(SN_EINVAL, "unknown backbone method '%s' (disparity, sdsm, fdsm)",
			    name ? name : "");
}

void sn_backbone_init(sn_backbone_t *bb)
{
	memset(bb, 0, sizeof *bb);
}

void sn_backbone_destroy(sn_backbone_t *bb)
{
	if (bb == NULL || !bb->built)
		return;
	igraph_destroy(&bb->graph);
	igraph_vector_destroy(&bb->shared);
	igraph_vector_destroy(&bb->weight);
	igraph_vector_destroy(&bb->p);
	igraph_vector_destroy(&bb->p_adjusted);
	sn_backbone_init(bb);
}

sn_error_t sn_disparity_alpha(igraph_vector_t *alpha_from, igraph_vector_t *alpha_to,
			      const igraph_t *graph, const igraph_vector_t *weights)
{
	igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);
	double *strength = NULL;
	igraph_integer_t *degree = NULL;

	if (igraph_is_directed(graph))
		return sn_error_set(SN_EINVAL, "disparity filter: the graph is directed");
	if (weights == NULL)
		return sn_error_set(SN_EINVAL, "disparity filter: need one weight per edge");
	if (sn__graph_check_weights(graph, weights, "disparity filter"))
		return SN_EINVAL;
	strength = calloc((size_t)n + 1, sizeof *strength);
	degree = calloc((size_t)n + 1, sizeof *degree);
	if (strength == NULL || degree == NULL || igraph_vector_resize(alpha_from, m) ||
	    igraph_vector_resize(alpha_to, m)) {
		free(strength);
		free(degree);
		return sn_error_set(SN_ENOMEM, "disparity filter: out of memory");
	}
	for (igraph_integer_t e = 0; e < m; e++) {
		double w = VECTOR(*weights)[e];

		strength[IGRAPH_FROM(graph, e)] += w;
		strength[IGRAPH_TO(graph, e)] += w;
		degree[IGRAPH_FROM(graph, e)]++;
		degree[IGRAPH_TO(graph, e)]++;
	}
	for (igraph_integer_t e = 0; e < m; e++) {
		igraph_integer_t ends[2] = { IGRAPH_FROM(graph, e), IGRAPH_TO(graph, e) };
		double w = VECTOR(*weights)[e];

		for (int side = 0; side < 2; side++) {
			igraph_integer_t v = ends[side];
			/* Rounding can make w / s exceed 1 by an ulp; clamp. */
			double share = fmin(1.0, w / strength[v]);
			double a = degree[v] <= 1 ? 1.0 : pow(1.0 - share, (double)(degree[v] - 1));

			VECTOR(side ? *alpha_to : *alpha_from)[e] = a;
		}
	}
	free(strength);
	free(degree);
	return SN_OK;
}

/* The observed projection: graph, shared counts and weights. */
typedef struct {
	igraph_t g;
	igraph_vector_t shared, weight, p, padj;
	bool has_graph;
} tested_t;

static sn_error_t tested_init(tested_t *t, const sn_incidence_t *inc, sn_weighting_t w)
{
	sn_error_t err;

	memset(t, 0, sizeof *t);
	if (igraph_vector_init(&t->shared, 0) || igraph_vector_init(&t->weight, 0) ||
	    igraph_vector_init(&t->p, 0) || igraph_vector_init(&t->padj, 0))
		return sn_error_set(SN_ENOMEM, "backbone: out of memory");
	err = sn_incidence_project(&t->g, &t->shared, &t->weight, inc, w);
	t->has_graph = err == SN_OK;
	if (!err && (igraph_vector_resize(&t->p, igraph_ecount(&t->g)) ||
		     igraph_vector_resize(&t->padj, igraph_ecount(&t->g))))
		err = sn_error_set(SN_ENOMEM, "backbone: out of memory");
	return err;
}

static void tested_destroy(tested_t *t)
{
	if (t->has_graph)
		igraph_destroy(&t->g);
	/* Vectors never initialised have a NULL stor_begin. */
	if (t->shared.stor_begin)
		igraph_vector_destroy(&t->shared);
	if (t->weight.stor_begin)
		igraph_vector_destroy(&t->weight);
	if (t->p.stor_begin)
		igraph_vector_destroy(&t->p);
	if (t->padj.stor_begin)
		igraph_vector_destroy(&t->padj);
}

static sn_error_t p_disparity(tested_t *t)
{
	igraph_vector_t af, at;
	sn_error_t err;

	if (igraph_vector_init(&af, 0))
		return sn_error_set(SN_ENOMEM, "backbone: out of memory");
	if (igraph_vector_init(&at, 0)) {
		igraph_vector_destroy(&af);
		return sn_error_set(SN_ENOMEM, "backbone: out of memory");
	}
	err = sn_disparity_alpha(&af, &at, &t->g, &t->weight);
	for (igraph_integer_t e = 0; !err && e < igraph_ecount(&t->g); e++)
		VECTOR(t->p)[e] = fmin(VECTOR(af)[e], VECTOR(at)[e]);
	igraph_vector_destroy(&af);
	igraph_vector_destroy(&at);
	return err;
}

static sn_error_t p_sdsm(tested_t *t, const sn_incidence_t *inc, const sn_backbone_options_t *o)
{
	sn_bicm_t model;
	double *q = malloc((inc->nprojects + 1) * sizeof *q);
	sn_error_t err;

	sn_bicm_init(&model);
	if (q == NULL)
		return sn_error_set(SN_ENOMEM, "backbone: out of memory");
	err = sn_bicm_fit(&model, inc, o->tol, o->max_iter);
	for (igraph_integer_t e = 0; !err && e < igraph_ecount(&t->g); e++) {
		size_t i = (size_t)IGRAPH_FROM(&t->g, e), j = (size_t)IGRAPH_TO(&t->g, e);

		for (size_t p = 0; p < inc->nprojects; p++)
			q[p] = sn_bicm_probability(&model, i, p) * sn_bicm_probability(&model, j, p);
		err = sn_poisson_binomial_upper(&VECTOR(t->p)[e], q, inc->nprojects,
						(size_t)VECTOR(t->shared)[e]);
	}
	free(q);
	sn_bicm_destroy(&model);
	return err;
}

static sn_error_t p_fdsm(tested_t *t, const sn_incidence_t *inc, const sn_backbone_options_t *o,
			 sn_rng_t *rng)
{
	sn_incidence_t chain;
	igraph_integer_t m = igraph_ecount(&t->g);
	size_t trades = o->trades ? o->trades : sn_curveball_default_trades(inc);
	sn_error_t err;

	sn_incidence_init(&chain);
	igraph_vector_null(&t->p);
	err = sn_incidence_copy(&chain, inc);
	for (size_t s = 0; !err && s < o->samples; s++) {
		err = sn_curveball(&chain, rng, trades);
		for (igraph_integer_t e = 0; !err && e < m; e++) {
			size_t i = (size_t)IGRAPH_FROM(&t->g, e), j = (size_t)IGRAPH_TO(&t->g, e);

			if ((double)sn_incidence_shared(&chain, i, j) >= VECTOR(t->shared)[e])
				VECTOR(t->p)[e] += 1;
		}
		if (!err && o->progress.fn)
			o->progress.fn("samples", s + 1, o->samples, o->progress.arg);
	}
	for (igraph_integer_t e = 0; !err && e < m; e++)
		VECTOR(t->p)[e] = (1 + VECTOR(t->p)[e]) / (1 + (double)o->samples);
	sn_incidence_destroy(&chain);
	return err;
}

/* Copies the ties with adjusted p below alpha into `out`. */
static sn_error_t keep(sn_backbone_t *out, const tested_t *t, igraph_integer_t nv, double alpha)
{
	igraph_vector_int_t edges;
	igraph_integer_t m = igraph_ecount(&t->g);
	sn_error_t err = SN_OK;

	if (igraph_vector_int_init(&edges, 0))
		return sn_error_set(SN_ENOMEM, "backbone: out of memory");
	if (igraph_vector_init(&out->shared, 0) || igraph_vector_init(&out->weight, 0) ||
	    igraph_vector_init(&out->p, 0) || igraph_vector_init(&out->p_adjusted, 0)) {
		err = sn_error_set(SN_ENOMEM, "backbone: out of memory");
		goto done;
	}
	for (igraph_integer_t e = 0; e < m; e++) {
		if (!(VECTOR(t->padj)[e] < alpha))
			continue;
		if (igraph_vector_int_push_back(&edges, IGRAPH_FROM(&t->g, e)) ||
		    igraph_vector_int_push_back(&edges, IGRAPH_TO(&t->g, e)) ||
		    igraph_vector_push_back(&out->shared, VECTOR(t->shared)[e]) ||
		    igraph_vector_push_back(&out->weight, VECTOR(t->weight)[e]) ||
		    igraph_vector_push_back(&out->p, VECTOR(t->p)[e]) ||
		    igraph_vector_push_back(&out->p_adjusted, VECTOR(t->padj)[e])) {
			err = sn_error_set(SN_ENOMEM, "backbone: out of memory");
			goto done;
		}
	}
	err = sn_error_from_igraph(igraph_create(&out->graph, &edges, nv, IGRAPH_UNDIRECTED),
				   "backbone");
done:
	if (err) {
		/* Leave `out` destroyable: free what was made, in any state. */
		igraph_vector_destroy(&out->shared);
		igraph_vector_destroy(&out->weight);
		igraph_vector_destroy(&out->p);
		igraph_vector_destroy(&out->p_adjusted);
		sn_backbone_init(out);
	} else {
		out->built = true;
	}
	igraph_vector_int_destroy(&edges);
	return err;
}

static sn_error_t check_options(const sn_backbone_options_t *o, sn_rng_t *rng)
{
	if (!(o->alpha > 0 && o->alpha <= 1))
		return sn_error_set(SN_EINVAL, "backbone: alpha %g is not in (0, 1]", o->alpha);
	if ((unsigned)o->method > SN_BACKBONE_FDSM)
		return sn_error_set(SN_EINVAL, "backbone: unknown method %d", (int)o->method);
	if (o->method == SN_BACKBONE_FDSM && o->samples == 0)
		return sn_error_set(SN_EINVAL, "backbone: fdsm needs at least one sample");
	if (o->method == SN_BACKBONE_FDSM && rng == NULL)
		return sn_error_set(SN_EINVAL, "backbone: fdsm needs a random number generator");
	return SN_OK;
}

sn_error_t sn_backbone_extract(sn_backbone_t *out, const sn_incidence_t *inc,
			       const sn_backbone_options_t *opts, sn_rng_t *rng)
{
	sn_backbone_options_t o = SN_BACKBONE_OPTIONS_INIT;
	tested_t t;
	size_t pairs = inc->nactors * (inc->nactors > 0 ? inc->nactors - 1 : 0) / 2;
	sn_error_t err;

	if (opts != NULL)
		o = *opts;
	err = check_options(&o, rng);
	if (err)
		return err;
	sn_backbone_destroy(out);
	err = tested_init(&t, inc, o.weighting);
	if (err)
		goto done;
	if (o.method == SN_BACKBONE_DISPARITY)
		err = p_disparity(&t);
	else if (o.method == SN_BACKBONE_SDSM)
		err = p_sdsm(&t, inc, &o);
	else
		err = p_fdsm(&t, inc, &o, rng);
	if (err)
		goto done;
	out->tested = (size_t)igraph_ecount(&t.g);
	out->family = o.method == SN_BACKBONE_DISPARITY ? out->tested : pairs;
	err = sn_p_adjust(VECTOR(t.padj), VECTOR(t.p), out->tested, out->family, o.correction);
	if (!err)
		err = keep(out, &t, (igraph_integer_t)inc->nactors, o.alpha);
	if (!err) {
		out->nactors = inc->nactors;
		out->method = o.method;
		out->alpha = o.alpha;
	}
done:
	tested_destroy(&t);
	return err;
}

/* ---- the backbone as a dataset ------------------------------------------- */

/* The dataset actors at the ends of backbone tie e, the smaller vertex first. */
static void tie_ends(const sn_backbone_t *bb, const sn_network_t *net, igraph_integer_t e,
		     const sn_actor_t **a, const sn_actor_t **b)
{
	igraph_integer_t u = IGRAPH_FROM(&bb->graph, e), v = IGRAPH_TO(&bb->graph, e);

	*a = &net->dataset->actors[net->actor_index[u < v ? u : v]];
	*b = &net->dataset->actors[net->actor_index[u < v ? v : u]];
}

/* ",shared,weight,p,p_adjusted" of tie e and the line end. */
static void tie_figures(sn_dataset_writer_t *w, sn_dataset_file_t f, const sn_backbone_t *bb,
			igraph_integer_t e)
{
	sn_dataset_writer_printf(w, f, ",%.0f,%.17g,%.17g,%.17g\n", VECTOR(bb->shared)[e],
				 VECTOR(bb->weight)[e], VECTOR(bb->p)[e], VECTOR(bb->p_adjusted)[e]);
}

/*
 * One row per kept tie: in ties.csv the two actor ids, in projects.csv the
 * tie's project "tie-N" named "A -- B"; then the tie's figures.
 */
static sn_error_t write_tie_rows(sn_dataset_writer_t *w, sn_dataset_file_t f,
				 const sn_backbone_t *bb, const sn_network_t *net)
{
	bool ties = f == SN_DSFILE_TIES;

	sn_dataset_writer_printf(w, f, ties ? "actor_a,actor_b,shared,weight,p,p_adjusted\n"
					    : "id,name,kind,shared,weight,p,p_adjusted\n");
	for (igraph_integer_t e = 0; e < igraph_ecount(&bb->graph); e++) {
		const sn_actor_t *a, *b;
		char *name = NULL;

		tie_ends(bb, net, e, &a, &b);
		if (!ties && asprintf(&name, "%s -- %s", a->name, b->name) < 0)
			return sn_error_set(SN_ENOMEM, "out of memory");
		if (ties) {
			sn_dataset_writer_field(w, f, a->id);
			sn_dataset_writer_printf(w, f, ",");
			sn_dataset_writer_field(w, f, b->id);
		} else {
			sn_dataset_writer_printf(w, f, "tie-%" IGRAPH_PRId ",", e + 1);
			sn_dataset_writer_field(w, f, name);
			sn_dataset_writer_printf(w, f, ",backbone tie");
			free(name);
		}
		tie_figures(w, f, bb, e);
	}
	return SN_OK;
}

static void write_memberships(sn_dataset_writer_t *w, const sn_backbone_t *bb,
			      const sn_network_t *net)
{
	const sn_dataset_file_t f = SN_DSFILE_MEMBERSHIPS;

	sn_dataset_writer_printf(w, f, "project,actor\n");
	for (igraph_integer_t e = 0; e < igraph_ecount(&bb->graph); e++) {
		const sn_actor_t *a, *b;

		tie_ends(bb, net, e, &a, &b);
		sn_dataset_writer_printf(w, f, "tie-%" IGRAPH_PRId ",", e + 1);
		sn_dataset_writer_field(w, f, a->id);
		sn_dataset_writer_printf(w, f, "\ntie-%" IGRAPH_PRId ",", e + 1);
		sn_dataset_writer_field(w, f, b->id);
		sn_dataset_writer_printf(w, f, "\n");
	}
}

sn_error_t sn_backbone_write_dataset(sn_dataset_writer_t *w, const sn_backbone_t *bb,
				     const sn_network_t *net)
{
	sn_error_t err = SN_OK;

	if (w->fp[SN_DSFILE_TIES])
		err = write_tie_rows(w, SN_DSFILE_TIES, bb, net);
	if (err == SN_OK && w->fp[SN_DSFILE_MEMBERSHIPS])
		write_memberships(w, bb, net);
	if (err == SN_OK && w->fp[SN_DSFILE_PROJECTS])
		err = write_tie_rows(w, SN_DSFILE_PROJECTS, bb, net);
	return err;
}

static sn_error_t fill_backbone(FILE *const *fps, const void *arg)
{
	static const sn_dataset_file_t order[] = { SN_DSFILE_TIES, SN_DSFILE_PROJECTS,
						   SN_DSFILE_MEMBERSHIPS };
	const sn_backbone_folder_t *f = arg;
	FILE *fp[SN_DSFILE_COUNT] = { NULL };
	sn_dataset_writer_t w;

	for (size_t i = 0; i < sizeof order / sizeof *order; i++)
		fp[order[i]] = fps[i];
	sn_dataset_writer_streams(&w, fp);
	return sn_dataset_writer_finish(&w, sn_backbone_write_dataset(&w, f->bb, f->net));
}

void sn_backbone_folder(sn_backbone_folder_t *f, const sn_backbone_t *bb, const sn_network_t *net,
			const char *dir, const char *source)
{
	static const char *const written[] = { "ties.csv", "projects.csv", "memberships.csv" };
	static const char *const carried[] = { "actors.csv", "territories.csv", "coalitions.csv" };

	f->bb = bb;
	f->net = net;
	f->folder = (sn_dataset_folder_t){ .dir = dir, .written = written, .nwritten = 3,
					   .fill = fill_backbone, .arg = f, .source = source,
					   .carried = carried, .ncarried = 3 };
}

sn_error_t sn_backbone_of_network(sn_backbone_t *out, const sn_network_t *net,
				  const sn_backbone_options_t *opts, uint64_t seed)
{
	sn_incidence_t inc;
	sn_rng_t *rng = NULL;
	sn_error_t err;

	sn_incidence_init(&inc);
	err = sn_rng_new(&rng, seed);
	if (err == SN_OK)
		err = sn_incidence_from_network(&inc, net);
	if (err == SN_OK)
		err = sn_backbone_extract(out, &inc, opts, rng);
	sn_incidence_destroy(&inc);
	sn_rng_free(rng);
	return err;
}
