// One panel per question (paths, money, groups, brokers, upperworld, what-if): a small form, a Run button, the
// server's answer as a table (CSV export included) and, when the rows name agents, the same agents highlighted
// on the graph. Long analyses come back as jobs, followed in the jobs panel.
import type { Cell } from "../data/csv";
import type { Row } from "../data/results";
import { el } from "../components/dom";
import { table } from "../components/table";
import type { Options } from "./api";

export interface Field {
  name: string;
  label: string;
  kind: "agent" | "text" | "number" | "flag" | "choice";
  choices?: string[];
  value?: string | number | boolean;
}

export interface PanelSpec {
  id: string;
  title: string;
  /** The service's analysis name. */
  analysis: string;
  fields: Field[];
  /** Fixed options sent with the form's. */
  fixed?: Options;
  /** Extra buttons that run the same analysis with other fixed options. */
  variants?: { label: string; analysis?: string; fixed: Options }[];
  /** How the rows map onto the graph. */
  highlight?: "path" | "hops" | "cycles" | { column: string };
}

export interface PanelHost {
  run(spec: PanelSpec, analysis: string, options: Options, show: (rows: Row[]) => void): Promise<void>;
}

function input(field: Field): HTMLInputElement | HTMLSelectElement {
  const id = `f-${field.name}-${Math.random().toString(36).slice(2, 8)}`;
  if (field.kind === "choice") {
    const select = el("select", { id, name: field.name }, ...(field.choices ?? []).map((c) => el("option", { value: c }, c)));
    if (field.value !== undefined) select.value = String(field.value);
    return select;
  }
  const node = el("input", { id, name: field.name, type: field.kind === "number" ? "number" : field.kind === "flag" ? "checkbox" : "text" });
  if (field.kind === "flag") node.checked = field.value === true;
  else if (field.value !== undefined) node.value = String(field.value);
  if (field.kind === "agent") node.setAttribute("placeholder", "agent id (click a node)");
  return node;
}

export function rowsToTable(rows: readonly Row[]): { columns: string[]; cells: Cell[][] } {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const cells = rows.map((row) => columns.map((c) => {
    const v = row[c];
    return v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : JSON.stringify(v);
  }));
  return { columns, cells };
}

export class AnalysisPanel {
  readonly element: HTMLElement;
  private readonly inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  private readonly output: HTMLElement;

  constructor(readonly spec: PanelSpec, private readonly host: PanelHost) {
    const form = el("form", { class: "analysis-form" });
    for (const field of spec.fields) {
      const control = input(field);
      this.inputs.set(field.name, control);
      form.append(field.kind === "flag" ? el("label", { class: "flag" }, control, ` ${field.label}`) : el("label", {}, `${field.label} `, control));
    }
    const run = el("button", { type: "submit" }, "Run");
    form.append(run);
    for (const variant of spec.variants ?? []) {
      const b = el("button", { type: "button" }, variant.label);
      b.addEventListener("click", () => void this.submit(variant.analysis ?? spec.analysis, variant.fixed));
      form.append(b);
    }
    form.addEventListener("submit", (ev) => { ev.preventDefault(); void this.submit(spec.analysis, spec.fixed ?? {}); });
    this.output = el("div", { class: "analysis-output", "aria-live": "polite" });
    this.element = el("section", { class: "panel", id: `panel-${spec.id}`, "aria-label": spec.title }, el("h2", {}, spec.title), form, this.output);
  }

  /** Puts an agent id into the panel's first empty agent field (or the first one when all are filled). */
  offerAgent(id: string): void {
    const agents = this.spec.fields.filter((f) => f.kind === "agent").map((f) => this.inputs.get(f.name) as HTMLInputElement);
    const target = agents.find((i) => i.value === "") ?? agents[0];
    if (target) target.value = id;
  }

  setField(name: string, value: string): void {
    const control = this.inputs.get(name);
    if (control) control.value = value;
  }

  options(): Options {
    const options: Options = {};
    for (const field of this.spec.fields) {
      const control = this.inputs.get(field.name)!;
      if (field.kind === "flag") {
        if ((control as HTMLInputElement).checked) options[field.name] = true;
      } else if (control.value.trim() !== "") {
        options[field.name] = field.kind === "number" ? Number(control.value) : control.value.trim();
      }
    }
    return options;
  }

  show(rows: Row[]): void {
    const { columns, cells } = rowsToTable(rows);
    this.output.replaceChildren(rows.length === 0 ? el("p", {}, "No rows.") : table(columns, cells, { csvName: `${this.spec.id}.csv` }));
  }

  message(text: string, error = false): void {
    this.output.replaceChildren(el("p", { class: error ? "error" : "note", role: error ? "alert" : "status" }, text));
  }

  private async submit(analysis: string, fixed: Options): Promise<void> {
    this.message("Asking the server…");
    await this.host.run(this.spec, analysis, { ...this.options(), ...fixed }, (rows) => this.show(rows));
  }
}
