/* Structure of a one-mode network: summary, distributions, cut points, mixing. */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "samnet/structure.h"
#include "analysis/graphcheck.h"
#include "base/components.h"

static int compare_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

sn_error_t sn_distribution_describe(sn_distribution_t *out, const igraph_vector_t *values)
{
	size_t n = (size_t)igraph_vector_size(values);
	double *v = NULL;
	sn_error_t rc = SN_OK;

	out->n = n;
	out->min = out->median = out->max = out->mean = out->gini = NAN;
	if (n == 0)
		return SN_OK;
	v = malloc(n * sizeof *v);
	if (v == NULL)
		return sn_error_set(SN_ENOMEM, "distribution: out of memory");
	for (size_t i = 0; i < n; i++) {
		v[i] = VECTOR(*values)[i];
		if (!isfinite(v[i]) || v[i] < 0) {
			rc = sn_error_set(SN_EINVAL, "distribution: value %zu is %g; values must be finite and >= 0",
					  i, v[i]);
			goto done;
		}
	}
	qsort(v, n, sizeof *v, compare_double);
	/* Sorted values make the Gini a single weighted sum (no n^2 pair loop). */
	double sum = 0, ranked = 0;
	for (size_t i = 0; i < n; i++) {
		sum += v[i];
		ranked += (double)(i + 1) * v[i];
	}
	out->min = v[0];
	out->max = v[n - 1];
	out->median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	out->mean = sum / (double)n;
	out->gini = sum > 0 ? 2 * ranked / ((double)n * sum) - ((double)n + 1) / (double)n : 0;
done:
	free(v);
	return rc;
}

static sn_error_t summary_components(sn_structure_t *out, const igraph_t *g)
{
	igraph_vector_int_t csize;
	igraph_integer_t no = 0;
	sn_error_t rc;

	if (igraph_vector_int_init(&csize, 0) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "components: out of memory");
	rc = sn__components(g, NULL, &csize, &no);
	if (rc != SN_OK)
		goto done;
	out->components = no;
	out->largest_component = no > 0 ? igraph_vector_int_max(&csize) : 0;
	out->largest_share = out->vertices > 0
		? (double)out->largest_component / (double)out->vertices : NAN;
done:
	igraph_vector_int_destroy(&csize);
	return rc;
}

static sn_error_t summary_paths(sn_structure_t *out, const igraph_t *g)
{
	sn_error_t rc;

	out->diameter = NAN;
	out->average_path_length = NAN;
	if (out->vertices == 0)
		return SN_OK;
	rc = sn_error_from_igraph(igraph_diameter(g, &out->diameter, NULL, NULL, NULL, NULL,
						  false, true), "diameter");
	if (rc != SN_OK)
		return rc;
	return sn_error_from_igraph(igraph_average_path_length(g, &out->average_path_length, NULL,
							       false, true), "average path length");
}

static sn_error_t summary_clustering(sn_structure_t *out, const igraph_t *g)
{
	sn_error_t rc;

	rc = sn_error_from_igraph(igraph_transitivity_undirected(g, &out->transitivity,
								  IGRAPH_TRANSITIVITY_NAN),
				  "transitivity");
	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_transitivity_avglocal_undirected(
			g, &out->clustering_zero, IGRAPH_TRANSITIVITY_ZERO), "clustering");
	if (rc == SN_OK)
		rc = sn_error_from_igraph(igraph_transitivity_avglocal_undirected(
			g, &out->clustering_defined, IGRAPH_TRANSITIVITY_NAN), "clustering");
	return rc;
}

static sn_error_t summary_degrees(sn_structure_t *out, const igraph_t *g,
				  const igraph_vector_t *weights)
{
	igraph_vector_t s;
	sn_error_t rc;

	if (igraph_vector_init(&s, 0) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "degree: out of memory");
	rc = sn_error_from_igraph(igraph_strength(g, &s, igraph_vss_all(), IGRAPH_ALL, true, NULL),
				  "degree");
	if (rc != SN_OK)
		goto done;
	out->isolates = 0;
	for (igraph_integer_t v = 0; v < out->vertices; v++)
		out->isolates += VECTOR(s)[v] == 0;
	rc = sn_distribution_describe(&out->degree, &s);
	if (rc != SN_OK)
		goto done;
	if (weights == NULL) {
		out->strength = out->degree;
		goto done;
	}
	rc = sn_error_from_igraph(igraph_strength(g, &s, igraph_vss_all(), IGRAPH_ALL, true, weights),
				  "strength");
	if (rc == SN_OK)
		rc = sn_distribution_describe(&out->strength, &s);
done:
	igraph_vector_destroy(&s);
	return rc;
}

static sn_error_t summary_cores(sn_structure_t *out, const igraph_t *g)
{
	igraph_vector_int_t core, points, bridges;
	sn_error_t rc = SN_ENOMEM;
	bool have_core = false, have_points = false, have_bridges = false;

	have_core = igraph_vector_int_init(&core, 0) == IGRAPH_SUCCESS;
	have_points = have_core && igraph_vector_int_init(&points, 0) == IGRAPH_SUCCESS;
	have_bridges = have_points && igraph_vector_int_init(&bridges, 0) == IGRAPH_SUCCESS;
	if (!have_bridges) {
		sn_error_set(SN_ENOMEM, "k-core: out of memory");
		goto done;
	}
	rc = sn_error_from_igraph(igraph_coreness(g, &core, IGRAPH_ALL), "k-core");
	if (rc != SN_OK)
		goto done;
	out->degeneracy = out->vertices > 0 ? igraph_vector_int_max(&core) : 0;
	out->degeneracy_size = 0;
	for (igraph_integer_t v = 0; v < out->vertices; v++)
		out->degeneracy_size += VECTOR(core)[v] == out->degeneracy;
	rc = sn_structure_cutpoints(&points, &bridges, g);
	if (rc != SN_OK)
		goto done;
	out->articulation_points = igraph_vector_int_size(&points);
	out->bridges = igraph_vector_int_size(&bridges);
done:
	if (have_core)
		igraph_vector_int_destroy(&core);
	if (have_points)
		igraph_vector_int_destroy(&points);
	if (have_bridges)
		igraph_vector_int_destroy(&bridges);
	return rc;
}

sn_error_t sn_structure_summary(sn_structure_t *out, const igraph_t *g,
				const igraph_vector_t *weights)
{
	sn_error_t rc;

	rc = sn__graph_require_undirected(g, "structure");
	if (rc == SN_OK)
		rc = sn__graph_check_weights(g, weights, "structure");
	if (rc != SN_OK)
		return rc;
	out->vertices = igraph_vcount(g);
	out->edges = igraph_ecount(g);
	out->density = out->vertices >= 2
		? (double)out->edges / ((double)out->vertices * (double)(out->vertices - 1) / 2) : NAN;
	rc = summary_components(out, g);
	if (rc == SN_OK)
		rc = summary_paths(out, g);
	if (rc == SN_OK)
		rc = summary_clustering(out, g);
	if (rc == SN_OK)
		rc = summary_degrees(out, g, weights);
	if (rc == SN_OK)
		rc = summary_cores(out, g);
	return rc;
}

sn_error_t sn_structure_cutpoints(igraph_vector_int_t *points_out, igraph_vector_int_t *bridges_out,
				  const igraph_t *g)
{
	sn_error_t rc = sn__graph_require_undirected(g, "cut points");

	if (rc == SN_OK && points_out != NULL) {
		rc = sn_error_from_igraph(igraph_articulation_points(g, points_out),
					  "articulation points");
		if (rc == SN_OK)
			igraph_vector_int_sort(points_out);
	}
	if (rc == SN_OK && bridges_out != NULL) {
		rc = sn_error_from_igraph(igraph_bridges(g, bridges_out), "bridges");
		if (rc == SN_OK)
			igraph_vector_int_sort(bridges_out);
	}
	return rc;
}

/* E-I index per group: (E_g - I_g) / (E_g + I_g) from the per-group tie counts. */
static sn_error_t mixing_by_group(igraph_vector_t *out, const igraph_t *g,
				  const igraph_vector_int_t *groups)
{
	igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
	igraph_integer_t ngroups = n > 0 ? igraph_vector_int_max(groups) + 1 : 0;
	igraph_vector_t ext;

	if (ngroups < 0)
		ngroups = 0;
	if (igraph_vector_resize(out, ngroups) != IGRAPH_SUCCESS
	    || igraph_vector_init(&ext, ngroups) != IGRAPH_SUCCESS)
		return sn_error_set(SN_ENOMEM, "E-I index: out of memory");
	igraph_vector_null(out);
	/* `out` counts internal ties first, then turns into the index. */
	for (igraph_integer_t e = 0; e < m; e++) {
		igraph_integer_t a = VECTOR(*groups)[IGRAPH_FROM(g, e)];
		igraph_integer_t b = VECTOR(*groups)[IGRAPH_TO(g, e)];
		if (a < 0 || b < 0)
			continue;
		if (a == b) {
			VECTOR(*out)[a] += 1;
		} else {
			VECTOR(ext)[a] += 1;
			VECTOR(ext)[b] += 1;
		}
	}
	for (igraph_integer_t k = 0; k < ngroups; k++) {
		double i = VECTOR(*out)[k], x = VECTOR(ext)[k];
		VECTOR(*out)[k] = i + x > 0 ? (x - i) / (x + i) : NAN;
	}
	igraph_vector_destroy(&ext);
	return SN_OK;
}

/*
 * Nominal assortativity over the ties with both ends grouped (Newman 2003,
 * eq. 2 with e_gg = internal / total and a_g the share of tie ends in g):
 * r = (sum e_gg - sum a_g^2) / (1 - sum a_g^2).  The same figure as
 * igraph_assortativity_nominal on the subgraph of grouped vertices, without
 * building it.  NaN without ties or when one group holds every tie end.
 */
static sn_error_t mixing_assortativity(double *out, const igraph_t *g,
				       const igraph_vector_int_t *groups, double internal,
				       double total)
{
	igraph_integer_t ngroups = 0;
	double *ends, sumsq = 0;

	*out = NAN;
	for (igraph_integer_t v = 0; v < igraph_vector_int_size(groups); v++)
		if (VECTOR(*groups)[v] + 1 > ngroups)
			ngroups = VECTOR(*groups)[v] + 1;
	if (!(ends = calloc((size_t)ngroups + 1, sizeof *ends)))
		return sn_error_set(SN_ENOMEM, "assortativity: out of memory");
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		igraph_integer_t a = VECTOR(*groups)[IGRAPH_FROM(g, e)];
		igraph_integer_t b = VECTOR(*groups)[IGRAPH_TO(g, e)];
		if (a >= 0 && b >= 0) {
			ends[a]++;
			ends[b]++;
		}
	}
	for (igraph_integer_t k = 0; k < ngroups && total > 0; k++)
		sumsq += (ends[k] / (2 * total)) * (ends[k] / (2 * total));
	free(ends);
	if (total > 0 && sumsq < 1)
		*out = (internal / total - sumsq) / (1 - sumsq);
	return SN_OK;
}

sn_error_t sn_structure_mixing(sn_mixing_t *out, igraph_vector_t *group_ei_out, const igraph_t *g,
			       const igraph_vector_int_t *groups)
{
	igraph_integer_t n = igraph_vcount(g), m = igraph_ecount(g);
	sn_error_t rc;

	rc = sn__graph_require_undirected(g, "mixing");
	if (rc == SN_OK)
		rc = sn__graph_check_groups(g, groups, "mixing");
	if (rc != SN_OK)
		return rc;
	out->internal = out->external = 0;
	out->ungrouped = 0;
	for (igraph_integer_t v = 0; v < n; v++)
		out->ungrouped += VECTOR(*groups)[v] < 0;
	for (igraph_integer_t e = 0; e < m; e++) {
		igraph_integer_t a = VECTOR(*groups)[IGRAPH_FROM(g, e)];
		igraph_integer_t b = VECTOR(*groups)[IGRAPH_TO(g, e)];
		if (a < 0 || b < 0)
			continue;
		if (a == b)
			out->internal += 1;
		else
			out->external += 1;
	}
	double total = out->internal + out->external;
	out->ei = total > 0 ? (out->external - out->internal) / total : NAN;
	rc = mixing_assortativity(&out->assortativity, g, groups, out->internal, total);
	if (rc == SN_OK && group_ei_out != NULL)
		rc = mixing_by_group(group_ei_out, g, groups);
	return rc;
}
