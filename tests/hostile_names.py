#!/usr/bin/env python3
"""Output that cannot be turned against its reader (issue 16).

Usage: hostile_names.py SAMNET SRCDIR

tests/data/hostile holds names built to break each output: "<!--<script>",
"</script>", "]]>", "&amp;", quotes, U+2028 and U+2029, tab, CR and LF
inside a quoted field, a 4 kB name; an actor "x" beside projects "x" and
"project:x" of the same name.  The expected values come from reading the
CSV files here with Python's csv module, independently of samnet.

 - The HTML report: its JSON data block holds no '<', '>', '&', U+2028 or
   U+2029 and parses back to every actor's exact name; headless Chromium
   runs the page without a script error and draws one circle per actor,
   each labelled with its name; searching for "</script>" finds that actor
   and runs nothing; a link whose #search= holds a malformed %-escape
   still gives a working page.
 - GraphML, GEXF and SVG (two-mode and the actor projection) pass xmllint;
   GraphML and GEXF read back in NetworkX with every name unchanged, tab
   and CR included.
 - Two-mode node ids are distinct in every format (NetworkX's GraphML, GEXF,
   GML, Pajek and node-link readers; the DOT, CSV and VOSviewer files
   parsed here): 9 actors + 3 projects = 12 nodes, 10 edges.

A reader that is missing is reported as SKIP.  Prints "N passed, N failed,
N skipped"; exit 1 on a failure, 77 when nothing could run.
"""
import csv
import html.parser
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The counters, SKIP reporting and CSV reading of the export round trips.
from export_roundtrip import check, nx, read_csv, skip  # noqa: E402
import export_roundtrip  # noqa: E402


def fixture(srcdir):
    d = os.path.join(srcdir, "tests", "data", "hostile")
    actors = {r["id"]: r["name"] for r in read_csv(os.path.join(d, "actors.csv"))}
    projects = {r["id"]: r["name"] for r in read_csv(os.path.join(d, "projects.csv"))}
    edges = [(r["actor"], r["project"]) for r in read_csv(os.path.join(d, "memberships.csv"))]
    return d, actors, projects, edges


def samnet_run(samnet, args):
    r = subprocess.run([samnet] + args, capture_output=True)
    check(r.returncode == 0, f"samnet {' '.join(args)}: exit {r.returncode} "
          f"{r.stderr.decode('utf-8', 'replace')}")
    return r.returncode == 0


# ---- the HTML report -------------------------------------------------------------

def data_block(page):
    m = re.search(r'<script type="application/json" id="samnet-data">(.*?)</script>', page, re.S)
    return m.group(1) if m else None


class Labels(html.parser.HTMLParser):
    """Text of every <text class="lbl"> and the attributes of <html> and <body>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.labels, self.attrs, self.circles, self.status = [], {}, 0, None
        self._in = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("html", "body"):
            self.attrs.update(a)
        elif tag == "circle" and "node" in (a.get("class") or "").split():
            self.circles += 1
        elif tag == "text" and a.get("class") == "lbl":
            self._in = "lbl"
            self.labels.append("")
        elif tag == "span" and a.get("id") == "search-status":
            self._in = "status"
            self.status = ""

    def handle_endtag(self, tag):
        if tag in ("text", "span"):
            self._in = None

    def handle_data(self, data):
        if self._in == "lbl":
            self.labels[-1] += data
        elif self._in == "status":
            self.status += data


def find_chrome():
    for c in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(c):
            return c
    return None


def chrome_dom(chrome, url, tmp):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--hide-scrollbars", "--virtual-time-budget=5000", "--user-data-dir=" + tmp + "/profile"]
    try:
        r = subprocess.run([chrome] + flags + ["--dump-dom", url], capture_output=True, timeout=180)
    except subprocess.TimeoutExpired:
        check(False, f"{chrome} --dump-dom did not finish in 180 s")
        return ""
    return r.stdout.decode("utf-8", "replace")


def report_checks(samnet, d, actors, tmp):
    page_path = os.path.join(tmp, "hostile.html")
    if not samnet_run(samnet, ["report", d, "-o", page_path, "--quiet"]):
        return
    with open(page_path, encoding="utf-8", newline="") as f:
        page = f.read()
    block = data_block(page)
    check(block is not None, "report: no data block")
    if block is None:
        return
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        check(bad not in block, f"report: data block holds a raw {bad!r}")
    try:
        data = json.loads(block)
        names = {n["id"]: n["name"] for n in data["nodes"]}
        check(names == actors, "report: data block's names differ from actors.csv")
    except (ValueError, KeyError) as e:
        check(False, f"report: data block does not parse: {e}")

    chrome = find_chrome()
    if chrome is None:
        skip("report in headless Chromium (install the chromium package)")
        return
    url = "file://" + os.path.abspath(page_path) + "#search=" + urllib.parse.quote("</script>")
    p = Labels()
    p.feed(chrome_dom(chrome, url, tmp))
    check("data-js-error" not in p.attrs, f"report: script error {p.attrs.get('data-js-error')!r}")
    check(p.circles == len(actors), f"report: {p.circles} circles, want {len(actors)}")
    check(p.attrs.get("data-ready") == str(len(actors)),
          f"report: data-ready={p.attrs.get('data-ready')!r}, want {len(actors)}")
    # The DOM serialiser and parser may turn CR into LF; anything else must be exact.
    want = sorted(n.replace("\r\n", "\n").replace("\r", "\n") for n in actors.values())
    got = sorted(n.replace("\r\n", "\n").replace("\r", "\n") for n in p.labels)
    check(got == want, "report: the drawn labels differ from actors.csv")
    # Only actor "close" has "</script>" in its name (search ignores case, not spaces).
    check(p.status == "1 match: " + actors["close"], f"report: search for </script> says {p.status!r}")
    # A link with a malformed %-escape searches for the text as it is; the page still works.
    p = Labels()
    p.feed(chrome_dom(chrome, "file://" + os.path.abspath(page_path) + "#search=%E0%A4%A", tmp))
    check("data-js-error" not in p.attrs and p.attrs.get("data-ready") == str(len(actors)),
          f"report: #search=%E0%A4%A gives error {p.attrs.get('data-js-error')!r}, "
          f"data-ready={p.attrs.get('data-ready')!r}")


# ---- GraphML and GEXF ---------------------------------------------------------------

def read_gexf(path):
    try:
        return nx.read_gexf(path)
    except nx.NetworkXError:
        # NetworkX before 3.0 knows GEXF up to the 1.2 draft; the elements are the same.
        with open(path, encoding="utf-8") as f:
            text = f.read()
        text = (text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
                .replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
                .replace('version="1.3"', 'version="1.2"'))
        return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


def xml_checks(samnet, d, actors, projects, tmp):
    everyone = list(actors.values()) + list(projects.values())
    for graph, names in (("two-mode", sorted(everyone)), ("actors", sorted(actors.values()))):
        for fmt in ("graphml", "gexf", "svg"):
            path = os.path.join(tmp, f"{graph}.{fmt}")
            if not samnet_run(samnet, ["export", d, "--graph", graph, "--format", fmt, "-o", path]):
                continue
            if shutil.which("xmllint"):
                r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
                check(r.returncode == 0, f"xmllint {graph}.{fmt}: {r.stderr.strip()}")
            else:
                skip(f"xmllint {graph}.{fmt} (libxml2-utils not installed)")
            if fmt == "svg":
                continue
            if nx is None:
                skip(f"NetworkX reads {graph}.{fmt} (python3-networkx not installed)")
                continue
            G = nx.read_graphml(path) if fmt == "graphml" else read_gexf(path)
            key = "name" if fmt == "graphml" else "label"
            got = sorted(a[key] for _, a in G.nodes(data=True))
            check(got == names, f"NetworkX {graph}.{fmt}: names differ from the CSV files")


# ---- two-mode node ids ----------------------------------------------------------------

def dot_ids(path):
    """Node ids of samnet's DOT: the quoted ids of node statements and edge ends."""
    q = r'"((?:[^"\\]|\\.)*)"'
    nodes, ends = [], set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s*" + q + r"\s*--\s*" + q, line)
            if m:
                ends.update(m.groups())
                continue
            m = re.match(r"\s*" + q + r"\s*\[", line)
            if m:
                nodes.append(m.group(1))
    return nodes, ends


def id_checks(samnet, d, actors, projects, edges, tmp):
    nv, ne = len(actors) + len(projects), len(edges)
    base = os.path.join(tmp, "ids")
    formats = {"graphml": ".graphml", "gexf": ".gexf", "gml": ".gml", "pajek": ".net",
               "json": ".json", "dot": ".dot", "csv-nodes": "_nodes.csv", "csv-edges": "_edges.csv",
               "vosviewer-map": "_map.txt"}
    ok = {f: samnet_run(samnet, ["export", d, "--format", f, "-o", base + x])
          for f, x in formats.items()}
    if nx is not None:
        readers = {"graphml": nx.read_graphml, "gexf": read_gexf, "gml": nx.read_gml,
                   "pajek": nx.read_pajek}
        for f, read in readers.items():
            if not ok[f]:
                continue
            try:
                G = read(base + formats[f])
                check(len(G) == nv and G.number_of_edges() == ne,
                      f"NetworkX {f}: {len(G)} nodes, {G.number_of_edges()} edges, "
                      f"want {nv} and {ne}")
            except nx.NetworkXError as e:
                check(False, f"NetworkX {f}: {e}")
        if ok["graphml"]:
            G = nx.read_graphml(base + ".graphml")
            # The scheme of samnet/export.h, worked out by hand for this fixture.
            want = set(actors) | {"project:x", "project:project:x", "p3"}
            check(set(G) == want, f"graphml ids {sorted(G)}, want {sorted(want)}")
        if ok["json"]:
            with open(base + ".json", encoding="utf-8") as f:
                data = json.load(f)
            try:
                G = nx.node_link_graph(data, edges="links")
            except TypeError:
                G = nx.node_link_graph(data)
            check(len(G) == nv and G.number_of_edges() == ne,
                  f"NetworkX node_link_graph: {len(G)} nodes, {G.number_of_edges()} edges")
    else:
        skip("NetworkX readers of the two-mode ids (python3-networkx not installed)")
    if ok["dot"]:
        nodes, ends = dot_ids(base + ".dot")
        check(len(nodes) == nv and len(set(nodes)) == nv, f"dot: {len(set(nodes))} distinct ids")
        check(ends <= set(nodes), "dot: an edge names an unknown node")
    if ok["csv-nodes"] and ok["csv-edges"]:
        ids = [r["id"] for r in read_csv(base + "_nodes.csv")]
        check(len(set(ids)) == nv, f"csv-nodes: {len(set(ids))} distinct ids, want {nv}")
        pairs = {(r["source"], r["target"]) for r in read_csv(base + "_edges.csv")}
        check(len(pairs) == ne and all(s in ids and t in ids for s, t in pairs),
              f"csv-edges: {len(pairs)} distinct edges between known ids, want {ne}")
    if ok["vosviewer-map"]:
        with open(base + "_map.txt", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        ids = {r["id"] for r in rows}
        check(len(ids) == nv, f"vosviewer map: {len(ids)} distinct ids, want {nv}")


def main():
    samnet, srcdir = sys.argv[1], sys.argv[2]
    d, actors, projects, edges = fixture(srcdir)
    tmp = tempfile.mkdtemp(prefix="samnet-hostile-")
    try:
        report_checks(samnet, d, actors, tmp)
        xml_checks(samnet, d, actors, projects, tmp)
        id_checks(samnet, d, actors, projects, edges, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    rt = export_roundtrip
    print(f"{rt.passed} passed, {rt.failed} failed, {rt.skipped} skipped")
    if rt.failed:
        return 1
    return 77 if rt.passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
