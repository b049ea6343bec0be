# Bad-input corpus: the territory tree and its population figures.

$ samnet validate tests/bad/territory-cycle
samnet: tests/bad/territory-cycle/territories.csv:6: territory 'X' lies on a cycle of parents
samnet: tests/bad/territory-cycle/territories.csv:7: territory 'Y' lies on a cycle of parents
samnet: tests/bad/territory-cycle: 2 problems in the dataset
? 3

$ samnet validate tests/bad/territory-two-roots
samnet: tests/bad/territory-two-roots/territories.csv:6: territory 'NO' is a second root (first: 'SE'); a tree has one
samnet: tests/bad/territory-two-roots: 1 problem in the dataset
? 3

$ samnet validate tests/bad/territory-no-root
samnet: tests/bad/territory-no-root/territories.csv: no root territory: exactly one row must have an empty parent
samnet: tests/bad/territory-no-root/territories.csv:2: territory 'A' lies on a cycle of parents
samnet: tests/bad/territory-no-root/territories.csv:3: territory 'B' lies on a cycle of parents
samnet: tests/bad/territory-no-root: 3 problems in the dataset
? 3

$ samnet validate tests/bad/territory-unknown-parent
samnet: tests/bad/territory-unknown-parent/territories.csv:6: territory '1282' has unknown parent '13'
samnet: tests/bad/territory-unknown-parent: 1 problem in the dataset
? 3

$ samnet validate tests/bad/territory-duplicate-code
samnet: tests/bad/territory-duplicate-code/territories.csv:6:1: duplicate territory code '1280' (first on line 4)
samnet: tests/bad/territory-duplicate-code: 1 problem in the dataset
? 3

# A chain 200 000 levels deep: refused below 64 levels, in linear time.
$ d=$(mktemp -d) && cd "$d" && mkdir deep && python3 -c "print('code,name,parent\n0,root,'); [print('%d,t,%d' % (i, i - 1)) for i in range(1, 200000)]" > deep/territories.csv && printf 'id,name,type,territory\na,A,region,199999\n' > deep/actors.csv && printf 'project,actor\np,a\n' > deep/memberships.csv && samnet validate deep; s=$?; rm -rf "$d"; exit $s
samnet: deep/territories.csv:67: territory '65' lies 65 levels below the root; at most 64 are supported
samnet: deep: 1 problem in the dataset
? 3

# Populations: negative, not a number, 2^63 (one above INT64_MAX), NaN, inf,
# a fraction.
$ samnet validate tests/bad/population-negative
samnet: tests/bad/population-negative/territories.csv:5:4: population must not be negative, got '-129000'
samnet: tests/bad/population-negative: 1 problem in the dataset
? 3

$ samnet validate tests/bad/population-non-numeric
samnet: tests/bad/population-non-numeric/territories.csv:5:4: population: expected a whole number, got 'många'
samnet: tests/bad/population-non-numeric: 1 problem in the dataset
? 3

$ samnet validate tests/bad/population-over-2-63
samnet: tests/bad/population-over-2-63/territories.csv:5:4: population '9223372036854775808' is out of range [0, 9223372036854775807]
samnet: tests/bad/population-over-2-63: 1 problem in the dataset
? 3

$ samnet validate tests/bad/population-nan
samnet: tests/bad/population-nan/territories.csv:5:4: population: expected a whole number, got 'NaN'
samnet: tests/bad/population-nan: 1 problem in the dataset
? 3

$ samnet validate tests/bad/population-inf
samnet: tests/bad/population-inf/territories.csv:5:4: population: expected a whole number, got 'inf'
samnet: tests/bad/population-inf: 1 problem in the dataset
? 3

$ samnet validate tests/bad/population-fraction
samnet: tests/bad/population-fraction/territories.csv:5:4: population: expected a whole number, got '129000.5'
samnet: tests/bad/population-fraction: 1 problem in the dataset
? 3

# Sums are 64-bit and checked: 2^62 - 1 + 2^62 = 2^63 - 1 = 9223372036854775807
# is the largest total that fits ...
$ samnet summary tests/bad/population-near-2-62 --format csv | grep 'population covered,'
population covered,9223372036854775807,
? 0

# ... and 2^62 + 2^62 = 2^63 does not: found when the tree is read ...
$ samnet validate tests/bad/population-overflow
samnet: tests/bad/population-overflow/territories.csv: the population of 'SE' in 2024, the sum of its parts, overflows 64 bits
samnet: tests/bad/population-overflow: 1 problem in the dataset
? 3

# ... or, when figures of different years meet, when the union is summed: in
# 2025, A counts its 2024 figure (2^62) and B its 2025 one (2^62; the root's
# 2025 figure, 2^62, is no smaller than its parts that year).
$ samnet summary tests/bad/population-union-overflow
samnet: population total overflows 64 bits
? 1

# The report says the same, rather than leaving the cells empty, and writes no file.
$ d=$(mktemp -d) && samnet report tests/bad/population-union-overflow -o "$d/r.html"; s=$?; ls "$d"; rm -rf "$d"; exit $s
samnet: population total overflows 64 bits
? 1

# A tree that does not load: selectors cannot expand, and say nothing more
# (this crashed until the fuzzer found it).
$ samnet validate tests/bad/selector-without-tree
samnet: tests/bad/selector-without-tree/territories.csv:1: missing required column 'parent'
samnet: tests/bad/selector-without-tree: 1 problem in the dataset
? 3
