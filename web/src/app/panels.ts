// The workbench's question panels, as data: which analysis each asks the service and how its rows map onto the graph.
import type { PanelSpec } from "./analysisPanel";

export const PANELS: PanelSpec[] = [
  {
    id: "paths", title: "Paths between two agents", analysis: "paths", highlight: "path",
    fields: [
      { name: "source", label: "From", kind: "agent" },
      { name: "target", label: "To", kind: "agent" },
      { name: "k", label: "Paths", kind: "number", value: 3 },
      { name: "hops", label: "Max hops", kind: "number", value: 6 },
    ],
    variants: [
      { label: "Strongest", fixed: { strongest: true } },
      { label: "Time-respecting", fixed: { "time-respecting": true } },
    ],
  },
  {
    id: "money", title: "Money trace", analysis: "trace", highlight: "hops",
    fields: [
      { name: "agent", label: "Agent", kind: "agent" },
      { name: "hops", label: "Hops", kind: "number", value: 4 },
      { name: "currency", label: "Currency", kind: "text" },
      { name: "backward", label: "Backwards (where it came from)", kind: "flag" },
    ],
    fixed: { flows: true },
  },
  {
    id: "cycles", title: "Layering cycles", analysis: "cycles", highlight: "cycles",
    fields: [
      { name: "max-length", label: "Longest cycle", kind: "number", value: 4 },
      { name: "time-ordered", label: "Transfers in time order", kind: "flag", value: true },
      { name: "top", label: "Most cycles", kind: "number", value: 20 },
    ],
  },
  {
    id: "groups", title: "Groups: functions in-house, bought, missing", analysis: "functions", highlight: { column: "agent" },
    fields: [{ name: "hops", label: "Specialist within hops", kind: "number", value: 2 }],
    fixed: { groups: true },
    variants: [{ label: "Group types and single points of failure (job)", analysis: "analyze", fixed: {} }],
  },
  {
    id: "brokers", title: "Brokers", analysis: "brokers", highlight: { column: "agent" },
    fields: [
      { name: "partition", label: "Against", kind: "choice", choices: ["groups", "communities", "kinds", "spheres", "countries"], value: "groups" },
      { name: "top", label: "Rows", kind: "number", value: 20 },
    ],
  },
  {
    id: "upperworld", title: "Upperworld exposure", analysis: "upperworld", highlight: { column: "agent" },
    fields: [{ name: "top", label: "Rows", kind: "number", value: 20 }],
    variants: [
      { label: "Links", fixed: { links: true } },
      { label: "Corruption gateways", fixed: { gateways: true } },
    ],
  },
  {
    id: "whatif", title: "What if: remove agents", analysis: "disrupt", highlight: { column: "removed" },
    fields: [
      { name: "remove", label: "Agents to remove (comma-separated)", kind: "text" },
      { name: "strategy", label: "Then remove by", kind: "choice", choices: ["degree", "betweenness", "keyplayer", "function"], value: "degree" },
      { name: "steps", label: "Steps", kind: "number", value: 5 },
      { name: "recover", label: "Simulate recovery", kind: "flag", value: true },
    ],
    variants: [{ label: "Suggest key players (KPP-Neg)", analysis: "keyplayers", fixed: { k: 5 } }],
  },
];
