# Golden tests of samnet backbone on tests/data/planted (4 blocks of 3 actors
# sharing 6 projects each; 10 noise ties of one shared project; see its README).
# By construction the 12 block ties must survive and the 10 noise ties must not.
#
# SDSM p-values were checked with an independent Python snippet (BiCM solved by
# its own fixed-point loop in floating point, then the Poisson-binomial tail by
# polynomial multiplication): b1x-b1y 0.0112712, b1x-b1z 0.0060219, and the
# noise tie b1x-b2x 0.86432.

$ samnet backbone --method sdsm tests/data/planted
dataset: tests/data/planted
method: sdsm
alpha: 0.05
correction: none over 66 hypotheses
projection: count
ties: 12 kept of 22 tested

Backbone ties
actor_a  name_a     actor_b  name_b     shared  weight         p  p_adjusted
b1x      Block 1 X  b1y      Block 1 Y       6       6   0.01127     0.01127
b1x      Block 1 X  b1z      Block 1 Z       6       6  0.006022    0.006022
b1y      Block 1 Y  b1z      Block 1 Z       6       6  0.006022    0.006022
b2x      Block 2 X  b2y      Block 2 Y       6       6  0.006022    0.006022
b2x      Block 2 X  b2z      Block 2 Z       6       6   0.01127     0.01127
b2y      Block 2 Y  b2z      Block 2 Z       6       6  0.006022    0.006022
b3x      Block 3 X  b3y      Block 3 Y       6       6  0.006022    0.006022
b3x      Block 3 X  b3z      Block 3 Z       6       6   0.01127     0.01127
b3y      Block 3 Y  b3z      Block 3 Z       6       6  0.006022    0.006022
b4x      Block 4 X  b4y      Block 4 Y       6       6  0.006022    0.006022
b4x      Block 4 X  b4z      Block 4 Z       6       6  0.006022    0.006022
b4y      Block 4 Y  b4z      Block 4 Z       6       6   0.01127     0.01127

# FDSM from 999 curveball samples (seed 1): every block tie is more extreme than
# every sample, p = 1/1000; BH over the 66 actor pairs keeps them.
$ samnet backbone -m fdsm -n 999 --correction bh --seed 1 tests/data/planted --format csv
actor_a,name_a,actor_b,name_b,shared,weight,p,p_adjusted
b1x,Block 1 X,b1y,Block 1 Y,6,6,0.001,0.0055000000000000005
b1x,Block 1 X,b1z,Block 1 Z,6,6,0.001,0.0055000000000000005
b1y,Block 1 Y,b1z,Block 1 Z,6,6,0.001,0.0055000000000000005
b2x,Block 2 X,b2y,Block 2 Y,6,6,0.001,0.0055000000000000005
b2x,Block 2 X,b2z,Block 2 Z,6,6,0.001,0.0055000000000000005
b2y,Block 2 Y,b2z,Block 2 Z,6,6,0.001,0.0055000000000000005
b3x,Block 3 X,b3y,Block 3 Y,6,6,0.001,0.0055000000000000005
b3x,Block 3 X,b3z,Block 3 Z,6,6,0.001,0.0055000000000000005
b3y,Block 3 Y,b3z,Block 3 Z,6,6,0.001,0.0055000000000000005
b4x,Block 4 X,b4y,Block 4 Y,6,6,0.001,0.0055000000000000005
b4x,Block 4 X,b4z,Block 4 Z,6,6,0.001,0.0055000000000000005
b4y,Block 4 Y,b4z,Block 4 Z,6,6,0.001,0.0055000000000000005

# Disparity filter at alpha 1 lists every tie with min(alpha_a, alpha_b).  By hand
# (and NetworkX 2.8.8: bipartite.weighted_projected_graph, then the formula):
# b1x has k = 4, s = 14, so a block tie gets (1 - 6/14)^3 = 0.186589 and a noise
# tie (1 - 1/14)^3 = 0.800656; no tie passes alpha 0.05 on so few partners.
$ samnet backbone -m disparity -a 1 tests/data/planted --format tsv
actor_a	name_a	actor_b	name_b	shared	weight	p	p_adjusted
b1x	Block 1 X	b1y	Block 1 Y	6	6	0.1865889212827988	0.1865889212827988
b1x	Block 1 X	b1z	Block 1 Z	6	6	0.1865889212827988	0.1865889212827988
b1x	Block 1 X	b2x	Block 2 X	1	1	0.8006559766763849	0.8006559766763849
b1x	Block 1 X	b3z	Block 3 Z	1	1	0.8006559766763849	0.8006559766763849
b1y	Block 1 Y	b1z	Block 1 Z	6	6	0.1865889212827988	0.1865889212827988
b1y	Block 1 Y	b2z	Block 2 Z	1	1	0.8006559766763849	0.8006559766763849
b1y	Block 1 Y	b3y	Block 3 Y	1	1	0.8006559766763849	0.8006559766763849
b1z	Block 1 Z	b4z	Block 4 Z	1	1	0.8006559766763849	0.8006559766763849
b2x	Block 2 X	b2y	Block 2 Y	6	6	0.1865889212827988	0.1865889212827988
b2x	Block 2 X	b2z	Block 2 Z	6	6	0.1865889212827988	0.1865889212827988
b2x	Block 2 X	b4y	Block 4 Y	1	1	0.8006559766763849	0.8006559766763849
b2y	Block 2 Y	b2z	Block 2 Z	6	6	0.1865889212827988	0.1865889212827988
b2y	Block 2 Y	b3x	Block 3 X	1	1	0.8006559766763849	0.8006559766763849
b2z	Block 2 Z	b4x	Block 4 X	1	1	0.8006559766763849	0.8006559766763849
b3x	Block 3 X	b3y	Block 3 Y	6	6	0.1865889212827988	0.1865889212827988
b3x	Block 3 X	b3z	Block 3 Z	6	6	0.1865889212827988	0.1865889212827988
b3x	Block 3 X	b4z	Block 4 Z	1	1	0.8006559766763849	0.8006559766763849
b3y	Block 3 Y	b3z	Block 3 Z	6	6	0.1865889212827988	0.1865889212827988
b3z	Block 3 Z	b4y	Block 4 Y	1	1	0.8006559766763849	0.8006559766763849
b4x	Block 4 X	b4y	Block 4 Y	6	6	0.1865889212827988	0.1865889212827988
b4x	Block 4 X	b4z	Block 4 Z	6	6	0.1865889212827988	0.1865889212827988
b4y	Block 4 Y	b4z	Block 4 Z	6	6	0.1865889212827988	0.1865889212827988

$ samnet backbone -m disparity tests/data/planted --format csv
actor_a,name_a,actor_b,name_b,shared,weight,p,p_adjusted

# The backbone as a dataset: one two-member project per kept tie.  Its actor
# projection is the backbone: 12 ties among the 12 actors.
$ d=$(mktemp -d) && samnet backbone -m sdsm tests/data/planted --dataset -o "$d/bb" && head -3 "$d/bb/ties.csv" && head -3 "$d/bb/memberships.csv" && samnet summary "$d/bb" --format csv | grep -E "^(projects|memberships|projection ties),"; rm -rf "$d"
actor_a,actor_b,shared,weight,p,p_adjusted
b1x,b1y,6,6,0.011271219021026825,0.011271219021026825
b1x,b1z,6,6,0.0060218953918169376,0.0060218953918169376
project,actor
tie-1,b1x
tie-1,b1y
projects,12,
memberships,24,
projection ties,12,

# The same from the bundled dataset: its actors.csv is copied unchanged.
$ d=$(mktemp -d) && samnet backbone -m sdsm --dataset -o "$d/bb" -q && cmp "$d/bb/actors.csv" datasets/sweden/actors.csv && samnet summary "$d/bb" --format csv | grep -E "^projection ties,"; rm -rf "$d"
projection ties,695,

# Usage errors.
$ samnet backbone -m noise tests/data/planted
samnet backbone: unknown backbone method 'noise' (disparity, sdsm, fdsm)
Try 'samnet backbone --help'.
? 2

$ samnet backbone -a 0 tests/data/planted
samnet backbone: --alpha must be between 1e-300 and 1, got 0
Try 'samnet backbone --help'.
? 2

$ samnet backbone --dataset tests/data/planted
samnet backbone: --dataset needs -o DIR
Try 'samnet backbone --help'.
? 2

$ samnet backbone -m fdsm -n 0 tests/data/planted
samnet backbone: --samples must be between 1 and 10000000, got 0
Try 'samnet backbone --help'.
? 2

