#!/bin/sh
# scripts/bench.sh: samnet against python-igraph and NetworkX on generated data.
#
#   scripts/bench.sh [--large] [--full] [--sizes "1000 10000"] [--runs 3] [--threads 0]
#                    [--build DIR] [--work DIR] [--markdown FILE] [--no-networkx] [--paths]
#   scripts/bench.sh --approx [options of scripts/bench_approx.sh]
#
# Generates datasets of N actors and 2N projects (seed 1) with samnet's
# generator, runs the same pipeline with samnet (tests/bench_samnet, linked to
# libsamnet), python3-igraph and python3-networkx from Debian's /usr/bin/python3,
# and prints one table (median times, peak memory, ratios peer/samnet) followed
# by agreement checks.  Exits 1 when a check fails: a fast wrong answer fails.
#
# Sizes: 1 000 and 10 000 actors by default; --large adds 100 000, where the
# O(n m) steps (exact betweenness, closeness, harmonic, walktrap) are skipped
# for every tool and NetworkX is not run.  NetworkX skips the O(n m) steps
# above 2 000 actors: they take it several minutes each (see doc/benchmarks.md).
# python-igraph's weighted exact betweenness takes about 400 s at 10 000 actors;
# it runs above 2 000 actors only with --full, so that the default run stays
# near 10 minutes on 2 cores.
# Then `samnet centrality --measures M` for the exact path measures (the whole
# command, load to table) against python-igraph's same measure.  --paths runs
# only that comparison, back to back (python-igraph's exact betweenness,
# closeness and harmonic, then the commands; no NetworkX, no power indices).
# --approx runs scripts/bench_approx.sh instead (sampled betweenness and
# betweenness_w at eps 0.01 through `samnet centrality` on 100 000 actors:
# samples, wall and CPU time, peak memory, load average; issue 24).
# Last, the power-index benchmark: exact Banzhaf and Shapley-Shubik indices of
# the 290 kommuner of the bundled dataset weighted by population, quota 50 %.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES="1000 10000"
RUNS=3
THREADS=0
BUILD="$ROOT/build-bench"
WORK="${TMPDIR:-/tmp}/samnet-bench"
MARKDOWN=""
NETWORKX=yes
FULL=no
PATHS=no
PY=/usr/bin/python3
TIMEOUT=3600

while [ $# -gt 0 ]; do
	case "$1" in
	--large) SIZES="$SIZES 100000" ;;
	--sizes) SIZES="$2"; shift ;;
	--runs) RUNS="$2"; shift ;;
	--threads) THREADS="$2"; shift ;;
	--build) BUILD="$2"; shift ;;
	--work) WORK="$2"; shift ;;
	--markdown) MARKDOWN="$2"; shift ;;
	--no-networkx) NETWORKX=no ;;
	--full) FULL=yes ;;
	--paths) PATHS=yes; NETWORKX=no ;;
	--approx) shift; exec "$(dirname "$0")/bench_approx.sh" "$@" ;;
	-h|--help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
	esac
	shift
done

say() { printf '%s\n' "bench.sh: $*" >&2; }

# The peers, as Debian ships them.
$PY -c 'import igraph, networkx' 2>/dev/null || {
	say "python3-igraph and python3-networkx are needed: apt-get install python3-igraph python3-networkx"
	exit 2
}

# Build libsamnet and the driver out of tree.
if [ ! -f "$BUILD/Makefile" ]; then
	mkdir -p "$BUILD"
	(cd "$BUILD" && "$ROOT/configure" -q)
fi
make -s -C "$BUILD" -j2 libsamnet.la samnet tests/bench_samnet >&2
DRIVER="$BUILD/tests/bench_samnet"

# bench_command DATA MEASURE PREFIX: times `samnet centrality` with one
# measure (Newman projection, threads as --threads; values scaled as
# python-igraph's defaults: raw betweenness, normalised closeness and
# harmonic) and prints a JSON step line and the top 12 actors by the measure.
bench_command() {
	case "$2" in betweenness*) scaling=--raw ;; *) scaling=--normalized ;; esac
	if SAMNET_THREADS=$THREADS /usr/bin/time -f '%e %M' -o "$3.time" "$BUILD/samnet" centrality \
		"$1" --projection newman --measures "$2" $scaling --format csv >"$3.csv" 2>"$3.err"; then
		read -r secs kb <"$3.time"
		printf '{"tool": "samnet", "step": "cmd_%s", "seconds": %s, "runs": 1, "peak_rss_kb": %s}\n' \
			"$2" "$secs" "$kb"
		$PY -c 'import csv, json, math, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
vals = [(r["id"], float(r[sys.argv[2]] or "nan")) for r in rows]
top = sorted([x for x in vals if not math.isnan(x[1])], key=lambda x: (-x[1], x[0]))[:12]
print(json.dumps({"tool": "samnet", "check": "cmd_%s_top" % sys.argv[2], "top": top}))' "$3.csv" "$2"
	else
		printf '{"tool": "samnet", "step": "cmd_%s", "skipped": "%s"}\n' "$2" \
			"$(head -1 "$3.err" | tr -d '"\\')"
	fi
}

mkdir -p "$WORK"
# The machine, as the report states it.
{
	echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores online"
	echo "- memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
	echo "- system: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
	echo "- igraph C $(pkg-config --modversion igraph), python-igraph $($PY -c 'import igraph; print(igraph.__version__)'), NetworkX $($PY -c 'import networkx; print(networkx.__version__)'), Python $($PY -c 'import platform; print(platform.python_version())')"
	echo "- load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- runs per step: median of $RUNS (steps over 2 s: 1 run); samnet threads: $THREADS (0: all cores)"
} >"$WORK/machine.md"
SPECS=""
HEAVY="betweenness,betweenness_w,closeness,harmonic"
for n in $SIZES; do
	data="$WORK/data-$n"
	"$DRIVER" generate "$data" "$n" $((2 * n)) 1

	sskip=""; iskip=""; nskip=""; sreason=""; ireason=""; nreason=""; nx=$NETWORKX
	if [ "$n" -gt 20000 ]; then
		sskip="$HEAVY,walktrap"; iskip="$HEAVY,walktrap"; nx=no
		sreason="O(n m): hours at this size"; ireason=$sreason
	elif [ "$n" -gt 2000 ]; then
		nskip="$HEAVY"
		nreason="O(n m): NetworkX takes several minutes per step at this size"
		if [ "$FULL" = no ]; then
			iskip="betweenness_w"
			ireason="about 400 s at 10 000 actors: run with --full"
		fi
	fi

	if [ "$PATHS" = yes ]; then
		iskip="load_only"
		for st in degree strength betweenness_w betweenness_approx eigenvector pagerank kcore \
			components louvain leiden labelprop walktrap graphml; do
			[ "$st" = betweenness_w ] && [ "$FULL" = yes ] && continue
			iskip="$iskip,$st"
		done
		ireason="--paths: path measures only"
	else
		say "$n actors: samnet"
		timeout $TIMEOUT "$DRIVER" run "$data" --runs "$RUNS" --threads "$THREADS" \
			--skip "$sskip" --skip-reason "$sreason" --out "$WORK" >"$WORK/$n-samnet.jsonl" ||
			say "samnet driver failed at $n actors (exit $?)"
		SPECS="$SPECS $n:samnet:$WORK/$n-samnet.jsonl"
	fi

	say "$n actors: python-igraph"
	timeout $TIMEOUT $PY "$ROOT/scripts/bench_igraph.py" "$data" --runs "$RUNS" \
		--skip "$iskip" --skip-reason "$ireason" --out "$WORK" >"$WORK/$n-igraph.jsonl" ||
		say "python-igraph driver failed at $n actors (exit $?)"
	SPECS="$SPECS $n:igraph:$WORK/$n-igraph.jsonl"

	# The path measures as users run them: the whole `samnet centrality`
	# command (load, Newman projection, the measure, the CSV table), one run
	# each, against python-igraph's step above on the same graph.
	if [ -z "$sskip" ]; then
		cmds="betweenness closeness harmonic"
		[ "$FULL" = yes ] && cmds="$cmds betweenness_w"
		: >"$WORK/$n-commands.jsonl"
		for m in $cmds; do
			say "$n actors: samnet centrality --measures $m"
			bench_command "$data" "$m" "$WORK/$n-cmd-$m" >>"$WORK/$n-commands.jsonl"
		done
		SPECS="$SPECS $n:commands:$WORK/$n-commands.jsonl"
	fi

	if [ "$nx" = yes ]; then
		say "$n actors: NetworkX"
		timeout $TIMEOUT $PY "$ROOT/scripts/bench_networkx.py" "$data" --runs "$RUNS" \
			--skip "$nskip" --skip-reason "$nreason" --out "$WORK" \
			>"$WORK/$n-networkx.jsonl" ||
			say "NetworkX driver failed at $n actors (exit $?)"
		SPECS="$SPECS $n:networkx:$WORK/$n-networkx.jsonl"
	fi
done

# The power-index benchmark of the voting-power issue: all 290 kommuner of the
# bundled dataset weighted by population, quota 50 %, exact methods.  No peer
# computes power indices; the figures stand alone.
: >"$WORK/power.jsonl"
for idx in banzhaf shapley; do
	[ "$PATHS" = yes ] && break
	say "power indices: $idx, 290 kommuner"
	if /usr/bin/time -f '%e %M' -o "$WORK/power-$idx.time" "$BUILD/samnet" power \
		--players type=kommun --all-actors --quota 50% --indices "$idx" --method exact \
		--format csv >"$WORK/power-$idx.csv" 2>"$WORK/power-$idx.err"; then
		read -r secs kb <"$WORK/power-$idx.time"
		printf '{"tool": "samnet", "step": "power_%s_290", "seconds": %s, "runs": 1, "peak_rss_kb": %s, "players": %s}\n' \
			"$idx" "$secs" "$kb" "$(($(wc -l <"$WORK/power-$idx.csv") - 1))" >>"$WORK/power.jsonl"
	else
		printf '{"tool": "samnet", "step": "power_%s_290", "skipped": "%s"}\n' "$idx" \
			"$(head -1 "$WORK/power-$idx.err" | tr -d '"\\')" >>"$WORK/power.jsonl"
	fi
done

echo "- load average when the run ended: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$WORK/machine.md"
# shellcheck disable=SC2086
if [ -n "$MARKDOWN" ]; then
	exec $PY "$ROOT/scripts/bench_report.py" --machine "$WORK/machine.md" \
		--power "$WORK/power.jsonl" --markdown "$MARKDOWN" $SPECS
else
	exec $PY "$ROOT/scripts/bench_report.py" --machine "$WORK/machine.md" \
		--power "$WORK/power.jsonl" $SPECS
fi
