// Every request the workbench makes goes through this module, so authentication (bearer key or session
// cookie + CSRF header, issue 14) is added in one place: `useCredentials`. The UI never computes an analysis:
// it asks here. Paths follow the service's endpoint table (/api/v1, issue 13).
import { decodeGraph, type ColumnGraph } from "../data/columns";
import { toGraphWire } from "../data/serverGraph";
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

export interface CaseInfo { name: string; description: string; latestVersion: number }
export interface VersionInfo { version: number; agents?: number; transactions?: number; createdAt?: string }
export interface AgentView { id: string; name: string | null; kind: string; sphere: string; country: string | null; groups: string[]; functions: string[]; protected: boolean }
export interface AgentPage { agents: AgentView[]; total: number; offset: number }
export interface JobRecord { id: string; analysis: string; /** queued, running, succeeded, failed or cancelled (compared without case). */
  state: string; stage: string; progress: number; error?: string | null }
export interface AnalysisResult { analysis: string; result: Row[] | Record<string, unknown> }

export type Options = Record<string, string | number | boolean>;

export const API = "/api/v1";

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
    return decodeGraph(toGraphWire(data));
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
