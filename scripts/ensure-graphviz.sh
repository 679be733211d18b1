#!/bin/sh
# Makes sure Graphviz's C library (libgvc, from Debian's libgraphviz-dev) and pkg-config are
# installed, installing them with apt-get when they are missing. Uses sudo only when not root.
set -eu

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc; then
    exit 0
fi

echo "linkchart: Graphviz's libgvc is missing; installing libgraphviz-dev with apt-get" >&2
if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: apt-get is not available; install Graphviz with its headers yourself" >&2
    echo "       (Debian/Ubuntu: libgraphviz-dev pkg-config; macOS: brew install graphviz pkg-config)" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "error: not root and sudo is not installed; run as root: apt-get install libgraphviz-dev pkg-config" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq; then
    echo "error: apt-get update failed; check the network or the apt sources" >&2
    exit 1
fi
if ! $SUDO apt-get install -y -qq --no-install-recommends libgraphviz-dev pkg-config fonts-dejavu-core >/dev/null; then
    echo "error: apt-get install libgraphviz-dev pkg-config failed" >&2
    exit 1
fi

if ! pkg-config --exists libgvc; then
    echo "error: libgraphviz-dev was installed but pkg-config still cannot find libgvc" >&2
    exit 1
fi
echo "linkchart: installed libgraphviz-dev $(pkg-config --modversion libgvc)" >&2
