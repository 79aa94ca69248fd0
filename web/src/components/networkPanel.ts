// The network with its controls: colour by, size by, legend, zoom to fit, layout start/stop, PNG/SVG export.
// Shared by the workbench and report.html.
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ColumnGraph } from "../data/columns";
import { download, el } from "./dom";
import { GraphView } from "./graphView";
import { legend } from "./legend";

export interface NetworkPanelOptions {
  colourBy: string;
  sizeBy: string | null;
  /** File name stem for exports. */
  exportName: string;
  /** Synchronous ForceAtlas2 iterations before the first frame (deterministic picture); 0 for none. */
  refineIterations?: number;
  /** Run those iterations right after the first frame instead of before it (the workbench: on screen sooner). */
  refineAfterFirstFrame?: boolean;
}

const COLOUR_CHOICES: Record<string, string> = {
  community: "Community",
  group: "Declared group",
  sphere: "Sphere",
  kind: "Kind",
  function: "Function",
};

/** Whether this browser can draw with WebGL (sigma needs it); without it the tables still work. */
export function hasWebGl(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return !!(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/** What a page shows instead of the network when the browser has no WebGL. */
export function noWebGlNotice(data: ColumnGraph): HTMLElement {
  return el("p", { class: "error", role: "alert", "data-no-webgl": "true" },
    `This browser has no WebGL, so the network of ${data.nodeCount} agents and ${data.edgeCount} links cannot be drawn here; the tables list it.`);
}

/** Iterations that keep the first layout under about a second on a slow machine. */
export function defaultRefineIterations(edgeCount: number): number {
  if (edgeCount <= 5_000) return 150;
  if (edgeCount <= 30_000) return 20;
  return 0;
}

export class NetworkPanel {
  readonly element: HTMLElement;
  readonly view: GraphView;
  private readonly legendSlot: HTMLElement;
  private layout: FA2Layout | null = null;
  private readonly layoutButton: HTMLButtonElement;

  constructor(host: HTMLElement, readonly data: ColumnGraph, options: NetworkPanelOptions) {
    const canvas = el("div", { class: "graph-canvas", role: "img", "aria-label": `Network of ${data.nodeCount} agents and ${data.edgeCount} links; the table view lists them` });
    const colourSelect = el("select", { "aria-label": "Colour by", "data-testid": "colour-by" },
      ...Object.entries(COLOUR_CHOICES).filter(([key]) => data.categories.has(key)).map(([key, label]) => el("option", { value: key }, label)));
    colourSelect.value = options.colourBy;
    const sizeSelect = el("select", { "aria-label": "Size by", "data-testid": "size-by" },
      el("option", { value: "" }, "Same size"), ...[...data.measures.keys()].map((key) => el("option", { value: key }, key)));
    sizeSelect.value = options.sizeBy ?? "";
    const fit = el("button", { type: "button" }, "Zoom to fit");
    this.layoutButton = el("button", { type: "button", "aria-pressed": "false" }, "Run layout");
    const png = el("button", { type: "button" }, "PNG");
    const svgButton = el("button", { type: "button" }, "SVG");
    this.legendSlot = el("div", { class: "legend-slot" });
    const toolbar = el("div", { class: "toolbar", role: "toolbar", "aria-label": "Network view" },
      el("label", {}, "Colour ", colourSelect), el("label", {}, "Size ", sizeSelect), fit, this.layoutButton, png, svgButton);
    this.element = el("section", { class: "network-panel" }, toolbar, el("div", { class: "graph-area" }, canvas, this.legendSlot));
    host.append(this.element);

    performance.mark("netan:graph-decoded");
    this.view = new GraphView(canvas, data, {
      colourBy: options.colourBy,
      sizeBy: options.sizeBy,
      layoutBy: data.categories.has("community") ? "community" : options.colourBy,
    });
    const iterations = options.refineIterations ?? defaultRefineIterations(data.edgeCount);
    const refine = () => {
      forceAtlas2.assign(this.view.graph, { iterations, settings: this.layoutSettings() });
      this.view.renderer.refresh();
    };
    if (iterations > 0 && !options.refineAfterFirstFrame) refine();
    else if (iterations > 0) setTimeout(refine, 0);
    this.showLegend();
    // Sigma draws the first frame inside its constructor: from here the network is on screen (benchmarks read this mark).
    performance.mark("netan:first-draw", { detail: { nodes: data.nodeCount, edges: data.edgeCount } });
    void this.view.showDeferredEdges();

    colourSelect.addEventListener("change", () => { this.view.setColourBy(colourSelect.value); this.showLegend(); });
    sizeSelect.addEventListener("change", () => this.view.setSizeBy(sizeSelect.value || null));
    fit.addEventListener("click", () => void this.view.zoomToFit());
    this.layoutButton.addEventListener("click", () => this.toggleLayout());
    png.addEventListener("click", async () => download(`${options.exportName}.png`, await this.view.toPng()));
    svgButton.addEventListener("click", () => download(`${options.exportName}.svg`, this.view.toSvg(), "image/svg+xml"));
  }

  get layoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  /** ForceAtlas2 in a web worker; the same button stops it. */
  toggleLayout(): void {
    if (this.layout?.isRunning()) {
      this.layout.stop();
    } else {
      this.layout ??= new FA2Layout(this.view.graph, { settings: this.layoutSettings() });
      this.layout.start();
    }
    const running = this.layout.isRunning();
    this.layoutButton.textContent = running ? "Stop layout" : "Run layout";
    this.layoutButton.setAttribute("aria-pressed", String(running));
  }

  kill(): void {
    this.layout?.kill();
    this.view.kill();
  }

  // Strong gravity keeps weakly attached parts (a cell linked by one broker) in the frame instead of drifting off.
  private layoutSettings() {
    return { ...forceAtlas2.inferSettings(this.view.graph), strongGravityMode: true, gravity: 0.5, barnesHutOptimize: this.data.nodeCount > 2_000 };
  }

  private showLegend(): void {
    this.legendSlot.replaceChildren(legend(COLOUR_CHOICES[this.view.colourKey] ?? this.view.colourKey, this.view.legend));
  }
}
