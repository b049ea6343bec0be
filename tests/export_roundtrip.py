#!/usr/bin/env python3
"""Round trips of `samnet export` through real readers (issue 7, item 2).

Usage: export_roundtrip.py SAMNET SRCDIR

Exports tests/data/mini (and the bundled Swedish dataset) in every format
and reads each file back with NetworkX (read_graphml, read_gexf, read_gml,
read_pajek, node_link_graph) and python-igraph (Read_GraphML, Read_GML,
Read_Pajek), checks XML with `xmllint --noout` and renders DOT with
`dot -Tsvg`.  For mini, the expected graph is worked out here from the
fixture's CSV files (independently of samnet): 6 actors in the network
(Länsstyrelsen i Skåne län has no project), 4 projects, 11 memberships
(kommuner:12 expands to Malmö and Lund), and the count projection's ties.
For the bundled dataset every reader must agree with the CSV node and edge
tables on nodes, edges, names and weights.

A reader that is not installed is reported as "SKIP <reader>" and counts
neither as a pass nor a failure; when nothing could run the exit status is
77 (automake's SKIP).  Prints "N passed, N failed, N skipped".
"""
import csv
import html
import io
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import warnings

passed = failed = skipped = 0


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL " + what)


def skip(what):
    global skipped
    skipped += 1
    print("SKIP " + what)


def try_import(name):
    try:
        return __import__(name)
    except ImportError:
        return None


nx = try_import("networkx")
ig = try_import("igraph")


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def expected_mini(srcdir):
    """The two-mode graph and the count projection of tests/data/mini, from its CSV files."""
    d = os.path.join(srcdir, "tests", "data", "mini")
    actors = {r["id"]: r for r in read_csv(os.path.join(d, "actors.csv"))}
    projects = {r["id"]: r["name"] for r in read_csv(os.path.join(d, "projects.csv"))}
    pairs = {}
    for r in read_csv(os.path.join(d, "memberships.csv")):
        projects.setdefault(r["project"], r["project"])
        if r["actor"].startswith("kommuner:"):
            county = r["actor"].split(":")[1]
            # A kommun code's first two digits are its county (SCB).
            members = [a for a, row in actors.items()
                       if row["type"] == "kommun" and row["territory"][:2] == county]
        else:
            members = [r["actor"]]
        for a in members:
            pairs.setdefault((a, r["project"]), set()).add(r["role"])
    in_network = {a for a, _ in pairs}
    names = {a: actors[a]["name"] for a in in_network}
    names.update(projects)
    by_project = {}
    for a, p in pairs:
        by_project.setdefault(p, set()).add(a)
    ties = {}
    for members in by_project.values():
        for a in members:
            for b in members:
                if a < b:
                    ties[(a, b)] = ties.get((a, b), 0) + 1
    return {"names": names, "edges": {frozenset(k): 1.0 for k in pairs},
            "roles": {frozenset(k): ";".join(sorted(v, key=ROLE_ORDER.index)) for k, v in pairs.items()},
            "actor_names": {a: names[a] for a in in_network},
            "ties": {frozenset(k): float(v) for k, v in ties.items()}}


ROLE_ORDER = ["lead", "partner", "funder", "owner", "member"]


def expected_from_tables(prefix):
    """Nodes and edges as the CSV tables of the same export state them (bundled dataset)."""
    nodes = read_csv(prefix + "_nodes.csv")
    edges = read_csv(prefix + "_edges.csv")
    return {"names": {r["id"]: r["name"] for r in nodes},
            "edges": {frozenset((r["source"], r["target"])): float(r["weight"]) for r in edges}}


def same_weights(got, want):
    return set(got) == set(want) and all(math.isclose(got[k], want[k], rel_tol=1e-12)
                                         for k in want)


def compare(label, names, edges, want):
    """names: id -> display name; edges: frozenset(ids) -> weight."""
    check(len(names) == len(want["names"]), f"{label}: {len(names)} nodes, want {len(want['names'])}")
    check(names == want["names"], f"{label}: node names differ")
    check(len(edges) == len(want["edges"]), f"{label}: {len(edges)} edges, want {len(want['edges'])}")
    check(same_weights(edges, want["edges"]), f"{label}: edge weights differ")


def nx_edges(G, key="weight"):
    return {frozenset((u, v)): float(d.get(key, 1.0)) for u, v, d in G.edges(data=True)}


def run(samnet, args, out):
    r = subprocess.run([samnet, "export"] + args + ["-o", out], capture_output=True, text=True)
    check(r.returncode == 0, f"samnet export {' '.join(args)}: exit {r.returncode} {r.stderr}")
    return r.returncode == 0


def gexf_checks(tag, G, want, mini):
    compare(f"{tag} networkx read_gexf", {n: d["label"] for n, d in G.nodes(data=True)},
            nx_edges(G), want)
    if mini:
        check(G.nodes["malmo"]["type"] == "kommun" and G.nodes["p2"]["budget_sek"] == 2500000.5,
              "read_gexf: typed attributes")
        check(G.nodes["skane"]["county"] == "Skåne län", "read_gexf: county of Region Skåne")


def networkx_checks(tag, base, want, mini):
    if nx is None:
        skip(f"{tag}: NetworkX readers (python3-networkx not installed)")
        return
    G = nx.read_graphml(base + ".graphml")
    compare(f"{tag} networkx read_graphml", {n: d["name"] for n, d in G.nodes(data=True)},
            nx_edges(G), want)
    if mini:
        check(G.nodes["malmo"]["county"] == "Skåne län", "read_graphml: county of Malmö")
        check(G.nodes["skane"]["population"] == 1428626 and isinstance(G.nodes["skane"]["population"], int),
              "read_graphml: population of Region Skåne (SCB 2024) as an integer")
        check(G.nodes["p2"]["budget_sek"] == 2500000.5, "read_graphml: budget '2 500 000,5' as 2500000.5")
        check(G.nodes["skane"]["website"] == "https://skane.se", "read_graphml: actor attribute website")
        check(G.edges["skane", "p2"]["roles"] == want["roles"][frozenset(("skane", "p2"))],
              "read_graphml: roles of skane-p2")
        check(G.edges["skane", "p2"]["amount_sek"] == 50.0, "read_graphml: amount of skane-p2")
        check(G.nodes["almi"]["name"] == "Almi Företagspartner Syd, AB", "read_graphml: a comma in a name")
    try:
        G = nx.read_gexf(base + ".gexf")
    except nx.NetworkXError:
        # NetworkX before 3.0 knows the GEXF 1.1 and 1.2 drafts only; the elements samnet
        # writes are the same in 1.2, so read the file again under the 1.2 namespace.
        if int(nx.__version__.split(".")[0]) >= 3:
            raise
        print(f"NOTE {tag}: NetworkX {nx.__version__} reads GEXF 1.3 under the 1.2draft namespace")
        with open(base + ".gexf", encoding="utf-8") as f:
            text = f.read()
        text = (text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
                .replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
                .replace('version="1.3"', 'version="1.2"'))
        G = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    if G is not None:
        gexf_checks(tag, G, want, mini)
    G = nx.read_gml(base + ".gml")
    compare(f"{tag} networkx read_gml", {n: d["name"] for n, d in G.nodes(data=True)},
            nx_edges(G), want)
    G = nx.read_pajek(base + ".net")
    ids = {v: k for k, v in want["names"].items()}
    check(len(G) == len(want["names"]), f"{tag} read_pajek: {len(G)} nodes")
    if mini:
        pe = {frozenset((ids[u], ids[v])): float(d["weight"]) for u, v, d in G.edges(data=True)}
        check(same_weights(pe, want["edges"]), f"{tag} read_pajek: edges and weights")
        check("Region Skåne" in G and "Malmö" in G, "read_pajek: Swedish names")
    else:
        check(G.number_of_edges() == len(want["edges"]), f"{tag} read_pajek: edge count")
    with open(base + ".json", encoding="utf-8") as f:
        data = json.load(f)
    try:
        G = nx.node_link_graph(data, edges="links")
    except TypeError:
        G = nx.node_link_graph(data)
    compare(f"{tag} networkx node_link_graph", {n: d["name"] for n, d in G.nodes(data=True)},
            nx_edges(G), want)


def igraph_checks(tag, base, want, mini):
    if ig is None:
        skip(f"{tag}: python-igraph readers (python3-igraph not installed)")
        return
    g = ig.Graph.Read_GraphML(base + ".graphml")
    ids = g.vs["id"]
    compare(f"{tag} igraph Read_GraphML", dict(zip(ids, g.vs["name"])),
            {frozenset((ids[e.source], ids[e.target])): e["weight"] for e in g.es}, want)
    if mini:
        v = g.vs.find(id="malmo")
        check(v["county"] == "Skåne län" and v["population"] == 365644,
              "Read_GraphML: county and population of Malmö")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        g = ig.Graph.Read_GML(base + ".gml")
    ids = g.vs["label"]
    # igraph 0.10 decodes only the five XML entities; &#246; stays as written.
    names = {i: html.unescape(n) for i, n in zip(ids, g.vs["name"])}
    compare(f"{tag} igraph Read_GML", names,
            {frozenset((ids[e.source], ids[e.target])): e["weight"] for e in g.es}, want)
    g = ig.Graph.Read_Pajek(base + ".net")
    check(g.vcount() == len(want["names"]) and g.ecount() == len(want["edges"]),
          f"{tag} igraph Read_Pajek: counts")
    if mini:
        check(sorted(g.es["weight"]) == sorted(want["edges"].values()),
              f"{tag} igraph Read_Pajek: weights")


def tool_checks(tag, base):
    if shutil.which("xmllint"):
        for ext in ("graphml", "gexf", "svg"):
            r = subprocess.run(["xmllint", "--noout", base + "." + ext], capture_output=True, text=True)
            check(r.returncode == 0, f"{tag}: xmllint {ext}: {r.stderr}")
    else:
        skip(f"{tag}: xmllint (libxml2-utils not installed)")
    if shutil.which("dot"):
        r = subprocess.run(["dot", "-Tsvg", "-o", os.devnull, base + ".dot"], capture_output=True, text=True)
        check(r.returncode == 0 and "Error" not in r.stderr, f"{tag}: dot -Tsvg: {r.stderr}")
    else:
        skip(f"{tag}: dot (graphviz not installed)")


def vosviewer_checks(tag, base, want):
    with open(base + "_map.txt", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    with open(base + "_network.txt", encoding="utf-8") as f:
        links = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    label = {r["id"]: r["label"] for r in rows}
    check(sorted(label.values()) == sorted(want["actor_names"].values()),
          f"{tag} VOSviewer map: labels (csv module, tab-separated)")
    ids = {v: k for k, v in want["actor_names"].items()}
    got = {frozenset((ids[label[a]], ids[label[b]])): float(w) for a, b, w in links}
    check(same_weights(got, want["ties"]), f"{tag} VOSviewer network: count projection ties")
    check(all(1 <= int(r["cluster"]) <= 1000 for r in rows), f"{tag} VOSviewer map: clusters 1..1000")


def export_all(samnet, dataset, tmp, tag, extra):
    base = os.path.join(tmp, tag)
    ok = True
    for fmt, ext in (("graphml", "graphml"), ("gexf", "gexf"), ("gml", "gml"), ("pajek", "net"),
                     ("dot", "dot"), ("json", "json"), ("svg", "svg")):
        ok &= run(samnet, [dataset, "--format", fmt] + extra, base + "." + ext)
    ok &= run(samnet, [dataset, "--format", "csv"] + extra, base + ".csv")
    ok &= run(samnet, [dataset, "--format", "vosviewer", "--graph", "actors"] + extra, base + ".txt")
    return base if ok else None


def generated_checks(samnet, tmp):
    """A generated network large enough that GraphML's ties are written in
    several blocks on two threads (export/graphml.c): python-igraph's
    Read_GraphML must give the Newman projection worked out here from
    memberships.csv, and the two-mode graph's ties with their roles."""
    if ig is None:
        skip("generated: python-igraph readers (python3-igraph not installed)")
        return
    data = os.path.join(tmp, "generated")
    r = subprocess.run([samnet, "generate", "-n", "3000", "-m", "6000", "--seed", "3", "-o", data],
                       capture_output=True, text=True)
    check(r.returncode == 0, f"samnet generate: exit {r.returncode} {r.stderr}")
    members, roles = {}, {}
    for row in read_csv(os.path.join(data, "memberships.csv")):
        members.setdefault(row["project"], set()).add(row["actor"])
        roles[frozenset((row["actor"], row["project"]))] = row["role"]
    newman = {}
    for actors in members.values():
        actors = sorted(actors)
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                key = frozenset((a, b))
                newman[key] = newman.get(key, 0.0) + 1.0 / (len(actors) - 1)
    check(len(newman) > 2 * 32768, f"generated: {len(newman)} ties, more than two blocks")
    base = os.path.join(tmp, "generated")
    if run(samnet, [data, "--graph", "actors", "--projection", "newman", "--format", "graphml"],
           base + ".graphml"):
        g = ig.Graph.Read_GraphML(base + ".graphml")
        ids = g.vs["id"]
        got = {frozenset((ids[e.source], ids[e.target])): e["weight"] for e in g.es}
        check(len(got) == len(newman) and same_weights(got, newman),
              "generated igraph Read_GraphML: the Newman projection of memberships.csv")
        if run(samnet, [data, "--graph", "actors", "--projection", "newman", "--format", "csv"],
               base + ".csv"):
            order = [(r["source"], r["target"]) for r in read_csv(base + "_edges.csv")]
            check(order == [(ids[e.source], ids[e.target]) for e in g.es],
                  "generated: GraphML's ties in the order of the CSV edge table")
    if run(samnet, [data, "--graph", "two-mode", "--format", "graphml"], base + "-2.graphml"):
        g = ig.Graph.Read_GraphML(base + "-2.graphml")
        ids = g.vs["id"]
        got = {frozenset((ids[e.source], ids[e.target])): e["roles"] for e in g.es}
        check(got == roles, "generated igraph Read_GraphML: two-mode ties and their roles")


def main():
    samnet, srcdir = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="samnet-roundtrip-")
    try:
        mini = os.path.join(srcdir, "tests", "data", "mini")
        want = expected_mini(srcdir)
        base = export_all(samnet, mini, tmp, "mini", ["--with", "population,centrality"])
        if base:
            networkx_checks("mini", base, want, True)
            igraph_checks("mini", base, want, True)
            tool_checks("mini", base)
            vosviewer_checks("mini", base, want)
            nodes = read_csv(base + "_nodes.csv")
            check({r["id"]: r["name"] for r in nodes} == want["names"], "mini CSV nodes: ids and names")
        base = export_all(samnet, os.path.join(srcdir, "datasets", "sweden"), tmp, "sweden", [])
        if base:
            want = expected_from_tables(base)
            check("Region Skåne" in want["names"].values(), "sweden: Region Skåne exported")
            networkx_checks("sweden", base, want, False)
            igraph_checks("sweden", base, want, False)
            tool_checks("sweden", base)
        generated_checks(samnet, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    if failed:
        return 1
    return 77 if passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
