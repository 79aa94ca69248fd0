// A line chart in SVG (no library): used for the disruption curve and the transactions-over-time histogram.
import { svg } from "./dom";

export interface Series {
  readonly name: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  /** Labels for the x positions (one per value). */
  xTicks: readonly (string | number)[];
  yMax?: number;
  width?: number;
  height?: number;
}

/** Series against the same x positions; y from 0 to yMax (default: the largest value). Points have tooltips. */
export function lineChart(series: readonly Series[], o: ChartOptions): SVGSVGElement {
  const width = o.width ?? 560, height = o.height ?? 260;
  const left = 48, right = 12, top = 48, bottom = 40;
  const n = o.xTicks.length;
  const yMax = o.yMax ?? Math.max(1e-9, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const x = (i: number) => left + (n <= 1 ? 0 : (i * (width - left - right)) / (n - 1));
  const y = (v: number) => top + (height - top - bottom) * (1 - v / yMax);
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": o.title, class: "chart" });
  root.append(svg("title", {}, o.title));
  root.append(svg("text", { x: left, y: 16, class: "chart-title" }, o.title));
  // Axes with five horizontal grid lines.
  for (let k = 0; k <= 4; k++) {
    const v = (yMax * k) / 4;
    root.append(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), stroke: "#e5e5e5" }));
    root.append(svg("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, String(Math.round(v * 1000) / 1000)));
  }
  const step = Math.max(1, Math.ceil(n / 12));
  for (let i = 0; i < n; i += step) root.append(svg("text", { x: x(i), y: height - bottom + 16, "text-anchor": "middle", class: "tick" }, String(o.xTicks[i])));
  root.append(svg("text", { x: (left + width - right) / 2, y: height - 6, "text-anchor": "middle", class: "axis" }, o.xLabel));
  series.forEach((s, si) => {
    const points = s.values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter((p): p is string => p !== null);
    root.append(svg("polyline", { points: points.join(" "), fill: "none", stroke: s.color, "stroke-width": 2 }));
    s.values.forEach((v, i) => {
      if (v !== null) root.append(svg("circle", { cx: x(i), cy: y(v), r: 3, fill: s.color }, svg("title", {}, `${s.name} at ${o.xTicks[i]}: ${v}`)));
    });
    // Series names in a row between the title and the plot.
    const lx = left + si * 170;
    root.append(svg("rect", { x: lx, y: 25, width: 10, height: 10, fill: s.color }));
    root.append(svg("text", { x: lx + 14, y: 34, class: "tick" }, s.name));
  });
  return root;
}
