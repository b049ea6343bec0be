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
clustering,below,,0.2,0.7549596432686333,0.03887666699062467,-14.274877097938075,0.009900990099009901,3.1384060844512113e-46
modularity,above,,0.6280487804878049,-0.06767846519928612,0.035939534428842373,19.358270961038173,0.009900990099009901,1.7361558223960657e-83
assortativity by type,above,,0.39393939393939387,-0.08958281724721744,0.033339450613192136,14.503004767429662,0.009900990099009901,1.159605053916597e-47
assortativity by county,,undefined on the observed network,nan,nan,nan,nan,nan,nan
E-I index by type,below,,-0.09090909090909091,0.632074623338512,0.04977470671311431,-14.525122536927295,0.009900990099009901,8.399196994489221e-48
E-I index by county,,undefined on the observed network,nan,nan,nan,nan,nan,nan

# Every block pair shares more projects than in any of 200 null samples; the
# noise pairs do not stand out (BH over the 22 tied pairs).
$ samnet significance tests/data/planted -n 200 -s shared --significant --format csv
actor_a,actor_b,verdict,observed,null_mean,null_sd,z,p,p_normal,p_adjusted
b4x,b4y,above,6,1.11,0.8193023138054943,5.968492847636343,0.004975124378109453,2.3945514075814567e-09,0.00912106135986733
b2x,b2y,above,6,1.08,0.887433202242406,5.544079247393408,0.004975124378109453,2.9550498740698022e-08,0.00912106135986733
b1y,b1z,above,6,1.245,0.8825357481335628,5.387883731685823,0.004975124378109453,7.12921453883027e-08,0.00912106135986733
b4x,b4z,above,6,1.185,0.9082397797318923,5.30146345431089,0.004975124378109453,1.1487804670234021e-07,0.00912106135986733
b3x,b3y,above,6,1.1,0.9404371911790622,5.2103426427199055,0.004975124378109453,1.8849219181239697e-07,0.00912106135986733
b1x,b1z,above,6,1.22,0.9676163532284757,4.939974385562432,0.004975124378109453,7.813283394931951e-07,0.00912106135986733
b3y,b3z,above,6,1.2,0.9822546108840687,4.886716689148251,0.004975124378109453,1.0253146983968192e-06,0.00912106135986733
b4y,b4z,above,6,1.38,0.9487362660468724,4.869635709458321,0.004975124378109453,1.1180417590398473e-06,0.00912106135986733
b2y,b2z,above,6,1.105,1.0094901444584752,4.848982456015798,0.004975124378109453,1.2409639480558457e-06,0.00912106135986733
b1x,b1y,above,6,1.355,1.001995496434176,4.63574937864518,0.004975124378109453,3.5564666407274296e-06,0.00912106135986733
b3x,b3z,above,6,1.475,1.0121746328757635,4.470572422017425,0.004975124378109453,7.80105215058138e-06,0.00912106135986733
b2x,b2z,above,6,1.515,1.0417298138313629,4.305339004846837,0.004975124378109453,1.6673021032493727e-05,0.00912106135986733

# The table format carries the run's description; per-actor degree falls below
# chance (blocks keep partners few).
$ samnet significance tests/data/planted -n 200 -s degree --wide
dataset: tests/data/planted
null model: curveball, 200 samples, 460 trades before each, seed 1
projection: count
correction: bh of the empirical p-values within each per-actor or per-pair family
alpha: 0.05
p-value: two-sided, (1 + #{|null - mean| >= |observed - mean|}) / (1 + samples); p_normal = 2 Q(|z|)
degree: 0 above chance, 12 below (of 12)

Actors against the null model
statistic  id   name       type         verdict  observed  null_mean  null_sd       z         p   p_normal  p_adjusted
degree     b4y  Block 4 Y  association  below           4      8.695    1.095   -4.29  0.004975   1.79e-05    0.004975
degree     b2y  Block 2 Y  university   below           3       7.95    1.151  -4.302  0.004975  1.695e-05    0.004975
degree     b4x  Block 4 X  association  below           3       8.03    1.164   -4.32  0.004975  1.562e-05    0.004975
degree     b2x  Block 2 X  university   below           4       8.65    1.074   -4.33  0.004975  1.491e-05    0.004975
degree     b4z  Block 4 Z  association  below           4      8.685    1.078  -4.347  0.004975   1.38e-05    0.004975
degree     b3z  Block 3 Z  ngo          below           4      8.705    1.074   -4.38  0.004975  1.185e-05    0.004975
degree     b1x  Block 1 X  company      below           4       8.56     1.04  -4.384  0.004975  1.164e-05    0.004975
degree     b3x  Block 3 X  ngo          below           4      8.715    1.053  -4.477  0.004975  7.582e-06    0.004975
degree     b3y  Block 3 Y  ngo          below           3      8.095    1.137  -4.482  0.004975  7.406e-06    0.004975
degree     b1y  Block 1 Y  company      below           4      8.695    1.043  -4.502  0.004975  6.721e-06    0.004975
degree     b1z  Block 1 Z  company      below           3      8.055    1.099  -4.599  0.004975  4.241e-06    0.004975
degree     b2z  Block 2 Z  university   below           4      8.675   0.9921  -4.712  0.004975  2.451e-06    0.004975

# The same seed gives the same result; another seed another.
$ samnet significance tests/data/planted -n 50 --seed 7 --format csv > "${TMPDIR:-/tmp}/sig1.$$" && samnet significance tests/data/planted -n 50 --seed 7 --format csv | cmp -s - "${TMPDIR:-/tmp}/sig1.$$" && echo same; samnet significance tests/data/planted -n 50 --seed 8 --format csv | cmp -s - "${TMPDIR:-/tmp}/sig1.$$" || echo different; rm -f "${TMPDIR:-/tmp}/sig1.$$"
same
different

# --p-value normal adjusts 2 Q(|z|) instead of the empirical p (BH over the 22 pairs).
$ samnet significance tests/data/planted -n 100 -s shared --p-value normal --significant --format csv | head -4
actor_a,actor_b,verdict,observed,null_mean,null_sd,z,p,p_normal,p_adjusted
b4x,b4y,above,6,1.21,0.782317200386264,6.122836104888106,0.009900990099009901,9.192423768967132e-10,2.022333229172769e-08
b2x,b2y,above,6,1,0.8761716542303613,5.706644326895116,0.009900990099009901,1.1522520693503144e-08,1.1691730008831751e-07
b4y,b4z,above,6,1.24,0.8423152316650514,5.65109097052732,0.009900990099009901,1.5943268193861478e-08,1.1691730008831751e-07

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
