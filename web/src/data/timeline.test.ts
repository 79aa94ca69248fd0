import { describe, expect, it } from "vitest";
import { boundaryLabel, countIn, histogram, windowFilters } from "./timeline";

const h = histogram({ from: "2024-01-01T00:00:00+00:00", to: "2024-01-04T12:00:00+00:00", bucketSeconds: 86_400, counts: [3, 0, 5, 2], undated: 1 })!;

describe("time window", () => {
  it("is the whole case (no bounds) when every bucket is in", () => {
    expect(windowFilters(h, 0, 4)).toEqual({ from: null, to: null });
  });

  it("maps buckets to a half-open window on bucket boundaries", () => {
    expect(windowFilters(h, 1, 3)).toEqual({ from: Date.UTC(2024, 0, 2), to: Date.UTC(2024, 0, 4) });
    expect(countIn(h, 1, 3)).toBe(5);
    expect(boundaryLabel(h, 3)).toBe("2024-01-04");
  });

  it("clamps out-of-range and crossed handles", () => {
    expect(windowFilters(h, -2, 99)).toEqual({ from: null, to: null });
    expect(windowFilters(h, 3, 1)).toEqual({ from: Date.UTC(2024, 0, 4), to: Date.UTC(2024, 0, 4) });
    expect(countIn(h, 3, 1)).toBe(0);
  });

  it("has no histogram when nothing is dated", () => {
    expect(histogram({ from: null, to: null, bucketSeconds: 1, counts: [], undated: 7 })).toBeNull();
  });
});
