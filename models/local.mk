## models: fragment of the top-level Makefile.am

# null models and backbones (issue 8)
samnetinclude_HEADERS += include/samnet/nullmodel.h include/samnet/backbone.h
libsamnet_la_SOURCES += models/incidence.c models/curveball.c models/bicm.c models/backbone.c

# significance against the curveball null (issue 8); in models/, beside the
# null models it samples, so that analysis/ never calls models/ (issue 18)
samnetinclude_HEADERS += include/samnet/significance.h
libsamnet_la_SOURCES += models/significance.c models/nullstats.c

# generator (issue 9)
libsamnet_la_SOURCES += models/generate.c
samnetinclude_HEADERS += include/samnet/generate.h

# weighted voting games and power indices (issue 6)
samnetinclude_HEADERS += include/samnet/power.h
noinst_HEADERS += models/game_private.h
libsamnet_la_SOURCES += models/game.c models/rule.c models/power.c models/power_dp.c \
	models/power_enum.c models/power_mc.c models/power_mle.c models/power_myerson.c
# exact Banzhaf of vector games over the quota vector (issue 24)
libsamnet_la_SOURCES += models/power_vector.c

# players of a game from a dataset or typed: games, shared-project graphs, blocs (issue 18)
samnetinclude_HEADERS += include/samnet/players.h
noinst_HEADERS += models/players_private.h
libsamnet_la_SOURCES += models/players.c models/players_graph.c

# coalition profiles (issue 6)
samnetinclude_HEADERS += include/samnet/coalition.h
libsamnet_la_SOURCES += models/coalition.c

# whom actors reach: partner population, two-mode components (issue 18)
samnetinclude_HEADERS += include/samnet/reach.h
libsamnet_la_SOURCES += models/reach.c

# one actor's profile: "why is X central"; in models/ because it computes power (issue 22)
libsamnet_la_SOURCES += models/profile.c
samnetinclude_HEADERS += include/samnet/profile.h

# what-if scenarios on a coalition: --add/--remove, rule presets, --suggest (issue 21)
samnetinclude_HEADERS += include/samnet/scenario.h
libsamnet_la_SOURCES += models/scenario.c

# a coalition's members, population and shares without igraph, for <samnet.h> (issue 18)
samnetinclude_HEADERS += include/samnet/coalition_share.h
