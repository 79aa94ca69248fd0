// The data of report.html: exactly report.json as `netan analyze` writes it, plus the graph columns.
import type { Cell } from "../data/csv";
import type { GraphWire } from "../data/columns";

export interface CountRow { label: string; count: number }

export interface ReportSummary {
  agents: number;
  transactions: number;
  agentsByKind: CountRow[];
  agentsBySphere: CountRow[];
  transactionsByKind: CountRow[];
  countries: { country: string; agents: number; transactions: number }[];
  firstTransaction: string | null;
  lastTransaction: string | null;
  groups: { id: string; name: string | null; members: number; knownType: string | null }[];
  sensitiveAgents: number;
  totalAmounts: { currency: string; amount: number; transactions: number }[];
}

/** A section as report.json writes it: rows are objects whose properties follow `columns` in order. */
export interface SectionData {
  key: string;
  title: string;
  text: string;
  columns: string[];
  rows: Cell[][];
}

export interface ReportData {
  dataset: string;
  identitiesRevealed: boolean;
  summary: ReportSummary;
  mostConnected: { id: string; name: string; kind: string; value: number }[];
  components: { count: number; largest: number; sizes: number[]; isolated: number };
  sections: SectionData[];
  graph: GraphWire | null;
}

const FIXED = new Set(["dataset", "identitiesRevealed", "summary", "mostConnected", "components", "graph"]);

function isSection(value: unknown): value is { title: string; text: string; columns: string[]; rows: Record<string, Cell>[] } {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === "string" && typeof v.text === "string" && Array.isArray(v.columns) && Array.isArray(v.rows);
}

/**
 * Reads the embedded JSON. Sections are the remaining properties, in document order; each row's values are
 * taken in property order, which is column order (the renderer writes them so).
 */
export function parseReport(raw: unknown): ReportData {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new Error("report data: expected an object");
  const r = raw as Record<string, unknown>;
  if (typeof r.dataset !== "string" || typeof r.summary !== "object" || r.summary === null) throw new Error("report data: missing dataset or summary");
  const sections: SectionData[] = [];
  for (const [key, value] of Object.entries(r)) {
    if (FIXED.has(key) || !isSection(value)) continue;
    sections.push({
      key,
      title: value.title,
      text: value.text,
      columns: value.columns,
      rows: value.rows.map((row) => Object.values(row).slice(0, value.columns.length)),
    });
  }
  return {
    dataset: r.dataset,
    identitiesRevealed: r.identitiesRevealed === true,
    summary: r.summary as ReportSummary,
    mostConnected: (r.mostConnected as ReportData["mostConnected"]) ?? [],
    components: r.components as ReportData["components"],
    sections,
    graph: (r.graph as GraphWire | undefined) ?? null,
  };
}

/** The disruption curve's series from its section (step on x; fragmentation, largest share, efficiency on y). */
export function disruptionSeries(section: SectionData): { steps: number[]; removed: string[]; fragmentation: (number | null)[]; largestShare: (number | null)[]; efficiency: (number | null)[] } {
  const col = (name: string) => section.columns.indexOf(name);
  const num = (v: Cell) => (typeof v === "number" ? v : null);
  const step = col("step"), removed = col("removed"), frag = col("fragmentation"), share = col("largest_share"), eff = col("efficiency");
  return {
    steps: section.rows.map((r) => Number(r[step])),
    removed: section.rows.map((r) => String(r[removed] ?? "")),
    fragmentation: section.rows.map((r) => num(r[frag])),
    largestShare: section.rows.map((r) => num(r[share])),
    efficiency: eff < 0 ? [] : section.rows.map((r) => num(r[eff])),
  };
}
