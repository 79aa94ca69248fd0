#!/usr/bin/python3
"""Times python-igraph (C core) on the centrality measures of CentralityRunner, same file, same rules.

Usage: OMP_NUM_THREADS=1 /usr/bin/python3 igraph_centrality.py FILE.tsv [--measures a,b] [--runs N]

Prints one line per measure: name, median wall seconds, min wall seconds, median CPU seconds, checksum.
Algorithm time only (loading reported apart). Vertex order = first appearance (Read_Ncol), as our runner.
"""
import sys, time, statistics

import igraph as ig

DEFAULT = ["degree", "pagerank", "kcore", "articulation", "bridges", "closeness", "harmonic", "betweenness"]


def top(vals):
    best = max(range(len(vals)), key=lambda i: vals[i])
    return "top index %d value %.8g sum %.10g" % (best, vals[best], sum(vals))


def main():
    path = sys.argv[1]
    measures, runs = None, 3
    args = sys.argv[2:]
    while args:
        a = args.pop(0)
        if a == "--measures":
            measures = args.pop(0).split(",")
        elif a == "--runs":
            runs = int(args.pop(0))
    t = time.perf_counter()
    g = ig.Graph.Read_Ncol(path, names=True, weights=True, directed=True)
    load = time.perf_counter() - t
    t = time.perf_counter()
    ug = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
    undirected = time.perf_counter() - t
    print("# igraph %s: n=%d m=%d; load %.3f s, to_undirected %.3f s (not included)" % (ig.__version__, g.vcount(), g.ecount(), load, undirected))
    if measures is None:
        measures = [m for m in DEFAULT if m != "betweenness" or g.ecount() <= 200_000]
    table = {
        "degree": lambda: top(g.degree()),
        # PRPACK solves to ~1e-10 (no tolerance knob), stricter than our L1 < 1e-6.
        "pagerank": lambda: top(g.pagerank(damping=0.85, directed=True)),
        "kcore": lambda: "max core %d" % max(ug.coreness()),
        "articulation": lambda: "points %d" % len(g.articulation_points()),
        "bridges": lambda: "bridges %d" % len(g.bridges()),
        "closeness": lambda: top([0.0 if x != x else x for x in g.closeness(mode="in")]),
        "harmonic": lambda: top(g.harmonic_centrality(mode="in", normalized=False)),
        "betweenness": lambda: top(g.betweenness(directed=True)),
    }
    for m in measures:
        if m not in table:
            print("%-22s %10s %10s %10s  not available in igraph %s" % (m, "-", "-", "-", ig.__version__))
            continue
        walls, cpus, chk = [], [], ""
        for r in range(runs):
            if r > 0 and sum(walls) >= 10:
                break  # slow measures: stop repeating after 10 s, as the C# runner does
            c0, t0 = time.process_time(), time.perf_counter()
            chk = table[m]()
            walls.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        print("%-22s %10.4f %10.4f %10.4f  %s (runs %d)" % (m, statistics.median(walls), min(walls), statistics.median(cpus), chk, len(walls)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
