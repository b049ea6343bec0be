#!/bin/sh
# scripts/bench_ensemble.sh: community ensembles (consensus, stability) at scale.
#
#   scripts/bench_ensemble.sh [--sizes "100000"] [--runs 20] [--build DIR] [--work DIR]
#
# For each size N, generates N actors and 2N projects (`samnet generate -n N
# -m 2N --seed 1`), then times, with GNU time, `samnet communities DATA --runs
# 1` and `samnet communities DATA --runs R` (Leiden, modularity; the consensus
# scores co-assignment on the projection's ties above 5000 actors) and prints
# one row per size: wall time and peak RSS of both, their ratio (the ensemble
# against one run: loading, projecting and profiling are paid once, the runs
# and the consensus rounds R times each; CPU time, since the development
# machine is shared and wall time follows its load), the consensus rounds,
# communities and mean stability from the JSON metadata, and the load average.  Then the memory per actor of the ensemble
# beyond one run, and the estimate for 1 000 000 actors from the largest size.
# Exits 1 when a run fails or takes more than 10 minutes (the issue's target).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES="100000"
RUNS=20
BUILD="$ROOT/build"
WORK="${TMPDIR:-/tmp}/samnet-bench-ensemble"
TIME=/usr/bin/time
PY=/usr/bin/python3

while [ $# -gt 0 ]; do
	case "$1" in
	--sizes) SIZES=$2; shift 2 ;;
	--runs) RUNS=$2; shift 2 ;;
	--build) BUILD=$2; shift 2 ;;
	--work) WORK=$2; shift 2 ;;
	-h|--help) sed -n '2,16p' "$0"; exit 0 ;;
	*) echo "bench_ensemble.sh: unknown option $1" >&2; exit 2 ;;
	esac
done

SAMNET="$BUILD/samnet"
[ -x "$SAMNET" ] || { echo "bench_ensemble.sh: no $SAMNET (build first)" >&2; exit 2; }
[ -x "$TIME" ] || { echo "bench_ensemble.sh: GNU time ($TIME) is needed" >&2; exit 2; }
mkdir -p "$WORK"

# timed RUNS_N DATA OUT: one `samnet communities`, GNU time's report in OUT.time.
timed() {
	"$TIME" -v "$SAMNET" communities "$2" --runs "$1" -f json -o "$3" 2>"$3.time"
}

# field FILE "label": the value of one line of GNU time's report.
field() {
	sed -n "s/^[[:space:]]*$2: //p" "$1"
}

# wall FILE: GNU time's h:mm:ss or m:ss.ss as seconds.
wall() {
	field "$1" "Elapsed (wall clock) time (h:mm:ss or m:ss)" |
		awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }'
}

# cpu FILE: user + system seconds of GNU time's report.
cpu() {
	awk -v u="$(field "$1" "User time (seconds)")" -v s="$(field "$1" "System time (seconds)")" \
		'BEGIN { printf "%.1f", u + s }'
}

# ties DATA: the ties of the count projection, from samnet summary.
ties() {
	"$SAMNET" summary "$1" -f json 2>/dev/null | "$PY" -c 'import json, sys
d = json.load(sys.stdin)
print(next(r["count"] for r in d["overview"] if r["measure"] == "projection ties"))' 2>/dev/null ||
		echo -
}

# meta FILE KEY: a metadata value of a JSON document.
meta() {
	"$PY" -c 'import json, sys
d = json.load(open(sys.argv[1]))
m = d.get("meta", d)
print(m.get(sys.argv[2], "-"))' "$1" "$2" 2>/dev/null || echo -
}

printf '| actors | ties | 1 run: wall (CPU) | 1 run: peak RSS | %s runs: wall (CPU) | %s runs: peak RSS | CPU ratio | rounds | communities | mean stability | load average before → after |\n' "$RUNS" "$RUNS"
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n'
status=0
last_n=0 last_rss=0 last_rss1=0
for n in $SIZES; do
	data="$WORK/n$n"
	if [ ! -f "$data/memberships.csv" ]; then
		"$SAMNET" generate -n "$n" -m $((2 * n)) --seed 1 -o "$data" >/dev/null
	fi
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	if ! timed 1 "$data" "$WORK/one$n.json" || ! timed "$RUNS" "$data" "$WORK/ens$n.json"; then
		echo "bench_ensemble.sh: samnet communities failed at $n actors" >&2
		status=1
		continue
	fi
	load="$load → $(cut -d' ' -f1-3 /proc/loadavg)"
	t1=$(wall "$WORK/one$n.json.time")
	tn=$(wall "$WORK/ens$n.json.time")
	c1=$(cpu "$WORK/one$n.json.time")
	cn=$(cpu "$WORK/ens$n.json.time")
	r1=$(field "$WORK/one$n.json.time" "Maximum resident set size (kbytes)")
	rn=$(field "$WORK/ens$n.json.time" "Maximum resident set size (kbytes)")
	printf '| %s | %s | %s s (%s s) | %d MB | %s s (%s s) | %d MB | %s | %s | %s | %s | %s |\n' \
		"$n" "$(ties "$data")" "$t1" "$c1" $((r1 / 1024)) "$tn" "$cn" $((rn / 1024)) \
		"$(awk -v a="$cn" -v b="$c1" 'BEGIN { printf "%.1f", a / b }')" \
		"$(meta "$WORK/ens$n.json" consensus_rounds)" "$(meta "$WORK/ens$n.json" communities)" \
		"$(meta "$WORK/ens$n.json" stability_mean)" "$load"
	if awk -v t="$tn" 'BEGIN { exit !(t > 600) }'; then
		echo "bench_ensemble.sh: $RUNS runs at $n actors took $tn s, over 10 minutes" >&2
		status=1
	fi
	last_n=$n last_rss=$rn last_rss1=$r1
done
if [ "$last_n" -gt 0 ]; then
	awk -v n="$last_n" -v r="$last_rss" -v r1="$last_rss1" -v runs="$RUNS" 'BEGIN {
		printf "\nAt %d actors the ensemble peaks at %.0f MB, %.0f MB above one run " \
		       "(%.0f bytes per actor; the input runs alone take 8 x %d = %d).\n",
		       n, r / 1024, (r - r1) / 1024, (r - r1) * 1024 / n, runs, 8 * runs
		printf "Linear estimate for 1 000 000 actors (the bound is O(n runs + m)): %.1f GB.\n",
		       r * 1024 * (1000000 / n) / 1e9
	}'
fi
exit $status
