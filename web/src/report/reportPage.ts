import type { ColumnGraph } from "../data/columns";
import { lineChart } from "../components/chart";
import { el } from "../components/dom";
import { hasWebGl, NetworkPanel, noWebGlNotice } from "../components/networkPanel";
import { table } from "../components/table";
import { disruptionSeries, type ReportData, type SectionData } from "./reportData";

// Sections in the order an analyst reads them; any other section follows in the report's own order.
const ORDER = ["key-players", "disruption", "brokers", "upperworld-exposure", "upperworld-links", "group-types", "function-coverage", "communities", "betweenness", "pagerank", "harmonic"];

function sectionBlock(s: SectionData): HTMLElement {
  const block = el("section", { id: `section-${s.key}`, "aria-labelledby": `title-${s.key}` }, el("h2", { id: `title-${s.key}` }, s.title), s.text ? el("p", {}, s.text) : null);
  if (s.key === "disruption" && s.rows.length > 1) {
    const d = disruptionSeries(s);
    const series = [
      { name: "fragmentation", color: "#e15759", values: d.fragmentation },
      { name: "largest part (share)", color: "#4e79a7", values: d.largestShare },
    ];
    if (d.efficiency.some((v) => v !== null)) series.push({ name: "efficiency", color: "#59a14f", values: d.efficiency });
    block.append(el("figure", { class: "chart-figure" }, lineChart(series, { title: "Disruption curve", xLabel: "agents removed", xTicks: d.steps, yMax: 1 })));
  }
  if (s.columns.length > 0) block.append(table(s.columns, s.rows, { csvName: `${s.key}.csv` }));
  return block;
}

export function renderReport(root: HTMLElement, data: ReportData, graph: ColumnGraph | null): void {
  document.title = `Network analysis report: ${data.dataset}`;
  const s = data.summary;
  const span = s.firstTransaction && s.lastTransaction ? `${s.firstTransaction.slice(0, 10)} to ${s.lastTransaction.slice(0, 10)}` : "no dates";
  root.replaceChildren(
    el("header", {},
      el("h1", {}, `Network analysis report: ${data.dataset}`),
      el("p", { class: data.identitiesRevealed ? "notice revealed" : "notice" }, data.identitiesRevealed
        ? "Identities revealed: this report shows the real names of victims, witnesses and minors. Do not share it outside the case team."
        : "Victims, witnesses and minors are shown by stable pseudonyms; their names are not in this report."),
      el("dl", { class: "figures" },
        el("dt", {}, "Agents"), el("dd", {}, `${s.agents} (${s.sensitiveAgents} protected)`),
        el("dt", {}, "Transactions"), el("dd", {}, String(s.transactions)),
        el("dt", {}, "Groups"), el("dd", {}, String(s.groups.length)),
        el("dt", {}, "Time span"), el("dd", {}, span),
        el("dt", {}, "Components"), el("dd", {}, `${data.components.count} (largest ${data.components.largest})`))),
  );
  const main = el("div", { class: "report-body" });
  root.append(main);
  if (graph) {
    const block = el("section", { id: "section-network", "aria-labelledby": "title-network" }, el("h2", { id: "title-network" }, "The network"),
      el("p", {}, "Agents coloured by the community found in their transactions (Leiden), sized by their number of counterparts. Choose another colouring, zoom with the wheel, drag to move."));
    main.append(block);
    if (!hasWebGl()) block.append(noWebGlNotice(graph));
    else new NetworkPanel(block, graph, { colourBy: graph.categories.has("community") ? "community" : "kind", sizeBy: graph.measures.has("counterparts") ? "counterparts" : null, exportName: `${data.dataset}-network` });
  }
  const byKey = new Map(data.sections.map((x) => [x.key, x]));
  const ordered = [...ORDER.filter((k) => byKey.has(k)).map((k) => byKey.get(k)!), ...data.sections.filter((x) => !ORDER.includes(x.key))];
  for (const section of ordered) main.append(sectionBlock(section));
  main.append(el("section", { id: "section-summary" }, el("h2", {}, "Dataset summary"),
    table(["Agent kind", "Agents"], s.agentsByKind.map((r) => [r.label, r.count])),
    table(["Sphere", "Agents"], s.agentsBySphere.map((r) => [r.label, r.count])),
    table(["Transaction kind", "Transactions"], s.transactionsByKind.map((r) => [r.label, r.count])),
    table(["Group", "Name", "Members", "Known type"], s.groups.map((g) => [g.id, g.name, g.members, g.knownType])),
    table(["#", "Agent", "Name", "Kind", "Counterparts"], data.mostConnected.map((r, i) => [i + 1, r.id, r.name, r.kind, r.value]), { caption: "Most connected agents" })));
}
