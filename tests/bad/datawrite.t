# Writing a dataset folder (samnet import, samnet backbone --dataset): every file of the
# folder is replaced, or none (issue 18: one library implementation, sn_dataset_folder_t).

# A carried file of the --into dataset that cannot be read (here a folder named
# coalitions.csv): the library's message unchanged, exit 4, and the dataset already in the
# output folder is left as it was.
$ d=$(mktemp -d) && cp -r tests/data/mini "$d/m" && rm "$d/m/coalitions.csv" && mkdir "$d/m/coalitions.csv" "$d/out" && printf 'old\n' > "$d/out/actors.csv" && samnet import --into "$d/m" cordis tests/data/import/cordis -o "$d/out" -q 2>"$d/err"; s=$?; grep -v warning "$d/err" | sed "s|$d|D|"; ls -A "$d/out"; cat "$d/out/actors.csv"; rm -rf "$d"; exit $s
samnet: D/m/coalitions.csv: read error
actors.csv
old
? 4

# The output folder is a file: refused before anything is written, exit 4.
$ d=$(mktemp -d) && touch "$d/f" && samnet import cordis tests/data/import/cordis -o "$d/f" -q 2>"$d/err"; s=$?; grep -v warning "$d/err" | sed "s|$d|D|"; rm -rf "$d"; exit $s
samnet: D/f: not a directory
? 4

# The same for the backbone as a dataset.
$ d=$(mktemp -d) && touch "$d/f" && samnet backbone tests/data/mini --dataset -o "$d/f" 2>"$d/err"; s=$?; sed "s|$d|D|" "$d/err"; rm -rf "$d"; exit $s
samnet: D/f: not a directory
? 4
