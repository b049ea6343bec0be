# The registries of issue 18: export formats and measures, one list each.

# VOSviewer labels are quoted as the manual asks (a comma, a semicolon or a
# quote: quoted, quotes doubled; tabs and line breaks become spaces) by the
# one CSV quoting, sn_csv_field().
$ d=$(mktemp -d) && printf 'id,name,type\na,"Kalix, kommun",company\nb,"Semi;colon",company\nc,"Say ""hi""",company\nd,"Tab\there",company\ne,Plain,company\n' > "$d/actors.csv" && printf 'project,actor\np,a\np,b\np,c\np,d\np,e\n' > "$d/memberships.csv" && samnet export "$d" --graph actors --format vosviewer-map -q | cut -f1-2; rm -rf "$d"
id	label
1	"Kalix, kommun"
2	"Semi;colon"
3	"Say ""hi"""
4	Tab here
5	Plain

# --help lists every format of the library's registry, with its file name endings.
$ samnet export --help | sed -n '/^Formats:/,/^  svg /p'
Formats:
  graphml           .graphml              GraphML, typed keys (Gephi, Cytoscape,
                                          igraph)
  gexf              .gexf                 GEXF 1.3, typed attributes, positions
                                          (Gephi)
  gml               .gml                  GML as NetworkX and igraph read it
  pajek             .net                  Pajek network with tie weights
  pajek-clu         .clu                  Pajek partition of the attribute
  pajek-vec         .vec                  Pajek vector of a numeric attribute
  dot               .dot                  Graphviz DOT, undirected
  json              .json                 node-link JSON (NetworkX, D3)
  vosviewer         _map.txt _network.txt VOSviewer map and network files
  vosviewer-map     .txt                  VOSviewer map file: labels, positions,
                                          clusters
  vosviewer-network .txt                  VOSviewer network file: ties and
                                          strengths
  csv               _nodes.csv _edges.csv CSV tables of the vertices and the
                                          edges
  csv-nodes         .csv                  CSV table of the vertices and their
                                          fields
  csv-edges         .csv                  CSV table of the edges
  svg               .svg                  a static picture of the network

# A pair format writes PREFIX + each ending of its registry entry.
$ d=$(mktemp -d) && samnet export tests/data/mini --format vosviewer -o "$d/net" && ls "$d"; rm -rf "$d"
net_map.txt
net_network.txt

# centrality and dynamics read --measures with the one parser of the registry.
$ samnet dynamics tests/data/mini --measures degree,pagerank,degree
samnet dynamics: measure 'degree' is listed twice
Try 'samnet dynamics --help'.
? 2

$ samnet centrality tests/data/mini --measures pagerank,,degree --top 1 --format csv
...
rank,id,name,type,county,population,partner_population,pagerank,degree
...
