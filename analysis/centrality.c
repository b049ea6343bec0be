/* One-mode centrality measures, mostly thin wrappers over igraph 0.10 with checks. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "samnet/centrality.h"
#include "samnet/fast.h"
#include "analysis/graphcheck.h"

/* Checks shared by every one-mode measure. */
static sn_error_t check(const igraph_t *g, const igraph_vector_t *weights, const char *what)
{
	sn_error_t rc = sn__graph_require_undirected(g, what);
	if (rc == SN_OK)
		rc = sn__graph_check_weights(g, weights, what);
	return rc;
}

/* Multiplies every value by `factor`. */
static void scale(igraph_vector_t *v, double factor)
{
	igraph_vector_scale(v, factor);
}

/* Divides by the sum (no-op when the sum is 0). */
static void scale_sum(igraph_vector_t *v)
{
	double sum = igraph_vector_sum(v);
	if (sum > 0)
		scale(v, 1 / sum);
}

/* Divides by the Euclidean length (no-op when it is 0). */
static void scale_unit(igraph_vector_t *v)
{
	double ss = 0;
	for (igraph_integer_t i = 0; i < igraph_vector_size(v); i++)
		ss += VECTOR(*v)[i] * VECTOR(*v)[i];
	if (ss > 0)
		scale(v, 1 / sqrt(ss));
}

sn_error_t sn_centrality_degree(igraph_vector_t *out, const igraph_t *g, bool normalized)
{
	igraph_integer_t n = igraph_vcount(g);
	sn_error_t rc = check(g, NULL, "degree");

	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_strength(g, out, igraph_vss_all(), IGRAPH_ALL, true,
							  NULL), "degree");
	if (rc == SN_OK && normalized)
		scale(out, n > 1 ? 1.0 / (double)(n - 1) : 0);
	return rc;
}

sn_error_t sn_centrality_strength(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights)
{
	sn_error_t rc = check(g, weights, "strength");

	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_strength(g, out, igraph_vss_all(), IGRAPH_ALL, true,
							  weights), "strength");
	return rc;
}

/*
 * Runs a path-based igraph measure with lengths 1/strength when weighted.
 * `kind` 0: betweenness, 1: closeness, 2: harmonic.
 */
static sn_error_t path_measure(igraph_vector_t *out, const igraph_t *g,
			       const igraph_vector_t *weights, bool normalized, int kind,
			       const char *what)
{
	igraph_vector_t dist;
	const igraph_vector_t *lengths = NULL;
	bool have_dist = false;
	int ig = IGRAPH_SUCCESS;
	sn_error_t rc = check(g, weights, what);

	if (rc != SN_OK)
		return rc;
	if (weights != NULL) {
		if (igraph_vector_init(&dist, 0) != IGRAPH_SUCCESS)
			return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
		have_dist = true;
		rc = sn__graph_distances_from_weights(&dist, weights);
		if (rc != SN_OK)
			goto done;
		lengths = &dist;
	}
	if (kind == 0)
		ig = igraph_betweenness(g, out, igraph_vss_all(), false, lengths);
	else if (kind == 1)
		ig = igraph_closeness(g, out, NULL, NULL, igraph_vss_all(), IGRAPH_ALL, lengths,
				      normalized);
	else
		ig = igraph_harmonic_centrality(g, out, igraph_vss_all(), IGRAPH_ALL, lengths,
						normalized);
	rc = sn_error_from_igraph(ig, what);
	if (rc == SN_OK && kind == 0 && normalized) {
		double n = (double)igraph_vcount(g);
		scale(out, n > 2 ? 2 / ((n - 1) * (n - 2)) : 0);
	}
done:
	if (have_dist)
		igraph_vector_destroy(&dist);
	return rc;
}

sn_error_t sn_centrality_betweenness(igraph_vector_t *out, const igraph_t *g,
				     const igraph_vector_t *weights, bool normalized)
{
	return path_measure(out, g, weights, normalized, 0, "betweenness");
}

sn_error_t sn_centrality_betweenness_approx(igraph_vector_t *out, int64_t *samples_out,
					    const igraph_t *g, const igraph_vector_t *weights,
					    bool normalized, double eps, double delta,
					    uint64_t seed)
{
	igraph_vector_t dist;
	bool have_dist = false;
	double n = (double)igraph_vcount(g);
	sn_error_t rc = check(g, weights, "betweenness");

	if (rc != SN_OK)
		return rc;
	if (weights != NULL) {
		if (igraph_vector_init(&dist, 0) != IGRAPH_SUCCESS)
			return sn_error_set(SN_ENOMEM, "betweenness: out of memory");
		have_dist = true;
		rc = sn__graph_distances_from_weights(&dist, weights);
	}
	if (rc == SN_OK)
		rc = sn_betweenness_approx(out, samples_out, g, have_dist ? &dist : NULL, eps,
					   delta, seed, 0);
	if (rc == SN_OK && normalized)
		scale(out, n > 2 ? 2 / ((n - 1) * (n - 2)) : 0);
	if (have_dist)
		igraph_vector_destroy(&dist);
	return rc;
}

sn_error_t sn_centrality_closeness(igraph_vector_t *out, const igraph_t *g,
				   const igraph_vector_t *weights, bool normalized)
{
	return path_measure(out, g, weights, normalized, 1, "closeness");
}

sn_error_t sn_centrality_harmonic(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights, bool normalized)
{
	return path_measure(out, g, weights, normalized, 2, "harmonic closeness");
}

/*
 * igraph perturbs the ARPACK start vector of eigenvector, hub and authority
 * scores with its default RNG, so their last digits would depend on what
 * ran before.  These run them with a private generator seeded at 1 in its
 * place, restoring the caller's afterwards.
 */
static sn_error_t private_rng_begin(igraph_rng_t *rng, igraph_rng_t *saved, const char *what)
{
	if (igraph_rng_init(rng, &igraph_rngtype_pcg32) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "%s: out of memory", what);
	igraph_rng_seed(rng, 1);
	*saved = *igraph_rng_default(); /* igraph_rng_set_default() copies the struct */
	igraph_rng_set_default(rng);
	return SN_OK;
}

static void private_rng_end(igraph_rng_t *rng, igraph_rng_t *saved)
{
	igraph_rng_set_default(saved);
	igraph_rng_destroy(rng);
}

sn_error_t sn_centrality_eigenvector(igraph_vector_t *out, const igraph_t *g,
				     const igraph_vector_t *weights, bool normalized)
{
	igraph_rng_t rng, saved;
	sn_error_t rc = check(g, weights, "eigenvector centrality");

	if (rc == SN_OK && (rc = private_rng_begin(&rng, &saved, "eigenvector centrality")) == SN_OK) {
		rc = sn_error_from_igraph(igraph_eigenvector_centrality(g, out, NULL, false, true,
									 weights, NULL),
					  "eigenvector centrality");
		private_rng_end(&rng, &saved);
	}
	if (rc == SN_OK && !normalized)
		scale_unit(out);
	return rc;
}

sn_error_t sn_centrality_pagerank(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_t *weights, bool normalized)
{
	sn_error_t rc = check(g, weights, "PageRank");

	(void)normalized;
	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_pagerank(g, IGRAPH_PAGERANK_ALGO_PRPACK, out, NULL,
							  igraph_vss_all(), false,
							  SN_PAGERANK_DAMPING, weights, NULL),
					  "PageRank");
	return rc;
}

sn_error_t sn_centrality_hub_authority(igraph_vector_t *hub_out, igraph_vector_t *authority_out,
				       const igraph_t *g, const igraph_vector_t *weights,
				       bool normalized)
{
	igraph_vector_t spare;
	sn_error_t rc = check(g, weights, "hub and authority scores");

	if (rc != SN_OK)
		return rc;
	/* igraph 0.10.2 does not document NULL outputs: fill a spare vector instead. */
	if (igraph_vector_init(&spare, 0) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "hub and authority scores: out of memory");
	igraph_vector_t *hub = hub_out != NULL ? hub_out : &spare;
	igraph_vector_t *authority = authority_out != NULL ? authority_out : &spare;
	if (hub == authority) {
		rc = sn_error_set(SN_EINVAL, "hub and authority scores: no output wanted");
		goto done;
	}
	igraph_rng_t rng, saved;
	if ((rc = private_rng_begin(&rng, &saved, "hub and authority scores")) != SN_OK)
		goto done;
	rc = sn_error_from_igraph(igraph_hub_and_authority_scores(g, hub, authority, NULL, true,
								   weights, NULL),
				  "hub and authority scores");
	private_rng_end(&rng, &saved);
	if (rc == SN_OK && !normalized) {
		scale_sum(hub);
		scale_sum(authority);
	}
done:
	igraph_vector_destroy(&spare);
	return rc;
}

sn_error_t sn_centrality_constraint(igraph_vector_t *out, const igraph_t *g,
				    const igraph_vector_t *weights)
{
	sn_error_t rc = check(g, weights, "constraint");

	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_constraint(g, out, igraph_vss_all(), weights),
					  "constraint");
	return rc;
}

sn_error_t sn_centrality_coreness(igraph_vector_t *out, const igraph_t *g)
{
	igraph_vector_int_t core;
	sn_error_t rc = check(g, NULL, "coreness");

	if (rc != SN_OK)
		return rc;
	if (igraph_vector_int_init(&core, 0) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "coreness: out of memory");
	rc = sn_error_from_igraph(igraph_coreness(g, &core, IGRAPH_ALL), "coreness");
	if (rc == SN_OK && igraph_vector_resize(out, igraph_vector_int_size(&core)) != IGRAPH_SUCCESS)
		rc = sn_error_set(SN_ENOMEM, "coreness: out of memory");
	if (rc == SN_OK)
		for (igraph_integer_t v = 0; v < igraph_vector_int_size(&core); v++)
			VECTOR(*out)[v] = (double)VECTOR(core)[v];
	igraph_vector_int_destroy(&core);
	return rc;
}

sn_error_t sn_centrality_compute(igraph_vector_t *out, const igraph_t *g,
				 const igraph_vector_t *weights, sn_measure_t m, bool normalized)
{
	switch (m) {
	case SN_MEASURE_DEGREE: return sn_centrality_degree(out, g, normalized);
	case SN_MEASURE_STRENGTH: return sn_centrality_strength(out, g, weights);
	case SN_MEASURE_BETWEENNESS: return sn_centrality_betweenness(out, g, NULL, normalized);
	case SN_MEASURE_BETWEENNESS_W: return sn_centrality_betweenness(out, g, weights, normalized);
	case SN_MEASURE_CLOSENESS: return sn_centrality_closeness(out, g, NULL, normalized);
	case SN_MEASURE_CLOSENESS_W: return sn_centrality_closeness(out, g, weights, normalized);
	case SN_MEASURE_HARMONIC: return sn_centrality_harmonic(out, g, NULL, normalized);
	case SN_MEASURE_HARMONIC_W: return sn_centrality_harmonic(out, g, weights, normalized);
	case SN_MEASURE_EIGENVECTOR: return sn_centrality_eigenvector(out, g, weights, normalized);
	case SN_MEASURE_PAGERANK: return sn_centrality_pagerank(out, g, weights, normalized);
	case SN_MEASURE_HUB: return sn_centrality_hub_authority(out, NULL, g, weights, normalized);
	case SN_MEASURE_AUTHORITY:
		return sn_centrality_hub_authority(NULL, out, g, weights, normalized);
	case SN_MEASURE_CONSTRAINT: return sn_centrality_constraint(out, g, weights);
	case SN_MEASURE_EFFECTIVE_SIZE:
		return sn_centrality_effective_size(out, g, weights, normalized);
	case SN_MEASURE_CORENESS: return sn_centrality_coreness(out, g);
	case SN_MEASURE_COUNT: break;
	}
	return sn_error_set(SN_EINVAL, "centrality: unknown measure %d", (int)m);
}
