# Did you mean: unknown commands, options, measures, actor ids, selectors,
# coalition names and territory codes name their closest candidates (case and
# diacritics folded, edit distance, word prefixes).  The candidates below were
# checked by hand against the names the dataset and the command tables hold.

$ samnet centraliti
samnet: unknown command 'centraliti'; did you mean 'centrality'? 'samnet --help' lists the commands
? 2

$ samnet zzzzzz
samnet: unknown command 'zzzzzz'; 'samnet --help' lists the commands
? 2

$ samnet centrality --measure degree
samnet centrality: unknown option '--measure'; did you mean '--measures'?
Try 'samnet centrality --help'.
? 2

$ samnet summary --yaer 2024
samnet summary: unknown option '--yaer'; did you mean '--year'?
Try 'samnet summary --help'.
? 2

$ samnet centrality -m degree,betweeness
samnet centrality: unknown measure 'betweeness'; did you mean 'betweenness' or 'betweenness_w'? known: degree, strength, betweenness, betweenness_w, closeness, closeness_w, harmonic, harmonic_w, eigenvector, pagerank, hub, authority, constraint, effective_size, coreness
Try 'samnet centrality --help'.
? 2

# "malmo" is no id of the mini dataset; the kommun is named "Malmö".
$ samnet coalition tests/data/mini --members malmö-stad
samnet coalition: --members: unknown actor 'malmö-stad'; did you mean 'malmo' (Malmö)?
Try 'samnet coalition --help'.
? 2

$ samnet coalition --members malmo
samnet coalition: --members: unknown actor 'malmo'; did you mean 'kommun-1280' (Malmö)?
Try 'samnet coalition --help'.
? 2

$ samnet coalition --coalition Sydsverje
samnet coalition: no coalition named 'Sydsverje'; did you mean 'sydsverige'? (samnet coalition --all lists them)
Try 'samnet coalition --help'.
? 2

$ samnet power --coalition sydsverig
samnet power: --coalition: no coalition named 'sydsverig' in the dataset; did you mean 'sydsverige'?
Try 'samnet power --help'.
? 2

$ samnet coalition tests/data/mini --members region:12
samnet coalition: --members: unknown selector 'region:12' (expected kommuner:, regions: or lansstyrelser:); did you mean 'regions'?
Try 'samnet coalition --help'.
? 2

# Codes whose leading zero a spreadsheet dropped: county 1 for 01, kommun 380 for 0380.
$ d=$(mktemp -d) && printf 'id,name,type,territory\nu,Uppsala kommun,kommun,380\nr,Region Stockholm,region,1\n' > "$d/actors.csv" && printf 'project,actor\np,u\np,r\np,regions:1\n' > "$d/memberships.csv" && samnet validate "$d" 2>&1 | sed "s|$d|DIR|"; rm -rf "$d"
samnet: DIR/actors.csv:2:4: unknown territory '380'; '380' looks like municipality code '0380' (Uppsala) without its leading zero, as a spreadsheet drops it when it takes codes for numbers: format the column as text and write '0380'
samnet: DIR/actors.csv:3:4: unknown territory '1'; '1' looks like county code '01' (Stockholms län) without its leading zero, as a spreadsheet drops it when it takes codes for numbers: format the column as text and write '01'
samnet: DIR/memberships.csv:4:2: selector 'regions:1' names unknown territory '1'; '1' looks like county code '01' (Stockholms län) without its leading zero, as a spreadsheet drops it when it takes codes for numbers: format the column as text and write '01'
samnet: DIR: 3 problems in the dataset
