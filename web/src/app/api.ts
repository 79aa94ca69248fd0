// Every request the workbench makes goes through this module, so authentication (bearer key or session
// cookie + CSRF header, issue 14) is added in one place. The UI never computes an analysis: it asks here.
import { decodeGraph, type ColumnGraph } from "../data/columns";
import type { Filters } from "../data/viewState";

/** An RFC 9457 problem document answered by the server, or a network failure. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly type: string, message: string) {
    super(message);
    this.name = "ApiError";
  }
}

export interface Credentials {
  /** Extra headers for every request (e.g. Authorization, X-CSRF-Token). */
  headers(): Record<string, string>;
}

export const anonymous: Credentials = { headers: () => ({}) };

export class ApiClient {
  constructor(private readonly base = "", private credentials: Credentials = anonymous) {}

  useCredentials(credentials: Credentials): void {
    this.credentials = credentials;
  }

  async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(this.base + path, {
      ...init,
      credentials: "same-origin",
      headers: { Accept: "application/json", ...(init.body ? { "Content-Type": "application/json" } : {}), ...this.credentials.headers(), ...(init.headers as Record<string, string> | undefined) },
    });
    if (!response.ok) {
      let type = "about:blank", detail = `${response.status} ${response.statusText}`;
      try {
        const problem = (await response.json()) as { type?: string; title?: string; detail?: string };
        type = problem.type ?? type;
        detail = problem.detail ?? problem.title ?? detail;
      } catch { /* not a problem document */ }
      throw new ApiError(response.status, type, detail);
    }
    return (await response.json()) as T;
  }

  /** The graph of a case version as column arrays, filtered by the server like a projection. */
  async graph(caseId: string, version: number, filters: Filters, measures: readonly string[] = []): Promise<ColumnGraph> {
    const q = new URLSearchParams();
    if (filters.from !== null) q.set("from", new Date(filters.from).toISOString());
    if (filters.to !== null) q.set("to", new Date(filters.to).toISOString());
    for (const k of filters.kinds) q.append("kind", k);
    for (const s of filters.spheres) q.append("sphere", s);
    for (const m of measures) q.append("measure", m);
    const path = `/api/cases/${encodeURIComponent(caseId)}/versions/${version}/graph${q.size ? `?${q}` : ""}`;
    return decodeGraph(await this.json<unknown>(path));
  }
}
