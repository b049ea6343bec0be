# samnet coalition on tests/data/mini; the figures are worked by hand in
# tests/check_coalition.c (population: SCB 2024; PageRank: NetworkX 2.8.8).

$ samnet coalition tests/data/mini --format csv
measure,value
members,3
members_in_network,3
population,1773700
national_population,10587710
population_share,0.1675244221838339
pagerank_share,0.5754391462247899
strength_share,0.5833333333333334
ratio,3.434956758682793
internal_ties,3
internal_density,1
external_ties,5
external_partners,3
shared_projects,2
joint_projects,1

id,name,type,territory_name,population,population_share,pagerank
skane,Region Skåne,region,Skåne län,1428626,0.13493248303929745,0.20320909864192438
malmo,Malmö,kommun,Malmö,365644,0.03453475775214848,0.2788269434007861
halland,Region Halland,region,Hallands län,345074,0.032591939144536446,0.09340310418207932

id,name,members
p1,Greater Copenhagen,3
p2,Innovation Skåne,2

# A selector's code list continues after commas; Lund University adds no territory of its own
# beyond Skåne, so the population is again Skåne + Halland.
$ samnet coalition tests/data/mini --members regions:12,13,lu --format csv | sed -n 4p
population,1773700

$ samnet coalition tests/data/mini --members nobody
samnet coalition: --members: unknown actor 'nobody'
Try 'samnet coalition --help'.
? 2

$ samnet coalition tests/data/mini --members kommuner:13
samnet coalition: --members: selector 'kommuner:13' matches no actor
Try 'samnet coalition --help'.
? 2

$ samnet coalition tests/data/mini --coalition north
samnet coalition: no coalition named 'north' (samnet coalition --all lists them)
Try 'samnet coalition --help'.
? 2

$ samnet coalition tests/data/mini --all --members lu
samnet coalition: give one of --coalition, --members and --all
Try 'samnet coalition --help'.
? 2

$ samnet coalition tests/data/mini --all --format tsv
coalition	members	population	population_share	pagerank_share	ratio	internal_density	shared_projects
south	3	1773700	0.1675244221838339	0.5754391462247899	3.434956758682793	1	2
