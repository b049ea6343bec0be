#!/usr/bin/env python3
"""Interrupts a samnet run in the middle of writing its output.

    python3 tests/bad/interrupt.py SIGNAL SAMNET-ARGS...

Runs `samnet SAMNET-ARGS` (samnet from $SAMNET or PATH) with "{dir}" in the
arguments replaced by a fresh temporary folder, waits until a temporary file
of the run holds data (so the run is mid-write), sends SIGNAL (INT, TERM or
HUP) and prints how samnet ended and every file left in the folder, hidden
ones included.  The folder is removed afterwards.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time


def temporaries(folder):
    """Paths of files under folder whose name marks a temporary file, with data."""
    found = []
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if ".tmp." in name or name.startswith("."):
                try:
                    if os.path.getsize(path) > 0:
                        found.append(path)
                except OSError:
                    pass
    return found


def main():
    sig = getattr(signal, "SIG" + sys.argv[1])
    folder = tempfile.mkdtemp()
    try:
        args = [a.replace("{dir}", folder) for a in sys.argv[2:]]
        proc = subprocess.Popen([os.environ.get("SAMNET", "samnet")] + args,
                                stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while not temporaries(folder) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        if proc.poll() is not None:
            print("samnet ended before it could be interrupted")
        proc.send_signal(sig)
        status = proc.wait()
        if status < 0:
            print("killed by signal %d" % -status)
        else:
            print("exit %d" % status)
        left = sorted(os.path.relpath(os.path.join(r, f), folder)
                      for r, _, fs in os.walk(folder) for f in fs)
        print("files left: %s" % (" ".join(left) if left else "none"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


main()
