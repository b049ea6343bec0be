#!/bin/sh
# scripts/bench_pipeline.sh: the pipeline at L as users run it, samnet against
# python-igraph, in one script on the same files (issue 24).
#
#   scripts/bench_pipeline.sh [--actors N] [--repeat R] [--build DIR] [--work DIR]
#
# Generates L (`samnet generate -n 100000 -m 200000 --seed 1`; --actors N
# for another size, 2N projects), then times
#   samnet, as three commands (each loads the dataset and builds the count
#     projection again):
#       samnet centrality --measures degree,strength,pagerank,eigenvector,coreness
#       samnet communities            (Leiden, modularity)
#       samnet export --format graphml --graph actors
#   samnet, as one command (the same measures and the communities as node
#     attributes of the GraphML file):
#       samnet export --format graphml --graph actors
#                     --with degree,strength,pagerank,eigenvector,coreness,communities
#   python-igraph (Debian's /usr/bin/python3, scripts/bench_pipeline.py): the
#     same steps in one process, measures and community as vertex attributes,
#     write_graphml.
# and prints each side's wall time, peak memory (max RSS, /usr/bin/time) and
# the ratios igraph/samnet (time; above 1: samnet is faster) and
# samnet/igraph (memory; the target is at most 0.25).  With --repeat R the
# three sides run R times, interleaved, and the ratios of each round and of
# the medians are printed (wall times on a shared VM vary by 20 % from run to
# run).  Run it on a quiet machine: it prints the load average before and after.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ACTORS=100000
REPEAT=1
BUILD="$ROOT/build"
WORK="${TMPDIR:-/tmp}/samnet-bench-pipeline"
PY=/usr/bin/python3
MEASURES=degree,strength,pagerank,eigenvector,coreness

while [ $# -gt 0 ]; do
	case "$1" in
	--actors) ACTORS="$2"; shift ;;
	--repeat) REPEAT="$2"; shift ;;
	--build) BUILD="$2"; shift ;;
	--work) WORK="$2"; shift ;;
	-h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench_pipeline.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done

$PY -c 'import igraph' 2>/dev/null || {
	echo "bench_pipeline.sh: python3-igraph is needed: apt-get install python3-igraph" >&2
	exit 2
}
[ -x "$BUILD/samnet" ] || {
	echo "bench_pipeline.sh: no $BUILD/samnet: build samnet first (or give --build DIR)" >&2
	exit 2
}
SAMNET="$BUILD/samnet"
DATA="$WORK/data-$ACTORS"
mkdir -p "$WORK"
if [ ! -f "$DATA/memberships.csv" ]; then
	"$SAMNET" generate -n "$ACTORS" -m $((2 * ACTORS)) --seed 1 -o "$DATA" --quiet
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# timed NAME COMMAND...: runs COMMAND under /usr/bin/time, prints
# "NAME SECONDS KB" and appends the figures to $WORK/NAME.sum.
timed() {
	name=$1
	shift
	/usr/bin/time -f '%e %M' -o "$WORK/time.out" "$@"
	read -r secs kb <"$WORK/time.out"
	printf '%-34s %8.2f s %8d KB\n' "$name" "$secs" "$kb"
	echo "$secs $kb" >>"$WORK/sum.out"
}

# total: sum of the seconds and the largest KB since the last call.
total() {
	awk -v name="$1" '{ s += $1; if ($2 > m) m = $2 }
		END { printf "%-34s %8.2f s %8d KB\n", name, s, m; print s, m > "/dev/stderr" }' \
		"$WORK/sum.out" 2>"$WORK/$2.total"
	rm -f "$WORK/sum.out"
}

rm -f "$WORK/rounds.out"
round=1
while [ "$round" -le "$REPEAT" ]; do
	[ "$REPEAT" -gt 1 ] && echo "round $round of $REPEAT"
	rm -f "$WORK/sum.out"
	timed "samnet centrality" "$SAMNET" centrality --measures "$MEASURES" --format csv \
		-o "$WORK/centrality.csv" --quiet "$DATA"
	timed "samnet communities" "$SAMNET" communities --format csv -o "$WORK/communities.csv" \
		--quiet "$DATA"
	timed "samnet export" "$SAMNET" export --format graphml --graph actors \
		-o "$WORK/samnet.graphml" --quiet "$DATA"
	total "samnet, three commands" three

	timed "samnet export --with (one command)" "$SAMNET" export --format graphml \
		--graph actors --with "$MEASURES,communities" -o "$WORK/samnet-one.graphml" \
		--quiet "$DATA"
	total "samnet, one command" one

	timed "python-igraph" $PY "$ROOT/scripts/bench_pipeline.py" "$DATA" \
		"$WORK/igraph.graphml" >"$WORK/igraph.steps"
	sed 's/^/    /' "$WORK/igraph.steps"
	total "python-igraph" igraph
	rm -f "$WORK"/*.graphml
	echo "$(cat "$WORK/three.total") $(cat "$WORK/one.total") $(cat "$WORK/igraph.total")" \
		>>"$WORK/rounds.out"
	round=$((round + 1))
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# rounds.out: s3 m3 s1 m1 si mi per round; ratios per round, then of the medians.
awk 'function median(a, n,   i, j, t) {
		for (i = 2; i <= n; i++)
			for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	{
		n++; s3[n] = $1; m3[n] = $2; s1[n] = $3; m1[n] = $4; si[n] = $5; mi[n] = $6
		printf "round %d: time ratio igraph/samnet: three commands %.2f, one command %.2f\n",
			n, $5 / $1, $5 / $3
	}
	END {
		a = median(s3, n); b = median(s1, n); c = median(si, n)
		d = median(m3, n); e = median(m1, n); f = median(mi, n)
		printf "medians of %d: samnet three commands %.2f s, one command %.2f s, python-igraph %.2f s\n", n, a, b, c
		printf "time ratio igraph/samnet: three commands %.2f, one command %.2f (target >= 2)\n", c / a, c / b
		printf "memory ratio samnet/igraph: three commands %.2f, one command %.2f (target <= 0.25)\n", d / f, e / f
	}' "$WORK/rounds.out"

