/*
 * Gould–Fernandez brokerage roles; null-model moments as sna::brokerage for
 * directed graphs, and for the undirected Bernoulli graph on undirected ones.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "samnet/brokerage.h"
#include "analysis/graphcheck.h"

static const char *const role_names[SN_BROKER_ROLE_COUNT] = {
	"coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"
};

const char *sn_broker_role_name(sn_broker_role_t role)
{
	return (unsigned)role < SN_BROKER_ROLE_COUNT ? role_names[role] : "unknown";
}

sn_error_t sn_broker_role_parse(const char *name, sn_broker_role_t *out)
{
	for (int r = 0; r < SN_BROKER_ROLE_COUNT; r++)
		if (name && strcmp(name, role_names[r]) == 0) {
			*out = (sn_broker_role_t)r;
			return SN_OK;
		}
	return sn_error_set(SN_EINVAL, "unknown brokerage role '%s' (expected coordinator, "
			    "itinerant, representative, gatekeeper, liaison or total)",
			    name ? name : "");
}

void sn_brokerage_init(sn_brokerage_t *b)
{
	b->n = 0;
	b->density = NAN;
	b->raw = b->expected = b->sd = b->z = NULL;
	for (int r = 0; r < SN_BROKER_ROLE_COUNT; r++)
		b->global_raw[r] = b->global_expected[r] = 0;
}

void sn_brokerage_destroy(sn_brokerage_t *b)
{
	if (b == NULL)
		return;
	free(b->raw);
	free(b->expected);
	free(b->sd);
	free(b->z);
	sn_brokerage_init(b);
}

/* Role of broker j on the path i -> j -> k, as sna's brokerage_R classifies it. */
static sn_broker_role_t classify(igraph_integer_t gi, igraph_integer_t gj, igraph_integer_t gk)
{
	if (gj == gi)
		return gj == gk ? SN_BROKER_COORDINATOR : SN_BROKER_REPRESENTATIVE;
	if (gj == gk)
		return SN_BROKER_GATEKEEPER;
	if (gi == gk)
		return SN_BROKER_ITINERANT;
	return SN_BROKER_LIAISON;
}

/*
 * Counts open two-paths through each broker.  For every ego i, its
 * out-neighbours are stamped in `mark`, so that "i -> k exists" is one
 * lookup while walking i -> j -> k.  Returns the number of arcs in *arcs.
 */
static void count_paths(sn_brokerage_t *out, const igraph_adjlist_t *al,
			const igraph_vector_int_t *groups, igraph_integer_t *mark,
			igraph_integer_t *arcs)
{
	igraph_integer_t n = (igraph_integer_t)out->n;

	*arcs = 0;
	for (igraph_integer_t i = 0; i < n; i++) {
		igraph_vector_int_t *oi = igraph_adjlist_get(al, i);
		igraph_integer_t di = igraph_vector_int_size(oi);
		*arcs += di;
		for (igraph_integer_t a = 0; a < di; a++)
			mark[VECTOR(*oi)[a]] = i + 1;
		for (igraph_integer_t a = 0; a < di; a++) {
			igraph_integer_t j = VECTOR(*oi)[a];
			igraph_vector_int_t *oj = igraph_adjlist_get(al, j);
			for (igraph_integer_t b = 0; b < igraph_vector_int_size(oj); b++) {
				igraph_integer_t k = VECTOR(*oj)[b];
				if (k == i || mark[k] == i + 1)
					continue;
				sn_broker_role_t r = classify(VECTOR(*groups)[i], VECTOR(*groups)[j],
							      VECTOR(*groups)[k]);
				SN_BROKERAGE_AT(out->raw, j, r) += 1;
				SN_BROKERAGE_AT(out->raw, j, SN_BROKER_TOTAL) += 1;
			}
		}
	}
}

static double choose2(double x)
{
	return x >= 2 ? x * (x - 1) / 2 : 0;
}

/*
 * Expectation and variance of each count for a broker in group `gi` with
 * `size` holding the group sizes (Gould & Fernandez 1989, as sna computes
 * them).
 */
static void moments(double e[SN_BROKER_ROLE_COUNT], double v[SN_BROKER_ROLE_COUNT],
		    const double *size, igraph_integer_t ngroups, igraph_integer_t gi, double total,
		    double d)
{
	double q = d * d * (1 - d), c = pow(d * (1 - d), 3), ni = size[gi], rest = total - ni;
	double itin = 0, itin3 = 0, sq = 0, liais = 0;

	for (igraph_integer_t g = 0; g < ngroups; g++) {
		if (g == gi)
			continue;
		double ng = size[g];
		itin += ng * (ng - 1);
		itin3 += ng * (ng - 1) * (ng - 2);
		sq += ng * ng;
		liais += ng * choose2(total - ng - ni);
	}
	e[SN_BROKER_COORDINATOR] = q * (ni - 1) * (ni - 2);
	e[SN_BROKER_ITINERANT] = q * itin;
	e[SN_BROKER_REPRESENTATIVE] = q * rest * (ni - 1);
	e[SN_BROKER_GATEKEEPER] = e[SN_BROKER_REPRESENTATIVE];
	e[SN_BROKER_LIAISON] = q * (rest * rest - sq);
	e[SN_BROKER_TOTAL] = q * (total - 1) * (total - 2);
	for (int r = 0; r < SN_BROKER_ROLE_COUNT; r++)
		v[r] = e[r] * (1 - q);
	v[SN_BROKER_COORDINATOR] += 2 * (ni - 1) * (ni - 2) * (ni - 3) * c;
	v[SN_BROKER_ITINERANT] += 2 * itin3 * c;
	v[SN_BROKER_REPRESENTATIVE] += 2 * ((ni - 1) * choose2(rest) + rest * choose2(ni - 1)) * c;
	v[SN_BROKER_GATEKEEPER] = v[SN_BROKER_REPRESENTATIVE];
	v[SN_BROKER_LIAISON] += 4 * liais * c;
	v[SN_BROKER_TOTAL] += 2 * (total - 1) * (total - 2) * (total - 3) * c;
}

/*
 * Moments of X_P = the number of pairs {i, k} of a set P of unordered pairs
 * of other vertices that are open two-paths i - j - k through broker j in an
 * undirected Bernoulli graph of density d.  Each pair is open with
 * probability q = d^2 (1-d) (ties ij, jk present, ik absent); two pairs
 * sharing no vertex use disjoint ties, two sharing one vertex i share the
 * tie ij only, with covariance d^3 (1-d)^2 - q^2 = (d (1-d))^3.  So
 * E = |P| q and Var = |P| q (1-q) + shared (d (1-d))^3, `shared` the number
 * of ordered pairs of pairs of P with a vertex in common.  A count that reads
 * each pair both ways is 2 X_P: twice the mean, four times the variance.
 */
static void pair_moments(double *e, double *v, double pairs, double shared, double ways,
			 double d)
{
	double q = d * d * (1 - d), c = pow(d * (1 - d), 3);

	*e = ways * pairs * q;
	*v = ways * ways * (pairs * q * (1 - q) + shared * c);
}

/*
 * The same moments for an undirected graph, under the undirected Bernoulli
 * graph of density d (each tie present independently with probability d).
 * Counts read each tie both ways, as sna does: coordinator, itinerant,
 * liaison and total count each open path twice, representative and
 * gatekeeper once each (the path from j's group to another read forwards
 * and backwards).  Expectations equal the directed ones; the variances of
 * the paths counted twice are twice sna's, those of representative and
 * gatekeeper the same.
 */
static void moments_undirected(double e[SN_BROKER_ROLE_COUNT], double v[SN_BROKER_ROLE_COUNT],
			       const double *size, igraph_integer_t ngroups, igraph_integer_t gi,
			       double total, double d)
{
	double m = size[gi] - 1, rest = total - size[gi], itin = 0, itin3 = 0, sq = 0, liais = 0;

	for (igraph_integer_t g = 0; g < ngroups; g++) {
		if (g == gi)
			continue;
		double ng = size[g];
		itin += choose2(ng);
		itin3 += ng * (ng - 1) * (ng - 2);
		sq += ng * ng;
		liais += ng * (rest - ng) * (rest - ng - 1);
	}
	pair_moments(&e[SN_BROKER_COORDINATOR], &v[SN_BROKER_COORDINATOR], choose2(m),
		     m * (m - 1) * (m - 2), 2, d);
	pair_moments(&e[SN_BROKER_ITINERANT], &v[SN_BROKER_ITINERANT], itin, itin3, 2, d);
	pair_moments(&e[SN_BROKER_REPRESENTATIVE], &v[SN_BROKER_REPRESENTATIVE], m * rest,
		     m * rest * (rest - 1) + rest * m * (m - 1), 1, d);
	e[SN_BROKER_GATEKEEPER] = e[SN_BROKER_REPRESENTATIVE];
	v[SN_BROKER_GATEKEEPER] = v[SN_BROKER_REPRESENTATIVE];
	pair_moments(&e[SN_BROKER_LIAISON], &v[SN_BROKER_LIAISON], (rest * rest - sq) / 2, liais,
		     2, d);
	pair_moments(&e[SN_BROKER_TOTAL], &v[SN_BROKER_TOTAL], choose2(total - 1),
		     (total - 1) * (total - 2) * (total - 3), 2, d);
}

static sn_error_t fill_moments(sn_brokerage_t *out, const igraph_vector_int_t *groups,
			       bool directed)
{
	igraph_integer_t n = (igraph_integer_t)out->n;
	igraph_integer_t ngroups = n > 0 ? igraph_vector_int_max(groups) + 1 : 0;
	double *size = calloc((size_t)ngroups + 1, sizeof *size);

	if (size == NULL)
		return sn_error_set(SN_ENOMEM, "brokerage: out of memory");
	for (igraph_integer_t v = 0; v < n; v++)
		size[VECTOR(*groups)[v]] += 1;
	for (igraph_integer_t v = 0; v < n; v++) {
		double e[SN_BROKER_ROLE_COUNT], var[SN_BROKER_ROLE_COUNT];
		if (directed)
			moments(e, var, size, ngroups, VECTOR(*groups)[v], (double)n, out->density);
		else
			moments_undirected(e, var, size, ngroups, VECTOR(*groups)[v], (double)n,
					   out->density);
		for (int r = 0; r < SN_BROKER_ROLE_COUNT; r++) {
			double sd = sqrt(var[r] > 0 ? var[r] : 0);
			SN_BROKERAGE_AT(out->expected, v, r) = e[r];
			SN_BROKERAGE_AT(out->sd, v, r) = sd;
			SN_BROKERAGE_AT(out->z, v, r) = sd > 0
				? (SN_BROKERAGE_AT(out->raw, v, r) - e[r]) / sd : NAN;
			out->global_raw[r] += SN_BROKERAGE_AT(out->raw, v, r);
			/* Linearity: the network-level expectation is the sum over brokers. */
			out->global_expected[r] += e[r];
		}
	}
	free(size);
	return SN_OK;
}

static sn_error_t check_groups(const igraph_t *g, const igraph_vector_int_t *groups)
{
	sn_error_t rc = sn__graph_check_groups(g, groups, "brokerage");

	for (igraph_integer_t v = 0; rc == SN_OK && v < igraph_vcount(g); v++)
		if (VECTOR(*groups)[v] < 0)
			rc = sn_error_set(SN_EINVAL, "brokerage: vertex %" IGRAPH_PRId " has no group",
					  v);
	return rc;
}

sn_error_t sn_brokerage_compute(sn_brokerage_t *out, const igraph_t *g,
				const igraph_vector_int_t *groups)
{
	igraph_integer_t n = igraph_vcount(g), arcs = 0;
	igraph_adjlist_t al;
	igraph_integer_t *mark = NULL;
	bool have_al = false;
	size_t cells = (size_t)n * SN_BROKER_ROLE_COUNT + 1;
	sn_error_t rc;

	sn_brokerage_destroy(out);
	rc = check_groups(g, groups);
	if (rc != SN_OK)
		return rc;
	out->n = (size_t)n;
	out->raw = calloc(cells, sizeof *out->raw);
	out->expected = calloc(cells, sizeof *out->expected);
	out->sd = calloc(cells, sizeof *out->sd);
	out->z = calloc(cells, sizeof *out->z);
	mark = calloc((size_t)n + 1, sizeof *mark);
	if (out->raw == NULL || out->expected == NULL || out->sd == NULL || out->z == NULL
	    || mark == NULL) {
		rc = sn_error_set(SN_ENOMEM, "brokerage: out of memory");
		goto done;
	}
	/* Undirected ties are read in both directions: IGRAPH_OUT of an undirected graph is ALL. */
	rc = sn_error_from_igraph(igraph_adjlist_init(g, &al, IGRAPH_OUT, IGRAPH_NO_LOOPS,
						      IGRAPH_NO_MULTIPLE), "brokerage");
	if (rc != SN_OK)
		goto done;
	have_al = true;
	count_paths(out, &al, groups, mark, &arcs);
	out->density = n > 1 ? (double)arcs / ((double)n * (double)(n - 1)) : NAN;
	rc = fill_moments(out, groups, igraph_is_directed(g));
done:
	if (have_al)
		igraph_adjlist_destroy(&al);
	free(mark);
	if (rc != SN_OK)
		sn_brokerage_destroy(out);
	return rc;
}
