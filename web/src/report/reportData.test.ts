import { describe, expect, it } from "vitest";
import { disruptionSeries, parseReport } from "./reportData";

const raw = {
  dataset: "case",
  identitiesRevealed: false,
  summary: { agents: 3 },
  mostConnected: [],
  components: { count: 1, largest: 3, sizes: [3], isolated: 0 },
  disruption: {
    title: "Disruption curve",
    text: "",
    columns: ["step", "removed", "largest_component", "largest_share", "fragmentation", "efficiency", "functions_lost"],
    rows: [
      { step: 0, removed: "", largest_component: 3, largest_share: 1, fragmentation: 0, efficiency: null, functions_lost: "" },
      { step: 1, removed: "a", largest_component: 1, largest_share: 0.3333, fragmentation: 1, efficiency: null, functions_lost: "transport" },
    ],
  },
  graph: { nodes: { id: [] }, edges: { source: [], target: [] } },
};

describe("parseReport", () => {
  it("finds the sections in document order with rows in column order", () => {
    const r = parseReport(raw);
    expect(r.sections.map((s) => s.key)).toEqual(["disruption"]);
    expect(r.sections[0].rows[1]).toEqual([1, "a", 1, 0.3333, 1, null, "transport"]);
    expect(r.graph).not.toBeNull();
  });

  it("rejects data without a dataset", () => {
    expect(() => parseReport({ summary: {} })).toThrow("dataset");
  });

  it("reads the disruption curve's series", () => {
    const d = disruptionSeries(parseReport(raw).sections[0]);
    expect(d.steps).toEqual([0, 1]);
    expect(d.fragmentation).toEqual([0, 1]);
    expect(d.largestShare).toEqual([1, 0.3333]);
    expect(d.efficiency).toEqual([null, null]);
  });
});
