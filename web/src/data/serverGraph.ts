// The service's graph endpoint (issue 13) sends its columns flat ({ids, kinds, kindNames, ...}); the report
// sends {nodes, edges}. Both become one GraphWire here, so decodeGraph checks a single shape.
import type { CategoryWire, GraphWire } from "./columns";

interface FlatColumns {
  directed?: boolean;
  ids: unknown;
  names?: unknown;
  kindNames?: unknown; kinds?: unknown;
  sphereNames?: unknown; spheres?: unknown;
  groupNames?: unknown; groups?: unknown;
  sources: unknown; targets: unknown; weights?: unknown;
  measures?: unknown;
}

function isFlat(raw: unknown): raw is FlatColumns {
  return raw !== null && typeof raw === "object" && "ids" in raw && "sources" in raw;
}

function category(values: unknown, codes: unknown): CategoryWire | undefined {
  return values === undefined || codes === undefined ? undefined : ({ values, codes } as CategoryWire);
}

/** The payload as a GraphWire (unchanged when it already is one); decodeGraph validates it afterwards. */
export function toGraphWire(raw: unknown): unknown {
  if (!isFlat(raw)) return raw;
  const categories: Record<string, CategoryWire> = {};
  const add = (key: string, c: CategoryWire | undefined) => { if (c) categories[key] = c; };
  add("kind", category(raw.kindNames, raw.kinds));
  add("sphere", category(raw.sphereNames, raw.spheres));
  add("group", category(raw.groupNames, raw.groups));
  const wire: GraphWire = {
    directed: raw.directed,
    nodes: { id: raw.ids as string[], label: raw.names as string[] | undefined, categories, measures: raw.measures as Record<string, number[]> | undefined },
    edges: { source: raw.sources as number[], target: raw.targets as number[], weight: raw.weights as number[] | undefined },
  };
  return wire;
}
