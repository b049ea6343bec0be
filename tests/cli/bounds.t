# Iteration bounds and seeds (issues 16 and 17): every run ends, says how it
# ended, and prints the seed that reproduces it.  Every command runs under
# `timeout 60`, so a hang fails the test (exit 124) instead of blocking it.
#
# CPM at resolution 3 above every tie weight: the newman, jaccard and overlap
# weights of the bundled data stay below 3 (jaccard and overlap are at most
# 1), so a community of n >= 2 actors scores e_c - 3 n (n - 1) / 2 < 0 and
# singletons are the one optimum: 180 communities, quality 0.  igraph 0.10's
# own "until stable" loop never ended here (it stops only after an iteration
# that changes the partition); samnet's ends after the first iteration,
# which changes nothing.
$ for w in newman jaccard overlap; do timeout 60 samnet communities --objective cpm --resolution 3 -p $w --compare none | grep -E '^(projection|max_iterations|vertices|iterations|stopped_at_bound|communities|quality):' | tr '\n' ' '; echo; done
projection: newman max_iterations: 100 vertices: 180 iterations: 1 stopped_at_bound: no communities: 180 quality: 0 
projection: jaccard max_iterations: 100 vertices: 180 iterations: 1 stopped_at_bound: no communities: 180 quality: 0 
projection: overlap max_iterations: 100 vertices: 180 iterations: 1 stopped_at_bound: no communities: 180 quality: 0 

# The same on the small test dataset, and two-mode, where BRIM sweeps too.
$ for w in count newman jaccard overlap; do timeout 60 samnet communities tests/data/mini --objective cpm --resolution 3 -p $w --compare none | grep -E '^(stopped_at_bound|communities):' | tr '\n' ' '; echo; done
stopped_at_bound: no communities: 6 
stopped_at_bound: no communities: 6 
stopped_at_bound: no communities: 6 
stopped_at_bound: no communities: 6 

$ timeout 60 samnet communities --objective cpm --resolution 3 -p two-mode --compare none | grep -E '^(max_iterations|iterations|brim_sweeps|stopped_at_bound):'
max_iterations: 100
iterations: 1
brim_sweeps: 4
stopped_at_bound: no

# Every family at resolution 0, 3 and 1e6 on tests/data/communities.  The
# optimum, by enumerating all 877 partitions (tests/cli/partitions_oracle.py):
$ python3 tests/cli/partitions_oracle.py 0 3 1e6
modularity 0: communities 1, modularity 0
cpm 0: communities 1, modularity 0
modularity 3: communities 5, modularity 0.07
cpm 3: communities 7, modularity -0.15
modularity 1e6: communities 7, modularity -0.15
cpm 1e6: communities 7, modularity -0.15

# Leiden and Louvain (both objectives) reach it; none stops at the bound.
$ for a in leiden 'leiden --objective cpm' louvain 'louvain --objective cpm'; do for r in 0 3 1e6; do printf '%s %s: ' "$a" $r; timeout 60 samnet communities tests/data/communities -a $a -r $r --compare none | grep -E '^(stopped_at_bound|communities|modularity):' | tr '\n' ' '; echo; done; done
leiden 0: stopped_at_bound: no communities: 1 modularity: 0 
leiden 3: stopped_at_bound: no communities: 5 modularity: 0.07 
leiden 1e6: stopped_at_bound: no communities: 7 modularity: -0.15 
leiden --objective cpm 0: stopped_at_bound: no communities: 1 modularity: 0 
leiden --objective cpm 3: stopped_at_bound: no communities: 7 modularity: -0.15 
leiden --objective cpm 1e6: stopped_at_bound: no communities: 7 modularity: -0.15 
louvain 0: stopped_at_bound: no communities: 1 modularity: 0 
louvain 3: stopped_at_bound: no communities: 5 modularity: 0.07 
louvain 1e6: stopped_at_bound: no communities: 7 modularity: -0.15 
louvain --objective cpm 0: stopped_at_bound: no communities: 1 modularity: 0 
louvain --objective cpm 3: stopped_at_bound: no communities: 7 modularity: -0.15 
louvain --objective cpm 1e6: stopped_at_bound: no communities: 7 modularity: -0.15 

# The others ignore the resolution and find the optimum at gamma 1, the
# factions A and B (0.355, the oracle's "modularity 1").
$ for a in infomap labelprop walktrap fastgreedy; do for r in 0 1e6; do printf '%s %s: ' $a $r; timeout 60 samnet communities tests/data/communities -a $a -r $r --compare none | grep -E '^(communities|modularity):' | tr '\n' ' '; echo; done; done
infomap 0: communities: 2 modularity: 0.355 
infomap 1e6: communities: 2 modularity: 0.355 
labelprop 0: communities: 2 modularity: 0.355 
labelprop 1e6: communities: 2 modularity: 0.355 
walktrap 0: communities: 2 modularity: 0.355 
walktrap 1e6: communities: 2 modularity: 0.355 
fastgreedy 0: communities: 2 modularity: 0.355 
fastgreedy 1e6: communities: 2 modularity: 0.355 

# Two-mode (Leiden, then BRIM), ensembles and sweeps at the same extremes, on
# the bundled data: each ends and reports its bound.
$ for r in 0 3 1e6; do printf '%s: ' $r; timeout 60 samnet communities -p two-mode -r $r --objective cpm --compare none | grep -E '^stopped_at_bound:'; done
0: stopped_at_bound: no
3: stopped_at_bound: no
1e6: stopped_at_bound: no

$ timeout 60 samnet communities --objective cpm -r 3 -p newman --runs 5 --compare none | grep -E '^(runs|runs_at_bound|communities):'
runs: 5
runs_at_bound: 0
communities: 180

# The sweep's ends are proven: at 0 the whole (connected) network, at 3 singletons.
$ timeout 60 samnet communities --objective cpm -p newman --resolution-sweep 0:3:1 --format csv | sed -n '2p;5p' | cut -d, -f1,2; timeout 60 samnet communities --objective cpm -p newman --resolution-sweep 0:3:1 | grep '^runs_at_bound:'
0,1
3,180
runs_at_bound: 0

# --max-iterations N: at 1, Leiden stops after the iteration that found A
# and B, which changed the partition, so the output says it stopped at the
# bound (the partition is still A, B: the second iteration would change
# nothing).
$ timeout 60 samnet communities tests/data/communities --max-iterations 1 --compare none | grep -E '^(max_iterations|iterations|stopped_at_bound|communities|modularity):'
max_iterations: 1
iterations: 1
stopped_at_bound: yes
communities: 2
modularity: 0.355

$ timeout 60 samnet communities tests/data/communities --max-iterations 1 --runs 4 --compare none | grep -E '^runs_at_bound:'
runs_at_bound: 4

$ timeout 60 samnet significance tests/data/communities -n 5 -s modularity --max-iterations 1 | grep -E '^(partition|stopped_at_bound):'
partition: Leiden (modularity, seed 1, 1 iterations, at most 1): 2 communities
stopped_at_bound: yes

$ timeout 60 samnet power tests/data/communities --players type=kommun --blocs communities --indices owen --max-iterations 1 | grep -E '^(blocs_leiden|stopped_at_bound):'
blocs_leiden: seed 1, 1 iterations, at most 1
stopped_at_bound: yes

# Only the commands that run Leiden take the option.
$ samnet summary tests/data/communities --max-iterations 5
samnet summary: unknown option '--max-iterations'
Try 'samnet summary --help'.
? 2

$ samnet communities tests/data/communities --max-iterations 0
samnet communities: --max-iterations expects a whole number 1..1000000, got '0'
Try 'samnet communities --help'.
? 2

$ samnet communities tests/data/communities --max-iterations 1000001
samnet communities: --max-iterations expects a whole number 1..1000000, got '1000001'
Try 'samnet communities --help'.
? 2

# --tolerance T: Leiden also stops when an iteration raises the quality by
# less than T of it (check_bounds tests the rule); 0 runs to the fixed point.
$ samnet communities tests/data/communities --tolerance 0 --compare none | grep -E '^(tolerance|iterations|stopped_at_bound):'
tolerance: 0
iterations: 2
stopped_at_bound: no

$ samnet communities tests/data/communities --tolerance 1
samnet communities: --tolerance must lie in [0, 1), got 1
Try 'samnet communities --help'.
? 2

$ samnet communities tests/data/communities --tolerance -1e-9
samnet communities: --tolerance must lie in [0, 1), got -1e-09
Try 'samnet communities --help'.
? 2

$ samnet communities --help | grep -A2 -e '--max-iterations N'
      --max-iterations N    iteration bound of Leiden (until stable) and BRIM,
                            visits per actor and level of Louvain; the output
                            says when it was reached (default 100)

# --approx: the sample count grows as 1/eps^2; 1e-10 used to overflow it
# (every betweenness 0, exit 0).  Below 1e-4: a usage error naming the range.
$ samnet centrality --approx 1e-10
samnet centrality: --approx must lie in [0.0001, 1), got 1e-10
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini --approx 0.0000999
samnet centrality: --approx must lie in [0.0001, 1), got 9.99e-05
Try 'samnet centrality --help'.
? 2

$ samnet centrality tests/data/mini -m betweenness --approx 0.999 --seed 18446744073709551615 --wide | grep '^betweenness:'
betweenness: sampled (Riondato-Kornaropoulos), eps 0.999, delta 0.1, 3 samples, seed 18446744073709551615

# Seeds are 64-bit: 0..18446744073709551615, decimal digits only.
$ samnet communities tests/data/communities --seed 18446744073709551615 | grep '^seed:'
seed: 18446744073709551615

$ samnet communities tests/data/communities --seed 18446744073709551616
samnet communities: --seed expects a whole number 0..18446744073709551615, got '18446744073709551616'
Try 'samnet communities --help'.
? 2

$ samnet communities tests/data/communities --seed -1
samnet communities: --seed expects a whole number 0..18446744073709551615, got '-1'
Try 'samnet communities --help'.
? 2

$ samnet communities tests/data/communities --seed +1
samnet communities: --seed expects a whole number 0..18446744073709551615, got '+1'
Try 'samnet communities --help'.
? 2

$ samnet generate -n 20 --seed 18446744073709551616 -o /dev/null
samnet generate: --seed expects a whole number 0..18446744073709551615, got '18446744073709551616'
Try 'samnet generate --help'.
? 2

# Every randomised result prints the seed that reproduces it.
$ S=18446744073709551615; samnet significance tests/data/communities -n 5 -s modularity --seed $S | grep -E '^(null model|partition):'; samnet backbone tests/data/communities --method fdsm --samples 5 --seed $S | grep '^null model:'; samnet power --weights 4,4,4,2,2,1 --quota 12 --method montecarlo --samples 100 --seed $S | grep '^monte carlo:'; samnet power tests/data/communities --players type=kommun --blocs communities --indices owen --seed $S | grep '^blocs_leiden:'
null model: curveball, 5 samples, 45 trades before each, seed 18446744073709551615
partition: Leiden (modularity, seed 18446744073709551615, 2 iterations, at most 100): 2 communities
null model: curveball, 5 samples, seed 18446744073709551615
monte carlo: 100 samples, seed 18446744073709551615, 95% Wilson intervals
blocs_leiden: seed 18446744073709551615, 2 iterations, at most 100

$ d=$(mktemp -d) && samnet generate -n 20 --seed 18446744073709551615 -o "$d/g" | grep '^seed:'; rm -rf "$d"
seed: 18446744073709551615

# Layouts: the GEXF description and the SVG's <desc> name the layout's seed.
$ samnet export tests/data/mini --format gexf --seed 18446744073709551615 | grep -o '<description>.*</description>'; samnet export tests/data/mini --format svg --seed 18446744073709551615 | grep '<desc>'
<description>two-mode collaboration network (actors and projects); positions: Fruchterman-Reingold (igraph, 500 iterations), seed 18446744073709551615</description>
  <desc>positions: Fruchterman-Reingold (igraph, 500 iterations), seed 18446744073709551615</desc>

# GSL's Mersenne Twister keeps 32 bits of its seed; seeds above 2^32 are
# folded so that 2^32 + 1 does not repeat seed 1.
$ a=$(samnet power --weights 4,4,4,2,2,1 --quota 12 --method montecarlo --samples 1000 --format csv --seed 1); b=$(samnet power --weights 4,4,4,2,2,1 --quota 12 --method montecarlo --samples 1000 --format csv --seed 4294967297); test "$a" != "$b" && echo other seed, other estimates
other seed, other estimates

# An ensemble prints the seed of each run, SplitMix64 of seed + (r + 1) *
# 0x9E3779B97F4A7C15 (checked here by an independent Python SplitMix64):
# `--seed S` alone reproduces run r (tests/check_bounds.c checks the
# partitions).
$ samnet communities tests/data/communities --runs 3 --seed 18446744073709551615 --format json | python3 tests/cli/run_seeds_oracle.py
run seeds as SplitMix64: 16490336266968443936 16834447057089888969 4048727598324417001
