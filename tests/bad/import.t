# samnet import on bad input: file:row:column errors, distinct exit codes, nothing written.

# A truncated zip is an I/O error (4) and leaves no dataset behind.
$ d=$(mktemp -d) && (cd tests/data/import/cordis && python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED); [z.write(f) for f in ('project.csv','organization.csv')]" "$d/c.zip") && head -c 1500 "$d/c.zip" > "$d/t.zip" && (cd "$d" && samnet import cordis t.zip -o ds); echo "exit $?"; ls "$d/ds" 2>/dev/null | wc -l; rm -rf "$d"
samnet: t.zip: not a readable zip archive (Not a zip archive)
exit 4
0

# A missing required column names the file and the column; exit 3.
$ d=$(mktemp -d) && printf 'Operation_Local_Identifier,Country\nX,Sweden\n' > "$d/k.csv" && (cd "$d" && samnet import kohesio k.csv -o ds); echo "exit $?"; ls "$d/ds" 2>/dev/null | wc -l; rm -rf "$d"
samnet: k.csv:1: missing required column 'Beneficiary_Name'
samnet: k.csv: missing required columns
exit 3
0

# A malformed amount is an error at its row and column; nothing is written.
$ d=$(mktemp -d) && printf 'p;a;amt\nP1;Org;12 EUR\nP2;Org;3\n' > "$d/t.csv" && (cd "$d" && samnet import table t.csv --project p --actor a --amount amt -o ds); echo "exit $?"; ls "$d/ds" 2>/dev/null | wc -l; rm -rf "$d"
samnet: t.csv:2:3: amount: malformed amount '12 EUR' (digits, a single '.' or ',' as decimal mark)
samnet: t.csv: the input has errors
exit 3
0

# Usage errors (2): no source, a source without input, table without its columns.
$ samnet import -o x
samnet import: expected SOURCE INPUT... (SOURCE: cordis, keep, kohesio, esf or table)
Try 'samnet import --help'.
? 2

$ samnet import table tests/data/import/table.csv -o x
samnet import: import table needs --project COL and --actor COL
Try 'samnet import --help'.
? 2

# An XLSX without the keep.eu sheets: the message lists the sheets it has; exit 3.
$ d=$(mktemp -d) && (cd tests/data/import && python3 -c "import zipfile; s=zipfile.ZipFile('keep_search_results.xlsx'); d=zipfile.ZipFile('$d/w.xlsx','w'); [d.writestr(n, s.read(n).replace(b'Search results, partners', b'Partners')) for n in s.namelist()]") && (cd "$d" && samnet import keep w.xlsx -o ds); echo "exit $?"; ls "$d/ds" 2>/dev/null | wc -l; rm -rf "$d"
samnet: w.xlsx: no sheet named 'Search results, partners' (sheets: 'Search info', 'Search results, projects', 'Partners')
exit 3
0

# A truncated XLSX: exit 4.
$ d=$(mktemp -d) && head -c 2000 tests/data/import/keep_search_results.xlsx > "$d/t.xlsx" && (cd "$d" && samnet import keep t.xlsx -o ds); echo "exit $?"; rm -rf "$d"
samnet: t.xlsx: not a readable XLSX (zip) file (Not a zip archive)
exit 4

# A zip whose member is damaged (one byte of project.csv changed after zipping: the CRC
# no longer matches): exit 4, nothing written.
$ d=$(mktemp -d) && (cd tests/data/import/cordis && python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_STORED); [z.write(f) for f in ('project.csv','organization.csv')]; z.close(); b=bytearray(open(sys.argv[1],'rb').read()); i=b.find(b'EUROfusion'); b[i]=ord('X'); open(sys.argv[1],'wb').write(b)" "$d/c.zip") && (cd "$d" && samnet import cordis c.zip -o ds); echo "exit $?"; ls "$d/ds" 2>/dev/null | wc -l; rm -rf "$d"
samnet: c.zip:project.csv: damaged or truncated archive member (CRC error)
exit 4
0

# A CORDIS folder without organization.csv: exit 4, the file named.
$ d=$(mktemp -d) && cp tests/data/import/cordis/project.csv "$d" && (cd "$d" && samnet import cordis . --all -o ds); echo "exit $?"; rm -rf "$d"
samnet: ./csv/organization.csv: No such file or directory
exit 4

# An unterminated quote at the end of a file is an error at its row.
$ d=$(mktemp -d) && printf 'p;a\nP1;"Org\n' > "$d/t.csv" && (cd "$d" && samnet import table t.csv --project p --actor a -o ds); echo "exit $?"; rm -rf "$d"
samnet: t.csv:2:2: unterminated quoted field (the file ends inside it)
samnet: t.csv: the input has errors
exit 3

# -o naming the --into folder would replace the dataset being read: refused before any input
# is read (issue 16: an output that is an input).
$ d=$(mktemp -d) && cp -r tests/data/mini "$d/m" && samnet import --into "$d/m" cordis tests/data/import/cordis -o "$d/m" 2>&1 | sed "s|$d|D|"; ls "$d/m"; rm -rf "$d"
samnet: D/m/actors.csv: is an input of this run; samnet does not overwrite its input
actors.csv
coalitions.csv
memberships.csv
projects.csv
