#!/bin/sh
# Top-10 agreement of netan analyze's estimated sections with exact values, on one case.
# Usage: benchmarks/agreement/run.sh NETAN CASE_DIR OUT_DIR
#   e.g. netan generate --groups 100 --scale 2 --seed 3 --out case2
#        benchmarks/agreement/run.sh "dotnet run -c Release --project src/NetworkAnalysis.Cli --" case2 /tmp/agree
# Same settings as netan analyze above 20,000 agents: betweenness from 1,000 sources, harmonic from 4,096
# pivots, seed 1 (directed projection, normalised betweenness, harmonic over incoming distances).
set -eu
netan=$1 case=$2 out=$3
here=$(dirname "$0")
mkdir -p "$out"
$netan centrality "$case" -m betweenness --format csv --out "$out/betweenness-exact.csv"
$netan centrality "$case" -m betweenness --samples 1000 --seed 1 --format csv --out "$out/betweenness-estimated.csv"
$netan centrality "$case" -m harmonic --format csv --out "$out/harmonic-exact.csv"
$netan centrality "$case" -m harmonic --samples 4096 --seed 1 --format csv --out "$out/harmonic-estimated.csv"
for m in betweenness harmonic; do
  printf '%s: ' "$m"
  python3 "$here/top10.py" "$out/$m-exact.csv" "$out/$m-estimated.csv"
done
