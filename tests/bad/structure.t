# Bad-input corpus: the shape of a CSV file.

# A quote opened and never closed swallows the rest of the file: reported at
# the line where it opens.
$ samnet validate tests/bad/unterminated-quote
samnet: tests/bad/unterminated-quote/memberships.csv:5:2: unterminated quoted field (the quote opens on line 5)
samnet: tests/bad/unterminated-quote: 1 problem in the dataset
? 3

# Text after a closing quote ("Quoted" tail) is not CSV.
$ samnet validate tests/bad/stray-quote-after-field
samnet: tests/bad/stray-quote-after-field/actors.csv:5:2: unterminated quoted field (the quote opens on line 5)
samnet: tests/bad/stray-quote-after-field: 1 problem in the dataset
? 3

# A quote inside an unquoted field is kept as a character (RFC 4180 is lenient
# readers' practice here); the dataset is valid.
$ samnet validate tests/bad/quote-in-unquoted-field --format csv
item,count
actors,4
actors in the network,4
projects,1
memberships,3
coalitions,0
territories,312
warnings,0

line,project,selector,actors
? 0

# Ragged rows: too few fields, too many.
$ samnet validate tests/bad/ragged-row-short
samnet: tests/bad/ragged-row-short/memberships.csv:3:2: row has 2 fields, the header has 3
samnet: tests/bad/ragged-row-short: 1 problem in the dataset
? 3

$ samnet validate tests/bad/ragged-row-long
samnet: tests/bad/ragged-row-long/memberships.csv:3:4: row has 4 fields, the header has 3
samnet: tests/bad/ragged-row-long: 1 problem in the dataset
? 3

# Spreadsheets pad rows with empty cells: empty extra fields are accepted.
$ samnet validate tests/bad/padded-row --format csv
item,count
actors,3
actors in the network,3
projects,1
memberships,3
coalitions,0
territories,312
warnings,0

line,project,selector,actors
? 0

# An empty file, and a file of blank lines only, have no header.
$ samnet validate tests/bad/empty-file
samnet: tests/bad/empty-file/actors.csv: the file is empty: a header row is required
samnet: tests/bad/empty-file: 1 problem in the dataset
? 3

$ samnet validate tests/bad/blank-lines-only
samnet: tests/bad/blank-lines-only/memberships.csv: the file is empty: a header row is required
samnet: tests/bad/blank-lines-only: 1 problem in the dataset
? 3

# A header only, reported at the header's line: actors.csv without actors is
# an error; memberships.csv without rows is valid (a network without ties)
# with a warning.
$ samnet validate tests/bad/header-only-actors
samnet: tests/bad/header-only-actors/actors.csv:1: no actors: the file has a header only
samnet: tests/bad/header-only-actors: 1 problem in the dataset
? 3

$ samnet validate tests/bad/header-only-memberships --format csv
samnet: tests/bad/header-only-memberships/memberships.csv:1: warning: no memberships: the file has a header only; the network has no ties
item,count
actors,3
actors in the network,1
projects,0
memberships,0
coalitions,0
territories,312
warnings,1

line,project,selector,actors
? 0

# Header names: duplicated, empty, required ones missing, a missing file.
$ samnet validate tests/bad/duplicate-header
samnet: tests/bad/duplicate-header/actors.csv:1:4: duplicate column name 'name' in the header
samnet: tests/bad/duplicate-header: 1 problem in the dataset
? 3

$ samnet validate tests/bad/empty-header-name
samnet: tests/bad/empty-header-name/actors.csv:1:3: empty column name in the header
samnet: tests/bad/empty-header-name: 1 problem in the dataset
? 3

$ samnet validate tests/bad/missing-column
samnet: tests/bad/missing-column/actors.csv:1: missing required column 'type'
samnet: tests/bad/missing-column/memberships.csv:1: missing required column 'actor'
samnet: tests/bad/missing-column: 2 problems in the dataset
? 3

$ samnet validate tests/bad/missing-file
samnet: tests/bad/missing-file/memberships.csv: required file is missing
samnet: tests/bad/missing-file: 1 problem in the dataset
? 3

# A field of 3 MB (the limit is 1 MiB), generated here rather than committed.
$ d=$(mktemp -d) && cd "$d" && mkdir big && python3 -c "import sys; sys.stdout.write('id,name,type\na,' + 'x' * 3000000 + ',other\nb,B,other\n')" > big/actors.csv && printf 'project,actor\np,b\n' > big/memberships.csv && samnet validate big; s=$?; rm -rf "$d"; exit $s
samnet: big/actors.csv:2:2: field is longer than the limit of 1048576 bytes
samnet: big: 1 problem in the dataset
? 3

# A line without end (here /dev/zero) is read up to 64 MiB and no further.
$ d=$(mktemp -d) && cd "$d" && mkdir zero && ln -s /dev/zero zero/actors.csv && printf 'project,actor\n' > zero/memberships.csv && samnet validate zero; s=$?; rm -rf "$d"; exit $s
samnet: zero/actors.csv:1: line is longer than the limit of 67108864 bytes; the rest of the file is not read
samnet: zero: 1 problem in the dataset
? 3

# Every problem is counted; the first 100 are shown.
$ d=$(mktemp -d) && cd "$d" && mkdir many && python3 -c "print('id,name,type'); [print('a%d,A,nosuchtype' % i) for i in range(250)]" > many/actors.csv && printf 'project,actor\np,a0\n' > many/memberships.csv && samnet validate many 2>&1 | tail -3; rm -rf "$d"
samnet: many/actors.csv:101:3: unknown actor type 'nosuchtype' (expected region, kommun, lansstyrelse, agency, university, company, fund, ngo, association, research or other)
samnet: and 150 more problems
samnet: many: 250 problems in the dataset
? 0
