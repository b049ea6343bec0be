#!/usr/bin/python3
"""The python-igraph side of scripts/bench.sh: the same pipeline as
tests/bench_samnet.c, written the way a python-igraph 0.10 user would
(Debian's python3-igraph).  Prints JSON lines (see bench_common.py).

usage: bench_igraph.py DIR [--runs R] [--skip step,step] [--out TMPDIR]
"""
import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_common as bc  # noqa: E402

import igraph as ig  # noqa: E402


def walktrap(g):
    """Walktrap cut at maximum modularity.  python-igraph 0.10.2's
    VertexDendrogram.as_clustering() fails on disconnected graphs (its
    optimal count ignores the missing merges), so cut the merges directly:
    the C core returns the modularity after each merge."""
    merges, q = ig.GraphBase.community_walktrap(g, "weight", 4)
    best = max(range(len(q)), key=q.__getitem__)
    return ig.VertexClustering(g, ig.community_to_membership(merges, g.vcount(), best))


def main(argv):
    a = bc.parse_args(argv)
    b = bc.Bench("igraph", a.runs, a.skip, a.skip_reason)
    st = {}

    def load():
        st["actors"], st["projects"], st["pairs"] = bc.load(a.dir)
    b.step("load", load)
    actors, projects, pairs = st["actors"], st["projects"], st["pairs"]

    def twomode():
        aidx = {x: i for i, x in enumerate(actors)}
        pidx = {x: i + len(actors) for i, x in enumerate(projects)}
        types = [False] * len(actors) + [True] * len(projects)
        g = ig.Graph.Bipartite(types, [(aidx[x], pidx[p]) for p, x in pairs])
        g.vs["name"] = actors + projects
        return g
    B = b.step("twomode", twomode)

    def proj_count():
        g1, _ = B.bipartite_projection(multiplicity=True)
        return g1
    b.step("proj_count", proj_count)

    def proj_newman():
        # python-igraph has no Newman weighting: sum 1/(n_p - 1) over shared projects.
        w = {}
        na = len(actors)
        for p in range(na, B.vcount()):
            members = sorted(B.neighbors(p))
            if len(members) < 2:
                continue
            inc = 1.0 / (len(members) - 1)
            for pair in itertools.combinations(members, 2):
                w[pair] = w.get(pair, 0.0) + inc
        g = ig.Graph(n=na, edges=list(w.keys()))
        g.es["weight"] = list(w.values())
        g.vs["name"] = actors
        return g
    G = b.step("proj_newman", proj_newman)
    ids = G.vs["name"]
    b.value("actors", G.vcount())
    b.value("ties", G.ecount())
    b.value("newman_weight_sum", sum(G.es["weight"]))
    G.es["length"] = [1.0 / x for x in G.es["weight"]]

    b.step("degree", lambda: G.degree())
    b.step("strength", lambda: G.strength(weights="weight"))
    r = b.step("betweenness", lambda: G.betweenness())
    if r is not None:
        b.top("betweenness_top", ids, r)
    r = b.step("betweenness_w", lambda: G.betweenness(weights="length"))
    if r is not None:
        b.top("betweenness_w_top", ids, r)
    b.step("betweenness_approx", None, why_skipped="python-igraph has no sampled betweenness with an error bound")
    r = b.step("closeness", lambda: G.closeness())
    if r is not None:
        b.top("closeness_top", ids, r)
    r = b.step("harmonic", lambda: G.harmonic_centrality())
    if r is not None:
        b.top("harmonic_top", ids, r)
    b.step("eigenvector", lambda: G.eigenvector_centrality(weights="weight"))
    r = b.step("pagerank", lambda: G.pagerank(weights="weight"))
    if r is not None:
        b.top("pagerank_top", ids, r)
    r = b.step("kcore", lambda: G.coreness())
    if r is not None:
        b.value("max_coreness", max(r))
    r = b.step("components", lambda: G.connected_components())
    if r is not None:
        b.value("components", len(r))

    def seeded(fn):
        def run():
            ig.set_random_number_generator(None)
            import random
            random.seed(1)
            ig.set_random_number_generator(random)
            return fn()
        return run
    comm = {
        "louvain": lambda: G.community_multilevel(weights="weight"),
        "leiden": lambda: G.community_leiden(objective_function="modularity",
                                             weights="weight", n_iterations=-1),
        "labelprop": lambda: G.community_label_propagation(weights="weight"),
        "walktrap": lambda: walktrap(G),
    }
    for name, fn in comm.items():
        r = b.step(name, seeded(fn))
        if r is not None:
            b.value(name + "_modularity", G.modularity(r.membership, weights="weight"))

    out = os.path.join(a.out, "bench_igraph.graphml")
    b.step("graphml", lambda: G.write_graphml(out))
    if os.path.exists(out):
        os.unlink(out)
    b.finish()


if __name__ == "__main__":
    main(sys.argv[1:])
