# Project dates (issue 20): every bad start or end is reported at its cell,
# all in one pass, exit 3.
$ samnet validate tests/bad/date-end-before-start
samnet: tests/bad/date-end-before-start/projects.csv:2:4: end '2020-03-14' comes before start '2020-03-15'
samnet: tests/bad/date-end-before-start/projects.csv:3:4: end '2020-12' comes before start '2021'
samnet: tests/bad/date-end-before-start: 2 problems in the dataset
? 3
$ samnet validate tests/bad/date-malformed
samnet: tests/bad/date-malformed/projects.csv:2:3: start: '2020-02-30': month 2 of 2020 has no day 30
samnet: tests/bad/date-malformed/projects.csv:3:3: start: '20-21' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
samnet: tests/bad/date-malformed/projects.csv:3:4: end: '2021/05' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)
samnet: tests/bad/date-malformed: 3 problems in the dataset
? 3
# Every command refuses the dataset, not only validate.
$ samnet dynamics tests/bad/date-malformed --measures none
...
? 3
# Slices times actors beyond 50 000 000 cells stop with exit 5 (a limit), before
# anything is allocated: 8 001 yearly slices of 20 000 generated actors.
$ d=$(mktemp -d) && samnet generate -n 20000 -m 100 --years 1000-1001 -o "$d/g" -q && samnet dynamics "$d/g" --from 1000 --to 9000 --no-communities --measures none; s=$?; rm -rf "$d"; exit $s
samnet: 8001 slices of 20000 actors exceed the limit of 50000000 (slice, actor) cells; use fewer slices
? 5
# A period in which no project is active: a note says why the network is empty
# (tests/data/mini has no dates at all, so all four projects are undated).
$ samnet summary tests/data/mini --at 2019 --format csv | head -2
samnet: note: no project is active in 2019-2019 (0 outside it, 4 undated)
measure,count,value
actors in the network,0,
