#!/usr/bin/python3
"""samnet dynamics against one samnet summary of the same graph (issue 20).

    scripts/bench_dynamics.py [--samnet build/samnet] [--runs 3] [--work DIR]
                              [--actors 10000] [--projects 20000]

Generates the benchmark graph with project years (`samnet generate -n 10000
-m 20000 --seed 1 --years 2005-2024`), then times, best of --runs each and
in this one process, `samnet summary` of the whole graph and `samnet
dynamics --from 2005 --to 2024` (20 yearly slices) with and without
communities, output as CSV to /dev/null.  Prints wall time, CPU time (user +
system of the child) and each run's ratio to summary, with the load average
before and after: on a shared machine the wall ratio wanders with the load,
the CPU ratio much less.  The target of issue 20 is dynamics (default, with
community events) at most 3 times summary.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time


def run_once(cmd):
    """Wall and CPU seconds of one run of cmd (stdout to /dev/null)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def best(cmd, runs):
    times = [run_once(cmd) for _ in range(runs)]
    return min(t[0] for t in times), min(t[1] for t in times)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samnet", default=os.path.join(root, "build", "samnet"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default=None)
    ap.add_argument("--actors", type=int, default=10000)
    ap.add_argument("--projects", type=int, default=20000)
    args = ap.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="samnet-dyn-")
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, "M-years")
    if not os.path.exists(os.path.join(data, "projects.csv")):
        subprocess.run([args.samnet, "generate", "-n", str(args.actors), "-m",
                        str(args.projects), "--seed", "1", "--years", "2005-2024",
                        "-o", data, "-q"], check=True)
    dyn = [args.samnet, "dynamics", data, "--from", "2005", "--to", "2024", "-f", "csv", "-q"]
    cases = [
        ("summary (whole graph)", [args.samnet, "summary", data, "-f", "csv", "-q"]),
        ("dynamics --measures none --no-communities", dyn + ["--measures", "none",
                                                             "--no-communities"]),
        ("dynamics --measures degree --no-communities", dyn + ["--no-communities"]),
        ("dynamics (default: Louvain, community events)", dyn),
        ("dynamics --method leiden", dyn + ["--method", "leiden"]),
    ]
    print("load average before: %.2f %.2f %.2f" % os.getloadavg())
    print("%-48s %8s %8s %8s %8s" % ("run (best of %d)" % args.runs, "wall s", "x wall",
                                      "cpu s", "x cpu"))
    base = None
    ratio = None
    for name, cmd in cases:
        wall, cpu = best(cmd, args.runs)
        if base is None:
            base = (wall, cpu)
        print("%-48s %8.2f %8.2f %8.2f %8.2f" % (name, wall, wall / base[0], cpu,
                                                  cpu / base[1]))
        if name.startswith("dynamics (default"):
            ratio = (wall / base[0], cpu / base[1])
        sys.stdout.flush()
    print("load average after: %.2f %.2f %.2f" % os.getloadavg())
    print("dynamics (default) / summary: %.2f wall, %.2f cpu (target <= 3)" % ratio)


if __name__ == "__main__":
    main()
