# Bad requests for a graph-restricted game whose quota is at most half: several parts can
# win, so v^G is not a simple game and indices of simple games are refused, not computed
# for another game.
$ samnet power --weights 2,1,2 --quota 2 --graph 1-2,2-3 --indices johnston
samnet power: with a communication graph and every quota at most half of its total, a coalition can hold several winning parts and the graph-restricted game counts them (Myerson 1977): it is not a simple game, so only banzhaf and shapley are defined; ask for those or set a quota above half
Try 'samnet power --help'.
? 2

$ samnet power --weights 2,1,2 --quota 2 --graph 1-2,2-3 --method exact
samnet power: the exact dynamic programme cannot follow a communication graph; use the brute or montecarlo method
Try 'samnet power --help'.
? 2

# A usage error like the two above (it named no command before sn_power_doc, issue 18).
$ samnet power --weights 2,1,2 --quota 2 --graph 1-2,2-3 --minimal
samnet power: minimal winning and blocking coalitions belong to simple games; with a communication graph and every quota at most half of its total, the graph-restricted game is not one
Try 'samnet power --help'.
? 2
