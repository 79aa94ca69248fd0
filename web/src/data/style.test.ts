import { describe, expect, it } from "vitest";
import { decodeGraph } from "./columns";
import { colourBy, MAX_SIZE, MIN_SIZE, NONE_COLOR, OTHER_COLOR, PALETTE, sizeBy } from "./style";
import { triangle } from "./testGraphs";

describe("colourBy", () => {
  it("gives the most frequent value the first colour and counts every node in the legend", () => {
    const c = colourBy(decodeGraph(triangle), "community");
    expect(c.colors).toEqual([PALETTE[0], PALETTE[0], PALETTE[1], NONE_COLOR]);
    expect(c.legend.map((e) => [e.label, e.count])).toEqual([["0", 2], ["1", 1], ["none", 1]]);
  });

  it("groups values beyond the palette as other", () => {
    const n = 40;
    const g = decodeGraph({ nodes: { id: Array.from({ length: n }, (_, i) => `n${i}`), categories: { group: { values: Array.from({ length: n }, (_, i) => `g${i}`), codes: Array.from({ length: n }, (_, i) => i) } } }, edges: { source: [], target: [] } });
    const c = colourBy(g, "group");
    expect(c.legend).toHaveLength(PALETTE.length);
    expect(c.legend.at(-1)).toMatchObject({ color: OTHER_COLOR, count: n - (PALETTE.length - 1) });
    expect(c.legend.reduce((s, e) => s + e.count, 0)).toBe(n);
  });

  it("colours every node alike for an unknown attribute", () => {
    expect(new Set(colourBy(decodeGraph(triangle), "nope").colors).size).toBe(1);
  });
});

describe("sizeBy", () => {
  it("maps the measure's range onto the size range by square root", () => {
    const s = sizeBy(decodeGraph(triangle), "degree");
    expect(s[0]).toBeCloseTo(MIN_SIZE);
    expect(s[2]).toBeCloseTo(MAX_SIZE);
    expect(s[3]).toBeCloseTo(MIN_SIZE + 1);
  });

  it("uses one size without a measure", () => {
    expect(new Set(sizeBy(decodeGraph(triangle), null))).toEqual(new Set([MIN_SIZE + 1]));
  });
});
