#!/usr/bin/env python3
"""Checks the colours of samnet's pictures against the published palette.

    palette_check.py svg FILE.svg           the picture and its legend
    palette_check.py gexf FILE.svg FILE.gexf  GEXF viz:color equals the SVG's colour
    palette_check.py report FILE.html       the report's palette is the published one

The palette is Okabe & Ito (2008), "Color Universal Design (CUD): how to make
figures and presentations that are friendly to colorblind people",
https://jfly.uni-koeln.de/color/ (Fig. 16), in the order samnet uses it; the
RGB triples are the published ones, written here independently of the C code.
The expected colour of each category is computed here by brute force: count
the vertices of each category, order by count (ties: first appearance), give
the colours in order, and when there are more categories than colours the
7 largest get colours and the rest grey ("other").
"""
import json
import re
import sys
import xml.etree.ElementTree as T

PUBLISHED = [  # (name, R, G, B) from Okabe & Ito (2008)
    ("blue", 0, 114, 178), ("orange", 230, 159, 0), ("bluish green", 0, 158, 115),
    ("reddish purple", 204, 121, 167), ("sky blue", 86, 180, 233),
    ("vermillion", 213, 94, 0), ("yellow", 240, 228, 66), ("black", 0, 0, 0),
]
PALETTE = ["#%02X%02X%02X" % (r, g, b) for _, r, g, b in PUBLISHED]
GREY = "#BBBBBB"
S = "{http://www.w3.org/2000/svg}"


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def drawn(root):
    """[(label, category, fill)] of the picture's vertices, in drawing order."""
    legend = [e for e in root.iter(S + "g") if e.get("id") == "legend"]
    if len(legend) != 1:
        fail("expected one legend, found %d" % len(legend))
    skip = set(legend[0].iter(S + "circle"))
    out = []
    for c in root.iter(S + "circle"):
        if c in skip:
            continue
        title = c.find(S + "title").text
        m = re.fullmatch(r"(.*) \((.*)\)", title, re.S)
        out.append((m.group(1), m.group(2), c.get("fill")))
    return out, legend[0]


def expected_colours(cats):
    count, first = {}, {}
    for i, c in enumerate(cats):
        count[c] = count.get(c, 0) + 1
        first.setdefault(c, i)
    order = sorted(count, key=lambda c: (-count[c], first[c]))
    named = len(order) if len(order) <= len(PALETTE) else len(PALETTE) - 1
    return order[:named], {c: (PALETTE[j] if j < named else GREY) for j, c in enumerate(order)}


def check_svg(path):
    root = T.parse(path).getroot()
    nodes, legend = drawn(root)
    coloured, want = expected_colours([c for _, c, _ in nodes])
    for label, cat, fill in nodes:
        if fill != want[cat]:
            fail("%s (%s) is %s, expected %s" % (label, cat, fill, want[cat]))
    by_colour = {}
    for _, cat, fill in nodes:
        if fill != GREY:
            by_colour.setdefault(fill, set()).add(cat)
    if any(len(s) > 1 for s in by_colour.values()):
        fail("categories share a colour: %s" % by_colour)
    texts = [t.text for t in legend.iter(S + "text")][1:-1]
    fills = [c.get("fill") for c in legend.iter(S + "circle")]
    grey = any(f == GREY for _, _, f in nodes)
    if texts != coloured + (["other"] if grey else []):
        fail("legend %s, drawn %s%s" % (texts, coloured, " + other" if grey else ""))
    if fills != [want[c] for c in coloured] + ([GREY] if grey else []):
        fail("legend colours %s" % fills)
    print("%d vertices, %d categories, %d coloured%s, legend matches" %
          (len(nodes), len(want), len(coloured), ", other" if grey else ""))
    return nodes


def check_gexf(svg, gexf):
    colour = {label: fill for label, _, fill in drawn(T.parse(svg).getroot())[0]}
    G, V = "{http://gexf.net/1.3}", "{http://gexf.net/1.3/viz}"
    n = 0
    for node in T.parse(gexf).getroot().iter(G + "node"):
        c = node.find(V + "color")
        rgb = "#%02X%02X%02X" % tuple(int(c.get(k)) for k in "rgb")
        if colour[node.get("label")] != rgb:
            fail("%s: GEXF %s, SVG %s" % (node.get("label"), rgb, colour[node.get("label")]))
        n += 1
    print("%d GEXF colours equal the SVG's" % n)


def check_report(path):
    html = open(path, encoding="utf-8").read()
    m = re.search(r'<script type="application/json" id="samnet-data">(.*?)</script>', html, re.S)
    data = json.loads(m.group(1))
    if data["palette"] != PALETTE or data["other"] != GREY:
        fail("report palette %s other %s" % (data["palette"], data["other"]))
    print("report palette: the 8 published colours, other grey")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "svg":
        check_svg(sys.argv[2])
    elif mode == "gexf":
        check_gexf(sys.argv[2], sys.argv[3])
    elif mode == "report":
        check_report(sys.argv[2])
    else:
        fail("unknown mode " + mode)
