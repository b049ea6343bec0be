# Population: which actors carry it, which year's figures count, and games
# whose players carry none.  Figures are SCB's (31 December) as bundled in
# datasets/sweden/territories.csv: Lund 131 590 (2024), Hallands län 346 090
# (2025), Kronobergs län 203 121 (2025); Sweden 10 587 710 (2024) and
# 10 605 535 (2025), the "Riket" rows of the SCB reference table.

# Only actors that represent a territory carry its population.  Lunds
# universitet lies in Skåne but speaks for nobody's population, so Lund and
# the university together hold Lund's people: 131590 / 10587710 = 0.012428561
# (1.24 %), not Skåne's 1 428 626 (13.49 %).
$ samnet coalition --members kommun-1281,lunds-universitet --format csv | sed -n 4,6p
population,131590
national_population,10587710
population_share,0.01242856103916711

# The output says which rule it used.
$ samnet coalition --members kommun-1281,lunds-universitet | sed -n 1,3p
dataset: sweden (bundled)
year: 2024
population_rule: territorial actors only (region, kommun, lansstyrelse)

# In the members table the university keeps its territory but has no population.
$ samnet coalition --members kommun-1281,lunds-universitet --format csv | grep '^lunds-universitet,'
lunds-universitet,Lunds universitet,university,Skåne län,,,0.001632546848761298

# The HTML report says it too.
$ d=$(mktemp -d) && samnet report -o "$d/r.html" && grep -o 'Population rule: [^.]*' "$d/r.html"; rm -rf "$d"
Population rule: territorial actors only (region, kommun, lansstyrelse)

# A represents column overrides the type rule: a territory code or "none".
# The fixture: Regeringen (an agency) represents SE, Skånes kommuner (an
# association) county 12, and a kommun's culture department ("none") nothing;
# skane and malmo follow the type rule.
$ samnet validate tests/data/represents --wide | sed -n 3,4p
population_rule: territorial actors (region, kommun, lansstyrelse), overridden by the represents column of actors.csv
actors carrying population: 4

$ samnet coalition tests/data/represents --members staten,lu --format csv | sed -n 4,6p
population,10587710
national_population,10587710
population_share,1

# Skånes kommuner represent Skåne (1 428 626), which contains Malmö: counted once.
$ samnet coalition tests/data/represents --members skanes-kommuner,malmo --format csv | sed -n 4p
population,1428626

$ samnet coalition tests/data/represents --members malmo-kultur,lu --format csv | sed -n 4,6p
population,0
national_population,10587710
population_share,0

# --year takes every year from the earliest to the latest figure (2021-2025).
# Kommun figures exist for 2021 and 2024 only: each territory takes its
# latest figure at or before the year, and the meta says where they come from.
$ samnet centrality --year 2022 --top 1 | sed -n 1,4p
dataset: sweden (bundled)
year: 2022
population_years: 2022 (22 territories), 2021 (290 territories)
population_rule: territorial actors only (region, kommun, lansstyrelse)

# Region Norrbotten's own population is its county's 2023 figure.
$ samnet centrality --year 2023 --top 1 --format csv | cut -d, -f2,6 | sed -n 2p
region-25,248480

$ samnet communities --year 2025 | sed -n 3p
population_years: 2025 (22 territories), 2024 (290 territories)

# In 2025 Lund counts its 2024 people and Region Halland its county's 2025
# people: 131590 + 346090 = 477680 of 10605535.
$ samnet coalition --members kommun-1281,region-13 --year 2025 --format csv | sed -n 4,5p
population,477680
national_population,10605535

# Kronoberg's eight kommuner and its länsstyrelse form one community: the
# länsstyrelse represents the county, 203 121 in 2025.
$ samnet communities --year 2025 --format csv | grep -c ',9,9,kommun:8 lansstyrelse:1,1,203121,'
1

$ d=$(mktemp -d) && for y in 2022 2023 2025; do samnet report --year $y -o "$d/r$y.html" || echo "report $y failed"; done; ls "$d"; rm -rf "$d"
r2022.html
r2023.html
r2025.html

# Years outside the table are an error naming the range.
$ samnet centrality --year 2020
samnet: --year 2020: the territory tree has population figures for 2021 to 2025
? 2

$ samnet coalition --year 2026
samnet: --year 2026: the territory tree has population figures for 2021 to 2025
? 2

# Players that carry no population still play for equal or column weights.
# votes 1, 1, 2 with quota 3 (>50 % of 4): winning {almi, vinnova}, {eruf,
# vinnova}, {all}; vinnova swings in all three, almi and eruf in one each:
# Banzhaf 0.2, 0.2, 0.6; vinnova is pivotal in 4 of 6 orders, Shapley 1/6,
# 1/6, 2/3 (by hand).
$ samnet power tests/data/represents --players almi,eruf,vinnova --weight votes --indices banzhaf,shapley --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,shapley,banzhaf_ratio,shapley_ratio
almi,Almi Företagspartner AB,1,0.25,0.2,0.25,0.16666666666666666,0.8,0.6666666666666666
eruf,Europeiska regionala utvecklingsfonden,1,0.25,0.2,0.25,0.16666666666666666,0.8,0.6666666666666666
vinnova,Vinnova,2,0.5,0.6,0.75,0.6666666666666666,1.2,1.3333333333333333

$ samnet power tests/data/represents --players almi,eruf --weight equal --indices banzhaf --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,banzhaf_ratio
almi,Almi Företagspartner AB,1,0.5,0.5,0.5,1
eruf,Europeiska regionala utvecklingsfonden,1,0.5,0.5,0.5,1

# A university player, the same game.
$ samnet power tests/data/represents --players lu,almi,vinnova --weight votes --indices banzhaf --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,banzhaf_ratio
lu,Lunds universitet,1,0.25,0.2,0.25,0.8
almi,Almi Företagspartner AB,1,0.25,0.2,0.25,0.8
vinnova,Vinnova,2,0.5,0.6,0.75,1.2

# On the bundled data: two agencies without a territory, one vote each.
$ samnet power --players tillvaxtverket,kulturradet --weight equal --indices banzhaf --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,banzhaf_ratio
tillvaxtverket,Tillväxtverket,1,0.5,0.5,0.5,1
kulturradet,Kulturrådet,1,0.5,0.5,0.5,1

# Population weights need players that carry population.
$ samnet power tests/data/represents --players lu,almi
samnet: every player has weight 0 (only actors that represent a territory carry population; see population_rule)
? 3
