// Load with autocannon (bounded in time), and single requests timed one by one.
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/xhtml+xml", "user-agent": "Mozilla/5.0 (bench)" };

export async function load(url: string, options: { connections?: number; seconds?: number } = {}): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections ?? 50, duration: options.seconds ?? 5, headers: BROWSER_HEADERS });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

export interface Timing {
  median: number;
  p95: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** One GET, timed; the body read whole. */
export async function timedGet(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; body: string; headers: Headers }> {
  const start = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.text();
  return { ms: performance.now() - start, status: response.status, body, headers: response.headers };
}
