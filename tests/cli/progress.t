# Progress bars go to a terminal only: with stderr a pipe nothing is drawn, even
# when every step would show at once (SAMNET_PROGRESS_DELAY=0).  The bars under a
# pseudo-terminal are tests/progress_pty.test's.

$ SAMNET_PROGRESS_DELAY=0 samnet export tests/data/mini --graph actors --with pagerank,communities -o /dev/null
