# Bad-input corpus: population figures that contradict each other, and the
# represents column of actors.csv.

# A territory's own figure may not be smaller than its children's figures
# summed: Sverige's 2024 figure lost a digit (354 740), its counties sum to
# 1 428 626 + 345 074 = 1 773 700, and a coalition of the two regions would
# hold 500 % of Sweden; Malmö's has one too many (3 656 440 + 131 590 =
# 3 788 030 against Skåne's 1 428 626).  Every such figure is named, with the
# parent's row.  (2023, where the kommuner have no figures, is fine.)
$ samnet validate tests/bad/population-parts-exceed
samnet: tests/bad/population-parts-exceed/territories.csv:2: the population of 'SE' (Sverige) in 2024 is 354740, but the figures of its parts sum to 1773700
samnet: tests/bad/population-parts-exceed/territories.csv:3: the population of '12' (Skåne län) in 2024 is 1428626, but the figures of its parts sum to 3788030
samnet: tests/bad/population-parts-exceed: 2 problems in the dataset
? 3

$ samnet coalition tests/bad/population-parts-exceed --members skane,halland
samnet: tests/bad/population-parts-exceed/territories.csv:2: the population of 'SE' (Sverige) in 2024 is 354740, but the figures of its parts sum to 1773700
samnet: tests/bad/population-parts-exceed/territories.csv:3: the population of '12' (Skåne län) in 2024 is 1428626, but the figures of its parts sum to 3788030
samnet: tests/bad/population-parts-exceed: 2 problems in the dataset
? 3

# The root's figure is 10, its parts 2^62 + 2^62, more than 64 bits hold.
$ samnet validate tests/bad/population-parts-overflow
samnet: tests/bad/population-parts-overflow/territories.csv:2: the population of 'SE' (Sverige) in 2024 is 10, but the figures of its parts sum to more than 64 bits hold
samnet: tests/bad/population-parts-overflow: 1 problem in the dataset
? 3

# represents names a territory code, "none" or nothing.
$ samnet validate tests/bad/represents-unknown
samnet: tests/bad/represents-unknown/actors.csv:3:5: represents: unknown territory 'SVERIGE' (a territory code, 'none' or empty); did you mean 'SE'?
samnet: tests/bad/represents-unknown: 1 problem in the dataset
? 3
