## core: errors and setup, diagnostics, table reader, territories, dataset, network
libsamnet_la_SOURCES += core/error.c core/diag.c core/utf8.c core/utf8.h core/number.c \
	core/table.c core/sorted.c core/sorted.h core/territory.c core/strmap.c core/strmap.h \
	core/dataset.c core/dataset_files.c core/dataset_private.h core/selector.c \
	core/network.c core/projection.c
samnetinclude_HEADERS += include/samnet/error.h include/samnet/diag.h include/samnet/table.h \
	include/samnet/territory.h include/samnet/dataset.h include/samnet/network.h
