#!/usr/bin/python3
"""tests/progress_pty.test: samnet's step progress bars (samnet/progress.h,
cli/output.c) under a pseudo-terminal.  With stderr a terminal and
SAMNET_PROGRESS_DELAY=0, `samnet export --with ...` draws a bar for loading,
the projection, the measures and the export, each ending at 100 % and the
step's elapsed seconds, and `samnet significance` one for its null-model
samples; with
--quiet, or a delay longer than the run (the default 2 s on this tiny
dataset), it draws none.  That nothing goes to a non-terminal stderr is the
golden files' part (tests/cli/progress.t).

usage: progress_pty.py SAMNET SRCDIR
"""
import os
import pty
import re
import sys


def run(argv, env):
    """Runs argv with stdin, stdout and stderr on a pseudo-terminal; returns
    (exit status, everything written to the terminal)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:   # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def main():
    samnet, srcdir = sys.argv[1], sys.argv[2]
    data = os.path.join(srcdir, "tests", "data", "mini")
    out_file = os.path.join(os.environ.get("TMPDIR", "/tmp"), "progress_pty.%d.graphml" % os.getpid())
    argv = [samnet, "export", data, "--graph", "actors", "--with", "pagerank,coreness",
            "-o", out_file]
    failures = []

    env = dict(os.environ, SAMNET_PROGRESS_DELAY="0")
    rc, text = run(argv, env)
    if rc != 0:
        failures.append("exit status %d with a bar: %r" % (rc, text))
    for step in ("load", "projection", "centrality", "export"):
        line = [s for s in text.replace("\r", "\n").split("\n") if s.startswith(step + " ")]
        if not line:
            failures.append("no bar for %s in %r" % (step, text))
        elif not re.search(r"\] 100% +\d+ s$", line[-1]):
            failures.append("the bar of %s ends at %r, not 100%% and its seconds" % (step, line[-1]))

    # The null-model samples of significance (their own callback) draw as step "samples".
    rc, text = run([samnet, "significance", data, "-n", "50", "-o", os.devnull],
                   dict(os.environ, SAMNET_PROGRESS_DELAY="0"))
    line = [s for s in text.replace("\r", "\n").split("\n") if s.startswith("samples ")]
    if rc != 0 or not line or not re.search(r"\] 100% +\d+ s$", line[-1]):
        failures.append("significance: status %d, no samples bar ending at 100%%: %r" % (rc, text))

    for label, extra, env in (("--quiet", ["--quiet"], dict(os.environ, SAMNET_PROGRESS_DELAY="0")),
                              ("the default delay", [], {k: v for k, v in os.environ.items()
                                                         if k != "SAMNET_PROGRESS_DELAY"})):
        rc, text = run(argv + extra, env)
        if rc != 0 or text.strip():
            failures.append("with %s: status %d, terminal output %r" % (label, rc, text))
    if os.path.exists(out_file):
        os.unlink(out_file)
    for f in failures:
        print("FAIL: " + f)
    print("%d passed, %d failed" % (4 - min(4, len(failures)), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
