/*
 * samnet/power.h: weighted voting games and a priori voting power.
 *
 * A game has n players and one or more criteria.  A criterion is a named
 * vector of non-negative integer weights (one per player) and an integer
 * quota; a coalition S wins when, for every criterion c, the weight of S
 * under c is at least the quota of c.  One criterion is a weighted majority
 * game [q; w1, ..., wn]; several make a vector-weighted majority game, such
 * as the EU Council's double majority "members>=15 and population>=65%"
 * (Taylor and Zwicker 1999).  Every such game is monotone and, because each
 * quota is at least 1 and at most the total, the empty coalition loses and
 * the grand coalition wins.
 *
 * Weights are integers.  Real weights (square-root populations for
 * Penrose's rule) are turned into integers by sn_game_scale_weights(),
 * which states its rounding error; all algorithms then run on exact integer
 * weights.  Weight totals are checked for int64 overflow.
 *
 * Lifetimes: sn_game_t is an opaque handle, sn_game_new() / sn_game_free().
 * sn_power_result_t and sn_coalition_list_t are caller-held structs,
 * sn_x_init() / sn_x_destroy().  After a failure, outputs are safely
 * destroyable and hold nothing.
 *
 * References: Banzhaf 1965, Penrose 1946, Shapley and Shubik 1954,
 * Johnston 1978, Deegan and Packel 1978, Holler 1982, Coleman 1971;
 * Felsenthal and Machover, The Measurement of Voting Power (1998);
 * Bilbao, Fernández, Jiménez Losada and López, "Generating functions for
 * computing power indices efficiently", TOP 8 (2000).
 */
#ifndef SAMNET_POWER_H
#define SAMNET_POWER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "samnet/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ games */

typedef struct sn_game sn_game_t;

/* Largest number of players any game may have. */
#define SN_GAME_MAX_PLAYERS 100000

/*
 * Creates a game of `nplayers` players and no criteria yet (add at least one
 * with sn_game_add_criterion() before computing anything).
 * Errors: SN_EINVAL when nplayers is 0 or above SN_GAME_MAX_PLAYERS,
 * SN_ENOMEM.  O(1).
 */
sn_error_t sn_game_new(sn_game_t **out, size_t nplayers);

/* Frees a game; NULL is fine. */
void sn_game_free(sn_game_t *g);

/*
 * Adds the criterion `name` (copied; NULL gives "weight") with the weights
 * `weights[0..n)` (copied) and the absolute quota `quota`.
 * Errors (SN_EINVAL, with a message naming the criterion): a negative weight;
 * weights whose total overflows int64; a quota below 1; a quota above the
 * total ("quota 13 exceeds the total weight 12 of weight").  SN_ENOMEM.
 * O(n).
 */
sn_error_t sn_game_add_criterion(sn_game_t *g, const char *name, const int64_t *weights,
				 int64_t quota);

/*
 * Convenience: a weighted majority game [quota; weights] with one criterion
 * named "weight".  Errors as sn_game_new() and sn_game_add_criterion().
 */
sn_error_t sn_game_new_weighted(sn_game_t **out, const int64_t *weights, size_t n,
				int64_t quota);

size_t sn_game_nplayers(const sn_game_t *g);
size_t sn_game_ncriteria(const sn_game_t *g);
/* Name, weights (borrowed, [n]), quota and total of criterion `c`. */
const char *sn_game_criterion_name(const sn_game_t *g, size_t c);
const int64_t *sn_game_weights(const sn_game_t *g, size_t c);
int64_t sn_game_quota(const sn_game_t *g, size_t c);
int64_t sn_game_total(const sn_game_t *g, size_t c);

/*
 * True when the coalition whose members have members[i] != 0 wins, i.e.
 * meets every quota (with a communication graph: one of its connected parts
 * does, v^G >= 1; see sn_game_set_graph()).  `members` has n entries.  O(n * criteria), O(n^2 * criteria) with
 * a graph.
 */
bool sn_game_wins(const sn_game_t *g, const unsigned char *members);

/*
 * True when the coalition blocks: its complement does not win (a blocking
 * minority).  O(n * criteria).
 */
bool sn_game_blocks(const sn_game_t *g, const unsigned char *members);

/*
 * Restricts the game to a communication graph (Myerson 1977): only players
 * who can talk to each other cooperate.  The graph-restricted game is
 *
 *   v^G(S) = sum over the connected parts C of S (in the graph induced on
 *            S) of v(C),
 *
 * v the voting game (1 when C meets every quota, else 0): the number of
 * winning parts of S.  Its Shapley value is the Myerson value, its Banzhaf
 * value the graph-restricted Banzhaf value (Owen 1986; Alonso-Meijide and
 * Fiestras-Janeiro 2006).  When some criterion's quota exceeds half its
 * total, two disjoint parts cannot both win, so v^G is the simple game "one
 * of the parts wins" and every index is that game's.  When every quota is
 * at most half, v^G can be 2 or more and is not monotone: a player who only
 * joins two winning parts into one lowers it, and can get a negative Myerson
 * value (see sn_power_compute()).  Edges are pairs (from[k], to[k]) of
 * player indices; self-loops and repeats are ignored; no edges at all means
 * no coalition of two or more cooperates.  A second call replaces the graph.
 * Errors: SN_ELIMIT when the game has more than 64 players, SN_EINVAL for an
 * edge naming a player beyond n, SN_ENOMEM.  O(n + nedges).
 */
sn_error_t sn_game_set_graph(sn_game_t *g, const size_t *from, const size_t *to, size_t nedges);

/*
 * True when the game is a simple game: always without a communication
 * graph; with one, when some criterion's quota exceeds half its total (so
 * v^G takes only the values 0 and 1).  O(criteria).
 */
bool sn_game_is_simple(const sn_game_t *g);

/* True when the game is restricted to a communication graph. */
bool sn_game_has_graph(const sn_game_t *g);

/*
 * What a graph-restricted game is, in one sentence for people (a
 * coalition wins when one of its parts wins, or is worth the number of its
 * winning parts, and what the indices then mean); NULL without a graph.
 * Static storage.  O(criteria).
 */
const char *sn_game_describe(const sn_game_t *g);

/*
 * The number of distinct ties of the communication graph (a pair joined
 * by several edges counts once; self-loops are not ties); 0 without a
 * graph.  O(n).
 */
size_t sn_game_nties(const sn_game_t *g);

/*
 * Groups the players into blocs, a priori unions that form coalitions
 * together (Owen 1977): players i and j are in the same bloc when
 * bloc[i] == bloc[j]; labels are any numbers below n.  NULL removes the
 * blocs.  Only the Owen value (SN_POWER_OWEN) depends on them.
 * Errors: SN_EINVAL for a label of n or more, SN_ENOMEM.  O(n).
 */
sn_error_t sn_game_set_blocs(sn_game_t *g, const size_t *bloc);

/*
 * Groups the players into blocs by name: players whose names[i] are equal
 * and not empty form a bloc; a player named "" stays alone.  `names` has n
 * entries (borrowed); NULL removes the blocs.  Errors as
 * sn_game_set_blocs().  O(n^2) string comparisons.
 */
sn_error_t sn_game_set_bloc_names(sn_game_t *g, const char *const *names);

/* Number of blocs (players alone count as blocs of one), 0 when none were set. */
size_t sn_game_nblocs(const sn_game_t *g);

/*
 * Turns real, non-negative weights into integers for a game:
 * out[i] = round(w[i] * s) with s = max_weight / max_j w[j], so the largest
 * weight becomes `max_weight`.  Each scaled weight then differs from the
 * exact w[i] * s by at most 0.5, i.e. the relative rounding error of a
 * coalition's weight is at most n / (2 max_weight) of the largest weight;
 * the game changes only when a coalition's exact weight lies that close to
 * the quota.  For √population (Penrose) weights of Swedish regions,
 * max_weight = 1000000 keeps the error below 1e-6 of the largest weight and
 * the total near 10^7.  `scale_out` (may be NULL) receives s.
 * Errors: SN_EINVAL for n = 0, a negative or non-finite weight, all weights
 * zero, max_weight < 1, or a total that would overflow int64.  O(n).
 */
sn_error_t sn_game_scale_weights(int64_t *out, double *scale_out, const double *w, size_t n,
				 int64_t max_weight);

/* ------------------------------------------------------------ quota rules */

/* A named weight vector a rule may refer to (borrowed, [nplayers] weights). */
typedef struct {
	const char *name;
	const int64_t *weights;
} sn_weight_vector_t;

/*
 * Parses a quota against the total weight `total`: an absolute integer
 * ("12"), or a share in percent ("50%", "65.5%"), optionally preceded by
 * ">=" (the default) or ">" ("more than").  A share is exact: ">=p%" gives
 * the smallest integer quota q with q >= p/100 * total, ">p%" the smallest
 * with q > p/100 * total; ">N" gives N + 1.  Spaces are allowed around
 * tokens.
 * Errors (SN_EINVAL): malformed text, more than 9 decimals, a share above
 * 100 %, a quota below 1 or above `total` (the message states the total).
 * O(length).
 */
sn_error_t sn_quota_parse(int64_t *out, const char *text, int64_t total);

/*
 * Builds a game of `nplayers` players from a rule such as
 * "members>=11 and population>=65%": criteria joined by the word "and"
 * (case-insensitive), each NAME OP VALUE where OP is ">=" or ">" and VALUE
 * is as in sn_quota_parse().  NAME refers to one of `vectors` (case-
 * sensitive); the name "members" (or "count"), when not among `vectors`,
 * means one vote per player.  The criteria of the game keep the rule's
 * names and order.
 * Errors (SN_EINVAL), each message giving the 1-based character position:
 * an empty rule, a missing or unknown name ("unknown weight 'pop' at
 * position 1; known: members, population"), a missing operator or value,
 * trailing text, a criterion named twice, and every error of
 * sn_quota_parse() and sn_game_add_criterion().  SN_ENOMEM.
 * O(length + criteria * nplayers).
 */
sn_error_t sn_game_from_rule(sn_game_t **out, const char *rule, size_t nplayers,
			     const sn_weight_vector_t *vectors, size_t nvectors);

/* ----------------------------------------------------------- power indices */

/* The indices sn_power_compute() can compute, as bits of a mask. */
typedef enum {
	SN_POWER_BANZHAF = 1u << 0,        /* normalised and absolute (Penrose) Banzhaf */
	SN_POWER_SHAPLEY = 1u << 1,        /* Shapley-Shubik */
	SN_POWER_JOHNSTON = 1u << 2,
	SN_POWER_DEEGAN_PACKEL = 1u << 3,
	SN_POWER_HOLLER = 1u << 4,         /* Holler's public good index */
	SN_POWER_COLEMAN = 1u << 5,        /* collectivity to act, to prevent, to initiate */
	SN_POWER_OWEN = 1u << 6            /* Owen value; needs blocs (sn_game_set_blocs) */
} sn_power_index_t;

#define SN_POWER_INDEX_COUNT 7
/* Every index of a game without blocs. */
#define SN_POWER_ALL 0x3fu
/* Indices that need no enumeration of coalitions. */
#define SN_POWER_CHEAP (SN_POWER_BANZHAF | SN_POWER_SHAPLEY | SN_POWER_COLEMAN)

/*
 * Parses a comma-separated list of index names ("banzhaf,shapley", also
 * "all" and "cheap") into a mask.  Names: banzhaf, shapley, johnston,
 * deegan-packel, holler, coleman, owen.  SN_EINVAL names the unknown word.
 */
sn_error_t sn_power_indices_parse(unsigned *out, const char *text);

/* The name of the single index bit `index` ("banzhaf"); NULL if not one. */
const char *sn_power_index_name(unsigned index);

typedef enum {
	SN_POWER_AUTO,        /* pick per index, see sn_power_compute() */
	SN_POWER_EXACT,       /* dynamic programming over weights (over the quota vector for several criteria) */
	SN_POWER_BRUTE,       /* enumeration of all 2^n coalitions */
	SN_POWER_MONTECARLO   /* sampling, with 95 % confidence intervals */
} sn_power_method_t;

/* "auto", "exact", "brute", "montecarlo". */
const char *sn_power_method_name(sn_power_method_t m);
/* Parses one of those names; SN_EINVAL otherwise. */
sn_error_t sn_power_method_parse(sn_power_method_t *out, const char *text);

typedef struct {
	unsigned indices;           /* SN_POWER_* mask; 0 means SN_POWER_CHEAP */
	sn_power_method_t method;
	uint64_t samples;           /* Monte Carlo samples; 0: 1000000 */
	uint64_t seed;              /* Monte Carlo seed (gsl_rng_mt19937 via sn_seed_gsl()) */
	size_t max_brute_players;   /* enumeration limit; 0: 25 (at most 30) */
	size_t max_memory;          /* bytes the exact DP may use; 0: 1 GiB */
} sn_power_options_t;

#define SN_POWER_OPTIONS_INIT { 0, SN_POWER_AUTO, 0, 1, 0, 0 }

/*
 * Results.  Every per-player array has n entries and is NULL when its index
 * was not requested.  The *_lo / *_hi arrays hold 95 % confidence bounds and
 * are non-NULL only for indices estimated by Monte Carlo.
 */
typedef struct {
	size_t n;
	unsigned indices;                  /* what was computed */
	sn_power_method_t method[SN_POWER_INDEX_COUNT]; /* per index bit: the method used */
	uint64_t samples;                  /* Monte Carlo samples drawn (0 if none) */

	double *banzhaf;        /* normalised: swings_i / sum_j swings_j */
	double *banzhaf_abs;    /* absolute (Penrose): swings_i / 2^(n-1) */
	double *shapley;        /* Shapley-Shubik */
	double *johnston;       /* normalised Johnston */
	double *deegan_packel;
	double *holler;         /* normalised public good index */
	double *coleman_prevent;   /* swings_i / #winning coalitions */
	double *coleman_initiate;  /* swings_i / #losing coalitions */
	double *owen;           /* Owen value (Shapley-Shubik with a priori unions) */
	double coleman_collectivity; /* #winning / 2^n; NAN if not computed */
	double winning;         /* #winning coalitions (a double: may exceed 2^64); NAN if unknown */
	double minimal_winning; /* #minimal winning coalitions; NAN if unknown */

	double *banzhaf_lo, *banzhaf_hi;
	double *banzhaf_abs_lo, *banzhaf_abs_hi;
	double *shapley_lo, *shapley_hi;
	double *owen_lo, *owen_hi;
	double coleman_collectivity_lo, coleman_collectivity_hi;
} sn_power_result_t;

void sn_power_result_init(sn_power_result_t *r);
/* Frees the arrays and re-initialises; NULL is fine. */
void sn_power_result_destroy(sn_power_result_t *r);

/* The number of per-player arrays of a result, for sn_power_result_column(). */
#define SN_POWER_RESULT_COLUMNS 17

/*
 * The k-th per-player array of `r` (k < SN_POWER_RESULT_COLUMNS) in the
 * order tables show them: banzhaf, banzhaf_lo, banzhaf_hi, banzhaf_abs,
 * banzhaf_abs_lo, banzhaf_abs_hi, shapley, shapley_lo, shapley_hi, owen,
 * owen_lo, owen_hi, johnston, deegan_packel, holler, coleman_prevent,
 * coleman_initiate.  *name_out (may be NULL) receives the column name.
 * Returns NULL when that array was not computed (or k is too large).  O(1).
 */
const double *sn_power_result_column(const sn_power_result_t *r, size_t k, const char **name_out);

/*
 * The indices worth computing by default for game `g` with `method`: all
 * (SN_POWER_ALL) up to 20 players unless sampling, else SN_POWER_CHEAP;
 * Banzhaf and Shapley-Shubik only for a graph-restricted game that is not
 * simple (the only two defined there).  O(criteria).
 */
unsigned sn_power_default_indices(const sn_game_t *g, sn_power_method_t method);

/*
 * Options from text, for game `g`: the method `method` (NULL: auto) as
 * sn_power_method_parse(), the indices `indices` (NULL: those of
 * sn_power_default_indices()) as sn_power_indices_parse(), plus Owen when
 * the game has blocs; the other fields keep SN_POWER_OPTIONS_INIT's values.
 * Errors (SN_EINVAL): the parsers', prefixed "method: " or "indices: ".
 * O(length).
 */
sn_error_t sn_power_options_parse(sn_power_options_t *out, const sn_game_t *g, const char *method,
				  const char *indices);

/*
 * Computes the requested power indices of every player.
 *
 * Definitions (S ranges over coalitions, W over winning ones; player i
 * "swings" in S when S wins and S \ {i} loses; a minimal winning coalition
 * is one where every member swings):
 *  - absolute Banzhaf (Penrose 1946, Banzhaf 1965): swings_i / 2^(n-1),
 *    normalised Banzhaf: swings_i / sum_j swings_j;
 *  - Shapley-Shubik (1954): the share of the n! orderings in which i is
 *    pivotal, sum over swings S of (|S|-1)! (n-|S|)! / n!;
 *  - Johnston (1978): each winning coalition with c > 0 swinging members
 *    gives 1/c to each of them; normalised to sum 1;
 *  - Deegan-Packel (1978): (1/|M|) sum over minimal winning S containing i
 *    of 1/|S|, M the set of minimal winning coalitions;
 *  - Holler (1982): #minimal winning coalitions containing i, normalised;
 *  - Coleman (1971): power of the collectivity to act |W| / 2^n; power to
 *    prevent swings_i / |W|; power to initiate swings_i / (2^n - |W|);
 *  - Owen (1977), for games with blocs: the share of the orderings that
 *    keep every bloc together in which i is pivotal (blocs in random order,
 *    members in random order within their bloc).  Without blocs of two or
 *    more it equals Shapley-Shubik.
 * A dummy (a player who never swings) gets 0 in all of them.
 *
 * With a communication graph (sn_game_set_graph()) the indices are those
 * of v^G.  Banzhaf and Shapley-Shubik are computed from the marginal
 * contributions v^G(S + i) - v^G(S), for any quota: absolute
 * Banzhaf sum over S lacking i of them / 2^(n-1), normalised Banzhaf that
 * divided by the sum over all players (NaN when that sum is not positive),
 * Shapley-Shubik the Myerson value.  Example: weights 2, 1, 2 on the path
 * 1 - 2 - 3, quota 2 (at most half of 5): v^G is 1 for {1}, {3}, {1,2},
 * {2,3} and {1,2,3}, 2 for {1,3}, 0 otherwise, and the Myerson value is
 * (2/3, -1/3, 2/3): player 2 only joins 1 and 3, who win apart.  BRUTE
 * enumerates all coalitions (exact, as above); MONTECARLO averages the
 * contributions in random orderings (Shapley) or to uniform random
 * coalitions (Banzhaf).  When the game is not simple (sn_game_is_simple()),
 * contributions can be negative, so the Monte Carlo intervals are normal
 * ones (mean +- 1.96 sample sd / sqrt(samples)), not Wilson's; the other
 * indices, the Owen value and `winning` are not defined for it: SN_EINVAL.
 * No graph-restricted game takes EXACT.
 *
 * Methods, and what SN_POWER_AUTO picks:
 *  - EXACT, for one-criterion games: generating functions over weights
 *    (Brams-Affuso 1976; Bilbao et al. 2000), after dividing all weights and
 *    the quota by the weights' gcd.  Banzhaf and Coleman: one pass over the
 *    players in ascending weight builds the distribution of coalition
 *    weights below the quota q as probabilities in double precision (no
 *    overflow for any n) and its distribution function G in long double;
 *    each player is then divided out on the one chain that matters,
 *    b_i = 2G(q) - 4G(q - w_i) + 4G(q - 2w_i) - ... ("remove one player",
 *    O(q / w_i)).  Time O(n q), memory 24 (q + 1) bytes.  Every absolute
 *    Banzhaf value has an absolute error below 4 (n + q / w_i) 2^-53
 *    (about 1e-12 for the 290 kommuner).  Shapley-Shubik: counts by size
 *    and weight, exact in 128-bit integers (wrap-around arithmetic is exact
 *    because the final counts are below 2^127), the same alternating sums
 *    per size; O(n^2 q) time, 16 (n + 1)(q + 1) bytes; for n <= 126 when
 *    that fits.  Otherwise Owen's multilinear extension (1972): phi_i is
 *    the integral over t of P(q - w_i <= W_-i(t) < q), a polynomial of
 *    degree n - 1, integrated exactly by ceil(n/2)-point Gauss-Legendre;
 *    each node is one generating-function pass (probabilities 1-t, t; nodes
 *    t > 1/2 through the complementary coalition, so every division chain
 *    is damped).  Absolute error below about 4n 2^-53; O(n^2 R / 4) time
 *    on up to 4 threads, 24 (R + 1) bytes per thread, R = max(q, T-q+1).
 *    The 290 kommuner by population take about a minute on two busy cores.
 *    Limited by `max_memory`.
 *  - EXACT, for Banzhaf, Coleman and Shapley-Shubik of games with several
 *    criteria (vector games): dynamic programming over the quota vector.  A state is a
 *    coalition's weight under every criterion capped at its quota (after
 *    dividing each criterion by its gcd), S = prod_c (q_c + 1) states,
 *    kept as probabilities; "everyone but i" for all i by divide and
 *    conquer: O(S k n log n) time, 8 S (ceil(log2 n) + 4) bytes.  Weights
 *    are never scaled to fit: beyond `max_memory` it is SN_ELIMIT.  The
 *    289 kommuner of the bundled data under "members>=55% and
 *    population>=65%" have about 1.1e9 states (population counted in
 *    people), so they do not fit and AUTO samples; see doc/benchmarks.md.  Shapley-Shubik adds a layer
 *    per coalition size (n times the memory, about n/2 times the time),
 *    each layer holding count / C(m, size) so that every step is a convex
 *    combination and nothing overflows.
 *  - BRUTE: enumerates all 2^n coalitions in Gray-code order (any number
 *    of criteria; the oracle for every index); n <= max_brute_players.
 *    Time O(2^n n), memory 2^n bits.
 *  - MONTECARLO: `samples` uniform random coalitions for Banzhaf and
 *    Coleman, as many random orderings for Shapley-Shubik, from
 *    gsl_rng_mt19937 seeded with sn_seed_gsl(seed).  95 % Wilson score intervals for
 *    absolute Banzhaf, Shapley-Shubik and the collectivity to act; the
 *    normalised Banzhaf bounds divide those by the estimated sum (they
 *    ignore the sum's own error).  Johnston, Deegan-Packel and Holler are
 *    not available this way.  O(samples * n * criteria).
 *  - AUTO: for Banzhaf, Coleman and Shapley-Shubik, EXACT when the game
 *    has one criterion, no communication graph, the DP fits `max_memory`
 *    and costs at most about 1e10 operations (some ten seconds), else
 *    BRUTE when n <= max_brute_players (EXACT if that is cheaper), else
 *    MONTECARLO.  For a vector game: BRUTE when n <= max_brute_players,
 *    else EXACT over the quota vector when it fits `max_memory` and costs
 *    at most about 1e10 operations, else MONTECARLO.  Johnston, Deegan-Packel, Holler: BRUTE.  Owen: BRUTE
 *    (exact: O(sum_i 2^(m-1) 2^(b_i - 1)) for m blocs, b_i the size of i's
 *    bloc) when n <= max_brute_players, else MONTECARLO (random orderings
 *    of blocs and of members within them, Wilson intervals).
 *    `method[]` tells what was used.
 *
 * Errors: SN_EINVAL for a game without criteria or a bad option
 * (a method that cannot compute a requested index, max_brute_players
 * above 30, Owen without blocs); SN_ELIMIT when the chosen method exceeds its limit (players
 * for BRUTE, memory for EXACT; the message names the limit and the way
 * out); SN_ENOMEM.  On error `out` holds nothing (it is destroyed).
 */
sn_error_t sn_power_compute(sn_power_result_t *out, const sn_game_t *g,
			    const sn_power_options_t *opts);

/* ------------------------------------------------------------- coalitions */

/*
 * A list of coalitions in compressed form: coalition k consists of the
 * players players[offsets[k] .. offsets[k+1]), ascending.
 */
typedef struct {
	size_t count;      /* coalitions listed */
	double total;      /* coalitions of this kind in the game (>= count) */
	size_t *offsets;   /* [count + 1] */
	size_t *players;
} sn_coalition_list_t;

void sn_coalition_list_init(sn_coalition_list_t *l);
void sn_coalition_list_destroy(sn_coalition_list_t *l);

/*
 * The minimal winning coalitions (winning, and losing when any one member
 * leaves) or, with `blocking`, the minimal blocking coalitions (whose
 * complement loses, and which stop blocking when any member leaves).  The
 * first `max_list` are listed in increasing order of their bitmask (player
 * 0 the lowest bit); `total` counts all of them.  Enumerates all 2^n
 * coalitions when n <= max_players (0: 25, at most 30): O(2^n n).  Larger
 * one-criterion games list nothing but are still counted, by dynamic
 * programming over weights (players by descending weight, each minimal
 * winning coalition counted at its lightest member): O(n q) time and
 * 8 q bytes (up to 1 GiB), `total` exact below 2^53.  A minimal blocking
 * coalition of [q; w] is a minimal winning one of [T - q + 1; w], T the
 * total weight.
 * Errors: SN_EINVAL (no criteria), SN_ELIMIT (a larger vector game, or the
 * count needs more memory), SN_ENOMEM.
 */
sn_error_t sn_game_minimal_coalitions(sn_coalition_list_t *out, const sn_game_t *g,
				      bool blocking, size_t max_list, size_t max_players);

/*
 * The smallest blocking minorities of a game without a communication graph,
 * at any number of players: *size_out receives the fewest players whose
 * complement loses, and `examples` (caller-initialised; may be NULL) up to
 * `max_examples` distinct blocking coalitions of that size, players
 * ascending; examples->total is NaN (they are examples, not counted).
 * Why the size is exact: S blocks when N \ S misses some quota, i.e. when,
 * for some criterion c, w_c(S) > T_c - q_c (T_c the total).  k players weigh
 * at most the k heaviest under c, so no set smaller than k_c, the fewest
 * heaviest players of c whose weight exceeds T_c - q_c, blocks through c,
 * and those k_c do; the size is the least k_c (at most n, as q_c >= 1).  The
 * examples all block through the first criterion with the least k_c: a
 * depth-first search over its players by descending weight that enters a
 * branch only when its heaviest completion still blocks, so every branch
 * yields an example.
 * Errors: SN_EINVAL (no criteria, or a communication graph), SN_ENOMEM; on
 * error `examples` holds nothing.
 * O(criteria * n log n + max_examples * size * n).
 */
sn_error_t sn_game_smallest_blocking(size_t *size_out, sn_coalition_list_t *examples,
				     const sn_game_t *g, size_t max_examples);

#ifdef __cplusplus
}
#endif
#endif
