/* Binary actor x project incidences in compressed rows, for the null models. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "samnet/nullmodel.h"
#include "base/projection_private.h"

void sn_incidence_init(sn_incidence_t *inc)
{
	memset(inc, 0, sizeof *inc);
}

void sn_incidence_destroy(sn_incidence_t *inc)
{
	if (inc == NULL)
		return;
	free(inc->start);
	free(inc->proj);
	sn_incidence_init(inc);
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/* Allocates the rows of `out` for the degrees in `deg` (prefix sums into start). */
static sn_error_t alloc_rows(sn_incidence_t *out, size_t nactors, size_t nprojects,
			     const size_t *deg, size_t n)
{
	out->start = calloc(nactors + 1, sizeof *out->start);
	out->proj = malloc((n ? n : 1) * sizeof *out->proj);
	if (out->start == NULL || out->proj == NULL) {
		sn_incidence_destroy(out);
		return sn_error_set(SN_ENOMEM, "incidence: out of memory");
	}
	for (size_t a = 0; a < nactors; a++)
		out->start[a + 1] = out->start[a] + deg[a];
	out->nactors = nactors;
	out->nprojects = nprojects;
	out->nmemberships = n;
	return SN_OK;
}

sn_error_t sn_incidence_from_pairs(sn_incidence_t *out, size_t nactors, size_t nprojects,
				   const size_t *actor, const size_t *project, size_t n)
{
	sn_error_t err = SN_OK;
	size_t *deg = calloc(nactors + 1, sizeof *deg);
	size_t *fill = NULL;

	if (deg == NULL)
		return sn_error_set(SN_ENOMEM, "incidence: out of memory");
	for (size_t k = 0; k < n; k++) {
		if (actor[k] >= nactors || project[k] >= nprojects) {
			err = sn_error_set(SN_EINVAL, "incidence: pair %zu (%zu, %zu) out of range "
					   "(%zu actors, %zu projects)", k, actor[k], project[k],
					   nactors, nprojects);
			goto done;
		}
		deg[actor[k]]++;
	}
	err = alloc_rows(out, nactors, nprojects, deg, n);
	if (err)
		goto done;
	fill = malloc((nactors + 1) * sizeof *fill);
	if (fill == NULL) {
		err = sn_error_set(SN_ENOMEM, "incidence: out of memory");
		goto done;
	}
	memcpy(fill, out->start, (nactors + 1) * sizeof *fill);
	for (size_t k = 0; k < n; k++)
		out->proj[fill[actor[k]]++] = project[k];
	for (size_t a = 0; a < nactors; a++) {
		size_t *row = out->proj + out->start[a], len = out->start[a + 1] - out->start[a];

		qsort(row, len, sizeof *row, cmp_size);
		for (size_t k = 1; k < len; k++) {
			if (row[k] == row[k - 1]) {
				err = sn_error_set(SN_EINVAL, "incidence: pair (%zu, %zu) repeats; "
						   "null models need a binary incidence", a, row[k]);
				goto done;
			}
		}
	}
done:
	if (err)
		sn_incidence_destroy(out);
	free(deg);
	free(fill);
	return err;
}

sn_error_t sn_incidence_from_network(sn_incidence_t *out, const sn_network_t *net)
{
	sn_error_t err = SN_OK;
	igraph_integer_t m;
	size_t *actor = NULL, *project = NULL;

	if (net == NULL || !net->built)
		return sn_error_set(SN_EINVAL, "incidence: the network is not built");
	m = igraph_ecount(&net->graph);
	actor = malloc((m ? (size_t)m : 1) * sizeof *actor);
	project = malloc((m ? (size_t)m : 1) * sizeof *project);
	if (actor == NULL || project == NULL) {
		err = sn_error_set(SN_ENOMEM, "incidence: out of memory");
		goto done;
	}
	for (igraph_integer_t e = 0; e < m; e++) {
		size_t u = (size_t)IGRAPH_FROM(&net->graph, e), v = (size_t)IGRAPH_TO(&net->graph, e);

		if (u > v) {
			size_t t = u;
			u = v;
			v = t;
		}
		if (u >= net->nactors || v < net->nactors) {
			err = sn_error_set(SN_EINVAL, "incidence: edge %" IGRAPH_PRId
					   " does not join an actor to a project", e);
			goto done;
		}
		actor[e] = u;
		project[e] = v - net->nactors;
	}
	err = sn_incidence_from_pairs(out, net->nactors, net->nprojects, actor, project, (size_t)m);
done:
	free(actor);
	free(project);
	return err;
}

sn_error_t sn_incidence_copy(sn_incidence_t *out, const sn_incidence_t *src)
{
	size_t *deg = calloc(src->nactors + 1, sizeof *deg);
	sn_error_t err;

	if (deg == NULL)
		return sn_error_set(SN_ENOMEM, "incidence: out of memory");
	for (size_t a = 0; a < src->nactors; a++)
		deg[a] = src->start[a + 1] - src->start[a];
	err = alloc_rows(out, src->nactors, src->nprojects, deg, src->nmemberships);
	free(deg);
	if (err)
		return err;
	if (src->nmemberships)
		memcpy(out->proj, src->proj, src->nmemberships * sizeof *out->proj);
	return SN_OK;
}

sn_error_t sn_incidence_to_graph(igraph_t *out, igraph_vector_bool_t *types,
				 const sn_incidence_t *inc)
{
	igraph_vector_int_t edges;
	igraph_integer_t nv = (igraph_integer_t)(inc->nactors + inc->nprojects);
	sn_error_t err = SN_OK;

	if (igraph_vector_int_init(&edges, 2 * (igraph_integer_t)inc->nmemberships))
		return sn_error_set(SN_ENOMEM, "incidence graph: out of memory");
	for (size_t a = 0, k = 0; a < inc->nactors; a++) {
		for (size_t q = inc->start[a]; q < inc->start[a + 1]; q++, k++) {
			VECTOR(edges)[2 * k] = (igraph_integer_t)a;
			VECTOR(edges)[2 * k + 1] = (igraph_integer_t)(inc->nactors + inc->proj[q]);
		}
	}
	err = sn_error_from_igraph(igraph_create(out, &edges, nv, IGRAPH_UNDIRECTED),
				   "incidence graph");
	if (err)
		goto done;
	if (types != NULL) {
		if (igraph_vector_bool_resize(types, nv)) {
			igraph_destroy(out);
			err = sn_error_set(SN_ENOMEM, "incidence graph: out of memory");
			goto done;
		}
		for (igraph_integer_t v = 0; v < nv; v++)
			VECTOR(*types)[v] = (size_t)v >= inc->nactors;
	}
done:
	igraph_vector_int_destroy(&edges);
	return err;
}

sn_error_t sn_incidence_project_degrees(igraph_vector_int_t *out, const sn_incidence_t *inc)
{
	if (igraph_vector_int_resize(out, (igraph_integer_t)inc->nprojects))
		return sn_error_set(SN_ENOMEM, "project degrees: out of memory");
	igraph_vector_int_null(out);
	for (size_t k = 0; k < inc->nmemberships; k++)
		VECTOR(*out)[inc->proj[k]]++;
	return SN_OK;
}

sn_error_t sn_incidence_check_degrees(const sn_incidence_t *a, const sn_incidence_t *b)
{
	igraph_vector_int_t da, db;
	sn_error_t err = SN_OK;

	if (a->nactors != b->nactors || a->nprojects != b->nprojects ||
	    a->nmemberships != b->nmemberships)
		return sn_error_set(SN_EDATA, "degree check: shapes differ (%zu x %zu, %zu "
				    "memberships vs %zu x %zu, %zu memberships)", a->nactors,
				    a->nprojects, a->nmemberships, b->nactors, b->nprojects,
				    b->nmemberships);
	for (size_t i = 0; i < a->nactors; i++) {
		size_t ka = a->start[i + 1] - a->start[i], kb = b->start[i + 1] - b->start[i];

		if (ka != kb)
			return sn_error_set(SN_EDATA, "degree check: actor %zu has %zu projects, "
					    "not %zu", i, kb, ka);
		for (size_t q = b->start[i]; q < b->start[i + 1]; q++) {
			if (b->proj[q] >= b->nprojects ||
			    (q > b->start[i] && b->proj[q] <= b->proj[q - 1]))
				return sn_error_set(SN_EDATA, "degree check: the projects of actor "
						    "%zu are not sorted, unique and in range", i);
		}
	}
	if (igraph_vector_int_init(&da, 0))
		return sn_error_set(SN_ENOMEM, "degree check: out of memory");
	if (igraph_vector_int_init(&db, 0)) {
		igraph_vector_int_destroy(&da);
		return sn_error_set(SN_ENOMEM, "degree check: out of memory");
	}
	err = sn_incidence_project_degrees(&da, a);
	if (!err)
		err = sn_incidence_project_degrees(&db, b);
	for (size_t p = 0; !err && p < a->nprojects; p++) {
		if (VECTOR(da)[p] != VECTOR(db)[p])
			err = sn_error_set(SN_EDATA, "degree check: project %zu has %" IGRAPH_PRId
					   " members, not %" IGRAPH_PRId, p, VECTOR(db)[p],
					   VECTOR(da)[p]);
	}
	igraph_vector_int_destroy(&da);
	igraph_vector_int_destroy(&db);
	return err;
}

size_t sn_incidence_shared(const sn_incidence_t *inc, size_t i, size_t j)
{
	const size_t *a = inc->proj + inc->start[i], *b = inc->proj + inc->start[j];
	size_t ka = inc->start[i + 1] - inc->start[i], kb = inc->start[j + 1] - inc->start[j];
	size_t x = 0, y = 0, c = 0;

	while (x < ka && y < kb) {
		if (a[x] < b[y]) {
			x++;
		} else if (b[y] < a[x]) {
			y++;
		} else {
			c++;
			x++;
			y++;
		}
	}
	return c;
}

/* Members of every project in compressed columns: col[cstart[p] .. cstart[p+1]). */
static sn_error_t columns(size_t **cstart_out, size_t **col_out, const sn_incidence_t *inc)
{
	size_t *cstart = calloc(inc->nprojects + 1, sizeof *cstart);
	size_t *col = malloc((inc->nmemberships + 1) * sizeof *col);
	size_t *fill = malloc((inc->nprojects + 1) * sizeof *fill);

	if (cstart == NULL || col == NULL || fill == NULL) {
		free(cstart);
		free(col);
		free(fill);
		return sn_error_set(SN_ENOMEM, "projection: out of memory");
	}
	for (size_t k = 0; k < inc->nmemberships; k++)
		cstart[inc->proj[k] + 1]++;
	for (size_t p = 0; p < inc->nprojects; p++)
		cstart[p + 1] += cstart[p];
	memcpy(fill, cstart, (inc->nprojects + 1) * sizeof *fill);
	for (size_t a = 0; a < inc->nactors; a++)
		for (size_t q = inc->start[a]; q < inc->start[a + 1]; q++)
			col[fill[inc->proj[q]]++] = a;
	free(fill);
	*cstart_out = cstart;
	*col_out = col;
	return SN_OK;
}

sn_error_t sn_incidence_project(igraph_t *out, igraph_vector_t *shared_out,
				igraph_vector_t *weight_out, const sn_incidence_t *inc,
				sn_weighting_t weighting)
{
	/* The rows are borrowed: sn__csr_t is read-only here. */
	sn__csr_t rows = { inc->nactors, inc->start, inc->proj }, cols = { inc->nprojects, NULL, NULL };
	sn_error_t err = columns(&cols.start, &cols.nbr, inc);

	if (!err)
		err = sn__projection_from_csr(out, weight_out, shared_out, &rows, &cols, weighting);
	free(cols.start);
	free(cols.nbr);
	return err;
}
