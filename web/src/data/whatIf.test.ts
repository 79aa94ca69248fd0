import { describe, expect, it } from "vitest";
import { summariseDisruption } from "./whatIf";

describe("summariseDisruption", () => {
  it("reads the last step and counts the recoveries", () => {
    const rows = [
      { step: 0, removed: null, replacement: null, ties_added: 0, largest_component_share: 1, fragmentation: 0, efficiency: 0.4, functions_lost: "" },
      { step: 1, removed: "X01", replacement: "P15", ties_added: 18, largest_component_share: 0.99, fragmentation: 0.1, efficiency: 0.38, functions_lost: "" },
      { step: 2, removed: "P30", replacement: null, ties_added: 0, largest_component_share: 0.5, fragmentation: 0.52, efficiency: null, functions_lost: "corruption;transport" },
    ];
    expect(summariseDisruption(rows)).toEqual({
      removed: ["X01", "P30"], fragmentation: 0.52, efficiency: null, largestComponentShare: 0.5,
      functionsLost: ["corruption", "transport"], replacements: 1, tiesAdded: 18, initialEfficiency: 0.4,
    });
  });

  it("is null for rows of another analysis", () => {
    expect(summariseDisruption([{ id: "P30", fragmentation: 0.5 }])).toBeNull();
    expect(summariseDisruption([])).toBeNull();
  });
});
