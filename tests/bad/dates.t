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
