## models: fragment of the top-level Makefile.am

# null models and backbones (issue 8)
samnetinclude_HEADERS += include/samnet/nullmodel.h
libsamnet_la_SOURCES += models/incidence.c models/curveball.c

# generator (issue 9)
libsamnet_la_SOURCES += models/generate.c
samnetinclude_HEADERS += include/samnet/generate.h
