"""NetworkX's weighted Burt measures on edge CSVs (BSD-3-Clause NetworkX; reference for BrokerageNetworkXTests).

Usage: python3 burt_caviar.py FILE.csv ...   (header source,target,weight; directed)
Prints `file,node,constraint,effective_size` with weight="weight". Exit code 3 when NetworkX is missing.
"""
import csv
import os
import sys

try:
    import networkx as nx
except ImportError:
    sys.exit(3)

print("file,node,constraint,effective_size")
for path in sys.argv[1:]:
    g = nx.DiGraph()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            g.add_edge(row["source"], row["target"], weight=float(row["weight"]))
    c = nx.constraint(g, weight="weight")
    e = nx.effective_size(g, weight="weight")
    name = os.path.basename(path)
    for v in g.nodes:
        print(f"{name},{v},{c[v]!r},{e[v]!r}")
