# samnet import: golden tests on the fixtures of tests/data/import, built in the real
# layouts of shared/reference/registers.md.  Counts are by hand from the fixtures: the
# CORDIS zip holds 4 projects (RUBICON has no Swedish participant) and 11 participations
# of 8 organisations, Uppsala kommun three times (PIC only, then with its orgnr in VAT form).

$ d=$(mktemp -d) && (cd tests/data/import/cordis && python3 -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED); [z.write(f,'csv/'+f) for f in ('project.csv','organization.csv')]" "$d/cordis-h2020projects-csv.zip") && samnet import cordis "$d/cordis-h2020projects-csv.zip" -o "$d/ds" --format csv 2>/dev/null | grep -E "^(rows read|projects|actors|participations|merged on orgnr|merged on PIC|skipped: project outside --country|invalid orgnr ignored),|Luhn" && samnet validate "$d/ds" --format csv | grep -E "^(actors|projects|warnings)," && samnet centrality "$d/ds" --format csv | cut -d, -f2,4 | head -3; rm -rf "$d"
rows read,15
projects,3
actors,7
participations,9
merged on orgnr,1
merged on PIC,1
skipped: project outside --country,3
invalid orgnr ignored,1
actors,7
projects,3
warnings,0
id,type
se-2120003005,kommun
...

# --all keeps RUBICON and the University of Hong Kong: 4 projects, a header and the
# line break inside EUROfusion's quoted title make 6 lines; 8 actors and a header 9.
$ d=$(mktemp -d) && samnet import cordis tests/data/import/cordis --all -o "$d/ds" -q 2>/dev/null && wc -l < "$d/ds/projects.csv" && grep -c . "$d/ds/actors.csv"; rm -rf "$d"
6
9

# Types and territories: NUTS-3 SE124 is Örebro län (18), not 06; kommuner get their own code.
$ d=$(mktemp -d) && samnet import cordis tests/data/import/cordis -o "$d/ds" -q 2>/dev/null && cut -d, -f1,3,4 "$d/ds/actors.csv"; rm -rf "$d"
id,type,territory
se-2120003005,kommun,0380
pic-999654356,research,
pic-999999991,university,
se-2321000255,region,12
pic-999777666,company,25
se-2021004342,university,18
se-2021002379,lansstyrelse,25

$ d=$(mktemp -d) && samnet import kohesio tests/data/import/kohesio_SE.csv -o "$d/ds" --format csv 2>/dev/null | grep -E "^(rows read|projects|actors|skipped: no actor name or key|skipped: project outside --country)," && samnet validate "$d/ds" >/dev/null && samnet centrality "$d/ds" -q --format csv | wc -l; rm -rf "$d"
rows read,6
projects,4
actors,4
skipped: project outside --country,1
skipped: no actor name or key,1
5

$ d=$(mktemp -d) && samnet import esf tests/data/import/esf_projektbanken.csv -o "$d/ds" -q && samnet validate "$d/ds" >/dev/null && cut -d, -f1,9,11,12 "$d/ds/projects.csv" && samnet centrality "$d/ds" -q --format csv | wc -l; rm -rf "$d"
id,budget,currency,budget_sek
esf-23-017-S01,4973906,SEK,4973906
esf-22-002-S01,1200000.5,SEK,1200000.5
esf-2018/00076,,,
4

$ d=$(mktemp -d) && samnet import table tests/data/import/table.csv --project projekt --actor aktör --actor-id orgnr --role roll --amount belopp --start start --end slut --territory kod -o "$d/ds" --format csv | grep -E "^(rows read|projects|actors|participations|merged on a source's own id|skipped: no project id)," && samnet validate "$d/ds" >/dev/null && cut -d, -f1,3,4 "$d/ds/actors.csv" && samnet centrality "$d/ds" -q --format csv | wc -l; rm -rf "$d"
rows read,6
projects,2
actors,4
participations,5
merged on a source's own id,1
skipped: no project id,1
id,type,territory
se-2321000255,region,12
se-2120001124,kommun,1280
table-foreningen-syd,other,12
se-2120002627,kommun,2580
5

# Several sources in one run: Uppsala kommun is one actor across CORDIS, Kohesio and ESF
# (orgnr 2120003005), and ESF's 23-017-S01 is Kohesio's 2021SE05SFPR001_23-017-S01.
# Joins across sources: Uppsala kommun in Kohesio and in ESF, Region Skåne in Kohesio: 3.
$ d=$(mktemp -d) && samnet import cordis tests/data/import/cordis kohesio tests/data/import/kohesio_SE.csv esf tests/data/import/esf_projektbanken.csv -o "$d/ds" --format csv 2>/dev/null | grep -E "^(projects|actors|merged across sources)," && grep -E "^se-2120003005," "$d/ds/actors.csv" | cut -d, -f1,11 && samnet validate "$d/ds" >/dev/null; rm -rf "$d"
projects,9
actors,11
merged across sources,3
se-2120003005,cordis|kohesio|esf

# keep.eu's XLSX (tests/data/import/make_keep_xlsx.py): COBEN exists in two programmes, which
# the join keeps apart; ALPS has no Swedish partner (1 project row and 1 partner row
# filtered).  Uppsala kommun joins its PIC actor and lends it the orgnr of "SE 212000-3005".
# A lead partner with ERDF 0.00 keeps its 0; Excel serials 43466 and 45657 are 2019-01-01
# and 2024-12-31; "N.a." is empty.  A kommun placed only by NUTS-3 represents no population.
$ d=$(mktemp -d) && samnet import keep tests/data/import/keep_search_results.xlsx -o "$d/ds" --format csv | grep -E "^(rows read|projects|actors|participations|merged on PIC|skipped: project outside --country)," && samnet validate "$d/ds" >/dev/null && cut -d, -f1,3-5 "$d/ds/actors.csv" && cut -d, -f1,4,7,8 "$d/ds/projects.csv" && cut -d, -f2-6 "$d/ds/memberships.csv" && samnet centrality "$d/ds" -q --format csv | wc -l; rm -rf "$d"
rows read,8
projects,2
actors,3
participations,4
merged on PIC,1
skipped: project outside --country,2
id,type,territory,represents
pic-951881080,kommun,03,none
aalborg-kommune-DK,kommun,,
se-2321000255,region,12,
id,theme,start,end
keep-COBEN-2014-2020-interreg-vb-north-sea,Environment,2019-01-01,
keep-C001-2021-2027-interreg-baltic-sea-region,Governance,2023-03-01,2024-12-31
actor,role,participation,amount,currency
pic-951881080,partner,partner,119846,EUR
aalborg-kommune-DK,lead,coordinator,0,EUR
se-2321000255,lead,coordinator,250000,EUR
pic-951881080,partner,partner,1000,EUR
4

# import table reads the first sheet of an XLSX too (here "Search info", whose one column
# is "keep.eu search results": found; "x" is not).
$ d=$(mktemp -d) && samnet import table tests/data/import/keep_search_results.xlsx --project "keep.eu search results" --actor x -o "$d/ds"; echo "exit $?"; rm -rf "$d"
samnet: tests/data/import/keep_search_results.xlsx:1: missing required column 'x'
samnet: tests/data/import/keep_search_results.xlsx: missing required columns
exit 3

# --into: the bundled dataset (384 actors, 67 projects) plus the CORDIS fixture.  With an
# aliases.csv giving Region Skåne (region-12) its orgnr 232100-0255, CORDIS's REGION SKANE
# joins region-12 (merged on orgnr) instead of becoming a new actor: 384 + 6 = 390.
# Selector memberships (regions:*) are kept as written; projects keep their source column.
$ d=$(mktemp -d) && cp -r datasets/sweden "$d/se" && printf 'actor,scheme,value\nregion-12,orgnr,2321000255\n' > "$d/se/aliases.csv" && samnet import --into "$d/se" cordis tests/data/import/cordis -o "$d/ds" --format csv 2>/dev/null | grep -E "^(actors|projects|merged on orgnr|merged across sources)," && samnet validate "$d/ds" --format csv | grep -E "^(actors|projects|warnings)," && grep -c "^cordis-633053,region-12,partner" "$d/ds/memberships.csv" && grep -c "^reglab,regions:\*" "$d/ds/memberships.csv" && grep "^reglab," "$d/ds/projects.csv" | grep -c "SKR 21 vägar"; rm -rf "$d"
projects,75
actors,390
merged on orgnr,2
merged across sources,1
actors,390
projects,75
warnings,0
1
1
1

# --types overrides the rules: by source vocabulary (REC, which has no samnet type of its
# own), by name (case-insensitive) and by PIC; a bad type is a data error at its row.
$ d=$(mktemp -d) && printf 'key,type\nsource:REC,agency\nname:Örebro universitet,other\npic:999999991,company\n' > "$d/types.csv" && samnet import cordis tests/data/import/cordis --all --types "$d/types.csv" -o "$d/ds" -q 2>/dev/null && cut -d, -f1,3 "$d/ds/actors.csv" | grep -E "^(pic-999654356|se-2021004342|pic-999999991),"; rm -rf "$d"
pic-999654356,agency
pic-999999991,company
se-2021004342,other

$ d=$(mktemp -d) && printf 'key,type\nsource:REC,institute\nvat:SE1,other\n' > "$d/types.csv" && (cd "$d" && samnet import cordis "$OLDPWD/tests/data/import/cordis" --types types.csv -o ds 2>&1 | grep -v Luhn); rm -rf "$d"
samnet: types.csv:2:2: unknown actor type 'institute' (expected region, kommun, lansstyrelse, agency, university, company, fund, ngo, association, research or other)
samnet: types.csv:3:1: key 'vat:SE1': expected orgnr:, pic:, name: or source: and a value
samnet: types.csv: bad type mapping

# Outside Sweden a beneficiary id is the register's own id, not an organisationsnummer:
# Helsinki's business id 0201256-6 keys its actor without a Luhn warning.
$ d=$(mktemp -d) && samnet import kohesio tests/data/import/kohesio_SE.csv --all -o "$d/ds" -q 2>&1 | grep -c Luhn; grep "Helsingin" "$d/ds/actors.csv" | cut -d, -f1-6; rm -rf "$d"
1
kohesio-0201256-6,Helsingin kaupunki,other,,,FI

# --into keeps the dataset's coalitions.csv and territories.csv beside the import, replaced
# with the other files or not at all: Sydsverige's share is still 2750635 / 10587710 (SCB 2024).
$ d=$(mktemp -d) && samnet import --into datasets/sweden cordis tests/data/import/cordis -o "$d/ds" -q 2>/dev/null && ls "$d/ds" && samnet coalition "$d/ds" -c sydsverige --format csv | grep '^population_share,'; rm -rf "$d"
actors.csv
aliases.csv
coalitions.csv
memberships.csv
projects.csv
territories.csv
population_share,0.2597950831671816
