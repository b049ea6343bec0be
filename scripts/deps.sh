#!/bin/sh
# Installs the Debian packages samnet needs to build, test and benchmark, when missing.
# Usage: scripts/deps.sh [--test]   (--test adds the peers and tools the tests use)
set -eu
packages="build-essential autoconf automake libtool pkg-config libigraph-dev libgsl-dev libcsv-dev check"
if [ "${1:-}" = "--test" ]; then
	packages="$packages python3 python3-networkx python3-igraph libxml2-utils graphviz valgrind"
fi
missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "samnet: installing Debian packages:$missing" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
