#!/usr/bin/env python3
"""The expected figures of tests/check_command_docs.c, computed without samnet.

Usage: /usr/bin/python3 tests/oracle_command_docs.py datasets/sweden

Reads the CSV files with Python's csv module, expands the group selectors
itself (regions:* every region actor, regions:A,B the regions of those
counties, kommuner:CC the kommun actors whose kommun lies in county CC),
merges repeated (project, actor) rows, and builds the two-mode graph and the
actor projection (tie weight = shared projects) with NetworkX.  Not run by
make check; the test holds the numbers it printed.
"""
import csv, sys, statistics
import networkx as nx
d = sys.argv[1]
rd = lambda f: list(csv.DictReader(open(f"{d}/{f}", encoding="utf-8")))
actors = {a["id"]: a for a in rd("actors.csv")}
terr = {t["code"]: t for t in rd("territories.csv")}
def county(code):
    while code and terr[code]["parent"] and terr[code]["parent"] != "SE":
        code = terr[code]["parent"]
    return code if code and code != "SE" else None
kinds = {"regions": "region", "kommuner": "kommun", "lansstyrelser": "lansstyrelse"}
def expand(sel):
    if ":" not in sel:
        return [sel]
    kind, codes = sel.split(":", 1)
    want = None if codes == "*" else set(codes.split(","))
    return [a for a, r in actors.items() if r["type"] == kinds[kind] and
            (want is None or county(r["territory"]) in want or r["territory"] in want)]
pairs = set(); rows = 0
for m in rd("memberships.csv"):
    for a in expand(m["actor"]):
        pairs.add((m["project"], a)); rows += 1
projects = {p["id"] for p in rd("projects.csv")}
inact = sorted({a for _, a in pairs})
B = nx.Graph()
B.add_nodes_from(("a", a) for a in inact); B.add_nodes_from(("p", p) for p in projects)
B.add_edges_from((("p", p), ("a", a)) for p, a in pairs)
print("actors", len(inact), "known", len(actors), "projects", len(projects), "pairs", len(pairs), "rows", rows)
comps = list(nx.connected_components(B))
print("twomode components", len(comps), "largest actor share", max(sum(1 for v in c if v[0] == "a") for c in comps) / len(inact))
print("twomode density %.17g" % (len(pairs) / (len(inact) * len(projects))))
G = nx.Graph(); G.add_nodes_from(inact)
members = {}
for p, a in pairs: members.setdefault(p, []).append(a)
for p, ms in members.items():
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            u, v = ms[i], ms[j]
            w = G[u][v]["weight"] + 1 if G.has_edge(u, v) else 1
            G.add_edge(u, v, weight=w)
n, m = G.number_of_nodes(), G.number_of_edges()
print("ties", m, "density %.17g" % nx.density(G))
print("components", nx.number_connected_components(G), "isolates", nx.number_of_isolates(G))
print("diameter", nx.diameter(G) if nx.is_connected(G) else None)
print("avg path %.17g" % nx.average_shortest_path_length(G))
print("transitivity %.17g" % nx.transitivity(G), "avg clustering %.17g" % nx.average_clustering(G))
deg = [d for _, d in G.degree()]; st = [d for _, d in G.degree(weight="weight")]
print("degree min/median/max", min(deg), statistics.median(deg), max(deg))
print("strength min/median/max", min(st), statistics.median(st), max(st))
core = nx.core_number(G); k = max(core.values())
print("degeneracy", k, "in core", sum(1 for v in core.values() if v == k))
print("articulation", len(list(nx.articulation_points(G))), "bridges", len(list(nx.bridges(G))))
for v in G: G.nodes[v]["type"] = actors[v]["type"]; G.nodes[v]["county"] = county(actors[v]["territory"])
print("type assort %.17g" % nx.attribute_assortativity_coefficient(G, "type"))
within = sum(1 for u, v in G.edges if actors[u]["type"] == actors[v]["type"])
print("type within", within, "between", m - within, "ei %.17g" % ((m - 2 * within) / m))
H = G.subgraph([v for v in G if G.nodes[v]["county"]])
cw = sum(1 for u, v in H.edges if H.nodes[u]["county"] == H.nodes[v]["county"])
print("county ungrouped", n - H.number_of_nodes(), "within", cw, "between", H.number_of_edges() - cw,
      "assort %.17g" % nx.attribute_assortativity_coefficient(H, "county"))
pop = sum(int(t["population_2024"]) for c, t in terr.items() if t["parent"] == "SE")
print("national 2024", pop)
for u, v, w in G.edges(data="weight"): G[u][v]["dist"] = 1.0 / w
bw = nx.betweenness_centrality(G, normalized=False, weight="dist")
top = max(G.degree(), key=lambda x: x[1])[0]
for a in [top, "region-12", "region-10"]:
    print(a, "degree", G.degree(a), "strength", G.degree(a, weight="weight"), "betweenness_w %.17g" % bw[a])
print("shared region-10 region-12", G["region-10"]["region-12"]["weight"])
print("ei county %.17g" % ((H.number_of_edges() - 2 * cw) / H.number_of_edges()))
