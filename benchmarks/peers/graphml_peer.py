"""Times a peer library reading and writing the GraphML file the formats runner wrote.

usage: graphml_peer.py igraph|networkx FILE OUTDIR [RUNS]
Prints CPU (process_time) and wall seconds per run and their medians, like the C# runner.
"""
import statistics
import sys
import time

library, path, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3

if library == "igraph":
    import igraph

    def read():
        return igraph.Graph.Read_GraphML(path)

    def write(g):
        g.write_graphml(f"{outdir}/igraph-out.graphml")

    version = igraph.__version__
    size = lambda g: (g.vcount(), g.ecount())
else:
    import networkx

    def read():
        return networkx.read_graphml(path, force_multigraph=True)

    def write(g):
        networkx.write_graphml(g, f"{outdir}/networkx-out.graphml")

    version = networkx.__version__
    size = lambda g: (g.number_of_nodes(), g.number_of_edges())


def timed(action, *args):
    cpu, wall = time.process_time(), time.perf_counter()
    result = action(*args)
    return result, time.process_time() - cpu, time.perf_counter() - wall


reads, writes = [], []
for _ in range(runs):
    g, cpu, wall = timed(read)
    reads.append((cpu, wall))
    _, cpu, wall = timed(write, g)
    writes.append((cpu, wall))
    n, m = size(g)
    del g


def report(what, runs):
    per_run = "  ".join(f"{c:.2f}/{w:.2f}" for c, w in runs)
    print(f"{library} {version} graphml {what}: cpu {statistics.median(c for c, _ in runs):.2f} s  "
          f"wall {statistics.median(w for _, w in runs):.2f} s  (median of {len(runs)}; cpu/wall per run: {per_run})")


print(f"{library}: {n:,} nodes, {m:,} edges")
report("write", writes)
report("read", reads)
