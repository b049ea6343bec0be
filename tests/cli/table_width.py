#!/usr/bin/env python3
"""Widest line of samnet's table format on standard input, in display columns.

Every line counts, the "key: value" metadata lines above the tables included
(they are wrapped to the same width), each as its number of Unicode code
points, the display width the table format aligns by.
Prints "widest N" and, when N exceeds the limit given as argument 1 (default 100),
the lines that do.
"""
import sys

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
lines = sys.stdin.buffer.read().decode("utf-8").split("\n")
widest = max((len(line) for line in lines), default=0)
print("widest", widest)
for line in lines:
    if len(line) > limit:
        print(len(line), line)
