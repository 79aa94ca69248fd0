#!/usr/bin/env python3
"""igraph side of benchmarks/peers/run-communities.sh.

Times python-igraph (C core) on the same "src dst weight" file the C# runner reads, the way
shared/bench/peers.py does it (Graph.Read_Ncol, as_undirected("collapse", weight sum), algorithm
time only, calls under 1 s repeated up to 7 runs / 3 s and the median kept), and prints one JSON
line per algorithm in the C# runner's format. Run it with OMP_NUM_THREADS=1 and Debian's
/usr/bin/python3 (apt-get install -y python3-igraph).
"""
import argparse
import json
import math
import os
import resource
import time
from collections import Counter

import igraph as ig


def nmi(a, b):
    n = len(a)
    ca, cb = Counter(a), Counter(b)
    cab = Counter(zip(a, b))
    ha = -sum(c / n * math.log(c / n) for c in ca.values())
    hb = -sum(c / n * math.log(c / n) for c in cb.values())
    mi = sum(c / n * math.log(c * n / (ca[x] * cb[y])) for (x, y), c in cab.items())
    return 1.0 if ha + hb == 0 else 2.0 * mi / (ha + hb)


def timed(call):
    times, cpu = [], []
    start = time.perf_counter()
    while True:
        c0 = time.process_time()
        t0 = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        if times[0] >= 1.0 or len(times) >= 7 or time.perf_counter() - start >= 3.0:
            break
    times.sort()
    return times[len(times) // 2], min(cpu), len(times), result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("--algos", default="wcc,scc,louvain,leiden,triangles,transitivity,lpa")
    args = ap.parse_args()

    t0 = time.perf_counter()
    g = ig.Graph.Read_Ncol(args.graph, names=True, weights=True, directed=True)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    ug = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
    to_undirected = time.perf_counter() - t0

    planted = None
    pfile = args.graph[:-4] + ".communities" if args.graph.endswith(".tsv") else None
    if pfile and os.path.exists(pfile):
        by_id = {}
        with open(pfile) as f:
            for line in f:
                v, c = line.split()
                by_id[int(v)] = int(c)
        planted = [by_id.get(int(x), -1) for x in g.vs["name"]]

    def emit(algo, seconds, n, m, extra, cpu=None, runs=1):
        rec = {"lib": "igraph " + ig.__version__, "algo": algo, "seconds": round(seconds, 4), "n": n, "m_alg": m}
        if cpu is not None:
            rec["cpu_seconds_min"] = round(cpu, 4)
            rec["runs"] = runs
        rec.update(extra)
        print(json.dumps(rec), flush=True)

    def communities(memb):
        memb = list(memb)
        out = {"communities": len(set(memb)), "modularity_w": round(ug.modularity(memb, weights="weight"), 5)}
        if planted:
            out["nmi_planted"] = round(nmi(planted, memb), 4)
        return out

    def triangle_total(local):
        deg = ug.degree()
        return {"triangles": int(round(sum(t * d * (d - 1) / 2.0 for t, d in zip(local, deg)) / 3.0))}

    emit("load", load, g.vcount(), g.ecount(), {})
    emit("to_undirected", to_undirected, ug.vcount(), ug.ecount(), {})
    table = {
        "wcc": (g, lambda: g.connected_components(mode="weak"), lambda c: {"components": len(c), "giant": max(c.sizes())}),
        "scc": (g, lambda: g.connected_components(mode="strong"), lambda c: {"components": len(c), "giant": max(c.sizes())}),
        "louvain": (ug, lambda: ug.community_multilevel(weights="weight").membership, communities),
        "leiden": (ug, lambda: ug.community_leiden(objective_function="modularity", weights="weight", n_iterations=2).membership, communities),
        "triangles": (ug, lambda: ug.transitivity_local_undirected(mode="zero"), triangle_total),
        "transitivity": (ug, lambda: ug.transitivity_undirected(), lambda t: {"transitivity": round(t, 6)}),
        "lpa": (ug, lambda: ug.community_label_propagation(weights="weight").membership, communities),
    }
    for algo in dict.fromkeys(args.algos.split(",")):
        if algo not in table:
            continue
        graph, call, summary = table[algo]
        seconds, cpu, runs, result = timed(call)
        emit(algo, seconds, graph.vcount(), graph.ecount(), summary(result), cpu, runs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"lib": "igraph " + ig.__version__, "algo": "peak_rss_mb", "value": round(rss)}), flush=True)


if __name__ == "__main__":
    main()
