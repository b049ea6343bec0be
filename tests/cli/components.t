# Eigenvector, hub and authority on tests/data/twins: two identical components, each a
# triangle with a pendant (a1 a2 a3 + a3-a4, the same for b).  Each component is scored on
# its own, so the twins score alike.  Normalised: python-igraph 0.10.2
# Graph.induced_subgraph(component).eigenvector_centrality(scale=True) gives
# 0.8546376797, 0.8546376797, 1, 0.4608111272; hub = authority on undirected ties.
# The table shows 12 digits: the twins agree to 1e-15, not bit for bit (ARPACK on each
# component apart; the CSV carries the last bits).
$ samnet centrality tests/data/twins --measures eigenvector,hub,authority --digits 12 --format table --wide | sed -n '/^rank/,$p'
rank  id  name     type   county  population  partner_population     eigenvector             hub       authority
   1  a3  A three  other                                       0               1               1               1
   2  b3  B three  other                                       0               1               1               1
   3  a2  A two    other                                       0  0.854637679718  0.854637679718  0.854637679718
   4  a1  A one    other                                       0  0.854637679718  0.854637679718  0.854637679718
   5  b2  B two    other                                       0  0.854637679718  0.854637679718  0.854637679718
   6  b1  B one    other                                       0  0.854637679718  0.854637679718  0.854637679718
   7  a4  A four   other                                       0  0.460811127189  0.460811127189  0.460811127189
   8  b4  B four   other                                       0  0.460811127189  0.460811127189  0.460811127189

# Raw eigenvector: NetworkX 2.8.8 nx.eigenvector_centrality(G, tol=1e-14) on the whole graph
# gives a3 0.43248662976, a1 0.36961936977, a4 0.19929465136 (and the same for b).  Raw hub
# and authority: the normalised scores over their sum 2 (1 + 2 x 0.8546376797 + 0.4608111272).
$ samnet centrality tests/data/twins --measures eigenvector,hub,authority --raw --digits 12 --format table --wide | sed -n '/^rank/,$p'
rank  id  name     type   county  population  partner_population     eigenvector              hub        authority
   1  a3  A three  other                                       0  0.432486629763   0.157724403454   0.157724403454
   2  b3  B three  other                                       0  0.432486629763   0.157724403454   0.157724403454
   3  a2  A two    other                                       0   0.36961936977   0.134797218203   0.134797218203
   4  a1  A one    other                                       0   0.36961936977   0.134797218203   0.134797218203
   5  b2  B two    other                                       0   0.36961936977   0.134797218203   0.134797218203
   6  b1  B one    other                                       0   0.36961936977   0.134797218203   0.134797218203
   7  a4  A four   other                                       0  0.199294651355  0.0726811601408  0.0726811601408
   8  b4  B four   other                                       0  0.199294651355  0.0726811601408  0.0726811601408
