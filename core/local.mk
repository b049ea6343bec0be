## core: errors and setup, diagnostics, table reader, territories, dataset, network
libsamnet_la_SOURCES += core/error.c core/diag.c
samnetinclude_HEADERS += include/samnet/error.h include/samnet/diag.h
