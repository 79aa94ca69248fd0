// The workbench's question panels, as data: which analysis each asks the service, which of its options come
// first (the names are checked against the service's OpenAPI document when the panel is built), and how the
// rows map onto the graph.
import type { PanelSpec } from "./analysisPanel";
import { whatIfSummary } from "./whatIfView";

export const PANELS: PanelSpec[] = [
  {
    id: "paths", title: "Paths between two agents", analysis: "paths", highlight: "path",
    fields: [
      { name: "source", label: "From", agent: true },
      { name: "target", label: "To", agent: true },
      { name: "k", label: "Paths", value: 3 },
      { name: "hops", label: "Max hops" },
    ],
    variants: [
      { label: "Strongest", fixed: { strongest: true } },
      { label: "Time-respecting", fixed: { "time-respecting": true } },
    ],
  },
  {
    id: "money", title: "Money trace", analysis: "trace", highlight: "hops",
    fields: [
      { name: "agent", label: "Agent", agent: true },
      { name: "hops", label: "Hops" },
      { name: "currency", label: "Currency" },
      { name: "backward", label: "Backwards (where it came from)" },
    ],
    fixed: { flows: true },
  },
  {
    id: "cycles", title: "Layering cycles", analysis: "cycles", highlight: "cycles",
    fields: [
      { name: "max-length", label: "Longest cycle" },
      { name: "time-ordered", label: "Transfers in time order", value: true },
      { name: "top", label: "Most cycles", value: 20 },
    ],
  },
  {
    id: "groups", title: "Groups: functions in-house, bought, missing", analysis: "functions", highlight: { columns: ["agent"] },
    fields: [{ name: "hops", label: "Specialist within hops" }],
    fixed: { groups: true },
    variants: [{ label: "Group types and single points of failure (job)", analysis: "analyze", fixed: {} }],
  },
  {
    id: "brokers", title: "Brokers", analysis: "brokers", highlight: { columns: ["agent", "id"] },
    fields: [
      { name: "partition", label: "Against" },
      { name: "top", label: "Rows", value: 20 },
    ],
  },
  {
    id: "upperworld", title: "Upperworld exposure", analysis: "upperworld", highlight: { columns: ["agent", "id"] },
    fields: [{ name: "top", label: "Rows", value: 20 }],
    variants: [
      { label: "Links", fixed: { links: true } },
      { label: "Corruption gateways", fixed: { gateways: true } },
    ],
  },
  {
    id: "whatif", title: "What if: remove agents", analysis: "disrupt", highlight: { columns: ["removed", "id"] },
    fields: [
      { name: "strategy", label: "Then remove by" },
      { name: "steps", label: "Removals", value: 5 },
      { name: "recover", label: "Simulate recovery (a contact with the same function takes over)", value: true },
    ],
    variants: [{ label: "Suggest key players (KPP-Neg)", analysis: "keyplayers", fixed: { k: 5 } }],
    summary: whatIfSummary,
  },
];
