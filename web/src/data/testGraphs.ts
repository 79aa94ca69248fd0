// Small graphs shared by the unit tests.
import type { GraphWire } from "./columns";

/** Three agents in a directed cycle and a protected agent hanging off the third. */
export const triangle: GraphWire = {
  directed: true,
  nodes: {
    id: ["a", "b", "c", "victim-1"],
    label: ["Anna", "Bo", "Cy", "victim-1"],
    protected: [0, 0, 0, 1],
    categories: { community: { values: ["0", "1"], codes: [0, 0, 1, -1] }, sphere: { values: ["underworld", "upperworld"], codes: [0, 0, 1, 0] } },
    measures: { degree: [2, 2, 3, null] },
  },
  edges: { source: [0, 1, 2, 2], target: [1, 2, 0, 3], weight: [1, 2, 3, 1] },
};
