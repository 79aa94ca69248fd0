"""Reference values for Burt's measures from NetworkX (BSD-3-Clause).

Usage: python3 burt_reference.py NAME=EDGES_CSV=directed|undirected ...
Prints `graph,node,weighted,constraint,effective_size` rows (weighted = 0 for weight=None, 1 for
weight="weight"). Exit code 3 when NetworkX is missing, so the calling test is ignored, not failed.
"""
import csv
import sys

try:
    import networkx as nx
except ImportError:
    sys.exit(3)

print("graph,node,weighted,constraint,effective_size")
for spec in sys.argv[1:]:
    name, path, mode = spec.split("=")
    g = nx.DiGraph() if mode == "directed" else nx.Graph()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            g.add_edge(row["source"], row["target"], weight=float(row["weight"]))
    for weighted, weight in ((0, None), (1, "weight")):
        c = nx.constraint(g, weight=weight)
        e = nx.effective_size(g, weight=weight)
        for v in g.nodes:
            print(f"{name},{v},{weighted},{c[v]!r},{e[v]!r}")
