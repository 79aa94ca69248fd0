#!/usr/bin/env python3
"""Top-10 agreement of an estimated ranking with the exact one: overlap, Kendall tau and Spearman rho.

Usage: top10.py EXACT.csv ESTIMATED.csv   (netan centrality ... --format csv: a header, then id,...,value)
Rank correlations are taken over the exact top 10 (their exact values against their estimated values), and over
the union of both top-10s; ties are averaged (Spearman) or counted as in tau-b (Kendall).
"""
import csv
import sys


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    return {r[0]: float(r[-1]) for r in rows[1:] if r and r[-1] not in ("", "NaN")}


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(a, b):
    ra, rb = ranks(a), ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else float("nan")


def kendall(a, b):
    concordant = discordant = ties_a = ties_b = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            da, db = a[i] - a[j], b[i] - b[j]
            if da == 0 and db == 0:
                continue
            if da == 0:
                ties_a += 1
            elif db == 0:
                ties_b += 1
            elif (da > 0) == (db > 0):
                concordant += 1
            else:
                discordant += 1
    denominator = ((concordant + discordant + ties_a) * (concordant + discordant + ties_b)) ** 0.5
    return (concordant - discordant) / denominator if denominator else float("nan")


def top(values, k=10):
    return [i for i, _ in sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


exact, estimated = read(sys.argv[1]), read(sys.argv[2])
te, ts = top(exact), top(estimated)
overlap = len(set(te) & set(ts))
union = sorted(set(te) | set(ts))
a = [exact[i] for i in te]
b = [estimated.get(i, 0.0) for i in te]
ua = [exact.get(i, 0.0) for i in union]
ub = [estimated.get(i, 0.0) for i in union]
worst = max(abs(exact[i] - estimated.get(i, 0.0)) for i in exact)
print(f"overlap {overlap}/10, kendall_top10 {kendall(a, b):.3f}, spearman_top10 {spearman(a, b):.3f}, "
      f"kendall_union {kendall(ua, ub):.3f}, spearman_union {spearman(ua, ub):.3f}, max_abs_error {worst:.4g}")
