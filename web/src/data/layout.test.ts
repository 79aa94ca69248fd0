import { describe, expect, it } from "vitest";
import { decodeGraph } from "./columns";
import { clusterLayout } from "./layout";

function graph(codes: number[]) {
  return decodeGraph({ nodes: { id: codes.map((_, i) => `n${i}`), categories: { community: { values: ["0", "1", "2"], codes } } }, edges: { source: [], target: [] } });
}

describe("clusterLayout", () => {
  it("is deterministic and gives every node finite, distinct coordinates", () => {
    const g = graph(Array.from({ length: 300 }, (_, i) => i % 3));
    const a = clusterLayout(g, "community");
    expect([...a]).toEqual([...clusterLayout(g, "community")]);
    expect(a.every(Number.isFinite)).toBe(true);
    const points = new Set<string>();
    for (let v = 0; v < 300; v++) points.add(`${a[2 * v]},${a[2 * v + 1]}`);
    expect(points.size).toBe(300);
  });

  it("keeps members of a cluster nearer their own centre than the other clusters' centres", () => {
    const codes = Array.from({ length: 600 }, (_, i) => (i < 300 ? 0 : i < 500 ? 1 : 2));
    const p = clusterLayout(graph(codes), "community");
    const centre = (c: number) => {
      let x = 0, y = 0, k = 0;
      codes.forEach((code, v) => { if (code === c) { x += p[2 * v]; y += p[2 * v + 1]; k++; } });
      return [x / k, y / k];
    };
    const centres = [0, 1, 2].map(centre);
    codes.forEach((code, v) => {
      const d = centres.map(([x, y]) => Math.hypot(p[2 * v] - x, p[2 * v + 1] - y));
      expect(d.indexOf(Math.min(...d))).toBe(code);
    });
  });
});
