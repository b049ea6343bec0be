# Golden tests of the core commands on tests/data/mini (7 actors, 4 projects).
# Expected figures are worked by hand from the fixture: 11 memberships over
# 6 network actors x 4 projects (density 11/24); 10 actor ties out of 15 pairs;
# the actors cover Skåne + Halland = 1 428 626 + 345 074 = 1 773 700 people in
# 2024 (SCB), 16.75 % of Sweden's 10 587 710.

$ samnet validate tests/data/mini --format csv
item,count
actors,7
actors in the network,6
projects,4
memberships,11
coalitions,1
territories,312
warnings,0

line,project,selector,actors
11,p4,kommuner:12,2

$ samnet validate tests/data/mini --expansions --format tsv
item	count
...
line	project	selector	actor
11	p4	kommuner:12	malmo
11	p4	kommuner:12	lund

$ samnet summary tests/data/mini
dataset: tests/data/mini
year: 2024
population_rule: territorial actors only (region, kommun, lansstyrelse)
projection: count

Overview
measure                              count    value
actors in the network                    6
actors known                             7
projects                                 4
memberships                             11
two-mode density                             0.4583
average project size                           2.75
average projects per actor                    1.833
components                               1
largest component share of actors             100 %
projection ties                         10
projection density                           0.6667
population covered                 1773700
population covered share                    16.75 %

Actors by type
type        actors  memberships
region           2            3
kommun           2            4
university       1            3
company          1            1

# The Excel twin (';', decimal comma, BOM, CRLF) gives the same summary.
$ samnet summary tests/data/mini_excel --format csv
measure,count,value
actors in the network,6,
actors known,7,
projects,4,
memberships,11,
two-mode density,,0.4583333333333333
average project size,,2.75
average projects per actor,,1.8333333333333333
components,1,
largest component share of actors,,1
projection ties,10,
projection density,,0.6666666666666666
population covered,1773700,
population covered share,,0.1675244221838339
...

$ samnet summary tests/data/mini --format json --all-actors
{
  "command": "summary",
  "meta": {
    "dataset": "tests/data/mini",
    "year": 2024,
    "population_rule": "territorial actors only (region, kommun, lansstyrelse)",
    "projection": "count",
    "shares": "fractions of 1 (the table format shows percentages)"
  },
  "overview": [
    {"measure": "actors in the network", "count": 7, "value": null},
...

# 2023 has county figures only; Malmö and Lund lie inside Skåne, so the union
# is Skåne + Halland = 1 421 781 + 343 746 (SCB, 31 Dec 2023).
$ samnet summary tests/data/mini --year 2023 --format csv | grep 'population covered,'
population covered,1765527,

$ samnet summary tests/data/mini --year 1999
samnet: --year 1999: the territory tree has population figures for 2021 to 2025
? 2

$ samnet summary tests/data/mini -o /nonexistent/dir/out.csv
samnet: /nonexistent/dir/out.csv: cannot create a temporary file: No such file or directory
? 4

$ samnet summary tests/data/mini --projection cosine
samnet summary: unknown weighting 'cosine' (expected count, newman, jaccard or overlap)
Try 'samnet summary --help'.
? 2

$ samnet summary --bogus
samnet summary: unknown option '--bogus'
Try 'samnet summary --help'.
? 2

$ samnet summary tests/data/mini extra
samnet summary: unexpected argument 'extra' (one DATASET at most)
Try 'samnet summary --help'.
? 2

$ samnet frobnicate
samnet: unknown command 'frobnicate'; 'samnet --help' lists the commands
? 2

$ samnet summary --help
Usage: samnet summary [OPTIONS] [DATASET]
...
Exit status: 0 success, 1 computation failed, 2 usage error, 3 bad data,
4 input/output error, 5 size limit exceeded.

$ samnet validate /nonexistent
samnet: /nonexistent: No such file or directory
? 4

$ samnet summary tests/data/mini --format xml
samnet summary: unknown format 'xml' (expected table, csv, tsv, json or excel)
Try 'samnet summary --help'.
? 2

# -o writes atomically and prints nothing.
$ samnet summary tests/data/mini -o /tmp/samnet-golden.csv --format csv && head -2 /tmp/samnet-golden.csv && rm /tmp/samnet-golden.csv
measure,count,value
actors in the network,6,

# --format excel: CSV as Excel in a Swedish locale opens it with a double click:
# a UTF-8 byte-order mark (so å, ä and ö survive), ';' between fields and a
# decimal comma.  The same table as --format csv, value for value.
$ d=$(mktemp -d) && samnet centrality --top 5 --format excel -o "$d/x.csv" && samnet centrality --top 5 --format csv -o "$d/c.csv" && head -c 3 "$d/x.csv" | od -An -tx1 && /usr/bin/python3 -c "import csv,sys; x=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig'),delimiter=';')); c=list(csv.reader(open(sys.argv[2],encoding='utf-8'))); print(x[0][:3], x[3][2], x[1][7]); print('same values' if [[v.replace(',','.') for v in r] for r in x]==c else 'differ')" "$d/x.csv" "$d/c.csv"; rm -rf "$d"
 ef bb bf
['rank', 'id', 'name'] Region Kalmar län 0,29608938547486036
same values
