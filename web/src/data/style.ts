// How nodes look: colour by a categorical attribute (with its legend) and size by a measure.
import type { ColumnGraph } from "./columns";

/** One line of a legend. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly count: number;
}

/** A colour per node and the legend that explains it. */
export interface Colouring {
  readonly key: string;
  readonly colors: readonly string[];
  readonly legend: readonly LegendEntry[];
}

// Twelve colours distinguishable on white and for the common colour-vision deficiencies (Tableau 10 + 2).
export const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
  "#b07aa1", "#ff9da7", "#9c755f", "#2f4b7c", "#a05195", "#665191",
] as const;
export const OTHER_COLOR = "#bab0ac";
export const NONE_COLOR = "#d9d9d9";

/**
 * Colours nodes by category `key`: the most frequent values (ties by first appearance) get the palette,
 * the rest share "other", nodes without a value are "none". Unknown key: every node in one colour. O(n + k log k).
 */
export function colourBy(g: ColumnGraph, key: string): Colouring {
  const category = g.categories.get(key);
  if (!category) {
    return { key, colors: new Array<string>(g.nodeCount).fill(PALETTE[0]), legend: [{ label: "agent", color: PALETTE[0], count: g.nodeCount }] };
  }
  const counts = new Int32Array(category.values.length);
  let none = 0;
  for (let v = 0; v < g.nodeCount; v++) {
    const c = category.codes[v];
    if (c < 0) none++;
    else counts[c]++;
  }
  const order = Array.from(counts.keys()).filter((c) => counts[c] > 0).sort((a, b) => counts[b] - counts[a] || a - b);
  const coloured = order.length > PALETTE.length ? PALETTE.length - 1 : order.length;
  const colorOf = new Array<string>(category.values.length).fill(OTHER_COLOR);
  const legend: LegendEntry[] = [];
  for (let i = 0; i < coloured; i++) {
    colorOf[order[i]] = PALETTE[i];
    legend.push({ label: category.values[order[i]], color: PALETTE[i], count: counts[order[i]] });
  }
  if (order.length > coloured) {
    let rest = 0;
    for (let i = coloured; i < order.length; i++) rest += counts[order[i]];
    legend.push({ label: `other (${order.length - coloured} values)`, color: OTHER_COLOR, count: rest });
  }
  if (none > 0) legend.push({ label: "none", color: NONE_COLOR, count: none });
  const colors = new Array<string>(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) {
    const c = category.codes[v];
    colors[v] = c < 0 ? NONE_COLOR : colorOf[c];
  }
  return { key, colors, legend };
}

export const MIN_SIZE = 2;
export const MAX_SIZE = 14;

/**
 * Node sizes from measure `key`: area grows with the value (size ∝ √value between MIN_SIZE and MAX_SIZE),
 * so a few hubs do not hide everything else; undefined values and an unknown key get MIN_SIZE + 1. O(n).
 */
export function sizeBy(g: ColumnGraph, key: string | null): Float32Array {
  const sizes = new Float32Array(g.nodeCount).fill(MIN_SIZE + 1);
  const values = key === null ? undefined : g.measures.get(key);
  if (!values) return sizes;
  let lo = Infinity, hi = -Infinity;
  for (const x of values) {
    if (Number.isNaN(x)) continue;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (!(hi > lo)) return sizes;
  const span = Math.sqrt(hi - lo);
  for (let v = 0; v < g.nodeCount; v++) {
    const x = values[v];
    if (!Number.isNaN(x)) sizes[v] = MIN_SIZE + ((MAX_SIZE - MIN_SIZE) * Math.sqrt(x - lo)) / span;
  }
  return sizes;
}
