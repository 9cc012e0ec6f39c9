import { createHmac } from 'node:crypto';
import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { QUEUE_OPTIONS, type JobMap } from '../../jobs/job-map.ts';
import { automationWebhooks } from './automation.table.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'events' | 'log'>;

/** pg-boss tries a delivery this often before it gives up (the first try and the retries). */
const ATTEMPTS = (QUEUE_OPTIONS['automation.webhook']?.retryLimit ?? 3) + 1;

/** Webhooks stored by transactions of this process, by ticket, waiting for the commit's event. */
const pending = new Map<string, string[]>();

/** Remembers a stored delivery so the ticket's next event (after the commit) enqueues it at once. */
export function noteWebhook(ticketId: string, deliveryId: string): void {
  pending.set(ticketId, [...(pending.get(ticketId) ?? []), deliveryId]);
}

/** The signature header value: hex HMAC-SHA256 of "<timestamp>.<body>" with the rule's secret. */
export const webhookSignature = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** Enqueues deliveries (job id = delivery id, so twice is once) and marks them enqueued. */
export async function enqueueWebhooks(deps: Deps, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const id of ids) await deps.jobs.send('automation.webhook', { deliveryId: id }, { id });
  await deps.db
    .update(automationWebhooks)
    .set({ enqueuedAt: deps.clock.now() })
    .where(and(inArray(automationWebhooks.id, ids), isNull(automationWebhooks.enqueuedAt)));
}

/** After a commit, a ticket's new webhooks are enqueued (a rolled-back one is simply not found). */
export function watchWebhooks(deps: Deps): () => void {
  return deps.events.subscribe((e) => {
    if (!('ticket' in e) || !e.ticket) return;
    const ids = pending.get(e.ticket.id);
    if (!ids) return;
    pending.delete(e.ticket.id);
    enqueueWebhooks(deps, ids).catch((err: unknown) =>
      deps.log.error({ err }, 'enqueueing webhooks failed; the automation sweep will'),
    );
  });
}

/** Deliveries stored over a minute ago and never enqueued (a crash, or no event followed). */
export async function enqueueStrayWebhooks(deps: Deps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - 60_000);
  const rows = await deps.db
    .select({ id: automationWebhooks.id })
    .from(automationWebhooks)
    .where(
      and(
        eq(automationWebhooks.status, 'queued'),
        isNull(automationWebhooks.enqueuedAt),
        lte(automationWebhooks.createdAt, cutoff),
      ),
    )
    .limit(500);
  await enqueueWebhooks(
    deps,
    rows.map((r) => r.id),
  );
  return rows.length;
}

/** Marks a delivery's attempt; answers the row or null when there is nothing to send. */
async function claim(db: Db, id: string) {
  const [row] = await db.select().from(automationWebhooks).where(eq(automationWebhooks.id, id));
  return row && row.status === 'queued' ? row : null;
}

/**
 * The `automation.webhook` job: POSTs the stored payload with `X-Kontakt-Signature` and
 * `X-Kontakt-Timestamp`. A non-2xx answer or a network error throws, so pg-boss retries with
 * backoff; the attempt count and the last error are kept on the delivery.
 */
export function webhookJob(deps: Deps, opts: { timeoutMs?: number } = {}) {
  return async ({ deliveryId }: JobMap['automation.webhook']): Promise<void> => {
    const row = await claim(deps.db, deliveryId);
    if (!row) return;
    const body = JSON.stringify(row.payload);
    const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000));
    let error: string | null = null;
    try {
      const res = await fetch(row.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Kontakt-Webhook/1',
          'x-kontakt-delivery': row.id,
          'x-kontakt-timestamp': timestamp,
          'x-kontakt-signature': webhookSignature(row.secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (err) {
      error = err instanceof Error ? err.name : 'network error';
    }
    await deps.db
      .update(automationWebhooks)
      .set({
        attempts: row.attempts + 1,
        lastError: error,
        ...(error
          ? row.attempts + 1 >= ATTEMPTS
            ? { status: 'failed' as const }
            : {}
          : { status: 'delivered' as const, deliveredAt: deps.clock.now() }),
      })
      .where(eq(automationWebhooks.id, row.id));
    if (error) throw new Error(`webhook delivery ${row.id} failed: ${error}`);
  };
}
