// The graph as the server (and the HTML report) sends it: column arrays, one per attribute, never one
// object per node. decodeGraph checks every length and index (the payload is input, so hostile) and turns
// the arrays into typed arrays; everything else in the front end works on the decoded ColumnGraph.

/** A categorical attribute on the wire: node i has values[codes[i]], or none when codes[i] is -1. */
export interface CategoryWire {
  values: string[];
  codes: number[];
}

/** The one wire shape, the .NET GraphColumns record: the service's graph endpoint sends it and report.html embeds it. */
export interface GraphWire {
  directed?: boolean;
  nodes: {
    id: string[];
    label?: string[];
    /** 1 where the node is shown by pseudonym. */
    protected?: number[];
    categories?: Record<string, CategoryWire>;
    measures?: Record<string, (number | null)[]>;
  };
  edges: {
    source: number[];
    target: number[];
    weight?: number[];
  };
}

/** A decoded categorical attribute. */
export interface Category {
  readonly key: string;
  readonly values: readonly string[];
  /** Value index per node, -1 for none. */
  readonly codes: Int32Array;
}

/** The decoded graph: typed arrays indexed by node or edge number. */
export interface ColumnGraph {
  readonly directed: boolean;
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  /** 1 where the node is shown by pseudonym (all 0 when the payload does not say). */
  readonly protectedNodes: Uint8Array;
  readonly categories: ReadonlyMap<string, Category>;
  /** Numeric attributes; NaN where the server sent null (undefined values). */
  readonly measures: ReadonlyMap<string, Float64Array>;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
}

/** Thrown when a payload does not have the documented shape; the message names the field. */
export class GraphDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GraphDecodeError";
  }
}

function fail(field: string, problem: string): never {
  throw new GraphDecodeError(`graph payload: ${field}: ${problem}`);
}

function array(value: unknown, field: string, length?: number): unknown[] {
  if (!Array.isArray(value)) fail(field, "expected an array");
  if (length !== undefined && value.length !== length) fail(field, `expected ${length} entries, found ${value.length}`);
  return value;
}

function strings(value: unknown, field: string, length?: number): string[] {
  const a = array(value, field, length);
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== "string") fail(`${field}[${i}]`, "expected a string");
  return a as string[];
}

/** Integers in [min, max) into an Int32Array. */
function indexes(value: unknown, field: string, length: number | undefined, min: number, max: number): Int32Array {
  const a = array(value, field, length);
  const out = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v >= max) fail(`${field}[${i}]`, `expected an integer in [${min}, ${max})`);
    out[i] = v;
  }
  return out;
}

function numbers(value: unknown, field: string, length: number, allowNull: boolean): Float64Array {
  const a = array(value, field, length);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const v = a[i];
    if (typeof v === "number" && Number.isFinite(v)) out[i] = v;
    else if (v === null && allowNull) out[i] = Number.NaN;
    else fail(`${field}[${i}]`, allowNull ? "expected a finite number or null" : "expected a finite number");
  }
  return out;
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(field, "expected an object");
  return value as Record<string, unknown>;
}

/** Decodes and checks a payload. O(n + m). */
export function decodeGraph(payload: unknown): ColumnGraph {
  const root = record(payload, "(root)");
  const nodes = record(root.nodes, "nodes");
  const edges = record(root.edges, "edges");
  const ids = strings(nodes.id, "nodes.id");
  const n = ids.length;
  const labels = nodes.label === undefined ? ids : strings(nodes.label, "nodes.label", n);
  const protectedNodes = nodes.protected === undefined ? new Uint8Array(n) : Uint8Array.from(indexes(nodes.protected, "nodes.protected", n, 0, 2));

  const categories = new Map<string, Category>();
  for (const [key, raw] of Object.entries(record(nodes.categories, "nodes.categories"))) {
    const c = record(raw, `nodes.categories.${key}`);
    const values = strings(c.values, `nodes.categories.${key}.values`);
    categories.set(key, { key, values, codes: indexes(c.codes, `nodes.categories.${key}.codes`, n, -1, values.length) });
  }

  const measures = new Map<string, Float64Array>();
  for (const [key, raw] of Object.entries(record(nodes.measures, "nodes.measures"))) {
    measures.set(key, numbers(raw, `nodes.measures.${key}`, n, true));
  }

  const source = indexes(edges.source, "edges.source", undefined, 0, n);
  const m = source.length;
  const target = indexes(edges.target, "edges.target", m, 0, n);
  const weight = edges.weight === undefined ? new Float64Array(m).fill(1) : numbers(edges.weight, "edges.weight", m, false);
  if (root.directed !== undefined && typeof root.directed !== "boolean") fail("directed", "expected true or false");
  return { directed: root.directed !== false, nodeCount: n, edgeCount: m, ids, labels, protectedNodes, categories, measures, source, target, weight };
}

/** Compressed sparse rows of the undirected neighbourhood: neighbours of v are adj[offsets[v] .. offsets[v+1]). */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly adj: Int32Array;
  /** Edge number of each adjacency slot. */
  readonly edge: Int32Array;
}

/** Both directions of every edge, in CSR form (two counting passes, no per-node arrays). O(n + m). */
export function adjacency(g: ColumnGraph): Adjacency {
  const offsets = new Int32Array(g.nodeCount + 1);
  for (let e = 0; e < g.edgeCount; e++) {
    offsets[g.source[e] + 1]++;
    offsets[g.target[e] + 1]++;
  }
  for (let v = 0; v < g.nodeCount; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, g.nodeCount);
  const adj = new Int32Array(2 * g.edgeCount);
  const edge = new Int32Array(2 * g.edgeCount);
  for (let e = 0; e < g.edgeCount; e++) {
    const s = g.source[e], t = g.target[e];
    adj[fill[s]] = t; edge[fill[s]++] = e;
    adj[fill[t]] = s; edge[fill[t]++] = e;
  }
  return { offsets, adj, edge };
}
