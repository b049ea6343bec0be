# same CMD...: runs CMD --seed 7 twice and CMD --seed 8 once, each of which must
# succeed with output, and says whether the outputs are byte-identical.
# Sourced by tests/cli/determinism.t.
same() {
	local dir run seed
	dir=$(mktemp -d)
	for run in a b c; do
		seed=7
		[ $run = c ] && seed=8
		"$@" --seed $seed > "$dir/$run" || echo "failed: $* --seed $seed"
		[ -s "$dir/$run" ] || echo "no output: $* --seed $seed"
	done
	cmp -s "$dir/a" "$dir/b" && echo same seed, same bytes
	cmp -s "$dir/a" "$dir/c" || echo other seed, other bytes
	rm -rf "$dir"
}
