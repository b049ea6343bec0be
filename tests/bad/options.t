# Bad-input corpus: numbers in options, found by the option parser's fuzz
# harness (tests/fuzz/fuzz_options.c, issue 16).

# A sweep step below the spacing of doubles at A never moved A: the sweep grew
# without end until memory ran out.  Steps are counted now: A = B gives one.
$ timeout 20 samnet communities tests/data/communities --resolution-sweep 0.5:0.5:1e-300 --format csv | cut -d, -f1
resolution
0.5
? 0

$ samnet communities tests/data/communities --resolution-sweep 0.5:0.6:1e-300
samnet communities: --resolution-sweep needs 0 <= A <= B, STEP > 0 and at most 1000 steps, got '0.5:0.6:1e-300'
Try 'samnet communities --help'.
? 2
