#!/usr/bin/env python3
"""Checks a samnet dataset folder independently of the C loader (stdlib only).

Usage: scripts/check-dataset.py [--summary] [DIR]     (DIR: datasets/sweden)

Checks: every file is UTF-8 with its required columns and no ragged rows;
ids are unique readable slugs; actor names are unique; types, kinds, roles
and territories are valid; region/länsstyrelse/kommun ids match their
territory; every membership's project and actor exists (a group selector must
be well formed and expand to at least one actor); every coalition member
resolves; every hand-compiled actor takes part in something; the territory
tree has 21 counties and 290 kommuner whose populations add up.

--summary prints the counts used in datasets/README.md.
Exit status: 0 clean, 1 problems found, 2 usage or I/O error.
"""
import calendar
import collections
import csv
import os
import re
import sys

TYPES = {"region", "kommun", "lansstyrelse", "agency", "university", "company", "fund",
         "ngo", "association", "other"}
TERRITORIAL = {"region": "regions", "lansstyrelse": "lansstyrelser", "kommun": "kommuner"}
ID_PREFIX = {"region": "region-", "lansstyrelse": "lst-", "kommun": "kommun-"}
ROLES = {"lead", "partner", "funder", "owner", "member"}
KINDS = {"project", "programme", "network", "platform", "body", "company", "organisation",
         "strategy", "agreement", "event", "partnership"}
THEMES = {"regional utveckling", "folkhälsa", "kultur", "kompetensförsörjning",
          "samhällsplanering", "tillgänglighet", "innovation"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_SOURCE = re.compile(r"^(seed|estimate|end seed): \S")
SELECTOR = re.compile(r"^(regions|kommuner|lansstyrelser):(\*|\d{2}(,\d{2})*)$")

problems = []


def first_day(date):
    """The first day a YYYY[-MM[-DD]] date can mean, as (y, m, d)."""
    parts = [int(x) for x in date.split("-")]
    return tuple(parts + [1] * (3 - len(parts)))


def last_day(date):
    """The last day a YYYY[-MM[-DD]] date can mean, as (y, m, d)."""
    parts = [int(x) for x in date.split("-")]
    if len(parts) == 1:
        return (parts[0], 12, 31)
    if len(parts) == 2:
        return (parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return tuple(parts)


def problem(path, line, msg):
    problems.append(f"{path}:{line}: {msg}")


def read(path, required, optional_file=False):
    """Rows as (line, dict); [] when an optional file is absent."""
    if not os.path.exists(path):
        if not optional_file:
            problem(path, 0, "missing file")
        return []
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        problem(path, 0, f"not UTF-8: {e}")
        return []
    if text.startswith("\ufeff"):
        problem(path, 1, "byte-order mark")
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        problem(path, 0, "empty file")
        return []
    header = rows[0]
    for col in required:
        if col not in header:
            problem(path, 1, f"missing column '{col}'")
    if len(set(header)) != len(header):
        problem(path, 1, "duplicate column name")
    out = []
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problem(path, i, f"{len(row)} fields, header has {len(header)}")
            continue
        out.append((i, dict(zip(header, row))))
    return out


def load_territories(path):
    rows = read(path, ["code", "name", "parent"])
    terr = {}
    for line, r in rows:
        if r["code"] in terr:
            problem(path, line, f"duplicate territory '{r['code']}'")
        terr[r["code"]] = r
    for line, r in rows:
        if r["parent"] and r["parent"] not in terr:
            problem(path, line, f"unknown parent '{r['parent']}'")
    counties = [c for c, r in terr.items() if r["parent"] == "SE"]
    kommuner = [c for c, r in terr.items() if r["parent"] in counties]
    if len(counties) != 21:
        problem(path, 0, f"{len(counties)} counties, expected 21")
    if len(kommuner) != 290:
        problem(path, 0, f"{len(kommuner)} kommuner, expected 290")
    years = [c for c in (rows[0][1].keys() if rows else []) if c.startswith("population_")]
    for y in years:
        for c in counties:
            kids = [terr[k][y] for k in kommuner if terr[k]["parent"] == c]
            if terr[c][y] and all(kids):
                s = sum(int(k) for k in kids)
                if s != int(terr[c][y]):
                    problem(path, 0, f"{y}: kommuner of {c} sum to {s}, county says {terr[c][y]}")
    return terr


def county_of(terr, code):
    """County code of a territory code, or None."""
    while code and code in terr:
        parent = terr[code]["parent"]
        if parent == "SE":
            return code
        code = parent
    return None


def expand(selector, actors, terr):
    m = SELECTOR.match(selector)
    if not m:
        return None
    group, arg = m.group(1), m.group(2)
    want = None if arg == "*" else set(arg.split(","))
    out = []
    for ident, a in actors.items():
        if TERRITORIAL.get(a["type"]) != group:
            continue
        c = county_of(terr, a["territory"])
        if want is None or c in want:
            out.append(ident)
    return out


def main(argv):
    summary = "--summary" in argv
    args = [a for a in argv if a != "--summary"]
    if len(args) > 1:
        print(__doc__, file=sys.stderr)
        return 2
    d = args[0] if args else "datasets/sweden"
    if not os.path.isdir(d):
        print(f"check-dataset: {d}: not a folder", file=sys.stderr)
        return 2
    terr = load_territories(os.path.join(d, "territories.csv"))

    path = os.path.join(d, "actors.csv")
    actors = {}
    names = {}
    for line, a in read(path, ["id", "name", "type"]):
        ident = a["id"]
        if not SLUG.match(ident):
            problem(path, line, f"id '{ident}' is not a lowercase ASCII slug")
        if ident in actors:
            problem(path, line, f"duplicate id '{ident}'")
        if a["name"] in names:
            problem(path, line, f"name '{a['name']}' also used by '{names[a['name']]}'")
        names[a["name"]] = ident
        if a["type"] not in TYPES:
            problem(path, line, f"unknown type '{a['type']}'")
        t = a.get("territory", "")
        if t and t not in terr:
            problem(path, line, f"unknown territory '{t}'")
        if a["type"] in ID_PREFIX:
            if ident != ID_PREFIX[a["type"]] + t:
                problem(path, line, f"{a['type']} id '{ident}' does not match territory '{t}'")
            depth = 2 if a["type"] == "kommun" else 1
            if t and (county_of(terr, t) is None or (len(t) == 4) != (depth == 2)):
                problem(path, line, f"territory '{t}' is not a {'kommun' if depth == 2 else 'county'}")
        elif t and len(t) != 2:
            problem(path, line, f"territory '{t}' of a non-territorial actor is not a county")
        actors[ident] = a

    path = os.path.join(d, "projects.csv")
    projects = {}
    for line, p in read(path, ["id", "name"]):
        if not SLUG.match(p["id"]):
            problem(path, line, f"id '{p['id']}' is not a lowercase ASCII slug")
        if p["id"] in projects:
            problem(path, line, f"duplicate id '{p['id']}'")
        if p.get("kind", "") not in KINDS:
            problem(path, line, f"unknown kind '{p.get('kind', '')}'")
        if p.get("theme", "") not in THEMES:
            problem(path, line, f"unknown theme '{p.get('theme', '')}'")
        for col in ("start", "end"):
            if p.get(col) and not DATE.match(p[col]):
                problem(path, line, f"{col} '{p[col]}' is not YYYY[-MM[-DD]]")
        if p.get("start") and p.get("end") and DATE.match(p["start"]) and DATE.match(p["end"]) \
                and last_day(p["end"]) < first_day(p["start"]):
            problem(path, line, f"end '{p['end']}' before start '{p['start']}'")
        if not p.get("start"):
            problem(path, line, "no start: every bundled project has a start year")
        if not DATE_SOURCE.match(p.get("date_source", "")):
            problem(path, line, "date_source must say where the dates come from "
                    "('seed: ...', 'estimate: ...' or 'end seed: ...; start estimate: ...')")
        if p.get("budget_sek") and not re.match(r"^\d+$", p["budget_sek"]):
            problem(path, line, f"budget_sek '{p['budget_sek']}' is not a whole number of kronor")
        if not p.get("source"):
            problem(path, line, "no source")
        projects[p["id"]] = p

    path = os.path.join(d, "memberships.csv")
    pairs = collections.defaultdict(set)
    rows = read(path, ["project", "actor"])
    seen = set()
    for line, m in rows:
        key = (m["project"], m["actor"], m.get("role", ""))
        if key in seen:
            problem(path, line, f"repeated row {key}")
        seen.add(key)
        if m["project"] not in projects:
            problem(path, line, f"unknown project '{m['project']}'")
        role = m.get("role", "")
        if role and role not in ROLES:
            problem(path, line, f"unknown role '{role}'")
        amount = m.get("amount_sek", "")
        if amount and not re.match(r"^\d+(\.\d+)?$", amount):
            problem(path, line, f"amount_sek '{amount}' is not a non-negative number")
        if m["actor"] in actors:
            members = [m["actor"]]
        else:
            members = expand(m["actor"], actors, terr)
            if members is None:
                problem(path, line, f"unknown actor '{m['actor']}'")
                continue
            if not members:
                problem(path, line, f"selector '{m['actor']}' matches no actor")
        for a in members:
            pairs[(m["project"], a)].add(role)
    for pid in projects:
        if not any(p == pid for p, _ in pairs):
            problem(os.path.join(d, "projects.csv"), 0, f"project '{pid}' has no members")

    path = os.path.join(d, "coalitions.csv")
    coalitions = collections.defaultdict(set)
    for line, c in read(path, ["coalition", "actor"], optional_file=True):
        members = [c["actor"]] if c["actor"] in actors else expand(c["actor"], actors, terr)
        if not members:
            problem(path, line, f"unknown actor or empty selector '{c['actor']}'")
            continue
        coalitions[c["coalition"]].update(members)

    involved = {a for _, a in pairs} | set().union(*coalitions.values()) if coalitions else {a for _, a in pairs}
    for ident, a in actors.items():
        if a["type"] not in TERRITORIAL and ident not in involved:
            problem(os.path.join(d, "actors.csv"), 0, f"actor '{ident}' takes part in nothing")

    for p in problems:
        print(p)
    if summary:
        print_summary(actors, projects, rows, pairs, coalitions, involved, terr)
    if not summary:
        print(f"{len(actors)} actors, {len(projects)} projects, {len(rows)} membership rows "
              f"({len(pairs)} project-actor pairs after expansion), {len(coalitions)} coalitions; "
              f"{len(problems)} problems")
    return 1 if problems else 0


def print_summary(actors, projects, rows, pairs, coalitions, involved, terr):
    by_type = collections.Counter(a["type"] for a in actors.values())
    active = collections.Counter(actors[a]["type"] for _, a in pairs)
    active_actors = collections.Counter(actors[a]["type"] for a in {a for _, a in pairs})
    print("| type | actors | in at least one project | memberships (pairs) |")
    print("|---|---:|---:|---:|")
    for t in sorted(TYPES, key=lambda t: -by_type[t]):
        print(f"| {t} | {by_type[t]} | {active_actors[t]} | {active[t]} |")
    print(f"| **all** | {len(actors)} | {sum(active_actors.values())} | {len(pairs)} |")
    print()
    themes = collections.Counter(p["theme"] for p in projects.values())
    pairs_by_theme = collections.Counter(projects[p]["theme"] for p, _ in pairs)
    print("| theme | projects | memberships (pairs) |")
    print("|---|---:|---:|")
    for t, n in themes.most_common():
        print(f"| {t} | {n} | {pairs_by_theme[t]} |")
    print(f"| **all** | {len(projects)} | {len(pairs)} |")
    print()
    kinds = collections.Counter(p["kind"] for p in projects.values())
    print("| kind | projects |")
    print("|---|---:|")
    for k, n in kinds.most_common():
        print(f"| {k} | {n} |")
    print()
    roles = collections.Counter(m.get("role", "") for _, m in rows)
    sel = sum(1 for _, m in rows if m["actor"] not in actors)
    print(f"membership rows: {len(rows)} ({sel} with a group selector); "
          f"roles: {', '.join(f'{r} {n}' for r, n in roles.most_common())}")
    print(f"project-actor pairs after expansion: {len(pairs)}")
    for c, members in sorted(coalitions.items()):
        print(f"coalition {c}: {', '.join(sorted(members))}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
