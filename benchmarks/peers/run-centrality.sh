#!/usr/bin/env bash
# Side-by-side centrality benchmark: our engine (CentralityRunner, all cores) against python-igraph
# (C core, OMP_NUM_THREADS=1) and the plain C PageRank kernel of shared/bench, on the same files, in one run.
#
# Usage: benchmarks/peers/run-centrality.sh [SIZE ...]      (default: 100k 1m)
# Env:   DATA=/tmp/benchdata (generated with shared/bench/gen_graph.py when missing)
#        RUNS=3  THREADS=-1 (our threads; -1 = all)  NETAN_SHARED (default: ../shared or ../../shared)
#        MEASURES_100k / MEASURES_1m to override the measure lists.
# Prints both tables and, per measure, igraph/ours ratios of wall and CPU seconds (> 1: we are faster).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SHARED="${NETAN_SHARED:-}"
for candidate in "$ROOT/../shared" "$ROOT/../../shared"; do
  [ -z "$SHARED" ] && [ -d "$candidate/bench" ] && SHARED="$(cd "$candidate" && pwd)"
done
DATA="${DATA:-/tmp/benchdata}"
RUNS="${RUNS:-3}"
THREADS="${THREADS:--1}"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100k 1m)
MEASURES_100k="${MEASURES_100k:-degree,pagerank,kcore,articulation,bridges,closeness,harmonic,betweenness}"
MEASURES_1m="${MEASURES_1m:-degree,pagerank,kcore,articulation,bridges,betweenness-sampled}"

if [ ! -f "$DATA/dcsbm-1m-s42.tsv" ]; then
  [ -n "$SHARED" ] || { echo "shared/bench not found: set NETAN_SHARED" >&2; exit 1; }
  /usr/bin/python3 "$SHARED/bench/gen_graph.py" --all --outdir "$DATA" --seed 42
fi
dotnet build -c Release "$ROOT/benchmarks/NetworkAnalysis.Benchmarks" -v q -nologo >/dev/null
RUNNER="$ROOT/benchmarks/NetworkAnalysis.Benchmarks/bin/Release/net10.0/NetworkAnalysis.Benchmarks"
PRK=""
if command -v gcc >/dev/null && [ -n "$SHARED" ] && [ -f "$SHARED/bench/pr_kernel.c" ]; then
  PRK="$(mktemp -d)/pr_kernel"
  gcc -O3 -march=native -fopenmp -o "$PRK" "$SHARED/bench/pr_kernel.c" -lm
fi

echo "# $(date -u +%FT%TZ) $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for size in "${SIZES[@]}"; do
  file="$DATA/dcsbm-$size-s42.tsv"
  var="MEASURES_$size"; measures="${!var:-$MEASURES_1m}"
  ours="$(mktemp)"; peer="$(mktemp)"
  echo; echo "## $size — ours (threads $THREADS)"
  "$RUNNER" centrality "$file" --measures "$measures" --runs "$RUNS" --threads "$THREADS" | tee "$ours"
  echo; echo "## $size — igraph (OMP_NUM_THREADS=1)"
  OMP_NUM_THREADS=1 /usr/bin/python3 "$HERE/igraph_centrality.py" "$file" --measures "$measures" --runs "$RUNS" | tee "$peer"
  if [ -n "$PRK" ] && [[ ",$measures," == *",pagerank,"* ]]; then
    echo; echo "## $size — C PageRank kernel (L1 < 1e-6), 1 and 2 threads"
    for t in 1 2; do OMP_NUM_THREADS=$t "$PRK" "$file" | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); print("c_kernel threads=%d iterations=%d solve %.4f s" % (r["threads"], r["iterations"], r["solve_s"]))'; done
  fi
  echo; echo "## $size — ratios igraph / ours (wall, cpu)"
  python3 - "$ours" "$peer" <<'PY'
import sys
def table(path):
    rows = {}
    for line in open(path):
        parts = line.split()
        if len(parts) >= 4 and not line.startswith("#") and parts[1] not in ("median", "-"):
            try:
                rows[parts[0]] = (float(parts[1]), float(parts[3]))
            except ValueError:
                pass
    return rows
ours, peer = table(sys.argv[1]), table(sys.argv[2])
for m, (w, c) in ours.items():
    if m in peer:
        pw, pc = peer[m]
        print("%-22s wall %7.2fx   cpu %7.2fx" % (m, pw / w if w else float("inf"), pc / c if c else float("inf")))
    else:
        print("%-22s (no igraph equivalent)" % m)
PY
  rm -f "$ours" "$peer"
done
