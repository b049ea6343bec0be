# Bad-input corpus: identifiers and references between the files.

$ samnet validate tests/bad/duplicate-actor-id
samnet: tests/bad/duplicate-actor-id/actors.csv:5:1: duplicate actor id 'malmo' (first on line 3)
samnet: tests/bad/duplicate-actor-id: 1 problem in the dataset
? 3

$ samnet validate tests/bad/duplicate-project-id
samnet: tests/bad/duplicate-project-id/projects.csv:4:1: duplicate project id 'p1' (first on line 2)
samnet: tests/bad/duplicate-project-id: 1 problem in the dataset
? 3

$ samnet validate tests/bad/unknown-actor
samnet: tests/bad/unknown-actor/memberships.csv:5:2: unknown actor 'lund'; did you mean 'lu' (Lunds universitet)?
samnet: tests/bad/unknown-actor: 1 problem in the dataset
? 3

$ samnet validate tests/bad/unknown-coalition-actor
samnet: tests/bad/unknown-coalition-actor/coalitions.csv:3:2: unknown actor 'region-13'; did you mean 'region-12' (Region Skåne)?
samnet: tests/bad/unknown-coalition-actor: 1 problem in the dataset
? 3

$ samnet validate tests/bad/unknown-territory
samnet: tests/bad/unknown-territory/actors.csv:5:4: unknown territory '1299'; did you mean '1290', '1291' or '1292'?
samnet: tests/bad/unknown-territory: 1 problem in the dataset
? 3

# When projects.csv exists it lists every project: a membership naming another
# is an error at its position (issue 16; it used to be created in silence).
# Without projects.csv, memberships.csv names the projects (tests/data/communities).
$ samnet validate tests/bad/unknown-project
samnet: tests/bad/unknown-project/memberships.csv:5:1: unknown project 'p9' (projects.csv lists every project)
samnet: tests/bad/unknown-project: 1 problem in the dataset
? 3

$ samnet validate tests/bad/unknown-type
samnet: tests/bad/unknown-type/actors.csv:5:3: unknown actor type 'foretag' (expected region, kommun, lansstyrelse, agency, university, company, fund, ngo, association, research or other)
samnet: tests/bad/unknown-type: 1 problem in the dataset
? 3

$ samnet validate tests/bad/unknown-role
samnet: tests/bad/unknown-role/memberships.csv:5:3: unknown role 'ledare' (expected lead, partner, funder, owner or member)
samnet: tests/bad/unknown-role: 1 problem in the dataset
? 3

$ samnet validate tests/bad/empty-ids
samnet: tests/bad/empty-ids/actors.csv:5:1: empty actor id
samnet: tests/bad/empty-ids/memberships.csv:5:1: empty project id
samnet: tests/bad/empty-ids/memberships.csv:6:2: empty actor reference
samnet: tests/bad/empty-ids: 3 problems in the dataset
? 3

$ samnet validate tests/bad/colon-in-id
samnet: tests/bad/colon-in-id/actors.csv:5:1: actor id 'foo:bar' contains ':', which is reserved for selectors
samnet: tests/bad/colon-in-id: 1 problem in the dataset
? 3

# Amounts: negative, out of double range, with a unit.
$ samnet validate tests/bad/amount-negative
samnet: tests/bad/amount-negative/memberships.csv:2:4: amount_sek must not be negative, got '-5'
samnet: tests/bad/amount-negative/memberships.csv:3:4: amount_sek: expected a finite number, got '1e400'
samnet: tests/bad/amount-negative/memberships.csv:4:4: amount_sek: expected a finite number, got '12 kr'
samnet: tests/bad/amount-negative: 3 problems in the dataset
? 3

# Selectors: matching no actor, an unknown kind, no territory.
$ samnet validate tests/bad/selector-matches-nothing
samnet: tests/bad/selector-matches-nothing/memberships.csv:5:2: selector 'lansstyrelser:12' matches no actor
samnet: tests/bad/selector-matches-nothing: 1 problem in the dataset
? 3

$ samnet validate tests/bad/selector-unknown-kind
samnet: tests/bad/selector-unknown-kind/memberships.csv:5:2: unknown selector 'counties:12' (expected kommuner:, regions: or lansstyrelser:)
samnet: tests/bad/selector-unknown-kind: 1 problem in the dataset
? 3

$ samnet validate tests/bad/selector-no-territory
samnet: tests/bad/selector-no-territory/memberships.csv:5:2: selector 'kommuner:' names no territory
samnet: tests/bad/selector-no-territory: 1 problem in the dataset
? 3
