#!/usr/bin/env python3
"""Writes serve/assets/kommuner.geojson, the 290 kommuner drawn by `samnet serve`'s page in
kommun mode (issue 21), from the reference outlines (okfse/sweden-geojson, "Feel free to
reuse"; see /work/shared/reference/geo/SOURCE.md).  Coordinates are rounded to 0.001 degree
and points that repeat the previous one after rounding are dropped, to keep the embedded
asset small; each feature keeps `code` (the four-digit kommun code: actor `kommun-<code>`),
`name` and `lan`.  Rerun after the reference changes, then regenerate serve/assets.c:
    python3 scripts/serve_geo.py [/work/shared/reference/geo/kommuner.geojson]
    python3 scripts/serve_assets.py > serve/assets.c"""
import json, os, sys

top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
source = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/reference/geo/kommuner.geojson"


def ring(points):
    """The ring rounded to 0.001 degree, without repeated points; None when under 4 points."""
    out = []
    for x, y in points:
        p = [round(x, 3), round(y, 3)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def polygon(rings):
    """The polygon's rings rounded; None when its outer ring vanishes (holes go with it)."""
    rounded = [ring(r) for r in rings]
    return [r for r in rounded if r] if rounded and rounded[0] else None


def geometry(g):
    if g["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": polygon(g["coordinates"])}
    polys = [p for p in (polygon(p) for p in g["coordinates"]) if p]
    return {"type": "MultiPolygon", "coordinates": polys}


geo = json.load(open(source, encoding="utf-8"))
features = [{"type": "Feature",
             "properties": {"code": f["properties"]["id"], "name": f["properties"]["kom_namn"],
                            "lan": f["properties"]["lan_code"]},
             "geometry": geometry(f["geometry"])}
            for f in sorted(geo["features"], key=lambda f: f["properties"]["id"])]
if len(features) != 290 or any(not f["geometry"]["coordinates"] for f in features):
    sys.exit(f"serve_geo.py: {source}: expected 290 kommuner with outlines")
with open(os.path.join(top, "serve", "assets", "kommuner.geojson"), "w", encoding="utf-8") as out:
    json.dump({"type": "FeatureCollection", "features": features}, out,
              ensure_ascii=False, separators=(",", ":"))
    out.write("\n")
