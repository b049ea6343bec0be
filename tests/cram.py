#!/usr/bin/env python3
"""Golden tests for the samnet command line, in a small cram-like format.

A test file holds commands and the output they must print:

    $ samnet summary tests/data/mini --format csv
    measure,count,value
    ...
    ? 3

A line starting with "$ " is a command, run by /bin/sh in the source tree
with `samnet` on PATH.  The lines after it, up to the next command, a
"? N" line or the end, are its expected standard output and standard error,
merged.  "? N" gives the expected exit status (default 0).  A line "..."
in the expected output matches any number of lines.  Lines starting with
"# " are comments (samnet's output never starts so).  In Markdown files only ```console blocks
are read.  Every command counts as one test: the last line printed is
"N passed, N failed".

With SAMNET_VALGRIND set, samnet runs under valgrind's memcheck (exit 99 on
a memory error; only definite leaks are shown and counted).  Valgrind
computes long double at double precision, so in that run a number may differ
from the expected one in its last bits: numbers then match within 1e-12
relative and the blanks around them are not compared.  The plain run compares
every character.
"""
import os
import re
import subprocess
import sys
import tempfile


def parse(path):
    """Yields (line number, command, expected lines, expected status)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    markdown = path.endswith(".md")
    inside = not markdown
    case = None
    for number, line in enumerate(lines, 1):
        if markdown and line.startswith("```"):
            if inside and case:
                yield case
                case = None
            inside = (not inside) and line.strip() == "```console"
            continue
        if not inside:
            continue
        if line.startswith("$ "):
            if case:
                yield case
            case = [number, line[2:], [], 0]
        elif case and re.fullmatch(r"\? \d+", line):
            case[3] = int(line[2:])
            yield case
            case = None
        elif case and not line.startswith("# "):
            case[2].append(line)
        # Lines outside a case (comments, blank lines) are ignored.
    if case:
        yield case


VALGRIND = bool(os.environ.get("SAMNET_VALGRIND"))
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def same_line(expected, actual):
    """Equal lines; under valgrind, numbers within 1e-12 relative (see above)."""
    if expected == actual:
        return True
    if not VALGRIND:
        return False
    def text(line):
        return [re.sub(r"\s+", " ", part) for part in NUMBER.split(line)]
    numbers_e, numbers_a = NUMBER.findall(expected), NUMBER.findall(actual)
    if text(expected) != text(actual) or len(numbers_e) != len(numbers_a):
        return False
    for e, a in zip(numbers_e, numbers_a):
        x, y = float(e), float(a)
        if e != a and abs(x - y) > 1e-12 * max(abs(x), abs(y)):
            return False
    return True


def matches(expected, actual):
    """Line-by-line match where a "..." line matches any run of lines."""
    while expected and expected[-1] == "":
        expected = expected[:-1]
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and same_line(expected[0], actual[0]) and matches(expected[1:], actual[1:])


def main():
    top = os.environ.get("top_srcdir") or os.environ.get("srcdir") or "."
    samnet = os.environ.get("SAMNET") or os.path.abspath("samnet")
    files = sys.argv[1:]
    passed = failed = 0
    with tempfile.TemporaryDirectory() as bindir:
        wrapper = os.path.join(bindir, "samnet")
        with open(wrapper, "w") as f:
            if os.environ.get("SAMNET_VALGRIND"):
                # Memcheck on the real binary behind libtool's wrapper script, called
                # directly: `libtool --mode=execute` reads every argument that names a
                # file to see if it is a wrapper, and blocks on `-o /dev/fd/1`.
                libs = os.path.join(os.path.dirname(samnet), ".libs")
                real = os.path.join(libs, "samnet")
                if not os.path.exists(real):
                    real = samnet   # a static build: the program itself
                f.write('#!/bin/sh\nLD_LIBRARY_PATH="%s${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" '
                        'exec valgrind -q --error-exitcode=99 --leak-check=full '
                        '--show-leak-kinds=definite --errors-for-leak-kinds=definite "%s" "$@"\n'
                        % (libs, real))
            else:
                f.write('#!/bin/sh\nexec "%s" "$@"\n' % samnet)
        os.chmod(wrapper, 0o755)
        env = dict(os.environ, PATH=bindir + ":" + os.environ["PATH"], LC_ALL="C.UTF-8")
        for path in files:
            for number, command, expected, status in parse(path):
                run = subprocess.run(command, shell=True, cwd=top, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                actual = run.stdout.decode("utf-8", "replace").split("\n")
                if actual and actual[-1] == "":
                    actual = actual[:-1]
                name = "%s:%d: %s" % (os.path.relpath(path, top), number, command)
                if run.returncode == status and matches(expected, actual):
                    passed += 1
                    print("PASS: " + name)
                else:
                    failed += 1
                    print("FAIL: " + name)
                    print("  expected status %d, got %d" % (status, run.returncode))
                    print("  expected:\n    " + "\n    ".join(expected))
                    print("  actual:\n    " + "\n    ".join(actual))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
