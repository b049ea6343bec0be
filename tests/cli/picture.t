# Exports that open coloured and laid out (issue 22).  Colours are the
# palette of the SVG picture (Okabe & Ito 2008) by category in order of first
# appearance: in tests/data/mini the actors come first (skane: region,
# malmo: kommun, lu: university, almi: company), then the projects.

# GEXF: viz:color, viz:position and viz:size on every node.
$ samnet export tests/data/mini --format gexf | python3 -c 'import sys, xml.etree.ElementTree as T; V="{http://gexf.net/1.3/viz}"; r=T.parse(sys.stdin).getroot(); [print(n.get("id"), *(n.find(V+"color").get(c) for c in "rgb"), n.find(V+"position") is not None, n.find(V+"size") is not None) for n in r.iter("{http://gexf.net/1.3}node")]'
skane 0 114 178 True True
malmo 230 159 0 True True
lund 230 159 0 True True
lu 0 158 115 True True
halland 0 114 178 True True
almi 204 121 167 True True
p1 86 180 233 True True
p2 86 180 233 True True
p3 86 180 233 True True
p4 86 180 233 True True

# The SVG picture carries a legend: one entry per category, and what the size shows.
$ samnet export tests/data/mini --format svg | python3 -c 'import sys, xml.etree.ElementTree as T; S="{http://www.w3.org/2000/svg}"; r=T.parse(sys.stdin).getroot(); g=[e for e in r.iter(S+"g") if e.get("id")=="legend"][0]; print([t.text for t in g.iter(S+"text")]); print([c.get("fill") for c in g.iter(S+"circle")])'
['type', 'region', 'kommun', 'university', 'company', 'project', 'circle area: degree (ties)']
['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9']

# GraphML: the same drawing as attributes x, y, size, r, g, b (Gephi's GraphML
# reader takes them as position, size and colour), equal to the GEXF's.
$ samnet export tests/data/mini --format graphml | python3 -c 'import sys, networkx as nx; G=nx.read_graphml(sys.stdin.buffer); print(*[(n, d["r"], d["g"], d["b"]) for n, d in G.nodes(data=True) if n in ("skane", "malmo", "p1")])'
('skane', 0, 114, 178) ('malmo', 230, 159, 0) ('p1', 86, 180, 233)
$ samnet export tests/data/mini --format graphml | python3 -c 'import sys, networkx as nx; G=nx.read_graphml(sys.stdin.buffer); print(G.nodes["skane"]["x"], G.nodes["skane"]["y"], G.nodes["skane"]["size"])' > /tmp/picture-graphml.txt; samnet export tests/data/mini --format gexf | python3 -c 'import sys, xml.etree.ElementTree as T; V="{http://gexf.net/1.3/viz}"; n=[n for n in T.parse(sys.stdin).getroot().iter("{http://gexf.net/1.3}node") if n.get("id")=="skane"][0]; p=n.find(V+"position"); print(float(p.get("x")), float(p.get("y")), float(n.find(V+"size").get("value")))' | diff - /tmp/picture-graphml.txt && echo same; rm -f /tmp/picture-graphml.txt
same
