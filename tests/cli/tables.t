# Tables for people (issue 22): the table format fits 100 display columns by default.
# tests/cli/table_width.py measures every line, the metadata lines above the tables
# included (wrapped at blanks to the same width), as its number of code points (the
# width the table format aligns by) and prints the widest.

# Every command's default table, on the bundled dataset and on tests/data/mini
# (tests/data/dynamics for dynamics: mini has no dates; significance with fewer samples).
$ samnet validate | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet validate tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet summary | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet summary tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet centrality | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet centrality tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet actor region-12 | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet actor skane tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet brokerage | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet brokerage tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet communities | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet communities tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet dynamics | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet dynamics tests/data/dynamics | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet significance -n 20 | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet significance tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet backbone | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet backbone tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet coalition -c sydsverige | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet coalition tests/data/mini --members skane,malmo | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet power | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ samnet power tests/data/mini | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'
fits
$ d=$(mktemp -d) && samnet generate -n 200 -o "$d/g" | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'; rm -rf "$d"
fits
$ d=$(mktemp -d) && samnet import cordis tests/data/import/cordis -o "$d/ds" 2>/dev/null | python3 tests/cli/table_width.py | sed 's/widest \(100\|[1-9][0-9]\?\)$/fits/'; rm -rf "$d"
fits
# The brokerage null-model line (179 code points) is wrapped by default, whole with --wide.
$ samnet brokerage | grep -A1 '^null model:'
null model: undirected Bernoulli graph of this density and group sizes (sna's directed model would
  give z-scores about 1.41 times larger, except for representative and gatekeeper)
$ samnet brokerage --wide | grep -c '^null model: .*gatekeeper)$'
1

# Before fitting, these tables were wider: --wide shows every column, at any width.
$ samnet centrality | python3 tests/cli/table_width.py | sed -n 1p
widest 88
$ samnet centrality --wide | python3 tests/cli/table_width.py | sed -n 1p
widest 271
$ samnet centrality --wide | sed -n '/^rank/p'
rank  id                                   name                                      type          county                population  partner_population    degree  strength  betweenness  betweenness_w  harmonic  eigenvector   pagerank  constraint  effective_size  coreness

# The columns a command marks minor go first (centrality: the descriptions, then the
# measures it does not rank by, the rightmost first); the note says which and how to see them.
$ samnet centrality tests/data/mini --measures degree,betweenness,pagerank,harmonic | sed -n '/^Centrality/,$p'
Centrality
rank  id       name                          type        degree  betweenness  pagerank  harmonic
   1  malmo    Malmö                         kommun           1          0.3    0.2788         1
   2  lu       Lunds universitet             university     0.8          0.1    0.2032       0.9
   3  skane    Region Skåne                  region         0.8          0.1    0.2032       0.9
   4  almi     Almi Företagspartner Syd, AB  company        0.6            0    0.1279       0.8
   5  halland  Region Halland                region         0.4            0    0.0934       0.7
   6  lund     Lund                          kommun         0.4            0    0.0934       0.7
(left out: county, population, partner_population; --wide or --columns shows them)

# --width N fits another width; the measure ranked by (--sort) is never left out.
$ samnet centrality tests/data/mini --measures degree,betweenness,pagerank --sort pagerank --width 60 | sed -n '/^Centrality/,$p'
Centrality
rank  id       name                          pagerank
   1  malmo    Malmö                           0.2788
   2  lu       Lunds universitet               0.2032
   3  skane    Region Skåne                    0.2032
   4  almi     Almi Företagspartner Syd, AB    0.1279
   5  halland  Region Halland                  0.0934
   6  lund     Lund                            0.0934
(left out: 6 columns; --wide or --columns shows them)

# Long names are cut to 30 columns with an ellipsis (…, one code point); --wide shows them whole.
$ samnet centrality | grep -m1 '^  29'
  29  eruf                            Europeiska regionala utveckli…    0.1397        27
$ samnet centrality | grep -m1 '^  29' | python3 -c 'import sys; s=sys.stdin.buffer.read().decode(); print(s.index("…") - s.index("Europeiska") + 1)'
30
$ samnet centrality --wide | grep -m1 '^  29' | grep -o 'Europeiska regionala utvecklingsfonden'
Europeiska regionala utvecklingsfonden

# Machine formats are unchanged: every column, whole names.
$ samnet centrality --format csv | sed -n 1p
rank,id,name,type,county,population,partner_population,degree,strength,betweenness,betweenness_w,harmonic,eigenvector,pagerank,constraint,effective_size,coreness
$ samnet centrality --format csv | grep -c '…'
0
? 1

# --columns picks and orders columns by name, in every format; in a document of several
# tables each keeps the named columns it has.
$ samnet centrality tests/data/mini --columns name,degree,id --top 2 | sed -n '/^Centrality/,$p'
Centrality
name               degree  id
Malmö                   1  malmo
Lunds universitet     0.8  lu
$ samnet centrality tests/data/mini --columns name,degree --top 2 --format csv
name,degree
Malmö,1
Lunds universitet,0.8
$ samnet centrality tests/data/mini --columns name,degree --top 2 --format json | sed -n '/"centrality": \[/,$p'
  "centrality": [
    {"name": "Malmö", "degree": 1},
    {"name": "Lunds universitet", "degree": 0.8}
  ]
}
$ samnet communities tests/data/mini --columns community,id,size | sed -n '/^Communities/,$p'
Communities
community  size
        1     6

Actors
community  id
        1  malmo
        1  skane
        1  lu
        1  almi
        1  lund
        1  halland

Comparison
with    actors  nmi  adjusted_rand  rand  variation_of_information
county       5    0              0   0.6                    0.5004

# A column no table has (with the nearest names), a repeated or empty name: usage errors
# that list the valid names.
$ samnet centrality tests/data/mini --columns name,degre
samnet centrality: --columns: unknown column 'degre'; did you mean 'degree'? (valid: rank, id, name, type, county, population, partner_population, degree, strength, betweenness, betweenness_w, harmonic, eigenvector, pagerank, constraint, effective_size, coreness)
Try 'samnet centrality --help'.
? 2
$ samnet centrality tests/data/mini --columns name,name
samnet centrality: --columns: repeated column 'name' (valid: rank, id, name, type, county, population, partner_population, degree, strength, betweenness, betweenness_w, harmonic, eigenvector, pagerank, constraint, effective_size, coreness)
Try 'samnet centrality --help'.
? 2
$ samnet centrality tests/data/mini --columns name,
samnet centrality: --columns: unknown column '' (valid: rank, id, name, type, county, population, partner_population, degree, strength, betweenness, betweenness_w, harmonic, eigenvector, pagerank, constraint, effective_size, coreness)
Try 'samnet centrality --help'.
? 2
$ samnet centrality tests/data/mini --width 10
samnet centrality: --width expects a whole number 60..100000, got '10'
Try 'samnet centrality --help'.
? 2
$ samnet centrality tests/data/mini --width 100x
samnet centrality: --width expects a whole number 60..100000, got '100x'
Try 'samnet centrality --help'.
? 2
