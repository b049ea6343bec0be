## base: errors and setup, diagnostics, table reader, territories, dataset, network
libsamnet_la_SOURCES += base/error.c base/diag.c base/utf8.c base/utf8.h base/number.c \
	base/table.c base/table_private.h base/sorted.c base/sorted.h base/territory.c \
	base/strmap.c base/strmap.h \
	base/dataset.c base/dataset_files.c base/dataset_private.h base/selector.c \
	base/network.c base/projection.c base/seed.c base/seed_private.h base/period.c

# the one CSV/TSV field writer of tables, exports and datasets (issue 18)
libsamnet_la_SOURCES += base/csv_field.c base/csv_field.h

# one check of tie weights for every layer (issue 18)
libsamnet_la_SOURCES += base/weights.c base/weights.h base/projection_private.h

# a partition of the actors read from a file: samnet communities --compare FILE (issue 18)
libsamnet_la_SOURCES += base/partition.c

# the network at a glance, for samnet summary and the report (issue 18)
libsamnet_la_SOURCES += base/summary.c

# weak components by union-find, for every layer that counts them (issue 24)
libsamnet_la_SOURCES += base/components.c base/components.h

# an igraph graph from sorted ties without igraph_create's sorting (issue 24)
libsamnet_la_SOURCES += base/graph_build.c base/graph_build.h base/rows.c base/rows.h

# writing a dataset folder row by row: the generator, backbone --dataset (issue 18)
libsamnet_la_SOURCES += base/dataset_write.c
samnetinclude_HEADERS += include/samnet/dataset_write.h
samnetinclude_HEADERS += include/samnet/partition.h

# did you mean: folding, edit distance, lookups with suggestions (issue 22)
libsamnet_la_SOURCES += base/suggest.c base/lookup.c
samnetinclude_HEADERS += include/samnet/suggest.h
samnetinclude_HEADERS += include/samnet/error.h include/samnet/diag.h include/samnet/table.h \
	include/samnet/territory.h include/samnet/dataset.h include/samnet/network.h \
	include/samnet/seed.h include/samnet/rng_gsl.h include/samnet/period.h

# opening a dataset in one call, the bundled data folder: for bindings (issue 18)
libsamnet_la_SOURCES += base/open.c
samnetinclude_HEADERS += include/samnet/open.h

# the network and projections as opaque handles, for <samnet.h> without igraph (issue 18)
samnetinclude_HEADERS += include/samnet/handles.h

# progress reports of the long steps (issue 24)
samnetinclude_HEADERS += include/samnet/progress.h
libsamnet_la_SOURCES += base/progress_private.h
