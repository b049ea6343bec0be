"""Fixtures of the binding's tests: the bundled dataset loaded once, and the
samnet program of the same build (SAMNET, else next to SAMNET_LIB's .libs)."""
import os
import subprocess

import pytest

import samnet

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_TREE = os.path.normpath(os.path.join(HERE, "..", "..", ".."))


@pytest.fixture(scope="session")
def ds():
    return samnet.load_dataset()


def samnet_program():
    if os.environ.get("SAMNET"):
        return os.environ["SAMNET"]
    lib = os.environ.get("SAMNET_LIB", "")
    guess = os.path.join(os.path.dirname(os.path.dirname(lib)), "samnet")
    return guess if lib and os.access(guess, os.X_OK) else None


@pytest.fixture(scope="session")
def cli():
    """Runs `samnet ARGS` and returns its standard output (a failure fails the test)."""
    program = samnet_program()
    if not program:
        pytest.skip("no samnet program: set SAMNET")

    def run(*args):
        return subprocess.run([program, *args], check=True, capture_output=True,
                              text=True).stdout
    return run


@pytest.fixture(scope="session")
def sweden_csv():
    """The bundled dataset's files, read with the csv module: {file: rows}."""
    import csv
    folder = os.path.join(SOURCE_TREE, "datasets", "sweden")
    out = {}
    for name in ("actors", "projects", "memberships", "coalitions"):
        with open(os.path.join(folder, name + ".csv"), encoding="utf-8", newline="") as f:
            out[name] = list(csv.DictReader(f))
    return out
