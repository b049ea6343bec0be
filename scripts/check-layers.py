#!/usr/bin/python3
"""Checks that libsamnet's layers only call downwards (issue 18).

usage: check-layers.py [TOP_SRCDIR]

The layers, lowest first; a file may include headers of its own layer and of
the layers below, never of a layer above:

  0 base      the data model, loading, territories, selectors, seeds, errors
  0 import    the importers of public registers: readers that produce a dataset
  1 graph     graph building: the two-mode network, projections and weights
  2 analysis  measures, communities, structure, brokerage
  2 models    null models, significance, backbones, games and power,
              coalitions, the generator
  3 output    exports, the HTML report
  4 cli       argument parsing, help, the call into the library
  4 serve     samnet serve's HTTP server and JSON API (an application, like cli)

The graph-building layer lives in base/ today: base/network.c,
base/projection.c, base/summary.c and base/partition.c (and the public
headers samnet/network.h and samnet/partition.h) are layer 1, the rest of
base/ layer 0.  The importers (import/) are readers that produce a dataset:
layer 0.  analysis/ and models/ share layer 2 and may use each
other in one direction only: models may call analysis (a coalition's
PageRank, a backbone's significance test of centralities), analysis never
calls models.  A public header belongs to the directory whose sources
implement it (HEADER_HOME below; a new public header must be added there).

Reads the #include "..." lines of every .c and .h file under base/,
analysis/, models/, export/, cli/ and include/ (system headers and config.h
are ignored), prints each upward include and each include from analysis/
into models/, and exits 1 when there is any that ALLOWED does not list.
"""
import os
import re
import sys

LAYERS = {"base": 0, "import": 0, "graph": 1, "analysis": 2, "models": 2, "export": 3, "cli": 4,
          "serve": 4}

# Files whose layer is not their directory's.
FILE_HOME = {
    "base/network.c": "graph",
    "base/projection.c": "graph",
    "base/projection_private.h": "graph",
    "base/summary.c": "graph",       # the network at a glance
    "base/components.c": "graph",    # weak components by union-find
    "base/components.h": "graph",
    "base/graph_build.c": "graph",  # an igraph graph from sorted ties
    "base/graph_build.h": "graph",
    "base/rows.c": "graph",  # a graph in compressed rows, a projection's storage
    "base/rows.h": "graph",
    "base/partition.c": "graph",     # a partition of the network's actors
}

# Where each public header is implemented.
HEADER_HOME = {
    "samnet/error.h": "base",
    "samnet/seed.h": "base",
    "samnet/diag.h": "base",
    "samnet/table.h": "base",
    "samnet/territory.h": "base",
    "samnet/dataset.h": "base",
    "samnet/period.h": "base",
    "samnet/partition.h": "graph",
    "samnet/dataset_write.h": "base",
    "samnet/suggest.h": "base",
    "samnet/rng_gsl.h": "base",
    "samnet/import.h": "import",
    "samnet/network.h": "graph",
    "samnet/structure.h": "analysis",
    "samnet/centrality.h": "analysis",
    "samnet/fast.h": "analysis",
    "samnet/brokerage.h": "analysis",
    "samnet/communities.h": "analysis",
    "samnet/dynamics.h": "analysis",
    "samnet/nullmodel.h": "models",
    "samnet/significance.h": "models",
    "samnet/backbone.h": "models",
    "samnet/power.h": "models",
    "samnet/coalition.h": "models",
    "samnet/generate.h": "models",
    "samnet/players.h": "models",
    "samnet/reach.h": "models",
    "samnet/profile.h": "models",
    "samnet/scenario.h": "models",
    "samnet/export.h": "export",
    "samnet/partitioned.h": "export",
    "samnet/writer.h": "export",
    "samnet/doc.h": "export",
    "samnet/results.h": "export",
    "samnet/communities_doc.h": "export",
    "samnet/brokerage_doc.h": "export",
    "samnet/significance_doc.h": "export",
    "samnet/summary_doc.h": "export",
    "samnet/centrality_doc.h": "export",
    "samnet/dynamics_doc.h": "export",
    "samnet/power_doc.h": "export",
    "samnet/scenario_doc.h": "export",
    "samnet/coalition_doc.h": "export",
    "samnet/actor_doc.h": "export",
    "samnet/import_doc.h": "export",
    "samnet/backbone_doc.h": "export",
    "samnet/open.h": "base",
    "samnet/dataset_doc.h": "export",
    "samnet/handles.h": "graph",
    "samnet/measure.h": "analysis",
    "samnet/progress.h": "base",
    "samnet/coalition_share.h": "models",
    "samnet/coalition_game.h": "export",   # the report's and the API's voting game
    "samnet/advanced.h": "export",   # the umbrella header with the igraph-typed API
    "samnet.h": "export",      # the umbrella header: everything below cli
}

# Known violations, each with the reason it is tolerated and who removes it.
# An entry is (including file, included header).  Drop an entry once the
# include is gone: the script reports entries that no longer match.
ALLOWED = {
    # (none today)
}

SCANNED = ("base", "import", "analysis", "models", "export", "cli", "serve", "include")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def home_of_file(path):
    """The layer name of a source file (path relative to the top folder)."""
    if path in FILE_HOME:
        return FILE_HOME[path]
    top = path.split("/", 1)[0]
    if top == "include":
        return HEADER_HOME.get(path[len("include/"):])
    return top if top in LAYERS else None


def home_of_include(name, includer):
    """The layer name of an included header, or None for one outside the library."""
    if name == "config.h":
        return None
    if name in HEADER_HOME:
        return HEADER_HOME[name]
    if name.startswith("samnet/"):
        return "unknown public header"
    if "/" not in name:  # relative to the including file
        name = os.path.join(os.path.dirname(includer), name)
    return home_of_file(name)


def sources(top):
    for d in SCANNED:
        for root, _, files in os.walk(os.path.join(top, d)):
            for f in sorted(files):
                if f.endswith((".c", ".h")):
                    yield os.path.relpath(os.path.join(root, f), top).replace(os.sep, "/")


def violations(top):
    """Yields (file, header, message) for every forbidden include."""
    for path in sorted(sources(top)):
        home = home_of_file(path)
        if home is None:
            yield path, "", "the file's layer is unknown: add it to HEADER_HOME or FILE_HOME"
            continue
        with open(os.path.join(top, path), encoding="utf-8") as f:
            for line in f:
                m = INCLUDE.match(line)
                if not m:
                    continue
                name = m.group(1)
                target = home_of_include(name, path)
                if target is None:
                    continue
                if target not in LAYERS:
                    yield path, name, "%s: add it to HEADER_HOME" % target
                elif LAYERS[target] > LAYERS[home]:
                    yield path, name, "upward include: %s (layer %d) uses %s (layer %d)" % (
                        home, LAYERS[home], target, LAYERS[target])
                elif home == "analysis" and target == "models":
                    yield path, name, ("analysis uses models: only models may call analysis "
                                       "(no cycle between them)")


def main(argv):
    top = argv[0] if argv else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    failures = 0
    seen = set()
    for path, name, why in violations(top):
        key = (path, name)
        if key in ALLOWED:
            seen.add(key)
            print("allowed: %s includes %s: %s (%s)" % (path, name, why, ALLOWED[key]))
            continue
        failures += 1
        print("%s: includes \"%s\": %s" % (path, name, why))
    for key in sorted(set(ALLOWED) - seen):
        failures += 1
        print("%s: ALLOWED lists \"%s\", which it no longer includes: drop the entry" % key)
    print("check-layers: %s" % ("ok" if failures == 0 else "%d violation(s)" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
