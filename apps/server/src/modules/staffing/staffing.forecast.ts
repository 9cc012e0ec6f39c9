import { and, eq, sql } from 'drizzle-orm';
import type { AhtSource, ForecastQuery, StaffingForecast } from '@kontakt/contracts';
import { forecastWeek, SLOT_MINUTES, type SlotCount } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { queryRows, type Db } from '../../platform/db.ts';
import { findOrganizationSettings } from '../organizations/organizations.settings.ts';
import { queues } from '../tickets/index.ts';
import { getStaffingSettings } from './staffing.settings.ts';

const DAY_MS = 86_400_000;
const SLOT_MS = SLOT_MINUTES * 60_000;

/** The history window: whole weeks ending at the start of the current half hour. */
export function historyWindow(now: Date, weeks: number): { from: Date; to: Date } {
  const to = new Date(Math.floor(now.getTime() / SLOT_MS) * SLOT_MS);
  return { from: new Date(to.getTime() - weeks * 7 * DAY_MS), to };
}

/** Contacts created per local weekday × half hour (tickets of every channel, chats included). */
async function slotCounts(
  db: Db,
  org: string,
  queueId: string | null,
  tz: string,
  w: { from: Date; to: Date },
): Promise<SlotCount[]> {
  const local = sql`(t.created_at AT TIME ZONE ${tz})`;
  return queryRows<SlotCount>(
    db,
    sql`SELECT extract(isodow FROM ${local})::int AS weekday,
               (extract(hour FROM ${local}) * 2 + floor(extract(minute FROM ${local}) / 30))::int AS slot,
               count(*)::int AS contacts
          FROM tickets t
         WHERE t.organization_id = ${org}
           AND t.created_at >= ${w.from.toISOString()} AND t.created_at < ${w.to.toISOString()}
           ${queueId ? sql`AND t.queue_id = ${queueId}` : sql``}
         GROUP BY 1, 2`,
  );
}

/** Handle time from timed work on tickets, else from chat durations, else the organization default. */
async function handleTime(
  db: Db,
  org: string,
  queueId: string | null,
  w: { from: Date; to: Date },
  fallback: number,
): Promise<{ ahtSeconds: number; ahtSource: AhtSource }> {
  const range = sql`>= ${w.from.toISOString()} AND`;
  const [timed] = await queryRows<{ seconds: number | null; contacts: number }>(
    db,
    sql`SELECT sum(extract(epoch FROM e.ended_at - e.started_at))::float8 AS seconds,
               count(DISTINCT e.ticket_id)::int AS contacts
          FROM time_entries e
         WHERE e.organization_id = ${org} AND e.ticket_id IS NOT NULL
           AND e.started_at ${range} e.started_at < ${w.to.toISOString()}
           ${queueId ? sql`AND e.queue_id = ${queueId}` : sql``}`,
  );
  if (timed && timed.contacts > 0 && (timed.seconds ?? 0) > 0)
    return { ahtSeconds: timed.seconds! / timed.contacts, ahtSource: 'time_entries' };
  const [chats] = await queryRows<{ seconds: number | null }>(
    db,
    sql`SELECT avg(extract(epoch FROM s.ended_at - s.accepted_at))::float8 AS seconds
          FROM chat_sessions s
         WHERE s.organization_id = ${org} AND s.accepted_at IS NOT NULL AND s.ended_at IS NOT NULL
           AND s.created_at ${range} s.created_at < ${w.to.toISOString()}
           ${queueId ? sql`AND s.queue_id = ${queueId}` : sql``}`,
  );
  if (chats?.seconds && chats.seconds > 0) return { ahtSeconds: chats.seconds, ahtSource: 'chat_durations' };
  return { ahtSeconds: fallback, ahtSource: 'organization_default' };
}

/** Required agents per half hour of the coming week, from the last weeks' contacts. */
export async function staffingForecast(ctx: ServiceCtx, q: ForecastQuery): Promise<StaffingForecast> {
  const org = ctx.actor.organizationId;
  const queueId = q.queue ?? null;
  if (queueId) {
    const [queue] = await ctx.db
      .select({ id: queues.id })
      .from(queues)
      .where(and(eq(queues.organizationId, org), eq(queues.id, queueId)));
    if (!queue) throw notFound('Queue');
  }
  const [{ timeZone }, settings] = await Promise.all([
    findOrganizationSettings(ctx.db, org),
    getStaffingSettings(ctx.db, org),
  ]);
  const w = historyWindow(ctx.now, q.weeks);
  const counts = await slotCounts(ctx.db, org, queueId, timeZone, w);
  const aht = await handleTime(ctx.db, org, queueId, w, settings.defaultAhtSeconds);
  const slots = forecastWeek(counts, {
    weeks: q.weeks,
    ahtSeconds: aht.ahtSeconds,
    serviceLevelTarget: settings.serviceLevelTarget,
    thresholdSeconds: settings.thresholdSeconds,
    shrinkage: settings.shrinkage,
  });
  return {
    queueId,
    weeks: q.weeks,
    timeZone,
    historyFrom: w.from.toISOString(),
    historyTo: w.to.toISOString(),
    contactsInHistory: counts.reduce((s, c) => s + c.contacts, 0),
    ...aht,
    settings,
    slots,
  };
}
