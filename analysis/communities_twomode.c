/*
 * Two-mode communities: Barber's (2007) bipartite modularity and a
 * clustering of both vertex classes together, refined with Barber's BRIM
 * (bipartite, recursively induced modules).  See
 * include/samnet/communities.h.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <igraph.h>

#include "samnet/communities.h"
#include "analysis/communities_private.h"

static sn_error_t check_types(const igraph_t *g, const igraph_vector_bool_t *types)
{
	if (igraph_vector_bool_size(types) != igraph_vcount(g))
		return sn_error_set(SN_EINVAL, "two-mode communities: %" IGRAPH_PRId
				    " types for %" IGRAPH_PRId " vertices",
				    igraph_vector_bool_size(types), igraph_vcount(g));
	for (igraph_integer_t e = 0; e < igraph_ecount(g); e++) {
		igraph_integer_t a = IGRAPH_FROM(g, e), b = IGRAPH_TO(g, e);

		if (VECTOR(*types)[a] == VECTOR(*types)[b])
			return sn_error_set(SN_EINVAL, "two-mode communities: edge %" IGRAPH_PRId
					    " joins vertices %" IGRAPH_PRId " and %" IGRAPH_PRId
					    " of the same class", e, a, b);
	}
	return SN_OK;
}

/*
 * Q_B = sum_c e_c / m - gamma K_c D_c / m^2 for a checked, non-empty graph;
 * labels must be in [0, k).
 */
static sn_error_t barber_value(double *out, const igraph_t *g, const igraph_vector_t *weights,
			       const igraph_vector_bool_t *types,
			       const igraph_vector_int_t *memb, igraph_integer_t k, double gamma)
{
	double *e, *kf, *kt, m = 0, q = 0;

	e = calloc(3 * (size_t)k + 1, sizeof *e);
	if (e == NULL)
		return sn_error_set(SN_ENOMEM, "two-mode communities: out of memory");
	kf = e + k;
	kt = kf + k;
	for (igraph_integer_t i = 0; i < igraph_ecount(g); i++) {
		igraph_integer_t a = IGRAPH_FROM(g, i), b = IGRAPH_TO(g, i);
		igraph_integer_t ca = VECTOR(*memb)[a], cb = VECTOR(*memb)[b];
		double w = sn__communities_weight(weights, i);

		m += w;
		if (ca == cb)
			e[ca] += w;
		/* Credit each end's strength to its own class total. */
		(VECTOR(*types)[a] ? kt : kf)[ca] += w;
		(VECTOR(*types)[b] ? kt : kf)[cb] += w;
	}
	for (igraph_integer_t c = 0; c < k; c++)
		q += e[c] / m - gamma * kf[c] * kt[c] / (m * m);
	free(e);
	*out = q;
	return SN_OK;
}

sn_error_t sn_communities_barber_modularity(double *out, const igraph_t *g,
					    const igraph_vector_t *weights,
					    const igraph_vector_bool_t *types,
					    const igraph_vector_int_t *membership,
					    double resolution)
{
	sn_error_t err;

	if ((err = sn__communities_check_graph(g, weights)) ||
	    (err = sn__communities_check_membership(g, membership)) ||
	    (err = sn__communities_check_resolution(resolution)) ||
	    (err = check_types(g, types)))
		return err;
	if (igraph_ecount(g) == 0) {
		*out = NAN;
		return SN_OK;
	}
	return barber_value(out, g, weights, types, membership,
			    igraph_vector_int_max(membership) + 1, resolution);
}

/* Scratch space of one BRIM run over k communities. */
typedef struct {
	igraph_integer_t k;
	double m, gamma;
	double *tot;     /* [k] summed strength of the other class per community */
	double *link;    /* [k] weight from the current vertex into each community */
	igraph_vector_t strength;
	igraph_inclist_t inc;
} brim_t;

/*
 * Best response of every vertex of class `side`: the community c that
 * maximises link(v, c) - gamma s_v tot(c) / m, keeping the current one on
 * ties.  Communities v has no tie to score -gamma s_v tot(c) / m, so only
 * the one with the least `tot` among them needs a look.
 */
static void brim_half(brim_t *b, const igraph_t *g, const igraph_vector_t *weights,
		      const igraph_vector_bool_t *types, igraph_vector_int_t *memb, bool side)
{
	igraph_integer_t n = igraph_vcount(g), cmin = 0;

	for (igraph_integer_t c = 0; c < b->k; c++)
		b->tot[c] = 0;
	for (igraph_integer_t v = 0; v < n; v++) {
		if (VECTOR(*types)[v] != side)
			b->tot[VECTOR(*memb)[v]] += VECTOR(b->strength)[v];
	}
	for (igraph_integer_t c = 1; c < b->k; c++) {
		if (b->tot[c] < b->tot[cmin])
			cmin = c;
	}
	for (igraph_integer_t v = 0; v < n; v++) {
		igraph_vector_int_t *edges = igraph_inclist_get(&b->inc, v);
		igraph_integer_t deg = igraph_vector_int_size(edges), cur = VECTOR(*memb)[v];
		double f = b->gamma * VECTOR(b->strength)[v] / b->m, best_score;
		igraph_integer_t best = cur;

		if (VECTOR(*types)[v] != side || deg == 0)
			continue;
		for (igraph_integer_t i = 0; i < deg; i++) {
			igraph_integer_t e = VECTOR(*edges)[i];

			b->link[VECTOR(*memb)[IGRAPH_OTHER(g, e, v)]] += sn__communities_weight(weights, e);
		}
		best_score = b->link[cur] - f * b->tot[cur];
		for (igraph_integer_t i = 0; i <= deg; i++) {
			igraph_integer_t c = i < deg ?
				VECTOR(*memb)[IGRAPH_OTHER(g, VECTOR(*edges)[i], v)] : cmin;
			double score = b->link[c] - f * b->tot[c];

			if (score > best_score + 1e-12 || (score >= best_score - 1e-12 &&
							    best != cur && c < best)) {
				best = c;
				best_score = score;
			}
		}
		for (igraph_integer_t i = 0; i < deg; i++)
			b->link[VECTOR(*memb)[IGRAPH_OTHER(g, VECTOR(*edges)[i], v)]] = 0;
		VECTOR(*memb)[v] = best;
	}
}

/*
 * BRIM from `memb` (canonical, k labels) until Q_B stops rising, at most
 * `max_sweeps` sweeps; s->sweeps counts them and s->at_bound is set when the
 * last one still raised Q_B.
 */
static sn_error_t brim(igraph_vector_int_t *memb, const igraph_t *g,
		       const igraph_vector_t *weights, const igraph_vector_bool_t *types,
		       igraph_integer_t k, double gamma, int max_sweeps,
		       sn_communities_summary_t *s)
{
	brim_t b = { .k = k, .gamma = gamma };
	double q, prev;
	bool rising = true;
	sn_error_t err = SN_OK;

	b.tot = calloc(2 * (size_t)k, sizeof *b.tot);
	if (b.tot == NULL)
		return sn_error_set(SN_ENOMEM, "two-mode communities: out of memory");
	b.link = b.tot + k;
	if (igraph_vector_init(&b.strength, 0)) {
		free(b.tot);
		return sn_error_set(SN_ENOMEM, "two-mode communities: out of memory");
	}
	if ((err = sn_error_from_igraph(igraph_strength(g, &b.strength, igraph_vss_all(),
							 IGRAPH_ALL, IGRAPH_LOOPS, weights),
					 "strength")))
		goto strength_done;
	b.m = igraph_vector_sum(&b.strength) / 2;
	if ((err = sn_error_from_igraph(igraph_inclist_init(g, &b.inc, IGRAPH_ALL,
							     IGRAPH_LOOPS_ONCE), "incidence list")))
		goto strength_done;
	if ((err = barber_value(&q, g, weights, types, memb, k, gamma)))
		goto done;
	for (s->sweeps = 0; s->sweeps < max_sweeps && rising; s->sweeps++) {
		prev = q;
		brim_half(&b, g, weights, types, memb, false);
		brim_half(&b, g, weights, types, memb, true);
		if ((err = barber_value(&q, g, weights, types, memb, k, gamma)))
			goto done;
		rising = q > prev + 1e-12;
	}
	s->at_bound |= rising;
done:
	igraph_inclist_destroy(&b.inc);
strength_done:
	igraph_vector_destroy(&b.strength);
	free(b.tot);
	return err;
}

sn_error_t sn_communities_detect_two_mode(igraph_vector_int_t *membership_out,
					  double *barber_out, sn_communities_summary_t *summary_out,
					  const igraph_t *g, const igraph_vector_t *weights,
					  const igraph_vector_bool_t *types,
					  const sn_communities_options_t *opts)
{
	sn_communities_options_t def;
	sn_communities_summary_t s;
	sn_error_t err;
	double q;

	if (opts == NULL) {
		sn_communities_options_default(&def);
		opts = &def;
	}
	if ((err = sn__communities_check_graph(g, weights)) || (err = check_types(g, types)))
		return err;
	if ((err = sn_communities_detect(membership_out, &s, g, weights, opts)))
		return err;
	if (igraph_ecount(g) > 0) {
		if ((err = brim(membership_out, g, weights, types, s.communities,
				opts->resolution, opts->max_iterations, &s)))
			return err;
		if ((err = sn__communities_canonical(membership_out, &s.communities)))
			return err;
	}
	if ((err = sn_communities_barber_modularity(&q, g, weights, types, membership_out,
						    opts->resolution)))
		return err;
	if (summary_out) {
		/* Q and the quality describe the final partition, not the starting one. */
		if ((err = sn_communities_modularity(&s.modularity, g, weights, membership_out,
						     1.0)))
			return err;
		s.quality = q;
		*summary_out = s;
	}
	if (barber_out)
		*barber_out = q;
	return SN_OK;
}
