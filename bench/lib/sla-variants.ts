/**
 * The message path of bench/sla.ts in four variants, to measure what the SLA adds to it:
 *
 * - `none`: the ticket UPDATE every message sends (activity, version), without any SLA work;
 * - `folded`: what the message paths do now (tickets/messages.service.ts, email ingest): the SLA
 *   patch from `slaPatchFor` (one light read, policies and calendars from memory) written by that
 *   same UPDATE;
 * - `separate`: the same UPDATE, then `applySla` (light read, compute, its own UPDATE) — what callers
 *   without an UPDATE of their own (status or priority changes, merges, chat assignment) still do;
 * - `previous`: the implementation before (commit a6b4605): the UPDATE, then one read of the ticket
 *   row with its policies and calendar as JSON on every message, compute, and a second UPDATE.
 *   Its read is reproduced here as it was, so before and after come from the same run.
 *
 * Each step is timed from just before the SLA work (or the UPDATE, for `none`) to its end; the
 * message INSERT before it is the same for every variant and left out. CPU per step: this
 * process (`process.cpuUsage`) and, when the database runs on this machine, its backend
 * (`/proc/<pid>/schedstat`, nanoseconds on the CPU).
 */
import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import type { CustomerFlag } from '../../packages/contracts/src/index.ts';
import type { Db } from '../../apps/server/src/platform/db.ts';
import { newId } from '../../apps/server/src/platform/crypto.ts';
import { messages, tickets } from '../../apps/server/src/modules/tickets/index.ts';
import { applySla, recomputeSla, slaPatchFor } from '../../apps/server/src/modules/sla/sla-apply.ts';
import { calendarFromJson, policyFromJson } from '../../apps/server/src/modules/sla/sla-config.ts';
import { slaColumns } from '../../apps/server/src/modules/sla/sla-compute.ts';
import type { HeardMessage } from '../../apps/server/src/modules/sla/sla-load.ts';

export const VARIANTS = ['none', 'folded', 'separate', 'previous'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface Step {
  /** Wall-clock ms of the timed part (SLA work and the ticket UPDATE). */
  ms: number;
  /** Wall-clock ms of the SLA work alone (0 for `none`). */
  slaMs: number;
  nodeCpuUs: number;
  /** Database backend CPU in µs; null when it cannot be read. */
  dbCpuUs: number | null;
  statements: number;
}

export interface BenchTicket {
  id: string;
  organization_id: string;
  customer_id: string | null;
  channel: string;
}

type Json = Record<string, unknown>;

/** The read the previous implementation sent on every message (a6b4605, sla-load.ts), unchanged. */
async function previousInputs(tx: Db, ticketId: string) {
  const [row] = await tx
    .select({
      ticket: tickets,
      flags: sql<CustomerFlag[] | null>`(SELECT c.flags FROM customers c WHERE c.id = tickets.customer_id)`,
      calendar: sql<Json | null>`(SELECT row_to_json(cal) FROM calendars cal
        JOIN queues q ON q.calendar_id = cal.id WHERE q.id = tickets.queue_id)`,
      policies: sql<Json[] | null>`(SELECT json_agg(p ORDER BY p.position, p.created_at) FROM sla_policies p
        WHERE p.organization_id = tickets.organization_id AND p.active)`,
      messages: sql<Array<{ id: string; a: 'customer' | 'agent'; at: string }> | null>`(
        SELECT json_agg(json_build_object('id', m.id, 'a', m.author_type, 'at', m.created_at)
          ORDER BY m.created_at, m.id)
        FROM messages m WHERE m.ticket_id = tickets.id AND m.kind = 'reply'
          AND m.author_type IN ('customer', 'agent')
          AND m.created_at >= COALESCE(to_timestamp((tickets.sla->>'seenAt')::double precision / 1000)
            - interval '1 millisecond', '-infinity'::timestamptz))`,
    })
    .from(tickets)
    .where(eq(tickets.id, sql.placeholder('ticketId')))
    .prepare('bench_sla_previous_inputs')
    .execute({ ticketId });
  if (!row) return null;
  return {
    ticket: row.ticket,
    customerFlags: row.flags ?? [],
    companyId: null,
    calendar: row.calendar ? calendarFromJson(row.calendar) : null,
    policies: (row.policies ?? []).map(policyFromJson),
    messages: (row.messages ?? []).map((m): HeardMessage => ({
      id: m.id,
      author: m.a,
      at: Date.parse(m.at),
    })),
  };
}

/** The previous `applySla`: the read above, compute, and its own UPDATE when something changed. */
async function previousApplySla(tx: Db, ticketId: string, now: Date) {
  const inputs = await previousInputs(tx, ticketId);
  if (!inputs) return;
  const sla = recomputeSla(inputs, now);
  if (JSON.stringify(sla) === JSON.stringify(inputs.ticket.sla)) return;
  await tx
    .update(tickets)
    .set({ sla, ...slaColumns(sla) })
    .where(eq(tickets.id, ticketId));
}

/** Nanoseconds the process `pid` has spent on a CPU (Linux), or null. */
export function cpuNs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

/** A customer message stored on the ticket (not timed: the same for every variant). */
export async function storeMessage(tx: Db, t: BenchTicket, at: Date): Promise<void> {
  await tx.insert(messages).values({
    id: newId(),
    organizationId: t.organization_id,
    ticketId: t.id,
    kind: 'reply',
    direction: 'inbound',
    authorType: 'customer',
    authorId: t.customer_id,
    channel: t.channel as 'email',
    bodyHtml: '<p>Any news?</p>',
    bodyText: 'Any news?',
    mentions: [],
    createdAt: at,
  });
}

/**
 * The timed part of one message arrival in `variant`. `statements` reads the caller's counter of
 * statements sent; `dbPid` is the transaction's backend on this machine (null: not measured).
 */
export async function timedStep(
  tx: Db,
  variant: Variant,
  ticketId: string,
  at: Date,
  statements: () => number,
  dbPid: number | null,
): Promise<Step> {
  const touch = { lastActivityAt: at, updatedAt: at, version: sql`${tickets.version} + 1` };
  const db0 = cpuNs(dbPid);
  const sent = statements();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let slaMs = 0;
  if (variant === 'none') {
    await tx.update(tickets).set(touch).where(eq(tickets.id, ticketId));
  } else if (variant === 'folded') {
    const patch = await slaPatchFor(tx, ticketId, at);
    slaMs = performance.now() - t0;
    await tx
      .update(tickets)
      .set({ ...patch, ...touch })
      .where(eq(tickets.id, ticketId));
  } else {
    await tx.update(tickets).set(touch).where(eq(tickets.id, ticketId));
    const s0 = performance.now();
    if (variant === 'separate') await applySla(tx, ticketId, at);
    else await previousApplySla(tx, ticketId, at);
    slaMs = performance.now() - s0;
  }
  const ms = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  const db1 = cpuNs(dbPid);
  return {
    ms,
    slaMs,
    nodeCpuUs: used.user + used.system,
    dbCpuUs: db0 === null || db1 === null ? null : (db1 - db0) / 1000,
    statements: statements() - sent,
  };
}
