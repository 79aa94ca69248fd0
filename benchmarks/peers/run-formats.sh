#!/usr/bin/env bash
# GraphML read and write: netan against python-igraph and NetworkX on the same file.
#
#   benchmarks/peers/run-formats.sh [OUTDIR]
#
# Environment: EDGES (default 1000000), NODES (100000), RUNS (3; NetworkX always runs once, it is slow),
# IGRAPH_PY (/usr/bin/python3, which has python3-igraph from apt), NX_PY (python3 with networkx),
# SKIP_NETWORKX=1 to leave NetworkX out (it needs about two minutes of its own at 1M edges).
# Reports CPU and wall seconds; on a shared machine compare CPU times.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp/netan-formats-bench}
EDGES=${EDGES:-1000000}
NODES=${NODES:-100000}
RUNS=${RUNS:-3}
IGRAPH_PY=${IGRAPH_PY:-/usr/bin/python3}
NX_PY=${NX_PY:-python3}
mkdir -p "$OUT"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
dotnet run -c Release --project benchmarks/NetworkAnalysis.Benchmarks -- formats --dir "$OUT" --edges "$EDGES" --nodes "$NODES" --runs "$RUNS"
FILE="$OUT/transactions-$EDGES.graphml"
if "$IGRAPH_PY" -c "import igraph" 2>/dev/null; then
  "$IGRAPH_PY" benchmarks/peers/graphml_peer.py igraph "$FILE" "$OUT" "$RUNS"
else
  echo "igraph: not installed (apt-get install -y python3-igraph)"
fi
if [ "${SKIP_NETWORKX:-}" = 1 ]; then
  echo "networkx: skipped (SKIP_NETWORKX=1)"
elif "$NX_PY" -c "import networkx" 2>/dev/null; then
  "$NX_PY" benchmarks/peers/graphml_peer.py networkx "$FILE" "$OUT" 1
else
  echo "networkx: not installed"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
