#!/usr/bin/python3
"""Reads the JSON lines of the benchmark drivers and prints one table:
per step and size, each tool's median time, the ratio peer / samnet and
peak memory; then checks that the tools agree, so that a fast wrong answer
fails the benchmark (exit status 1).

usage: bench_report.py [--machine FILE.md] [--markdown FILE] SIZE:TOOL:FILE.jsonl ...
"""
import json
import math
import sys

STEPS = ["load", "twomode", "proj_count", "proj_newman", "degree", "strength",
         "betweenness", "betweenness_w", "betweenness_approx", "closeness", "harmonic",
         "eigenvector",
         "pagerank", "kcore", "components", "louvain", "leiden", "labelprop",
         "walktrap", "graphml"]
TOOLS = ["samnet", "igraph", "networkx"]
# Louvain, Leiden and label propagation are randomised; their partitions differ
# between tools and seeds, so only modularity is compared, with a tolerance.
# Walktrap is deterministic: the same igraph C core must give the same value.
MODULARITY_TOL = {"louvain": 0.02, "leiden": 0.02, "walktrap": 1e-6}
# PRPACK (samnet, python-igraph) solves PageRank exactly; NetworkX iterates
# to a tolerance of n * 1e-6 in the L1 norm, so its values differ in the 5th digit.
TOP_TOL = {("pagerank_top", "networkx"): 1e-3}


def read(specs):
    data = {}
    for spec in specs:
        size, tool, path = spec.split(":", 2)
        rec = data.setdefault(int(size), {}).setdefault(tool, {"steps": {}, "checks": {}})
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line.startswith("{"):
                    continue
                o = json.loads(line)
                if "step" in o:
                    rec["steps"][o["step"]] = o
                elif "check" in o:
                    rec["checks"][o["check"]] = o
                elif "peak_rss_kb" in o:
                    rec["rss"] = o["peak_rss_kb"]
    return data


def fmt_time(s):
    if s is None:
        return "—"
    if s < 0.001:
        return "%.0f µs" % (s * 1e6)
    if s < 1:
        return "%.1f ms" % (s * 1e3)
    return "%.2f s" % s


def seconds(data, size, tool, step):
    o = data.get(size, {}).get(tool, {}).get("steps", {}).get(step)
    return o.get("seconds") if o else None


def skip_note(data, size, tool, step):
    o = data.get(size, {}).get(tool, {}).get("steps", {}).get(step)
    if o is None:
        return "not run"
    return o.get("skipped", "")


def table(data):
    rows = []
    head = ["step", "actors", "samnet", "python-igraph", "igraph/samnet", "NetworkX",
            "NetworkX/samnet"]
    notes = {}
    for size in sorted(data):
        totals = {t: 0.0 for t in TOOLS}
        common = {t: 0.0 for t in TOOLS}
        for step in STEPS:
            s = seconds(data, size, "samnet", step)
            row = [step, "{:,}".format(size).replace(",", " ")]
            for tool in TOOLS:
                t = seconds(data, size, tool, step)
                if t is None:
                    note = skip_note(data, size, tool, step)
                    if note and tool in data.get(size, {}):
                        key = "%s: %s" % (tool, note)
                        notes.setdefault(key, len(notes) + 1)
                        row.append("skipped [%d]" % notes[key])
                    else:
                        row.append("—")
                else:
                    row.append(fmt_time(t))
                    totals[tool] += t
                if tool != "samnet":
                    if t is not None and s:
                        row.append("%.1f×" % (t / s))
                        common[tool] += t
                        common["samnet_" + tool] = common.get("samnet_" + tool, 0.0) + s
                    else:
                        row.append("")
            rows.append(row)
        row = ["**pipeline (steps all ran)**", "{:,}".format(size).replace(",", " "),
               fmt_time(totals["samnet"])]
        for tool in TOOLS[1:]:
            sc = common.get("samnet_" + tool, 0.0)
            row.append(fmt_time(common[tool]) if sc else "—")
            row.append("%.1f×" % (common[tool] / sc) if sc else "")
        rows.append(row)
        row = ["**peak memory**", "{:,}".format(size).replace(",", " ")]
        base = data[size].get("samnet", {}).get("rss")
        for tool in TOOLS:
            r = data[size].get(tool, {}).get("rss")
            row.append("%.0f MiB" % (r / 1024) if r else "—")
            if tool != "samnet":
                row.append("%.1f×" % (r / base) if r and base else "")
        rows.append(row)
    return head, rows, notes


def print_table(head, rows, notes, out):
    out.write("| " + " | ".join(head) + " |\n")
    out.write("|" + "|".join("---" if i < 2 else "---:" for i in range(len(head))) + "|\n")
    for r in rows:
        out.write("| " + " | ".join(r) + " |\n")
    if notes:
        out.write("\n")
        for text, n in sorted(notes.items(), key=lambda kv: kv[1]):
            out.write("[%d] %s  \n" % (n, text))


def growth(data, out):
    sizes = sorted(data)
    if len(sizes) < 2:
        return
    out.write("\nGrowth exponent of samnet's time, log(t2/t1) / log(n2/n1):\n\n")
    out.write("| step | " + " | ".join("%d→%d" % (a, b) for a, b in zip(sizes, sizes[1:])) + " |\n")
    out.write("|---|" + "---:|" * (len(sizes) - 1) + "\n")
    for step in STEPS:
        cells = []
        for a, b in zip(sizes, sizes[1:]):
            ta, tb = seconds(data, a, "samnet", step), seconds(data, b, "samnet", step)
            if ta and tb and ta > 1e-4:
                cells.append("%.2f" % (math.log(tb / ta) / math.log(b / a)))
            else:
                cells.append("—")
        out.write("| %s | %s |\n" % (step, " | ".join(cells)))


# The exact path measures through `samnet centrality` (the whole command)
# against python-igraph's step of the same name; issue 18 asks for 1.8 times
# python-igraph's speed, issue 24 for 2 times.
COMMANDS = ["betweenness", "betweenness_w", "closeness", "harmonic"]
COMMAND_TARGETS = (1.8, 2.0)


def commands(data, out):
    """Table of `samnet centrality --measures M` against python-igraph's M."""
    rows = []
    for size in sorted(data):
        for m in COMMANDS:
            s = seconds(data, size, "commands", "cmd_" + m)
            if s is None:
                continue
            lib = seconds(data, size, "samnet", m)
            peer = seconds(data, size, "igraph", m)
            ratio = peer / s if peer else None
            verdict = "—" if ratio is None else " / ".join(
                "%s %.1f×" % ("met" if ratio >= t else "NOT met", t) for t in COMMAND_TARGETS)
            rows.append("| `samnet centrality --measures %s` | %s | %s | %s | %s | %s | %s |\n" % (
                m, "{:,}".format(size).replace(",", " "), fmt_time(s), fmt_time(lib),
                fmt_time(peer), "%.1f×" % ratio if ratio else "", verdict))
    if not rows:
        return
    out.write("\nThe path measures as users run them (the whole command: load, Newman projection, "
              "the measure, the CSV table; one run each):\n\n")
    out.write("| command | actors | samnet command | samnet library step | python-igraph step "
              "| igraph/command | target |\n|---|---:|---:|---:|---:|---:|---|\n")
    for r in rows:
        out.write(r)


def top_ok(ref, other, tol):
    """Top-10 ids equal as sets; an id may differ only where it ties the 10th value."""
    a = [x[0] for x in ref[:10]]
    b = [x[0] for x in other[:10]]
    if set(a) == set(b):
        return True, ""
    for lst, vals in ((ref, ref), (other, other)):
        tenth = vals[min(9, len(vals) - 1)][1]
        for ident, v in lst:
            if (ident in a) != (ident in b):
                if abs(v - tenth) > tol * max(abs(tenth), 1e-300):
                    return False, "differs: %s vs %s" % (a, b)
    return True, "(boundary tie)"


def checks(data, out):
    failures = 0
    out.write("\nAgreement checks (samnet vs each peer):\n\n")
    for size in sorted(data):
        ref = data[size].get("samnet", {}).get("checks", {})
        if not ref and "commands" in data[size]:
            ref = {}   # --paths: only the commands ran
        elif not ref:
            out.write("- %d actors: samnet produced no results to compare\n" % size)
            failures += 1
            continue
        if "betweenness_approx_max_error" in ref:
            err = ref["betweenness_approx_max_error"]["value"]
            eps = ref.get("betweenness_approx_eps", {}).get("value", 0.01)
            ok = err <= eps
            failures += not ok
            out.write("- sampled betweenness, %d actors: max error %.2e (normalised) with "
                      "%d samples, eps %g: %s\n" %
                      (size, err, ref.get("betweenness_approx_samples", {}).get("value", 0),
                       eps, "ok" if ok else "FAILED"))
        # The commands' top-12 against python-igraph's step of the same measure.
        cmd = data[size].get("commands", {}).get("checks", {})
        peer = data[size].get("igraph", {}).get("checks", {})
        for name, o in sorted(cmd.items()):
            pname = name[len("cmd_"):]
            if pname not in peer:
                continue
            ok, detail = top_ok(o["top"], peer[pname]["top"], 1e-7)
            worst = 0.0
            pv = dict((i, v) for i, v in peer[pname]["top"])
            for i, v in o["top"][:10]:
                if i in pv:
                    worst = max(worst, abs(v - pv[i]) / max(abs(v), 1e-300))
            failures += not ok
            out.write("- %s, %d actors, samnet centrality vs igraph: %s max rel. diff %.1e %s\n" %
                      (pname, size, "ok" if ok else "FAILED", worst, detail))
        for tool in TOOLS[1:]:
            peer = data[size].get(tool, {}).get("checks", {})
            for name, o in sorted(ref.items()):
                if name not in peer:
                    continue
                p = peer[name]
                ok, detail = True, ""
                if "top" in o:
                    ok, detail = top_ok(o["top"], p["top"], TOP_TOL.get((name, tool), 1e-7))
                    if ok:
                        worst = 0.0
                        pv = dict((i, v) for i, v in p["top"])
                        for i, v in o["top"][:10]:
                            if i in pv:
                                worst = max(worst, abs(v - pv[i]) / max(abs(v), 1e-300))
                        detail = ("max rel. diff %.1e " % worst) + detail
                elif name.endswith("_modularity"):
                    alg = name[:-len("_modularity")]
                    if alg not in MODULARITY_TOL:
                        continue
                    d = abs(o["value"] - p["value"])
                    ok = d <= MODULARITY_TOL[alg]
                    detail = "Q %.4f vs %.4f" % (o["value"], p["value"])
                elif name == "newman_weight_sum":
                    d = abs(o["value"] - p["value"]) / max(abs(p["value"]), 1)
                    ok = d <= 1e-9
                    detail = "%.6f vs %.6f" % (o["value"], p["value"])
                else:
                    ok = o["value"] == p["value"]
                    detail = "%g vs %g" % (o["value"], p["value"])
                failures += not ok
                out.write("- %s, %d actors, %s vs %s: %s %s\n" %
                          (name, size, "samnet", tool, "ok" if ok else "FAILED", detail))
    return failures


def main(argv):
    md = machine = None
    power = []
    while len(argv) >= 2 and argv[0] in ("--markdown", "--machine", "--power"):
        if argv[0] == "--markdown":
            md = argv[1]
        elif argv[0] == "--power":
            with open(argv[1], encoding="utf-8") as f:
                power = [json.loads(x) for x in f if x.startswith("{")]
        else:
            machine = open(argv[1], encoding="utf-8").read()
        argv = argv[2:]
    data = read(argv)
    head, rows, notes = table(data)
    outs = [sys.stdout]
    if md:
        outs.append(open(md, "w", encoding="utf-8"))
    failures = 0
    for out in outs:
        if machine:
            out.write("Machine:\n\n" + machine + "\n")
        print_table(head, rows, notes, out)
        growth(data, out)
        commands(data, out)
        if power:
            out.write("\nPower indices of the 290 kommuner (bundled dataset, population weights, "
                      "quota 50 %, exact; no peer computes them):\n\n")
            out.write("| index | players | time | peak memory |\n|---|---:|---:|---:|\n")
            for o in power:
                name = o["step"].replace("power_", "").replace("_290", "")
                if "skipped" in o:
                    out.write("| %s | — | failed: %s | — |\n" % (name, o["skipped"]))
                else:
                    out.write("| %s | %d | %s | %.0f MiB |\n" % (
                        name, o["players"], fmt_time(o["seconds"]), o["peak_rss_kb"] / 1024))
        failures = checks(data, out)
        out.write("\n%s\n" % ("All agreement checks passed." if failures == 0 else
                              "%d agreement check(s) FAILED." % failures))
    if md:
        outs[1].close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
