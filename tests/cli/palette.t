# One colour-blind-safe palette for every picture (issue 22): Okabe & Ito
# (2008), eight colours; the largest categories get them and, with more
# categories than colours, the seven largest do and the rest share grey,
# "other" in the legend.  tests/palette_check.py holds the published RGB
# values and computes each category's colour by brute force (count, order
# by size then first appearance); it parses the SVG with python3's xml.

# Eight groups of 1..8 actors, the smallest first: every published colour,
# largest group first, and a legend of exactly the eight groups.
$ d=$(mktemp -d) && python3 -c 'import sys; d = sys.argv[1]; rows = [g for g in range(8) for k in range(g + 1)]; open(d + "/actors.csv", "w").write("id,name,type,group\n" + "".join("a%02d,Actor %02d,company,g%d\n" % (i, i, g) for i, g in enumerate(rows))); open(d + "/memberships.csv", "w").write("project,actor\n" + "".join("p%d,a%02d\np%d,a%02d\n" % (i, i, i, (i + 1) % len(rows)) for i in range(len(rows))))' "$d" && samnet export "$d" -g actors -f svg -a group > "$d/p.svg" && python3 tests/palette_check.py svg "$d/p.svg" && python3 -c 'import sys, xml.etree.ElementTree as T; S="{http://www.w3.org/2000/svg}"; g=[e for e in T.parse(sys.argv[1]).getroot().iter(S+"g") if e.get("id")=="legend"][0]; print(*(t.text for t in g.iter(S+"text")))' "$d/p.svg"; rm -rf "$d"
36 vertices, 8 categories, 8 coloured, legend matches
group g7 g6 g5 g4 g3 g2 g1 g0 circle area: degree (ties)

# Many categories (the territories of a generated dataset): no colour shared
# by two of them, the legend names the seven coloured ones and "other"; the
# GEXF export colours each vertex as the SVG does.
$ d=$(mktemp -d) && samnet generate -n 300 --seed 2 -o "$d/g" -q && samnet export "$d/g" -g actors -f svg -a territory > "$d/a.svg" && samnet export "$d/g" -g actors -f gexf -a territory > "$d/a.gexf" && python3 tests/palette_check.py svg "$d/a.svg" && python3 tests/palette_check.py gexf "$d/a.svg" "$d/a.gexf"; rm -rf "$d"
298 vertices, 82 categories, 7 coloured, other, legend matches
298 GEXF colours equal the SVG's

# The two-mode picture of tests/data/mini: five categories, all coloured.
$ samnet export tests/data/mini -f svg > /tmp/samnet-palette.svg && python3 tests/palette_check.py svg /tmp/samnet-palette.svg; rm -f /tmp/samnet-palette.svg
10 vertices, 5 categories, 5 coloured, legend matches

# The HTML report colours with the same palette (written into its data).
$ samnet report tests/data/mini > /tmp/samnet-palette.html && python3 tests/palette_check.py report /tmp/samnet-palette.html; rm -f /tmp/samnet-palette.html
report palette: the 8 published colours, other grey
