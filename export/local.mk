## export: fragment of the top-level Makefile.am

# every viewer's format, the shared XML writer, SVG and the HTML report (issue 7)
samnetinclude_HEADERS += include/samnet/export.h include/samnet/coalition_game.h
libsamnet_la_SOURCES += export/model.h export/model.c export/export.c export/columns.c \
	export/xml.h export/xml.c export/graphml.c export/gexf.c export/gml.c export/pajek.c \
	export/dot.c export/json.c export/csv.c export/vosviewer.c export/svg.h export/svg.c \
	export/report.h export/report.c export/report_assets.c \
	export/report_map.c export/report_geo.c export/coalition_game.c

# the output layer: writers (file, memory, callback), CSV/TSV quoting, result documents (issue 18)
samnetinclude_HEADERS += include/samnet/writer.h include/samnet/doc.h include/samnet/results.h
libsamnet_la_SOURCES += export/writer.c export/doc.c export/results.c \
	export/results_population.c

# the line charts of samnet dynamics (issue 20)
libsamnet_la_SOURCES += export/dynamics_svg.c

# the drawing of each vertex in GEXF and GraphML (issue 22)
libsamnet_la_SOURCES += export/viz.h export/viz.c export/layout_fr.h export/layout_fr.c

# what samnet communities and samnet brokerage print, as library calls (issue 18)
samnetinclude_HEADERS += include/samnet/communities_doc.h include/samnet/brokerage_doc.h
libsamnet_la_SOURCES += export/doc_build.h export/doc_build.c export/communities_doc_private.h \
	export/communities_doc.c export/communities_doc_meta.c export/communities_doc_tables.c \
	export/brokerage_doc.c
# samnet significance and samnet summary/validate as documents: the CLI only renders (issue 18)
samnetinclude_HEADERS += include/samnet/significance_doc.h include/samnet/summary_doc.h
libsamnet_la_SOURCES += export/significance_doc.c \
	export/summary_doc.c export/validate_doc.c
# the tables of samnet centrality and dynamics as a library call (issue 18)
samnetinclude_HEADERS += include/samnet/centrality_doc.h include/samnet/dynamics_doc.h
libsamnet_la_SOURCES += export/centrality_doc.c export/centrality_values.h \
	export/dynamics_doc.c
# what `samnet power`, `coalition` and `actor` print, as library documents (issue 18)
samnetinclude_HEADERS += include/samnet/power_doc.h
libsamnet_la_SOURCES += export/power_doc.c
samnetinclude_HEADERS += include/samnet/scenario_doc.h
libsamnet_la_SOURCES += export/scenario_doc.c
samnetinclude_HEADERS += include/samnet/coalition_doc.h
libsamnet_la_SOURCES += export/coalition_doc.c
samnetinclude_HEADERS += include/samnet/actor_doc.h
libsamnet_la_SOURCES += export/actor_doc.c
# the reports of samnet import and samnet backbone as documents (issue 18)
samnetinclude_HEADERS += include/samnet/import_doc.h include/samnet/backbone_doc.h
libsamnet_la_SOURCES += export/import_doc.c export/backbone_doc.c
# a dataset as tables, for bindings' data frames (issue 18)
libsamnet_la_SOURCES += export/dataset_doc.c
samnetinclude_HEADERS += include/samnet/dataset_doc.h

# the umbrella header with the igraph-typed API; <samnet.h> is igraph-free (issue 18)
samnetinclude_HEADERS += include/samnet/advanced.h

# a partitioned edge list for Spark GraphFrames and graph databases (issue 24)
samnetinclude_HEADERS += include/samnet/partitioned.h
libsamnet_la_SOURCES += export/partitioned.c
