/*
 * Tests of the players of a game (samnet/players.h, models/players*.c),
 * called directly, without the CLI.
 *
 * Expected values: the EEC 1958 game's published indices (Felsenthal and
 * Machover 1998, tests/power_fixtures.h); Myerson's worked example in
 * power.h; and brute-force oracles written here, independent of the code
 * under test: populations read from the territory table, Banzhaf swings
 * counted over all 2^n coalitions, shared projects found by scanning the
 * memberships.
 */
#include "config.h"

#include <check.h>
#include <math.h>

#include "samnet/advanced.h"
#include "testutil.h"
#include "tests/power_fixtures.h"

#define YEAR 2024

static sn_dataset_t *load(const char *dir)
{
	sn_dataset_options_t opts = { SN_TABLE_OPTIONS_INIT, bundled_territories() };
	sn_dataset_t *ds = NULL;
	sn_diag_t diag;

	sn_diag_init(&diag);
	ck_assert_msg(sn_dataset_load(&ds, dir, &opts, &diag) == SN_OK, "%s", sn_error_last());
	sn_diag_destroy(&diag);
	return ds;
}

static sn_dataset_t *load_sweden(void)
{
	char dir[4096];
	const char *srcdir = getenv("srcdir");

	snprintf(dir, sizeof dir, "%s/datasets/sweden", srcdir ? srcdir : ".");
	return load(dir);
}

static const sn_coalition_t *coalition(const sn_dataset_t *ds, const char *name)
{
	size_t c = sn_dataset_find_coalition(ds, name);
	ck_assert_int_ne(c, SN_NO_PARENT);
	return &ds->coalitions[c];
}

/* Oracle: normalised Banzhaf of [q; w] by counting swings over all 2^n coalitions. */
static void brute_banzhaf(double *out, const int64_t *w, size_t n, int64_t q)
{
	double swings[64] = { 0 }, sum = 0;

	for (uint64_t s = 0; s < (UINT64_C(1) << n); s++) {
		int64_t ws = 0;
		for (size_t i = 0; i < n; i++)
			ws += (s >> i) & 1 ? w[i] : 0;
		for (size_t i = 0; i < n; i++)
			if (((s >> i) & 1) && ws >= q && ws - w[i] < q)
				swings[i]++;
	}
	for (size_t i = 0; i < n; i++)
		sum += swings[i];
	for (size_t i = 0; i < n; i++)
		out[i] = swings[i] / sum;
}

START_TEST(test_players_parse_eec1958_game_matches_literature)
{
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_result_t r;
	char *ids = NULL;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_parse(&p, "4,4,4,2,2,1", "F,D,I,B,NL,L"), SN_OK);
	ck_assert_uint_eq(p.n, 6);
	ck_assert_str_eq(p.name[4], "NL");
	ck_assert_str_eq(p.id[5], "6");
	ck_assert_ptr_null(p.actor);
	ck_assert_str_eq(p.weight_name, "weight");
	ck_assert(p.scale == 1.0);
	for (size_t i = 0; i < 6; i++)
		ck_assert_int_eq(p.weight[i], eec_w[i]);
	ck_assert(sn_players_weight_of(&p, NULL, 6) == 17.0);
	ck_assert_int_eq(sn_players_game(&g, &p, "12"), SN_OK);
	ck_assert_int_eq(sn_game_quota(g, 0), 12);
	compute(&r, g, SN_POWER_BRUTE, SN_POWER_BANZHAF | SN_POWER_SHAPLEY);
	assert_values(r.shapley, eec_ss, 6, EPS);
	assert_values(r.banzhaf, eec_bz, 6, EPS);
	static const size_t benelux[] = { 3, 4, 5 };
	ck_assert_int_eq(sn_players_ids(&ids, &p, benelux, 3), SN_OK);
	ck_assert_str_eq(ids, "4 5 6");
	ck_assert(sn_players_weight_of(&p, benelux, 3) == 5.0);
	free(ids);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_players_destroy(&p);
}
END_TEST

START_TEST(test_players_parse_bad_lists_name_the_list)
{
	sn_players_t p;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_parse(&p, "4,-1,1", NULL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "weights: '-1' (weight 2) is not a non-negative number");
	ck_assert_int_eq(sn_players_parse(&p, "4,,1", NULL), SN_EINVAL);
	ck_assert_int_eq(sn_players_parse(&p, "4,4,1", "A,B"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "names gives 2 names for 3 weights");
	sn_players_destroy(&p);
	ck_assert_int_eq(sn_players_typed(&p, (const double[]){ 1, NAN }, NULL, 2), SN_EINVAL);
	sn_players_destroy(&p);
	ck_assert_int_eq(sn_players_typed(&p, NULL, NULL, 0), SN_EINVAL);
	sn_players_destroy(&p);
}
END_TEST

/* Real weights are scaled: the largest becomes SN_PLAYERS_SCALE_MAX, each within 0.5 of exact. */
START_TEST(test_players_typed_real_weights_are_scaled)
{
	static const double w[] = { 2.5, 1.25, 0.1 };
	sn_players_t p;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_typed(&p, w, NULL, 3), SN_OK);
	ck_assert_int_eq(p.weight[0], SN_PLAYERS_SCALE_MAX);
	ck_assert_double_eq_tol(p.scale, SN_PLAYERS_SCALE_MAX / 2.5, 1e-9);
	for (size_t i = 0; i < 3; i++)
		ck_assert(fabs((double)p.weight[i] - w[i] * p.scale) <= 0.5);
	ck_assert_str_eq(p.name[0], "");
	sn_players_destroy(&p);
}
END_TEST

START_TEST(test_players_game_all_zero_is_a_data_error_and_overflow_a_limit)
{
	enum { N = 1200 };
	double *w = calloc(N, sizeof *w);
	sn_players_t p;
	sn_game_t *g = NULL;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_typed(&p, w, NULL, 3), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_EDATA);
	ck_assert_str_eq(sn_error_last(), "every player has weight 0");
	/* 1200 x 8e15 = 9.6e18 exceeds INT64_MAX = 9.22e18. */
	for (size_t i = 0; i < N; i++)
		w[i] = 8e15;
	ck_assert_int_eq(sn_players_typed(&p, w, NULL, N), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_ELIMIT);
	ck_assert_ptr_null(g);
	ck_assert_int_eq(sn_players_typed(&p, (const double[]){ 4, 4, 1 }, NULL, 3), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, "10"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "quota: quota 10 exceeds the total weight 9");
	/* The default quota: more than half of 9, i.e. 5. */
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_OK);
	ck_assert_int_eq(sn_game_quota(g, 0), 5);
	sn_game_free(g);
	sn_players_destroy(&p);
	free(w);
}
END_TEST

/*
 * The Sydsverige regions weighted by population: the weights are the
 * regions' own territory figures (read here from the territory table), the
 * quota a majority of their total, and the Banzhaf indices those of a
 * brute-force count of swings over the 2^6 coalitions.
 */
START_TEST(test_players_sydsverige_population_banzhaf_matches_brute_force)
{
	sn_dataset_t *ds = load_sweden();
	const sn_coalition_t *co = coalition(ds, "sydsverige");
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_result_t r;
	int64_t pop[64], total = 0;
	double want[64];

	ck_assert_uint_eq(co->nactors, 6);
	for (size_t i = 0; i < co->nactors; i++) {
		const sn_actor_t *a = &ds->actors[co->actors[i]];
		ck_assert_int_ne(a->represents, SN_NO_PARENT);
		ck_assert_int_eq(sn_territories_population(ds->territories, a->represents, YEAR, &pop[i]),
				 SN_OK);
		total += pop[i];
	}
	brute_banzhaf(want, pop, co->nactors, total / 2 + 1);
	sn_players_init(&p);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, co->actors, co->nactors, NULL, YEAR, false),
			 SN_OK);
	ck_assert_str_eq(p.weight_name, "population");
	for (size_t i = 0; i < co->nactors; i++) {
		ck_assert_int_eq(p.weight[i], pop[i]);
		ck_assert_int_eq(p.population[i], pop[i]);
		ck_assert_str_eq(p.id[i], ds->actors[co->actors[i]].id);
	}
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_OK);
	ck_assert_int_eq(sn_game_quota(g, 0), total / 2 + 1);
	compute(&r, g, SN_POWER_EXACT, SN_POWER_BANZHAF);
	assert_values(r.banzhaf, want, co->nactors, EPS);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_players_destroy(&p);
	sn_dataset_free(ds);
}
END_TEST

/* Rescaled population weights: the largest becomes the bound, each within 0.5 of exact. */
START_TEST(test_players_scale_bounds_the_largest_weight)
{
	sn_dataset_t *ds = load_sweden();
	const sn_coalition_t *co = coalition(ds, "sydsverige");
	sn_players_t p;
	int64_t top = 0;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, co->actors, co->nactors, NULL, YEAR, false),
			 SN_OK);
	double max = 0;
	for (size_t i = 0; i < p.n; i++)
		max = fmax(max, p.shown[i]);
	ck_assert_int_eq(sn_players_scale(&p, 100000), SN_OK);
	for (size_t i = 0; i < p.n; i++) {
		ck_assert(fabs((double)p.weight[i] - p.shown[i] * 100000 / max) <= 0.5);
		top = p.weight[i] > top ? p.weight[i] : top;
	}
	ck_assert_int_eq(top, 100000);
	ck_assert_double_eq_tol(p.scale, 100000 / max, 1e-12);
	sn_players_destroy(&p);
	sn_dataset_free(ds);
}
END_TEST

/* Penrose's rule: √population, scaled so the largest region weighs SN_PLAYERS_SCALE_MAX. */
START_TEST(test_players_sqrt_population_follows_penrose)
{
	sn_dataset_t *ds = load_sweden();
	const sn_coalition_t *co = coalition(ds, "sydsverige");
	sn_players_t p;
	double max = 0;
	int64_t top = 0;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, co->actors, co->nactors, "sqrt-population",
						 YEAR, false), SN_OK);
	for (size_t i = 0; i < p.n; i++) {
		int64_t pop;
		ck_assert_int_eq(sn_territories_population(ds->territories,
							   ds->actors[co->actors[i]].represents, YEAR,
							   &pop), SN_OK);
		ck_assert_double_eq_tol(p.shown[i], sqrt((double)pop), 1e-9);
		max = fmax(max, sqrt((double)pop));
		top = p.weight[i] > top ? p.weight[i] : top;
	}
	ck_assert_int_eq(top, SN_PLAYERS_SCALE_MAX);
	for (size_t i = 0; i < p.n; i++) {
		ck_assert(fabs((double)p.weight[i] - p.shown[i] * SN_PLAYERS_SCALE_MAX / max) <= 0.5);
		ck_assert_int_eq(p.sqrt_population[i], p.weight[i]);
	}
	ck_assert_double_eq_tol(p.scale, SN_PLAYERS_SCALE_MAX / max, 1e-9);
	sn_players_destroy(&p);
	sn_dataset_free(ds);
}
END_TEST

/*
 * tests/data/represents: Lunds universitet and Almi represent no territory,
 * so they carry population 0 under every weight; votes 1 and 1.
 */
START_TEST(test_players_equal_and_column_weights_need_no_population)
{
	sn_dataset_t *ds = load(fixture("represents"));
	size_t *idx = NULL, n = 0;
	sn_players_t p;
	sn_game_t *g = NULL;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "lu,almi,vinnova"), SN_OK);
	ck_assert_uint_eq(n, 3);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, idx, n, "votes", YEAR, false), SN_OK);
	ck_assert_int_eq(p.weight[0], 1);
	ck_assert_int_eq(p.weight[2], 2);
	ck_assert_int_eq(p.population[0] + p.population[1] + p.population[2], 0);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, idx, n, "equal", YEAR, false), SN_OK);
	ck_assert_int_eq(p.weight[0] + p.weight[1] + p.weight[2], 3);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, idx, n, "population", YEAR, false), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_EDATA);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "population_rule"));
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, idx, n, "seats", YEAR, false), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "no column 'seats'"));
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, idx, 0, NULL, YEAR, false), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "players: none selected");
	free(idx);
	sn_players_destroy(&p);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_players_select_by_type_and_by_id)
{
	sn_dataset_t *ds = load_sweden();
	size_t *idx = NULL, n = 0, regions = 0;

	for (size_t a = 0; a < ds->nactors; a++)
		regions += ds->actors[a].type == SN_ACTOR_REGION;
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, NULL), SN_OK);
	ck_assert_uint_eq(n, regions);
	ck_assert_uint_eq(regions, 21);
	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(ds->actors[idx[i]].type, SN_ACTOR_REGION);
	free(idx);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "type=region"), SN_OK);
	ck_assert_uint_eq(n, regions);
	free(idx);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "region-13,region-12"), SN_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(ds->actors[idx[0]].id, "region-13");
	free(idx);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "region-13,nowhere"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "players: unknown actor 'nowhere'");
	ck_assert_ptr_null(idx);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "type=planet"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "players: unknown actor type 'planet'");
	/* coalition=NAME: the members as coalitions.csv lists them. */
	const sn_coalition_t *co = coalition(ds, "sydsverige");
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "coalition=sydsverige"), SN_OK);
	ck_assert_uint_eq(n, co->nactors);
	for (size_t i = 0; i < n; i++)
		ck_assert_uint_eq(idx[i], co->actors[i]);
	free(idx);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "coalition=atlantis"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "coalition: no coalition named 'atlantis' in the dataset");
	sn_dataset_free(ds);
}
END_TEST

/* A rule names the weight vector and, for dataset players, population and sqrt-population. */
START_TEST(test_players_game_rule_knows_population)
{
	sn_dataset_t *ds = load_sweden();
	const sn_coalition_t *co = coalition(ds, "sydsverige");
	sn_players_t p;
	sn_game_t *g = NULL;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, co->actors, co->nactors, "equal", YEAR, true),
			 SN_OK);
	ck_assert_int_gt(p.population[0], 0);
	ck_assert_int_eq(sn_players_game_rule(&g, &p, "equal>=4 and population>=65%"), SN_OK);
	ck_assert_uint_eq(sn_game_ncriteria(g), 2);
	ck_assert_str_eq(sn_game_criterion_name(g, 1), "population");
	ck_assert_int_eq(sn_game_total(g, 0), 6);
	sn_game_free(g);
	ck_assert_int_eq(sn_players_game_rule(&g, &p, "votes>=2"), SN_EINVAL);
	ck_assert_ptr_nonnull(strstr(sn_error_last(), "rule: "));
	sn_players_destroy(&p);
	sn_dataset_free(ds);
}
END_TEST

/* power.h's worked example: weights 2, 1, 2 on the path 1-2-3, quota 2: Myerson (2/3, -1/3, 2/3). */
START_TEST(test_game_parse_graph_gives_myerson_example)
{
	static const double myerson[] = { 2 / 3.0, -1 / 3.0, 2 / 3.0 };
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_result_t r;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_parse(&p, "2,1,2", NULL), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, "2"), SN_OK);
	ck_assert_uint_eq(sn_game_nties(g), 0);
	ck_assert_int_eq(sn_game_parse_graph(g, "1-2,2-3,3-2,1-1"), SN_OK);
	ck_assert_uint_eq(sn_game_nties(g), 2);
	compute(&r, g, SN_POWER_BRUTE, SN_POWER_SHAPLEY);
	assert_values(r.shapley, myerson, 3, EPS);
	ck_assert_int_eq(sn_game_parse_graph(g, "1-4"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "graph: '1-4' is not a tie I-J between players 1..3");
	ck_assert_int_eq(sn_game_parse_graph(g, "1-2,x"), SN_EINVAL);
	ck_assert_int_eq(sn_game_parse_graph(g, "1-2-3"), SN_EINVAL);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_players_destroy(&p);
}
END_TEST

/* Oracle: the pairs of actors a, b that are members of one project, by scanning memberships. */
static size_t shared_pairs(const sn_dataset_t *ds, const size_t *actors, size_t n)
{
	size_t pairs = 0;

	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			bool shared = false;
			for (size_t x = 0; x < ds->nmemberships && !shared; x++)
				for (size_t y = 0; y < ds->nmemberships && !shared; y++)
					shared = ds->memberships[x].actor == actors[i] &&
						 ds->memberships[y].actor == actors[j] &&
						 ds->memberships[x].project == ds->memberships[y].project;
			pairs += shared;
		}
	return pairs;
}

START_TEST(test_players_connect_ties_the_players_who_share_projects)
{
	sn_dataset_t *ds = load_sweden();
	const sn_coalition_t *co = coalition(ds, "sydsverige");
	sn_players_t p, typed;
	sn_game_t *g = NULL;
	sn_network_t net;

	sn_players_init(&p);
	sn_players_init(&typed);
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, co->actors, co->nactors, NULL, YEAR, false),
			 SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_OK);
	ck_assert_int_eq(sn_players_connect(g, &p, &net, 0), SN_OK);
	ck_assert(sn_game_has_graph(g));
	ck_assert_uint_eq(sn_game_nties(g), shared_pairs(ds, co->actors, co->nactors));
	ck_assert_uint_gt(sn_game_nties(g), 0);
	ck_assert_int_eq(sn_players_parse(&typed, "1,1", NULL), SN_OK);
	ck_assert_int_eq(sn_players_connect(g, &typed, &net, 0), SN_EINVAL);
	sn_game_free(g);
	sn_network_destroy(&net);
	sn_players_destroy(&typed);
	sn_players_destroy(&p);
	sn_dataset_free(ds);
}
END_TEST

/*
 * Blocs {1, 2} and {3} of [2; 1, 1, 1]: of the four bloc-keeping orders
 * (12)3, (21)3, 3(12), 3(21), the second arrival is pivotal: players 2, 1,
 * 1, 2, so the Owen value is (1/2, 1/2, 0).
 */
START_TEST(test_players_blocs_parse_gives_owen_value)
{
	static const double owen[] = { 0.5, 0.5, 0 };
	sn_players_t p;
	sn_game_t *g = NULL;
	sn_power_result_t r;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_parse(&p, "1,1,1", NULL), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, "2"), SN_OK);
	ck_assert_int_eq(sn_players_blocs_parse(&p, g, "u,v"), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "blocs gives 2 labels for 3 players");
	ck_assert_int_eq(sn_players_blocs_parse(&p, g, "u,u,v"), SN_OK);
	ck_assert_uint_eq(sn_game_nblocs(g), 2);
	ck_assert_str_eq(p.bloc[2], "v");
	compute(&r, g, SN_POWER_BRUTE, SN_POWER_OWEN);
	assert_values(r.owen, owen, 3, EPS);
	/* Empty labels stay alone. */
	ck_assert_int_eq(sn_players_blocs_parse(&p, g, ",,"), SN_OK);
	ck_assert_uint_eq(sn_game_nblocs(g), 3);
	sn_power_result_destroy(&r);
	sn_game_free(g);
	sn_players_destroy(&p);
}
END_TEST

/* Every region joins the first coalition holding it; oracle: a scan of coalitions.csv. */
START_TEST(test_players_blocs_coalitions_take_the_first_coalition)
{
	sn_dataset_t *ds = load_sweden();
	size_t *idx = NULL, n = 0, overlaps = 0, want_overlaps = 0;
	sn_players_t p;
	sn_game_t *g = NULL;

	sn_players_init(&p);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, idx, n, "equal", YEAR, false), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_OK);
	ck_assert_int_eq(sn_players_blocs_coalitions(&p, g, ds, &overlaps), SN_OK);
	for (size_t i = 0; i < n; i++) {
		const char *first = "";
		size_t holders = 0;
		for (size_t c = 0; c < ds->ncoalitions; c++)
			for (size_t k = 0; k < ds->coalitions[c].nactors; k++)
				if (ds->coalitions[c].actors[k] == idx[i]) {
					first = holders++ ? first : ds->coalitions[c].name;
					break;
				}
		want_overlaps += holders > 1;
		ck_assert_str_eq(p.bloc[i], first);
	}
	ck_assert_uint_eq(overlaps, want_overlaps);
	ck_assert_uint_gt(sn_game_nblocs(g), 1);
	/* The same through a specification; an unknown one is refused. */
	size_t nblocs = sn_game_nblocs(g);
	sn_network_t net;
	sn_network_init(&net);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_players_blocs(&p, g, "coalitions", &net, NULL, NULL, NULL, NULL), SN_OK);
	ck_assert_uint_eq(sn_game_nblocs(g), nblocs);
	ck_assert_int_eq(sn_players_blocs(&p, g, "regions", &net, NULL, NULL, NULL, NULL), SN_EINVAL);
	ck_assert_str_eq(sn_error_last(), "blocs takes 'coalitions' or 'communities' with a dataset, "
			 "not 'regions'");
	sn_network_destroy(&net);
	ck_assert_uint_lt(sn_game_nblocs(g), n);
	free(idx);
	sn_game_free(g);
	sn_players_destroy(&p);
	sn_dataset_free(ds);
}
END_TEST

/* Communities as blocs: players in one community share a bloc named after it. */
START_TEST(test_players_blocs_communities_name_leiden_communities)
{
	sn_dataset_t *ds = load(fixture("communities"));
	sn_communities_options_t co = SN_COMMUNITIES_OPTIONS_INIT;
	sn_communities_summary_t summary;
	sn_network_t net;
	sn_projection_t proj;
	igraph_vector_int_t memb;
	size_t *idx = NULL, n = 0;
	sn_players_t p;
	sn_game_t *g = NULL;

	sn_players_init(&p);
	sn_network_init(&net);
	sn_projection_init(&proj);
	igraph_vector_int_init(&memb, 0);
	ck_assert_int_eq(sn_network_build(&net, ds, NULL), SN_OK);
	ck_assert_int_eq(sn_projection_build(&proj, &net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0), SN_OK);
	ck_assert_int_eq(sn_players_select(&idx, &n, ds, "type=kommun"), SN_OK);
	ck_assert_int_eq(sn_players_from_dataset(&p, ds, idx, n, "equal", YEAR, false), SN_OK);
	ck_assert_int_eq(sn_players_game(&g, &p, NULL), SN_OK);
	ck_assert_int_eq(sn_players_blocs_communities(&p, g, &net, &proj, &co, &summary), SN_OK);
	/* The same detection, run here, names every player's community. */
	ck_assert_int_eq(sn_communities_detect(&memb, NULL, test_graph(&proj), test_weights(&proj), &co), SN_OK);
	for (size_t i = 0; i < n; i++) {
		char want[64] = "";
		igraph_integer_t v = sn_network_actor_vertex(&net, idx[i]);
		if (v >= 0)
			snprintf(want, sizeof want, "community %lld",
				 (long long)sn_community_number(VECTOR(memb)[v - (igraph_integer_t)proj.offset]));
		ck_assert_str_eq(p.bloc[i], want);
	}
	ck_assert_int_eq(summary.communities, igraph_vector_int_max(&memb) + 1);
	igraph_vector_int_destroy(&memb);
	free(idx);
	sn_game_free(g);
	sn_players_destroy(&p);
	sn_projection_destroy(&proj);
	sn_network_destroy(&net);
	sn_dataset_free(ds);
}
END_TEST

START_TEST(test_power_result_columns_and_default_indices)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_result_t r;
	const char *name = NULL;
	size_t shown = 0;

	compute(&r, g, SN_POWER_BRUTE, SN_POWER_BANZHAF | SN_POWER_SHAPLEY);
	for (size_t k = 0; k < SN_POWER_RESULT_COLUMNS; k++)
		shown += sn_power_result_column(&r, k, &name) != NULL;
	ck_assert_uint_eq(shown, 3);  /* banzhaf, banzhaf_abs, shapley */
	ck_assert_ptr_eq(sn_power_result_column(&r, 6, &name), r.shapley);
	ck_assert_str_eq(name, "shapley");
	ck_assert_ptr_null(sn_power_result_column(&r, SN_POWER_RESULT_COLUMNS, NULL));
	ck_assert_uint_eq(sn_power_default_indices(g, SN_POWER_AUTO), SN_POWER_ALL);
	ck_assert_uint_eq(sn_power_default_indices(g, SN_POWER_MONTECARLO), SN_POWER_CHEAP);
	ck_assert_int_eq(sn_game_parse_graph(g, "1-2"), SN_OK);
	sn_game_free(g);
	/* A graph game with quota at most half counts parts: only Banzhaf and Shapley. */
	g = weighted((const int64_t[]){ 2, 1, 2 }, 3, 2);
	ck_assert_int_eq(sn_game_parse_graph(g, "1-2,2-3"), SN_OK);
	ck_assert_uint_eq(sn_power_default_indices(g, SN_POWER_AUTO), SN_POWER_BANZHAF | SN_POWER_SHAPLEY);
	sn_power_result_destroy(&r);
	sn_game_free(g);
}
END_TEST

START_TEST(test_power_options_parse_prefixes_errors_and_adds_owen)
{
	sn_game_t *g = weighted(eec_w, 6, 12);
	sn_power_options_t o;

	ck_assert_int_eq(sn_power_options_parse(&o, g, NULL, NULL), SN_OK);
	ck_assert_int_eq(o.method, SN_POWER_AUTO);
	ck_assert_uint_eq(o.indices, SN_POWER_ALL);
	ck_assert_int_eq(sn_power_options_parse(&o, g, "montecarlo", NULL), SN_OK);
	ck_assert_uint_eq(o.indices, SN_POWER_CHEAP);
	ck_assert_int_eq(sn_power_options_parse(&o, g, "brute", "banzhaf"), SN_OK);
	ck_assert_int_eq(o.method, SN_POWER_BRUTE);
	ck_assert_uint_eq(o.indices, SN_POWER_BANZHAF);
	ck_assert_int_eq(sn_power_options_parse(&o, g, "nope", NULL), SN_EINVAL);
	ck_assert_ptr_eq(strstr(sn_error_last(), "method: "), sn_error_last());
	ck_assert_int_eq(sn_power_options_parse(&o, g, NULL, "banzhaf,nope"), SN_EINVAL);
	ck_assert_ptr_eq(strstr(sn_error_last(), "indices: "), sn_error_last());
	/* A game with blocs also gets the Owen value. */
	ck_assert_int_eq(sn_game_set_bloc_names(g, (const char *const[]){ "a", "a", "", "b", "b", "" }),
			 SN_OK);
	ck_assert_uint_eq(sn_game_nblocs(g), 4);
	ck_assert_int_eq(sn_power_options_parse(&o, g, NULL, "banzhaf"), SN_OK);
	ck_assert_uint_eq(o.indices, SN_POWER_BANZHAF | SN_POWER_OWEN);
	sn_game_free(g);
}
END_TEST

/* Above half, one part at most can win; at most half, parts are counted (power.h). */
START_TEST(test_game_describe_tells_simple_from_counting_graph_games)
{
	sn_game_t *g = weighted((const int64_t[]){ 2, 1, 2 }, 3, 3);

	ck_assert_ptr_null(sn_game_describe(g));
	ck_assert_int_eq(sn_game_parse_graph(g, "1-2,2-3"), SN_OK);
	ck_assert_ptr_nonnull(strstr(sn_game_describe(g), "wins when one of its connected parts wins"));
	sn_game_free(g);
	g = weighted((const int64_t[]){ 2, 1, 2 }, 3, 2);
	ck_assert_int_eq(sn_game_parse_graph(g, "1-2,2-3"), SN_OK);
	ck_assert_ptr_nonnull(strstr(sn_game_describe(g), "number of its connected parts that win"));
	sn_game_free(g);
}
END_TEST

static Suite *players_suite(void)
{
	Suite *s = suite_create("players");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_players_parse_eec1958_game_matches_literature);
	tcase_add_test(tc, test_players_parse_bad_lists_name_the_list);
	tcase_add_test(tc, test_players_typed_real_weights_are_scaled);
	tcase_add_test(tc, test_players_game_all_zero_is_a_data_error_and_overflow_a_limit);
	tcase_add_test(tc, test_players_sydsverige_population_banzhaf_matches_brute_force);
	tcase_add_test(tc, test_players_sqrt_population_follows_penrose);
	tcase_add_test(tc, test_players_scale_bounds_the_largest_weight);
	tcase_add_test(tc, test_players_equal_and_column_weights_need_no_population);
	tcase_add_test(tc, test_players_select_by_type_and_by_id);
	tcase_add_test(tc, test_players_game_rule_knows_population);
	tcase_add_test(tc, test_game_parse_graph_gives_myerson_example);
	tcase_add_test(tc, test_players_connect_ties_the_players_who_share_projects);
	tcase_add_test(tc, test_players_blocs_parse_gives_owen_value);
	tcase_add_test(tc, test_players_blocs_coalitions_take_the_first_coalition);
	tcase_add_test(tc, test_players_blocs_communities_name_leiden_communities);
	tcase_add_test(tc, test_power_result_columns_and_default_indices);
	tcase_add_test(tc, test_power_options_parse_prefixes_errors_and_adds_owen);
	tcase_add_test(tc, test_game_describe_tells_simple_from_counting_graph_games);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(players_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
