/* models/game_private.h: the layout of sn_game_t, shared by models/game.c and the power code. */
#ifndef SAMNET_MODELS_GAME_PRIVATE_H
#define SAMNET_MODELS_GAME_PRIVATE_H

#include <stdint.h>

#include "samnet/power.h"

typedef struct {
	char *name;
	int64_t *w;      /* [n] non-negative weights */
	int64_t quota;   /* 1 <= quota <= total */
	int64_t total;
} sn__criterion_t;

struct sn_game {
	size_t n;
	size_t ncrit;
	size_t cap;
	sn__criterion_t *crit;
	uint64_t *adj;   /* [n] neighbour bitmasks of the communication graph, or NULL (n <= 64) */
	size_t *bloc;    /* [n] bloc of each player, 0..nblocs-1, or NULL */
	size_t nblocs;
};

/*
 * Whether the coalition `s` (bit i = player i) wins; with a communication
 * graph, whether one of its connected parts wins.  Needs n <= 64.
 */
bool sn__game_wins_mask(const sn_game_t *g, uint64_t s);

/*
 * The value of the coalition `s`: 1 or 0 without a graph; with one, the
 * number of its connected parts that meet every quota (Myerson's v^G).
 * Needs n <= 64.
 */
unsigned sn__game_value_mask(const sn_game_t *g, uint64_t s);

/*
 * v^G(t + i) - v^G(t) for a player i outside t, in a game with a graph:
 * from the parts of t next to i only.  O(n) word operations.
 */
int sn__game_contribution(const sn_game_t *g, uint64_t t, size_t i);

/*
 * The Myerson and graph-restricted Banzhaf values by Monte Carlo, with 95 %
 * normal intervals (models/power_myerson.c).
 */
sn_error_t sn__power_myerson_montecarlo(sn_power_result_t *r, const sn_game_t *g,
					unsigned indices, uint64_t samples, unsigned long seed);

/* The enumeration limit for max_brute_players = `limit`: 0 gives 25, at most 30. */
size_t sn__power_brute_limit(size_t limit);

/* Shapley weight of a coalition of `size` players among n: (size-1)! (n-size)! / n!. */
long double sn__power_ss_weight(size_t n, size_t size);

/*
 * The Myerson value (shapley) and graph-restricted Banzhaf value (banzhaf,
 * banzhaf_abs) of a game with a graph, by enumeration (models/power_myerson.c).
 */
sn_error_t sn__power_myerson_brute(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				   size_t max_players);

/* Brute force over all coalitions (models/power_enum.c). */
sn_error_t sn__power_brute(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
			   size_t max_players);

/* Exact DP for one-criterion games (models/power_dp.c). */
sn_error_t sn__power_dp_banzhaf(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				size_t max_memory);
sn_error_t sn__power_dp_shapley(sn_power_result_t *r, const sn_game_t *g, size_t max_memory);
/* SN_OK when the DP for `indices` (BANZHAF/COLEMAN or SHAPLEY) fits; else SN_ELIMIT with a message. */
sn_error_t sn__power_dp_fits(const sn_game_t *g, unsigned indices, size_t max_memory);
/* Rough number of elementary operations the exact method for `indices` needs. */
double sn__power_dp_cost(const sn_game_t *g, unsigned indices, size_t max_memory);

/*
 * Exact Banzhaf and Coleman, and Shapley-Shubik, of a game with several
 * criteria, by DP over the quota vector (models/power_vector.c).
 */
sn_error_t sn__power_vector_banzhaf(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				    size_t max_memory);
sn_error_t sn__power_vector_shapley(sn_power_result_t *r, const sn_game_t *g, size_t max_memory);
/* SN_OK when the DP for `index` (BANZHAF or SHAPLEY) fits; else SN_ELIMIT naming the states. */
sn_error_t sn__power_vector_fits(const sn_game_t *g, unsigned index, size_t max_memory);
/* Rough number of elementary operations it needs. */
double sn__power_vector_cost(const sn_game_t *g, unsigned index);

/*
 * Divides the weights of `cr` by their gcd into w[0..n) and returns the quota
 * divided accordingly (rounded up): the same game on smaller numbers.
 */
int64_t sn__power_reduce(int64_t *w, const sn__criterion_t *cr, size_t n);

/* Shapley-Shubik through the multilinear extension and Gauss-Legendre (models/power_mle.c). */
sn_error_t sn__power_mle_shapley(sn_power_result_t *r, const sn_game_t *g, size_t max_memory);
/* Bytes one quadrature thread needs for the range R. */
size_t sn__power_mle_bytes(int64_t R);

/* Number of minimal winning (or blocking) coalitions of a one-criterion game, by DP. */
sn_error_t sn__power_count_minimal(double *out, const sn_game_t *g, bool blocking,
				   size_t max_memory);

/* The Owen value by enumeration (models/power_enum.c). */
sn_error_t sn__power_owen_brute(sn_power_result_t *r, const sn_game_t *g, size_t max_players);

/* Monte Carlo (models/power_mc.c). */
sn_error_t sn__power_montecarlo(sn_power_result_t *r, const sn_game_t *g, unsigned indices,
				uint64_t samples, uint64_t seed);

/* Allocates r->field arrays for `indices` (zeroed); SN_ENOMEM. */
sn_error_t sn__power_result_alloc(sn_power_result_t *r, unsigned indices, bool with_ci);

#endif
