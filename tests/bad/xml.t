# Bad-input corpus: characters that XML 1.0 forbids (issue 16).  GraphML, GEXF
# and the HTML report are XML or HTML, and XML 1.0 cannot hold C0 controls
# other than tab, LF and CR, nor U+FFFE and U+FFFF: the table reader refuses
# them in every input file, with FILE:LINE:COLUMN and the byte within the
# field, rather than change a name on the way out.  Tab, CR and LF inside a
# quoted field are kept (tests/hostile_names.py checks GraphML and GEXF
# with them through xmllint and NetworkX).

# SOH in a name, a terminal colour escape in a project name, a vertical tab
# in a role; the actor with a tab and a CRLF in its quoted name is fine.
$ samnet validate tests/bad/xml-control-char
samnet: tests/bad/xml-control-char/actors.csv:3:2: U+0001 at byte 7 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-control-char/projects.csv:2:2: U+001B at byte 1 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-control-char/memberships.csv:3:3: U+000B at byte 8 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-control-char: 3 problems in the dataset
? 3

# The two noncharacters XML 1.0 leaves out of the Basic Multilingual Plane.
$ samnet validate tests/bad/xml-noncharacter
samnet: tests/bad/xml-noncharacter/actors.csv:2:2: U+FFFE at byte 14 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-noncharacter/projects.csv:2:2: U+FFFF at byte 1 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-noncharacter: 2 problems in the dataset
? 3

# Nothing is exported from such a dataset.
$ samnet export tests/bad/xml-noncharacter --format graphml >/dev/null
samnet: tests/bad/xml-noncharacter/actors.csv:2:2: U+FFFE at byte 14 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-noncharacter/projects.csv:2:2: U+FFFF at byte 1 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-noncharacter: 2 problems in the dataset
? 3

# Read as Latin-1, a BEL is refused too; the byte counts the file's bytes.
$ samnet validate tests/bad/xml-control-latin1 --latin1
samnet: tests/bad/xml-control-latin1/actors.csv:2:2: U+0007 at byte 13 of the field: a character XML 1.0 forbids (GraphML, GEXF and the report could not hold it); remove it
samnet: tests/bad/xml-control-latin1: 1 problem in the dataset
? 3
