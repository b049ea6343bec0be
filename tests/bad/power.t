# Bad input of samnet power: quotas and rules that cannot be met or parsed.

# A quota above the total weight 4 + 4 + 1 = 9, as a number and as a share.
$ samnet power --weights 4,4,1 --quota 10
samnet power: --quota: quota 10 exceeds the total weight 9
Try 'samnet power --help'.
? 2

$ samnet power --weights 4,4,1 --quota 101%
samnet power: --quota: share above 100% at position 1
Try 'samnet power --help'.
? 2

$ samnet power --weights 4,4,1 --quota 0
samnet power: --quota: the quota must be at least 1 (a coalition of weight 0 would win)
Try 'samnet power --help'.
? 2

$ samnet power --weights 4,4,1 --quota -3
samnet power: --quota: a negative number at position 1 (quotas and shares are at least 0)
Try 'samnet power --help'.
? 2

$ samnet power --weights 4,4,1 --quota 50%%
samnet power: --quota: unexpected '%' at position 4
Try 'samnet power --help'.
? 2

$ samnet power --weights 4,4,1 --quota abc
samnet power: --quota: expected a number at position 1
Try 'samnet power --help'.
? 2

# Rules that cannot be parsed: each message gives the position.
$ samnet power --rule "members>=11 and"
samnet power: --rule: 'and' at position 13 is not followed by a condition such as population>=65%
Try 'samnet power --help'.
? 2

$ samnet power --rule "members=>11"
samnet power: --rule: expected '>=' or '>' at position 8
Try 'samnet power --help'.
? 2

$ samnet power --rule "members>=11 or population>=50%"
samnet power: --rule: 'or' at position 13: every condition of a rule must hold, so they are joined with 'and'
Try 'samnet power --help'.
? 2

$ samnet power --rule "members>=11 xor population>=50%"
samnet power: --rule: expected 'and' or the end at position 13
Try 'samnet power --help'.
? 2

$ samnet power --rule "population>=65% and population>=50%"
samnet power: --rule: 'population' appears twice (position 21)
Try 'samnet power --help'.
? 2

$ samnet power --rule ""
samnet power: --rule: empty rule
Try 'samnet power --help'.
? 2

$ samnet power --rule "members>=99"
samnet power: --rule: members at position 1: quota 99 exceeds the total weight 21
Try 'samnet power --help'.
? 2

$ samnet power --rule "members>=11 and population>=65.0000000001%"
samnet power: --rule: more than 9 decimals at position 41
Try 'samnet power --help'.
? 2

# Weights that cannot make a game.
$ samnet power --weights 0,0,0 --quota 1
samnet: every player has weight 0
? 3

$ samnet power --weights 4,-1,1 --quota 3
samnet power: --weights: '-1' (weight 2) is not a non-negative number
Try 'samnet power --help'.
? 2

$ samnet power --weights 1e400,1 --quota 1
samnet power: --weights: '1e400' (weight 1) is not a non-negative number
Try 'samnet power --help'.
? 2

$ samnet power --weights "" --quota 1
samnet power: --weights: '' (weight 1) is not a non-negative number
Try 'samnet power --help'.
? 2
