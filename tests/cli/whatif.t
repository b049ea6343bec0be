# What-if on a coalition (issue 21): samnet coalition and samnet power with --add, --remove,
# --rule and --suggest on datasets/sweden, year 2024.
#
# The issue's example: Region Östergötland (regions:05) joins Sydsverige.  By hand from
# datasets/sweden/territories.csv, population_2024: Sydsverige's six regions
# 06 Jönköping 370009 + 07 Kronoberg 203351 + 08 Kalmar 246352 + 10 Blekinge 157223
# + 12 Skåne 1428626 + 13 Halland 345074 = 2750635 of Sweden's 10587710 (the sum of the 21 län)
# = 25.98 %; with 05 Östergötland 472446: 3223081 = 30.44 %, a gain of 4.462 %.  Neither is a
# population majority.  Inside the coalition, under "population>50%", Skåne (1428626 of
# 2750635, 51.9 %) is a dictator: Banzhaf and Shapley-Shubik 1 for Skåne, 0 for the rest.  With
# Östergötland, Skåne (44.3 %) needs any partner but Blekinge, and the six others together win
# without Skåne: Banzhaf 0.75 / 0.05 / 0 (Blekinge), Shapley-Shubik 2/3 / 1/15 / 0 (brute force
# over all 2^7 coalitions, tests/cli/whatif_oracle.py, run below).  Blocking minorities: Skåne alone in the
# base; Skåne and any member but Blekinge in the scenario.

$ samnet coalition -c sydsverige --add regions:05 datasets/sweden --wide
dataset: datasets/sweden
year: 2024
population_rule: territorial actors only (region, kommun, lansstyrelse)
coalition: sydsverige
rule: population>50%
electorate: 21 actors (the regions)
national_population: 10587710

Base, scenario and difference
coalition  members  in_electorate  population  population_share  rule_met
base             6              6     2750635           25.98 %  no
scenario         7              7     3223081           30.44 %  no
delta            1              1      472446           4.462 %  unchanged

Members' power inside the coalition, before and after
id         name                   status  banzhaf_base  banzhaf_scenario  banzhaf_delta  shapley_base  shapley_scenario  shapley_delta
region-06  Region Jönköpings län  kept               0              0.05           0.05             0           0.06667        0.06667
region-07  Region Kronoberg       kept               0              0.05           0.05             0           0.06667        0.06667
region-08  Region Kalmar län      kept               0              0.05           0.05             0           0.06667        0.06667
region-10  Region Blekinge        kept               0                 0              0             0                 0              0
region-12  Region Skåne           kept               1              0.75          -0.25             1            0.6667        -0.3333
region-13  Region Halland         kept               0              0.05           0.05             0           0.06667        0.06667
region-05  Region Östergötland    added                             0.05                                        0.06667

Blocking minorities inside the coalition: the fewest members who can stop a decision
coalition  size  population_share  members
base          1           13.49 %  region-12
scenario      2           16.99 %  region-06,region-12
scenario      2           15.41 %  region-07,region-12
scenario      2           15.82 %  region-08,region-12
scenario      2           16.75 %  region-12,region-13
scenario      2           17.96 %  region-12,region-05

# The brute-force oracle recomputes every figure from the CSV files, under each rule preset,
# for a scenario that adds two regions, removes one and asks for four suggestions.
$ samnet coalition -c sydsverige --add regions:05 --format json datasets/sweden | python3 tests/cli/whatif_oracle.py datasets/sweden majority
ok

$ samnet coalition -c sydsverige --add regions:05,region-01 --remove region-10 --rule majority --suggest 4 --format json datasets/sweden | python3 tests/cli/whatif_oracle.py datasets/sweden majority
ok

$ samnet coalition -c sydsverige --add regions:05,region-01 --remove region-10 --rule qualified --suggest 4 --format json datasets/sweden | python3 tests/cli/whatif_oracle.py datasets/sweden qualified
ok

$ samnet coalition -c sydsverige --add regions:05,region-01 --remove region-10 --rule double --suggest 4 --format json datasets/sweden | python3 tests/cli/whatif_oracle.py datasets/sweden double
ok

$ samnet coalition -c sydsverige --add regions:05,region-01 --remove region-10 --rule unanimity --suggest 4 --format json datasets/sweden | python3 tests/cli/whatif_oracle.py datasets/sweden unanimity
ok

# --suggest: Stockholm (2473307, 23.36 %) takes Sydsverige with Östergötland to 53.80 %, a
# population majority; then Västra Götaland (1772736, 16.74 %).
$ samnet coalition -c sydsverige --add regions:05 --suggest 2 --format csv datasets/sweden | sed -n '/^rank/,/^$/{/./p;}'
rank,id,name,gain,cumulative_share,rule_met
1,region-01,Region Stockholm,0.23360169479519177,0.5380188917150167,yes
2,region-14,Västra Götalandsregionen,0.16744140139841382,0.7054602931134306,yes

# A coalition's name stands for its members; the qualified rule (55 % of the 21 regions = 12,
# 65 % of the population) is not met by Sydsverige and Norra Sverige's 10 regions.
$ samnet coalition -c sydsverige --add norra-sverige --rule qualified --format csv datasets/sweden | sed -n '/^coalition,members/,/^$/{/./p;}'
coalition,members,in_electorate,population,population_share,rule_met
base,6,6,2750635,0.2597950831671816,no
scenario,10,10,3654690,0.345182291543686,no
delta,4,4,904055,0.08538720837650443,unchanged

# power takes the same options; its --rule also takes the presets.
$ samnet power -c sydsverige --remove region-12 --rule double --format csv datasets/sweden | sed -n '/^coalition,members/,/^$/{/./p;}'
coalition,members,in_electorate,population,population_share,rule_met
base,6,6,2750635,0.2597950831671816,no
scenario,5,5,1322009,0.12486260012788412,no
delta,-1,-1,-1428626,-0.13493248303929745,unchanged

# 55 % of 21 regions is 11.55, so 12; 65 % of 10587710 is 6882011.5, so 6882012.
$ samnet power --rule qualified datasets/sweden | grep '^rule\|^quota'
quota members: 12 of 21
quota population: 6882012 of 10587710
rule: members>=55% and population>=65%

# Usage errors: adding a member or removing a non-member is refused, naming the actor.
$ samnet coalition -c sydsverige --add region-12 datasets/sweden
samnet coalition: add: region-12 is already a member
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --remove regions:05 datasets/sweden
samnet coalition: remove: region-05 is not a member
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --add regions:05 --remove regions:05 datasets/sweden
samnet coalition: add and remove both name region-05
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --remove sydsverige datasets/sweden
samnet coalition: the scenario leaves no member
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --add regions:99 datasets/sweden
samnet coalition: add: selector 'regions:99' names unknown territory '99'; did you mean '09' or '19'?
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --add nobody datasets/sweden
samnet coalition: add: unknown actor 'nobody'
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --add regions:05 --add regions:01 datasets/sweden
samnet coalition: --add given twice
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --rule qualified datasets/sweden
samnet coalition: --rule judges a what-if: give --add, --remove or --suggest
Try 'samnet coalition --help'.
? 2

$ samnet coalition --all --add regions:05 datasets/sweden
samnet coalition: --all does not apply to a what-if (--add, --remove, --suggest)
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --suggest 0 datasets/sweden
samnet coalition: --suggest must be between 1 and 100000, got 0
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --add regions:05 --rule qualifed datasets/sweden
samnet coalition: rule: 'qualifed' is neither a preset (majority, qualified, double, unanimity) nor a rule such as "members>=55% and population>=65%"
Try 'samnet coalition --help'.
? 2

$ samnet coalition -c sydsverige --add regions:05 --rule 'members>=120%' datasets/sweden
samnet coalition: rule: share above 100% at position 10
Try 'samnet coalition --help'.
? 2

$ samnet power --add regions:05 datasets/sweden
samnet power: --add, --remove and --suggest change the coalition of --coalition: name one
Try 'samnet power --help'.
? 2

$ samnet power -c sydsverige --add regions:05 --quota 60% datasets/sweden
samnet power: --quota does not apply to a what-if (--add, --remove, --suggest)
Try 'samnet power --help'.
? 2

$ samnet power -c nowhere --add regions:05 datasets/sweden
samnet power: no coalition named 'nowhere' (samnet coalition --all lists them)
Try 'samnet power --help'.
? 2

$ samnet power -c sydsverige --add regions:05 --blocking datasets/sweden
samnet power: --blocking does not apply to a what-if (--add, --remove, --suggest)
Try 'samnet power --help'.
? 2

$ samnet coalition -c sydsverige --add regions:05 --projection newman datasets/sweden
samnet coalition: --projection does not apply to a what-if (--add, --remove, --suggest)
Try 'samnet coalition --help'.
? 2

# power's --players is the electorate: among Sydsverige's own six regions the base holds all
# of the electorate's population, so it meets a population majority; without Skåne (1428626
# of 2750635) the rest hold 48.06 % and miss it.
$ samnet power -c sydsverige --players coalition=sydsverige --remove region-12 --format csv datasets/sweden | sed -n '/^coalition,members/,/^$/{/./p;}'
coalition,members,in_electorate,population,population_share,rule_met
base,6,6,2750635,0.2597950831671816,yes
scenario,5,5,1322009,0.12486260012788412,no
delta,-1,-1,-1428626,-0.13493248303929745,no longer met

# An absolute quota: seven members of the 21 regions; Sydsverige's six cannot meet it inside
# their own game, so their power before is not defined (blank, and said in the meta); the
# seven members after are symmetric (1/7 each).
$ samnet coalition -c sydsverige --add regions:05 --rule "members>=7" datasets/sweden | grep "^power\|^rule"
rule: members>=7
power_base: not defined: rule: members at position 1: quota 7 exceeds the total weight 6

$ samnet coalition -c sydsverige --add regions:05 --rule "members>=7" --format csv datasets/sweden | grep '^region-0[56],\|^scenario,'
scenario,7,7,3223081,0.30441719691982494,yes
region-06,Region Jönköpings län,kept,,0.14285714285714285,,,0.14285714285714285,
region-05,Region Östergötland,added,,0.14285714285714285,,,0.14285714285714285,
scenario,1,0.03494702820534374,region-06
scenario,1,0.019206325069349273,region-07
scenario,1,0.023267732115821078,region-08
scenario,1,0.014849575592833578,region-10
scenario,1,0.13493248303929745,region-12
scenario,1,0.032591939144536446,region-13
scenario,1,0.0446221137526434,region-05
