import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../../http/deps.ts';
import { QUEUE_OPTIONS, type JobMap } from '../../jobs/job-map.ts';
import type { Db } from '../../platform/db.ts';
import { notify, tickets } from '../tickets/index.ts';
import { recordOrderEvent } from './order-events.ts';
import { presentOrder } from './orders.presenter.ts';
import { orders, orderSettings, type OrderRow } from './orders.table.ts';

export type FulfilmentDeps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'log' | 'secrets' | 'config'>;

/** pg-boss tries a hand-off this often (the first try and the retries) before it gives up. */
export const FULFILMENT_ATTEMPTS = (QUEUE_OPTIONS['orders.fulfil']?.retryLimit ?? 3) + 1;

/** Hex HMAC-SHA256 of "<timestamp>.<body>" with the organization's fulfilment secret. */
export const fulfilmentSignature = (secret: string, timestamp: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** Constant-time comparison of two signatures. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The organization's fulfilment endpoint and its (opened) secret, or null when not configured. */
export async function fulfilmentTarget(deps: Pick<AppDeps, 'db' | 'secrets'>, organizationId: string) {
  const [s] = await deps.db
    .select()
    .from(orderSettings)
    .where(eq(orderSettings.organizationId, organizationId));
  if (!s?.fulfilmentUrl || !s.fulfilmentSecret) return null;
  return { url: s.fulfilmentUrl, secret: deps.secrets.open(s.fulfilmentSecret) };
}

/** Enqueues a hand-off stored on the order (job id = delivery id, so twice is once). */
export async function enqueueFulfilment(deps: Pick<AppDeps, 'jobs'>, order: OrderRow): Promise<void> {
  if (order.fulfilmentState !== 'pending' || !order.fulfilmentDeliveryId) return;
  await deps.jobs.send(
    'orders.fulfil',
    { orderId: order.id, deliveryId: order.fulfilmentDeliveryId },
    { id: order.fulfilmentDeliveryId },
  );
}

/** Tells the ticket's assignee and the order's author that the hand-off failed for good. */
async function announceFailure(db: Db, order: OrderRow, now: Date) {
  if (!order.ticketId) return;
  const [ticket] = await db.select().from(tickets).where(eq(tickets.id, order.ticketId));
  const agentIds = [ticket?.assigneeId, order.createdById].filter((x): x is string => Boolean(x));
  await notify(db, {
    organizationId: order.organizationId,
    agentIds,
    kind: 'order_failed',
    ticketId: order.ticketId,
    actorId: null,
    now,
  });
}

/**
 * The `orders.fulfil` job: POSTs the order to the organization's fulfilment URL, signed with
 * `X-Kontakt-Signature` over "<timestamp>.<body>". A non-2xx answer or a network error throws, so
 * pg-boss retries with backoff; after the last attempt the order's hand-off is `failed`, its history
 * says so and the people on it get an `order_failed` notification. Success moves a confirmed
 * order to `sent_to_fulfilment`.
 */
export function fulfilmentJob(deps: FulfilmentDeps, opts: { timeoutMs?: number } = {}) {
  return async ({ orderId, deliveryId }: JobMap['orders.fulfil']): Promise<void> => {
    const [order] = await deps.db
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.fulfilmentDeliveryId, deliveryId)));
    if (!order || order.fulfilmentState !== 'pending') return;
    const target = await fulfilmentTarget(deps, order.organizationId);
    const now = deps.clock.now();
    let error: string | null = target ? null : 'fulfilment is not configured';
    if (target) {
      const body = JSON.stringify({
        event: 'order.confirmed',
        deliveryId,
        organizationId: order.organizationId,
        statusUrl: `${deps.config.publicUrl}/api/v1/orders/${order.number}/status`,
        order: { ...(await presentOrder(deps.db, order)), history: undefined },
      });
      const timestamp = String(Math.floor(now.getTime() / 1000));
      try {
        const res = await fetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Kontakt-Fulfilment/1',
            'x-kontakt-delivery': deliveryId,
            'x-kontakt-organization': order.organizationId,
            'x-kontakt-timestamp': timestamp,
            'x-kontakt-signature': fulfilmentSignature(target.secret, timestamp, body),
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
    }
    const attempts = order.fulfilmentAttempts + 1;
    const final = error !== null && attempts >= FULFILMENT_ATTEMPTS;
    await deps.db.transaction(async (tx) => {
      const [locked] = await tx.select().from(orders).where(eq(orders.id, order.id)).for('update');
      if (!locked || locked.fulfilmentDeliveryId !== deliveryId || locked.fulfilmentState !== 'pending')
        return;
      const moves = !error && locked.status === 'confirmed';
      await tx
        .update(orders)
        .set({
          fulfilmentAttempts: attempts,
          fulfilmentLastError: error,
          fulfilmentState: error ? (final ? 'failed' : 'pending') : 'delivered',
          ...(moves ? { status: 'sent_to_fulfilment' as const, version: locked.version + 1 } : {}),
          updatedAt: now,
        })
        .where(eq(orders.id, order.id));
      const system = { type: 'system' as const, id: null };
      if (moves)
        await recordOrderEvent(tx, locked, system, now, {
          kind: 'status_changed',
          from: 'confirmed',
          to: 'sent_to_fulfilment',
        });
      if (final) {
        await recordOrderEvent(tx, locked, system, now, { kind: 'fulfilment_failed', note: error });
        await announceFailure(tx, locked, now);
      }
    });
    if (error) throw new Error(`order ${order.number} hand-off ${deliveryId} failed: ${error}`);
  };
}
