// The network on screen: sigma.js (WebGL) over a graphology graph built from the column arrays. It only
// draws: what is visible, highlighted, coloured and sized comes from the caller (view state, server answers).
import Graph from "graphology";
import Sigma from "sigma";
import type { ColumnGraph } from "../data/columns";
import { colourBy, sizeBy, type Colouring } from "../data/style";
import { clusterLayout } from "../data/layout";

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface GraphViewOptions {
  colourBy: string;
  sizeBy: string | null;
  /** Category whose clusters give the first layout (default: the colouring). */
  layoutBy?: string;
}

const HIGHLIGHT = "#d62728";
const DEFER_EDGES_ABOVE = 100_000;
const DIMMED = "#e8e8e8";

/**
 * Builds the graphology graph: node key = node number as a string, edge key = edge number. Attributes are
 * filled straight from the typed arrays; multi-edges and self-loops are accepted as sent. O(n + m).
 */
export function toGraphology(g: ColumnGraph, colouring: Colouring, sizes: Float32Array, positions: Float32Array): Graph<NodeAttributes> {
  const graph = new Graph<NodeAttributes>({ type: g.directed ? "directed" : "undirected", multi: true, allowSelfLoops: true });
  for (let v = 0; v < g.nodeCount; v++) {
    graph.addNode(String(v), { x: positions[2 * v], y: positions[2 * v + 1], size: sizes[v], color: colouring.colors[v], label: g.labels[v] });
  }
  const addEdge = g.directed
    ? (k: string, s: string, t: string, w: number) => graph.addDirectedEdgeWithKey(k, s, t, { weight: w, size: 0.5 })
    : (k: string, s: string, t: string, w: number) => graph.addUndirectedEdgeWithKey(k, s, t, { weight: w, size: 0.5 });
  for (let e = 0; e < g.edgeCount; e++) addEdge(String(e), String(g.source[e]), String(g.target[e]), g.weight[e]);
  return graph;
}

export class GraphView {
  readonly graph: Graph<NodeAttributes>;
  readonly renderer: Sigma<NodeAttributes>;
  private colouring: Colouring;
  private visible: ((v: number) => boolean) | null = null;
  private highlightedNodes: ReadonlySet<number> = new Set();
  private highlightedEdges: ReadonlySet<number> = new Set();
  private focused = -1;
  /** Large graphs: the first frame shows the nodes in their layout, the edges follow one frame later. */
  private edgesDeferred: boolean;

  constructor(readonly container: HTMLElement, readonly data: ColumnGraph, options: GraphViewOptions) {
    this.colouring = colourBy(data, options.colourBy);
    const positions = clusterLayout(data, options.layoutBy ?? options.colourBy);
    this.graph = toGraphology(data, this.colouring, sizeBy(data, options.sizeBy), positions);
    performance.mark("netan:graphology-built");
    const large = data.edgeCount > 50_000;
    // Drawing a few hundred thousand edges is most of a first frame with software WebGL: nodes first, edges next.
    this.edgesDeferred = data.edgeCount > DEFER_EDGES_ABOVE;
    this.renderer = new Sigma(this.graph, container, {
      // Labels: sigma keeps at most one label per grid cell and only for nodes drawn large enough, so they never pile up.
      labelDensity: 0.25,
      labelGridCellSize: 150,
      labelRenderedSizeThreshold: 7,
      renderEdgeLabels: false,
      defaultEdgeColor: "#c7c7c7",
      hideEdgesOnMove: large,
      zIndex: true,
      nodeReducer: (key, attrs) => this.reduceNode(Number(key), attrs),
      edgeReducer: (key, attrs) => this.reduceEdge(Number(key), attrs),
    });
  }

  /** Draws the edges held back from the first frame (no-op when none were). Resolves when they are on screen. */
  showDeferredEdges(): Promise<void> {
    if (!this.edgesDeferred) return Promise.resolve();
    return new Promise((resolve) => setTimeout(() => {
      this.edgesDeferred = false;
      this.renderer.refresh();
      performance.mark("netan:edges-drawn");
      resolve();
    }, 0));
  }

  get legend() {
    return this.colouring.legend;
  }

  get colourKey() {
    return this.colouring.key;
  }

  setColourBy(key: string): void {
    this.colouring = colourBy(this.data, key);
    const colors = this.colouring.colors;
    this.graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, color: colors[Number(node)] }), { attributes: ["color"] });
  }

  setSizeBy(key: string | null): void {
    const sizes = sizeBy(this.data, key);
    this.graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, size: sizes[Number(node)] }), { attributes: ["size"] });
  }

  /** Which nodes are shown (null: all). */
  setVisible(visible: ((v: number) => boolean) | null): void {
    this.visible = visible;
    this.renderer.refresh();
  }

  /** Nodes and edges drawn in the highlight colour (a path, a money trail); everything else dimmed. */
  highlight(nodes: Iterable<number>, edges: Iterable<number>): void {
    this.highlightedNodes = new Set(nodes);
    this.highlightedEdges = new Set(edges);
    this.renderer.refresh();
  }

  setFocus(v: number): void {
    this.focused = v;
    this.renderer.refresh();
  }

  /** Centres the camera on node v. */
  async centreOn(v: number): Promise<void> {
    const display = this.renderer.getNodeDisplayData(String(v));
    if (display) await this.renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.15 }, { duration: 300 });
  }

  /** The whole (visible) graph in the frame. */
  async zoomToFit(): Promise<void> {
    await this.renderer.getCamera().animatedReset({ duration: 300 });
  }

  /** Node under a click, for the caller's panels. */
  onNodeClick(handler: (v: number) => void): void {
    this.renderer.on("clickNode", ({ node }) => handler(Number(node)));
  }

  /** The view as a PNG: sigma's layers composed on white, read back right after a synchronous render. */
  async toPng(): Promise<Blob> {
    this.renderer.refresh();
    const { width, height } = this.renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = document.createElement("canvas");
    out.width = Math.round(width * ratio);
    out.height = Math.round(height * ratio);
    const ctx = out.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    for (const canvas of Object.values(this.renderer.getCanvases())) ctx.drawImage(canvas, 0, 0, out.width, out.height);
    return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"));
  }

  /** The view as SVG: visible nodes and edges in viewport coordinates, labels of the larger nodes. */
  toSvg(): string {
    const { width, height } = this.renderer.getDimensions();
    const parts: string[] = [];
    const point = (v: number) => {
      const d = this.renderer.getNodeDisplayData(String(v));
      return d ? this.renderer.graphToViewport(d) : null;
    };
    for (let e = 0; e < this.data.edgeCount; e++) {
      const s = this.data.source[e], t = this.data.target[e];
      if (!this.isShown(s) || !this.isShown(t)) continue;
      const a = point(s), b = point(t);
      if (!a || !b) continue;
      const colour = this.highlightedEdges.has(e) ? HIGHLIGHT : "#c7c7c7";
      parts.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${colour}" stroke-width="0.5"/>`);
    }
    const labels: string[] = [];
    for (let v = 0; v < this.data.nodeCount; v++) {
      if (!this.isShown(v)) continue;
      const d = this.renderer.getNodeDisplayData(String(v));
      if (!d) continue;
      const p = this.renderer.graphToViewport(d);
      const r = this.renderer.scaleSize(d.size);
      parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${d.color}"/>`);
      if (r >= 6) labels.push(`<text x="${(p.x + r + 2).toFixed(1)}" y="${(p.y + 4).toFixed(1)}">${escapeXml(this.data.labels[v])}</text>`);
    }
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`
      + `<rect width="100%" height="100%" fill="#fff"/>${parts.join("")}${labels.join("")}</svg>`;
  }

  kill(): void {
    this.renderer.kill();
  }

  private isShown(v: number): boolean {
    return this.visible === null || this.visible(v);
  }

  private reduceNode(v: number, attrs: NodeAttributes) {
    if (!this.isShown(v)) return { ...attrs, hidden: true };
    const anyHighlight = this.highlightedNodes.size > 0;
    if (v === this.focused) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
    if (this.highlightedNodes.has(v)) return { ...attrs, forceLabel: true, zIndex: 1, color: attrs.color };
    return anyHighlight ? { ...attrs, color: DIMMED, label: "", zIndex: 0 } : attrs;
  }

  private reduceEdge(e: number, attrs: Record<string, unknown>) {
    const s = this.data.source[e], t = this.data.target[e];
    if (this.edgesDeferred || !this.isShown(s) || !this.isShown(t)) return { ...attrs, hidden: true };
    if (this.highlightedEdges.has(e)) return { ...attrs, color: HIGHLIGHT, size: 2.5, zIndex: 1 };
    return this.highlightedEdges.size > 0 ? { ...attrs, color: "#f0f0f0" } : attrs;
  }
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c]!);
}
