// Which form fields an analysis panel shows: the analysis's options as the service's OpenAPI document describes
// them (names, types, choices, defaults, ranges), in the order and with the labels the panel prefers. Nothing here
// invents an option name: a preferred name the service does not know is reported, not sent.
import type { OptionSchema } from "./api";

/** How a panel would like an option shown. */
export interface FieldHint {
  name: string;
  label?: string;
  /** An agent id (filled by clicking a node). */
  agent?: boolean;
  value?: string | number | boolean;
}

export interface FormField extends OptionSchema {
  label: string;
  agent: boolean;
  value?: string | number | boolean;
}

/** Options set by the workbench's filters (time window, transaction kinds, spheres), never by a panel's form. */
export const FILTER_OPTIONS: ReadonlySet<string> = new Set(["from", "to", "transaction-kinds", "spheres"]);

export interface FormPlan {
  /** The hinted options the service knows, in the hints' order. */
  main: FormField[];
  /** The service's other options (shown folded). */
  more: FormField[];
  /** Hinted names the service does not know (a stale panel: reported, never sent). */
  unknown: string[];
}

function sentence(text: string): string {
  const first = text.split(/(?<=\.)\s/)[0] ?? text;
  return first.replace(/\.$/, "");
}

/** Plans a panel's form from the analysis's options and the panel's hints. O(options + hints). */
export function planForm(options: readonly OptionSchema[], hints: readonly FieldHint[]): FormPlan {
  const byName = new Map(options.map((o) => [o.name, o]));
  const main: FormField[] = [], unknown: string[] = [];
  for (const hint of hints) {
    const option = byName.get(hint.name);
    if (!option) { unknown.push(hint.name); continue; }
    main.push({ ...option, label: hint.label ?? (sentence(option.description) || option.name), agent: hint.agent ?? false, value: hint.value ?? option.default });
  }
  const hinted = new Set(hints.map((h) => h.name));
  const more = options.filter((o) => !hinted.has(o.name) && !FILTER_OPTIONS.has(o.name))
    .map((o) => ({ ...o, label: `${o.name}: ${sentence(o.description)}`, agent: false, value: o.default }));
  return { main, more, unknown };
}

/** Keeps only the options `analysis` accepts (a variant running another analysis gets only what it knows). */
export function acceptedOptions<T>(options: Record<string, T>, accepted: readonly OptionSchema[]): Record<string, T> {
  const names = new Set(accepted.map((o) => o.name));
  return Object.fromEntries(Object.entries(options).filter(([name]) => names.has(name)));
}
