#!/usr/bin/env python3
"""Widest table line of samnet's table format on standard input, in display columns.

The first paragraph (the "key: value" metadata lines, never cut so that grep finds
them) is skipped when the output has one; every other line counts, each as its
number of Unicode code points, the display width the table format aligns by.
Prints "widest N" and, when N exceeds the limit given as argument 1 (default 100),
the lines that do.
"""
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
lines = sys.stdin.buffer.read().decode("utf-8").split("\n")
if "" in lines and all(": " in line for line in lines[:lines.index("")]):
    lines = lines[lines.index("") + 1:]
widest = max((len(line) for line in lines), default=0)
print("widest", widest)
for line in lines:
    if len(line) > limit:
        print(len(line), line)
