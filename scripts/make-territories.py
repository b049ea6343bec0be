#!/usr/bin/env python3
"""Builds datasets/sweden/territories.csv from the SCB reference tables.

Inputs (read-only, see datasets/README.md): reference/regions.csv (län,
31 Dec 2021-2025) and reference/kommuner.csv (kommuner, 2021 and 2024).
Usage: scripts/make-territories.py REFERENCE_DIR > datasets/sweden/territories.csv
"""
import csv
import sys

ref = sys.argv[1]
years = [2021, 2022, 2023, 2024, 2025]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["code", "name", "parent"] + [f"population_{y}" for y in years])
out.writerow(["SE", "Sverige", ""] + [""] * len(years))
with open(f"{ref}/regions.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        out.writerow([r["code"], r["name"], "SE"] + [r.get(f"population_{y}", "") for y in years])
with open(f"{ref}/kommuner.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        out.writerow([r["code"], r["name"], r["county_code"]] + [r.get(f"population_{y}", "") for y in years])
