## analysis: fragment of the top-level Makefile.am

# multi-threaded shortest-path centralities (issue 9)
libsamnet_la_SOURCES += analysis/fastpaths.c analysis/betweenness_approx.c
noinst_HEADERS += analysis/fastpaths_private.h
samnetinclude_HEADERS += include/samnet/fast.h

# communities, two-mode clusters, ensembles and consensus, comparison, profiles (issue 5)
libsamnet_la_SOURCES += analysis/communities.c analysis/communities_twomode.c \
	analysis/consensus.c analysis/compare.c analysis/community_profiles.c \
	analysis/communities_private.h
samnetinclude_HEADERS += include/samnet/communities.h

# structure, centrality, two-mode centrality, brokerage (issue 4)
libsamnet_la_SOURCES += analysis/graphcheck.c analysis/graphcheck.h analysis/structure.c \
	analysis/centrality.c analysis/pagerank.c analysis/rows.c analysis/rows_private.h analysis/measures.c analysis/effsize.c analysis/twomode.c analysis/brokerage.c
samnetinclude_HEADERS += include/samnet/structure.h include/samnet/centrality.h \
	include/samnet/brokerage.h

# time slices, tie persistence, rank trajectories, community events (issue 20)
libsamnet_la_SOURCES += analysis/dynamics.c analysis/louvain.c analysis/louvain_private.h
samnetinclude_HEADERS += include/samnet/dynamics.h


# the measure names without igraph, for <samnet.h> (issue 18)
samnetinclude_HEADERS += include/samnet/measure.h
