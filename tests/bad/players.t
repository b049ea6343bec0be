# Bad players of samnet power, now checked by the library (samnet/players.h) and reported
# with the option they come from.

# 1200 weights of 8e15 total 9.6e18, beyond 64-bit integers (9.22e18): a limit, exit 5.
$ samnet power --weights $(python3 -c "print(','.join(['8e15'] * 1200))")
samnet: the total weight overflows 64-bit integers
? 5

# A weight column that actors.csv does not have.
$ samnet power --weight seats
samnet power: --weight: actors.csv has no column 'seats' (use population, sqrt-population or equal)
Try 'samnet power --help'.
? 2

# A column cell that is not a non-negative number.
$ samnet power tests/data/mini --players skane,lu --weight website
samnet: actors.csv: actor skane: website 'https://skane.se' is not a non-negative number
? 3

# Unknown players and types.
$ samnet power --players region-13,nowhere
samnet power: --players: unknown actor 'nowhere'
Try 'samnet power --help'.
? 2

$ samnet power --players type=planet
samnet power: --players: unknown actor type 'planet'
Try 'samnet power --help'.
? 2

# Fewer names than weights, a tie that is not I-J.
$ samnet power --weights 1,1 --names a
samnet power: --names gives 1 names for 2 weights
Try 'samnet power --help'.
? 2

$ samnet power --weights 1,1 --graph 1-2,2
samnet power: --graph: '2' is not a tie I-J between players 1..2
Try 'samnet power --help'.
? 2

$ samnet power --weights 1,1 --method nope
samnet power: --method: unknown method 'nope'; known: auto, exact, brute, montecarlo
Try 'samnet power --help'.
? 2
