import type { Logger } from 'pino';
import type { Clock } from '../platform/clock.ts';
import type { KontaktSocket } from './socket-types.ts';

/**
 * How many requests (`ticket.watch`, `ticket.unwatch`, `presence.set`, and any later one) one
 * connection may send. Opening a ticket in the web app costs 2 (watch, viewing) and moving to
 * the next costs 4 (left, unwatch, watch, viewing), so a burst of 40 lets an agent flick through
 * ten tickets with the keyboard without a refusal, and 4 a second (40 per 10 s) is above any
 * human pace. A runaway script is held to 4 requests a second, each of which costs a database
 * look-up and, with several instances, a `fetchSockets()` round trip over Redis.
 */
export const REQUEST_BURST = 40;
export const REQUESTS_PER_SECOND = 4;

/** A token bucket: `take()` spends one token if there is one; tokens come back at a steady rate. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    private clock: Clock,
    private capacity: number,
    private perSecond: number,
  ) {
    this.tokens = capacity;
    this.at = clock.now().getTime();
  }

  take(): boolean {
    const now = this.clock.now().getTime();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

const refusal = {
  ok: false,
  error: { code: 'rate_limited', message: 'Too many requests on this connection; slow down.' },
} as const;

/**
 * Socket middleware: a request over the connection's budget is not processed; its
 * acknowledgement (when the client asked for one) answers `rate_limited`. Logged once per
 * connection, so a flood cannot flood the log too.
 */
export function limitRequests(socket: KontaktSocket, clock: Clock, log: Logger) {
  const bucket = new TokenBucket(clock, REQUEST_BURST, REQUESTS_PER_SECOND);
  let logged = false;
  socket.use((packet, next) => {
    if (bucket.take()) return next();
    const ack = packet.at(-1);
    if (typeof ack === 'function') (ack as (r: typeof refusal) => void)(refusal);
    if (!logged) {
      logged = true;
      log.warn({ agentId: socket.data.agent?.id, event: packet[0] }, 'realtime requests rate-limited');
    }
  });
}
