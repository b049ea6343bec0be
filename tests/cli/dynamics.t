# samnet dynamics on tests/data/dynamics: every figure below is worked out by
# hand in the comment at the top of tests/check_dynamics.c (slices 2019-2024,
# p5 undated; ties kept 4/4 3/6 4/4 4/10 2/4, Jaccard 4/6 3/7 4/10 4/10 2/4;
# events growth, continue / birth, death, continue / two merges / two splits /
# shrink, continue).  Degree ranks share the best rank of a tie (1, 1, 1, 4, 4).
$ samnet dynamics tests/data/dynamics --wide
dataset: tests/data/dynamics
window: 1
step: 1
from: 2019
to: 2024
projection: count
communities: louvain (modularity, seed 1)
slices_at_bound: 0
match_threshold: 0.3
projects_undated: 1
population_year: each slice's last year, within the tree's range
population_rule: territorial actors only (region, kommun, lansstyrelse)

Slices
slice  actors  projects  ties  density  components  largest_component  mean_degree  population_share  ties_kept  ties_jaccard  entering  leaving  communities
2019        5         2     4      0.4           2               60 %          1.6              60 %                                                        2
2020        6         2     6      0.4           2               50 %            2              60 %      100 %        0.6667         1        0            2
2021        5         2     4      0.4           2               60 %          1.6             100 %       50 %        0.4286         1        2            2
2022        5         2    10        1           1              100 %            4             100 %      100 %           0.4         0        0            1
2023        5         2     4      0.4           2               60 %          1.6             100 %       40 %           0.4         0        0            2
2024        4         2     2   0.3333           2               50 %            1             100 %       50 %           0.5         0        1            2

Ranks
slice  id  name         measure  value  rank
2019   ra  Region A     degree       2     1
2019   u1  Universitet  degree       2     1
2019   c1  Bolag B      degree       2     1
2019   c2  Bolag A      degree       1     4
2019   n1  Förening B   degree       1     4
2020   ra  Region A     degree       2     1
2020   u1  Universitet  degree       2     1
2020   c1  Bolag B      degree       2     1
2020   c2  Bolag A      degree       2     1
2020   n1  Förening B   degree       2     1
2020   n2  Förening A   degree       2     1
2021   ra  Region A     degree       1     4
2021   rb  Region B     degree       1     4
2021   c2  Bolag A      degree       2     1
2021   n1  Förening B   degree       2     1
2021   n2  Förening A   degree       2     1
2022   ra  Region A     degree       4     1
2022   rb  Region B     degree       4     1
2022   c2  Bolag A      degree       4     1
2022   n1  Förening B   degree       4     1
2022   n2  Förening A   degree       4     1
2023   ra  Region A     degree       1     4
2023   rb  Region B     degree       1     4
2023   c2  Bolag A      degree       2     1
2023   n1  Förening B   degree       2     1
2023   n2  Förening A   degree       2     1
2024   ra  Region A     degree       1     1
2024   rb  Region B     degree       1     1
2024   c2  Bolag A      degree       1     1
2024   n1  Förening B   degree       1     1

Community events
slice  event     previous  current  previous_size  current_size  jaccard
2020   growth           2        2              2             3   0.6667
2020   continue         1        1              3             3        1
2021   birth                     1                            2
2021   death            1                       3
2021   continue         2        2              3             3        1
2022   merge            1        1              2             5      0.4
2022   merge            2        1              3             5      0.6
2023   split            1        1              5             2      0.4
2023   split            1        2              5             3      0.6
2024   shrink           2        2              3             2   0.6667
2024   continue         1        1              2             2        1
# CSV carries shares as fractions; undefined figures (no previous slice) are empty.
$ samnet dynamics tests/data/dynamics --measures none -f csv
slice,actors,projects,ties,density,components,largest_component,mean_degree,population_share,ties_kept,ties_jaccard,entering,leaving,communities
2019,5,2,4,0.4,2,0.6,1.6,0.6,,,,,2
2020,6,2,6,0.4,2,0.5,2,0.6,1,0.6666666666666666,1,0,2
2021,5,2,4,0.4,2,0.6,1.6,1,0.5,0.42857142857142855,1,2,2
2022,5,2,10,1,1,1,4,1,1,0.4,0,0,1
2023,5,2,4,0.4,2,0.6,1.6,1,0.4,0.4,0,0,2
2024,4,2,2,0.3333333333333333,2,0.5,1,1,0.5,0.5,0,1,2

slice,event,previous,current,previous_size,current_size,jaccard
2020,growth,2,2,2,3,0.6666666666666666
2020,continue,1,1,3,3,1
2021,birth,,1,,2,
2021,death,1,,3,,
2021,continue,2,2,3,3,1
2022,merge,1,1,2,5,0.4
2022,merge,2,1,3,5,0.6
2023,split,1,1,5,2,0.4
2023,split,1,2,5,3,0.6
2024,shrink,2,2,3,2,0.6666666666666666
2024,continue,1,1,2,2,1
# Windows of two years, every two years: 2019-2020 holds p1 p2 p3 (6 ties),
# 2021-2022 p3 p4 p6 (K5, 10 ties: 3 of the 6 kept, Jaccard 3/13) whose weights
# (c2-n1, c2-n2, n1-n2, ra-rb twice) make two communities
# (Q = 2/14 - (10/28)^2 + 6/14 - (18/28)^2 = 0.0306 > 0), {ra,rb} born, {ra,u1,c1} dead.
$ samnet dynamics tests/data/dynamics --measures none --window 2 --step 2 -f json
{
  "command": "dynamics",
  "meta": {
    "dataset": "tests/data/dynamics",
    "window": 2,
    "step": 2,
    "from": 2019,
    "to": 2023,
    "projection": "count",
    "communities": "louvain (modularity, seed 1)",
    "slices_at_bound": 0,
    "match_threshold": 0.3,
    "projects_undated": 1,
    "population_year": "each slice's last year, within the tree's range",
    "population_rule": "territorial actors only (region, kommun, lansstyrelse)",
    "shares": "fractions of 1 (the table format shows percentages)"
  },
  "slices": [
    {"slice": "2019-2020", "actors": 6, "projects": 3, "ties": 6, "density": 0.4, "components": 2, "largest_component": 0.5, "mean_degree": 2, "population_share": 0.6, "ties_kept": null, "ties_jaccard": null, "entering": null, "leaving": null, "communities": 2},
    {"slice": "2021-2022", "actors": 5, "projects": 3, "ties": 10, "density": 1, "components": 1, "largest_component": 1, "mean_degree": 4, "population_share": 1, "ties_kept": 0.5, "ties_jaccard": 0.23076923076923078, "entering": 1, "leaving": 2, "communities": 2},
    {"slice": "2023-2024", "actors": 5, "projects": 3, "ties": 4, "density": 0.4, "components": 2, "largest_component": 0.6, "mean_degree": 1.6, "population_share": 1, "ties_kept": 0.4, "ties_jaccard": 0.4, "entering": 0, "leaving": 0, "communities": 2}
  ],
  "community_events": [
    {"slice": "2021-2022", "event": "birth", "previous": null, "current": 1, "previous_size": null, "current_size": 2, "jaccard": null},
    {"slice": "2021-2022", "event": "death", "previous": 1, "current": null, "previous_size": 3, "current_size": null, "jaccard": null},
    {"slice": "2021-2022", "event": "continue", "previous": 2, "current": 2, "previous_size": 3, "current_size": 3, "jaccard": 1},
    {"slice": "2023-2024", "event": "continue", "previous": 1, "current": 1, "previous_size": 2, "current_size": 2, "jaccard": 1},
    {"slice": "2023-2024", "event": "continue", "previous": 2, "current": 2, "previous_size": 3, "current_size": 3, "jaccard": 1}
  ]
}
# --top keeps ranks 1..N; PageRank ties within rounding share rank 1.
$ samnet dynamics tests/data/dynamics -m degree,pagerank --top 1 -f tsv --from 2022 --to 2023
slice	actors	projects	ties	density	components	largest_component	mean_degree	population_share	ties_kept	ties_jaccard	entering	leaving	communities
2022	5	2	10	1	1	1	4	1					1
2023	5	2	4	0.4	2	0.6	1.6	1	0.4	0.4	0	0	2

slice	id	name	measure	value	rank
2022	ra	Region A	degree	4	1
2022	rb	Region B	degree	4	1
2022	c2	Bolag A	degree	4	1
2022	n1	Förening B	degree	4	1
2022	n2	Förening A	degree	4	1
2022	ra	Region A	pagerank	0.22350230414746539	1
2022	rb	Region B	pagerank	0.22350230414746539	1
2023	c2	Bolag A	degree	2	1
2023	n1	Förening B	degree	2	1
2023	n2	Förening A	degree	2	1
2023	ra	Region A	pagerank	0.2	1
2023	rb	Region B	pagerank	0.2	1
2023	c2	Bolag A	pagerank	0.2	1
2023	n1	Förening B	pagerank	0.2	1
2023	n2	Förening A	pagerank	0.2	1

slice	event	previous	current	previous_size	current_size	jaccard
2023	split	1	1	5	2	0.4
2023	split	1	2	5	3	0.6
# The SVG is well-formed and draws the five shares and the top actors' ranks.
$ samnet dynamics tests/data/dynamics --svg /tmp/samnet-dynamics-test.svg -f csv -o /dev/null && xmllint --noout /tmp/samnet-dynamics-test.svg && grep -c '<polyline' /tmp/samnet-dynamics-test.svg && rm /tmp/samnet-dynamics-test.svg
9
# A dataset without any date cannot be sliced (exit 3, bad data).
$ samnet dynamics tests/data/mini
samnet: no project has a start or end year
? 3
$ samnet dynamics tests/data/dynamics --from 2022 --to 2020
samnet dynamics: --from 2022 comes after --to 2020
Try 'samnet dynamics --help'.
? 2
$ samnet dynamics tests/data/dynamics --threshold 0
samnet dynamics: --threshold must be above 0
Try 'samnet dynamics --help'.
? 2
$ samnet dynamics tests/data/dynamics --window 0
samnet dynamics: --window must be between 1 and 1000, got 0
Try 'samnet dynamics --help'.
? 2
# --during and --at restrict every command.  2019: p1 and p2 only, so the
# network is ra u1 c1 (a triangle) and c2-n1; 2023: p4 and p7, ra-rb and
# c2 n1 n2.  Centrality (degree, normalised by n-1):
$ samnet centrality tests/data/dynamics -m degree --at 2019
dataset: tests/data/dynamics
year: 2020
population_rule: territorial actors only (region, kommun, lansstyrelse)
projection: count
values: normalized
sort: degree
pagerank_damping: 0.85
during: 2019
projects_outside: 5
projects_undated: 1

Centrality
rank  id  name         type        county  population  partner_population  degree
   1  c1  Bolag B      company     Län B                              600     0.5
   2  ra  Region A     region      Län A          600                   0     0.5
   3  u1  Universitet  university  Län A                              600     0.5
   4  c2  Bolag A      company     Län A                                0    0.25
   5  n1  Förening B   ngo         Län B                                0    0.25
$ samnet centrality tests/data/dynamics -m degree --during 2023-2024
dataset: tests/data/dynamics
year: 2020
population_rule: territorial actors only (region, kommun, lansstyrelse)
projection: count
values: normalized
sort: degree
pagerank_damping: 0.85
during: 2023-2024
projects_outside: 4
projects_undated: 1

Centrality
rank  id  name        type     county  population  partner_population  degree
   1  c2  Bolag A     company  Län A                                0     0.5
   2  n1  Förening B  ngo      Län B                                0     0.5
   3  n2  Förening A  ngo      Län A                                0     0.5
   4  ra  Region A    region   Län A          600                 400    0.25
   5  rb  Region B    region   Län B          400                 600    0.25
$ samnet communities tests/data/dynamics --at 2023 -f csv
community,size,actors,types,counties,population,population_share,density,internal_weight,modularity_contribution,central_members
1,2,2,region:2,2,1000,1,1,1,0.1875,Region A; Region B
2,3,3,company:1 ngo:2,2,0,0,1,3,0.1875,Bolag A; Förening B; Förening A

id,name,type,county,community,internal_strength
ra,Region A,region,Län A,1,1
rb,Region B,region,Län B,1,1
c2,Bolag A,company,Län A,2,2
n1,Förening B,ngo,Län B,2,2
n2,Förening A,ngo,Län A,2,2

with,actors,nmi,adjusted_rand,rand,variation_of_information
county,5,0.020570659450693134,-0.2500000000000002,0.3999999999999999,1.3183347464017316
$ samnet communities tests/data/dynamics --at 2019 -f csv
community,size,actors,types,counties,population,population_share,density,internal_weight,modularity_contribution,central_members
1,3,3,region:1 university:1 company:1,2,600,0.6,1,3,0.1875,Region A; Universitet; Bolag B
2,2,2,company:1 ngo:1,2,0,0,1,1,0.1875,Bolag A; Förening B

id,name,type,county,community,internal_strength
ra,Region A,region,Län A,1,2
u1,Universitet,university,Län A,1,2
c1,Bolag B,company,Län B,1,2
c2,Bolag A,company,Län A,2,1
n1,Förening B,ngo,Län B,2,1

with,actors,nmi,adjusted_rand,rand,variation_of_information
county,5,0.020570659450693134,-0.2500000000000002,0.3999999999999999,1.3183347464017316
# The coalition pair (ra, c2): in 2022 one project (p6) joins them.
$ samnet coalition tests/data/dynamics --at 2022 -f csv
measure,value
members,2
members_in_network,2
population,600
national_population,1000
population_share,0.6
pagerank_share,0.40783410138248843
strength_share,0.4090909090909091
ratio,0.6797235023041475
internal_ties,1
internal_density,1
external_ties,6
external_partners,3
shared_projects,1
joint_projects,1

id,name,type,territory_name,population,population_share,pagerank
ra,Region A,region,Län A,600,0.6,0.22350230414746539
c2,Bolag A,company,Län A,,,0.18433179723502305

id,name,members
p6,Alla,2
$ samnet coalition tests/data/dynamics --at 2019 -f csv
measure,value
members,2
members_in_network,2
population,600
national_population,1000
population_share,0.6
pagerank_share,0.4
strength_share,0.375
ratio,0.6666666666666667
internal_ties,0
internal_density,0
external_ties,3
external_partners,3
shared_projects,0
joint_projects,0

id,name,type,territory_name,population,population_share,pagerank
ra,Region A,region,Län A,600,0.6,0.2
c2,Bolag A,company,Län A,,,0.2

id,name,members
# The report counts only the projects of the interval, and its timeline too;
# its header names the period and what was left out.
$ samnet report tests/data/dynamics --at 2019 | grep -o 'projects active [^·]*'
projects active 2019-2019 (5 outside, 1 undated left out) 
$ samnet report tests/data/dynamics --at 2019 | grep -A1 -e '<td>projects</td>' -e '<td>memberships</td>' -e 'id="timeline"' | tr -d ' '
<td>projects</td>
<tdclass="n"data-v="2">2</td>
--
<td>memberships</td>
<tdclass="n"data-v="5">5</td>
--
<sectionid="timeline">
<h2>Timeline</h2>
$ samnet report tests/data/dynamics | grep -A1 -e '<td>projects</td>' -e '<td>memberships</td>' | tr -d ' '
<td>projects</td>
<tdclass="n"data-v="8">8</td>
--
<td>memberships</td>
<tdclass="n"data-v="22">22</td>
# Bad options.
$ samnet summary tests/data/dynamics --during 2020-19
samnet summary: --during expects a year or a year interval such as 2015-2020, got '2020-19'
Try 'samnet summary --help'.
? 2
$ samnet summary tests/data/dynamics --at 2019-2020
samnet summary: --at expects a four-digit year, got '2019-2020'
Try 'samnet summary --help'.
? 2
$ samnet summary tests/data/dynamics --at 2019 --during 2020
samnet summary: --during and --at may be given once, not together
Try 'samnet summary --help'.
? 2
# samnet generate --years A-B: every start lies in A..B, every end 1 to 4 years
# after its start, and samnet dynamics slices the result from A.
$ d=$(mktemp -d) && samnet generate -n 60 --years 2001-2003 -o "$d/g" -q && awk -F, 'NR > 1 { s[$4]++; if ($5 - $4 < 1 || $5 - $4 > 4) bad++ } END { for (y in s) print y; print "bad", bad + 0 }' "$d/g/projects.csv" | sort && samnet dynamics "$d/g" --measures none -f csv | sed -n 2p | cut -d, -f1; rm -rf "$d"
2001
2002
2003
bad 0
2001
$ samnet generate -n 10 --years 2003-2001 -o /tmp/never
samnet generate: --years expects a year interval A-B within 1000-9990, got '2003-2001'
Try 'samnet generate --help'.
? 2
# --no-communities: no partition, no events table, the meta says so.
$ samnet dynamics tests/data/dynamics --measures none --no-communities -f csv
slice,actors,projects,ties,density,components,largest_component,mean_degree,population_share,ties_kept,ties_jaccard,entering,leaving,communities
2019,5,2,4,0.4,2,0.6,1.6,0.6,,,,,0
2020,6,2,6,0.4,2,0.5,2,0.6,1,0.6666666666666666,1,0,0
2021,5,2,4,0.4,2,0.6,1.6,1,0.5,0.42857142857142855,1,2,0
2022,5,2,10,1,1,1,4,1,1,0.4,0,0,0
2023,5,2,4,0.4,2,0.6,1.6,1,0.4,0.4,0,0,0
2024,4,2,2,0.3333333333333333,2,0.5,1,1,0.5,0.5,0,1,0
$ samnet dynamics tests/data/dynamics --measures none --no-communities | grep '^communities:'
communities: none (--no-communities)
# --method leiden (samnet's Leiden until stable, as samnet communities) finds the same
# hand-computed partitions, hence the same events as the default Louvain above.
$ samnet dynamics tests/data/dynamics --measures none --method leiden | sed -n '/^communities:/p;/^slices_at_bound:/p;/^Community events/,$p'
communities: leiden (modularity, seed 1)
slices_at_bound: 0
Community events
slice  event     previous  current  previous_size  current_size  jaccard
2020   growth           2        2              2             3   0.6667
2020   continue         1        1              3             3        1
2021   birth                     1                            2
2021   death            1                       3
2021   continue         2        2              3             3        1
2022   merge            1        1              2             5      0.4
2022   merge            2        1              3             5      0.6
2023   split            1        1              5             2      0.4
2023   split            1        2              5             3      0.6
2024   shrink           2        2              3             2   0.6667
2024   continue         1        1              2             2        1
$ samnet dynamics tests/data/dynamics --method Louvain
samnet dynamics: unknown slice partition method 'Louvain' (expected louvain or leiden)
Try 'samnet dynamics --help'.
? 2
