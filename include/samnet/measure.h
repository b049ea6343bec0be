/*
 * samnet/measure.h: the names of the centrality measures, igraph-free, so
 * that a caller of <samnet.h> can choose measures for a result table
 * (samnet/results.h).  The registry and the functions that compute them are
 * in samnet/centrality.h.
 */
#ifndef SAMNET_MEASURE_H
#define SAMNET_MEASURE_H

#ifdef __cplusplus
extern "C" {
#endif

/* The measures of sn_centrality_compute(), in their default output order. */
typedef enum {
	SN_MEASURE_DEGREE,
	SN_MEASURE_STRENGTH,
	SN_MEASURE_BETWEENNESS,     /* unweighted */
	SN_MEASURE_BETWEENNESS_W,   /* weighted, length = 1/strength */
	SN_MEASURE_CLOSENESS,
	SN_MEASURE_CLOSENESS_W,
	SN_MEASURE_HARMONIC,
	SN_MEASURE_HARMONIC_W,
	SN_MEASURE_EIGENVECTOR,     /* weighted when weights are given */
	SN_MEASURE_PAGERANK,        /* weighted when weights are given */
	SN_MEASURE_HUB,
	SN_MEASURE_AUTHORITY,
	SN_MEASURE_CONSTRAINT,      /* weighted when weights are given */
	SN_MEASURE_EFFECTIVE_SIZE,  /* weighted when weights are given */
	SN_MEASURE_CORENESS,
	SN_MEASURE_COUNT
} sn_measure_t;

#ifdef __cplusplus
}
#endif
#endif
