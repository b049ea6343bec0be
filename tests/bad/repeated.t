# Bad-input corpus: repeated options and repeated ids (issue 16).  Every option
# is given at most once: a second --members used to replace the first in
# silence.  A list of actors names each actor once: a player named twice used
# to vote twice.

$ samnet coalition tests/data/mini --members malmo --members lund
samnet coalition: --members given twice
Try 'samnet coalition --help'.
? 2

$ samnet power tests/data/mini --players skane --players halland
samnet power: --players given twice
Try 'samnet power --help'.
? 2

# Short and long spellings are the same option; flags and dataset options too.
$ samnet coalition tests/data/mini -m malmo --members=lund
samnet coalition: --members given twice
Try 'samnet coalition --help'.
? 2

$ samnet summary tests/data/mini -q --quiet
samnet summary: --quiet given twice
Try 'samnet summary --help'.
? 2

$ samnet summary tests/data/mini --year 2023 --year 2024
samnet summary: --year given twice
Try 'samnet summary --help'.
? 2

$ samnet power --weights 4,4,4,2,2,1 -Q 12 --quota 13
samnet power: --quota given twice
Try 'samnet power --help'.
? 2

# A repeated id in one list.
$ samnet power tests/data/mini --players skane,halland,skane
samnet power: --players: actor 'skane' is named twice
Try 'samnet power --help'.
? 2

$ samnet coalition tests/data/mini --members malmo,lund,malmo
samnet coalition: --members: actor 'malmo' is named twice
Try 'samnet coalition --help'.
? 2

# An actor named by id and again through a selector (lund is a kommun in county 12).
$ samnet coalition tests/data/mini --members lund,kommuner:12
samnet coalition: --members: actor 'lund' is named twice (again by 'kommuner:12')
Try 'samnet coalition --help'.
? 2

# Distinct actors, by id and by selector, are fine.
$ samnet coalition tests/data/mini --members skane,kommuner:12 --format csv | sed -n 2p
members,3
? 0

# --help says so.
$ samnet coalition --help | grep 'given once'
Each option may be given once; a list of actors names each actor once.
? 0

# A --compare partition lists each actor once: a second row used to win in silence.
$ samnet communities tests/data/communities --compare tests/bad/compare-duplicate-row/partition.csv
samnet: tests/bad/compare-duplicate-row/partition.csv:5:1: actor 'r1' is listed twice (first on line 2)
? 3
