// Tables leave the browser as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed
// with an apostrophe: names come from seized data and must not execute on an analyst's machine.

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when needed, formulas defused. Numbers are written as they are. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table with a header line, CRLF line ends (RFC 4180). */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((_, i) => csvField(row[i])).join(","));
  return lines.join("\r\n") + "\r\n";
}
