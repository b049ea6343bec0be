#!/bin/sh
# scripts/bench_approx.sh: sampled betweenness from the command line at scale (issue 24).
#
#   scripts/bench_approx.sh [--actors 100000] [--eps 0.01] [--build DIR] [--work DIR]
#                           [--threads 0] [--measures "betweenness betweenness_w"]
#
# Generates `samnet generate -n N -m 2N --seed 1` (N = 100 000 by default:
# count projection, about 5.5 million ties) and times, with /usr/bin/time,
# `samnet centrality DATA -m degree,M --approx EPS` for each measure M
# (betweenness, and betweenness_w with lengths 1/weight), plus
# `-m degree` alone (load, projection and table without betweenness).
# Prints one markdown table: samples, wall time, user + system CPU time,
# peak memory (max RSS), and the load average before each command.  The
# issue's target is at most 5 minutes per command at eps = 0.01.
# No peer takes part: python-igraph and NetworkX have no sampled betweenness
# with an error guarantee (NetworkX's k-source sampling has none).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=100000
EPS=0.01
BUILD="$ROOT/build-bench"
WORK="${TMPDIR:-/tmp}/samnet-bench-approx"
THREADS=0
MEASURES="betweenness betweenness_w"

while [ $# -gt 0 ]; do
	case "$1" in
	--actors) N="$2"; shift ;;
	--eps) EPS="$2"; shift ;;
	--build) BUILD="$2"; shift ;;
	--work) WORK="$2"; shift ;;
	--threads) THREADS="$2"; shift ;;
	--measures) MEASURES="$2"; shift ;;
	-h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench_approx.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done

if [ ! -f "$BUILD/Makefile" ]; then
	mkdir -p "$BUILD"
	(cd "$BUILD" && "$ROOT/configure" -q)
fi
make -s -C "$BUILD" -j2 samnet >&2
SAMNET="$BUILD/samnet"
mkdir -p "$WORK"
DATA="$WORK/data-$N"
[ -f "$DATA/memberships.csv" ] || "$SAMNET" generate -o "$DATA" -n "$N" -m $((2 * N)) --seed 1 >/dev/null

# run LABEL MEASURES [--approx EPS]: one table row.
run() {
	label=$1; measures=$2; shift 2
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	SAMNET_THREADS=$THREADS /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$SAMNET" centrality \
		"$DATA" -q -m "$measures" "$@" --format json >"$WORK/out.json"
	read -r wall user sys kb <"$WORK/time"
	samples=$(grep -o '[0-9]* samples' "$WORK/out.json" | head -1 | cut -d' ' -f1)
	printf '| `%s` | %s | %s s | %s s | %s MiB | %s |\n' "$label" "${samples:-—}" "$wall" \
		"$(echo "$user $sys" | awk '{ printf "%.1f", $1 + $2 }')" $((kb / 1024)) "$load"
}

echo "samnet centrality on $N actors (samnet generate -n $N -m $((2 * N)) --seed 1, count projection);"
echo "$(nproc) cores, threads $THREADS (0: all), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| command | samples | wall time | CPU time | peak memory | load average before |"
echo "|---|---:|---:|---:|---:|---|"
run "centrality -m degree" degree
for m in $MEASURES; do
	run "centrality -m degree,$m --approx $EPS" "degree,$m" --approx "$EPS"
done
