# Sweden is data, not code: a small Norwegian dataset (tests/data/norway: five
# fylker and four kommuner of 2024, a level column naming land, fylke and
# kommune) loads, expands kommune selectors through its own tree and gives a
# coalition's population share.  Expected by hand from the fixture's figures:
# Rogaland 499417 + Møre og Romsdal 270624 + Vestland 651299 (Bergen lies in
# Vestland and counts once) = 1421340 of 2622054 (the five fylker).

$ samnet validate tests/data/norway --format csv | grep -E '^(10|11|line),'
line,project,selector,actors
10,storbyene,kommuner:11,1
11,storbyene,kommuner:46,1

$ samnet coalition tests/data/norway -c vestlandet --format csv | grep -E '^(population|national_population|population_share),'
population,1421340
national_population,2622054
population_share,0.5420712159246148
