#!/bin/sh
# Load test of `linkchart serve` on this machine's loopback only: the seeds are ingested into
# a fresh store, served from it, and 8 concurrent clients ask for the ego page of one entity,
# with the diagram cache and without it, then for every entity page in turn. Each run is
# bounded by DURATION; the server is stopped by its PID.
# Usage: scripts/serve-load.sh [path/to/linkchart]   (needs wrk: apt-get install wrk)
set -eu
BIN=${1:-.build/debug/linkchart}
DURATION=${DURATION:-15s}
PAGE=${PAGE:-/entity/place%3Aonsong-county}
command -v wrk >/dev/null || { echo "serve-load: wrk is missing; install it with: apt-get install wrk" >&2; exit 1; }
cd "$(dirname "$0")/.."
OUT=$(mktemp -d)
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$OUT"' EXIT INT TERM

"$BIN" ingest seeds --db "$OUT/seeds.sqlite" >/dev/null

run() {  # run LABEL CACHE [PAGES]
    "$BIN" serve --db "$OUT/seeds.sqlite" --port 0 --json --diagram-cache "$2" >"$OUT/serve.json" 2>"$OUT/serve.err" &
    PID=$!
    for _ in $(seq 1 100); do grep -q '"port"' "$OUT/serve.json" 2>/dev/null && break; sleep 0.1; done
    PORT=$(sed -n 's/.*"port" : \([0-9]*\).*/\1/p' "$OUT/serve.json")
    [ -n "$PORT" ] || { cat "$OUT/serve.err" >&2; exit 1; }
    echo "== $1 (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    PAGES="${3:-}" wrk -t2 -c8 -d"$DURATION" -s scripts/serve-load.lua "http://127.0.0.1:$PORT$PAGE" | grep -E '^(requests|latency)'
    kill "$PID"; wait "$PID" 2>/dev/null || true
}

run "ego page, diagram cache on" 512
run "ego page, every diagram laid out anew" 0
ENTITIES=$("$BIN" entities seeds --db "$OUT/seeds.sqlite" --json | sed -n 's/^ *"id" : "\(.*\)",$/\1/p' \
    | python3 -c 'import sys, urllib.parse; print(" ".join("/entity/" + urllib.parse.quote(l.strip(), safe="") for l in sys.stdin))')
run "every entity page in turn, diagram cache on" 512 "$ENTITIES"
