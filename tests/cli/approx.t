# samnet centrality --approx: betweenness sampled as Riondato & Kornaropoulos
# (2016) prescribe, on tests/data/mini (6 actors, count projection).
#
# Sample sizes, r = ceil(0.5 / eps^2 (floor(log2(VD - 2)) + 1 + ln(1/delta))):
# the first actor of the projection is not Malmö, the one actor tied to all
# five others, so its eccentricity is 2 and VD <= 2*2 + 1 = 5 for unweighted
# betweenness: r = ceil(200 (1 + 1 + 2.302585)) = 861 at eps 0.05.  Weighted
# (betweenness_w, lengths 1/count: one 0.5, the others 1), the weighted
# eccentricity of Malmö is 2, so no shortest path is longer than 4 and none
# has more than 4 edges (0.5 + 1 + 1 + 1 = 3.5 <= 4 < 4.5): VD <= 5 (the
# true VD is 4), and at delta 0.2 r = ceil(200 (1 + 1 + ln 5)) = ceil(721.89)
# = 722 (922 with the component-size bound VD <= 6 used before issue 24).

$ samnet centrality tests/data/mini -m degree,betweenness --approx 0.05
dataset: tests/data/mini
year: 2024
population_rule: territorial actors only (region, kommun, lansstyrelse)
projection: count
values: normalized
sort: degree
pagerank_damping: 0.85
betweenness: sampled (Riondato-Kornaropoulos), eps 0.05, delta 0.1, 861 samples, seed 1
...

$ samnet centrality tests/data/mini -m betweenness_w --approx 0.05 --delta 0.2 --seed 9 --format json | grep '"betweenness_w": "'
    "betweenness_w": "sampled (Riondato-Kornaropoulos), eps 0.05, delta 0.2, 722 samples, seed 9"

# Every actor within the guarantee, eps n/(n-2) = 0.01 * 6/4 = 0.015 on the
# normalised scale, of the exact values (checked against NetworkX in
# centrality.t).  TSV, because an actor's name holds a comma.
$ { samnet centrality tests/data/mini -m betweenness,betweenness_w --format tsv; samnet centrality tests/data/mini -m betweenness,betweenness_w --approx 0.01 --seed 4 --format tsv; } | awk -F'\t' '$1 == "rank" { h++; next } h == 1 { b[$2] = $8; w[$2] = $9; next } { e = $8 - b[$2]; f = $9 - w[$2]; if (e < 0) e = -e; if (f < 0) f = -f; if (e > m) m = e; if (f > m) m = f; n++ } END { print n " actors, " (m <= 0.015 ? "all within 0.015" : "error " m) }'
6 actors, all within 0.015

# Same seed, same bytes; another seed, other estimates.
$ . tests/cli/seeded.sh && same samnet centrality tests/data/mini -m betweenness --approx 0.05 --format csv
same seed, same bytes
other seed, other bytes

# Bad values are usage errors (exit 2).
$ samnet centrality tests/data/mini --approx 0
samnet centrality: --approx must lie in [0.0001, 1), got 0
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --approx 1.5
samnet centrality: --approx must lie in [0.0001, 1), got 1.5
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --approx 0.1 --delta 1
samnet centrality: --delta must lie strictly between 0 and 1, got 1
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --delta 0.05
samnet centrality: --delta needs --approx
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini -m degree,harmonic --approx 0.1
samnet centrality: --approx needs betweenness or betweenness_w among the measures
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --projection two-mode --approx 0.1
samnet centrality: --approx applies to the actor projection, not two-mode
Try 'samnet centrality --help'.
? 2

# A sample size beyond 10^10 is a size limit (exit 5), not a long wait:
# 0.5 / 10^-8 (1 + 1 + ln 10^300) = 3.46388e10.
$ samnet centrality tests/data/mini -m betweenness --approx 0.0001 --delta 1e-300
samnet: betweenness: epsilon 0.0001 and delta 1e-300 need 3.46e+10 samples, more than the limit of 1e10
? 5

# Below 10^-4 the count only grows further: a usage error naming the range.
$ samnet centrality tests/data/mini -m betweenness --approx 1e-7
samnet centrality: --approx must lie in [0.0001, 1), got 1e-07
Try 'samnet centrality --help'.
? 2
