## tests: fragment of the top-level Makefile.am

# base: table reader, dataset loader, territories, network and projections (issue 2)
check_PROGRAMS += tests/check_table tests/check_dataset tests/check_network
TESTS += tests/check_table tests/check_dataset tests/check_network
tests_check_table_CFLAGS = $(TEST_CFLAGS)
tests_check_table_LDADD = $(TEST_LIBS)
tests_check_dataset_CFLAGS = $(TEST_CFLAGS)
tests_check_dataset_LDADD = $(TEST_LIBS)
tests_check_network_CFLAGS = $(TEST_CFLAGS)
tests_check_network_LDADD = $(TEST_LIBS)
noinst_HEADERS += tests/testutil.h tests/test_graph.h
noinst_HEADERS += tests/doc_util.h

# coalition profiles (issue 6)
check_PROGRAMS += tests/check_coalition
TESTS += tests/check_coalition
tests_check_coalition_CFLAGS = $(TEST_CFLAGS)
tests_check_coalition_LDADD = $(TEST_LIBS)

# golden CLI tests, the bad-input corpus and the README's examples (tests/cram.py)
TESTS += tests/cli.test
dist_check_SCRIPTS += tests/cli.test tests/cram.py

# the layers of issue 18: no upward include, analysis/ never calls models/
TESTS += tests/layers.test
dist_check_SCRIPTS += tests/layers.test

# null models, significance, backbones (issue 8)
check_PROGRAMS += tests/check_nullmodel
TESTS += tests/check_nullmodel
tests_check_nullmodel_CFLAGS = $(TEST_CFLAGS)
tests_check_nullmodel_LDADD = $(TEST_LIBS)

# fast shortest-path centralities and the generator (issue 9)
check_PROGRAMS += tests/check_fastpaths
TESTS += tests/check_fastpaths
tests_check_fastpaths_CFLAGS = $(TEST_CFLAGS)
tests_check_fastpaths_LDADD = $(TEST_LIBS)

# sampled betweenness against exact values, the weighted vertex-diameter bound (issue 24)
check_PROGRAMS += tests/check_betweenness_approx
TESTS += tests/check_betweenness_approx
tests_check_betweenness_approx_CFLAGS = $(TEST_CFLAGS)
tests_check_betweenness_approx_LDADD = $(TEST_LIBS)

# the path measures on the parallel exact paths, the thread rule, the registry (issue 18)
check_PROGRAMS += tests/check_measures_fast
TESTS += tests/check_measures_fast
tests_check_measures_fast_CFLAGS = $(TEST_CFLAGS)
tests_check_measures_fast_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/check_significance
TESTS += tests/check_significance
tests_check_significance_CFLAGS = $(TEST_CFLAGS)
tests_check_significance_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/check_generate
TESTS += tests/check_generate
tests_check_generate_CFLAGS = $(TEST_CFLAGS)
tests_check_generate_LDADD = $(TEST_LIBS)

# weighted voting games and power indices (issue 6)
check_PROGRAMS += tests/check_power
TESTS += tests/check_power
tests_check_power_CFLAGS = $(TEST_CFLAGS)
tests_check_power_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/check_game
TESTS += tests/check_game
tests_check_game_CFLAGS = $(TEST_CFLAGS)
tests_check_game_LDADD = $(TEST_LIBS)
# the smallest blocking minorities at any size, against brute force (issue 21)
check_PROGRAMS += tests/check_game_blocking
TESTS += tests/check_game_blocking
tests_check_game_blocking_CFLAGS = $(TEST_CFLAGS)
tests_check_game_blocking_LDADD = $(TEST_LIBS)
noinst_HEADERS += tests/power_fixtures.h

# communities, ensembles and consensus, comparison, profiles (issue 5)
check_PROGRAMS += tests/check_communities
TESTS += tests/check_communities
tests_check_communities_SOURCES = tests/check_communities.c tests/check_communities_ensemble.c \
	tests/communities_fixtures.h
tests_check_communities_CFLAGS = $(TEST_CFLAGS)
tests_check_communities_LDADD = $(TEST_LIBS)

# the bundled Swedish dataset (issue 3)
check_PROGRAMS += tests/check_sweden
TESTS += tests/check_sweden
tests_check_sweden_CFLAGS = $(TEST_CFLAGS)
tests_check_sweden_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/check_backbone
TESTS += tests/check_backbone
tests_check_backbone_CFLAGS = $(TEST_CFLAGS)
tests_check_backbone_LDADD = $(TEST_LIBS)

# structure, centrality, brokerage (issue 4)
check_PROGRAMS += tests/check_centrality
TESTS += tests/check_centrality
tests_check_centrality_CFLAGS = $(TEST_CFLAGS)
tests_check_centrality_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/check_structure tests/check_brokerage
TESTS += tests/check_structure tests/check_brokerage
tests_check_structure_CFLAGS = $(TEST_CFLAGS)
tests_check_structure_LDADD = $(TEST_LIBS)
tests_check_brokerage_CFLAGS = $(TEST_CFLAGS)
tests_check_brokerage_LDADD = $(TEST_LIBS)

# benchmark of samnet serve's click with the 290 kommuner as players (issue 21; not a test)
check_PROGRAMS += tests/bench_serve
tests_bench_serve_SOURCES = tests/bench_serve.c $(SERVE_API_SOURCES)
tests_bench_serve_CFLAGS = $(TEST_CFLAGS)
tests_bench_serve_LDADD = $(TEST_LIBS)

# benchmark driver for scripts/bench.sh (built by make check, not a test)
check_PROGRAMS += tests/bench_samnet
tests_bench_samnet_CFLAGS = $(AM_CFLAGS)
tests_bench_samnet_LDADD = libsamnet.la $(IGRAPH_LIBS) $(GSL_LIBS) -lm

# exporters and the HTML report (issue 7)
check_PROGRAMS += tests/check_export
TESTS += tests/check_export
tests_check_export_CFLAGS = $(TEST_CFLAGS)
tests_check_export_LDADD = $(TEST_LIBS)
TESTS += tests/export_roundtrip.test
dist_check_SCRIPTS += tests/export_roundtrip.test tests/export_roundtrip.py
TESTS += tests/report_html.test
dist_check_SCRIPTS += tests/report_html.test
# the map of the report (issue 21)
TESTS += tests/report_map.test
dist_check_SCRIPTS += tests/report_map.test
# the report's level of detail at 5000 actors: size, aggregated counts, first render in Chromium (issue 22)
TESTS += tests/report_lod.test
dist_check_SCRIPTS += tests/report_lod.test tests/report_lod.py tests/report_render.py

# output that cannot be turned against its reader: hostile names (issue 16)
check_PROGRAMS += tests/check_hostile
TESTS += tests/check_hostile
tests_check_hostile_CFLAGS = $(TEST_CFLAGS)
tests_check_hostile_LDADD = $(TEST_LIBS)
TESTS += tests/hostile_names.test
dist_check_SCRIPTS += tests/hostile_names.test tests/hostile_names.py

# fuzz harnesses replayed over tests/fuzz-regressions/ and the seed corpus (issue 10)
FUZZ_REPLAYS = tests/fuzz/replay_table tests/fuzz/replay_dataset tests/fuzz/replay_rule \
	tests/fuzz/replay_outfile tests/fuzz/replay_query
check_PROGRAMS += $(FUZZ_REPLAYS)
TESTS += $(FUZZ_REPLAYS)
noinst_HEADERS += tests/fuzz/fuzz.h
EXTRA_DIST += tests/fuzz/corpus tests/fuzz-regressions
tests_fuzz_replay_table_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_table.c
tests_fuzz_replay_table_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_TARGET='"table"'
tests_fuzz_replay_table_LDADD = $(TEST_LIBS)
tests_fuzz_replay_dataset_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_dataset.c
tests_fuzz_replay_dataset_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_TARGET='"dataset"'
tests_fuzz_replay_dataset_LDADD = $(TEST_LIBS)
tests_fuzz_replay_rule_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_rule.c
tests_fuzz_replay_rule_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_TARGET='"rule"'
tests_fuzz_replay_rule_LDADD = $(TEST_LIBS)
# the -o path rules of the command line (issue 16): the harness includes cli/outfile*.c
tests_fuzz_replay_outfile_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_outfile.c
tests_fuzz_replay_outfile_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_TARGET='"outfile"'
tests_fuzz_replay_outfile_LDADD = $(TEST_LIBS)
# samnet serve's query parser and JSON API (issue 21)
tests_fuzz_replay_query_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_query.c $(SERVE_API_SOURCES)
tests_fuzz_replay_query_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_TARGET='"query"'
tests_fuzz_replay_query_LDADD = $(TEST_LIBS)

# the option parser's harness links the command line, all but main() (issue 16)
check_PROGRAMS += tests/fuzz/replay_options
TESTS += tests/fuzz/replay_options
# (cli/cmd_power.c and cli/cmd_communities.c are compiled through tests/fuzz/options_*.c)
tests_fuzz_replay_options_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz_options.c \
	tests/fuzz/options_power.c tests/fuzz/options_communities.c $(CLI_SHARED_SOURCES)
tests_fuzz_replay_options_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_TARGET='"options"'
tests_fuzz_replay_options_LDADD = $(TEST_LIBS)

# allocation and write faults injected into the exporters and the report (issue 10)
check_PROGRAMS += tests/check_faults
TESTS += tests/check_faults
tests_check_faults_CFLAGS = $(TEST_CFLAGS)
tests_check_faults_LDADD = $(TEST_LIBS) -lpthread

# one vocabulary: the registry of measures, standard column names, community numbers (issue 17)
check_PROGRAMS += tests/check_vocabulary
TESTS += tests/check_vocabulary
tests_check_vocabulary_CFLAGS = $(TEST_CFLAGS)
tests_check_vocabulary_LDADD = $(TEST_LIBS)

# population rules: year of each figure, attribution, figure checks (issues 16, 17)
check_PROGRAMS += tests/check_population
TESTS += tests/check_population
tests_check_population_CFLAGS = $(TEST_CFLAGS)
tests_check_population_LDADD = $(TEST_LIBS)

# Iteration bounds, "stopped at the bound", 64-bit seeds, the --approx sample limit.
check_PROGRAMS += tests/check_bounds
TESTS += tests/check_bounds
tests_check_bounds_CFLAGS = $(TEST_CFLAGS)
tests_check_bounds_LDADD = $(TEST_LIBS)

# Myerson's graph-restricted game against an ordering oracle (issue 17)
check_PROGRAMS += tests/check_myerson
TESTS += tests/check_myerson
tests_check_myerson_CFLAGS = $(TEST_CFLAGS)
tests_check_myerson_LDADD = $(TEST_LIBS)

# eigenvector and hub/authority per connected component (issue 17)
check_PROGRAMS += tests/check_eigen_components
TESTS += tests/check_eigen_components
tests_check_eigen_components_CFLAGS = $(TEST_CFLAGS)
tests_check_eigen_components_LDADD = $(TEST_LIBS)

# bad input, round 2: unknown projects, header-only files, wide headers, the diagnostics cap (issue 16)
check_PROGRAMS += tests/check_badinput
TESTS += tests/check_badinput
tests_check_badinput_CFLAGS = $(TEST_CFLAGS)
tests_check_badinput_LDADD = $(TEST_LIBS)

# importers (issue 19)
check_PROGRAMS += tests/check_import
TESTS += tests/check_import
tests_check_import_CFLAGS = $(TEST_CFLAGS)
tests_check_import_LDADD = $(TEST_LIBS)

# one implementation per concept: projection engine, weight check, groups, mixing,
# summary, partition reading, dataset writer (issue 18)
check_PROGRAMS += tests/check_onelib
TESTS += tests/check_onelib
tests_check_onelib_CFLAGS = $(TEST_CFLAGS)
tests_check_onelib_LDADD = $(TEST_LIBS)

# the players of a game from a dataset or typed, called without the CLI (issue 18)
check_PROGRAMS += tests/check_players
TESTS += tests/check_players
tests_check_players_CFLAGS = $(TEST_CFLAGS)
tests_check_players_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/check_coalition_share
TESTS += tests/check_coalition_share
tests_check_coalition_share_CFLAGS = $(TEST_CFLAGS)
tests_check_coalition_share_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/check_reach
TESTS += tests/check_reach
tests_check_reach_CFLAGS = $(TEST_CFLAGS)
tests_check_reach_LDADD = $(TEST_LIBS)

# the public API as a binding uses it: <samnet.h> only, output in memory (issue 18)
check_PROGRAMS += tests/check_public_api
TESTS += tests/check_public_api
tests_check_public_api_CFLAGS = $(TEST_CFLAGS)
tests_check_public_api_LDADD = $(TEST_LIBS)
check_PROGRAMS += tests/check_libapi
TESTS += tests/check_libapi
tests_check_libapi_CFLAGS = $(TEST_CFLAGS)
tests_check_libapi_LDADD = $(TEST_LIBS)

# project dates, --during, time slices (issue 20)
check_PROGRAMS += tests/check_dynamics
TESTS += tests/check_dynamics
tests_check_dynamics_CFLAGS = $(TEST_CFLAGS)
tests_check_dynamics_LDADD = $(TEST_LIBS)

# did you mean, actor profiles (issue 22)
check_PROGRAMS += tests/check_suggest
TESTS += tests/check_suggest
tests_check_suggest_CFLAGS = $(TEST_CFLAGS)
tests_check_suggest_LDADD = $(TEST_LIBS)
TESTS += tests/man.test tests/completion.test tests/tutorial.test
dist_check_SCRIPTS += tests/man.test tests/completion.test tests/tutorial.test
check_PROGRAMS += tests/check_profile
TESTS += tests/check_profile
tests_check_profile_CFLAGS = $(TEST_CFLAGS)
tests_check_profile_LDADD = $(TEST_LIBS)

# what-if scenarios on a coalition (issue 21)
check_PROGRAMS += tests/check_scenario
TESTS += tests/check_scenario
tests_check_scenario_CFLAGS = $(TEST_CFLAGS)
tests_check_scenario_LDADD = $(TEST_LIBS)

check_PROGRAMS += tests/check_doc_fit
TESTS += tests/check_doc_fit
tests_check_doc_fit_CFLAGS = $(TEST_CFLAGS)
tests_check_doc_fit_LDADD = $(TEST_LIBS)

# samnet serve (issue 21): the JSON API over a socket against the library, the security rules,
# malformed queries
check_PROGRAMS += tests/check_serve
TESTS += tests/check_serve
tests_check_serve_SOURCES = tests/check_serve.c $(SERVE_SOURCES)
tests_check_serve_CFLAGS = $(TEST_CFLAGS)
tests_check_serve_LDADD = $(TEST_LIBS)
TESTS += tests/serve_cli.test
dist_check_SCRIPTS += tests/serve_cli.test
# the report, the API and the CLI agree on every coalition and power number (issue 21)
TESTS += tests/report_serve_cli.test
dist_check_SCRIPTS += tests/report_serve_cli.test
TESTS += tests/serve_assets.test
dist_check_SCRIPTS += tests/serve_assets.test
TESTS += tests/serve_browser.test
dist_check_SCRIPTS += tests/serve_browser.test tests/serve_browser.py

# the edge consensus of community ensembles against a naive oracle and the dense one (issue 24)
check_PROGRAMS += tests/check_ensemble_edges
TESTS += tests/check_ensemble_edges
tests_check_ensemble_edges_CFLAGS = $(TEST_CFLAGS)
tests_check_ensemble_edges_LDADD = $(TEST_LIBS)
# what samnet communities and samnet brokerage print, through <samnet.h> alone (issue 18)
check_PROGRAMS += tests/check_communities_doc
TESTS += tests/check_communities_doc
tests_check_communities_doc_CFLAGS = $(TEST_CFLAGS)
tests_check_communities_doc_LDADD = $(TEST_LIBS)
# the documents of samnet summary, validate and significance through <samnet.h> alone (issue 18)
check_PROGRAMS += tests/check_command_docs
TESTS += tests/check_command_docs
tests_check_command_docs_CFLAGS = $(TEST_CFLAGS)
tests_check_command_docs_LDADD = $(TEST_LIBS)
EXTRA_DIST += tests/oracle_command_docs.py tests/oracle_leiden_planted.py
# the published palette against the pictures (tests/cli/palette.t, issue 22)
EXTRA_DIST += tests/palette_check.py
# sn_centrality_doc(), sn_dynamics_doc() and the registries of measures and formats (issue 18)
check_PROGRAMS += tests/check_centrality_doc
TESTS += tests/check_centrality_doc
tests_check_centrality_doc_CFLAGS = $(TEST_CFLAGS)
tests_check_centrality_doc_LDADD = $(TEST_LIBS)
# the documents of samnet power, coalition, actor and the what-if, through <samnet.h> only (issue 18)
check_PROGRAMS += tests/check_power_doc
TESTS += tests/check_power_doc
tests_check_power_doc_CFLAGS = $(TEST_CFLAGS)
tests_check_power_doc_LDADD = $(TEST_LIBS)
# a dataset folder written through the library, read back; the import and backbone documents (issue 18)
check_PROGRAMS += tests/check_dataset_write
TESTS += tests/check_dataset_write
tests_check_dataset_write_CFLAGS = $(TEST_CFLAGS)
tests_check_dataset_write_LDADD = $(TEST_LIBS)
# what a binding starts with: open a dataset, its diagnostics as text, its tables (issue 18)
check_PROGRAMS += tests/check_binding_api
TESTS += tests/check_binding_api
tests_check_binding_api_CFLAGS = $(TEST_CFLAGS)
tests_check_binding_api_LDADD = $(TEST_LIBS)

# <samnet.h> compiles and works without igraph's or GSL's include path (issue 18): built with
# only samnet's include folder, not AM_CPPFLAGS/AM_CFLAGS, which carry igraph's and GSL's
check_PROGRAMS += tests/header_only
TESTS += tests/header_only
tests_header_only_CPPFLAGS = -I$(top_srcdir)/include
tests_header_only_CFLAGS = -std=c11 $(WARN_CFLAGS)
tests_header_only_LDADD = libsamnet.la

# sn_setup chains to the host's igraph and GSL error handlers, sn_teardown restores them (issue 18)
check_PROGRAMS += tests/check_setup
TESTS += tests/check_setup
tests_check_setup_CFLAGS = $(TEST_CFLAGS)
tests_check_setup_LDADD = $(TEST_LIBS)

# every failing call sets its own message, never an older one (issue 18)
check_PROGRAMS += tests/check_error_messages
TESTS += tests/check_error_messages
tests_check_error_messages_CFLAGS = $(TEST_CFLAGS)
tests_check_error_messages_LDADD = $(TEST_LIBS)

# Sweden is data: a Norwegian territory table through the binding calls (issue 18)
check_PROGRAMS += tests/check_country_data
TESTS += tests/check_country_data
tests_check_country_data_CFLAGS = $(TEST_CFLAGS)
tests_check_country_data_LDADD = $(TEST_LIBS)
# the Python binding (issue 23): pytest against this build's libsamnet.so
TESTS += tests/python.test
dist_check_SCRIPTS += tests/python.test
EXTRA_DIST += bindings/python/samnet/__init__.py bindings/python/samnet/_api.py \
	bindings/python/samnet/_doc.py bindings/python/samnet/_ffi.py \
	bindings/python/tests/conftest.py bindings/python/tests/test_centrality.py \
	bindings/python/tests/test_cli_csv.py bindings/python/tests/test_communities.py \
	bindings/python/tests/test_dataset.py bindings/python/tests/test_doc.py \
	bindings/python/tests/test_power.py bindings/python/tests/test_readme.py \
	bindings/python/bench_calls.py \
	bindings/python/pyproject.toml
# the declared type of a document's column, for bindings (issue 23)
check_PROGRAMS += tests/check_doc_coltype
TESTS += tests/check_doc_coltype
tests_check_doc_coltype_CFLAGS = $(TEST_CFLAGS)
tests_check_doc_coltype_LDADD = $(TEST_LIBS)

# the R package of issue 23 (bindings/r): testthat against igraph, built into a temporary library
TESTS += tests/r.test
dist_check_SCRIPTS += tests/r.test
EXTRA_DIST += bindings/r

# exact Banzhaf of vector games over the quota vector (issue 24)
check_PROGRAMS += tests/check_power_vector
TESTS += tests/check_power_vector
tests_check_power_vector_CFLAGS = $(TEST_CFLAGS)
tests_check_power_vector_LDADD = $(TEST_LIBS)

# the partitioned edge list for Spark GraphFrames and graph databases (issue 24)
check_PROGRAMS += tests/check_partitioned
TESTS += tests/check_partitioned
tests_check_partitioned_CFLAGS = $(TEST_CFLAGS)
tests_check_partitioned_LDADD = $(TEST_LIBS)
# the one argument check of every sn_<cmd>_doc() that takes a network (issue 18)
check_PROGRAMS += tests/check_doc_calls
TESTS += tests/check_doc_calls
tests_check_doc_calls_CFLAGS = $(TEST_CFLAGS)
tests_check_doc_calls_LDADD = $(TEST_LIBS)
# the line charts of samnet dynamics: every series a stroke of its own (issue 22)
check_PROGRAMS += tests/check_dynamics_svg
TESTS += tests/check_dynamics_svg
tests_check_dynamics_svg_CFLAGS = $(TEST_CFLAGS)
tests_check_dynamics_svg_LDADD = $(TEST_LIBS)

# progress reports of the long steps and the CLI's bars (issue 24)
check_PROGRAMS += tests/check_progress
TESTS += tests/check_progress
tests_check_progress_CFLAGS = $(TEST_CFLAGS)
tests_check_progress_LDADD = $(TEST_LIBS)
TESTS += tests/progress_pty.test
dist_check_SCRIPTS += tests/progress_pty.test tests/progress_pty.py
# weak components by union-find against igraph's (issue 24)
check_PROGRAMS += tests/check_components
TESTS += tests/check_components
tests_check_components_SOURCES = tests/check_components.c base/components.c
tests_check_components_CFLAGS = $(TEST_CFLAGS)
tests_check_components_LDADD = $(TEST_LIBS)
# an igraph graph from sorted ties against igraph_create (issue 24)
check_PROGRAMS += tests/check_graph_build
TESTS += tests/check_graph_build
tests_check_graph_build_SOURCES = tests/check_graph_build.c base/graph_build.c base/error.c \
	base/sorted.c
tests_check_graph_build_CFLAGS = $(TEST_CFLAGS)
tests_check_graph_build_LDADD = $(TEST_LIBS)

# PageRank against a dense LU solve and PRPACK (issue 24)
check_PROGRAMS += tests/check_pagerank
TESTS += tests/check_pagerank
tests_check_pagerank_CFLAGS = $(TEST_CFLAGS)
tests_check_pagerank_LDADD = $(TEST_LIBS)

# Fruchterman-Reingold from the exported ties against igraph's (issue 24)
check_PROGRAMS += tests/check_layout_fr
TESTS += tests/check_layout_fr
tests_check_layout_fr_SOURCES = tests/check_layout_fr.c export/layout_fr.c base/rows.c \
	base/weights.c base/error.c
tests_check_layout_fr_CFLAGS = $(TEST_CFLAGS)
tests_check_layout_fr_LDADD = $(TEST_LIBS)
