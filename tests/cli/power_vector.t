# Exact power indices of vector games (issue 24).  The 289 kommuner under the
# qualified-majority rule: members (quota 159 of 289) times population counted
# in people (quota 65 % of the total) is about 1.1e9 states, so the exact
# dynamic programme over the quota vector refuses (a limit, exit 5) rather
# than scale the populations; --method auto samples instead.
$ samnet power --players kommuner:* --rule "members>=55% and population>=65%" --indices banzhaf --method exact
samnet: the exact dynamic programme over the quota vector has 1094781120 states (the product over the 2 criteria of quota + 1, after dividing each by the gcd of its weights) and would need 108583 MiB, above the limit of 1024 MiB; weights are never scaled to fit (that would not be exact): use the montecarlo method or raise the memory limit
? 5
# Shapley-Shubik adds a layer per coalition size, 289 times as much.
$ samnet power --players kommuner:* --rule "members>=55% and population>=65%" --indices shapley --method exact
samnet: the exact dynamic programme over the quota vector has 1094781120 states (the product over the 2 criteria of quota + 1, after dividing each by the gcd of its weights) times the coalition sizes and would need 31380407 MiB, above the limit of 1024 MiB; weights are never scaled to fit (that would not be exact): use the montecarlo method or raise the memory limit
? 5
