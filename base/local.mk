## base: errors and setup, diagnostics, table reader, territories, dataset, network
libsamnet_la_SOURCES += base/error.c base/diag.c base/utf8.c base/utf8.h base/number.c \
	base/table.c base/sorted.c base/sorted.h base/territory.c base/strmap.c base/strmap.h \
	base/dataset.c base/dataset_files.c base/dataset_private.h base/selector.c \
	base/network.c base/projection.c base/seed.c

# did you mean: folding, edit distance, lookups with suggestions (issue 22)
libsamnet_la_SOURCES += base/suggest.c base/lookup.c
samnetinclude_HEADERS += include/samnet/suggest.h
samnetinclude_HEADERS += include/samnet/error.h include/samnet/diag.h include/samnet/table.h \
	include/samnet/territory.h include/samnet/dataset.h include/samnet/network.h \
	include/samnet/seed.h
