// The analyst's workbench (issue 15): opens a case version from `netan serve` and shows its network.
import "../styles.css";
import { ApiClient, ApiError } from "./api";
import { el } from "../components/dom";
import { NetworkPanel } from "../components/networkPanel";
import { initialState } from "../data/viewState";

const root = document.getElementById("app")!;
const api = new ApiClient();

async function open(caseId: string, version: number): Promise<void> {
  const state = initialState();
  const graph = await api.graph(caseId, version, state.filters, ["degree"]);
  const host = el("div", { class: "report-body" });
  root.replaceChildren(el("header", {}, el("h1", {}, `Case ${caseId}, version ${version}`)), host);
  new NetworkPanel(host, graph, { colourBy: graph.categories.has("community") ? "community" : "kind", sizeBy: graph.measures.has("degree") ? "degree" : null, exportName: `${caseId}-v${version}` });
}

const params = new URLSearchParams(location.search);
const caseId = params.get("case");
if (caseId) {
  open(caseId, Number(params.get("version") ?? "1")).catch((e: unknown) => {
    root.textContent = e instanceof ApiError ? `The server answered: ${e.message}` : `Could not open the case: ${String(e)}`;
  });
} else {
  root.replaceChildren(el("header", {}, el("h1", {}, "netan workbench"), el("p", {}, "Open a case with ?case=ID&version=N.")));
}
