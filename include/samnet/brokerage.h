/*
 * samnet/brokerage.h: Gould–Fernandez (1989) brokerage roles.
 *
 * A broker j sits on an open two-path i -> j -> k (i, j, k distinct, i and
 * k not tied i -> k).  Its role follows from the groups of the three:
 *
 *   coordinator     i, j, k all in one group              A -> A -> A  (w_I)
 *   itinerant       i and k in one group, j in another    A -> B -> A  (w_O)
 *   representative  i and j in one group, k in another    A -> A -> B  (b_IO)
 *   gatekeeper      j and k in one group, i in another    A -> B -> B  (b_OI)
 *   liaison         three different groups                A -> B -> C  (b_O)
 *
 * This is the definition of R's sna::brokerage (Butts), which works on
 * directed graphs.  An undirected graph (a projection) is read as directed
 * with every tie in both directions, as sna does with a symmetric
 * sociomatrix.  Consequences: every open path i - j - k is counted twice,
 * once each way, so coordinator, itinerant and liaison counts are twice
 * the number of unordered broker positions, and representative and
 * gatekeeper counts are equal (A -> A -> B read backwards is B -> A -> A).
 *
 * Expected counts, standard deviations and z-scores.  On a directed graph
 * they follow sna::brokerage: the null model is a Bernoulli digraph of the
 * observed density d = arcs / (N (N-1)), group sizes fixed; for a broker in
 * a group of n_i vertices, with q = d^2 (1-d),
 *   E[coordinator]    = q (n_i - 1)(n_i - 2)
 *   E[itinerant]      = q sum over other groups g of n_g (n_g - 1)
 *   E[representative] = E[gatekeeper] = q (N - n_i)(n_i - 1)
 *   E[liaison]        = q sum over ordered pairs of distinct other groups g, h of n_g n_h
 *   E[total]          = q (N - 1)(N - 2)
 * and the variances of Gould & Fernandez (1989) as implemented in sna.
 * These vertex-level moments were checked against exact enumeration of
 * every digraph on five vertices (tests/check_brokerage.c).  sna's
 * network-level variances for b_IO, b_OI and the total do not match exact
 * enumeration, so only network-level raw and expected counts are given.
 *
 * On an undirected graph sna's digraph model is wrong: a tie there is one
 * coin, not two independent arcs, so the two readings of one path are the
 * same event, and the variance of the counts that read a path twice is
 * four times that of the number of paths.  The null model is then the
 * undirected Bernoulli graph of the same density d = ties / (N (N-1) / 2):
 * the expectations are the ones above; with c = (d (1-d))^3 and
 * m = n_i - 1, R = N - n_i, the variances are
 *   coordinator    2 m (m-1) q (1-q) + 4 m (m-1) (m-2) c
 *   itinerant      sum over other groups g of the same with m = n_g
 *   representative = gatekeeper = m R q (1-q) + m R (m + R - 2) c
 *   liaison        2 L q (1-q) + 4 c sum over other groups g of
 *                  n_g (R - n_g)(R - n_g - 1), L = (R^2 - sum_g n_g^2) / 2
 *   total          2 (N-1)(N-2) q (1-q) + 4 (N-1)(N-2)(N-3) c
 * i.e. twice sna's for coordinator, itinerant, liaison and total (their
 * z-scores are sna's divided by about sqrt 2) and sna's for representative
 * and gatekeeper.  Checked against exact enumeration of every graph on six
 * vertices (tests/check_brokerage.c).
 *
 * Lifetime: caller-held struct, sn_brokerage_init() / sn_brokerage_destroy();
 * destroy is safe after init and after any failure.
 */
#ifndef SAMNET_BROKERAGE_H
#define SAMNET_BROKERAGE_H

#include <stddef.h>

#include <igraph.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	SN_BROKER_COORDINATOR,
	SN_BROKER_ITINERANT,
	SN_BROKER_REPRESENTATIVE,
	SN_BROKER_GATEKEEPER,
	SN_BROKER_LIAISON,
	SN_BROKER_TOTAL,
	SN_BROKER_ROLE_COUNT
} sn_broker_role_t;

/* "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total" (static). */
const char *sn_broker_role_name(sn_broker_role_t role);

/* The reverse of sn_broker_role_name(); SN_EINVAL with a message for another name. */
sn_error_t sn_broker_role_parse(const char *name, sn_broker_role_t *out);

typedef struct {
	size_t n;                 /* vertices */
	double density;           /* arcs / (n (n-1)) of the directed reading */
	/* Row-major [n * SN_BROKER_ROLE_COUNT]: entry v * SN_BROKER_ROLE_COUNT + role. */
	double *raw;              /* observed counts */
	double *expected;         /* expectation under the null model */
	double *sd;               /* its standard deviation */
	double *z;                /* (raw - expected) / sd; NaN when sd is 0 */
	double global_raw[SN_BROKER_ROLE_COUNT];       /* sums over vertices */
	double global_expected[SN_BROKER_ROLE_COUNT];  /* their expectation */
} sn_brokerage_t;

void sn_brokerage_init(sn_brokerage_t *b);
void sn_brokerage_destroy(sn_brokerage_t *b);

/* Entry (v, role) of one of the matrices above. */
#define SN_BROKERAGE_AT(matrix, v, role) ((matrix)[(size_t)(v) * SN_BROKER_ROLE_COUNT + (role)])

/*
 * Gould–Fernandez brokerage of every vertex of `g` (directed, or undirected
 * read as both directions) under the grouping `groups` (one id >= 0 per
 * vertex; a vertex without a natural group, say an agency when grouping by
 * county, should get a group of its own or a shared "none" group: the
 * choice changes the counts).  Loops and multiple ties are ignored.  Any
 * previous contents of `out` are freed.
 *
 * Errors: SN_EINVAL when `groups` has the wrong length or a negative id;
 * SN_ENOMEM.  On failure `out` is left initialised and empty.
 * Complexity: O(sum over j of in(j) out(j)) time, O(n + m) memory.
 */
sn_error_t sn_brokerage_compute(sn_brokerage_t *out, const igraph_t *g,
				const igraph_vector_int_t *groups);

#ifdef __cplusplus
}
#endif
#endif
