import { describe, expect, it } from "vitest";
import { graphQuery } from "./api";
import { NO_FILTERS } from "../data/viewState";

describe("graphQuery", () => {
  it("is empty without filters", () => {
    expect(graphQuery(NO_FILTERS, [])).toBe("");
  });

  it("uses the service's option names", () => {
    const q = new URLSearchParams(graphQuery({ from: Date.UTC(2024, 0, 1), to: null, kinds: ["payment", "bribe"], spheres: ["upperworld"] }, ["degree"]).slice(1));
    expect(q.get("from")).toBe("2024-01-01T00:00:00.000Z");
    expect(q.get("transaction-kinds")).toBe("payment,bribe");
    expect(q.get("spheres")).toBe("upperworld");
    expect(q.get("measures")).toBe("degree");
    expect(q.has("to")).toBe(false);
  });
});
