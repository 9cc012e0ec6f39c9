import autocannon from 'autocannon';

export type LoadRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type LoadOptions = { connections: number; durationS: number; warmupS: number };

export type LoadResult = {
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts (autocannon counts timeouts as errors too). */
  errors: number;
  /** Answers outside 2xx; any of them fails the scenario. */
  non2xx: number;
  total: number;
  /** Count per HTTP status, so a failure says what the server answered. */
  statuses: Record<string, number>;
};

/**
 * One bounded load phase: a warm-up (left out of the figures, so JIT and connection set-up do not
 * skew them), then `durationS` seconds of closed-loop load with `connections` concurrent clients.
 */
export async function runLoad(baseUrl: string, req: LoadRequest, opts: LoadOptions): Promise<LoadResult> {
  const r = await autocannon({
    url: baseUrl + req.path,
    method: req.method ?? 'GET',
    headers: req.headers ?? {},
    ...(req.body === undefined ? {} : { body: req.body }),
    connections: opts.connections,
    duration: opts.durationS,
    timeout: 10,
    ...(opts.warmupS > 0 ? { warmup: { connections: opts.connections, duration: opts.warmupS } } : {}),
  });
  const statuses: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats)) statuses[code] = s.count;
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    total: r.requests.total,
    statuses,
  };
}
