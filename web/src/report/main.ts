// report.html: draws the report data embedded in the page. Computes nothing, loads nothing.
import "../styles.css";

performance.mark("netan:script-start");
import { decodeGraph } from "../data/columns";
import { parseReport, type ReportData } from "./reportData";
import { renderReport } from "./reportPage";

function readData(): ReportData | null {
  const node = document.getElementById("report-data");
  const raw: unknown = node ? JSON.parse(node.textContent ?? "null") : null;
  return typeof raw === "string" || raw === null ? null : parseReport(raw);
}

const root = document.getElementById("report")!;
try {
  const data = readData();
  if (data === null) root.textContent = "This page is the report template: `netan analyze … --html` fills it with a case.";
  else renderReport(root, data, data.graph ? decodeGraph(data.graph) : null);
} catch (e) {
  root.textContent = `The report could not be shown: ${e instanceof Error ? e.message : String(e)}`;
}
