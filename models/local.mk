## models: fragment of the top-level Makefile.am

# null models and backbones (issue 8)
samnetinclude_HEADERS += include/samnet/nullmodel.h
libsamnet_la_SOURCES += models/incidence.c models/curveball.c
