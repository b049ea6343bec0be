#!/usr/bin/env python3
"""Checks that samnet's CSV or JSON centralities read back to the exact values.

usage: samnet centrality DATASET --raw --format csv|json ... | numbers_oracle.py DATASET [ID]

Builds the count-weighted actor projection of DATASET (memberships.csv) in
Python, independently of samnet, and computes for every actor:

  degree         the number of partners (NetworkX, an integer);
  betweenness    unweighted (raw, as nx.betweenness_centrality(normalized=False)),
  betweenness_w  with tie length 1/weight,

both by brute force in exact rationals: every shortest path of every pair,
enumerated by NetworkX (nx.all_shortest_paths) with Fraction lengths, so that
ties between equal lengths (1/2 + 1/2 = 1/1) are exact, not left to rounding.

Every value samnet printed must equal the oracle's double, or lie within
1e-15 relative of it (sums of the same terms in another order).  Prints one
line per column, then actor ID's values with the oracle's exact ones, and
exits 1 on any difference.
"""
import csv
import io
import itertools
import json
import os
import sys
from fractions import Fraction

import networkx as nx


def projection(dataset):
    members = {}
    with open(os.path.join(dataset, "memberships.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            members.setdefault(row["project"], set()).add(row["actor"])
    g = nx.Graph()
    for _, actors in sorted(members.items()):
        g.add_nodes_from(sorted(actors))
        for a, b in itertools.combinations(sorted(actors), 2):
            w = g.get_edge_data(a, b, {"weight": 0})["weight"]
            g.add_edge(a, b, weight=w + 1)
    for a, b, d in g.edges(data=True):
        d["length"] = Fraction(1, d["weight"])
    return g


def exact_betweenness(g, weight):
    """Sum over pairs s < t of the share of shortest s-t paths through v, in rationals."""
    score = {v: Fraction(0) for v in g}
    for s, t in itertools.combinations(sorted(g), 2):
        if not nx.has_path(g, s, t):
            continue
        paths = list(nx.all_shortest_paths(g, s, t, weight=weight))
        for path in paths:
            for v in path[1:-1]:
                score[v] += Fraction(1, len(paths))
    return score


def read(text):
    """Rows of samnet's output as dicts of strings or numbers (first table only)."""
    if text.lstrip().startswith("{"):
        doc = json.loads(text)
        table = [k for k in doc if k not in ("command", "meta", "nonfinite")][0]
        return doc[table]
    block = text.split("\n\n")[0]
    rows = list(csv.DictReader(io.StringIO(block)))
    return [{k: float(v) if k not in ("id", "name", "type", "county") and v else v
             for k, v in row.items()} for row in rows]


def main():
    g = projection(sys.argv[1])
    rows = read(sys.stdin.read())
    oracle = {
        "degree": {v: g.degree(v) for v in g},
        "betweenness": exact_betweenness(g, None),
        "betweenness_w": exact_betweenness(g, "length"),
    }
    failed = False
    for column, want in oracle.items():
        if column not in rows[0]:
            continue
        agree = 0
        for row in rows:
            got, expected = row[column], float(want[row["id"]])
            if abs(got - expected) <= 1e-15 * abs(expected):
                agree += 1
            else:
                failed = True
                print("%s %s: %r, expected %r" % (column, row["id"], got, expected))
        print("%s: %d of %d actors agree" % (column, agree, len(rows)))
    for row in rows:
        if len(sys.argv) > 2 and row["id"] == sys.argv[2]:
            for column in oracle:
                if column in row:
                    print("%s %s: %r, exactly %s" % (row["id"], column, row[column],
                                                    oracle[column][row["id"]]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
