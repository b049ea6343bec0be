#!/usr/bin/env python3
"""Brute-force oracle for the what-if output of samnet coalition (issue 21).

Reads `samnet coalition ... --format json` on stdin and recomputes, from
datasets/sweden's CSV files alone, everything the output claims for regions
(each region represents its län): the population shares against the sum of the
21 län in the year, the rule met among the 21 regions, every member's Banzhaf
and Shapley-Shubik index in the coalition's own game (enumerating all 2^n
coalitions) and the smallest blocking minorities; suggestions greedily by
population.  Usage: whatif_oracle.py DATASET RULE-PRESET < json.  Prints "ok"
or each disagreement.
"""
import csv
import itertools
import json
import math
import sys

RULES = {  # (members share, strict), (population share, strict)
    "majority": [("population", 0.50, True)],
    "qualified": [("members", 0.55, False), ("population", 0.65, False)],
    "double": [("members", 0.50, True), ("population", 0.50, True)],
    "unanimity": [("members", 1.00, False)],
}


def load(dataset, year):
    with open(f"{dataset}/territories.csv", encoding="utf-8") as f:
        pop = {r["code"]: int(r[f"population_{year}"]) for r in csv.DictReader(f)
               if r["parent"] == "SE"}
    with open(f"{dataset}/actors.csv", encoding="utf-8") as f:
        regions = [r["id"] for r in csv.DictReader(f) if r["type"] == "region"]
    return {a: pop[a.split("-")[1]] for a in regions}, sum(pop.values())


def wins(rule, members, weights):
    total, count = sum(weights[a] for a in members), len(members)
    def test(s):
        for name, share, strict in rule:
            have, of = (len(s), count) if name == "members" else (sum(weights[a] for a in s), total)
            if (have <= share * of) if strict else (have < share * of - 1e-9):
                return False
        return True
    return test


def power(members, test):
    n, swings, ss = len(members), dict.fromkeys(members, 0), dict.fromkeys(members, 0.0)
    for r in range(1, n + 1):
        for s in itertools.combinations(members, r):
            if not test(s):
                continue
            for a in s:
                if not test(tuple(b for b in s if b != a)):
                    swings[a] += 1
                    ss[a] += math.factorial(r - 1) * math.factorial(n - r) / math.factorial(n)
    total = sum(swings.values())
    return {a: (swings[a] / total if total else 0.0, ss[a]) for a in members}


def blocking(members, test):
    for r in range(1, len(members) + 1):
        found = [set(s) for s in itertools.combinations(members, r)
                 if not test(tuple(a for a in members if a not in s))]
        if found:
            return found
    return []


def main():
    dataset, preset = sys.argv[1], sys.argv[2]
    doc = json.load(sys.stdin)
    weights, national = load(dataset, doc["meta"]["year"])
    rule, bad = RULES[preset], []

    def close(what, got, want):
        if got is None or abs(got - want) > 1e-9:
            bad.append(f"{what}: samnet {got}, oracle {want}")

    rows = doc["members"]
    sides = {"base": [r["id"] for r in rows if r["status"] != "added"],
             "scenario": [r["id"] for r in rows if r["status"] != "removed"]}
    electorate = wins(rule, list(weights), weights)
    for side in doc["scenario"][:2]:
        members = sides[side["coalition"]]
        close(side["coalition"] + " share", side["population_share"],
              sum(weights[a] for a in members) / national)
        if (side["rule_met"] == "yes") != electorate(tuple(members)):
            bad.append(f"{side['coalition']} rule_met: samnet {side['rule_met']}")
        for a, (bz, sh) in power(members, wins(rule, members, weights)).items():
            row = next(r for r in rows if r["id"] == a)
            close(f"{a} banzhaf_{side['coalition']}", row["banzhaf_" + side["coalition"]], bz)
            close(f"{a} shapley_{side['coalition']}", row["shapley_" + side["coalition"]], sh)
        want = blocking(members, wins(rule, members, weights))
        got = [set(b["members"].split(",")) for b in doc["blocking"]
               if b["coalition"] == side["coalition"]]
        if sorted(map(sorted, got)) != sorted(map(sorted, want)):
            bad.append(f"{side['coalition']} blocking: samnet {got}, oracle {want}")
    taken = list(sides["scenario"])
    for s in doc.get("suggestions", []):
        best = max((a for a in weights if a not in taken), key=lambda a: weights[a])
        taken.append(best)
        if s["id"] != best:
            bad.append(f"suggestion {s['rank']}: samnet {s['id']}, oracle {best}")
        close(f"suggestion {s['rank']} share", s["cumulative_share"],
              sum(weights[a] for a in taken) / national)
        if (s["rule_met"] == "yes") != electorate(tuple(taken)):
            bad.append(f"suggestion {s['rank']} rule_met: samnet {s['rule_met']}")
    print("\n".join(bad) if bad else "ok")


main()
