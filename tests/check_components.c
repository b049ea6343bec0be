/*
 * base/components.c against igraph_connected_components(IGRAPH_WEAK), the
 * peer it replaces: the same count, the same membership (numbered by each
 * component's lowest vertex) and the same sizes on random graphs, directed
 * and undirected, with isolated vertices, self-loops and repeated ties.
 */
#include "config.h"

#include <check.h>

#include "base/components.h"
#include "testutil.h"

static void compare_with_igraph(const igraph_t *g)
{
	igraph_vector_int_t memb, sizes, want_memb, want_sizes;
	igraph_integer_t count = -1, want = -1;

	igraph_vector_int_init(&memb, 0);
	igraph_vector_int_init(&sizes, 0);
	igraph_vector_int_init(&want_memb, 0);
	igraph_vector_int_init(&want_sizes, 0);
	ck_assert_int_eq(igraph_connected_components(g, &want_memb, &want_sizes, &want, IGRAPH_WEAK),
			 IGRAPH_SUCCESS);
	ck_assert_int_eq(sn__components(g, &memb, &sizes, &count), SN_OK);
	ck_assert_int_eq(count, want);
	ck_assert(igraph_vector_int_all_e(&memb, &want_memb));
	ck_assert(igraph_vector_int_all_e(&sizes, &want_sizes));
	count = -1;
	ck_assert_int_eq(sn__components(g, NULL, NULL, &count), SN_OK);
	ck_assert_int_eq(count, want);
	igraph_vector_int_destroy(&memb);
	igraph_vector_int_destroy(&sizes);
	igraph_vector_int_destroy(&want_memb);
	igraph_vector_int_destroy(&want_sizes);
}

START_TEST(test_components_equal_igraphs_on_random_graphs)
{
	static const igraph_integer_t sizes[][2] = {
		{ 0, 0 }, { 1, 0 }, { 5, 0 }, { 10, 4 }, { 50, 30 }, { 200, 150 }, { 200, 400 },
		{ 2000, 1500 }, { 5000, 20000 },
	};

	igraph_rng_seed(igraph_rng_default(), 24);
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
		for (int directed = 0; directed < 2; directed++) {
			igraph_t g;

			ck_assert_int_eq(igraph_erdos_renyi_game_gnm(&g, sizes[i][0], sizes[i][1],
								     directed, false),
					 IGRAPH_SUCCESS);
			compare_with_igraph(&g);
			igraph_destroy(&g);
		}
}
END_TEST

START_TEST(test_components_with_loops_and_repeated_ties)
{
	/* 0-0 loop, 3-1 twice, 5-4, 4-5; 2, 6 alone; 7-6 directed the other way. */
	igraph_t g;
	igraph_vector_int_t edges;
	const igraph_integer_t e[] = { 0, 0, 3, 1, 3, 1, 5, 4, 4, 5, 7, 6 };

	igraph_vector_int_view(&edges, e, sizeof e / sizeof *e);
	for (int directed = 0; directed < 2; directed++) {
		ck_assert_int_eq(igraph_create(&g, &edges, 9, directed), IGRAPH_SUCCESS);
		compare_with_igraph(&g);
		igraph_destroy(&g);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("components");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_components_equal_igraphs_on_random_graphs);
	tcase_add_test(tc, test_components_with_loops_and_repeated_ties);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
