#!/usr/bin/env bash
# Side-by-side benchmark for issue 4 (components, communities, triangles): runs the C# runner
# ("communities" in NetworkAnalysis.Benchmarks) and python-igraph on the same edge-list file in one
# run, then prints a table of times, ratios and quality.
#
#   benchmarks/peers/run-communities.sh GRAPH.tsv [ALGOS]
#
# GRAPH.tsv: "src dst weight" lines as written by shared/bench/gen_graph.py, e.g.
#   /usr/bin/python3 ../shared/bench/gen_graph.py --all --outdir /tmp/benchdata --seed 42
# ALGOS: comma list from wcc,scc,louvain,louvainK,leiden,leidenK,triangles,transitivity,cdlp,lpa
#   (default wcc,scc,louvain,leiden2,leiden3,triangles). leidenK runs K Leiden iterations; igraph's
#   row is always community_leiden(n_iterations=2), as in shared/bench/PEERS.md, so leiden2 is the
#   like-for-like row. cdlp has no igraph counterpart.
# igraph runs single-threaded (OMP_NUM_THREADS=1, as in shared/bench/PEERS.md); needs
# `apt-get install -y python3-igraph` and Debian's /usr/bin/python3. Times are algorithm time only
# (median of up to 7 runs when a call is under 1 s); loading and building are reported apart.
set -euo pipefail
graph=${1:?usage: run-communities.sh GRAPH.tsv [ALGOS]}
algos=${2:-wcc,scc,louvain,leiden2,leiden3,triangles}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build -c Release "$root/benchmarks/NetworkAnalysis.Benchmarks" -v q -nologo > "$out/build.log" 2>&1 \
  || { cat "$out/build.log"; exit 1; }
echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(basename "$graph") on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$root/benchmarks/NetworkAnalysis.Benchmarks/bin/Release/net10.0/NetworkAnalysis.Benchmarks.dll" \
  communities "$graph" --algos "$algos" | tee "$out/netan.jsonl"
peer_algos=$(echo "$algos" | sed -E 's/(louvain|leiden)[0-9]+/\1/g')
OMP_NUM_THREADS=1 /usr/bin/python3 "$here/igraph_communities.py" "$graph" --algos "$peer_algos" | tee "$out/igraph.jsonl"

echo "# load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/netan.jsonl" "$out/igraph.jsonl" <<'PY'
import json, re, sys
ours = {r["algo"]: r for r in map(json.loads, open(sys.argv[1]))}
peer = {r["algo"]: r for r in map(json.loads, open(sys.argv[2]))}
print()
print(f"| algorithm | netan s | igraph s | netan / igraph | netan result | igraph result |")
print(f"|---|---:|---:|---:|---|---|")
keys = ("modularity_w", "communities", "nmi_planted", "components", "giant", "triangles", "transitivity")
for algo, r in ours.items():
    p = peer.get(re.sub(r"(louvain|leiden)\d+$", r"\1", algo))
    res = lambda x: ", ".join(f"{k}={x[k]}" for k in keys if x and k in x)
    ratio = f"{r['seconds'] / p['seconds']:.2f}" if p and p.get("seconds") else "-"
    print(f"| {algo} | {r['seconds']:.4f} | {p['seconds'] if p else '-'} | {ratio} | {res(r)} | {res(p)} |")
PY
