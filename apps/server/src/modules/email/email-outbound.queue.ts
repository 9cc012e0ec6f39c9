import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import type { EventBus } from '../../realtime/event-bus.ts';
import { emailOutbound } from './email.table.ts';

/** What the outbound queue needs to know of a stored message. */
export interface OutboundMessageRef {
  id: string;
  organizationId: string;
  ticketId: string;
  channel: string;
  kind: 'reply' | 'note';
  direction: 'inbound' | 'outbound' | 'internal';
  createdAt: Date;
}

/**
 * Queues the e-mail of a public reply on an e-mail ticket, in the caller's transaction (so a
 * reply is never stored without its mail, nor mailed without being stored). Other messages are
 * ignored. The `email.send` job is enqueued after commit (see watchOutboundMessages).
 */
export async function queueEmailReply(tx: Db, message: OutboundMessageRef): Promise<void> {
  if (message.channel !== 'email' || message.kind !== 'reply' || message.direction !== 'outbound') return;
  await tx
    .insert(emailOutbound)
    .values(outboundValues(message, { kind: 'reply', recipient: null, subject: null }))
    .onConflictDoNothing();
}

/** The queued outbound row of a stored message. */
export function outboundValues(
  message: Pick<OutboundMessageRef, 'id' | 'organizationId' | 'ticketId' | 'createdAt'>,
  o: { kind: 'reply' | 'auto_ack'; recipient: string | null; subject: string | null },
): typeof emailOutbound.$inferInsert {
  const now = message.createdAt;
  return {
    id: newId(),
    organizationId: message.organizationId,
    ticketId: message.ticketId,
    messageId: message.id,
    kind: o.kind,
    status: 'queued',
    attempts: 0,
    recipient: o.recipient,
    subject: o.subject,
    createdAt: now,
    updatedAt: now,
  };
}

export interface RetryPolicy {
  emailRetryDelaySeconds: number;
  emailRetryLimit: number;
}

/** Enqueues the send job of one message; at most one job per message waits at a time. */
export async function enqueueEmailSend(jobs: JobQueue, policy: RetryPolicy, messageId: string) {
  await jobs.send(
    'email.send',
    { messageId },
    {
      singletonKey: messageId,
      retryLimit: policy.emailRetryLimit,
      retryDelay: policy.emailRetryDelaySeconds,
      retryBackoff: true,
    },
  );
}

/** After commit: every outbound e-mail message published as created gets its send job. */
export function watchOutboundMessages(
  deps: { events: EventBus; jobs: JobQueue; log: { error(o: object, m: string): void } },
  policy: RetryPolicy,
): () => void {
  return deps.events.subscribe((e) => {
    if (e.type !== 'message.created') return;
    const m = e.message;
    if (m.channel !== 'email' || m.kind !== 'reply' || m.direction !== 'outbound') return;
    enqueueEmailSend(deps.jobs, policy, m.id).catch((err: unknown) =>
      deps.log.error({ err, messageId: m.id }, 'could not enqueue e-mail; the sweep will'),
    );
  });
}

/**
 * The `email.sweep` job: re-enqueues messages never tried a minute after they were stored, so a
 * crash between commit and enqueue loses nothing (tried ones are in pg-boss's retry chain).
 */
export async function sweepQueuedEmail(db: Db, jobs: JobQueue, policy: RetryPolicy, now: Date) {
  const stale = new Date(now.getTime() - 60_000);
  const rows = await db
    .select({ messageId: emailOutbound.messageId })
    .from(emailOutbound)
    .where(
      and(
        eq(emailOutbound.status, 'queued'),
        eq(emailOutbound.attempts, 0),
        lt(emailOutbound.updatedAt, stale),
        or(isNull(emailOutbound.leaseUntil), lt(emailOutbound.leaseUntil, now)),
      ),
    )
    .limit(500);
  for (const r of rows) await enqueueEmailSend(jobs, policy, r.messageId);
  return rows.length;
}
