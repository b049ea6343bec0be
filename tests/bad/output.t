# -o never destroys what it should not touch (issue 16; the rules are in cli/cli.h,
# the README's "Output files" and every --help).  Each case checks the file system
# after the run: what kind of file the target still is, its mode, its content.
# CI runs as root: the refusals below (another user's file, a read-only file)
# are samnet's own ownership and mode rule, which holds for root too.  Special
# files are reached through links in a temporary folder, so that a samnet that
# replaces its target replaces the link, never a node of /dev.

# A FIFO is written to, not replaced: the reader gets the output and the FIFO stays.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && mkfifo "fifo" && { timeout 10 cat "fifo" > "got" & } && samnet summary mini -o "fifo"; echo "status $?"; wait; stat -c %F "fifo"; head -1 "got"; cd /; rm -rf "$d"
status 0
fifo
dataset: mini

# A link to a character device (/dev/null) is written through, and stays a link.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && ln -s /dev/null "null" && samnet summary mini -o "null"; echo "status $?"; stat -c %F "null"; stat -L -c %F "null"; cd /; rm -rf "$d"
status 0
symbolic link
character special file

# Writing to a device that fails (/dev/full) is an error, and the device stays.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && ln -s /dev/full "full" && samnet summary mini -o "full"; echo "status $?"; stat -c %F "full"; cd /; rm -rf "$d"
samnet: full: write error: No space left on device
status 4
symbolic link

# A socket is connected to and written to, never replaced.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && { timeout 10 python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(1); c,_=s.accept(); open(sys.argv[2],"wb").write(b"".join(iter(lambda: c.recv(65536), b"")))' "sock" "got" & } && while [ ! -S "sock" ]; do sleep 0.05; done && samnet summary mini -o "sock"; echo "status $?"; wait; stat -c %F "sock"; head -1 "got"; cd /; rm -rf "$d"
status 0
socket
dataset: mini

# /dev/stdout, /dev/fd/N: the open descriptor, so that an append redirection keeps what was there.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && echo before > "log" && samnet summary mini -o /dev/fd/1 >> "log"; echo "status $?"; head -2 "log"; cd /; rm -rf "$d"
status 0
before
dataset: mini

# A link to /dev/stdout writes to standard output.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && ln -s /dev/stdout "out" && samnet summary mini -o "out" | head -1; stat -c %F "out"; cd /; rm -rf "$d"
dataset: mini
symbolic link

# A folder, or a link to one, is an error; the folder and the link stay.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && mkdir "dir" && ln -s dir "link" && samnet summary mini -o "dir"; echo "status $?"; samnet summary mini -o "link"; echo "status $?"; stat -c %F "dir" "link"; ls -A "dir" | wc -l; cd /; rm -rf "$d"
samnet: dir: is a folder
status 4
samnet: link: a symbolic link to a folder
status 4
directory
symbolic link
0

# A dangling link and a name ending in "/" are refused too.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && ln -s nowhere "dangling" && samnet summary mini -o "dangling"; echo "status $?"; samnet summary mini -o "new/"; echo "status $?"; ls; cd /; rm -rf "$d"
samnet: dangling: a symbolic link to a missing file
status 4
samnet: new/: names a folder; give a file name
status 4
dangling
mini

# A link to a regular file: the file is replaced, the link stays.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && echo old > "file" && ln -s file "link" && samnet summary mini -o "link"; echo "status $?"; stat -c %F "link"; head -1 "file"; cd /; rm -rf "$d"
status 0
symbolic link
dataset: mini

# The mode of a new file under the umask; a replaced file never keeps setuid,
# setgid or sticky bits (4755 and 2777 become 0644 and 0644 & 0777 = 0644) and
# never gains a permission (0600 stays 0600).
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && umask 022 && for m in 4755 2777 1666 600; do echo old > "f$m" && chmod $m "f$m" && samnet summary mini -o "f$m" && stat -c "$m -> %a" "f$m"; done; cd /; rm -rf "$d"
4755 -> 644
2777 -> 644
1666 -> 644
600 -> 600

# A file of another user, or a read-only file, is refused and left as it was.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && echo theirs > "f" && chown 12345 "f" && samnet summary mini -o "f"; echo "status $?"; stat -c '%u %a' "f"; cat "f"; cd /; rm -rf "$d"
samnet: f: belongs to another user (uid 12345); samnet replaces only your own files
status 4
12345 644
theirs

$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && echo kept > "f" && chmod 444 "f" && samnet summary mini -o "f"; echo "status $?"; stat -c %a "f"; cat "f"; cd /; rm -rf "$d"
samnet: f: is read-only; samnet does not replace a file you may not write
status 4
444
kept

# -o - is standard output in every command, export and report included; no file "-" appears.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && samnet export mini -o - | head -1 && samnet report mini -o - | head -1 && samnet export mini --format csv -o - | head -1 && samnet summary mini -o - | head -1; ls -A; cd /; rm -rf "$d"
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
id,name,kind,bipartite,type,territory,county,website,theme,budget_sek
dataset: mini
mini

# An output that is one of the run's inputs is refused before anything is read:
# the broken dataset below would otherwise fail with its data error (exit 3).
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && cp -r "$t"/tests/bad/unknown-type "ds" && cksum < "ds/actors.csv" > "before" && samnet summary "ds" -o "ds/actors.csv"; echo "status $?"; cksum < "ds/actors.csv" | cmp -s - "before" && echo unchanged; cd /; rm -rf "$d"
samnet: ds/actors.csv: is an input of this run; samnet does not overwrite its input
status 2
unchanged

# The same file under another name (a link, a hard link) is the same inode.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && cp -r "$t"/tests/data/mini "ds" && ln -s ds/memberships.csv "sym" && ln "ds/projects.csv" "hard" && samnet summary "ds" -o "sym"; echo "status $?"; samnet export "ds" -o "hard"; echo "status $?"; diff -r "$t"/tests/data/mini "ds" && echo dataset unchanged; cd /; rm -rf "$d"
samnet: sym: is the input file ds/memberships.csv; samnet does not overwrite its input
status 2
samnet: hard: is the input file ds/projects.csv; samnet does not overwrite its input
status 2
dataset unchanged

# backbone --dataset D -o D would overwrite its own input dataset.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && cp -r "$t"/tests/data/mini "ds" && samnet backbone "ds" --dataset -o "ds"; echo "status $?"; diff -r "$t"/tests/data/mini "ds" && echo dataset unchanged; cd /; rm -rf "$d"
samnet: ds/projects.csv: is an input of this run; samnet does not overwrite its input
status 2
dataset unchanged

# The companion files of export (here PREFIX_nodes.csv) and a --compare file count too.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && cp -r "$t"/tests/data/mini "ds" && ln -s ds/actors.csv "x_nodes.csv" && samnet export "ds" --format csv -o "x"; echo "status $?"; cp "$t"/tests/data/communities/partition.csv "p.csv" && samnet communities "$t"/tests/data/communities --compare "p.csv" -o "p.csv"; echo "status $?"; diff "$t"/tests/data/communities/partition.csv "p.csv" && diff -r "$t"/tests/data/mini "ds" && echo inputs unchanged; cd /; rm -rf "$d"
samnet: x_nodes.csv: is the input file ds/actors.csv; samnet does not overwrite its input
status 2
samnet: p.csv: is an input of this run; samnet does not overwrite its input
status 2
inputs unchanged

# SIGINT, SIGTERM and SIGHUP in the middle of writing: the temporary files are
# removed (generate left ~100 MB of hidden files here) and samnet exits 128 + signal.
$ python3 tests/bad/interrupt.py INT generate -n 300000 -q -o '{dir}/g'
exit 130
files left: none

$ python3 tests/bad/interrupt.py TERM generate -n 300000 -q -o '{dir}/g'
exit 143
files left: none

$ python3 tests/bad/interrupt.py HUP generate -n 300000 -q -o '{dir}/g'
exit 129
files left: none

# A failed export replaces nothing: pajek with an unknown --attribute fails on the
# .clu file, and the .net written before it is not put in place either.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && echo old > "x.net" && echo old > "x.clu" && samnet export mini --format pajek --attribute nope -o "x.net"; echo "status $?"; cat "x.net" "x.clu"; ls -A; cd /; rm -rf "$d"
samnet: no attribute named 'nope' to export
status 2
old
old
mini
x.clu
x.net

# The same for a dataset folder: generate into a folder whose memberships.csv is
# a folder fails, and the other three files are not replaced.
$ t=$PWD && d=$(mktemp -d) && cd "$d" && ln -s "$t/tests/data/mini" mini && mkdir -p "g/memberships.csv" && echo old > "g/actors.csv" && samnet generate -n 100 -q -o "g"; echo "status $?"; cat "g/actors.csv"; ls -A "g"; cd /; rm -rf "$d"
samnet: g/memberships.csv: is a folder
status 4
old
actors.csv
memberships.csv

# Every command's --help states the rules of -o.
$ for c in summary export report backbone generate; do samnet $c --help | grep -c -e '^-o FILE: a new or regular file' -e 'replaced only when it is yours and writable, for root too' -e 'exit 128 + the signal number'; done
3
3
3
3
3
