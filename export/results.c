/* export/results.c: analyses as result tables (samnet/results.h). */
#include "config.h"

#include <stdlib.h>

#include "samnet/centrality.h"
#include "samnet/network.h"
#include "samnet/results.h"
#include "export/centrality_values.h"

/* The columns id, name and one per measure. */
static sn_error_t add_columns(sn_doc_table_t *t, const sn_measure_t *measures, size_t n)
{
	sn_error_t err = sn_doc_table_column(t, "id", SN_COL_STR);

	if (err == SN_OK)
		err = sn_doc_table_column(t, "name", SN_COL_STR);
	for (size_t k = 0; k < n && err == SN_OK; k++)
		err = sn_doc_table_column(t, sn_measure_name(measures[k]), SN_COL_REAL);
	return err;
}

/* Fills column 2 + k with `values`, one per actor vertex. */
static sn_error_t fill_rows(sn_doc_table_t *t, const sn_network_t *net,
			    const igraph_vector_t *values, size_t n)
{
	sn_error_t err = SN_OK;

	for (size_t v = 0; v < net->nactors && err == SN_OK; v++) {
		igraph_integer_t tv = (igraph_integer_t)v;
		err = sn_doc_table_row(t);
		if (err == SN_OK)
			err = sn_doc_table_str(t, 0, sn_network_vertex_id(net, tv));
		if (err == SN_OK)
			err = sn_doc_table_str(t, 1, sn_network_vertex_name(net, tv));
		for (size_t k = 0; k < n && err == SN_OK; k++)
			err = sn_doc_table_real(t, 2 + k, VECTOR(values[k])[v]);
	}
	return err;
}

sn_error_t sn_centrality_table(sn_doc_table_t **out, const sn_network_t *net,
			       sn_weighting_t weighting, const sn_measure_t *measures, size_t n,
			       bool normalized)
{
	sn_centrality_doc_options_t o;
	igraph_vector_t *values = NULL;
	sn_doc_table_t *t = NULL;
	size_t ninit = 0;
	sn_error_t err = SN_OK;

	*out = NULL;
	if (!net || !net->built || n == 0 || n > SN_MEASURE_COUNT)
		return sn_error_set(SN_EINVAL, "centrality table: no network or no measures");
	for (size_t k = 0; k < n; k++)
		if (!sn_measure_info(measures[k]))
			return sn_error_set(SN_EINVAL, "centrality table: unknown measure %d",
					    (int)measures[k]);
	sn_centrality_doc_options_init(&o);
	o.weighting = weighting;
	o.normalized = normalized;
	if (!(values = calloc(n, sizeof *values)))
		err = sn_error_set(SN_ENOMEM, "out of memory");
	for (; err == SN_OK && ninit < n; ninit++)
		if (igraph_vector_init(&values[ninit], 0)) {
			err = sn_error_set(SN_ENOMEM, "out of memory");
			break;
		}
	if (err == SN_OK)
		err = sn__centrality_values(values, NULL, net, measures, n, &o);
	if (err == SN_OK)
		err = sn_doc_table_new(&t, "centrality", "Centrality");
	if (err == SN_OK)
		err = add_columns(t, measures, n);
	if (err == SN_OK)
		err = fill_rows(t, net, values, n);
	if (err == SN_OK) {
		*out = t;
		t = NULL;
	}
	sn_doc_table_free(t);
	for (size_t k = 0; k < ninit; k++)
		igraph_vector_destroy(&values[k]);
	free(values);
	return err;
}
