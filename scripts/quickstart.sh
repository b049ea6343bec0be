#!/bin/sh
# Installs what samnet needs (Debian packages), builds it, and runs the main job on the
# bundled Swedish dataset: the network at a glance, then the coalition weight of
# Regionsamverkan Sydsverige when that command is built.
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh
[ -x configure ] || autoreconf -fi
mkdir -p build
cd build
[ -f Makefile ] || ../configure -q
make -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
./samnet summary
if ./samnet --help | grep -q '^  coalition '; then
	echo
	./samnet coalition --coalition sydsverige
fi
