# Golden tests of `samnet communities` on tests/data/communities: seven actors,
# projects pn = {r1, k1, u1}, ps = {r2, k3, k2, c1}, px = {u1, k2}; a tree
# SE -> 01 (0101: 100, 0102: 200), 02 (0201: 300).
# The count projection has a triangle, a K4 and the tie u1-k2: m = 10.  By
# hand, the factions A = {r1, k1, u1} (e = 3, K = 7) and B = {r2, k3, k2, c1}
# (e = 6, K = 13) give Q = 0.3 - 0.35^2 + 0.6 - 0.65^2 = 0.355, contributions
# 0.1775 each; python-igraph community_optimal_modularity(weights='weight')
# confirms A, B as the optimum (0.355).  Population: A represents 01 (0101
# inside it) = 300 of 600; B represents 02 and 0102 = 500.
# Comparison with the counties over the five actors that have one:
#   ig.compare_communities([0,0,1,1,1], [0,0,1,1,0], method=...)
#   nmi 0.432538, adjusted_rand 0.166667, rand 0.6, vi 0.763817.

# Leiden finds A, B in its first iteration and the second changes nothing.
$ samnet communities tests/data/communities --compare county | sed -n 1,18p
dataset: tests/data/communities
year: 2024
population_rule: territorial actors only (region, kommun, lansstyrelse)
projection: count
algorithm: leiden
objective: modularity
beta: 0.01
max_iterations: 100
tolerance: 0.0001
resolution: 1
seed: 1
vertices: 7
runs: 1
iterations: 2
stopped_at_bound: no
communities: 2
modularity: 0.355
quality: 0.355

$ samnet communities tests/data/communities --compare county --format tsv
community	size	actors	types	counties	population	population_share	density	internal_weight	modularity_contribution	central_members
1	3	3	region:1 kommun:1 university:1	1	300	0.5	1	3	0.1775	Region Norr; Ettby kommun; Norra universitetet
2	4	4	region:1 kommun:2 company:1	2	500	0.8333333333333334	1	6	0.17749999999999994	Region Söder; Treby kommun; Tvåby kommun

id	name	type	county	community	internal_strength
r1	Region Norr	region	Norra län	1	2
k1	Ettby kommun	kommun	Norra län	1	2
u1	Norra universitetet	university		1	2
r2	Region Söder	region	Södra län	2	3
k3	Treby kommun	kommun	Södra län	2	3
k2	Tvåby kommun	kommun	Norra län	2	3
c1	Söderbolaget	company		2	3

with	actors	nmi	adjusted_rand	rand	variation_of_information
county	5	0.43253806776631265	0.16666666666666635	0.5999999999999999	0.7638170019537753

# An ensemble of 10 runs: every run finds A and B, so the consensus is A, B
# after 0 rounds, the runs agree pairwise (NMI 1, VI 0) and every actor's
# stability is 1.  The comparison with the counties comes by default.  The
# run_seeds line is wrapped at blanks to the table's 100 columns (--wide: one line).
$ samnet communities tests/data/communities --runs 10 | sed -n '/^runs:/,/^modularity/p'
runs: 10
run_seeds: 10451216379200822465 13757245211066428519 17911839290282890590 8196980753821780235
  8195237237126968761 14072917602864530048 16184226688143867045 9648886400068060533
  5266705631892356520 14646652180046636950
consensus_threshold: 0.5
consensus_max_rounds: 20
consensus_rounds: 0
consensus_converged: yes
runs_at_bound: 0
runs_nmi_mean: 1
runs_nmi_min: 1
runs_vi_mean: 0
runs_vi_max: 0
stability_mean: 1
communities: 2
modularity: 0.355

$ samnet communities tests/data/communities --runs 10 --format csv
community,size,actors,types,counties,population,population_share,density,internal_weight,modularity_contribution,central_members
1,3,3,region:1 kommun:1 university:1,1,300,0.5,1,3,0.1775,Region Norr; Ettby kommun; Norra universitetet
2,4,4,region:1 kommun:2 company:1,2,500,0.8333333333333334,1,6,0.17749999999999994,Region Söder; Treby kommun; Tvåby kommun

id,name,type,county,community,internal_strength,stability
r1,Region Norr,region,Norra län,1,2,1
k1,Ettby kommun,kommun,Norra län,1,2,1
u1,Norra universitetet,university,,1,2,1
r2,Region Söder,region,Södra län,2,3,1
k3,Treby kommun,kommun,Södra län,2,3,1
k2,Tvåby kommun,kommun,Norra län,2,3,1
c1,Söderbolaget,company,,2,3,1

with,actors,nmi,adjusted_rand,rand,variation_of_information
county,5,0.43253806776631265,0.16666666666666635,0.5999999999999999,0.7638170019537753

# --compare none leaves the comparison (with the counties by default) out.
$ samnet communities tests/data/communities --compare none --format csv | tail -2
k2,Tvåby kommun,kommun,Norra län,2,3
c1,Söderbolaget,company,,2,3

# Two-mode: a brute force over all 115975 partitions of the 10 vertices
# (tests' barber.py oracle: qb() maximised by best()) puts the maximum of
# Barber's modularity, 37/81 = 0.45679, at {r1, k1, pn}, {u1, k2, px},
# {r2, k3, c1, ps}.
$ samnet communities tests/data/communities --projection two-mode | grep -E '^(communities|barber_modularity):'
communities: 3
barber_modularity: 0.4568

$ samnet communities tests/data/communities --projection two-mode --top 1 --format tsv | sed -n 1,4p
community	size	actors	projects	types	counties	population	population_share	density	internal_weight	modularity_contribution	central_members
1	3	2	1	region:1 kommun:1	1	300	0.5	1	2		pn
2	3	2	1	kommun:1 university:1	1	200	0.3333333333333333	1	2		px
3	4	3	1	region:1 kommun:1 company:1	1	300	0.5	1	3		ps

# Resolution sweep.  At gamma = 0 nothing is penalised: one community per
# component (1), modularity at gamma 1 of a single community 0, quality at
# gamma 0 = share of the weight inside = 1.  At gamma = 1: A, B (0.355).
$ samnet communities tests/data/communities --resolution-sweep 0:1:1 --format csv
resolution,communities,modularity,quality
0,1,0,1
1,2,0.35500000000000004,0.35500000000000004

# The same seed prints the same bytes.
$ a=$(samnet communities --runs 20 --seed 7 --format json); b=$(samnet communities --runs 20 --seed 7 --format json); test "$a" = "$b" && echo identical
identical

$ samnet communities tests/data/communities --algorithm spinglass
samnet communities: unknown community algorithm 'spinglass' (expected leiden, louvain, infomap, walktrap, labelprop or fastgreedy)
Try 'samnet communities --help'.
? 2

$ samnet communities tests/data/communities --resolution -1
samnet communities: --resolution must be between 0 and 1e+09, got -1
Try 'samnet communities --help'.
? 2

$ samnet communities tests/data/communities --resolution-sweep 2:1:0.5
samnet communities: --resolution-sweep needs 0 <= A <= B, STEP > 0 and at most 1000 steps, got '2:1:0.5'
Try 'samnet communities --help'.
? 2

# A partition from a file: north = {r1, k1, k2}, south = {u1, r2, k3, c1}.
#   ig.compare_communities([0,0,0,1,1,1,1], [0,0,1,1,1,0,1], method=...)
#   nmi 0.130006, adjusted_rand 0.0277778, rand 0.52381, vi 1.18825.
$ samnet communities tests/data/communities --compare tests/data/communities/partition.csv --format tsv | tail -2
with	actors	nmi	adjusted_rand	rand	variation_of_information
tests/data/communities/partition.csv	7	0.1300057054876288	0.027777777777777804	0.5238095238095237	1.1882523095313349

$ samnet communities tests/data/communities --compare tests/data/communities/partition_bad.csv
samnet: tests/data/communities/partition_bad.csv:3:1: unknown actor 'zz'
? 3

$ samnet communities tests/data/communities --compare tests/data/communities/no-such.csv
samnet: tests/data/communities/no-such.csv: No such file or directory
? 4
