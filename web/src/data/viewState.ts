// What the analyst is looking at: which nodes are shown, which one is in focus, how nodes are coloured and
// sized, and the filters sent to the server. Pure functions from state to state, so every panel can follow
// one source of truth and the logic is unit-tested without a browser.
import type { Adjacency, ColumnGraph } from "./columns";

/** Filters that the server applies when it projects the graph (the UI does not filter transactions itself). */
export interface Filters {
  /** Inclusive time window in ms since the epoch, or null for the whole case. */
  readonly from: number | null;
  readonly to: number | null;
  /** Transaction kinds to keep; empty = all. */
  readonly kinds: readonly string[];
  /** Spheres to keep; empty = all. */
  readonly spheres: readonly string[];
}

export interface ViewState {
  /** "all": every node not hidden; "ego": only the nodes reached by focusing and expanding. */
  readonly mode: "all" | "ego";
  /** In ego mode, the nodes shown. */
  readonly shown: ReadonlySet<number>;
  readonly hidden: ReadonlySet<number>;
  /** Focused node, or -1. */
  readonly focus: number;
  readonly colourBy: string;
  readonly sizeBy: string | null;
  readonly filters: Filters;
}

export const NO_FILTERS: Filters = { from: null, to: null, kinds: [], spheres: [] };

export function initialState(colourBy = "community", sizeBy: string | null = null): ViewState {
  return { mode: "all", shown: new Set(), hidden: new Set(), focus: -1, colourBy, sizeBy, filters: NO_FILTERS };
}

/** Focus node v; in ego mode it is added to what is shown; a hidden node is shown again. */
export function focus(s: ViewState, v: number): ViewState {
  const hidden = new Set(s.hidden);
  hidden.delete(v);
  const shown = s.mode === "ego" ? new Set(s.shown).add(v) : s.shown;
  return { ...s, focus: v, hidden, shown };
}

/** Start an ego view from v: only v is shown, ready to be expanded. */
export function startEgo(s: ViewState, v: number): ViewState {
  return { ...s, mode: "ego", shown: new Set([v]), hidden: new Set(), focus: v };
}

/** One step of expansion: v's neighbours (either direction) join the ego view. O(deg v). */
export function expand(s: ViewState, a: Adjacency, v: number): ViewState {
  const base = s.mode === "ego" ? s : startEgo(s, v);
  const shown = new Set(base.shown).add(v);
  const hidden = new Set(base.hidden);
  for (let i = a.offsets[v]; i < a.offsets[v + 1]; i++) {
    shown.add(a.adj[i]);
    hidden.delete(a.adj[i]);
  }
  return { ...base, shown, hidden, focus: v };
}

/** Hide node v (the focus moves away from it). */
export function hide(s: ViewState, v: number): ViewState {
  const hidden = new Set(s.hidden).add(v);
  return { ...s, hidden, focus: s.focus === v ? -1 : s.focus };
}

/** Back to the whole graph, nothing hidden. */
export function showAll(s: ViewState): ViewState {
  return { ...s, mode: "all", shown: new Set(), hidden: new Set() };
}

export function withFilters(s: ViewState, filters: Partial<Filters>): ViewState {
  return { ...s, filters: { ...s.filters, ...filters } };
}

export function isVisible(s: ViewState, v: number): boolean {
  if (s.hidden.has(v)) return false;
  return s.mode === "all" || s.shown.has(v);
}

/** The visible nodes in index order. O(n) in "all" mode, O(shown log shown) in ego mode. */
export function visibleNodes(s: ViewState, g: ColumnGraph): number[] {
  if (s.mode === "ego") return [...s.shown].filter((v) => !s.hidden.has(v)).sort((a, b) => a - b);
  const out: number[] = [];
  for (let v = 0; v < g.nodeCount; v++) if (!s.hidden.has(v)) out.push(v);
  return out;
}

/** The visible edges (both ends visible) in edge order. O(m). */
export function visibleEdges(s: ViewState, g: ColumnGraph): number[] {
  const out: number[] = [];
  for (let e = 0; e < g.edgeCount; e++) if (isVisible(s, g.source[e]) && isVisible(s, g.target[e])) out.push(e);
  return out;
}
