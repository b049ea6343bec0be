# Bad-input corpus: headers (issue 16).  A file with a header and no rows is
# reported at the header's line: an error for actors.csv and territories.csv,
# a warning for projects.csv, memberships.csv and coalitions.csv
# (tests/bad/structure.t has actors.csv and memberships.csv).

$ samnet validate tests/bad/header-after-blank-lines
samnet: tests/bad/header-after-blank-lines/actors.csv:3: no actors: the file has a header only
samnet: tests/bad/header-after-blank-lines: 1 problem in the dataset
? 3

$ samnet validate tests/bad/header-only-territories
samnet: tests/bad/header-only-territories/territories.csv:1: no territories: the file has a header only
samnet: tests/bad/header-only-territories: 1 problem in the dataset
? 3

# An empty projects.csv lists no project, so every membership names an unknown one.
$ samnet validate tests/bad/header-only-projects
samnet: tests/bad/header-only-projects/projects.csv:1: warning: no projects: the file has a header only (delete it to take the projects from memberships.csv)
samnet: tests/bad/header-only-projects/memberships.csv:2:1: unknown project 'p1' (projects.csv lists every project)
samnet: tests/bad/header-only-projects/memberships.csv:3:1: unknown project 'p1' (projects.csv lists every project)
samnet: tests/bad/header-only-projects: 2 problems in the dataset
? 3

$ samnet validate tests/bad/header-only-coalitions --format csv | head -2
samnet: tests/bad/header-only-coalitions/coalitions.csv:1: warning: no coalitions: the file has a header only
item,count
actors,3
? 0

# A header of a million columns, all but the first three named 'x', is checked
# in linear time (0.5 s; the pairwise check took hours; the timeout only stops a hang on a
# loaded machine): 999996 repeats are counted,
# the first 100 are listed, then "and N more".
$ d=$(mktemp -d) && cd "$d" && mkdir wide && python3 -c "import sys; sys.stdout.write('id,name,type' + ',x' * 999997 + '\n')" > wide/actors.csv && printf 'project,actor\n' > wide/memberships.csv && { timeout 300 samnet validate wide 2>err; echo "exit $?"; } && head -1 err && tail -2 err && wc -l < err; rm -rf "$d"
exit 3
samnet: wide/actors.csv:1:5: duplicate column name 'x' in the header
samnet: and 999896 more problems
samnet: wide: 999996 problems in the dataset
102
? 0
