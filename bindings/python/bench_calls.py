#!/usr/bin/env python3
"""Times N small analyses from Python on one loaded dataset (issue 23: 1000
cost under 2 s, no per-call reload): degree centrality of the bundled actor
projection (180 actors, 1219 ties) as a DataFrame, cycling through the four
weightings.  Prints the load time, the wall-clock and the CPU time of the
calls and the time per call; exits 1 when the CPU time exceeds the budget
(on a busy machine the wall clock also counts the time spent waiting for a
core, which says nothing about the binding).

    SAMNET_LIB=build/.libs/libsamnet.so PYTHONPATH=bindings/python \\
        /usr/bin/python3 bindings/python/bench_calls.py [N] [BUDGET_SECONDS]
"""
import sys
import time

import samnet


def main():
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    budget = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
    start = time.perf_counter()
    ds = samnet.load_dataset()
    loaded = time.perf_counter() - start
    weightings = ["count", "newman", "jaccard", "overlap"]
    start, cpu = time.perf_counter(), time.process_time()
    for i in range(calls):
        table = samnet.centrality(ds, ["degree"], projection=weightings[i % 4])
        assert len(table) == 180
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"load_dataset: {loaded:.3f} s; {calls} centrality calls: {cpu:.3f} s CPU, "
          f"{wall:.3f} s wall ({1000 * cpu / calls:.2f} ms CPU each; budget {budget:g} s)")
    return 0 if cpu <= budget else 1


if __name__ == "__main__":
    sys.exit(main())
