# Numbers that survive the trip (issue 17, two bullets of issue 16; README "Numbers").

# Davis Southern Women (tests/data/davis, built from nx.davis_southern_women_graph(),
# events as projects).  On the count projection with tie length 1/weight, Theresa
# Anderson's betweenness is 103/3: tests/cli/numbers_oracle.py enumerates every shortest
# path of every pair with NetworkX in exact rationals.  CSV, TSV and JSON carry the
# double nearest to 103/3 and every actor's degree and betweenness (NetworkX) to the
# last bit or within 1e-15 relative; before, CSV printed 34.3333.
$ samnet centrality tests/data/davis --raw --measures degree,betweenness,betweenness_w --format csv | /usr/bin/python3 tests/cli/numbers_oracle.py tests/data/davis w03
degree: 18 of 18 actors agree
betweenness: 18 of 18 actors agree
betweenness_w: 18 of 18 actors agree
w03 degree: 17.0, exactly 17
w03 betweenness: 1.3766233766233766, exactly 106/77
w03 betweenness_w: 34.333333333333336, exactly 103/3

$ samnet centrality tests/data/davis --raw --measures degree,betweenness,betweenness_w --format json | /usr/bin/python3 tests/cli/numbers_oracle.py tests/data/davis w03
degree: 18 of 18 actors agree
betweenness: 18 of 18 actors agree
betweenness_w: 18 of 18 actors agree
w03 degree: 17, exactly 17
w03 betweenness: 1.3766233766233766, exactly 106/77
w03 betweenness_w: 34.333333333333336, exactly 103/3

$ samnet centrality tests/data/davis --raw --measures betweenness_w --format tsv | sed -n 2p
1	w03	Theresa Anderson	other			0	34.333333333333336

# 300 doubles of every magnitude from 1e-90 to 1e90 (seeded), typed as weights: each one
# comes back from CSV as the same double, in as few digits as Python's repr() (the shortest
# text that reads back).
$ w=$(/usr/bin/python3 -c "import random, math; r = random.Random(17); print(','.join(repr(math.ldexp(1 + r.getrandbits(52) / 2**52, r.randint(-300, 300))) for _ in range(300)))"); samnet power --weights "$w" --quota 1 --indices shapley --method montecarlo --samples 1 --format csv | /usr/bin/python3 -c "import csv, sys; w = sys.argv[1].split(','); got = [r['weight'] for r in csv.DictReader(sys.stdin)]; digits = lambda t: len(t.split('e')[0].replace('.', '').strip('0')); print(sum(float(g) == float(x) for g, x in zip(got, w)), 'of', len(w), 'read back,', sum(digits(g) == digits(x) for g, x in zip(got, w)), 'as short as repr()')" "$w"
300 of 300 read back, 300 as short as repr()

# The table format shows --digits significant digits (default 4), whatever the command.
$ samnet centrality tests/data/davis --raw --measures betweenness_w --top 1 | tail -1
   1  w03  Theresa Anderson  other                                       0          34.33

$ samnet centrality tests/data/davis --raw --measures betweenness_w --top 1 --digits 10 | tail -1
   1  w03  Theresa Anderson  other                                       0    34.33333333

# Shares: Regionsamverkan Sydsverige's six regions hold 2 750 635 of Sweden's 10 587 710
# inhabitants (SCB, 31 Dec 2024).  The table shows 25.98 %; JSON and CSV carry the
# fraction 2750635 / 10587710 to the last bit, and JSON meta says it is a fraction.
$ samnet coalition -c sydsverige | grep -E '^(population_share|ratio)|^region-12'
population_share      25.98 %
ratio                  0.4659
region-12  Region Skåne           region  Skåne län          1428626           13.49 %   0.01946

$ samnet coalition -c sydsverige --format json | grep '"measure": "population_share"'
    {"measure": "population_share", "value": 0.2597950831671816},

$ samnet coalition -c sydsverige --format json | /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); v=[r['value'] for r in d['coalition'] if r['measure']=='population_share'][0]; print(v == 2750635 / 10587710, d['meta']['year'] + 1, d['meta']['shares'])"
True 2025 fractions of 1 (the table format shows percentages)

$ samnet coalition -c sydsverige --format csv | grep '^population_share,'
population_share,0.2597950831671816

$ samnet coalition -c sydsverige --digits 6 | grep -E '^(population_share|ratio)'
population_share     25.9795 %
ratio                  0.46593

# --digits changes the table only; machine formats are exact whatever it says.
$ samnet coalition -c sydsverige --digits 2 --format csv | grep '^population_share,'
population_share,0.2597950831671816

$ samnet coalition -c sydsverige --digits 0
samnet coalition: --digits expects a whole number 1..17, got '0'
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --digits 18
samnet coalition: --digits expects a whole number 1..17, got '18'
Try 'samnet coalition --help'.
? 2

# Meta numbers are JSON numbers, not strings.
$ samnet communities --format json | /usr/bin/python3 -c "import json,sys; m=json.load(sys.stdin)['meta']; print(*('%s %s' % (k, 'number' if type(m[k]) in (int, float) else type(m[k]).__name__) for k in ('dataset', 'year', 'seed', 'vertices', 'resolution', 'communities', 'modularity')))"
dataset str year number seed number vertices number resolution number communities number modularity number

# NaN: an itinerant z-score whose expected variance is 0 is 0/0 (nan), not missing.  Tables,
# CSV and TSV print nan; JSON prints null and lists it under "nonfinite" by JSON Pointer.
$ samnet brokerage tests/data/mini --format csv | sed -n 2p
1,malmo,Malmö,kommun,Skåne län,2,0.8333333333333331,0,nan,3,2.160579424199874,3,2.160579424199874,2,2.39791576165636,10,2.538981798168031

$ samnet brokerage tests/data/mini --wide | grep '^   1'
   1  malmo    Malmö                         kommun      Skåne län               2         0.8333          0          nan               3             2.161           3         2.161        2      2.398     10    2.539

$ samnet brokerage tests/data/mini --format json | grep -A2 '"nonfinite"'
  "nonfinite": {
    "/brokerage/0/itinerant_z": "nan",
    "/brokerage/1/itinerant_z": "nan",

# A JSON reader restores them, and tells them from a missing value (Almi has no
# territory: its population is missing, a null that "nonfinite" does not list).
$ samnet brokerage tests/data/mini --format json | /usr/bin/python3 -c "import json,sys; d=json.load(sys.stdin); [d[p.split('/')[1]][int(p.split('/')[2])].__setitem__(p.split('/')[3], float(v)) for p, v in d['nonfinite'].items()]; print(d['brokerage'][0]['itinerant_z'], len(d['nonfinite']))"
nan 10

$ samnet centrality tests/data/mini --measures degree --format csv | grep almi
4,almi,"Almi Företagspartner Syd, AB",company,,,1428626,0.6000000000000001

$ samnet centrality tests/data/mini --measures degree --format json | grep -c nonfinite
0
? 1

# Infinity: 2^1101 winning coalitions overflow a double.
$ samnet power --weights $(/usr/bin/python3 -c "print(','.join(['1'] * 1101))") --quota 551 --indices banzhaf | grep '^winning'
winning coalitions: inf

$ samnet power --weights $(/usr/bin/python3 -c "print(','.join(['1'] * 1101))") --quota 551 --indices banzhaf --format json | grep -E 'winning|nonfinite' -A1
    "winning coalitions": null,
    "power of the collectivity to act": 0.5000000000000002,
--
  "nonfinite": {
    "/meta/winning coalitions": "inf"
  }

# Excel: a text cell that begins with =, +, -, @, a tab or a carriage return gets an
# apostrophe (the OWASP rule against CSV injection); numbers, negative ones too, stay numbers.
$ samnet centrality tests/data/terminal --measures degree --format excel | sed -n 2,5p
1;a4;'+46 40 123 45;company;;;0;1
2;a1;"'=HYPERLINK(""http://evil.example/"",""click"")";company;;;0;0,5
3;a2;'-1+2;company;;;0;0,5
4;a3;'@SUM(A1:A9);company;;;0;0,5

$ samnet summary tests/data/mini --structure --format excel | tail -1
county;5;2;-0,42857142857142855;-0,16666666666666635;1

# CSV and JSON carry names as they are.
$ samnet centrality tests/data/terminal --measures degree --format csv | sed -n 3p
2,a1,"=HYPERLINK(""http://evil.example/"",""click"")",company,,,0,0.5

# Terminal control characters in names (DEL, the C1 control U+009B; ESC and BEL are
# refused at load, tests/bad/xml.t) are
# escaped in tables, never printed raw; machine formats keep the bytes.  (The name column is
# 30 wide: a1's 44-character name is cut to fit 100 columns.)
$ samnet centrality tests/data/terminal --measures degree | tail -3
   5  a5  Red \x9b31malert\x9b0m             company                                       0     0.5
   6  a6  CSI \x9b2J here                    company                                       0     0.5
   7  a7  Two DEL\x7f\x7f                    company                                       0     0.5

$ samnet centrality tests/data/terminal --measures degree | LC_ALL=C grep -c "$(printf '\033\\|\302\233\\|\007\\|\177')"
0
? 1

$ samnet centrality tests/data/terminal --measures degree --format csv | LC_ALL=C grep -c "$(printf '\033\\|\302\233\\|\007\\|\177')"
3
