# power --connected / --graph: Myerson's (1977) graph-restricted game
# v^G(S) = sum over the connected parts C of S of v(C), for any quota.

# Path 1 - 2 - 3, weights 2, 1, 2, quota 2 (at most half of 5): 1 and 3 win alone, so
# v^G({1,3}) = 2 and 2, who only joins them, lowers it to 1.  By hand: Myerson value
# 2/3, -1/3, 2/3 (2 arrives after {1,3} in 2 of the 6 orderings); Banzhaf value of v^G
# 3/4, -1/4, 3/4 (2's contributions to {}, {1}, {3}, {1,3}: 0, 0, 0, -1), normalised by
# their sum 5/4.  Only banzhaf and shapley are defined, so they are the default.
$ samnet power --weights 2,1,2 --quota 2 --graph 1-2,2-3 --format csv
id,name,weight,weight_share,banzhaf,banzhaf_abs,shapley,banzhaf_ratio,shapley_ratio
1,,2,0.4,0.6,0.75,0.6666666666666666,1.4999999999999998,1.6666666666666665
2,,1,0.2,-0.2,-0.25,-0.3333333333333333,-1,-1.6666666666666665
3,,2,0.4,0.6,0.75,0.6666666666666666,1.4999999999999998,1.6666666666666665

# The output says which game the numbers belong to.
$ samnet power --weights 2,1,2 --quota 2 --graph 1-2,2-3 --format json | grep '"game"'
    "game": "graph-restricted (Myerson): a coalition is worth the number of its connected parts that win (quota at most half: several can); shapley is the Myerson value, banzhaf the Banzhaf value of that game; both can be negative",

# Quota 3 of 5 (above half): at most one part wins, the game is "one of the parts wins"
# (winning: {1,2}, {2,3}, {1,2,3}); 2 is pivotal in 4 of the 6 orderings.
$ samnet power --weights 2,1,2 --quota 3 --graph 1-2,2-3 --indices shapley --format csv
id,name,weight,weight_share,shapley,shapley_ratio
1,,2,0.4,0.16666666666666666,0.41666666666666663
2,,1,0.2,0.6666666666666666,3.333333333333333
3,,2,0.4,0.16666666666666666,0.41666666666666663
$ samnet power --weights 2,1,2 --quota 3 --graph 1-2,2-3 --format json | grep '"game"'
    "game": "graph-restricted (Myerson): a coalition wins when one of its connected parts wins (quota above half: at most one can); every index is that game's, shapley the Myerson value",
