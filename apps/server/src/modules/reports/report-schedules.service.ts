import { sql } from 'drizzle-orm';
import type {
  CreateReportScheduleInput,
  Locale,
  ReportSchedule,
  UpdateReportScheduleInput,
} from '@kontakt/contracts';
import { addDays, isoWeekday, localDateOf, zonedInstant } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { queryRows, type Db } from '../../platform/db.ts';
import { findOrganizationSettings } from '../organizations/index.ts';
import { reportScope } from './report-filters.ts';
import { computeKpis } from './reports.service.ts';
import { periodText, summaryPdf, summaryXlsx } from './report-summary.ts';
import { SUMMARY_LABELS } from './report-summary.labels.ts';

/** Reports go out at 07:00 local time. */
const SEND_MINUTE = 7 * 60;

interface ScheduleRow {
  id: string;
  organization_id: string;
  name: string;
  frequency: 'weekly' | 'monthly';
  format: 'pdf' | 'xlsx';
  recipients: string[];
  filters: ReportSchedule['filters'];
  locale: Locale;
  active: boolean;
  next_run_at: string;
  last_sent_at: string | null;
  created_at: string;
  updated_at: string;
}

const iso = (s: string | null) => (s ? new Date(s).toISOString() : null);
const present = (r: ScheduleRow): ReportSchedule => ({
  id: r.id,
  name: r.name,
  frequency: r.frequency,
  format: r.format,
  recipients: r.recipients,
  filters: r.filters,
  locale: r.locale,
  active: r.active,
  nextRunAt: iso(r.next_run_at)!,
  lastSentAt: iso(r.last_sent_at),
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

const COLS = sql`id, organization_id, name, frequency, format, recipients, filters, locale, active,
  next_run_at::text AS next_run_at, last_sent_at::text AS last_sent_at, created_at::text AS created_at, updated_at::text AS updated_at`;

/** The first local date a run of this frequency happens on after `date` (Monday or the 1st). */
function runDateAfter(frequency: 'weekly' | 'monthly', date: string): string {
  if (frequency === 'weekly') return addDays(date, 8 - isoWeekday(date));
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Pure: the next send instant after `now` (07:00 local on Monday or on the 1st). */
export function nextRunAt(frequency: 'weekly' | 'monthly', timeZone: string, now: Date): Date {
  const today = localDateOf(timeZone, now.getTime());
  const isRunDay = frequency === 'weekly' ? isoWeekday(today) === 1 : today.endsWith('-01');
  const todayAt = zonedInstant(timeZone, today, SEND_MINUTE);
  if (isRunDay && todayAt > now.getTime()) return new Date(todayAt);
  return new Date(zonedInstant(timeZone, runDateAfter(frequency, today), SEND_MINUTE));
}

/** Pure: the complete period a run on local `date` covers (the week or month before). */
export function reportPeriod(frequency: 'weekly' | 'monthly', runDate: string): { from: string; to: string } {
  if (frequency === 'weekly') {
    const monday = addDays(runDate, 1 - isoWeekday(runDate));
    return { from: addDays(monday, -7), to: addDays(monday, -1) };
  }
  const to = addDays(`${runDate.slice(0, 7)}-01`, -1);
  return { from: `${to.slice(0, 7)}-01`, to };
}

async function findSchedule(ctx: ServiceCtx, id: string): Promise<ScheduleRow> {
  const [r] = await queryRows<ScheduleRow>(
    ctx.db,
    sql`SELECT ${COLS} FROM report_schedules WHERE id = ${id} AND organization_id = ${ctx.actor.organizationId}`,
  );
  if (!r) throw notFound('Report schedule');
  return r;
}

const timeZoneOf = async (db: Db, org: string) => (await findOrganizationSettings(db, org)).timeZone;

export async function listSchedules(ctx: ServiceCtx): Promise<ReportSchedule[]> {
  const rows = await queryRows<ScheduleRow>(
    ctx.db,
    sql`SELECT ${COLS} FROM report_schedules WHERE organization_id = ${ctx.actor.organizationId} ORDER BY lower(name), id`,
  );
  return rows.map(present);
}

export const getSchedule = async (ctx: ServiceCtx, id: string) => present(await findSchedule(ctx, id));

export async function createSchedule(
  ctx: ServiceCtx,
  input: CreateReportScheduleInput,
): Promise<ReportSchedule> {
  const id = newId();
  const tz = await timeZoneOf(ctx.db, ctx.actor.organizationId);
  const next = nextRunAt(input.frequency, tz, ctx.now);
  await ctx.db
    .execute(sql`INSERT INTO report_schedules (id, organization_id, name, frequency, format, recipients, filters,
      locale, active, next_run_at, created_by, created_at, updated_at)
    VALUES (${id}, ${ctx.actor.organizationId}, ${input.name}, ${input.frequency}, ${input.format},
      ${sql`ARRAY[${sql.join(
        input.recipients.map((r) => sql`${r}`),
        sql`, `,
      )}]::text[]`}, ${JSON.stringify(input.filters)}::jsonb,
      ${input.locale}, ${input.active}, ${next.toISOString()}, ${ctx.actor.agentId}, ${ctx.now.toISOString()}, ${ctx.now.toISOString()})`);
  return getSchedule(ctx, id);
}

export async function updateSchedule(
  ctx: ServiceCtx,
  id: string,
  input: UpdateReportScheduleInput,
): Promise<ReportSchedule> {
  const cur = await findSchedule(ctx, id);
  const frequency = input.frequency ?? cur.frequency;
  const tz = await timeZoneOf(ctx.db, ctx.actor.organizationId);
  const next =
    frequency !== cur.frequency ? nextRunAt(frequency, tz, ctx.now).toISOString() : cur.next_run_at;
  const recipients = input.recipients ?? cur.recipients;
  await ctx.db
    .execute(sql`UPDATE report_schedules SET name = ${input.name ?? cur.name}, frequency = ${frequency},
      format = ${input.format ?? cur.format},
      recipients = ${sql`ARRAY[${sql.join(
        recipients.map((r) => sql`${r}`),
        sql`, `,
      )}]::text[]`},
      filters = ${JSON.stringify(input.filters ?? cur.filters)}::jsonb, locale = ${input.locale ?? cur.locale},
      active = ${input.active ?? cur.active}, next_run_at = ${next}, updated_at = ${ctx.now.toISOString()}
    WHERE id = ${id} AND organization_id = ${ctx.actor.organizationId}`);
  return getSchedule(ctx, id);
}

export async function deleteSchedule(ctx: ServiceCtx, id: string): Promise<void> {
  await findSchedule(ctx, id);
  await ctx.db.execute(
    sql`DELETE FROM report_schedules WHERE id = ${id} AND organization_id = ${ctx.actor.organizationId}`,
  );
}

/** Builds the document of a schedule for the period before `runAt` and queues one e-mail per recipient. */
async function sendSchedule(
  deps: Pick<AppDeps, 'db' | 'mailer'>,
  r: ScheduleRow,
  runAt: Date,
  now: Date,
): Promise<string[]> {
  const tz = await timeZoneOf(deps.db, r.organization_id);
  const period = reportPeriod(r.frequency, localDateOf(tz, runAt.getTime()));
  const s = reportScope(
    r.organization_id,
    tz,
    {
      ...r.filters,
      ...period,
      granularity: 'day',
      fcrDays: 7,
      slThresholdSeconds: 20,
      slVariant: 'abandons_missed',
      abandonmentVariant: 'all',
    },
    now,
  );
  const kpis = await computeKpis(deps, s);
  const file =
    r.format === 'pdf'
      ? {
          content: await summaryPdf(kpis, s.applied, r.locale, r.name),
          contentType: 'application/pdf',
          ext: 'pdf',
        }
      : {
          content: await summaryXlsx(kpis, s.applied, r.locale, r.name),
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ext: 'xlsx',
        };
  const l = SUMMARY_LABELS[r.locale];
  const text = periodText(s.applied);
  const ids: string[] = [];
  for (const to of r.recipients) {
    ids.push(
      await deps.mailer.queue({
        organizationId: r.organization_id,
        purpose: 'report_schedule',
        to,
        subject: l.mailSubject(r.name, text),
        text: l.mailBody(r.name, text),
        attachments: [
          {
            filename: `report-${period.from}-${period.to}.${file.ext}`,
            contentType: file.contentType,
            content: file.content,
          },
        ],
      }),
    );
  }
  return ids;
}

/** `POST /report-schedules/:id/send`: sends the last complete period now (does not move the schedule). */
export async function sendScheduleNow(
  ctx: ServiceCtx,
  deps: Pick<AppDeps, 'mailer'>,
  id: string,
): Promise<string[]> {
  const r = await findSchedule(ctx, id);
  return sendSchedule({ db: ctx.db, mailer: deps.mailer }, r, ctx.now, ctx.now);
}

/**
 * The `reports.schedules` job: sends every schedule that is due. Each is claimed by moving its
 * next run first (a conditional update), so two workers or a retried job never send it twice.
 */
export async function sweepSchedules(deps: Pick<AppDeps, 'db' | 'mailer' | 'clock'>): Promise<number> {
  const now = deps.clock.now();
  const due = await queryRows<ScheduleRow>(
    deps.db,
    sql`SELECT ${COLS} FROM report_schedules WHERE active AND next_run_at <= ${now.toISOString()} ORDER BY next_run_at LIMIT 50`,
  );
  let sent = 0;
  for (const r of due) {
    const tz = await timeZoneOf(deps.db, r.organization_id);
    const next = nextRunAt(r.frequency, tz, now);
    const claimed = await queryRows<{ id: string }>(
      deps.db,
      sql`UPDATE report_schedules SET next_run_at = ${next.toISOString()}, last_sent_at = ${now.toISOString()}
        WHERE id = ${r.id} AND next_run_at = ${r.next_run_at}::timestamptz RETURNING id`,
    );
    if (claimed.length === 0) continue;
    await sendSchedule(deps, r, new Date(r.next_run_at), now);
    sent++;
  }
  return sent;
}
