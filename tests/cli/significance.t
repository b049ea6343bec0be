# Golden tests of samnet significance on tests/data/planted (see its README),
# with a fixed seed.  The observed values are worked by hand:
#   the projection has 12 block ties (weight 6) and 10 noise ties (weight 1);
#   clustering: 4 triangles, 60 connected triples (eight actors of degree 4,
#     four of degree 3): 3 x 4 / 60 = 0.2;
#   modularity of the four blocks (weighted, total weight 82, each block has
#     internal weight 18 and strength 41): 4 x (18/82 - (41/164)^2) = 0.628049;
#   by type (= block): 12 internal, 10 external ties: E-I = -2/22 = -0.0909091;
#     every type holds 11 of the 44 tie ends: r = (12/22 - 1/4) / (3/4) = 0.393939;
#   no actor has a territory, so the county statistics are undefined.
# Null means, sds and p-values are the seeded curveball run's (regression).

$ samnet significance tests/data/planted -n 100 --seed 1 -s clustering,modularity,assortativity,ei --format csv
statistic,verdict,note,observed,null_mean,null_sd,z,p,p_normal
clustering,below,,0.2,0.75496,0.0388767,-14.2749,0.00990099,3.13841e-46
modularity,above,,0.628049,-0.0676785,0.0359395,19.3583,0.00990099,1.73616e-83
assortativity by type,above,,0.393939,-0.0895828,0.0333395,14.503,0.00990099,1.15961e-47
assortativity by county,,undefined on the observed network,,,,,,
E-I index by type,below,,-0.0909091,0.632075,0.0497747,-14.5251,0.00990099,8.3992e-48
E-I index by county,,undefined on the observed network,,,,,,

# Every block pair shares more projects than in any of 200 null samples; the
# noise pairs do not stand out (BH over the 22 tied pairs).
$ samnet significance tests/data/planted -n 200 -s shared --significant --format csv
actor_a,actor_b,verdict,observed,null_mean,null_sd,z,p,p_normal,p_adjusted
b4x,b4y,above,6,1.11,0.819302,5.96849,0.00497512,2.39455e-09,0.00912106
b2x,b2y,above,6,1.08,0.887433,5.54408,0.00497512,2.95505e-08,0.00912106
b1y,b1z,above,6,1.245,0.882536,5.38788,0.00497512,7.12921e-08,0.00912106
b4x,b4z,above,6,1.185,0.90824,5.30146,0.00497512,1.14878e-07,0.00912106
b3x,b3y,above,6,1.1,0.940437,5.21034,0.00497512,1.88492e-07,0.00912106
b1x,b1z,above,6,1.22,0.967616,4.93997,0.00497512,7.81328e-07,0.00912106
b3y,b3z,above,6,1.2,0.982255,4.88672,0.00497512,1.02531e-06,0.00912106
b4y,b4z,above,6,1.38,0.948736,4.86964,0.00497512,1.11804e-06,0.00912106
b2y,b2z,above,6,1.105,1.00949,4.84898,0.00497512,1.24096e-06,0.00912106
b1x,b1y,above,6,1.355,1.002,4.63575,0.00497512,3.55647e-06,0.00912106
b3x,b3z,above,6,1.475,1.01217,4.47057,0.00497512,7.80105e-06,0.00912106
b2x,b2z,above,6,1.515,1.04173,4.30534,0.00497512,1.6673e-05,0.00912106

# The table format carries the run's description; per-actor degree falls below
# chance (blocks keep partners few).
$ samnet significance tests/data/planted -n 200 -s degree
dataset: tests/data/planted
null model: curveball, 200 samples, 460 trades before each, seed 1
projection: count
correction: bh of the empirical p-values within each per-actor or per-pair family
alpha: 0.05
p-value: two-sided, (1 + #{|null - mean| >= |observed - mean|}) / (1 + samples); p_normal = 2 Q(|z|)
degree: 0 above chance, 12 below (of 12)

Actors against the null model
statistic  id   name       type         verdict  observed  null_mean   null_sd         z           p     p_normal  p_adjusted
degree     b4y  Block 4 Y  association  below           4      8.695   1.09452  -4.28957  0.00497512  1.79021e-05  0.00497512
degree     b2y  Block 2 Y  university   below           3       7.95    1.1507  -4.30171  0.00497512  1.69483e-05  0.00497512
degree     b4x  Block 4 X  association  below           3       8.03   1.16442  -4.31974  0.00497512  1.56214e-05  0.00497512
degree     b2x  Block 2 X  university   below           4       8.65    1.0739     -4.33  0.00497512  1.49108e-05  0.00497512
degree     b4z  Block 4 Z  association  below           4      8.685   1.07777  -4.34695  0.00497512  1.38045e-05  0.00497512
degree     b3z  Block 3 Z  ngo          below           4      8.705   1.07412  -4.38031  0.00497512   1.1851e-05  0.00497512
degree     b1x  Block 1 X  company      below           4       8.56    1.0401  -4.38419  0.00497512  1.16417e-05  0.00497512
degree     b3x  Block 3 X  ngo          below           4      8.715   1.05324  -4.47665  0.00497512  7.58241e-06  0.00497512
degree     b3y  Block 3 Y  ngo          below           3      8.095   1.13685  -4.48167  0.00497512  7.40627e-06  0.00497512
degree     b1y  Block 1 Y  company      below           4      8.695   1.04279  -4.50234  0.00497512  6.72086e-06  0.00497512
degree     b1z  Block 1 Z  company      below           3      8.055    1.0991  -4.59923  0.00497512  4.24059e-06  0.00497512
degree     b2z  Block 2 Z  university   below           4      8.675  0.992117  -4.71215  0.00497512  2.45123e-06  0.00497512

# The same seed gives the same result; another seed another.
$ samnet significance tests/data/planted -n 50 --seed 7 --format csv > "${TMPDIR:-/tmp}/sig1.$$" && samnet significance tests/data/planted -n 50 --seed 7 --format csv | cmp -s - "${TMPDIR:-/tmp}/sig1.$$" && echo same; samnet significance tests/data/planted -n 50 --seed 8 --format csv | cmp -s - "${TMPDIR:-/tmp}/sig1.$$" || echo different; rm -f "${TMPDIR:-/tmp}/sig1.$$"
same
different

# --p-value normal adjusts 2 Q(|z|) instead of the empirical p (BH over the 22 pairs).
$ samnet significance tests/data/planted -n 100 -s shared --p-value normal --significant --format csv | head -4
actor_a,actor_b,verdict,observed,null_mean,null_sd,z,p,p_normal,p_adjusted
b4x,b4y,above,6,1.21,0.782317,6.12284,0.00990099,9.19242e-10,2.02233e-08
b2x,b2y,above,6,1,0.876172,5.70664,0.00990099,1.15225e-08,1.16917e-07
b4y,b4z,above,6,1.24,0.842315,5.65109,0.00990099,1.59433e-08,1.16917e-07

# Usage errors.
$ samnet significance --p-value exact tests/data/planted
samnet significance: --p-value expects empirical or normal, got 'exact'
Try 'samnet significance --help'.
? 2

$ samnet significance -s pagerank tests/data/planted
samnet significance: unknown statistic 'pagerank' (degree, strength, betweenness_w, clustering, modularity, assortativity, ei, shared, all)
Try 'samnet significance --help'.
? 2



$ samnet significance --samples 0 tests/data/planted
samnet significance: --samples must be between 1 and 10000000, got 0
Try 'samnet significance --help'.
? 2



$ samnet significance --correction holm tests/data/planted
samnet significance: unknown correction 'holm' (none, bonferroni, bh)
Try 'samnet significance --help'.
? 2



$ samnet significance -p cosine tests/data/planted
samnet significance: unknown weighting 'cosine' (expected count, newman, jaccard or overlap)
Try 'samnet significance --help'.
? 2
