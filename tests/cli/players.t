# samnet power --players takes what samnet coalition --members takes: actor ids, group
# selectors (regions:05, kommuner:12, regions:*) (issue 21).
#
# Expected values: SCB's population on 31 December 2025 (shared/reference/regions.csv):
# Östergötland 472 529, Skåne 1 433 083, Halland 346 090, total 2 251 702 for the three.
# With two players, Skåne alone holds more than half (1 433 083 of 1 905 612), so it is the
# only player ever pivotal: Banzhaf 1 for Skåne, 0 for Östergötland.  Shares and the ratio
# 1 / 0.7520329426976741 computed with Python floats from the figures above.
$ samnet power --year 2025 --players regions:05,region-12 --indices banzhaf --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,banzhaf_ratio
region-05,Region Östergötland,472529,0.24796705730232596,0,0,0
region-12,Region Skåne,1433083,0.7520329426976741,1,1,1.3297289828991063

# Three players through one selector with a code list: Skåne (63.64 %) is a dictator again.
$ samnet power --year 2025 --players regions:05,12,13 --indices banzhaf --format csv | cut -d, -f1,3,5
id,weight,banzhaf
region-05,472529,0
region-12,1433083,1
region-13,346090,0

# A player named twice would vote twice: an error naming both references.
$ samnet power --players region-12,regions:12
samnet power: --players: actor 'region-12' is named twice (again by 'regions:12')
Try 'samnet power --help'.
? 2

# A selector naming no territory is a usage error with a suggestion.
$ samnet power --players regions:77
samnet power: --players: selector 'regions:77' names unknown territory '77'; did you mean '07' or '17'?
Try 'samnet power --help'.
? 2

# A list that names nobody.
$ samnet power --players ,
samnet power: --players names no actor
Try 'samnet power --help'.
? 2
