/* Burt's effective size for weighted undirected graphs (Burt 1992; Borgatti 1997). */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "samnet/centrality.h"
#include "analysis/graphcheck.h"

typedef struct {
	igraph_inclist_t inc;
	double *total;   /* [n] strength */
	double *max;     /* [n] strongest tie */
	double *mark;    /* [n] weight of the tie from the current ego, 0 when none */
} effsize_work_t;

static double tie_weight(const igraph_vector_t *weights, igraph_integer_t e)
{
	return weights != NULL ? VECTOR(*weights)[e] : 1.0;
}

/*
 * Effective size of ego i, its contacts marked in work->mark:
 * sum over contacts j of 1 - sum over contacts q of p_iq m_jq.  Only the
 * q adjacent to j contribute (m_jq = 0 otherwise), so walking j's ties and
 * looking q up in the mark array costs O(d_j) per contact.
 */
static double ego_effective_size(const effsize_work_t *work, const igraph_t *g,
				  const igraph_vector_t *weights, igraph_integer_t i)
{
	igraph_vector_int_t *ties = igraph_inclist_get(&work->inc, i);
	double size = 0;

	for (igraph_integer_t a = 0; a < igraph_vector_int_size(ties); a++) {
		igraph_integer_t j = IGRAPH_OTHER(g, VECTOR(*ties)[a], i);
		igraph_vector_int_t *jties = igraph_inclist_get(&work->inc, j);
		double redundancy = 0;
		for (igraph_integer_t b = 0; b < igraph_vector_int_size(jties); b++) {
			igraph_integer_t e = VECTOR(*jties)[b];
			igraph_integer_t q = IGRAPH_OTHER(g, e, j);
			if (q == i || work->mark[q] == 0)
				continue;
			redundancy += work->mark[q] / work->total[i] * tie_weight(weights, e) / work->max[j];
		}
		size += 1 - redundancy;
	}
	return size;
}

static sn_error_t effsize_run(igraph_vector_t *out, effsize_work_t *work, const igraph_t *g,
			      const igraph_vector_t *weights, bool normalized)
{
	igraph_integer_t n = igraph_vcount(g);

	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_vector_int_t *ties = igraph_inclist_get(&work->inc, v);
		for (igraph_integer_t a = 0; a < igraph_vector_int_size(ties); a++) {
			double w = tie_weight(weights, VECTOR(*ties)[a]);
			work->total[v] += w;
			if (w > work->max[v])
				work->max[v] = w;
		}
	}
	if (igraph_vector_resize(out, n) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "effective size: out of memory");
	for (igraph_integer_t i = 0; i < n; i++) {
		igraph_vector_int_t *ties = igraph_inclist_get(&work->inc, i);
		igraph_integer_t d = igraph_vector_int_size(ties);
		if (d == 0) {
			VECTOR(*out)[i] = NAN;
			continue;
		}
		for (igraph_integer_t a = 0; a < d; a++) {
			igraph_integer_t e = VECTOR(*ties)[a];
			work->mark[IGRAPH_OTHER(g, e, i)] = tie_weight(weights, e);
		}
		VECTOR(*out)[i] = ego_effective_size(work, g, weights, i);
		if (normalized)
			VECTOR(*out)[i] /= (double)d;
		for (igraph_integer_t a = 0; a < d; a++)
			work->mark[IGRAPH_OTHER(g, VECTOR(*ties)[a], i)] = 0;
	}
	return SN_OK;
}

sn_error_t sn_centrality_effective_size(igraph_vector_t *out, const igraph_t *g,
					const igraph_vector_t *weights, bool normalized)
{
	igraph_integer_t n = igraph_vcount(g);
	igraph_bool_t simple = false;
	effsize_work_t work = { .total = NULL, .max = NULL, .mark = NULL };
	bool have_inc = false;
	sn_error_t rc;

	rc = sn__graph_require_undirected(g, "effective size");
	if (rc == SN_OK)
		rc = sn__graph_check_weights(g, weights, "effective size");
	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_is_simple(g, &simple), "effective size");
	if (rc != SN_OK)
		return rc;
	if (!simple)
		return sn_error_set(SN_EINVAL, "effective size: the graph has loops or multiple ties");
	work.total = calloc((size_t)n + 1, sizeof *work.total);
	work.max = calloc((size_t)n + 1, sizeof *work.max);
	work.mark = calloc((size_t)n + 1, sizeof *work.mark);
	if (work.total == NULL || work.max == NULL || work.mark == NULL) {
		rc = sn_error_set(SN_ENOMEM, "effective size: out of memory");
		goto done;
	}
	rc = sn_error_from_igraph(igraph_inclist_init(g, &work.inc, IGRAPH_ALL, IGRAPH_LOOPS_TWICE),
				  "effective size");
	if (rc != SN_OK)
		goto done;
	have_inc = true;
	rc = effsize_run(out, &work, g, weights, normalized);
done:
	if (have_inc)
		igraph_inclist_destroy(&work.inc);
	free(work.total);
	free(work.max);
	free(work.mark);
	return rc;
}
