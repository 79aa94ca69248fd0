// The what-if panel's summary: the figures an analyst reads first (fragmentation, efficiency, functions lost,
// recovery), the disruption curve, and for KPP-Neg the key players suggested.
import { lineChart } from "../components/chart";
import { el } from "../components/dom";
import type { Row } from "../data/results";
import { summariseDisruption } from "../data/whatIf";

const fixed = (v: number | null, digits = 3) => (v === null ? "not computed" : v.toFixed(digits));

function figure(name: string, label: string, value: string): HTMLElement[] {
  return [el("dt", {}, label), el("dd", { "data-figure": name }, value)];
}

export function whatIfSummary(analysis: string, rows: readonly Row[]): HTMLElement | null {
  if (analysis === "keyplayers") {
    const ids = rows.map((r) => r.id).filter((id): id is string => typeof id === "string");
    if (!ids.length) return null;
    const last = rows[rows.length - 1].fragmentation;
    return el("div", { class: "whatif-summary" },
      el("p", {}, "Key players (KPP-Neg): the agents whose removal fragments the network most: ", el("strong", { "data-figure": "key-players" }, ids.join(", ")), "."),
      typeof last === "number" ? el("p", {}, "Fragmentation with all of them removed: ", el("strong", { "data-figure": "kpp-fragmentation" }, last.toFixed(3))) : null);
  }
  const s = summariseDisruption(rows);
  if (!s) return null;
  const facts = el("dl", { class: "facts" },
    ...figure("removed", "Removed", s.removed.join(", ") || "nobody"),
    ...figure("fragmentation", "Fragmentation", s.fragmentation.toFixed(3)),
    ...figure("largest-share", "Largest part left", `${(100 * s.largestComponentShare).toFixed(1)} %`),
    ...figure("efficiency", "Efficiency", `${fixed(s.efficiency)} (intact ${fixed(s.initialEfficiency)})`),
    ...figure("functions-lost", "Functions lost", s.functionsLost.join(", ") || "none"),
    ...figure("recovery", "Recovery", s.replacements ? `${s.replacements} taken over, ${s.tiesAdded} ties re-formed` : "none"));
  const steps = rows.map((r) => String(r.step));
  const series = (key: string) => rows.map((r) => (typeof r[key] === "number" ? (r[key] as number) : null));
  const chart = lineChart([
    { name: "fragmentation", color: "#d62728", values: series("fragmentation") },
    { name: "largest part", color: "#1f77b4", values: series("largest_component_share") },
    { name: "efficiency", color: "#2ca02c", values: series("efficiency") },
  ], { title: "Disruption curve", xLabel: "agents removed", xTicks: steps, yMax: 1, width: 400, height: 220 });
  return el("div", { class: "whatif-summary" }, facts, chart);
}
