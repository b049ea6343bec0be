#!/usr/bin/env python3
"""Oracle for tests/cli/bounds.t: reads `samnet communities --format json`
on standard input and checks that meta.run_seeds lists, for r = 0, 1, ...,
the SplitMix64 finaliser (Steele, Lea & Flood 2014) of
seed + (r + 1) * 0x9E3779B97F4A7C15 mod 2^64, written here independently of
samnet's C code."""
import json
import sys

M = 2 ** 64


def splitmix64(z):
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 % M
    z = (z ^ (z >> 27)) * 0x94D049BB133111EB % M
    return z ^ (z >> 31)


meta = json.load(sys.stdin)["meta"]
seed, seeds = int(meta["seed"]), meta["run_seeds"].split()
want = [str(splitmix64((seed + (r + 1) * 0x9E3779B97F4A7C15) % M)) for r in range(int(meta["runs"]))]
print("run seeds as SplitMix64:" if seeds == want else "run seeds differ:", " ".join(seeds))
