// Tables: the same component for the report's sections, the workbench's panels and the table view of the
// graph. Every table can be exported as CSV.
import { toCsv, type Cell } from "../data/csv";
import { download, el } from "./dom";

export interface TableOptions {
  caption?: string;
  /** File name for the CSV button; no button when absent. */
  csvName?: string;
  /** Called with the row index when a row is activated (click or Enter). */
  onRow?: (row: number) => void;
}

function format(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);
  return String(value);
}

export function table(columns: readonly string[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): HTMLElement {
  const head = el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { scope: "col" }, c))));
  const body = el("tbody");
  rows.forEach((row, i) => {
    const tr = el("tr", {}, ...columns.map((_, j) => {
      const v = row[j];
      return el("td", typeof v === "number" ? { class: "num" } : {}, format(v));
    }));
    if (options.onRow) {
      const activate = () => options.onRow!(i);
      tr.tabIndex = 0;
      tr.addEventListener("click", activate);
      tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") activate(); });
    }
    body.append(tr);
  });
  const t = el("table", {}, options.caption ? el("caption", {}, options.caption) : null, head, body);
  const wrap = el("div", { class: "table-wrap" }, t);
  if (options.csvName) {
    const name = options.csvName;
    const button = el("button", { type: "button", class: "csv" }, "CSV");
    button.addEventListener("click", () => download(name, toCsv(columns, rows), "text/csv"));
    wrap.prepend(button);
  }
  return wrap;
}
