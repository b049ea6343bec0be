# Bad-input corpus: files that cannot be read (exit 4) and folders that are not
# datasets.  CI runs as root, for whom chmod 000 hides nothing, so unreadable
# files are a directory named actors.csv and a dangling symbolic link, made here.

$ d=$(mktemp -d) && cd "$d" && mkdir -p ds/actors.csv && printf 'project,actor\n' > ds/memberships.csv && samnet validate ds; s=$?; rm -rf "$d"; exit $s
samnet: ds/actors.csv: is a directory, not a CSV file
samnet: ds: 1 problem in the dataset
? 4

$ d=$(mktemp -d) && cd "$d" && mkdir ds && ln -s /nonexistent/actors.csv ds/actors.csv && printf 'project,actor\n' > ds/memberships.csv && samnet validate ds; s=$?; rm -rf "$d"; exit $s
samnet: ds/actors.csv: a symbolic link to a missing file
samnet: ds: 1 problem in the dataset
? 4

$ d=$(mktemp -d) && cd "$d" && mkdir -p ds/territories.csv && cp "$OLDPWD"/tests/bad/crlf/*.csv ds/ && samnet validate ds; s=$?; rm -rf "$d"; exit $s
samnet: ds/territories.csv: is a directory, not a CSV file
samnet: ds: 1 problem in the dataset
? 4

# The dataset is a file, or does not exist.
$ samnet validate tests/bad/crlf/actors.csv
samnet: tests/bad/crlf/actors.csv: not a folder (a dataset is a folder of CSV files)
? 4

$ samnet validate tests/bad/no-such-dataset
samnet: tests/bad/no-such-dataset: No such file or directory
? 4

# Output faults: a full disk, a closed standard output, an -o path that cannot be
# created.  Each is an error with exit 4, never a silent truncation.
$ samnet summary tests/data/mini > /dev/full
samnet: error writing standard output: No space left on device
? 4

$ samnet validate tests/data/mini --format json >&-
samnet: error writing standard output: Bad file descriptor
? 4

$ samnet summary tests/data/mini -o tests/bad/crlf/actors.csv/out.csv
samnet: tests/bad/crlf/actors.csv/out.csv: Not a directory
? 4

# An -o file gets the mode a plain redirection would give it (0666 less the
# umask), and a replaced file never gains a permission its predecessor lacked (see output.t).
$ d=$(mktemp -d) && umask 022 && samnet summary tests/data/mini -o "$d/new.txt" && stat -c %a "$d/new.txt" && chmod 640 "$d/new.txt" && samnet summary tests/data/mini -o "$d/new.txt" && stat -c %a "$d/new.txt"; rm -rf "$d"
644
640

# A dataset path longer than any folder name the system takes.
$ samnet validate $(printf 'x%.0s' $(seq 5000))
samnet: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...: File name too long
? 4
