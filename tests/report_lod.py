#!/usr/bin/env python3
"""Checks the level of detail of a large HTML report (issue 22).

    report_lod.py REPORT.html NODES.csv MAX_BYTES

The report is at most MAX_BYTES; it draws at most 1000 actors; the actors
left out are aggregated by type, and the counts are checked by brute force:
NODES.csv is the actor network's vertex table (samnet export -g actors -f
csv-nodes: id, type), so the left-out actors of a type are the vertices of
that type whose id is not among the drawn nodes.  The static table
(id="left-out") and the script's data say the same.
"""
import csv
import json
import os
import re
import sys
from collections import Counter


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main(path, nodes, limit):
    size = os.path.getsize(path)
    if size > limit:
        fail("report is %d bytes, limit %d" % (size, limit))
    html = open(path, encoding="utf-8").read()
    m = re.search(r'<script type="application/json" id="samnet-data">(.*?)</script>', html, re.S)
    data = json.loads(m.group(1))
    drawn = {n["id"] for n in data["nodes"]}
    if len(drawn) > 1000:
        fail("%d actors drawn" % len(drawn))
    with open(nodes, encoding="utf-8") as f:
        types = {row["id"]: row["type"] or "(none)" for row in csv.DictReader(f)}
    if data["actors"] != len(types):
        fail("report of %d actors, network of %d" % (data["actors"], len(types)))
    if not drawn <= types.keys():
        fail("drawn actors not in the network")
    want = Counter(t for a, t in types.items() if a not in drawn)
    got = Counter({a["type"]: a["actors"] for a in data.get("aggregates", [])})
    if got != want:
        fail("aggregates %s, expected %s" % (dict(got), dict(want)))
    table = re.search(r'<table id="left-out">(.*?)</table>', html, re.S).group(1)
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(\d+)</td>\s*</tr>", table)
    if Counter({t: int(n) for t, n in rows}) != want:
        fail("table %s, expected %s" % (rows, dict(want)))
    left = data["actors"] - len(drawn)
    if sum(got.values()) != left:
        fail("aggregates sum to %d, %d left out" % (sum(got.values()), left))
    print("%d actors, %d drawn, %d left out in %d types; at most %d bytes" %
          (data["actors"], len(drawn), left, len(got), limit))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
