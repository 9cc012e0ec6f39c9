import autocannon from 'autocannon';

export type LoadRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /**
   * Varies the request: called before every send with a counter shared by all connections
   * (0, 1, 2, …); what it returns replaces `path` and/or `body` (e.g. rotating search words, a
   * unique customer e-mail). Uses autocannon's `setupRequest`.
   */
  vary?: (n: number) => { path?: string; body?: string };
};

export type LoadOptions = { connections: number; durationS: number; warmupS: number };

export type LoadResult = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts (autocannon counts timeouts as errors too). */
  errors: number;
  /** Requests without an answer within the per-request timeout (also counted in `errors`). */
  timeouts: number;
  /** Answers outside 2xx; any of them fails the scenario. */
  non2xx: number;
  total: number;
  /** Count per HTTP status, so a failure says what the server answered. */
  statuses: Record<string, number>;
};

/** Latency samples kept per run at most; at ~1,000 req/s for a minute this is never reached. */
const MAX_SAMPLES = 1_000_000;

/** Nearest-rank percentile of sorted samples, rounded to 0.1 ms. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i]! * 10) / 10;
}

/**
 * One bounded load phase (`timeoutS`: seconds per request before it counts as an error): a warm-up (left out of the figures, so JIT and connection set-up do not
 * skew them), then `durationS` seconds of closed-loop load with `connections` concurrent clients.
 * Percentiles are computed from every response's latency in the measured phase (autocannon's own
 * histogram has no p95).
 */
export async function runLoad(
  baseUrl: string,
  req: LoadRequest,
  opts: LoadOptions,
  timeoutS = 10,
): Promise<LoadResult> {
  let n = 0;
  const vary = req.vary;
  const instance = autocannon({
    url: baseUrl,
    connections: opts.connections,
    duration: opts.durationS,
    timeout: timeoutS,
    requests: [
      {
        method: req.method ?? 'GET',
        path: req.path,
        headers: req.headers ?? {},
        ...(req.body === undefined ? {} : { body: req.body }),
        ...(vary ? { setupRequest: (r) => ({ ...r, ...vary(n++) }) } : {}),
      },
    ],
    ...(opts.warmupS > 0 ? { warmup: { connections: opts.connections, duration: opts.warmupS } } : {}),
  });
  const samples: number[] = [];
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300 && samples.length < MAX_SAMPLES) samples.push(responseTime);
  });
  const r = await instance;
  samples.sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats)) statuses[code] = s.count;
  return {
    rps: Math.round(r.requests.average),
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
    statuses,
  };
}
