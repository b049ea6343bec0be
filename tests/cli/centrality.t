# samnet centrality on tests/data/mini (6 actors in the network: lst-skane has no project).
# Expected values checked with NetworkX 2.8.8 on the same actor projection
# (G built from the four projects' member lists): nx.degree_centrality(G),
# nx.betweenness_centrality(G), nx.harmonic_centrality(G) / 5, and
# nx.effective_size(G, weight='weight') / degree (count weights: skane-malmo 2, lu-malmo 2).
# Partner population: malmo's partners cover counties 12 and 13 (1428626 + 345074).
# Only territorial actors carry population: Lunds universitet (a university in
# county 12) carries none, so skane's partners carry Malmö and Halland
# (365644 + 345074 = 710718) and lund's partners Malmö alone (365644).

$ samnet centrality tests/data/mini --measures degree,betweenness,harmonic,effective_size --format csv
rank,id,name,type,county,population,partner_population,degree,betweenness,harmonic,effective_size
1,malmo,Malmö,kommun,Skåne län,365644,1773700,1,0.30000000000000004,1,0.6571428571428571
2,lu,Lunds universitet,university,Skåne län,,1428626,0.8,0.1,0.9,0.525
3,skane,Region Skåne,region,Skåne län,1428626,710718,0.8,0.1,0.9,0.525
4,almi,"Almi Företagspartner Syd, AB",company,,,1428626,0.6000000000000001,0,0.8,0.4444444444444445
5,halland,Region Halland,region,Hallands län,345074,1428626,0.4,0,0.7000000000000001,0.5
6,lund,Lund,kommun,Skåne län,131590,365644,0.4,0,0.7000000000000001,0.5

# Raw values: degree counts, betweenness as nx.betweenness_centrality(G, normalized=False).
$ samnet centrality tests/data/mini --measures degree,betweenness --raw --top 2 --format csv
rank,id,name,type,county,population,partner_population,degree,betweenness
1,malmo,Malmö,kommun,Skåne län,365644,1773700,5,3
2,lu,Lunds universitet,university,Skåne län,,1428626,4,1

# Two-mode, Borgatti-Everett normalisation: NetworkX bipartite.degree_centrality,
# bipartite.closeness_centrality and bipartite.betweenness_centrality with the actors as nodes.
$ samnet centrality tests/data/mini --projection two-mode --format csv
rank,id,name,type,county,population,partner_population,degree,closeness,betweenness
1,lu,Lunds universitet,university,Skåne län,,1428626,0.75,0.7777777777777777,0.3555555555555555
2,malmo,Malmö,kommun,Skåne län,365644,1773700,0.75,0.875,0.39999999999999986
3,skane,Region Skåne,region,Skåne län,1428626,710718,0.5,0.7000000000000001,0.11111111111111112
4,almi,"Almi Företagspartner Syd, AB",company,,,1428626,0.25,0.5833333333333333,0
5,halland,Region Halland,region,Hallands län,345074,1428626,0.25,0.5,0
6,lund,Lund,kommun,Skåne län,131590,365644,0.25,0.5384615384615385,0

# Ranking within counties; constraint ranks the least constrained first; no county comes last.
$ samnet centrality tests/data/mini --by county --top 1 --measures degree,constraint --sort constraint --format csv
rank_in_county,id,name,type,county,population,partner_population,degree,constraint
1,malmo,Malmö,kommun,Skåne län,365644,1773700,1,0.5728344671201814
1,halland,Region Halland,region,Hallands län,345074,1428626,0.4,0.9032653061224488
1,almi,"Almi Företagspartner Syd, AB",company,,,1428626,0.6000000000000001,0.8505215419501133

$ samnet centrality tests/data/mini --measures degree,foo
samnet centrality: unknown measure 'foo'; known: degree, strength, betweenness, betweenness_w, closeness, closeness_w, harmonic, harmonic_w, eigenvector, pagerank, hub, authority, constraint, effective_size, coreness
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --projection two-mode --measures pagerank
samnet centrality: measure 'pagerank' is not defined on the two-mode graph; use one of degree, betweenness, closeness
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --measures degree --sort pagerank
samnet centrality: --sort 'pagerank' is not among the listed measures
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --by region
samnet centrality: --by must be type or county, not 'region'
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --raw --normalized
samnet centrality: --raw and --normalized exclude each other
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --projection cosine
samnet centrality: unknown projection 'cosine'; use count, newman, jaccard, overlap or two-mode
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --measures degree,degree
samnet centrality: measure 'degree' is listed twice
Try 'samnet centrality --help'.
? 2
