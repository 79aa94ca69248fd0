// The time filter over the histogram of transactions: a window of whole buckets [lo, hi) turned into the
// half-open time window the server projects with (from inclusive, to exclusive, as `--from`/`--to`).
import type { Filters } from "./viewState";

/** The server's histogram (GET …/timeline). */
export interface TimelineWire { from: string | null; to: string | null; bucketSeconds: number; counts: number[]; undated: number }

export interface Histogram {
  /** Start of bucket 0, ms since the epoch. */
  readonly start: number;
  readonly bucketMs: number;
  readonly counts: readonly number[];
  readonly undated: number;
}

/** Checks and converts the server's histogram; null when no transaction has a time. */
export function histogram(wire: TimelineWire): Histogram | null {
  if (wire.from === null || wire.counts.length === 0) return null;
  const start = Date.parse(wire.from);
  if (!Number.isFinite(start) || !(wire.bucketSeconds >= 1)) throw new Error("timeline: bad from or bucketSeconds");
  return { start, bucketMs: wire.bucketSeconds * 1000, counts: wire.counts, undated: wire.undated };
}

/** The filters for buckets [lo, hi): null bounds for the whole span, so undated transactions stay in. */
export function windowFilters(h: Histogram, lo: number, hi: number): Pick<Filters, "from" | "to"> {
  const n = h.counts.length;
  const a = Math.max(0, Math.min(lo, n)), b = Math.max(a, Math.min(hi, n));
  if (a === 0 && b === n) return { from: null, to: null };
  return { from: h.start + a * h.bucketMs, to: h.start + b * h.bucketMs };
}

/** Transactions in buckets [lo, hi). */
export function countIn(h: Histogram, lo: number, hi: number): number {
  let total = 0;
  for (let i = Math.max(0, lo); i < Math.min(hi, h.counts.length); i++) total += h.counts[i];
  return total;
}

/** Date of a bucket boundary, yyyy-mm-dd (UTC). */
export function boundaryLabel(h: Histogram, i: number): string {
  return new Date(h.start + i * h.bucketMs).toISOString().slice(0, 10);
}
