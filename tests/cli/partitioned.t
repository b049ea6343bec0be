# samnet export --format partitioned-csv (issue 24): the actor projection as part files for
# Spark GraphFrames or Neo4j.  The bundled actor projection has 1219 ties and 180 actors in
# the network (NetworkX's bipartite projection of memberships.csv, tests/check_power_doc.c);
# the three edge parts hold 406, 406 and 407 of them (sizes differ by at most one), each
# part with its header line.
$ d=$(mktemp -d) && samnet export --graph actors --format partitioned-csv --parts 3 -o "$d/p" && (cd "$d/p" && ls && ls edges && wc -l edges/*.csv | sed 's/^ *//' && cat edges/*.csv | grep -vc '^src,dst,' && cat vertices/*.csv | grep -vc '^id,'); rm -rf "$d"
_SUCCESS
edges
vertices
part-00000.csv
part-00001.csv
part-00002.csv
407 edges/part-00000.csv
407 edges/part-00001.csv
408 edges/part-00002.csv
1222 total
1219
180

# The folder must be new or empty: nothing is overwritten.
$ d=$(mktemp -d) && mkdir "$d/p" && touch "$d/p/keep" && samnet export --format partitioned-csv -o "$d/p" 2>&1 | sed "s|$d|D|"; ls "$d/p"; rm -rf "$d"
samnet: D/p: the directory exists and is not empty (a partitioned export needs a new or empty one)
keep

# It writes a folder, never standard output.
$ samnet export --format partitioned-csv
samnet export: --format partitioned-csv writes a folder: give -o DIR
Try 'samnet export --help'.
? 2
