#!/usr/bin/python3
"""The python-igraph side of scripts/bench_pipeline.sh: the pipeline a
python-igraph 0.10 user runs on a samnet dataset (Debian's python3-igraph),
once, in one process: read the CSV files, build the two-mode graph, count
projection onto the actors, degree, strength, PageRank, eigenvector
centrality, coreness, Leiden (modularity, weighted, until stable), the
measures and the community as vertex attributes, write_graphml.

usage: bench_pipeline.py DIR OUT.graphml

Prints one line per step, "igraph STEP SECONDS", and "igraph total SECONDS".
Peak memory is measured around the process by the calling script.
"""
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_common as bc  # noqa: E402

import igraph as ig  # noqa: E402


def main(folder, out):
    t_start = time.perf_counter()
    clock = [t_start]

    def lap(step):
        now = time.perf_counter()
        print("igraph %s %.3f" % (step, now - clock[0]), flush=True)
        clock[0] = now

    actors, projects, pairs = bc.load(folder)
    lap("load")
    aidx = {x: i for i, x in enumerate(actors)}
    pidx = {x: i + len(actors) for i, x in enumerate(projects)}
    types = [False] * len(actors) + [True] * len(projects)
    b = ig.Graph.Bipartite(types, [(aidx[x], pidx[p]) for p, x in pairs])
    b.vs["name"] = actors + projects
    lap("twomode")
    g, _ = b.bipartite_projection(multiplicity=True)
    lap("projection")
    g.vs["degree"] = g.degree()
    g.vs["strength"] = g.strength(weights="weight")
    g.vs["pagerank"] = g.pagerank(weights="weight")
    g.vs["eigenvector"] = g.eigenvector_centrality(weights="weight")
    g.vs["coreness"] = g.coreness()
    lap("centrality")
    random.seed(1)
    ig.set_random_number_generator(random)
    c = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
    g.vs["community"] = c.membership
    print("igraph modularity %.6f" % g.modularity(c.membership, weights="weight"), flush=True)
    lap("communities")
    g.write_graphml(out)
    lap("export")
    print("igraph total %.3f" % (time.perf_counter() - t_start), flush=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
