import { describe, expect, it } from "vitest";
import { adjacency, decodeGraph, GraphDecodeError } from "./columns";
import { triangle } from "./testGraphs";


describe("decodeGraph", () => {
  it("decodes columns into typed arrays", () => {
    const g = decodeGraph(triangle);
    expect(g.nodeCount).toBe(4);
    expect(g.edgeCount).toBe(4);
    expect(g.source).toBeInstanceOf(Int32Array);
    expect([...g.target]).toEqual([1, 2, 0, 3]);
    expect([...g.weight]).toEqual([1, 2, 3, 1]);
    expect([...g.categories.get("community")!.codes]).toEqual([0, 0, 1, -1]);
    expect(Number.isNaN(g.measures.get("degree")![3])).toBe(true);
    expect(g.labels[0]).toBe("Anna");
    expect(g.directed).toBe(true);
    expect([...g.protectedNodes]).toEqual([0, 0, 0, 1]);
  });

  it("defaults labels to ids and weights to 1", () => {
    const g = decodeGraph({ nodes: { id: ["x", "y"] }, edges: { source: [0], target: [1] } });
    expect(g.labels).toEqual(["x", "y"]);
    expect([...g.weight]).toEqual([1]);
  });

  it.each([
    [{ nodes: { id: ["a"] }, edges: { source: [0], target: [1] } }, "edges.target[0]"],
    [{ nodes: { id: ["a"] }, edges: { source: [0, 0], target: [0] } }, "edges.target: expected 2 entries"],
    [{ nodes: { id: ["a"] }, edges: { source: [0.5], target: [0] } }, "edges.source[0]"],
    [{ nodes: { id: ["a", 3] }, edges: { source: [], target: [] } }, "nodes.id[1]"],
    [{ nodes: { id: ["a"], categories: { kind: { values: ["x"], codes: [1] } } }, edges: { source: [], target: [] } }, "nodes.categories.kind.codes[0]"],
    [{ nodes: { id: ["a"], measures: { d: ["1"] } }, edges: { source: [], target: [] } }, "nodes.measures.d[0]"],
    [{ nodes: { id: ["a"] }, edges: { source: [0], target: [0], weight: [Infinity] } }, "edges.weight[0]"],
    [{ nodes: {}, edges: {} }, "nodes.id"],
    [{ nodes: { id: ["a"], protected: [2] }, edges: { source: [], target: [] } }, "nodes.protected[0]"],
    [null, "(root)"],
  ])("rejects a malformed payload naming the field (%#)", (payload, field) => {
    expect(() => decodeGraph(payload)).toThrow(GraphDecodeError);
    expect(() => decodeGraph(payload)).toThrow(field);
  });
});

describe("adjacency", () => {
  it("lists both directions of every edge with the edge number", () => {
    const g = decodeGraph(triangle);
    const a = adjacency(g);
    const neighbours = (v: number) => [...a.adj.subarray(a.offsets[v], a.offsets[v + 1])].sort();
    expect(neighbours(0)).toEqual([1, 2]);
    expect(neighbours(2)).toEqual([0, 1, 3]);
    expect(neighbours(3)).toEqual([2]);
    expect(a.edge[a.offsets[3]]).toBe(3);
  });
});
