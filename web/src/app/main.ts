// The workbench's entry: pick a case and a version (from the service), then open it.
import "../styles.css";
import "./workbench.css";
import { ApiClient, ApiError } from "./api";
import { el } from "../components/dom";
import { Workbench } from "./workbench";

const root = document.getElementById("app")!;
const api = new ApiClient();

function fail(e: unknown): void {
  root.replaceChildren(el("p", { class: "error", role: "alert" }, e instanceof ApiError ? `The server answered ${e.status}: ${e.message}` : `Could not reach the server: ${String(e)}`));
}

async function chooseCase(): Promise<void> {
  const cases = await api.cases();
  const list = el("ul", { class: "cases" });
  for (const c of cases) {
    const versions = el("span", {});
    const open = el("button", { type: "button" }, c.name);
    open.addEventListener("click", async () => {
      try {
        const all = await api.versions(c.name);
        versions.replaceChildren(...all.map((v) => {
          const b = el("button", { type: "button", class: "version" }, `version ${v.version}`);
          b.addEventListener("click", () => go(c.name, v.version));
          return b;
        }));
      } catch (e) { fail(e); }
    });
    list.append(el("li", {}, open, " ", el("span", { class: "note" }, c.description ?? ""), " ", versions));
  }
  root.replaceChildren(el("header", { class: "bar" }, el("h1", {}, "netan workbench")),
    el("main", { class: "report-body" }, el("h2", {}, "Cases"), cases.length ? list : el("p", {}, "No case yet: upload one with the API (see docs/service.md).")));
}

function go(caseName: string, version: number): void {
  const url = new URL(location.href);
  url.searchParams.set("case", caseName);
  url.searchParams.set("version", String(version));
  history.pushState(null, "", url);
  void new Workbench(root, api, caseName, version).open().catch(fail);
}

const params = new URLSearchParams(location.search);
const caseName = params.get("case");
if (caseName) void new Workbench(root, api, caseName, Number(params.get("version") ?? "1")).open().catch(fail);
else void chooseCase().catch(fail);
