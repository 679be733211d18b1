#!/bin/sh
# Makes sure the C libraries linkchart links are installed, installing what is missing with
# apt-get (sudo only when not root):
#   - Graphviz's libgvc and libcgraph (Debian's libgraphviz-dev), which lay out and draw SVG;
#   - tcmalloc (libgoogle-perftools-dev), the allocator every linkchart program links;
#   - pkg-config, which finds them, and a font for the diagrams' labels.
set -eu

missing=""
if ! command -v pkg-config >/dev/null 2>&1; then
    missing="libgraphviz-dev libgoogle-perftools-dev pkg-config fonts-dejavu-core"
else
    pkg-config --exists libgvc || missing="$missing libgraphviz-dev fonts-dejavu-core"
    pkg-config --exists libtcmalloc_minimal || missing="$missing libgoogle-perftools-dev"
fi
if [ -z "$missing" ]; then
    exit 0
fi

echo "linkchart: installing with apt-get:$missing" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: apt-get is not available; install these yourself:$missing" >&2
    echo "       (macOS: brew install graphviz gperftools pkg-config)" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "error: not root and sudo is not installed; run as root: apt-get install$missing" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq; then
    echo "error: apt-get update failed; check the network or the apt sources" >&2
    exit 1
fi
# shellcheck disable=SC2086 # the package list is split on purpose
if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null; then
    echo "error: apt-get install$missing failed" >&2
    exit 1
fi

for library in libgvc libtcmalloc_minimal; do
    if ! pkg-config --exists $library; then
        echo "error: $library is still missing after apt-get install$missing (pkg-config cannot find it)" >&2
        exit 1
    fi
done
echo "linkchart: installed Graphviz $(pkg-config --modversion libgvc) and tcmalloc $(pkg-config --modversion libtcmalloc_minimal)" >&2
