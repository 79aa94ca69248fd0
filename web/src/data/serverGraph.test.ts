import { describe, expect, it } from "vitest";
import { decodeGraph } from "./columns";
import { toGraphWire } from "./serverGraph";

describe("toGraphWire", () => {
  it("turns the service's flat columns into categories the views colour by", () => {
    const g = decodeGraph(toGraphWire({
      directed: false,
      ids: ["a", "b", "victim-1"],
      kindNames: ["person", "official", "victim"], kinds: [0, 1, 2],
      sphereNames: ["underworld", "upperworld"], spheres: [0, 1, 0],
      groupNames: ["G1"], groups: [0, -1, -1],
      protected: [0, 0, 1],
      sources: [0, 1], targets: [1, 2], weights: [2, 1],
      measures: { degree: [1, 2, 1] },
    }));
    expect(g.directed).toBe(false);
    expect(g.labels).toEqual(["a", "b", "victim-1"]);
    expect([...g.categories.get("group")!.codes]).toEqual([0, -1, -1]);
    expect(g.categories.get("sphere")!.values).toEqual(["underworld", "upperworld"]);
    expect([...g.measures.get("degree")!]).toEqual([1, 2, 1]);
    expect([...g.weight]).toEqual([2, 1]);
  });

  it("leaves the report's shape alone and still validates the flat one", () => {
    const wire = { nodes: { id: ["x"] }, edges: { source: [], target: [] } };
    expect(toGraphWire(wire)).toBe(wire);
    expect(() => decodeGraph(toGraphWire({ ids: ["a"], sources: [0], targets: [5] }))).toThrow("edges.target[0]");
  });
});
