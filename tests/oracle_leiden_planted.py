#!/usr/bin/python3
"""Oracle of check_communities.c test_communities_detect_leiden_planted_matches_peer_quality:
redraws the planted graph of planted_sbm() and prints python-igraph's Leiden
modularity over random.seed(0..99), unweighted and weighted (Debian python3-igraph)."""
import igraph as ig, random, statistics
M = (1 << 64) - 1
def splitmix(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)
def sbm(n=1000, blocks=20, pin=0.2, pout=0.00526, seed=5):
    st = seed; edges = []; w = []
    size = n // blocks
    for i in range(n):
        for j in range(i + 1, n):
            st, z = splitmix(st)
            u = (z >> 11) * 2.0**-53
            p = pin if i // size == j // size else pout
            if u < p:
                edges.append((i, j)); w.append(1 + (z & 3))
    return edges, w
edges, w = sbm()
g = ig.Graph(n=1000, edges=edges)
print("edges", len(edges), "wsum", sum(w))
for weights in (None, w):
    qs = []
    for s in range(100):
        random.seed(s); ig.set_random_number_generator(random)
        c = g.community_leiden(objective_function="modularity", weights=weights, n_iterations=-1)
        qs.append(g.modularity(c.membership, weights=weights))
    truth = [i // 50 for i in range(1000)]
    print("weighted" if weights else "unweighted", "min %.17g mean %.17g max %.17g" % (min(qs), statistics.mean(qs), max(qs)), "truth %.17g" % g.modularity(truth, weights=weights))
