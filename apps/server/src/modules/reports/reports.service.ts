import { sql } from 'drizzle-orm';
import type {
  AgentReport,
  AgentReportList,
  ReportDrillPage,
  ReportDrillQuery,
  ReportFilters,
  ReportKpis,
  ReportOverview,
} from '@kontakt/contracts';
import { ratio } from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { queryRows } from '../../platform/db.ts';
import { findOrganizationSettings } from '../organizations/index.ts';
import { reportScope, inPeriod, sliceWhere, type ReportScope } from './report-filters.ts';
import { backlogKpis, fcrKpi, reopenKpi, slaKpis, timeKpis, volumeKpis } from './report-tickets.kpis.ts';
import { chatKpis, presenceKpis, satisfactionKpis } from './report-people.kpis.ts';
import { reportRows } from './report-rows.ts';
import { rollupFreshAt } from './rollup-sweep.ts';

/** The scope of a report for this actor (period in the organization's zone). */
export async function scopeFor(ctx: ServiceCtx, filters: ReportFilters): Promise<ReportScope> {
  const settings = await findOrganizationSettings(ctx.db, ctx.actor.organizationId);
  return reportScope(ctx.actor.organizationId, settings.timeZone, filters, ctx.now);
}

/** Every KPI of the scope (DOMAIN.md §3). */
export async function computeKpis(ctx: Pick<ServiceCtx, 'db'>, s: ReportScope): Promise<ReportKpis> {
  const db = ctx.db;
  const [volume, times, sla, backlog, reopen, fcr, people, chat, satisfaction] = await Promise.all([
    volumeKpis(db, s),
    timeKpis(db, s),
    slaKpis(db, s),
    backlogKpis(db, s),
    reopenKpi(db, s),
    fcrKpi(db, s),
    presenceKpis(db, s),
    chatKpis(db, s),
    satisfactionKpis(db, s),
  ]);
  return {
    volume,
    times,
    sla,
    backlog,
    reopen,
    fcr,
    aht: people.aht,
    chat,
    presence: people.presence,
    satisfaction,
  };
}

/** `GET /reports/overview`. */
export async function getOverview(ctx: ServiceCtx, filters: ReportFilters): Promise<ReportOverview> {
  const s = await scopeFor(ctx, filters);
  const [kpis, fresh] = await Promise.all([computeKpis(ctx, s), rollupFreshAt(ctx.db)]);
  return { filters: s.applied, freshAt: fresh?.toISOString() ?? null, kpis };
}

/** `GET /reports/agents/me`: the actor's own tickets and presence. */
export async function getMyReport(ctx: ServiceCtx, filters: ReportFilters): Promise<AgentReport> {
  const [me] = await queryRows<{ name: string }>(
    ctx.db,
    sql`SELECT name FROM agents WHERE id = ${ctx.actor.agentId} AND organization_id = ${ctx.actor.organizationId}`,
  );
  if (!me) throw notFound('Agent');
  const s = await scopeFor(ctx, { ...filters, agentId: ctx.actor.agentId });
  const [kpis, fresh] = await Promise.all([computeKpis(ctx, s), rollupFreshAt(ctx.db)]);
  return {
    agent: { id: ctx.actor.agentId, name: me.name },
    filters: s.applied,
    freshAt: fresh?.toISOString() ?? null,
    kpis,
  };
}

/** `GET /reports/agents`: one comparison row per agent of the organization. */
export async function listAgentReports(ctx: ServiceCtx, filters: ReportFilters): Promise<AgentReportList> {
  const s = await scopeFor(ctx, filters);
  const now = s.now.toISOString();
  const rows = await queryRows<Record<string, string | number | null>>(
    ctx.db,
    sql`SELECT ag.id, ag.name,
        (SELECT count(*) FROM report_ticket_facts f WHERE ${sliceWhere(s, 'f')} AND f.assignee_id = ag.id AND ${inPeriod(s, 'f.first_solved_day')})::int AS solved,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f.first_response_seconds) FROM report_ticket_facts f
          WHERE ${sliceWhere(s, 'f')} AND f.assignee_id = ag.id AND ${inPeriod(s, 'f.first_response_day')}) AS fr,
        (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY f.resolution_first_seconds) FROM report_ticket_facts f
          WHERE ${sliceWhere(s, 'f')} AND f.assignee_id = ag.id AND ${inPeriod(s, 'f.first_solved_day')}) AS res,
        (SELECT json_build_array(
            count(*) FILTER (WHERE f.sla_resolution = 'met' OR f.sla_first_response = 'met'),
            count(*) FILTER (WHERE f.sla_resolution = 'breached' OR f.sla_first_response = 'breached'
              OR (f.sla_resolution = 'running' AND f.sla_resolution_due_at <= ${now})),
            count(*) FILTER (WHERE f.reopen_count > 0))
          FROM report_ticket_facts f WHERE ${sliceWhere(s, 'f')} AND f.assignee_id = ag.id AND ${inPeriod(s, 'f.created_day')}) AS slar,
        (SELECT json_build_array(sum(talk_seconds + after_contact_seconds), sum(chats_handled), sum(handle_seconds), sum(available_seconds))
          FROM report_agent_days d WHERE d.organization_id = ag.organization_id AND d.agent_id = ag.id AND ${inPeriod(s, 'd.day')}) AS pres,
        (SELECT json_build_array(count(*) FILTER (WHERE score >= 4), count(*)) FROM survey_answers sa
          WHERE sa.organization_id = ag.organization_id AND sa.agent_id = ag.id AND sa.kind = 'csat'
            AND sa.created_at >= ${s.start.toISOString()} AND sa.created_at < ${s.end.toISOString()}) AS csat
      FROM agents ag WHERE ag.organization_id = ${s.organizationId} AND ag.active
        ${s.applied.agentId ? sql`AND ag.id = ${s.applied.agentId}` : sql``}
        ${s.applied.teamId ? sql`AND ag.id IN (SELECT agent_id FROM team_members WHERE team_id = ${s.applied.teamId})` : sql``}
      ORDER BY ag.name`,
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    filters: s.applied,
    items: rows.map((r) => {
      const [met = 0, breached = 0] = (r.slar as unknown as number[]) ?? [];
      const [handleSum, chats, handle, available] = ((r.pres as unknown as Array<number | null>) ?? []).map(
        num,
      );
      const [ok = 0, all = 0] = (r.csat as unknown as number[]) ?? [];
      const solved = Number(r.solved);
      const reopened = Number(((r.slar as unknown as number[]) ?? [])[2] ?? 0);
      const working = (handle ?? 0) + (available ?? 0);
      return {
        agentId: String(r.id),
        name: String(r.name),
        solved,
        firstResponseMedianSeconds: num(r.fr),
        resolutionMedianSeconds: num(r.res),
        slaCompliance: ratio(Number(met), Number(met) + Number(breached)).value,
        reopenRate: ratio(reopened, solved).value,
        ahtSeconds: chats ? (handleSum ?? 0) / chats : null,
        csat: ratio(Number(ok), Number(all)).value,
        occupancy: working > 0 ? (handle ?? 0) / working : null,
      };
    }),
  };
}

/**
 * Narrows a report to what the actor may see: leads, QA and admins everything; agents only their
 * own tickets (asking for someone else's is forbidden).
 */
export function personalFilters<F extends ReportFilters>(ctx: ServiceCtx, f: F): F {
  if (ctx.actor.role !== 'agent') return f;
  if (f.agentId && f.agentId !== ctx.actor.agentId) throw forbidden('Agents see only their own numbers.');
  return { ...f, agentId: ctx.actor.agentId };
}

/** `GET /reports/drill`: the tickets behind a number, a page at a time. */
export async function drillDown(ctx: ServiceCtx, q: ReportDrillQuery): Promise<ReportDrillPage> {
  const f = personalFilters(ctx, q);
  const s = await scopeFor(ctx, f);
  return reportRows(ctx.db, s, q.metric, q.bucket, { cursor: q.cursor, limit: q.limit });
}
