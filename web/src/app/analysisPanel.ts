// One panel per question (paths, money, groups, brokers, upperworld, what-if): a form built from the analysis's
// options as the service publishes them (OpenAPI), a Run button, the server's answer as a table (CSV export
// included) and, when the rows name agents, the same agents highlighted on the graph. Long analyses come back
// as jobs, followed in the jobs panel.
import type { Cell } from "../data/csv";
import type { Row } from "../data/results";
import { el } from "../components/dom";
import { table } from "../components/table";
import type { OptionSchema, Options } from "./api";
import { planForm, type FieldHint, type FormField } from "./optionForm";

export interface PanelSpec {
  id: string;
  title: string;
  /** The service's analysis name. */
  analysis: string;
  /** The options shown first, with labels and starting values (the rest are folded under "More options"). */
  fields: FieldHint[];
  /** Fixed options sent with the form's. */
  fixed?: Options;
  /** Extra buttons that run the same (or another) analysis with other fixed options. */
  variants?: { label: string; analysis?: string; fixed: Options }[];
  /** How the rows map onto the graph: the first of the named columns a row has names its agent. */
  highlight?: "path" | "hops" | "cycles" | { columns: string[] };
  /** Renders the rows above the table (e.g. the what-if summary and curve). */
  summary?: (analysis: string, rows: readonly Row[]) => HTMLElement | null;
}

export interface PanelHost {
  run(spec: PanelSpec, analysis: string, options: Options, show: (analysis: string, rows: Row[]) => void): Promise<void>;
}

function input(field: FormField): HTMLInputElement | HTMLSelectElement {
  const id = `f-${field.name}-${Math.random().toString(36).slice(2, 8)}`;
  if (field.choices) {
    const select = el("select", { id, name: field.name }, ...field.choices.map((c) => el("option", { value: c }, c)));
    if (field.value !== undefined) select.value = String(field.value);
    return select;
  }
  const numeric = field.type === "integer" || field.type === "number";
  const node = el("input", {
    id, name: field.name, title: field.description,
    type: numeric ? "number" : field.type === "boolean" ? "checkbox" : "text",
    ...(numeric && field.minimum !== undefined ? { min: String(field.minimum) } : {}),
    ...(numeric && field.maximum !== undefined ? { max: String(field.maximum) } : {}),
    ...(field.type === "integer" ? { step: "1" } : numeric ? { step: "any" } : {}),
  });
  if (field.type === "boolean") node.checked = field.value === true;
  else if (field.value !== undefined) node.value = String(field.value);
  if (field.agent) node.setAttribute("placeholder", "agent id (click a node)");
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
  /** Hinted option names the service does not know (shown to the user; never sent). */
  readonly unknown: string[];
  private readonly fields: FormField[];
  private readonly inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  private readonly output: HTMLElement;

  constructor(readonly spec: PanelSpec, readonly schema: readonly OptionSchema[], private readonly host: PanelHost) {
    const plan = planForm(schema, spec.fields);
    this.unknown = plan.unknown;
    this.fields = [...plan.main, ...plan.more];
    const form = el("form", { class: "analysis-form" });
    const label = (field: FormField, control: HTMLElement) =>
      field.type === "boolean" ? el("label", { class: "flag" }, control, ` ${field.label}`) : el("label", {}, `${field.label} `, control);
    for (const field of plan.main) {
      const control = input(field);
      this.inputs.set(field.name, control);
      form.append(label(field, control));
    }
    if (plan.more.length) {
      const more = el("details", { class: "more-options" }, el("summary", {}, "More options"));
      for (const field of plan.more) {
        const control = input(field);
        this.inputs.set(field.name, control);
        more.append(label(field, control));
      }
      form.append(more);
    }
    const run = el("button", { type: "submit" }, "Run");
    form.append(run);
    for (const variant of spec.variants ?? []) {
      const b = el("button", { type: "button", "data-variant": variant.analysis ?? spec.analysis }, variant.label);
      b.addEventListener("click", () => void this.submit(variant.analysis ?? spec.analysis, variant.fixed));
      form.append(b);
    }
    form.addEventListener("submit", (ev) => { ev.preventDefault(); void this.submit(spec.analysis, spec.fixed ?? {}); });
    this.output = el("div", { class: "analysis-output", "aria-live": "polite" });
    const stale = plan.unknown.length
      ? el("p", { class: "error", role: "alert" }, `This panel asks for options the server does not offer (${plan.unknown.join(", ")}); they are left out.`)
      : null;
    // The filters follow into every analysis that takes them; say so where one does not.
    const whole = schema.length && !schema.some((o) => o.name === "from")
      ? el("p", { class: "note" }, "Covers the whole case: this analysis takes no time window.")
      : null;
    this.element = el("section", { class: "panel", id: `panel-${spec.id}`, "aria-label": spec.title }, el("h2", {}, spec.title), stale, whole, form, this.output);
  }

  /** Puts an agent id into the panel's first empty agent field (or the first one when all are filled). */
  offerAgent(id: string): void {
    const agents = this.fields.filter((f) => f.agent).map((f) => this.inputs.get(f.name) as HTMLInputElement);
    const target = agents.find((i) => i.value === "") ?? agents[0];
    if (target) target.value = id;
  }

  setField(name: string, value: string): void {
    const control = this.inputs.get(name);
    if (control) control.value = value;
  }

  /** The form's values: only options the service published, only those the user set or that have a value. */
  options(): Options {
    const options: Options = {};
    for (const field of this.fields) {
      const control = this.inputs.get(field.name)!;
      if (field.type === "boolean") {
        if ((control as HTMLInputElement).checked) options[field.name] = true;
      } else if (control.value.trim() !== "") {
        options[field.name] = field.type === "integer" || field.type === "number" ? Number(control.value) : control.value.trim();
      }
    }
    return options;
  }

  show(analysis: string, rows: Row[]): void {
    const { columns, cells } = rowsToTable(rows);
    const summary = this.spec.summary?.(analysis, rows) ?? null;
    this.output.replaceChildren(...[summary, rows.length === 0 ? el("p", {}, "No rows.") : table(columns, cells, { csvName: `${this.spec.id}-${analysis}.csv` })].filter((x): x is HTMLElement => x !== null));
    this.output.dataset.analysis = analysis;
  }

  message(text: string, error = false): void {
    this.output.replaceChildren(el("p", { class: error ? "error" : "note", role: error ? "alert" : "status" }, text));
  }

  private async submit(analysis: string, fixed: Options): Promise<void> {
    this.message("Asking the server…");
    await this.host.run(this.spec, analysis, { ...this.options(), ...fixed }, (a, rows) => this.show(a, rows));
  }
}
