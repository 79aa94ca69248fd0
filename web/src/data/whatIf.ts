// The what-if answer in a few figures: what is left after the last removal of a disruption run (the rows of
// `netan disrupt`, step 0 = intact network) and what recovery did. Read from the rows, never recomputed.
import type { Row } from "./results";

export interface WhatIfSummary {
  removed: string[];
  /** After the last step. */
  fragmentation: number;
  efficiency: number | null;
  largestComponentShare: number;
  functionsLost: string[];
  /** Removed agents whose ties passed to a replacement, and the ties re-formed. */
  replacements: number;
  tiesAdded: number;
  /** Efficiency before any removal, for the drop. */
  initialEfficiency: number | null;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const list = (v: unknown): string[] => (typeof v === "string" && v.length ? v.split(";") : []);

/** The summary of disruption rows, or null when the rows are not a disruption curve. O(rows). */
export function summariseDisruption(rows: readonly Row[]): WhatIfSummary | null {
  if (rows.length === 0 || !rows.every((r) => "step" in r && "fragmentation" in r)) return null;
  const last = rows[rows.length - 1];
  let replacements = 0, tiesAdded = 0;
  const removed: string[] = [];
  for (const r of rows) {
    if (typeof r.removed === "string") removed.push(r.removed);
    if (typeof r.replacement === "string") replacements++;
    tiesAdded += num(r.ties_added) ?? 0;
  }
  return {
    removed,
    fragmentation: num(last.fragmentation) ?? 0,
    efficiency: num(last.efficiency),
    largestComponentShare: num(last.largest_component_share) ?? 0,
    functionsLost: list(last.functions_lost),
    replacements,
    tiesAdded,
    initialEfficiency: num(rows[0].efficiency),
  };
}
