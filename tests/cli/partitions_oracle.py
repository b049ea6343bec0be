#!/usr/bin/env python3
"""Brute-force oracle for tests/cli/bounds.t: enumerates all 877 set
partitions of the count projection of tests/data/communities (r1 k1 u1 |
r2 k3 k2 c1, a triangle, a K4 and the tie u1-k2, unit weights, m = 10) and
prints, for modularity and CPM at each resolution given, the number of
communities of the optimal partitions and their modularity at gamma 1."""
import sys

EDGES = [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (3, 6), (4, 5), (4, 6), (5, 6), (2, 5)]
N, M = 7, len(EDGES)
DEG = [sum(v in e for e in EDGES) for v in range(N)]


def partitions(items):
    if not items:
        yield []
        return
    for p in partitions(items[1:]):
        for i in range(len(p)):
            yield p[:i] + [[items[0]] + p[i]] + p[i + 1:]
        yield [[items[0]]] + p


def internal(p):
    label = {v: i for i, c in enumerate(p) for v in c}
    return sum(1 for a, b in EDGES if label[a] == label[b])


def modularity(p, gamma):
    return internal(p) / M - gamma * sum((sum(DEG[v] for v in c) / (2 * M)) ** 2 for c in p)


def cpm(p, gamma):
    return internal(p) - gamma * sum(len(c) * (len(c) - 1) / 2 for c in p)


ALL = list(partitions(list(range(N))))
for arg in sys.argv[1:]:
    gamma = float(arg)
    for name, f in (("modularity", modularity), ("cpm", cpm)):
        best = max(f(p, gamma) for p in ALL)
        opt = [p for p in ALL if abs(f(p, gamma) - best) < 1e-9]
        sizes = " ".join(str(k) for k in sorted({len(p) for p in opt}))
        q1 = " ".join("%g" % q for q in sorted({round(modularity(p, 1), 6) for p in opt}))
        print("%s %s: communities %s, modularity %s" % (name, arg, sizes, q1))
