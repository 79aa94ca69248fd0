import { describe, expect, it } from "vitest";
import { adjacency, decodeGraph } from "./columns";
import { agentHighlight, cycleHighlight, hopHighlight, idIndex, pathHighlight } from "./results";
import { triangle } from "./testGraphs";

const g = decodeGraph(triangle);
const a = adjacency(g);
const index = idIndex(g);

describe("result highlights", () => {
  it("draws a path's nodes and the edges between consecutive ids", () => {
    const h = pathHighlight(a, index, [{ rank: 1, path: "a > b > c" }]);
    expect(h.nodes.sort()).toEqual([0, 1, 2]);
    expect(h.edges.sort()).toEqual([0, 1]);
    expect(h.missing).toEqual([]);
  });

  it("reports ids that are not on screen and does not join across them", () => {
    const h = pathHighlight(a, index, [{ path: "a > ghost > c" }]);
    expect(h.missing).toEqual(["ghost"]);
    expect(h.edges).toEqual([]);
  });

  it("follows hop rows and closes cycles", () => {
    expect(hopHighlight(a, index, [{ source: "c", target: "victim-1" }]).edges).toEqual([3]);
    expect(cycleHighlight(a, index, [{ cycle: "a > b > c" }]).edges.sort()).toEqual([0, 1, 2]);
    expect(agentHighlight(a, index, [{ agent: "b" }, { agent: "c" }], "agent").nodes).toEqual([1, 2]);
  });
});
