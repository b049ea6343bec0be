# Eigenvector, hub and authority on tests/data/twins: two identical components, each a
# triangle with a pendant (a1 a2 a3 + a3-a4, the same for b).  Each component is scored on
# its own, so the twins score alike.  Normalised: python-igraph 0.10.2
# Graph.induced_subgraph(component).eigenvector_centrality(scale=True) gives
# 0.8546376797, 0.8546376797, 1, 0.4608111272; hub = authority on undirected ties.
$ samnet centrality tests/data/twins --measures eigenvector,hub,authority --format csv
rank,id,name,type,county,population,partner_population,eigenvector,hub,authority
1,a3,A three,other,,,0,1,1,1
2,b3,B three,other,,,0,1,1,1
3,a2,A two,other,,,0,0.854638,0.854638,0.854638
4,a1,A one,other,,,0,0.854638,0.854638,0.854638
5,b2,B two,other,,,0,0.854638,0.854638,0.854638
6,b1,B one,other,,,0,0.854638,0.854638,0.854638
7,a4,A four,other,,,0,0.460811,0.460811,0.460811
8,b4,B four,other,,,0,0.460811,0.460811,0.460811

# Raw eigenvector: NetworkX 2.8.8 nx.eigenvector_centrality(G, tol=1e-14) on the whole graph
# gives a3 0.43248662976, a1 0.36961936977, a4 0.19929465136 (and the same for b).  Raw hub
# and authority: the normalised scores over their sum 2 (1 + 2 x 0.8546376797 + 0.4608111272).
$ samnet centrality tests/data/twins --measures eigenvector,hub,authority --raw --format csv
rank,id,name,type,county,population,partner_population,eigenvector,hub,authority
1,a3,A three,other,,,0,0.432487,0.157724,0.157724
2,b3,B three,other,,,0,0.432487,0.157724,0.157724
3,a2,A two,other,,,0,0.369619,0.134797,0.134797
4,a1,A one,other,,,0,0.369619,0.134797,0.134797
5,b2,B two,other,,,0,0.369619,0.134797,0.134797
6,b1,B one,other,,,0,0.369619,0.134797,0.134797
7,a4,A four,other,,,0,0.199295,0.0726812,0.0726812
8,b4,B four,other,,,0,0.199295,0.0726812,0.0726812
