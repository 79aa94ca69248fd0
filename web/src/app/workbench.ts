// The analyst's workbench: one case version on screen, the panels around it. State lives in ViewState; every
// answer comes from the service through ApiClient. Keyboard: "/" search, "f" fit, "e" expand, "h" hide,
// "a" show all, "n"/"p" next/previous neighbour, Escape clears the highlight.
import { adjacency, type Adjacency, type ColumnGraph } from "../data/columns";
import { agentHighlight, cycleHighlight, hopHighlight, idIndex, pathHighlight, type Highlight, type Row } from "../data/results";
import { histogram, windowFilters, type Histogram } from "../data/timeline";
import { expand, focus, hide, initialState, isVisible, showAll, visibleEdges, visibleNodes, withFilters, type ViewState } from "../data/viewState";
import { el } from "../components/dom";
import { hasWebGl, NetworkPanel, noWebGlNotice } from "../components/networkPanel";
import { table } from "../components/table";
import { TimeFilter } from "../components/timeFilter";
import { AnalysisPanel, type PanelHost, type PanelSpec } from "./analysisPanel";
import { ApiError, type ApiClient, type JobRecord, type OptionSchema, type Options } from "./api";
import { acceptedOptions } from "./optionForm";
import { PANELS } from "./panels";
import { UnmaskDialog } from "./unmask";

/** Who is looking: shown in the header; the role decides whether the unmask dialog is offered. */
export interface Viewer {
  identity: HTMLElement;
  /** The user's role on this case ("viewer", "analyst", "supervisor"), or null when unknown (credentials from a proxy). */
  role: string | null;
}

const TABLE_LIMIT = 2_000;

export class Workbench implements PanelHost {
  private state: ViewState = initialState("community", "degree");
  private graph!: ColumnGraph;
  private adj!: Adjacency;
  private index!: Map<string, number>;
  private network: NetworkPanel | null = null;
  private neighbourCursor = 0;
  private readonly graphHost = el("div", { class: "graph-host" });
  private readonly status = el("p", { class: "status", role: "status", "aria-live": "polite" });
  private readonly agentPanel = el("section", { class: "panel", id: "panel-agent", "aria-label": "Agent" }, el("h2", {}, "Agent"), el("p", {}, "Search or click a node."));
  private readonly jobsPanel = el("section", { class: "panel", id: "panel-jobs", "aria-label": "Jobs" }, el("h2", {}, "Jobs"));
  private readonly tablePanel = el("section", { class: "panel", id: "panel-table", "aria-label": "Table view" }, el("h2", {}, "What the graph shows"));
  private readonly panels = new Map<string, AnalysisPanel>();
  private readonly search = el("input", { type: "search", id: "search", placeholder: "Search an agent (name or id)", "aria-label": "Search an agent" });
  private readonly searchResults = el("ul", { class: "search-results", "aria-label": "Search results" });
  private schemas = new Map<string, OptionSchema[]>();
  private histogram: Histogram | null = null;
  private readonly unmask: UnmaskDialog;

  constructor(private readonly root: HTMLElement, private readonly api: ApiClient, readonly caseName: string, readonly version: number, private readonly viewer: Viewer = { identity: el("span"), role: null }) {
    this.unmask = new UnmaskDialog(api, caseName, version);
  }

  async open(): Promise<void> {
    // Three requests at once: the graph and the histogram are drawn as soon as they arrive; the analysis panels
    // (forms built from the service's published options, a large document) join the tabs when it arrives.
    const schemas = this.api.analysisOptions();
    const graph = this.api.graph(this.caseName, this.version, this.state.filters, ["degree"]);
    this.histogram = histogram(await this.api.timeline(this.caseName, this.version, 48));
    const tabs = el("div", { class: "tabs", role: "tablist", "aria-label": "Panels" });
    const side = el("div", { class: "side-panels" });
    const add = (id: string, title: string, panel: HTMLElement) => {
      const tab = el("button", { type: "button", role: "tab", "aria-controls": panel.id, id: `tab-${id}` }, title);
      tab.addEventListener("click", () => this.showTab(id));
      tabs.append(tab);
      side.append(panel);
    };
    add("agent", "Agent", this.agentPanel);
    add("jobs", "Jobs", this.jobsPanel);
    add("table", "Table", this.tablePanel);
    const panelsReady = schemas.then((options) => {
      this.schemas = options;
      const jobsTab = tabs.querySelector("#tab-jobs");
      for (const spec of PANELS) {
        const panel = new AnalysisPanel(spec, options.get(spec.analysis) ?? [], this);
        this.panels.set(spec.id, panel);
        const tab = el("button", { type: "button", role: "tab", "aria-controls": panel.element.id, id: `tab-${spec.id}`, "aria-selected": "false" }, spec.title.split(":")[0]);
        tab.addEventListener("click", () => this.showTab(spec.id));
        tabs.insertBefore(tab, jobsTab);
        panel.element.hidden = true;
        side.append(panel.element);
        if (this.state.focus >= 0) panel.offerAgent(this.graph.ids[this.state.focus]);
      }
    });

    this.search.addEventListener("keydown", (ev) => { if (ev.key === "Enter") void this.runSearch(); });
    this.root.replaceChildren(
      el("header", { class: "bar" }, el("h1", {}, `${this.caseName} · version ${this.version}`), this.status, this.viewer.identity),
      el("div", { class: "workbench" },
        el("aside", { class: "left", "aria-label": "Search and filters" }, el("h2", {}, "Search"), this.search, this.searchResults, this.filterForm()),
        el("div", { class: "centre" }, this.graphHost),
        el("aside", { class: "right" }, tabs, side)),
      this.unmask.element);
    this.showTab("agent");
    document.addEventListener("keydown", (ev) => this.onKey(ev));
    await this.load(await graph);
    await panelsReady;
  }

  // ---- graph -------------------------------------------------------------------------------------------

  private async load(prefetched?: ColumnGraph): Promise<void> {
    this.say("Loading the graph…");
    const started = performance.now();
    this.graph = prefetched ?? await this.api.graph(this.caseName, this.version, this.state.filters, ["degree"]);
    this.adj = adjacency(this.graph);
    this.index = idIndex(this.graph);
    this.network?.kill();
    this.graphHost.replaceChildren();
    const colour = this.graph.categories.has(this.state.colourBy) ? this.state.colourBy : "kind";
    if (!hasWebGl()) {
      this.network = null;
      this.graphHost.append(noWebGlNotice(this.graph));
    } else this.network = new NetworkPanel(this.graphHost, this.graph, { colourBy: colour, sizeBy: this.graph.measures.has("degree") ? "degree" : null, exportName: `${this.caseName}-v${this.version}`, refineAfterFirstFrame: true });
    this.network?.view.onNodeClick((v) => void this.select(v));
    this.state = { ...this.state, focus: -1, shown: new Set(), hidden: new Set(), mode: "all" };
    this.apply();
    const ms = Math.round(performance.now() - started);
    document.body.dataset.graphReady = "true";
    document.body.dataset.graphNodes = String(this.graph.nodeCount);
    document.body.dataset.graphEdges = String(this.graph.edgeCount);
    this.say(`${this.graph.nodeCount} agents, ${this.graph.edgeCount} links (${ms} ms).`);
  }

  private apply(): void {
    const s = this.state;
    this.network?.view.setVisible(s.mode === "all" && s.hidden.size === 0 ? null : (v) => isVisible(s, v));
    this.network?.view.setFocus(s.focus);
    this.renderTable();
  }

  private setState(next: ViewState): void {
    this.state = next;
    this.apply();
  }

  // ---- selection, ego, hide ----------------------------------------------------------------------------

  private async select(v: number): Promise<void> {
    this.setState(focus(this.state, v));
    this.neighbourCursor = 0;
    void this.network?.view.centreOn(v);
    for (const panel of this.panels.values()) panel.offerAgent(this.graph.ids[v]);
    await this.showAgent(this.graph.ids[v]);
  }

  private async showAgent(id: string): Promise<void> {
    this.showTab("agent");
    const v = this.index.get(id);
    const actions = el("div", { class: "actions" });
    const action = (label: string, run: () => void, key?: string) => {
      const b = el("button", { type: "button", ...(key ? { "aria-keyshortcuts": key } : {}) }, label);
      b.addEventListener("click", run);
      actions.append(b);
    };
    if (v !== undefined) {
      action("Expand neighbours", () => this.setState(expand(this.state, this.adj, v)), "e");
      action("Hide", () => this.setState(hide(this.state, v)), "h");
      action("Show all", () => this.setState(showAll(this.state)), "a");
    }
    this.agentPanel.replaceChildren(el("h2", {}, "Agent"), actions, el("p", {}, "Loading…"));
    try {
      const detail = await this.api.agent(this.caseName, this.version, id);
      const agent = (detail.agent ?? detail) as Record<string, unknown>;
      const facts = el("dl", { class: "facts" });
      for (const key of ["id", "name", "kind", "sphere", "country", "groups", "functions"]) {
        const value = agent[key];
        if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        facts.append(el("dt", {}, key), el("dd", { "data-field": key }, Array.isArray(value) ? value.join(", ") : String(value)));
      }
      const revealed = el("div", { class: "revealed" });
      if (agent.protected === true && this.viewer.role !== "viewer" && this.viewer.role !== "analyst") {
        action("Unmask…", () => void this.unmask.ask(id, revealed));
      }
      const transactions = (detail.transactions as Row[] | undefined) ?? [];
      const rows = transactions.slice(0, 200).map((t) => [t.time, t.kind, t.source, t.target, t.amount, t.currency] as (string | number | null)[]);
      this.agentPanel.replaceChildren(el("h2", {}, `Agent ${id}`), actions, facts, revealed,
        table(["time", "kind", "source", "target", "amount", "currency"], rows, { caption: `Transactions (${transactions.length})`, csvName: `${id}-transactions.csv` }));
    } catch (e) {
      this.agentPanel.replaceChildren(el("h2", {}, `Agent ${id}`), actions, el("p", { class: "error", role: "alert" }, this.describe(e)));
    }
  }

  private async runSearch(): Promise<void> {
    const q = this.search.value.trim();
    if (!q) return;
    try {
      const page = await this.api.searchAgents(this.caseName, this.version, q);
      // A pseudonym (or any id on screen) is found on the graph itself: the store's look-up searches real data only.
      const agents = this.index.has(q) && !page.agents.some((a) => a.id === q)
        ? [{ id: q, name: null, kind: this.categoryOf("kind", this.index.get(q)!) }, ...page.agents]
        : page.agents;
      this.searchResults.replaceChildren(...agents.map((a) => {
        const b = el("button", { type: "button" }, `${a.name ?? a.id} (${a.kind}, ${a.id})`);
        b.addEventListener("click", () => {
          const v = this.index.get(a.id);
          if (v !== undefined) void this.select(v);
          else void this.showAgent(a.id);
        });
        return el("li", {}, b);
      }));
      if (agents.length === 0) this.searchResults.replaceChildren(el("li", {}, "No agent found."));
    } catch (e) {
      this.searchResults.replaceChildren(el("li", { class: "error" }, this.describe(e)));
    }
  }

  // ---- filters -----------------------------------------------------------------------------------------

  private filterForm(): HTMLElement {
    const kinds = el("input", { type: "text", placeholder: "e.g. payment,bribe", "aria-label": "Transaction kinds" });
    const under = el("input", { type: "checkbox", value: "underworld" });
    const upper = el("input", { type: "checkbox", value: "upperworld" });
    const apply = el("button", { type: "submit" }, "Apply filters");
    const time = this.histogram
      ? new TimeFilter(this.histogram, (lo, hi) => this.refilter(windowFilters(this.histogram!, lo, hi)))
      : null;
    const form = el("form", { class: "filters", "aria-label": "Filters" }, el("h2", {}, "Filters"),
      time ? time.element : el("p", { class: "note" }, "No transaction has a time: no time filter."),
      el("label", {}, "Transaction kinds ", kinds),
      el("fieldset", {}, el("legend", {}, "Spheres"), el("label", {}, under, " underworld"), el("label", {}, upper, " upperworld")),
      apply);
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      this.refilter({
        kinds: kinds.value.split(",").map((k) => k.trim()).filter(Boolean),
        spheres: [under, upper].filter((c) => c.checked).map((c) => c.value),
      });
    });
    return form;
  }

  /** New filters: the server projects the graph again and every panel's next question uses them. */
  private refilter(filters: Parameters<typeof withFilters>[1]): void {
    this.state = withFilters(this.state, filters);
    document.body.dataset.graphReady = "false";
    void this.load().catch((e: unknown) => this.say(this.describe(e), true));
  }

  /** The filters as analysis options, for the analyses that take them. */
  private filterOptions(): Options {
    const f = this.state.filters, out: Options = {};
    if (f.from !== null) out.from = new Date(f.from).toISOString();
    if (f.to !== null) out.to = new Date(f.to).toISOString();
    if (f.kinds.length) out["transaction-kinds"] = f.kinds.join(",");
    if (f.spheres.length) out.spheres = f.spheres.join(",");
    return out;
  }

  // ---- analyses and jobs -------------------------------------------------------------------------------

  async run(spec: PanelSpec, analysis: string, options: Options, show: (analysis: string, rows: Row[]) => void): Promise<void> {
    const panel = this.panels.get(spec.id)!;
    try {
      // Only what this analysis accepts (a variant may run another one), with the filters where it takes them.
      const sent = acceptedOptions({ ...this.filterOptions(), ...options }, this.schemas.get(analysis) ?? []);
      const answer = await this.api.analysis(this.caseName, this.version, analysis, sent);
      if ("job" in answer) {
        panel.message(`Running as job ${answer.job.id}: see Jobs.`);
        await this.follow(answer.job, (rows) => { show(analysis, rows); this.highlight(spec, rows); });
      } else {
        const rows = Array.isArray(answer.result.result) ? (answer.result.result as Row[]) : [answer.result.result as Row];
        show(analysis, rows);
        this.highlight(spec, rows);
      }
    } catch (e) {
      panel.message(this.describe(e), true);
    }
  }

  private async follow(job: JobRecord, done: (rows: Row[]) => void): Promise<void> {
    const bar = el("progress", { max: "1", value: String(job.progress ?? 0), "aria-label": `Progress of ${job.analysis}` });
    const label = el("span", {}, `${job.analysis}: ${job.state}`);
    const cancel = el("button", { type: "button" }, "Cancel");
    const item = el("div", { class: "job", "data-job": job.id }, label, bar, cancel);
    cancel.addEventListener("click", () => void this.api.cancelJob(job.id).catch(() => undefined));
    this.jobsPanel.append(item);
    for (;;) {
      await new Promise((r) => setTimeout(r, 1_000));
      const current = await this.api.job(job.id);
      bar.value = current.progress ?? 0;
      label.textContent = `${current.analysis}: ${current.state}${current.stage ? ` (${current.stage})` : ""}`;
      const state = current.state.toLowerCase();
      if (state === "succeeded") {
        cancel.remove();
        const result = await this.api.jobResult(job.id);
        done(Array.isArray(result.result) ? (result.result as Row[]) : [result.result as Row]);
        return;
      }
      if (state === "failed" || state === "cancelled") {
        cancel.remove();
        label.textContent += current.error ? `: ${current.error}` : "";
        return;
      }
    }
  }

  private highlight(spec: PanelSpec, rows: readonly Row[]): void {
    if (!spec.highlight || !this.network) return;
    let h: Highlight;
    if (spec.highlight === "path") h = rows.some((r) => "path" in r) ? pathHighlight(this.adj, this.index, rows) : hopHighlight(this.adj, this.index, rows);
    else if (spec.highlight === "hops") h = hopHighlight(this.adj, this.index, rows);
    else if (spec.highlight === "cycles") h = cycleHighlight(this.adj, this.index, rows);
    else {
      const columns = spec.highlight.columns;
      h = agentHighlight(this.adj, this.index, rows, columns.find((c) => rows.some((r) => typeof r[c] === "string")) ?? columns[0]);
    }
    this.network.view.highlight(h.nodes, h.edges);
    // The whole graph back in the frame: the highlighted path or trail stands out against the dimmed rest.
    void this.network.view.zoomToFit();
    document.body.dataset.highlightNodes = h.nodes.map((v) => this.graph.ids[v]).join(" ");
    this.say(`${h.nodes.length} agents and ${h.edges.length} links highlighted${h.missing.length ? `; not on screen: ${h.missing.join(", ")}` : ""}.`);
  }

  // ---- table view, tabs, keyboard ----------------------------------------------------------------------

  private categoryOf(key: string, v: number): string {
    const c = this.graph.categories.get(key);
    return c && c.codes[v] >= 0 ? c.values[c.codes[v]] : "";
  }

  private renderTable(): void {
    if (!this.graph) return;
    const nodes = visibleNodes(this.state, this.graph);
    const edges = visibleEdges(this.state, this.graph).length;
    const shown = nodes.slice(0, TABLE_LIMIT);
    const cat = (key: string, v: number) => this.categoryOf(key, v);
    const degree = this.graph.measures.get("degree");
    const rows = shown.map((v) => [this.graph.ids[v], this.graph.labels[v], cat("kind", v), cat("sphere", v), cat("group", v), degree ? degree[v] : null]);
    this.tablePanel.replaceChildren(el("h2", {}, "What the graph shows"),
      el("p", {}, `${nodes.length} agents and ${edges} links visible${nodes.length > TABLE_LIMIT ? ` (first ${TABLE_LIMIT} listed)` : ""}.`),
      table(["id", "name", "kind", "sphere", "group", "degree"], rows, { csvName: "visible-agents.csv", onRow: (i) => void this.select(shown[i]) }));
  }

  private showTab(id: string): void {
    for (const tab of this.root.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
      const selected = tab.id === `tab-${id}`;
      tab.setAttribute("aria-selected", String(selected));
      const panel = document.getElementById(tab.getAttribute("aria-controls")!);
      if (panel) panel.hidden = !selected;
    }
  }

  private onKey(ev: KeyboardEvent): void {
    const target = ev.target as HTMLElement;
    if (target.closest("input, select, textarea") && ev.key !== "Escape") return;
    const v = this.state.focus;
    switch (ev.key) {
      case "/": ev.preventDefault(); this.search.focus(); break;
      case "f": void this.network?.view.zoomToFit(); break;
      case "e": if (v >= 0) this.setState(expand(this.state, this.adj, v)); break;
      case "h": if (v >= 0) this.setState(hide(this.state, v)); break;
      case "a": this.setState(showAll(this.state)); break;
      case "n": case "p": {
        if (v < 0) break;
        const degree = this.adj.offsets[v + 1] - this.adj.offsets[v];
        if (degree === 0) break;
        this.neighbourCursor = (this.neighbourCursor + (ev.key === "n" ? 1 : degree - 1)) % degree;
        void this.select(this.adj.adj[this.adj.offsets[v] + this.neighbourCursor]);
        break;
      }
      case "Escape": this.network?.view.highlight([], []); break;
      default: return;
    }
  }

  private say(text: string, error = false): void {
    this.status.textContent = text;
    this.status.classList.toggle("error", error);
  }

  private describe(e: unknown): string {
    return e instanceof ApiError ? `The server answered ${e.status}: ${e.message}` : String(e);
  }
}
