// Every request the workbench makes goes through this module, so authentication (bearer key or session
// cookie + CSRF header, issue 14) is added in one place: `useCredentials`. The UI never computes an analysis:
// it asks here. Paths follow the service's endpoint table (/api/v1, issue 13).
import { decodeGraph, type ColumnGraph } from "../data/columns";
import type { Filters } from "../data/viewState";
import type { Row } from "../data/results";

/** An RFC 9457 problem document answered by the server, or a network failure. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly type: string, message: string) {
    super(message);
    this.name = "ApiError";
  }
}

export interface Credentials {
  /** Extra headers for every request (e.g. Authorization, X-CSRF-Token). */
  headers(method: string): Record<string, string>;
}

export const anonymous: Credentials = { headers: () => ({}) };

/** A browser session (issue 14): the cookie carries it; state-changing requests repeat the CSRF token as a header. */
export interface Session {
  user: string;
  expires: string;
  csrfToken: string;
  /** The cases granted to the user, with the user's role on each. */
  cases?: { name: string; role: string }[];
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Credentials of a cookie session: the X-CSRF-Token header on every state-changing request. */
export function sessionCredentials(session: Session): Credentials {
  return {
    headers: (method): Record<string, string> => (SAFE_METHODS.has(method.toUpperCase()) ? {} : { "X-CSRF-Token": session.csrfToken }),
  };
}

/** A time-limited unmask grant (supervisor, written reason). */
export interface UnmaskGrant { user: string; case: string; reason: string; granted: string; expires: string }

/** The real identity of a protected agent under a live grant. */
export interface Identity { pseudonym: string; id: string; name: string | null; country?: string | null; grantExpires: string }

/** Transactions over time in equal buckets (the time filter's histogram). */
export interface Timeline { from: string | null; to: string | null; bucketSeconds: number; counts: number[]; undated: number }

/** One option of an analysis as the service's OpenAPI document describes it. */
export interface OptionSchema {
  name: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
  default?: string | number | boolean;
  choices?: string[];
  minimum?: number;
  maximum?: number;
}

/** Options of every analysis, by analysis name, read from an OpenAPI document's request bodies. */
export function analysisOptions(openApi: unknown): Map<string, OptionSchema[]> {
  const out = new Map<string, OptionSchema[]>();
  const paths = (openApi as { paths?: Record<string, Record<string, unknown>> } | null)?.paths ?? {};
  for (const [path, item] of Object.entries(paths)) {
    const match = /\/analyses\/([^/]+)$/.exec(path);
    const post = item.post as { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, Record<string, unknown>> } }> } } | undefined;
    const properties = post?.requestBody?.content?.["application/json"]?.schema?.properties;
    if (!match || !properties) continue;
    out.set(match[1], Object.entries(properties).map(([name, p]) => ({
      name,
      type: (["integer", "number", "boolean"].includes(p.type as string) ? p.type : "string") as OptionSchema["type"],
      description: typeof p.description === "string" ? p.description : "",
      default: p.default as OptionSchema["default"],
      choices: Array.isArray(p.enum) ? (p.enum as string[]) : undefined,
      minimum: typeof p.minimum === "number" ? p.minimum : undefined,
      maximum: typeof p.maximum === "number" ? p.maximum : undefined,
    })));
  }
  return out;
}

export interface CaseInfo { name: string; description: string; latestVersion: number }
export interface VersionInfo { version: number; agents?: number; transactions?: number; createdAt?: string }
export interface AgentView { id: string; name: string | null; kind: string; sphere: string; country: string | null; groups: string[]; functions: string[]; protected: boolean }
export interface AgentPage { agents: AgentView[]; total: number; offset: number }
export interface JobRecord { id: string; analysis: string; /** queued, running, succeeded, failed or cancelled (compared without case). */
  state: string; stage: string; progress: number; error?: string | null }
export interface AnalysisResult { analysis: string; result: Row[] | Record<string, unknown> }

export type Options = Record<string, string | number | boolean>;

export const API = "/api/v1";
/** The browser session endpoint (issue 14), outside the versioned API. */
export const SESSION = "/api/session";

/** Graph query string in the service's option names. */
export function graphQuery(filters: Filters, measures: readonly string[]): string {
  const q = new URLSearchParams();
  if (filters.from !== null) q.set("from", new Date(filters.from).toISOString());
  if (filters.to !== null) q.set("to", new Date(filters.to).toISOString());
  if (filters.kinds.length) q.set("transaction-kinds", filters.kinds.join(","));
  if (filters.spheres.length) q.set("spheres", filters.spheres.join(","));
  if (measures.length) q.set("measures", measures.join(","));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export class ApiClient {
  constructor(private readonly base = "", private credentials: Credentials = anonymous) {}

  useCredentials(credentials: Credentials): void {
    this.credentials = credentials;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
    const headers: Record<string, string> = { Accept: "application/json", ...this.credentials.headers(method) };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    try {
      response = await fetch(this.base + path, { method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiError(0, "network", `The server could not be reached (${String(e)})`);
    }
    if (!response.ok) {
      let type = "about:blank", detail = `${response.status} ${response.statusText}`;
      try {
        const problem = (await response.json()) as { type?: string; title?: string; detail?: string };
        type = problem.type ?? type;
        detail = problem.detail ?? problem.title ?? detail;
      } catch { /* not a problem document */ }
      throw new ApiError(response.status, type, detail);
    }
    const data = response.status === 204 ? (undefined as T) : ((await response.json()) as T);
    return { status: response.status, data };
  }

  // ---- session (cookie + CSRF) -----------------------------------------------------------------------

  /** The current session, or null when not logged in (401). */
  async session(): Promise<Session | null> {
    try {
      const session = (await this.request<Session>("GET", SESSION)).data;
      this.useCredentials(sessionCredentials(session));
      return session;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  }

  /** Logs in with an API key; the key is sent once and never kept (the server sets the session cookie). */
  async login(key: string): Promise<Session> {
    const session = (await this.request<Session>("POST", SESSION, { key })).data;
    this.useCredentials(sessionCredentials(session));
    return session;
  }

  async logout(): Promise<void> {
    await this.request<void>("DELETE", SESSION);
    this.useCredentials(anonymous);
  }

  /** Analysis options from the service's OpenAPI document (names, types, choices, defaults). */
  async analysisOptions(): Promise<Map<string, OptionSchema[]>> {
    return analysisOptions((await this.request<unknown>("GET", "/openapi/v1.json")).data);
  }

  // ---- case data --------------------------------------------------------------------------------------

  private version(caseName: string, version: number): string {
    return `${API}/cases/${encodeURIComponent(caseName)}/versions/${version}`;
  }

  async cases(): Promise<CaseInfo[]> {
    return (await this.request<CaseInfo[]>("GET", `${API}/cases`)).data;
  }

  async versions(caseName: string): Promise<VersionInfo[]> {
    return (await this.request<VersionInfo[]>("GET", `${API}/cases/${encodeURIComponent(caseName)}/versions`)).data;
  }

  /** The store's look-up: agents by name or id, one page. */
  async searchAgents(caseName: string, version: number, q: string, limit = 20): Promise<AgentPage> {
    const query = new URLSearchParams({ q, limit: String(limit) });
    return (await this.request<AgentPage>("GET", `${this.version(caseName, version)}/agents?${query}`)).data;
  }

  async agent(caseName: string, version: number, id: string): Promise<Record<string, unknown>> {
    return (await this.request<Record<string, unknown>>("GET", `${this.version(caseName, version)}/agents/${encodeURIComponent(id)}`)).data;
  }

  /** The graph as column arrays, filtered by the server like a projection. */
  async graph(caseName: string, version: number, filters: Filters, measures: readonly string[] = []): Promise<ColumnGraph> {
    const { data } = await this.request<unknown>("GET", `${this.version(caseName, version)}/graph${graphQuery(filters, measures)}`);
    performance.mark("netan:graph-received");
    return decodeGraph(data);
  }

  /** Transactions over time for the histogram behind the time filter. */
  async timeline(caseName: string, version: number, buckets: number, kinds: readonly string[] = []): Promise<Timeline> {
    const q = new URLSearchParams({ buckets: String(buckets) });
    if (kinds.length) q.set("transaction-kinds", kinds.join(","));
    return (await this.request<Timeline>("GET", `${this.version(caseName, version)}/timeline?${q}`)).data;
  }

  /** Asks to see protected identities of a case for `minutes`, with a written reason (supervisor; audited). */
  async unmask(caseName: string, reason: string, minutes: number): Promise<UnmaskGrant> {
    return (await this.request<UnmaskGrant>("POST", `${API}/cases/${encodeURIComponent(caseName)}/unmask`, { reason, minutes })).data;
  }

  /** The real identity behind a pseudonym, under a live unmask grant (audited). */
  async identity(caseName: string, version: number, pseudonym: string): Promise<Identity> {
    return (await this.request<Identity>("GET", `${this.version(caseName, version)}/agents/${encodeURIComponent(pseudonym)}/identity`)).data;
  }

  /** Runs an analysis: the rows when it answers at once, or the job it started (202). */
  async analysis(caseName: string, version: number, name: string, options: Options): Promise<{ result: AnalysisResult } | { job: JobRecord }> {
    const { status, data } = await this.request<AnalysisResult | JobRecord>("POST", `${this.version(caseName, version)}/analyses/${name}`, options);
    return status === 202 ? { job: data as JobRecord } : { result: data as AnalysisResult };
  }

  async job(id: string): Promise<JobRecord> {
    return (await this.request<JobRecord>("GET", `${API}/jobs/${encodeURIComponent(id)}`)).data;
  }

  async cancelJob(id: string): Promise<JobRecord> {
    return (await this.request<JobRecord>("DELETE", `${API}/jobs/${encodeURIComponent(id)}`)).data;
  }

  async jobResult(id: string): Promise<AnalysisResult> {
    return (await this.request<AnalysisResult>("GET", `${API}/jobs/${encodeURIComponent(id)}/result`)).data;
  }
}
