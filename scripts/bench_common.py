"""Shared parts of the peer benchmark drivers (scripts/bench_igraph.py,
scripts/bench_networkx.py): reading a samnet dataset with the csv module,
timing steps the way tests/bench_samnet.c does, and printing JSON lines.

Timing rule (the same in every driver): a step runs `runs` times and the
median is reported, except that a step whose first run takes more than 2 s
runs once.  Peak memory is the process's ru_maxrss at the end.
"""
import csv
import json
import math
import resource
import statistics
import sys
import time

TERRITORIAL = {"region", "kommun", "lansstyrelse"}


def emit(obj):
    print(json.dumps(obj), flush=True)


class Bench:
    def __init__(self, tool, runs, skip=(), skip_reason=""):
        self.tool = tool
        self.runs = runs
        self.skip = set(skip)
        self.skip_reason = skip_reason or "skipped by --skip"

    def step(self, name, fn, why_skipped=None):
        """Times fn(); returns its result, or None when skipped."""
        if why_skipped or name in self.skip:
            emit({"tool": self.tool, "step": name,
                  "skipped": why_skipped or self.skip_reason})
            return None
        times = []
        result = None
        while True:
            t0 = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t0)
            if len(times) >= self.runs or times[0] > 2.0:
                break
        emit({"tool": self.tool, "step": name,
              "seconds": statistics.median(times), "runs": len(times)})
        return result

    def value(self, check, value):
        emit({"tool": self.tool, "check": check, "value": value})

    def top(self, check, ids, values):
        """Top 12 (id, value) pairs by value, ties broken by id; NaN (closeness
        of an isolated vertex) last, since it would break the sort."""
        order = sorted(range(len(values)),
                       key=lambda i: (math.isnan(values[i]),
                                      0 if math.isnan(values[i]) else -values[i], ids[i]))[:12]
        emit({"tool": self.tool, "check": check,
              "top": [[ids[i], values[i]] for i in order]})

    def finish(self):
        emit({"tool": self.tool,
              "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss})


def load(folder):
    """Reads actors and memberships as a user of the peer would: the csv
    module, one pass per file.  Returns (actor ids kept, memberships as
    (project, actor) pairs).  Like samnet, territorial actors without any
    project are left out, duplicate rows merge, and projects.csv is read
    too (its attributes travel with the network)."""
    with open(folder + "/actors.csv", newline="", encoding="utf-8") as f:
        actors = [(r["id"], r["type"]) for r in csv.DictReader(f)]
    with open(folder + "/projects.csv", newline="", encoding="utf-8") as f:
        projects = [r["id"] for r in csv.DictReader(f)]
    with open(folder + "/memberships.csv", newline="", encoding="utf-8") as f:
        pairs = sorted({(r["project"], r["actor"]) for r in csv.DictReader(f)})
    active = {a for _, a in pairs}
    kept = [a for a, t in actors if t not in TERRITORIAL or a in active]
    return kept, projects, pairs


def parse_args(argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip", default="")
    ap.add_argument("--skip-reason", default="")
    ap.add_argument("--out", default="/tmp")
    a = ap.parse_args(argv)
    a.skip = [s for s in a.skip.split(",") if s]
    return a


if __name__ == "__main__":
    sys.exit("bench_common.py is a module")
