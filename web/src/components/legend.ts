import type { LegendEntry } from "../data/style";
import { el } from "./dom";

/** The legend of a colouring: a swatch, the value and how many nodes have it. */
export function legend(title: string, entries: readonly LegendEntry[]): HTMLElement {
  return el("figure", { class: "legend", "aria-label": `Legend: ${title}` },
    el("figcaption", {}, title),
    el("ul", {}, ...entries.map((e) =>
      el("li", {}, el("span", { class: "swatch", style: `background:${e.color}`, "aria-hidden": "true" }), `${e.label} `, el("span", { class: "count" }, `(${e.count})`)))));
}
