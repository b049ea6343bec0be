# samnet power: golden tests.  Expected values come from the literature or an
# independent oracle, never from samnet's own output.
#
# EEC Council of Ministers 1958, weights 4,4,4,2,2,1, quota 12 (Felsenthal and
# Machover 1998): normalised Banzhaf 5/21 = 0.238095 x3, 3/21 = 0.142857 x2, 0;
# absolute Banzhaf 10/32, 6/32, 0; Shapley-Shubik 14/60 = 0.233333, 9/60 = 0.15, 0.
# Johnston 1/4, 1/8; Deegan-Packel 5/24, 3/16; Holler 1/5; Coleman prevent
# 5/7, 3/7 and initiate 1/5, 3/25: a naive Python implementation of the
# definitions with exact fractions (see tests/check_power.c).  Ratios are the
# index divided by the weight share 4/17, 2/17.

$ samnet power --weights 4,4,4,2,2,1 --quota 12 --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,shapley,johnston,deegan_packel,holler,coleman_prevent,coleman_initiate,banzhaf_ratio,shapley_ratio
1,,4,0.23529411764705882,0.23809523809523808,0.3125,0.23333333333333334,0.25,0.20833333333333334,0.2,0.7142857142857143,0.2,1.0119047619047619,0.9916666666666667
2,,4,0.23529411764705882,0.23809523809523808,0.3125,0.23333333333333334,0.25,0.20833333333333334,0.2,0.7142857142857143,0.2,1.0119047619047619,0.9916666666666667
3,,4,0.23529411764705882,0.23809523809523808,0.3125,0.23333333333333334,0.25,0.20833333333333334,0.2,0.7142857142857143,0.2,1.0119047619047619,0.9916666666666667
4,,2,0.11764705882352941,0.14285714285714285,0.1875,0.15,0.125,0.1875,0.2,0.42857142857142855,0.12,1.2142857142857142,1.275
5,,2,0.11764705882352941,0.14285714285714285,0.1875,0.15,0.125,0.1875,0.2,0.42857142857142855,0.12,1.2142857142857142,1.275
6,,1,0.058823529411764705,0,0,0,0,0,0,0,0,0,0

# Issue 6: Shapley-Shubik for [50; 10,10,20,30] is 1/12, 1/12, 1/4, 7/12.
$ samnet power --weights 10,10,20,30 --names A,B,C,D --quota 50 --indices shapley --format csv
id,name,weight,weight_share,shapley,shapley_ratio
1,A,10,0.14285714285714285,0.08333333333333333,0.5833333333333334
2,B,10,0.14285714285714285,0.08333333333333333,0.5833333333333334
3,C,20,0.2857142857142857,0.25,0.875
4,D,30,0.42857142857142855,0.5833333333333334,1.3611111111111114

# Issue 6: absolute Banzhaf for [12; 8,6,4,2] is 0.625, 0.375, 0.375, 0.125, by every method.
$ samnet power --weights 8,6,4,2 --quota 12 --indices banzhaf --method brute --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,banzhaf_ratio
1,,8,0.4,0.4166666666666667,0.625,1.0416666666666667
2,,6,0.3,0.25,0.375,0.8333333333333334
3,,4,0.2,0.25,0.375,1.25
4,,2,0.1,0.08333333333333333,0.125,0.8333333333333333

# The method used is stated; Monte Carlo adds its intervals.
$ samnet power --weights 8,6,4,2 --quota 12 --indices banzhaf,shapley --method montecarlo --samples 1000 | grep -E '^(method|monte)'
method banzhaf: montecarlo
method shapley: montecarlo
monte carlo: 1000 samples, seed 1, 95% Wilson intervals

# Minimal winning coalitions of the EEC game: {F,G,I} and the three {two large, B, NL}.
$ samnet power --weights 4,4,4,2,2,1 --names F,D,I,B,NL,L --quota 12 --indices banzhaf --minimal --format csv | tail -5
coalition,size,weight,weight_share,members
1,3,12,0.7058823529411765,1 2 3
2,4,12,0.7058823529411765,1 2 4 5
3,4,12,0.7058823529411765,1 3 4 5
4,4,12,0.7058823529411765,2 3 4 5

# 21 regions, 2024 populations, "members>=11 and population>=65%": checked against an
# independent plain-Python enumeration of all 2^21 coalitions (same figures to 6 digits).
$ samnet power --year 2024 --rule "members>=11 and population>=65%" --indices banzhaf,shapley --format csv | head -4
id,name,weight,weight_share,banzhaf,banzhaf_abs,shapley,banzhaf_ratio,shapley_ratio
region-01,Region Stockholm,2473307,0.23360169479519177,0.18635593020032704,0.330841064453125,0.24655792264151397,0.7977507627404542,1.055462901746845
region-03,Region Uppsala,407912,0.03852693358620514,0.044053469248306255,0.07820892333984375,0.03908446214947763,1.143446029768638,1.0144711377567852
region-04,Region Sörmland,301542,0.02848037960994398,0.03524363489467951,0.06256866455078125,0.02994649399448161,1.2374706860428968,1.051478049261174

# Errors: a quota above the total weight, a bad rule (with its position), bad weights.
$ samnet power --weights 4,4,1 --quota 10
samnet power: --quota: quota 10 exceeds the total weight 9
Try 'samnet power --help'.
? 2
$ samnet power --rule "members>=11 and pop>=65%"
samnet power: --rule: unknown weight 'pop' at position 17; known: members, population, sqrt-population
Try 'samnet power --help'.
? 2
$ samnet power --weights 4,x,1
samnet power: --weights: 'x' (weight 2) is not a non-negative number
Try 'samnet power --help'.
? 2
$ samnet power --weights 4,4,1 --rule "weight>=5" --quota 5
samnet power: give either --quota or --rule, not both
Try 'samnet power --help'.
? 2
$ samnet power --weights 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1 --indices holler
samnet: enumerating all coalitions is limited to 25 players, the game has 26; use the exact or montecarlo method (Johnston, Deegan-Packel, Holler and coalition lists need enumeration)
? 5

# Myerson (1977): majority of three, [2; 1,1,1], on the line 1 - 2 - 3: the Myerson value
# (Shapley-Shubik of the graph-restricted game) is 1/6, 2/3, 1/6.  The rest by hand from
# the winning coalitions {1,2}, {2,3}, {1,2,3}: swings 1, 3, 1 (Banzhaf 1/5, 3/5, 1/5,
# absolute 1/4, 3/4, 1/4); Johnston 1/6, 2/3, 1/6; minimal winning {1,2}, {2,3}
# (Deegan-Packel 1/4, 1/2, 1/4, Holler the same); Coleman prevent = swings / 3,
# initiate = swings / 5.
$ samnet power --weights 1,1,1 --quota 2 --graph 1-2,2-3 --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,shapley,johnston,deegan_packel,holler,coleman_prevent,coleman_initiate,banzhaf_ratio,shapley_ratio
1,,1,0.3333333333333333,0.2,0.25,0.16666666666666666,0.16666666666666666,0.25,0.25,0.3333333333333333,0.2,0.6000000000000001,0.5
2,,1,0.3333333333333333,0.6,0.75,0.6666666666666666,0.6666666666666666,0.5,0.5,1,0.6,1.8,2
3,,1,0.3333333333333333,0.2,0.25,0.16666666666666666,0.16666666666666666,0.25,0.25,0.3333333333333333,0.2,0.6000000000000001,0.5
$ samnet power --weights 1,1,1 --graph 1-4
samnet power: --graph: '1-4' is not a tie I-J between players 1..3
Try 'samnet power --help'.
? 2
$ samnet power --connected --players type=kommun --indices banzhaf
samnet: games restricted to a communication graph are limited to 64 players, this one has 289
? 5

# Owen (1977): majority of three where players 1 and 2 form a union; of the orderings
# that keep the union together (123, 213, 312, 321) 1 and 2 are pivotal in two each.
$ samnet power --weights 1,1,1 --quota 2 --blocs u,u,v --indices shapley --format csv
id,name,weight,weight_share,shapley,owen,shapley_ratio,bloc
1,,1,0.3333333333333333,0.3333333333333333,0.5,1,u
2,,1,0.3333333333333333,0.3333333333333333,0.5,1,u
3,,1,0.3333333333333333,0.3333333333333333,0,1,v
$ samnet power --weights 1,1,1 --blocs u,v
samnet power: --blocs gives 2 labels for 3 players
Try 'samnet power --help'.
? 2

# Without --indices a Monte Carlo run computes the indices sampling can give.
$ samnet power --weights 4,4,4,2,2,1 --quota 12 --method montecarlo --samples 100 | grep -E '^(quota|method)'
quota weight: 12 of 17
method banzhaf: montecarlo
method shapley: montecarlo
method coleman: montecarlo

# Beyond 25 players the minimal coalitions are counted, not listed: 30 equal players,
# quota 16, have C(30,16) = 145422675 minimal winning and C(30,15) = 155117520 minimal
# blocking coalitions.
$ samnet power --weights 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1 --quota 16 --indices banzhaf --minimal --blocking | grep '^minimal'
minimal winning coalitions: 145422675 (counted; too many players to list)
minimal blocking coalitions: 155117520 (counted; too many players to list)

# --blocs communities: each player's bloc is its Leiden community in the actor
# projection, numbered as `samnet communities` prints them with the same seed.
# Länsstyrelsen i Stockholms län and i Västernorrlands län share community 1 with
# the regions, so vote together; the others are alone in theirs or take part in
# no project (no bloc, left out here).
$ samnet power --players type=lansstyrelse --weight population --blocs communities --indices owen --format csv | awk -F, 'NR == 1 || $NF != ""'
id,name,weight,weight_share,owen,bloc
lst-01,Länsstyrelsen i Stockholms län,2473307,0.23360169479519177,0.28115703525920244,community 1
lst-07,Länsstyrelsen i Kronobergs län,203351,0.019206325069349273,0.016267057675726407,community 2
lst-08,Länsstyrelsen i Kalmar län,246352,0.023267732115821078,0.020361501243854184,community 3
lst-10,Länsstyrelsen i Blekinge län,157223,0.014849575592833578,0.012697991722759525,community 4
lst-22,Länsstyrelsen i Västernorrlands län,241458,0.0228054980727655,0.02769001724110083,community 1
lst-23,Länsstyrelsen i Jämtlands län,132839,0.012546528002750358,0.010509107335732723,community 5
lst-24,Länsstyrelsen i Västerbottens län,281138,0.02655323955794029,0.023309378959533757,community 6

$ samnet communities --format csv | grep -E '^lst-(01|07|08|22),' | cut -d, -f1,5
lst-22,1
lst-01,1
lst-07,2
lst-08,3

$ samnet power --blocs regions
samnet power: --blocs takes 'coalitions' or 'communities' with a dataset, not 'regions'
Try 'samnet power --help'.
? 2
