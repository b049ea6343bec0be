## export: fragment of the top-level Makefile.am

# every viewer's format, the shared XML writer, SVG and the HTML report (issue 7)
samnetinclude_HEADERS += include/samnet/export.h
libsamnet_la_SOURCES += export/model.h export/model.c export/export.c export/columns.c \
	export/xml.h export/xml.c export/graphml.c export/gexf.c export/gml.c export/pajek.c \
	export/dot.c export/json.c export/csv.c export/vosviewer.c export/svg.h export/svg.c \
	export/report.h export/report.c export/report_assets.c

# the output layer: writers (file, memory, callback), CSV/TSV quoting, result documents (issue 18)
samnetinclude_HEADERS += include/samnet/writer.h include/samnet/doc.h include/samnet/results.h
libsamnet_la_SOURCES += export/writer.c export/doc.c export/results.c \
	export/results_population.c

# the line charts of samnet dynamics (issue 20)
libsamnet_la_SOURCES += export/dynamics_svg.c

# the drawing of each vertex in GEXF and GraphML (issue 22)
libsamnet_la_SOURCES += export/viz.h export/viz.c

# a dataset as tables, for bindings' data frames (issue 18)
libsamnet_la_SOURCES += export/dataset_doc.c
samnetinclude_HEADERS += include/samnet/dataset_doc.h
