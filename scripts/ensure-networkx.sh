#!/bin/sh
# Makes sure python3 can import networkx, the real GraphML/GEXF parser the export tests read
# linkchart's files with (scripts/check-exports.py). Installs it when missing: with apt-get
# (Debian's python3-networkx) when that is available, else with pip. Uses sudo only when
# not root.
set -eu

if ! command -v python3 >/dev/null 2>&1; then
    echo "linkchart: python3 is missing; installing it with apt-get" >&2
fi
if command -v python3 >/dev/null 2>&1 && python3 -c "import networkx" >/dev/null 2>&1; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
fi

if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; }; then
    echo "linkchart: installing python3-networkx with apt-get (for the export tests)" >&2
    export DEBIAN_FRONTEND=noninteractive
    if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends python3 python3-networkx >/dev/null \
        && python3 -c "import networkx" >/dev/null 2>&1; then
        exit 0
    fi
    echo "linkchart: apt-get could not install python3-networkx; trying pip" >&2
fi

if command -v python3 >/dev/null 2>&1; then
    echo "linkchart: installing networkx with pip (for the export tests)" >&2
    # Debian marks its Python as externally managed (PEP 668): pip then needs the flag.
    python3 -m pip install --quiet networkx 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages networkx \
        || true
    if python3 -c "import networkx" >/dev/null 2>&1; then
        exit 0
    fi
fi
echo "error: cannot install networkx; install it yourself (apt-get install python3-networkx, or python3 -m pip install networkx)" >&2
exit 1
