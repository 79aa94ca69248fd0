// Reading analysis results (the CLI's JSON rows, as the service returns them) back onto the graph:
// which nodes and edges a path, a money trail or a list of agents touches. No analysis is computed here.
import type { Adjacency, ColumnGraph } from "./columns";

export type Row = Record<string, unknown>;

/** Node number by displayed id. O(n) once. */
export function idIndex(g: ColumnGraph): Map<string, number> {
  const map = new Map<string, number>();
  g.ids.forEach((id, v) => map.set(id, v));
  return map;
}

/** An edge joining a and b in either direction, or -1. O(deg a). */
export function edgeBetween(a: Adjacency, u: number, v: number): number {
  for (let i = a.offsets[u]; i < a.offsets[u + 1]; i++) if (a.adj[i] === v) return a.edge[i];
  return -1;
}

export interface Highlight {
  nodes: number[];
  edges: number[];
  /** Ids in the result that are not in the graph on screen (e.g. filtered out). */
  missing: string[];
}

function collect(a: Adjacency, index: Map<string, number>, chains: string[][]): Highlight {
  const nodes = new Set<number>(), edges = new Set<number>(), missing = new Set<string>();
  for (const chain of chains) {
    let previous = -1;
    for (const id of chain) {
      const v = index.get(id);
      if (v === undefined) { missing.add(id); previous = -1; continue; }
      nodes.add(v);
      if (previous >= 0) {
        const e = edgeBetween(a, previous, v);
        if (e >= 0) edges.add(e);
      }
      previous = v;
    }
  }
  return { nodes: [...nodes], edges: [...edges], missing: [...missing] };
}

/** Paths as `netan paths` prints them: a `path` column of ids joined by " > ". */
export function pathHighlight(a: Adjacency, index: Map<string, number>, rows: readonly Row[]): Highlight {
  return collect(a, index, rows.filter((r) => typeof r.path === "string").map((r) => (r.path as string).split(" > ")));
}

/** Hop-by-hop results (time-respecting paths, money flows): one `source` → `target` pair per row. */
export function hopHighlight(a: Adjacency, index: Map<string, number>, rows: readonly Row[]): Highlight {
  return collect(a, index, rows.filter((r) => typeof r.source === "string" && typeof r.target === "string").map((r) => [r.source as string, r.target as string]));
}

/** The agents named in `column` of each row (e.g. key players, brokers, agents reached by a trace). */
export function agentHighlight(a: Adjacency, index: Map<string, number>, rows: readonly Row[], column: string): Highlight {
  return collect(a, index, rows.filter((r) => typeof r[column] === "string").map((r) => [r[column] as string]));
}

/** Cycles: an `agents` (or `cycle`) column of ids joined by " > ", closed back to the first. */
export function cycleHighlight(a: Adjacency, index: Map<string, number>, rows: readonly Row[]): Highlight {
  const chains = rows.map((r) => (typeof r.cycle === "string" ? r.cycle : typeof r.agents === "string" ? r.agents : ""))
    .filter((s) => s.length > 0)
    .map((s) => { const ids = s.split(/ > |;|,/).map((x) => x.trim()).filter(Boolean); return ids.length > 1 ? [...ids, ids[0]] : ids; });
  return collect(a, index, chains);
}
