# samnet generate: golden tests.  Expected figures follow from the parameters
# and the documented defaults, not from samnet's output: N actors and M
# projects give N + 1 and M + 1 lines with the header; 200 actors give
# min(21, 200/40) = 5 counties and min(290, 200/4) = 50 municipalities, so
# 1 + 5 + 50 territories; 5 regions, 5 länsstyrelser and 50 kommuner.  The
# loader must find no problem, and the same seed must give the same bytes.

$ d=$(mktemp -d) && samnet generate -n 200 -m 300 --seed 3 -o "$d/g" -q && wc -l < "$d/g/actors.csv" && wc -l < "$d/g/projects.csv" && tail -n +2 "$d/g/territories.csv" | wc -l && cut -d, -f3 "$d/g/actors.csv" | grep -cx -e region -e lansstyrelse && cut -d, -f3 "$d/g/actors.csv" | grep -cx kommun; rm -rf "$d"
201
301
56
10
50

$ d=$(mktemp -d) && samnet generate -n 200 -m 300 --seed 3 -o "$d/g" -q && samnet validate "$d/g" --format csv | grep -E "^(actors|projects|territories|warnings),"; rm -rf "$d"
actors,200
projects,300
territories,56
warnings,0

$ d=$(mktemp -d) && samnet generate -n 300 --seed 9 -o "$d/a" -q && samnet generate -n 300 --seed 9 -o "$d/b" -q && samnet generate -n 300 --seed 10 -o "$d/c" -q && cat "$d"/a/*.csv | cksum > "$d/ka" && cat "$d"/b/*.csv | cksum > "$d/kb" && cat "$d"/c/*.csv | cksum > "$d/kc" && cmp -s "$d/ka" "$d/kb" && echo same seed, same files && ! cmp -s "$d/ka" "$d/kc" && echo other seed, other files; rm -rf "$d"
same seed, same files
other seed, other files

$ d=$(mktemp -d) && samnet generate -n 100 --seed 2 -o "$d/g" | grep -v '^dataset: /'; rm -rf "$d"
seed: 2
actors: 100
projects: 200
counties: 2
municipalities: 25
locality: 0.8

# Usage errors exit 2, an unwritable folder 4.
$ samnet generate -n 100
samnet generate: give the output folder with -o DIR
Try 'samnet generate --help'.
? 2

$ samnet generate -n 2 -o /nonexistent/g
samnet generate: --actors must be between 3 and 100000000, got 2
Try 'samnet generate --help'.
? 2

$ samnet generate -n 50 --counties 21 -o /nonexistent/g
samnet generate: 50 actors cannot hold 63 territorial actors (2 per county, 1 per municipality)
Try 'samnet generate --help'.
? 2

$ samnet generate -n 100 --locality 1.5 -o /nonexistent/g
...
? 2

$ samnet generate -n 100 -o /nonexistent/g
samnet: /nonexistent/g: No such file or directory
? 4
