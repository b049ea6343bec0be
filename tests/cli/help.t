# --help of samnet and of every command: readable on an 80-column terminal.
# Option descriptions, item lists (measures, formats) and the command list wrap
# to 80 columns (continuation lines under the description column, long comma
# lists broken after a comma); no line of any help is wider than 80.  Widths
# count characters, not bytes (länsstyrelser).

$ for c in '' $(samnet --complete commands); do samnet $c --help | python3 -c 'import sys; [print(sys.argv[1] or "samnet", len(l), l) for l in sys.stdin.read().splitlines() if len(l) > 80]' "$c"; done

$ samnet centrality --help | grep -A3 -e '--measures LIST'
  -m, --measures LIST       comma-separated measures (see above; default:
                            degree,strength,betweenness,betweenness_w,harmonic,
                            eigenvector,pagerank,constraint,effective_size,
                            coreness; two-mode: degree,closeness,betweenness)

$ samnet --help | grep -A1 -e '^  import'
  import        public registers (CORDIS, keep.eu, Kohesio, ESF, any table) into
                a dataset

$ samnet summary --help | grep -A1 -e '--all-actors'
      --all-actors          keep regions, kommuner and länsstyrelser that have
                            no project
