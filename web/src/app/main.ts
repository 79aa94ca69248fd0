// The workbench's entry: log in (API key → session cookie), see the cases granted, pick a version, open it.
// The key is sent once to POST /api/session and never kept: not in localStorage, not in a variable after the
// request. The session cookie (HttpOnly, SameSite=Strict) carries the session; the CSRF token lives in memory only.
import "../styles.css";
import "./workbench.css";
import { ApiClient, ApiError, type Session } from "./api";
import { el } from "../components/dom";
import { Workbench } from "./workbench";

const root = document.getElementById("app")!;
const api = new ApiClient();

function describe(e: unknown): string {
  return e instanceof ApiError ? `The server answered ${e.status}: ${e.message}` : `Could not reach the server: ${String(e)}`;
}

function fail(e: unknown): void {
  root.replaceChildren(el("p", { class: "error", role: "alert" }, describe(e)));
}

/** "Logged in as …" with a log-out button, for every page's header bar. */
export function whoAmI(session: Session | null): HTMLElement {
  if (!session) return el("span", { class: "note", id: "who" }, "Not logged in through the browser (credentials sent by a proxy).");
  const out = el("button", { type: "button", id: "logout" }, "Log out");
  out.addEventListener("click", async () => {
    try {
      await api.logout();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) return fail(e);
    }
    history.pushState(null, "", location.pathname);
    showLogin("You are logged out.");
  });
  return el("span", { class: "who", id: "who" }, "Logged in as ", el("strong", { "data-user": session.user }, session.user), " ", out);
}

function showLogin(message = "", then?: () => void): void {
  const key = el("input", { type: "password", id: "api-key", name: "key", autocomplete: "off", required: "", "aria-describedby": "login-help" });
  const status = el("p", { role: "status", "aria-live": "polite", class: "note" }, message);
  const form = el("form", { class: "login", "aria-label": "Log in" },
    el("label", { for: "api-key" }, "API key"), key,
    el("p", { id: "login-help", class: "note" }, "The key from `netan users add` (or your administrator). It is sent once to open a session and is not stored in this browser."),
    el("button", { type: "submit" }, "Log in"), status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    status.textContent = "Logging in…";
    status.className = "note";
    try {
      const session = await api.login(key.value);
      key.value = "";
      if (then) then();
      else await chooseCase(session);
    } catch (e) {
      key.value = "";
      status.className = "error";
      status.setAttribute("role", "alert");
      status.textContent = e instanceof ApiError && e.status === 401 ? "That key was not accepted (wrong, revoked or expired)." : describe(e);
    }
  });
  root.replaceChildren(el("header", { class: "bar" }, el("h1", {}, "netan workbench")), el("main", { class: "report-body" }, el("h2", {}, "Log in"), form));
  key.focus();
}

async function chooseCase(session: Session | null): Promise<void> {
  // The session lists the cases granted with the user's role; without a browser session, the API's list is the granted ones too.
  const cases = session?.cases ?? (await api.cases()).map((c) => ({ name: c.name, role: "" }));
  const list = el("ul", { class: "cases", "aria-label": "Cases granted to you" });
  for (const c of cases) {
    const versions = el("span", {});
    const open = el("button", { type: "button", "data-case": c.name }, c.name);
    open.addEventListener("click", async () => {
      try {
        const all = await api.versions(c.name);
        versions.replaceChildren(...all.map((v) => {
          const b = el("button", { type: "button", class: "version" }, `version ${v.version}`);
          b.addEventListener("click", () => go(session, c.name, v.version));
          return b;
        }));
      } catch (e) { fail(e); }
    });
    list.append(el("li", {}, open, c.role ? ` ${c.role} ` : " ", versions));
  }
  root.replaceChildren(el("header", { class: "bar" }, el("h1", {}, "netan workbench"), whoAmI(session)),
    el("main", { class: "report-body" }, el("h2", {}, "Cases"), cases.length ? list : el("p", {}, "No case is granted to you yet: ask an administrator (netan users grant).")));
}

function open(session: Session | null, caseName: string, version: number): void {
  const role = session?.cases?.find((c) => c.name === caseName)?.role ?? null;
  void new Workbench(root, api, caseName, version, { identity: whoAmI(session), role }).open().catch(fail);
}

function go(session: Session | null, caseName: string, version: number): void {
  const url = new URL(location.href);
  url.searchParams.set("case", caseName);
  url.searchParams.set("version", String(version));
  history.pushState(null, "", url);
  open(session, caseName, version);
}

async function start(): Promise<void> {
  let session: Session | null = null;
  try {
    session = await api.session();
    if (!session) {
      const params = new URLSearchParams(location.search);
      const caseName = params.get("case");
      showLogin("", caseName ? () => void start() : undefined);
      return;
    }
  } catch (e) {
    // A server without browser sessions (404) still works behind a proxy that adds credentials.
    if (!(e instanceof ApiError && e.status === 404)) throw e;
  }
  const params = new URLSearchParams(location.search);
  const caseName = params.get("case");
  if (caseName) open(session, caseName, Number(params.get("version") ?? "1"));
  else await chooseCase(session);
}

void start().catch(fail);
