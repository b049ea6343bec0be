## export: fragment of the top-level Makefile.am

# every viewer's format, the shared XML writer, SVG and the HTML report (issue 7)
samnetinclude_HEADERS += include/samnet/export.h
libsamnet_la_SOURCES += export/model.h export/model.c export/export.c export/columns.c \
	export/xml.h export/xml.c export/graphml.c export/gexf.c export/gml.c export/pajek.c \
	export/dot.c export/json.c export/csv.c export/vosviewer.c export/svg.h export/svg.c \
	export/report.h export/report.c export/report_assets.c

# the drawing of each vertex in GEXF and GraphML (issue 22)
libsamnet_la_SOURCES += export/viz.h export/viz.c
