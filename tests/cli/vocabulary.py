#!/usr/bin/env python3
"""One vocabulary: a word names one thing in every samnet output.

    vocabulary.py values DATASET
    vocabulary.py heads DATASET

values: runs the per-actor outputs of samnet on DATASET (the JSON of the CLI's
tables, the node-link JSON export with every computed column, and the data
block of the HTML report), and for every actor of actors.csv compares the
values that different outputs give under the same key.  Prints, per key
shared by two outputs or more, the outputs that carry it, and a line
"DIFFERS key actor: source=value ..." for each disagreement.

One key is left out of the comparison because it is a position in
its own table, not a fact about the actor: "rank" (centrality ranks by
its sort measure, brokerage by a role).  "degree" is read from
`centrality --raw`: the exports and the report give degree as a count of
ties (and every other measure normalised), samnet centrality normalises
unless told --raw.

heads: prints the column heads of each table of the HTML report, and after
each the heads that the matching CLI command (centrality, communities,
coalition, power) and the node export use neither as a column name or key
nor as the name of a measure/value row.
"""
import csv
import json
import math
import os
import re
import subprocess
import sys
import tempfile

SKIP = {"rank"}


def samnet(*args):
    run = subprocess.run(["samnet", *args], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("samnet %s: exit %d: %s" % (" ".join(args), run.returncode, run.stderr))
    return run.stdout


def cli_columns(*args):
    """Every column name of a CLI command's JSON tables, and the names of measure/value rows."""
    doc = json.loads(samnet(*args, "--format", "json"))
    rows = [row for table in doc.values() if isinstance(table, list) for row in table]
    return {key for row in rows for key in row} | {row["measure"] for row in rows
                                                   if "measure" in row and "value" in row}


def cli_rows(*args):
    """Rows of every table of a CLI command's JSON that have an "id"."""
    doc = json.loads(samnet(*args, "--format", "json"))
    for key, table in doc.items():
        if isinstance(table, list):
            yield from (row for row in table if "id" in row)


def report_html(dataset):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "r.html")
        samnet("report", dataset, "-o", path, "--quiet")
        with open(path, encoding="utf-8") as f:
            return f.read()


def report_rows(dataset):
    html = report_html(dataset)
    start = html.index('id="samnet-data">') + len('id="samnet-data">')
    return json.loads(html[start:html.index("</script>", start)])["nodes"]


def heads(dataset):
    html = report_html(dataset)
    export = {key for node in json.loads(samnet("export", dataset, "--graph", "actors",
                                                "--with", "all", "--format", "json"))["nodes"]
              for key in node}
    commands = {"centrality": [["centrality", dataset, "--measures", "degree"]],
                "communities": [["communities", dataset]],
                "coalitions": [["coalition", dataset], ["coalition", dataset, "--all"]]}
    for section, runs in commands.items():
        start = html.index('<section id="%s">' % section)
        thead = html[html.index("<thead>", start):html.index("</thead>", start)]
        names = re.findall(r"<th[^>]*>([^<]*)</th>", thead)
        print(section + ":", ",".join(names))
        known = set().union(*(cli_columns(*args) for args in runs))
        known |= cli_columns("power", dataset) | export
        print("  not a CLI column or export key:",
              ",".join(n for n in names if n not in known) or "none")


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def values(dataset):
    with open(os.path.join(dataset, "actors.csv"), encoding="utf-8") as f:
        actors = {row["id"] for row in csv.DictReader(f)}
    sources = {
        "centrality": cli_rows("centrality", dataset, "--measures",
                               "strength,betweenness,betweenness_w,harmonic,harmonic_w,"
                               "eigenvector,pagerank"),
        "centrality --raw": ({"id": r["id"], "degree": r["degree"]} for r in
                             cli_rows("centrality", dataset, "--raw", "--measures", "degree")),
        "communities": cli_rows("communities", dataset),
        "coalition": cli_rows("coalition", dataset),
        "power": cli_rows("power", dataset),
        "brokerage": cli_rows("brokerage", dataset),
        "export": json.loads(samnet("export", dataset, "--graph", "actors", "--with", "all",
                                    "--format", "json"))["nodes"],
        "report": report_rows(dataset),
    }
    seen = {}      # (actor, key) -> [(source, value)]
    for name, rows in sources.items():
        for row in rows:
            if row["id"] not in actors:
                continue
            for key, value in row.items():
                if key not in SKIP and value is not None:
                    seen.setdefault((row["id"], key), []).append((name, value))
    carriers = {}
    for (actor, key), values in sorted(seen.items()):
        carriers.setdefault(key, set()).update(name for name, _ in values)
        if any(not same(values[0][1], v) for _, v in values[1:]):
            print("DIFFERS", key, actor + ":", " ".join("%s=%r" % nv for nv in values))
    for key, names in sorted(carriers.items()):
        if len(names) > 1:
            print(key + ":", ", ".join(n for n in sources if n in names))


if __name__ == "__main__":
    {"values": values, "heads": heads}[sys.argv[1]](sys.argv[2])
