/*
 * tests/header_only.c: <samnet.h> compiles with samnet's include folder
 * alone, without igraph's or GSL's (tests/local.mk builds this program
 * without their flags), and its handles are enough to open the bundled
 * dataset, build the network and the actor projection, write a result
 * table and an export to memory, and compute a coalition's population and
 * a game's power.  Plain C without Check, so that no other include path is
 * needed either.  Exit 0 when every call behaves, 1 with a message when not.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <samnet.h>

#if defined(IGRAPH_H)
#error "<samnet.h> pulls in igraph"
#endif
#if defined(__GSL_RNG_H__) || defined(__GSL_ERRNO_H__) || defined(__GSL_VECTOR_H__)
#error "<samnet.h> pulls in GSL"
#endif

static int failures;

static void expect(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "header_only: %s (%s)\n", what, sn_error_last());
		failures++;
	}
}

int main(void)
{
	sn_dataset_t *ds = NULL;
	sn_network_t *net = NULL;
	sn_projection_t *proj = NULL;
	sn_doc_table_t *table = NULL;
	sn_writer_t *w = NULL;
	sn_export_t x = SN_EXPORT_INIT;
	sn_measure_t degree = SN_MEASURE_DEGREE;
	sn_game_t *game = NULL;
	sn_power_result_t r;
	sn_power_options_t po = SN_POWER_OPTIONS_INIT;
	const int64_t weights[3] = { 2, 1, 1 };
	int64_t population = 0;
	double share = 0;

	sn_setup();
	expect(sn_dataset_open(&ds, NULL, NULL) == SN_OK, "open the bundled dataset");
	if (!ds)
		return 1;
	expect(sn_network_new(&net, ds, NULL) == SN_OK, "build the network");
	expect(net && sn_network_nactors(net) > 0, "the network has actors");
	expect(sn_projection_new(&proj, net, SN_MODE_ACTORS, SN_WEIGHT_COUNT, 0) == SN_OK,
	       "project onto actors");
	expect(sn_centrality_table(&table, net, SN_WEIGHT_COUNT, &degree, 1, true) == SN_OK,
	       "a centrality table");
	expect(table && sn_doc_table_nrows(table) == sn_network_nactors(net),
	       "one row per actor vertex");
	x.net = net;
	expect(sn_writer_memory(&w) == SN_OK, "a memory writer");
	expect(sn_export_write_to(w, SN_EXPORT_CSV_NODES, &x) == SN_OK, "an export in memory");
	expect(strncmp(sn_writer_data(w, NULL), "id,", 3) == 0, "the export starts with its header");
	size_t c = sn_dataset_find_coalition(ds, "sydsverige"), n = 0;
	expect(c != SN_NO_PARENT, "the coalition sydsverige");
	const size_t *members = c != SN_NO_PARENT ? sn_dataset_coalition_actors(ds, c, &n) : NULL;
	expect(sn_coalition_population(&population, &share, ds, members, n,
				       sn_dataset_default_year(ds)) == SN_OK && population > 0 &&
	       share > 0 && share < 1, "the coalition's population share");
	/* [3; 2, 1, 1]: the first player swings in 3 coalitions, the others in 1 (Banzhaf 3/5, 1/5). */
	sn_power_result_init(&r);
	po.indices = SN_POWER_BANZHAF;
	expect(sn_game_new_weighted(&game, weights, 3, 3) == SN_OK &&
	       sn_power_compute(&r, game, &po) == SN_OK && r.banzhaf[0] > 0.599 &&
	       r.banzhaf[0] < 0.601, "Banzhaf of [3; 2, 1, 1]");
	sn_power_result_destroy(&r);
	sn_game_free(game);
	sn_writer_free(w);
	sn_doc_table_free(table);
	sn_projection_free(proj);
	sn_network_free(net);
	sn_dataset_free(ds);
	sn_teardown();
	return failures ? 1 : 0;
}
