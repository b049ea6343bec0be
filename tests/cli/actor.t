# samnet actor: one actor's profile.  Expected values counted by hand.

# Göteborgsregionen (bundled) takes part in two projects, memberships.csv lines
# 83-89 (voc-utveckling-ac: region-24, kommun-2480, kommun-2482 and itself) and
# 108-112 (strukturbilder-vastra-gotaland: region-14, skaraborgs-, fyrbodals-
# kommunalforbund, borasregionen-sjuharad and itself): 7 partners, one shared
# project each, listed by id.  Degree = 7 partners of the 179 other actors.
$ samnet actor goteborgsregionen --format csv | sed -n '/^id,name,role/,/^degree/p'
id,name,role,theme,start,end,members
voc-utveckling-ac,VOC Utveckling AC,partner,kompetensförsörjning,2023,,4
strukturbilder-vastra-gotaland,Strukturbilder i Västra Götaland,member,samhällsplanering,2023,,5

id,name,type,shared_projects
borasregionen-sjuharad,Boråsregionen Sjuhärads kommunalförbund,association,1
fyrbodals-kommunalforbund,Fyrbodals kommunalförbund,association,1
kommun-2480,Umeå,kommun,1
kommun-2482,Skellefteå,kommun,1
region-14,Västra Götalandsregionen,region,1
region-24,Region Västerbotten,region,1
skaraborgs-kommunalforbund,Skaraborgs kommunalförbund,association,1

measure,value,rank,of,percentile,meaning
degree,0.03910614525139665,124,180,18.435754189944134,degree

# A name, case and diacritics folded; a university carries no population.
$ samnet actor 'LUNDS UNIVERSITET' tests/data/mini --format json | python3 -c 'import json,sys; d=json.load(sys.stdin)["meta"]; print(d["id"], d["type"], d["population"], d["coalitions"])'
lu university 0 none

# Region Skåne in the mini dataset.  Its projects: p1 (with halland, malmo) and
# p2 (with lu, malmo, almi): malmo shares 2, the others 1.  Actor projection:
# skane 4 ties, malmo 5 (p1, p2 and p4 with lund), lu 4, almi 3, halland 2,
# lund 2; so skane's degree 4/5 ranks 2nd of 6, above 3 of the 5 others (60).
# Coalition south: Skåne 1428626, Halland 345074, Malmö 365644 people (2024):
# Skåne alone holds 1428626 / 2139344 = 66.78 % > 50 %, a dictator (1, 1).
$ samnet actor skane tests/data/mini --runs 5 --format csv | sed -n '/^id,name,type,shared/,/^degree/p;/^coalition,/,$p'
id,name,type,shared_projects
malmo,Malmö,kommun,2
almi,"Almi Företagspartner Syd, AB",company,1
halland,Region Halland,region,1
lu,Lunds universitet,university,1

measure,value,rank,of,percentile,meaning
degree,0.8,2,6,60,degree
coalition,players,population_share,banzhaf,shapley
south,3,0.667786947774645,1,1

# Malmö in the same game is never pivotal.
$ samnet actor Malmö tests/data/mini --runs 5 --format csv | sed -n '/^coalition,/,$p'
coalition,players,population_share,banzhaf,shapley
south,3,0.17091407459482907,0,0

# --partners N keeps the N first.
$ samnet actor skane tests/data/mini --runs 5 --partners 1 --format tsv | sed -n '/^id	name	type	shared/,+1p'
id	name	type	shared_projects
malmo	Malmö	kommun	2

# Not in the network: a länsstyrelse without projects keeps type, population, coalitions.
$ samnet actor lst-skane tests/data/mini | sed -n 1,12p
dataset: tests/data/mini
id: lst-skane
name: Länsstyrelsen i Skåne län
type: lansstyrelse
territory: 12 (Skåne län)
represents: 12
population: 1428626
year: 2024
population_rule: territorial actors only (region, kommun, lansstyrelse)
coalitions: none
projects: 0
partners: 0

$ samnet actor region tests/data/mini
samnet actor: 'region' names 2 actors: 'skane' (Region Skåne), 'halland' (Region Halland); give the id
Try 'samnet actor --help'.
? 2

$ samnet actor hallnd tests/data/mini
samnet actor: no actor 'hallnd'; did you mean 'halland' (Region Halland)?
Try 'samnet actor --help'.
? 2

$ samnet actor
samnet actor: which actor? give an id or a name
Try 'samnet actor --help'.
? 2

$ samnet actor skane tests/data/mini extra
samnet actor: unexpected argument 'extra' (one DATASET at most)
Try 'samnet actor --help'.
? 2
