/*
 * The registry of centrality measures (samnet/centrality.h): the one place
 * that names a measure and says how to compute it, so that the CLI, the
 * exports and the report say the same word for the same numbers, and a new
 * measure is one enum value and one entry here (HACKING.md).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "samnet/centrality.h"
#include "samnet/suggest.h"

/*
 * Adapters from the registry's one signature to the sn_centrality_*()
 * functions whose own signatures differ (no weights, no normalisation, two
 * outputs).
 */
static sn_error_t degree(igraph_vector_t *out, const igraph_t *g, const igraph_vector_t *weights,
			 bool normalized)
{
	(void)weights;
	return sn_centrality_degree(out, g, normalized);
}

static sn_error_t strength(igraph_vector_t *out, const igraph_t *g,
			   const igraph_vector_t *weights, bool normalized)
{
	(void)normalized;
	return sn_centrality_strength(out, g, weights);
}

static sn_error_t hub(igraph_vector_t *out, const igraph_t *g, const igraph_vector_t *weights,
		      bool normalized)
{
	return sn_centrality_hub_authority(out, NULL, g, weights, normalized);
}

static sn_error_t authority(igraph_vector_t *out, const igraph_t *g,
			    const igraph_vector_t *weights, bool normalized)
{
	return sn_centrality_hub_authority(NULL, out, g, weights, normalized);
}

static sn_error_t constraint(igraph_vector_t *out, const igraph_t *g,
			     const igraph_vector_t *weights, bool normalized)
{
	(void)normalized;
	return sn_centrality_constraint(out, g, weights);
}

static sn_error_t coreness(igraph_vector_t *out, const igraph_t *g,
			   const igraph_vector_t *weights, bool normalized)
{
	(void)weights;
	(void)normalized;
	return sn_centrality_coreness(out, g);
}

/* One entry per sn_measure_t, in its order (checked by tests/check_centrality.c). */
static const sn_measure_info_t registry[SN_MEASURE_COUNT] = {
	{ SN_MEASURE_DEGREE, "degree", "degree",
	  "number of ties", false, false, true, true, degree },
	{ SN_MEASURE_STRENGTH, "strength", "strength",
	  "sum of tie strengths", true, false, false, true, strength },
	{ SN_MEASURE_BETWEENNESS, "betweenness", "betweenness",
	  "shortest paths through the actor, in hops (Freeman 1977)",
	  false, false, true, true, sn_centrality_betweenness },
	{ SN_MEASURE_BETWEENNESS_W, "betweenness_w", "weighted betweenness",
	  "betweenness with tie length 1/strength (Newman 2001)", true, false, false, true,
	  sn_centrality_betweenness },
	{ SN_MEASURE_CLOSENESS, "closeness", "closeness",
	  "reached actors over the sum of hops to them (Freeman 1979)", false, false, true, false,
	  sn_centrality_closeness },
	{ SN_MEASURE_CLOSENESS_W, "closeness_w", "weighted closeness",
	  "closeness with tie length 1/strength", true, false, false, false, sn_centrality_closeness },
	{ SN_MEASURE_HARMONIC, "harmonic", "harmonic closeness",
	  "sum of 1/hops to the others (Marchiori & Latora 2000)",
	  false, false, false, true, sn_centrality_harmonic },
	{ SN_MEASURE_HARMONIC_W, "harmonic_w", "weighted harmonic closeness",
	  "harmonic closeness with tie length 1/strength", true, false, false, true,
	  sn_centrality_harmonic },
	{ SN_MEASURE_EIGENVECTOR, "eigenvector", "eigenvector centrality",
	  "principal eigenvector of the strengths (Bonacich 1972)",
	  true, false, false, true, sn_centrality_eigenvector },
	{ SN_MEASURE_PAGERANK, "pagerank", "PageRank",
	  "random walk on strengths, damping 0.85 (Brin & Page 1998)",
	  true, false, false, true, sn_centrality_pagerank },
	{ SN_MEASURE_HUB, "hub", "hub score",
	  "hub score on the strengths (Kleinberg 1999)", true, false, false, false, hub },
	{ SN_MEASURE_AUTHORITY, "authority", "authority score",
	  "authority score on the strengths (Kleinberg 1999)",
	  true, false, false, false, authority },
	{ SN_MEASURE_CONSTRAINT, "constraint", "Burt's constraint",
	  "closure of the neighbourhood, low for brokers (Burt 1992)", true, false, false, false,
	  constraint },
	{ SN_MEASURE_EFFECTIVE_SIZE, "effective_size", "effective size",
	  "contacts less their redundancy (Burt 1992)", true, false, false, false,
	  sn_centrality_effective_size },
	{ SN_MEASURE_CORENESS, "coreness", "coreness",
	  "largest k of a k-core holding the actor (Seidman 1983)", false, false, false, false,
	  coreness },
};

const sn_measure_info_t *sn_measure_info(sn_measure_t m)
{
	return (unsigned)m < SN_MEASURE_COUNT ? &registry[m] : NULL;
}

const sn_measure_info_t *sn_measure_find(const char *name)
{
	for (size_t m = 0; name && m < SN_MEASURE_COUNT; m++)
		if (strcmp(name, registry[m].name) == 0)
			return &registry[m];
	return NULL;
}

const char *sn_measure_name(sn_measure_t m)
{
	return (unsigned)m < SN_MEASURE_COUNT ? registry[m].name : "unknown";
}

static const char *registry_name(const void *arg, size_t i)
{
	(void)arg;
	return registry[i].name;
}

sn_error_t sn_measure_parse(const char *name, sn_measure_t *out)
{
	const sn_measure_info_t *info = sn_measure_find(name);
	char known[512] = "", hint[SN_SUGGEST_PHRASE_MAX];
	const char *near[3];
	size_t found[3], n;

	if (info) {
		*out = info->measure;
		return SN_OK;
	}
	for (size_t m = 0; m < SN_MEASURE_COUNT; m++) {
		if (m)
			strcat(known, ", ");
		strcat(known, registry[m].name);
	}
	n = sn_suggest(found, 3, name, registry_name, NULL, SN_MEASURE_COUNT);
	for (size_t k = 0; k < n; k++)
		near[k] = registry[found[k]].name;
	sn_suggest_phrase(hint, sizeof hint, near, n);
	return sn_error_set(SN_EINVAL, "unknown measure '%s'%s%sknown: %s", name ? name : "",
			    hint, n ? " " : "; ", known);
}

sn_error_t sn_measure_list_parse(const char *list, sn_measure_t out[SN_MEASURE_COUNT],
				 size_t *count)
{
	char *copy = strdup(list ? list : ""), *save = NULL;
	sn_error_t err = copy ? SN_OK : sn_error_set(SN_ENOMEM, "out of memory");

	*count = 0;
	for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok && err == SN_OK;
	     tok = strtok_r(NULL, ",", &save)) {
		sn_measure_t m;
		if ((err = sn_measure_parse(tok, &m)) != SN_OK)
			break;
		for (size_t i = 0; i < *count && err == SN_OK; i++)
			if (out[i] == m)
				err = sn_error_set(SN_EINVAL, "measure '%s' is listed twice", tok);
		if (err == SN_OK)
			out[(*count)++] = m;
	}
	free(copy);
	return err;
}

sn_error_t sn_centrality_compute(igraph_vector_t *out, const igraph_t *g,
				 const igraph_vector_t *weights, sn_measure_t m, bool normalized)
{
	return sn_centrality_compute_progress(out, g, weights, m, normalized, NULL);
}
