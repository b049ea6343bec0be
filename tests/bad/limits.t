# Pathological but valid data: a project of 50 000 members would give an actor
# projection of 50000 * 49999 / 2 = 1 249 975 000 ties.  The CLI stops before
# any quadratic work (the largest project's clique bounds the size from below),
# names the project and the ways out, and exits 5.
$ d=$(mktemp -d) && cd "$d" && mkdir huge && python3 -c "print('id,name,type'); [print('a%d,A%d,company' % (i, i)) for i in range(50000)]" > huge/actors.csv && python3 -c "print('project,actor'); [print('big,a%d' % i) for i in range(50000)]" > huge/memberships.csv && samnet summary huge; s=$?; rm -rf "$d"; exit $s
samnet: the projection would have at least 1249975000 ties (limit 50000000); the largest project is 'big' with 50000 members: cap the project size, use fractional (newman) weights on a smaller network, or use the two-mode measures; or raise --max-ties (now 50000000; 0: no limit)
? 5

# The limit is --max-ties: tests/data/mini has 10 ties (see tests/cli/core.t).
$ samnet summary tests/data/mini --max-ties 9
samnet: the projection would have 10 ties (limit 9); the largest project is 'p2' with 4 members: cap the project size, use fractional (newman) weights on a smaller network, or use the two-mode measures; or raise --max-ties (now 9; 0: no limit)
? 5

$ samnet summary tests/data/mini --max-ties 10 --format csv | grep 'projection ties'
projection ties,10,
? 0

$ samnet summary tests/data/mini --max-ties 0 --format csv | grep 'projection ties'
projection ties,10,
? 0

$ samnet summary tests/data/mini --max-ties -1
samnet summary: --max-ties expects a whole number (0: no limit), got '-1'
Try 'samnet summary --help'.
? 2

$ samnet summary tests/data/mini --max-ties many
samnet summary: --max-ties expects a whole number (0: no limit), got 'many'
Try 'samnet summary --help'.
? 2

# Every command that builds the actor projection goes through the same limit.
$ { samnet centrality tests/data/mini --max-ties 9; echo "exit $?"; } 2>&1 | cut -c1-60
samnet: the projection would have 10 ties (limit 9); the lar
exit 5
? 0

$ { samnet brokerage tests/data/mini --max-ties 9; echo "exit $?"; } 2>&1 | cut -c1-60
samnet: the projection would have 10 ties (limit 9); the lar
exit 5
? 0

$ { samnet communities tests/data/mini --max-ties 9; echo "exit $?"; } 2>&1 | cut -c1-60
samnet: the projection would have 10 ties (limit 9); the lar
exit 5
? 0

$ { samnet coalition tests/data/mini --max-ties 9; echo "exit $?"; } 2>&1 | cut -c1-60
samnet: the projection would have 10 ties (limit 9); the lar
exit 5
? 0

# significance, backbone and report project by other means, after the same check.
$ { samnet significance tests/data/mini --samples 10 --max-ties 9; echo "exit $?"; } 2>&1 | cut -c1-60
samnet: the projection would have 10 ties (limit 9); the lar
exit 5
? 0

$ { samnet backbone tests/data/mini --max-ties 9; echo "exit $?"; } 2>&1 | cut -c1-60
samnet: the projection would have 10 ties (limit 9); the lar
exit 5
? 0

$ { samnet report tests/data/mini -o /dev/null --max-ties 9; echo "exit $?"; } 2>&1 | cut -c1-60
samnet: the projection would have 10 ties (limit 9); the lar
exit 5
? 0
