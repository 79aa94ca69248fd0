import { describe, expect, it } from "vitest";
import { adjacency, decodeGraph } from "./columns";
import { triangle } from "./testGraphs";
import { expand, focus, hide, initialState, isVisible, showAll, startEgo, visibleEdges, visibleNodes, withFilters } from "./viewState";

const g = decodeGraph(triangle);
const a = adjacency(g);

describe("view state", () => {
  it("shows everything at first", () => {
    const s = initialState();
    expect(visibleNodes(s, g)).toEqual([0, 1, 2, 3]);
    expect(visibleEdges(s, g)).toEqual([0, 1, 2, 3]);
  });

  it("expands an ego network one step at a time", () => {
    let s = startEgo(initialState(), 3);
    expect(visibleNodes(s, g)).toEqual([3]);
    s = expand(s, a, 3);
    expect(visibleNodes(s, g)).toEqual([2, 3]);
    expect(visibleEdges(s, g)).toEqual([3]);
    s = expand(s, a, 2);
    expect(visibleNodes(s, g)).toEqual([0, 1, 2, 3]);
    expect(s.focus).toBe(2);
  });

  it("expanding from the whole graph starts an ego view", () => {
    const s = expand(initialState(), a, 0);
    expect(s.mode).toBe("ego");
    expect(visibleNodes(s, g)).toEqual([0, 1, 2]);
  });

  it("hides a node and its edges, and focusing shows it again", () => {
    let s = hide(focus(initialState(), 2), 2);
    expect(s.focus).toBe(-1);
    expect(isVisible(s, 2)).toBe(false);
    expect(visibleEdges(s, g)).toEqual([0]);
    s = focus(s, 2);
    expect(isVisible(s, 2)).toBe(true);
    expect(visibleNodes(showAll(hide(s, 1)), g)).toEqual([0, 1, 2, 3]);
  });

  it("merges filters without touching the rest", () => {
    const s = withFilters(initialState(), { kinds: ["payment"] });
    expect(s.filters).toEqual({ from: null, to: null, kinds: ["payment"], spheres: [] });
    expect(withFilters(s, { from: 5 }).filters.kinds).toEqual(["payment"]);
  });
});
