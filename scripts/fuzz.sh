#!/bin/sh
# Runs one libFuzzer harness of tests/fuzz/ for a while.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]     TARGET: table, dataset, rule, outfile, query or options
#
# Builds the library with clang, AddressSanitizer and UndefinedBehaviorSanitizer in build-fuzz/
# (FUZZ_BUILD overrides), links the harness with -fsanitize=fuzzer, and fuzzes from the seed
# corpus tests/fuzz/corpus/TARGET and the regressions tests/fuzz-regressions/TARGET.  New inputs
# go to build-fuzz/corpus-TARGET, findings to build-fuzz/crashes-TARGET/.  Exit status 0 when
# the run was clean.  Needs clang and libclang-rt-14-dev (Debian 12).
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
[ $# -ge 2 ] || { echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]" >&2; exit 2; }
target=$1 seconds=$2
shift 2
case $target in
table|dataset|rule|outfile|query|options) ;;
*) echo "samnet: unknown fuzz target '$target' (table, dataset, rule, outfile, query or options)" >&2; exit 2 ;;
esac
command -v clang >/dev/null 2>&1 || {
	echo "samnet: clang is needed: apt-get install clang libclang-rt-14-dev" >&2; exit 1; }
build=${FUZZ_BUILD:-$top/build-fuzz}
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
mkdir -p "$build"
if [ ! -f "$build/Makefile" ]; then
	[ -x configure ] || autoreconf -fi
	( cd "$build" && "$top/configure" -q --disable-shared CC=clang \
		CFLAGS="-g -O1 -fsanitize=fuzzer-no-link $sanitize" )
fi
( cd "$build" && make -j"$(nproc 2>/dev/null || echo 2)" libsamnet.la >/dev/null )
# The option parser's harness links the command line itself, all but main(); two command
# files are compiled through tests/fuzz/options_*.c, which reach their static parsers.
extra=
quiet=
[ "$target" = query ] && extra="$(ls "$top"/serve/api*.c) $top/serve/json.c"   # the API, no HTTP
if [ "$target" = options ]; then
	extra="$(ls "$top"/cli/*.c | grep -Ev '/(main|cmd_power|cmd_communities)\.c$')
		$top/tests/fuzz/options_power.c $top/tests/fuzz/options_communities.c
		$(ls "$top"/serve/*.c)"   # cli/cmd_serve.c calls the server (libmicrohttpd)
	quiet=-close_fd_mask=2   # usage errors on stderr; libFuzzer keeps its own reports
fi
clang -g -O1 -fsanitize=fuzzer $sanitize -std=gnu11 -I"$build" -I"$top/include" -I"$top" \
	-DSN_PKGDATADIR='"/nonexistent"' -DSN_SRCDATADIR="\"$top/datasets\"" \
	$(pkg-config --cflags igraph gsl libmicrohttpd) -o "$build/fuzz_$target" "$top/tests/fuzz/fuzz_$target.c" \
	$extra "$build/.libs/libsamnet.a" $(pkg-config --libs igraph gsl libmicrohttpd) -lcsv -lm -lpthread
mkdir -p "$build/corpus-$target" "$build/crashes-$target"
seeds="$top/tests/fuzz/corpus/$target"
[ -d "$top/tests/fuzz-regressions/$target" ] && seeds="$seeds $top/tests/fuzz-regressions/$target"
# Leaks count as findings; a run of one input longer than 10 s is a hang.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
exec "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
	-max_len=8192 -print_final_stats=1 -artifact_prefix="$build/crashes-$target/" $quiet "$@" \
	"$build/corpus-$target" $seeds
