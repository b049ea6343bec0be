# Bad-input corpus: character encodings and spreadsheet dialects.  Each case is
# a small dataset under tests/bad/<case>/ (territories: the bundled Swedish tree).
# A bad row is reported with FILE:LINE:COLUMN (COLUMN = field number) and
# skipped, so what refers to it is reported too; bad data exits 3.

# Invalid UTF-8: the first bad byte, counted from 1 within the field.
$ samnet validate tests/bad/invalid-utf8
samnet: tests/bad/invalid-utf8/actors.csv:3:2: invalid UTF-8 (0xF6 at byte 5 of the field); save the file as UTF-8 or read it as Latin-1
samnet: tests/bad/invalid-utf8/memberships.csv:3:2: unknown actor 'malmo'
samnet: tests/bad/invalid-utf8: 2 problems in the dataset
? 3

# A Latin-1 file (Excel's "CSV" on older Windows) is invalid UTF-8 ...
$ samnet validate tests/bad/latin1
samnet: tests/bad/latin1/actors.csv:2:2: invalid UTF-8 (0xE5 at byte 10 of the field); save the file as UTF-8 or read it as Latin-1
samnet: tests/bad/latin1/actors.csv:3:2: invalid UTF-8 (0xF6 at byte 5 of the field); save the file as UTF-8 or read it as Latin-1
samnet: tests/bad/latin1/memberships.csv:2:2: unknown actor 'region-12'
samnet: tests/bad/latin1/memberships.csv:3:2: unknown actor 'malmo'
samnet: tests/bad/latin1: 4 problems in the dataset
? 3

# ... and reads as it is with --latin1.
$ samnet validate tests/bad/latin1 --latin1 --format csv
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

# UTF-16 (Excel's "Unicode text") is recognised by its byte-order mark.
$ samnet validate tests/bad/utf16
samnet: tests/bad/utf16/actors.csv:1: the file is UTF-16; save it as UTF-8
samnet: tests/bad/utf16: 1 problem in the dataset
? 3

# A NUL byte inside a field.
$ samnet validate tests/bad/nul-byte
samnet: tests/bad/nul-byte/actors.csv:4:2: field contains a NUL byte
samnet: tests/bad/nul-byte/memberships.csv:4:2: unknown actor 'lu'
samnet: tests/bad/nul-byte: 2 problems in the dataset
? 3

# A UTF-8 byte-order mark, CRLF line ends, and Excel's Swedish dialect (';',
# decimal comma, spaces as thousands separators, BOM, CRLF) are all valid.
$ samnet validate tests/bad/bom --format csv
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

$ samnet validate tests/bad/crlf --format csv
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

$ samnet validate tests/bad/excel-semicolon --format csv
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

# --separator forces the dataset's own files only; the bundled territory tree
# keeps its own dialect.
$ samnet validate tests/bad/excel-semicolon --separator ';' --format csv | head -2
item,count
actors,3
? 0

# A decimal comma in a comma-separated file splits the field: a ragged row.
$ samnet validate tests/bad/decimal-comma-in-comma-file
samnet: tests/bad/decimal-comma-in-comma-file/memberships.csv:2:5: row has 5 fields, the header has 4
samnet: tests/bad/decimal-comma-in-comma-file: 1 problem in the dataset
? 3
