import { and, eq, inArray, sql } from 'drizzle-orm';
import { SURVEY_SCALES, type Locale, type SurveyKind, type SurveySource } from '@kontakt/contracts';
import { isLowScore } from '@kontakt/domain';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { AppError } from '../../http/errors.ts';
import { agents, teamMembers } from '../agents/index.ts';
import {
  followerIdsByTicket,
  notify,
  presentTicket,
  recordTicketEvents,
  tickets,
  type TicketRow,
} from '../tickets/index.ts';
import { runAutomation } from '../automation/index.ts';
import { surveyAnswers, type SurveyAnswerRow } from './surveys.table.ts';
import { orgSurveySettings, thresholdsOf } from './survey-settings.service.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'events'>;

/** What an answer is about: the ticket as it was when the survey was made, and who answered. */
export interface AnswerSubject {
  organizationId: string;
  kind: SurveyKind;
  source: SurveySource;
  ticketId: string;
  requestId: string | null;
  campaignId: string | null;
  customerId: string | null;
  agentId: string | null;
  queueId: string | null;
  teamId: string | null;
  contactReasonId: string | null;
  language: Locale | null;
}

/** The leads of the ticket's team; the organization's leads when the team has none. */
async function leadsFor(tx: Db, organizationId: string, teamId: string | null): Promise<string[]> {
  const active = and(
    eq(agents.organizationId, organizationId),
    eq(agents.role, 'lead'),
    eq(agents.active, true),
  );
  if (teamId) {
    const rows = await tx
      .select({ id: agents.id })
      .from(teamMembers)
      .innerJoin(agents, eq(agents.id, teamMembers.agentId))
      .where(and(eq(teamMembers.teamId, teamId), active));
    if (rows.length) return rows.map((r) => r.id);
  }
  return (await tx.select({ id: agents.id }).from(agents).where(active)).map((r) => r.id);
}

/** The stored answer of this subject (one per CSAT ticket, one per campaign recipient). */
async function existingAnswer(tx: Db, s: AnswerSubject): Promise<SurveyAnswerRow | undefined> {
  const where =
    s.campaignId !== null
      ? and(
          eq(surveyAnswers.campaignId, s.campaignId),
          sql`${surveyAnswers.customerId} IS NOT DISTINCT FROM ${s.customerId}`,
        )
      : and(eq(surveyAnswers.ticketId, s.ticketId), eq(surveyAnswers.kind, 'csat'));
  const [row] = await tx.select().from(surveyAnswers).where(where).for('update');
  return row;
}

/**
 * Stores an answer — a second one for the same ticket (CSAT) or campaign recipient updates the
 * first, never duplicates. A score that turns low notifies the team's leads and raises the
 * automation event `survey.low_score` on the ticket, in the same transaction.
 */
export async function recordAnswer(deps: Deps, s: AnswerSubject, score: number, comment: string) {
  const scale = SURVEY_SCALES[s.kind];
  if (!Number.isInteger(score) || score < scale.min || score > scale.max)
    throw new AppError(400, 'validation_failed', `The score must be from ${scale.min} to ${scale.max}.`, {
      field: 'score',
    });
  const now = deps.clock.now();
  const done = await deps.db.transaction(async (tx) => {
    const thresholds = thresholdsOf(await orgSurveySettings(tx, s.organizationId));
    const before = await existingAnswer(tx, s);
    // Upsert, so two first answers at once still leave one row.
    const set = {
      score,
      comment,
      source: s.source,
      updatedAt: now,
      ...(s.requestId ? { requestId: s.requestId } : {}),
    };
    const [answer] = await tx
      .insert(surveyAnswers)
      .values({ id: newId(), ...s, score, comment, createdAt: now, updatedAt: now })
      .onConflictDoUpdate(
        s.campaignId !== null
          ? {
              target: [surveyAnswers.campaignId, surveyAnswers.customerId],
              targetWhere: sql`campaign_id IS NOT NULL`,
              set,
            }
          : { target: surveyAnswers.ticketId, targetWhere: sql`kind = 'csat'`, set },
      )
      .returning();
    const ticket = { id: s.ticketId, organizationId: s.organizationId };
    await recordTicketEvents(tx, ticket, null, now, [
      { kind: 'survey_answered', field: s.kind, from: before?.score ?? null, to: score },
    ]);
    const low = isLowScore(s.kind, score, thresholds);
    const wasLow = before ? isLowScore(s.kind, before.score, thresholds) : false;
    let changed: TicketRow | null = null;
    if (low && !wasLow) {
      const leads = await leadsFor(tx, s.organizationId, s.teamId);
      await notify(tx, {
        organizationId: s.organizationId,
        agentIds: leads,
        kind: 'survey_low_score',
        ticketId: s.ticketId,
        actorId: null,
        now,
      });
      changed = await runAutomation(tx, {
        organizationId: s.organizationId,
        ticketId: s.ticketId,
        event: 'survey.low_score',
        now,
      });
    }
    return { answer: answer!, changed, low };
  });
  if (done.changed) {
    const followers = (await followerIdsByTicket(deps.db, [done.changed.id])).get(done.changed.id) ?? [];
    deps.events.publish({
      type: 'ticket.updated',
      organizationId: done.changed.organizationId,
      ticket: presentTicket(done.changed, followers),
    });
  }
  return done;
}

/** The chat widget's rating at the end of a chat: a CSAT of the chat's ticket (same answers table). */
export async function recordChatRating(
  deps: Deps,
  input: { organizationId: string; ticketId: string; rating: number; comment: string },
) {
  const [t] = await deps.db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, input.ticketId), eq(tickets.organizationId, input.organizationId)));
  if (!t) throw new AppError(404, 'not_found', 'Ticket not found.');
  await recordAnswer(
    deps,
    {
      organizationId: t.organizationId,
      kind: 'csat',
      source: 'chat',
      ticketId: t.id,
      requestId: null,
      campaignId: null,
      customerId: t.customerId,
      agentId: t.assigneeId,
      queueId: t.queueId,
      teamId: t.teamId,
      contactReasonId: t.contactReasonId,
      language: t.language,
    },
    input.rating,
    input.comment,
  );
}

/** The stored answers of the given requests (for the public page). */
export async function answersByRequest(db: Db, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db.select().from(surveyAnswers).where(inArray(surveyAnswers.requestId, requestIds));
}
