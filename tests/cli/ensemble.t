# samnet communities --runs above the dense consensus limit (issue 24): up to
# 5000 vertices the consensus scores all pairs and the metadata does not name
# them; above, only the pairs joined by a tie are scored, the metadata says
# consensus_pairs: edges, and nothing is refused.  Expected lines follow from
# that documented rule (sn_ensemble_run(), SN_ENSEMBLE_DENSE_MAX), not from
# samnet's output.

$ samnet communities --runs 3 -f json | /usr/bin/python3 -c 'import json, sys; m = json.load(sys.stdin)["meta"]; print(m["vertices"] <= 5000, "consensus_pairs" in m)'
True False

$ d=$(mktemp -d) && samnet generate -n 7000 --seed 5 -o "$d/g" -q && samnet communities "$d/g" --runs 3 -f json -o "$d/c.json" && /usr/bin/python3 -c 'import json, sys; m = json.load(open(sys.argv[1]))["meta"]; print(m["vertices"] > 5000, m["consensus_pairs"], m["runs"], 0 <= m["stability_mean"] <= 1)' "$d/c.json"; rm -rf "$d"
True edges 3 True
