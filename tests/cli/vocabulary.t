# One vocabulary (issue 17): the CLI, the exports and the HTML report say the
# same word for the same thing.  doc/vocabulary.md lists the words.

# 1. Communities are numbered the same way, from 1, everywhere.
# tests/data/communities: the modularity optimum is A = {r1, k1, u1} and
# B = {r2, k3, k2, c1} (worked by hand in tests/cli/communities.t, confirmed by
# python-igraph's community_optimal_modularity); A holds the first actor, so it
# is community 1 and B community 2, in the CLI, the GraphML attribute, the
# report's embedded data and its communities table, and power's blocs.
$ samnet communities tests/data/communities --compare none --format csv | grep -E '^[a-z][0-9],' | cut -d, -f1,5
r1,1
k1,1
u1,1
r2,2
k3,2
k2,2
c1,2

$ samnet export tests/data/communities --graph actors --with communities | python3 -c "import sys, xml.etree.ElementTree as E; n = '{http://graphml.graphdrawing.org/xmlns}'; r = E.parse(sys.stdin).getroot(); k = [x.get('id') for x in r.iter(n + 'key') if x.get('attr.name') == 'community'][0]; [print(v.get('id') + ',' + d.text) for v in r.iter(n + 'node') for d in v if d.get('key') == k]"
r1,1
k1,1
u1,1
r2,2
k3,2
k2,2
c1,2

$ d=$(mktemp -d) && samnet report tests/data/communities -o "$d/r.html" && python3 -c "import sys, json; s = open(sys.argv[1], encoding='utf-8').read(); i = s.index('id=\"samnet-data\">') + 17; [print(n['id'] + ',' + str(n['community'])) for n in json.loads(s[i:s.index('</script>', i)])['nodes']]" "$d/r.html"; s=$?; rm -rf "$d"; exit $s
r1,1
k1,1
u1,1
r2,2
k3,2
k2,2
c1,2

$ d=$(mktemp -d) && samnet report tests/data/communities -o "$d/r.html" && python3 -c "import sys, re; s = open(sys.argv[1], encoding='utf-8').read(); i = s.index('<section id=\"communities\">'); print(re.findall(r'<tr>\s*<td class=\"n\" data-v=\"([^\"]*)\"', s[i:s.index('</section>', i)]))" "$d/r.html"; s=$?; rm -rf "$d"; exit $s
['1', '2']

$ samnet power tests/data/communities --blocs communities --indices owen --format csv | cut -d, -f1,6
id,bloc
r1,community 1
r2,community 2

# 2. A measure's name means one thing.  tests/data/mini's count projection
# (shared projects as weights), by NetworkX 2.8.8 with dist = 1 / weight:
#   nx.betweenness_centrality(G)                   malmo 0.3,  skane 0.1
#   nx.betweenness_centrality(G, weight='dist')    malmo 0.45, skane 0.05
#   nx.harmonic_centrality(G) / 5                  malmo 1.0,  skane 0.9
#   nx.harmonic_centrality(G, distance='dist') / 5 malmo 1.4,  skane 1.13333
# The report's betweenness is the CLI's betweenness (hops), its betweenness_w
# the CLI's betweenness_w; the same for harmonic.
$ d=$(mktemp -d) && samnet report tests/data/mini -o "$d/r.html" && samnet centrality tests/data/mini --measures betweenness,betweenness_w,harmonic,harmonic_w --format json > "$d/c.json" && python3 -c "import sys, json; s = open(sys.argv[1], encoding='utf-8').read(); i = s.index('id=\"samnet-data\">') + 17; rep = {n['id']: n for n in json.loads(s[i:s.index('</script>', i)])['nodes']}; cli = {r['id']: r for r in json.load(open(sys.argv[2]))['centrality']}; [print(a, m, 'cli %.6g' % cli[a][m], 'report %.6g' % rep[a][m]) for a in ('malmo', 'skane') for m in ('betweenness', 'betweenness_w', 'harmonic', 'harmonic_w')]" "$d/r.html" "$d/c.json"; s=$?; rm -rf "$d"; exit $s
malmo betweenness cli 0.3 report 0.3
malmo betweenness_w cli 0.45 report 0.45
malmo harmonic cli 1 report 1
malmo harmonic_w cli 1.4 report 1.4
skane betweenness cli 0.1 report 0.1
skane betweenness_w cli 0.05 report 0.05
skane harmonic cli 0.9 report 0.9
skane harmonic_w cli 1.13333 report 1.13333

# The names come from one registry in the library; centrality --help lists it.
$ samnet centrality --help | sed -n '/^Measures/,/^  coreness/p'
Measures (w: uses tie weights; 2: also on the two-mode graph):
  degree           2  number of ties
  strength        w   sum of tie strengths
  betweenness      2  shortest paths through the actor, in hops (Freeman 1977)
  betweenness_w   w   betweenness with tie length 1/strength (Newman 2001)
  closeness        2  reached actors over the sum of hops to them (Freeman 1979)
  closeness_w     w   closeness with tie length 1/strength
  harmonic            sum of 1/hops to the others (Marchiori & Latora 2000)
  harmonic_w      w   harmonic closeness with tie length 1/strength
  eigenvector     w   principal eigenvector of the strengths (Bonacich 1972)
  pagerank        w   random walk on strengths, damping 0.85 (Brin & Page 1998)
  hub             w   hub score on the strengths (Kleinberg 1999)
  authority       w   authority score on the strengths (Kleinberg 1999)
  constraint      w   closure of the neighbourhood, low for brokers (Burt 1992)
  effective_size  w   contacts less their redundancy (Burt 1992)
  coreness            largest k of a k-core holding the actor (Seidman 1983)

# 3. Column names and JSON keys are the same words in every command and in the
# report.  Every actor's value under a key agrees across every output that has
# the key (no DIFFERS line); below, which outputs share each key
# (tests/cli/vocabulary.py explains the two exceptions, rank and degree).
$ python3 tests/cli/vocabulary.py values tests/data/mini
betweenness: centrality, export, report
betweenness_w: centrality, export, report
community: communities, export, report
county: centrality, communities, export, report
degree: centrality --raw, export, report
eigenvector: centrality, export, report
harmonic: centrality, export, report
harmonic_w: centrality, export, report
id: centrality, centrality --raw, communities, coalition, power, brokerage, export, report
name: centrality, communities, coalition, power, brokerage, export, report
pagerank: centrality, coalition, export, report
population: centrality, coalition, export, report
strength: centrality, export, report
type: centrality, communities, coalition, brokerage, export, report

# The same on the bundled dataset, whose actor network has several communities.
$ python3 tests/cli/vocabulary.py values datasets/sweden
betweenness: centrality, export, report
betweenness_w: centrality, export, report
community: communities, export, report
county: centrality, communities, export, report
degree: centrality --raw, export, report
eigenvector: centrality, export, report
harmonic: centrality, export, report
harmonic_w: centrality, export, report
id: centrality, centrality --raw, communities, coalition, power, brokerage, export, report
name: centrality, communities, coalition, power, brokerage, export, report
pagerank: centrality, coalition, export, report
population: centrality, coalition, export, report
strength: centrality, export, report
type: centrality, communities, coalition, brokerage, export, report

# The report's table heads are the CLI's column names (or measure/value row
# names); betweenness_w_share, the members' share of the network's
# betweenness_w, is the report's own.
$ python3 tests/cli/vocabulary.py heads tests/data/mini
centrality: name,type,county,population,degree,strength,betweenness,betweenness_w,harmonic,harmonic_w,eigenvector,pagerank,community
  not a CLI column or export key: none
communities: community,size,central_members,counties,population,population_share,density,modularity_contribution
  not a CLI column or export key: none
coalitions: coalition,members,members_in_network,population,population_share,banzhaf,strength_share,betweenness_w_share
  not a CLI column or export key: betweenness_w_share

# territory is the territory's code everywhere (as in actors.csv); the
# coalition table that shows its name calls it territory_name.
$ samnet coalition tests/data/mini --format csv | grep -A1 '^id,name,type'
id,name,type,territory_name,population,population_share,pagerank
skane,Region Skåne,region,Skåne län,1428626,0.13493248303929745,0.20320909864192438

$ samnet export tests/data/mini --graph actors --format csv-nodes | head -2
id,name,kind,bipartite,type,territory,county,website
skane,Region Skåne,actor,0,region,12,Skåne län,https://skane.se
