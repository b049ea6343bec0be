/* tests/power_fixtures.h: helpers and literature games shared by check_power.c and check_game.c. */
#ifndef SAMNET_TESTS_POWER_FIXTURES_H
#define SAMNET_TESTS_POWER_FIXTURES_H

#include <math.h>

#include <check.h>

#include "samnet/power.h"

#define EPS 1e-12

static inline sn_game_t *weighted(const int64_t *w, size_t n, int64_t q)
{
	sn_game_t *g = NULL;

	ck_assert_int_eq(sn_game_new_weighted(&g, w, n, q), SN_OK);
	return g;
}

static inline void compute(sn_power_result_t *r, const sn_game_t *g, sn_power_method_t m,
		    unsigned indices)
{
	sn_power_options_t o = SN_POWER_OPTIONS_INIT;

	o.method = m;
	o.indices = indices;
	ck_assert_msg(sn_power_compute(r, g, &o) == SN_OK, "%s", sn_error_last());
}

static inline void assert_values(const double *got, const double *want, size_t n, double eps)
{
	ck_assert_ptr_nonnull(got);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(fabs(got[i] - want[i]) <= eps, "player %zu: got %.15g, want %.15g",
			      i, got[i], want[i]);
}

/*
 * EEC Council of Ministers 1958: France, Germany, Italy 4, Belgium and the
 * Netherlands 2, Luxembourg 1, quota 12.  Felsenthal and Machover (1998,
 * sec. 2.3): Shapley-Shubik 14/60 x3, 9/60 x2, 0; normalised Banzhaf
 * 5/21 x3, 3/21 x2, 0 (Luxembourg is a dummy).
 */
static const int64_t eec_w[] = { 4, 4, 4, 2, 2, 1 };
static const double eec_ss[] = { 14 / 60.0, 14 / 60.0, 14 / 60.0, 9 / 60.0, 9 / 60.0, 0 };
static const double eec_bz[] = { 5 / 21.0, 5 / 21.0, 5 / 21.0, 3 / 21.0, 3 / 21.0, 0 };
#endif
