// The time filter: a histogram of transactions over the case's time span with two sliders (start and end of
// the window, whole buckets). The sliders are ordinary range inputs, so the keyboard moves them too.
import { boundaryLabel, countIn, type Histogram } from "../data/timeline";
import { el, svg } from "./dom";

export class TimeFilter {
  readonly element: HTMLElement;
  private readonly lo: HTMLInputElement;
  private readonly hi: HTMLInputElement;
  private readonly bars: SVGRectElement[] = [];
  private readonly caption: HTMLElement;

  constructor(private readonly h: Histogram, onChange: (lo: number, hi: number) => void) {
    const n = h.counts.length;
    const width = 232, height = 64;
    const max = Math.max(1, ...h.counts);
    const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `Transactions over time, ${n} buckets of ${Math.round(h.bucketMs / 86_400_000)} days`, class: "histogram" });
    h.counts.forEach((c, i) => {
      const barHeight = (c / max) * (height - 4);
      const bar = svg("rect", { x: (i * width) / n, y: height - barHeight, width: Math.max(1, width / n - 0.5), height: barHeight, "data-count": c },
        svg("title", {}, `${boundaryLabel(h, i)} to ${boundaryLabel(h, i + 1)}: ${c} transactions`));
      this.bars.push(bar);
      chart.append(bar);
    });
    this.lo = el("input", { type: "range", min: "0", max: String(n), step: "1", value: "0", id: "time-from", "aria-label": "Start of the time window" });
    this.hi = el("input", { type: "range", min: "0", max: String(n), step: "1", value: String(n), id: "time-to", "aria-label": "End of the time window" });
    this.caption = el("p", { class: "note", id: "time-window", "aria-live": "polite" });
    const changed = (moved: HTMLInputElement) => {
      // The handles cannot cross: the one moved pushes the other.
      if (Number(this.lo.value) > Number(this.hi.value)) (moved === this.lo ? this.hi : this.lo).value = moved.value;
      this.render();
    };
    for (const input of [this.lo, this.hi]) {
      input.addEventListener("input", () => changed(input));
      input.addEventListener("change", () => onChange(Number(this.lo.value), Number(this.hi.value)));
    }
    this.element = el("fieldset", { class: "time-filter" }, el("legend", {}, "Time window"), chart,
      el("label", {}, "From ", this.lo), el("label", {}, "To ", this.hi), this.caption,
      h.undated ? el("p", { class: "note" }, `${h.undated} transactions have no time: they count only when the whole span is selected.`) : null);
    this.render();
  }

  /** The window as bucket indexes [lo, hi). */
  get window(): [number, number] {
    return [Number(this.lo.value), Number(this.hi.value)];
  }

  private render(): void {
    const [lo, hi] = this.window;
    this.bars.forEach((bar, i) => bar.setAttribute("fill", i >= lo && i < hi ? "#1a73e8" : "#d0d7e2"));
    this.caption.textContent = `${boundaryLabel(this.h, lo)} to ${boundaryLabel(this.h, hi)}: ${countIn(this.h, lo, hi)} dated transactions`;
    this.caption.dataset.transactions = String(countIn(this.h, lo, hi));
  }
}
