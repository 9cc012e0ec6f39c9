import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { CreateSurveyCampaignInput, SurveyCampaign } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { queues } from '../tickets/index.ts';
import { surveyAnswers, surveyCampaigns, surveyRequests, type SurveyCampaignRow } from './surveys.table.ts';
import { sendSurveyRequest } from './survey-send.service.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'mailer' | 'secrets' | 'config' | 'log'>;
const BATCH = 50;

const iso = (d: Date | null) => d?.toISOString() ?? null;

async function answerCounts(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ id: surveyAnswers.campaignId, n: count() })
    .from(surveyAnswers)
    .where(inArray(surveyAnswers.campaignId, ids))
    .groupBy(surveyAnswers.campaignId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

export const presentCampaign = (c: SurveyCampaignRow, answers: number): SurveyCampaign => ({
  id: c.id,
  kind: c.kind,
  name: c.name,
  audience: c.audience,
  status: c.status,
  recipientsTotal: c.recipientsTotal,
  recipientsDone: c.recipientsDone,
  answers,
  createdAt: c.createdAt.toISOString(),
  startedAt: iso(c.startedAt),
  finishedAt: iso(c.finishedAt),
});

export async function listCampaigns(ctx: ServiceCtx): Promise<SurveyCampaign[]> {
  const rows = await ctx.db
    .select()
    .from(surveyCampaigns)
    .where(eq(surveyCampaigns.organizationId, ctx.actor.organizationId))
    .orderBy(desc(surveyCampaigns.createdAt))
    .limit(200);
  const answers = await answerCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentCampaign(r, answers.get(r.id) ?? 0));
}

async function campaignOf(db: Db, organizationId: string, id: string) {
  const [c] = await db
    .select()
    .from(surveyCampaigns)
    .where(and(eq(surveyCampaigns.id, id), eq(surveyCampaigns.organizationId, organizationId)));
  if (!c) throw notFound('Campaign');
  return c;
}

export async function getCampaign(ctx: ServiceCtx, id: string): Promise<SurveyCampaign> {
  const c = await campaignOf(ctx.db, ctx.actor.organizationId, id);
  return presentCampaign(c, (await answerCounts(ctx.db, [id])).get(id) ?? 0);
}

export async function createCampaign(ctx: ServiceCtx, input: CreateSurveyCampaignInput) {
  const org = ctx.actor.organizationId;
  const queueIds = [...new Set(input.audience.queueIds)];
  if (queueIds.length) {
    const found = await ctx.db
      .select({ id: queues.id })
      .from(queues)
      .where(and(eq(queues.organizationId, org), inArray(queues.id, queueIds)));
    if (found.length !== queueIds.length)
      throw badRequest('A queue does not exist.', { field: 'audience.queueIds' });
  }
  const [row] = await ctx.db
    .insert(surveyCampaigns)
    .values({
      id: newId(),
      organizationId: org,
      kind: input.kind,
      name: input.name,
      audience: { ...input.audience, queueIds },
      status: 'draft',
      recipientsTotal: 0,
      recipientsDone: 0,
      createdBy: ctx.actor.agentId,
      createdAt: ctx.now,
    })
    .returning();
  return presentCampaign(row!, 0);
}

/**
 * Starts sending: one invitation per customer with a ticket solved in the audience's period (in
 * its queues and languages; the customer's latest such ticket), made in one statement; a durable
 * job then mails them in batches. 409 unless the campaign is a draft.
 */
export async function startCampaign(deps: Deps, ctx: ServiceCtx, id: string): Promise<SurveyCampaign> {
  const total = await ctx.db.transaction(async (tx) => {
    const [c] = await tx
      .select()
      .from(surveyCampaigns)
      .where(and(eq(surveyCampaigns.id, id), eq(surveyCampaigns.organizationId, ctx.actor.organizationId)))
      .for('update');
    if (!c) throw notFound('Campaign');
    if (c.status !== 'draft')
      throw new AppError(409, 'campaign_already_sent', 'This campaign was already sent.');
    const a = c.audience;
    const queueFilter = a.queueIds.length
      ? sql`AND t.queue_id IN (${sql.join(
          a.queueIds.map((q) => sql`${q}::uuid`),
          sql`, `,
        )})`
      : sql``;
    const langFilter = a.languages.length
      ? sql`AND coalesce(t.language, cu.language, 'en') IN (${sql.join(
          a.languages.map((l) => sql`${l}`),
          sql`, `,
        )})`
      : sql``;
    const inserted = await tx.execute(sql`
      INSERT INTO survey_requests (id, organization_id, kind, campaign_id, ticket_id, customer_id, language,
        agent_id, queue_id, team_id, contact_reason_id, status, send_at, created_at)
      SELECT gen_random_uuid(), t.organization_id, ${c.kind}, ${c.id}::uuid, t.id, t.customer_id,
        coalesce(t.language, cu.language, 'en'), t.assignee_id, t.queue_id, t.team_id, t.contact_reason_id,
        'scheduled', ${ctx.now}::timestamptz, ${ctx.now}::timestamptz
      FROM (
        SELECT DISTINCT ON (t.customer_id) t.*
        FROM tickets t JOIN customers cu ON cu.id = t.customer_id
        WHERE t.organization_id = ${c.organizationId}::uuid AND t.merged_into_id IS NULL
          AND cu.merged_into_id IS NULL
          AND t.solved_at >= ${a.solvedFrom}::timestamptz AND t.solved_at < ${a.solvedTo}::timestamptz
          ${queueFilter} ${langFilter}
        ORDER BY t.customer_id, t.solved_at DESC
      ) t JOIN customers cu ON cu.id = t.customer_id
      RETURNING id`);
    const n = (inserted as unknown as { rows?: unknown[] }).rows?.length ?? 0;
    await tx
      .update(surveyCampaigns)
      .set({ status: 'sending', startedAt: ctx.now, recipientsTotal: n })
      .where(eq(surveyCampaigns.id, id));
    return n;
  });
  await deps.jobs.send('surveys.campaign', { campaignId: id }, { singletonKey: id });
  deps.log.info({ campaignId: id, recipients: total }, 'survey campaign started');
  return getCampaign(ctx, id);
}

/** The `surveys.campaign` job: mails the campaign's invitations in batches, recording progress. */
export function surveyCampaignJob(deps: Deps) {
  return async ({ campaignId }: { campaignId: string }) => {
    let before = -1;
    for (;;) {
      const batch = await deps.db
        .select({ id: surveyRequests.id })
        .from(surveyRequests)
        .where(and(eq(surveyRequests.campaignId, campaignId), eq(surveyRequests.status, 'scheduled')))
        .limit(BATCH);
      for (const r of batch) await sendSurveyRequest(deps, r.id);
      const [done] = await deps.db
        .select({ n: count() })
        .from(surveyRequests)
        .where(and(eq(surveyRequests.campaignId, campaignId), ne(surveyRequests.status, 'scheduled')));
      // A batch that moved nothing (e.g. mail refused) fails the job, which pg-boss retries later.
      if (batch.length && done!.n === before) throw new Error('survey campaign made no progress');
      before = done!.n;
      const finished = batch.length < BATCH;
      await deps.db
        .update(surveyCampaigns)
        .set({
          recipientsDone: done!.n,
          ...(finished ? { status: 'sent' as const, finishedAt: deps.clock.now() } : {}),
        })
        .where(eq(surveyCampaigns.id, campaignId));
      if (finished) return;
    }
  };
}
