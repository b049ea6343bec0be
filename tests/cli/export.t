# Golden tests of samnet export on tests/data/mini, worked by hand from the
# fixture's CSV files: 6 actors take part in projects (Länsstyrelsen i Skåne
# län has none and is left out), then projects p1..p4 (p4's row in
# projects.csv has its id as name); 11 memberships, kommuner:12
# expanding to Malmö and Lund; skane's two rows for p2 (owner; funder, 50)
# merge into one edge with roles in the order lead, partner, funder, owner,
# member.  budget_sek "2 500 000,5" is the number 2500000.5.

$ samnet export tests/data/mini --format csv
id,name,kind,bipartite,type,territory,county,website,theme,budget_sek
skane,Region Skåne,actor,0,region,12,Skåne län,https://skane.se,,
malmo,Malmö,actor,0,kommun,1280,Skåne län,,,
lund,Lund,actor,0,kommun,1281,Skåne län,,,
lu,Lunds universitet,actor,0,university,12,Skåne län,https://lu.se,,
halland,Region Halland,actor,0,region,13,Hallands län,,,
almi,"Almi Företagspartner Syd, AB",actor,0,company,,,,,
p1,Greater Copenhagen,project,1,project,,,,growth,1500000
p2,Innovation Skåne,project,1,project,,,,innovation,2500000.5
p3,Solo,project,1,project,,,,other,
p4,p4,project,1,project,,,,,

source,target,weight,roles,amount_sek
skane,p1,1,lead,100
malmo,p1,1,partner,
halland,p1,1,partner,
skane,p2,1,funder;owner,50
malmo,p2,1,member,
lu,p2,1,partner,
almi,p2,1,partner,
lu,p3,1,lead,
malmo,p4,1,member,
lund,p4,1,member,
lu,p4,1,partner,

# The actor projection counts shared projects: p1 = {skane, halland, malmo},
# p2 = {skane, malmo, lu, almi}, p4 = {malmo, lund, lu}; skane-malmo share p1
# and p2, malmo-lu share p2 and p4, every other pair one project.  Population
# is the SCB figure (31 Dec 2024) of the actor's territory: Skåne län
# 1 428 626, Malmö 365 644, Lund 131 590, Hallands län 345 074; Almi has no
# territory and Lunds universitet represents none, so neither has a population.
$ samnet export tests/data/mini --graph actors --format json --with population
{"directed": false, "multigraph": false, "graph": {"name": "projection"},
 "nodes": [
  {"id": "skane", "name": "Region Skåne", "kind": "actor", "bipartite": 0, "type": "region", "territory": "12", "county": "Skåne län", "website": "https://skane.se", "population": 1428626},
  {"id": "malmo", "name": "Malmö", "kind": "actor", "bipartite": 0, "type": "kommun", "territory": "1280", "county": "Skåne län", "population": 365644},
  {"id": "lund", "name": "Lund", "kind": "actor", "bipartite": 0, "type": "kommun", "territory": "1281", "county": "Skåne län", "population": 131590},
  {"id": "lu", "name": "Lunds universitet", "kind": "actor", "bipartite": 0, "type": "university", "territory": "12", "county": "Skåne län", "website": "https://lu.se"},
  {"id": "halland", "name": "Region Halland", "kind": "actor", "bipartite": 0, "type": "region", "territory": "13", "county": "Hallands län", "population": 345074},
  {"id": "almi", "name": "Almi Företagspartner Syd, AB", "kind": "actor", "bipartite": 0, "type": "company"}],
 "links": [
  {"source": "skane", "target": "malmo", "weight": 2, "shared": 2},
  {"source": "skane", "target": "lu", "weight": 1, "shared": 1},
  {"source": "skane", "target": "halland", "weight": 1, "shared": 1},
  {"source": "skane", "target": "almi", "weight": 1, "shared": 1},
  {"source": "malmo", "target": "lund", "weight": 1, "shared": 1},
  {"source": "malmo", "target": "lu", "weight": 2, "shared": 2},
  {"source": "malmo", "target": "halland", "weight": 1, "shared": 1},
  {"source": "malmo", "target": "almi", "weight": 1, "shared": 1},
  {"source": "lund", "target": "lu", "weight": 1, "shared": 1},
  {"source": "lu", "target": "almi", "weight": 1, "shared": 1}]}

# Newman weights: skane-malmo 1/(3-1) + 1/(4-1) = 0.8333333333333333,
# malmo-lu 1/3 + 1/2 = 0.8333333333333333, lund-lu 1/2.
$ samnet export tests/data/mini --graph actors --projection newman --format csv-edges
source,target,weight,shared
skane,malmo,0.8333333333333333,2
skane,lu,0.3333333333333333,1
skane,halland,0.5,1
skane,almi,0.3333333333333333,1
malmo,lund,0.5,1
malmo,lu,0.8333333333333333,2
malmo,halland,0.5,1
malmo,almi,0.3333333333333333,1
lund,lu,0.5,1
lu,almi,0.3333333333333333,1

# A Pajek partition by county, numbered in order of first appearance
# (Skåne län 1, Hallands län 2; none: 0), with CRLF line ends as Pajek writes.
$ samnet export tests/data/mini --graph actors --format pajek-clu --attribute county | tr -d '\r'
*Vertices 6
1
1
1
1
2
0

$ samnet export tests/data/mini --format xlsx
samnet export: unknown export format 'xlsx' (graphml, gexf, gml, pajek, pajek-clu, pajek-vec, dot, json, vosviewer, vosviewer-map, vosviewer-network, csv, csv-nodes, csv-edges, svg)
Try 'samnet export --help'.
? 2

$ samnet export tests/data/mini --format vosviewer
samnet export: --format vosviewer writes two files: give -o PREFIX (or use vosviewer-map / vosviewer-network)
Try 'samnet export --help'.
? 2

$ samnet export tests/data/mini --with power
samnet export: --with: unknown column set 'power' (population, centrality, communities, all, or a measure of samnet centrality --help)
Try 'samnet export --help'.
? 2

$ samnet export tests/data/mini --graph actors --format csv-nodes --with degree,coreness,communities | awk -F, '{print $1","$(NF-2)","$(NF-1)","$NF}'
id,degree,coreness,community
skane,4,3,1
malmo,5,3,1
lund,2,2,1
lu,4,3,1
halland,2,2,1
almi,3,3,1

$ samnet export tests/data/mini --graph actors --with pagerank,pagerank
samnet export: --with: 'pagerank' is listed twice
Try 'samnet export --help'.
? 2

$ samnet export tests/data/mini --graph people
samnet export: --graph expects two-mode, actors or projects, got 'people'
Try 'samnet export --help'.
? 2

$ samnet export tests/data/mini --format pajek-vec --attribute nope
samnet: no attribute named 'nope' to export
? 2

# samnet report: one HTML page, no reference to the network.
$ samnet report tests/data/mini | grep -c -i -E '<script src|<link|src="https?:'
0
? 1

$ samnet report tests/data/mini | grep -o '<td>south</td>'
<td>south</td>

$ samnet report tests/data/mini --projection cosine
samnet report: unknown weighting 'cosine' (expected count, newman, jaccard or overlap)
Try 'samnet report --help'.
? 2

$ samnet report tests/data/mini --format csv
samnet report: the report is HTML only, got --format csv
Try 'samnet report --help'.
? 2

# A command's own --format replaces the common one in its help.
$ samnet export --help | grep -c -e '--format'
1
