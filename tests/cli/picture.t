# Exports that open coloured and laid out (issue 22).  Colours are the
# palette of every picture (Okabe & Ito 2008, export/viz.h) by category size,
# largest first, ties in order of first appearance: in tests/data/mini the
# four projects come first (blue), then region (skane, halland: orange),
# kommun (malmo, lund: bluish green), university (lu: reddish purple) and
# company (almi: sky blue), one vertex each.

# GEXF: viz:color, viz:position and viz:size on every node.
$ samnet export tests/data/mini --format gexf | python3 -c 'import sys, xml.etree.ElementTree as T; V="{http://gexf.net/1.3/viz}"; r=T.parse(sys.stdin).getroot(); [print(n.get("id"), *(n.find(V+"color").get(c) for c in "rgb"), n.find(V+"position") is not None, n.find(V+"size") is not None) for n in r.iter("{http://gexf.net/1.3}node")]'
skane 230 159 0 True True
malmo 0 158 115 True True
lund 0 158 115 True True
lu 204 121 167 True True
halland 230 159 0 True True
almi 86 180 233 True True
p1 0 114 178 True True
p2 0 114 178 True True
p3 0 114 178 True True
p4 0 114 178 True True

# The SVG picture carries a legend: one entry per category drawn (largest
# first), and what the size shows.
$ samnet export tests/data/mini --format svg | python3 -c 'import sys, xml.etree.ElementTree as T; S="{http://www.w3.org/2000/svg}"; r=T.parse(sys.stdin).getroot(); g=[e for e in r.iter(S+"g") if e.get("id")=="legend"][0]; print([t.text for t in g.iter(S+"text")]); print([c.get("fill") for c in g.iter(S+"circle")])'
['type', 'project', 'region', 'kommun', 'university', 'company', 'circle area: degree (ties)']
['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9']

# GraphML: the same drawing as attributes x, y, size, r, g, b (Gephi's GraphML
# reader takes them as position, size and colour), equal to the GEXF's.
$ samnet export tests/data/mini --format graphml | python3 -c 'import sys, networkx as nx; G=nx.read_graphml(sys.stdin.buffer); print(*[(n, d["r"], d["g"], d["b"]) for n, d in G.nodes(data=True) if n in ("skane", "malmo", "p1")])'
('skane', 230, 159, 0) ('malmo', 0, 158, 115) ('p1', 0, 114, 178)
$ samnet export tests/data/mini --format graphml | python3 -c 'import sys, networkx as nx; G=nx.read_graphml(sys.stdin.buffer); print(G.nodes["skane"]["x"], G.nodes["skane"]["y"], G.nodes["skane"]["size"])' > /tmp/picture-graphml.txt; samnet export tests/data/mini --format gexf | python3 -c 'import sys, xml.etree.ElementTree as T; V="{http://gexf.net/1.3/viz}"; n=[n for n in T.parse(sys.stdin).getroot().iter("{http://gexf.net/1.3}node") if n.get("id")=="skane"][0]; p=n.find(V+"position"); print(float(p.get("x")), float(p.get("y")), float(n.find(V+"size").get("value")))' | diff - /tmp/picture-graphml.txt && echo same; rm -f /tmp/picture-graphml.txt
same
