// Where nodes start: a deterministic layout that puts each community (or group) in its own disc, so even a
// 50k-node case is readable on the first frame; ForceAtlas2 then refines it (see graphView / reportPage).
import type { ColumnGraph } from "./columns";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions as [x0, y0, x1, y1, ...]: clusters (codes of category `key`, or one cluster when absent) on a
 * sunflower spiral, largest first, each cluster's nodes on a sunflower spiral of its own with area proportional
 * to its size. Same input, same picture. O(n + k log k).
 */
export function clusterLayout(g: ColumnGraph, key: string): Float32Array {
  const n = g.nodeCount;
  const codes = g.categories.get(key)?.codes;
  const clusterOf = new Int32Array(n);
  let k = 1;
  if (codes) {
    // -1 (no value) becomes its own cluster, after the real values.
    let max = -1;
    for (let v = 0; v < n; v++) if (codes[v] > max) max = codes[v];
    k = max + 2;
    for (let v = 0; v < n; v++) clusterOf[v] = codes[v] < 0 ? max + 1 : codes[v];
  }
  const size = new Int32Array(k);
  for (let v = 0; v < n; v++) size[clusterOf[v]]++;
  const order = Array.from(size.keys()).filter((c) => size[c] > 0).sort((a, b) => size[b] - size[a] || a - b);

  // Cluster centres: a spiral in which the i-th disc is placed at a radius that grows with the area used so far.
  const cx = new Float64Array(k), cy = new Float64Array(k);
  let area = 0;
  order.forEach((c, i) => {
    const r = i === 0 ? 0 : Math.sqrt(area) * 1.15 + Math.sqrt(size[c]);
    cx[c] = r * Math.cos(i * GOLDEN_ANGLE);
    cy[c] = r * Math.sin(i * GOLDEN_ANGLE);
    area += size[c] * 1.3;
  });

  const rank = new Int32Array(k);
  const pos = new Float32Array(2 * n);
  for (let v = 0; v < n; v++) {
    const c = clusterOf[v];
    const i = rank[c]++;
    const r = Math.sqrt(i + 0.5);
    pos[2 * v] = cx[c] + r * Math.cos(i * GOLDEN_ANGLE);
    pos[2 * v + 1] = cy[c] + r * Math.sin(i * GOLDEN_ANGLE);
  }
  return pos;
}
