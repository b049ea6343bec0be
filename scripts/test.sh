#!/bin/sh
# Builds samnet and runs the whole test suite, installing missing Debian packages first.
# Ends with one line "N passed, N failed" (individual Check tests and golden CLI tests).
#
#   scripts/test.sh              build in build/ and run make check
#   scripts/test.sh --ci         also an AddressSanitizer+UBSan build (build-asan/), the CLI
#                                tests under valgrind, and make distcheck
# The headless-Chromium screenshot of the HTML report is kept in build/artefacts/.
set -u
cd "$(dirname "$0")/.."
top=$(pwd)
ci=no
[ "${1:-}" = "--ci" ] && ci=yes
jobs=$(nproc 2>/dev/null || echo 2)

scripts/deps.sh --test || { echo "samnet: could not install the build dependencies" >&2; exit 1; }
[ -x configure ] && [ configure -nt configure.ac ] || autoreconf -fi >/dev/null 2>&1 || autoreconf -fi || exit 1

status=0
# Runs make check in build folder $1 with configure flags $2 and check environment $3.
run_suite() {
	dir=$1 flags=$2 env=$3
	mkdir -p "$dir"
	( cd "$dir" && { [ -f Makefile ] || "$top/configure" -q $flags; } && make -j"$jobs" >/dev/null ) || {
		echo "samnet: build in $dir failed" >&2; status=1; return; }
	( cd "$dir" && env $env make -j"$jobs" check >/dev/null 2>&1 ) || status=1
}

run_suite build "" "SAMNET_ARTEFACTS=$top/build/artefacts"
if [ $ci = yes ]; then
	run_suite build-asan "--enable-asan" "ASAN_OPTIONS=detect_leaks=1"
	# Valgrind memcheck on the CLI: every samnet command of the golden tests.
	( cd build && SAMNET_VALGRIND=1 make check TESTS=tests/cli.test >/dev/null 2>&1 ) || status=1
	( cd build && make -j"$jobs" distcheck >distcheck.log 2>&1 ) || { echo "samnet: make distcheck failed (build/distcheck.log)" >&2; status=1; }
fi

# Count individual tests from the logs of every suite that ran.
passed=0 failed=0
for dir in build build-asan; do
	[ -d "$dir/tests" ] || continue
	[ $dir = build-asan ] && [ $ci = no ] && continue
	for trs in "$dir"/tests/*.trs; do
		[ -f "$trs" ] || continue
		log=${trs%.trs}.log
		line=$(grep -E '^[0-9]+%: Checks: [0-9]+' "$log" | tail -n 1)
		summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
		if [ -n "$line" ]; then
			n=$(echo "$line" | sed -E 's/.*Checks: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2 \3/')
			set -- $n
			passed=$((passed + $1 - $2 - $3)); failed=$((failed + $2 + $3))
		elif [ -n "$summary" ]; then
			set -- $summary
			passed=$((passed + $1)); failed=$((failed + $3))
		elif grep -q ':test-result: PASS' "$trs"; then
			passed=$((passed + 1))
		elif ! grep -q ':test-result: SKIP' "$trs"; then
			failed=$((failed + 1))
		fi
		grep -q ':test-result: \(FAIL\|ERROR\)' "$trs" && { echo "samnet: FAILED $log" >&2; tail -n 30 "$log" >&2; }
	done
done
[ $failed -gt 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
