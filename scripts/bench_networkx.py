#!/usr/bin/python3
"""The NetworkX side of scripts/bench.sh: the same pipeline as
tests/bench_samnet.c with NetworkX 2.8 (Debian's python3-networkx), using
the functions a NetworkX user would call.  NetworkX has no Leiden and no
walktrap; those steps are reported as not available.

usage: bench_networkx.py DIR [--runs R] [--skip step,step] [--out TMPDIR]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_common as bc  # noqa: E402

import networkx as nx  # noqa: E402
from networkx.algorithms import bipartite  # noqa: E402


def main(argv):
    a = bc.parse_args(argv)
    b = bc.Bench("networkx", a.runs, a.skip, a.skip_reason)
    st = {}

    def load():
        st["actors"], st["projects"], st["pairs"] = bc.load(a.dir)
    b.step("load", load)
    actors, projects, pairs = st["actors"], st["projects"], st["pairs"]

    def twomode():
        g = nx.Graph()
        g.add_nodes_from(actors, bipartite=0)
        g.add_nodes_from(projects, bipartite=1)
        g.add_edges_from((x, p) for p, x in pairs)
        return g
    B = b.step("twomode", twomode)
    b.step("proj_count", lambda: bipartite.weighted_projected_graph(B, actors))
    G = b.step("proj_newman", lambda: bipartite.collaboration_weighted_projected_graph(B, actors))
    b.value("actors", G.number_of_nodes())
    b.value("ties", G.number_of_edges())
    b.value("newman_weight_sum", sum(w for _, _, w in G.edges(data="weight")))
    for _, _, d in G.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    ids = list(G.nodes())

    def vals(d):
        return [d[x] for x in ids]

    b.step("degree", lambda: dict(G.degree()))
    b.step("strength", lambda: dict(G.degree(weight="weight")))
    r = b.step("betweenness", lambda: nx.betweenness_centrality(G, normalized=False))
    if r is not None:
        b.top("betweenness_top", ids, vals(r))
    b.step("betweenness_w",
           lambda: nx.betweenness_centrality(G, normalized=False, weight="length"))
    b.step("betweenness_approx", None, why_skipped="NetworkX samples sources (k=) without an error bound")
    b.step("closeness", lambda: nx.closeness_centrality(G))
    r = b.step("harmonic", lambda: nx.harmonic_centrality(G))
    if r is not None:
        # NetworkX does not normalise; igraph and samnet divide by n - 1.
        b.top("harmonic_top", ids, [x / (len(ids) - 1) for x in vals(r)])
    b.step("eigenvector", lambda: nx.eigenvector_centrality_numpy(G, weight="weight"))
    r = b.step("pagerank", lambda: nx.pagerank(G, weight="weight"))
    if r is not None:
        b.top("pagerank_top", ids, vals(r))
    r = b.step("kcore", lambda: nx.core_number(G))
    if r is not None:
        b.value("max_coreness", max(r.values()))
    r = b.step("components", lambda: list(nx.connected_components(G)))
    if r is not None:
        b.value("components", len(r))
    comm = {
        "louvain": lambda: nx.community.louvain_communities(G, weight="weight", seed=1),
        "labelprop": lambda: list(nx.community.asyn_lpa_communities(G, weight="weight", seed=1)),
    }
    for name in ("louvain", "leiden", "labelprop", "walktrap"):
        if name not in comm:
            b.step(name, None, why_skipped="not available in NetworkX")
            continue
        r = b.step(name, comm[name])
        if r is not None:
            b.value(name + "_modularity", nx.community.modularity(G, r, weight="weight"))
    out = os.path.join(a.out, "bench_networkx.graphml")
    b.step("graphml", lambda: nx.write_graphml(G, out))
    if os.path.exists(out):
        os.unlink(out)
    b.finish()


if __name__ == "__main__":
    main(sys.argv[1:])
