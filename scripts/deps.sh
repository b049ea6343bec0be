#!/bin/sh
# Installs the Debian packages samnet needs to build, test and benchmark, when missing.
# Usage: scripts/deps.sh [--test]   (--test adds the peers and tools the tests use, and the
# sv_SE.UTF-8 locale under which the number parser is tested)
set -eu
packages="build-essential autoconf automake libtool pkg-config libigraph-dev libgsl-dev libcsv-dev libzip-dev libxml2-dev libmicrohttpd-dev check"
if [ "${1:-}" = "--test" ]; then
	packages="$packages python3 python3-networkx python3-igraph libxml2-utils graphviz valgrind chromium chromium-driver python3-selenium locales man-db"
	# the R package (bindings/r) and its tests against igraph
	packages="$packages r-base-dev r-cran-testthat r-cran-igraph"
fi
# the Python binding's tests (bindings/python, issue 23)
if [ "${1:-}" = "--test" ]; then packages="$packages python3-cffi python3-pandas python3-pytest"; fi
missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ -n "$missing" ]; then
	echo "samnet: installing Debian packages:$missing" >&2
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ "${1:-}" = "--test" ] && ! locale -a | grep -qx 'sv_SE.utf8'; then
	echo "samnet: generating the sv_SE.UTF-8 locale" >&2
	$sudo sed -i 's/^# *\(sv_SE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
	grep -qx 'sv_SE.UTF-8 UTF-8' /etc/locale.gen || echo 'sv_SE.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
	$sudo locale-gen >/dev/null
fi
