import { and, asc, eq, gt, lte, ne } from 'drizzle-orm';
import type { Locale } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { tickets } from '../tickets/index.ts';
import { customerIdentities, customers } from '../customers/index.ts';
import { surveyRequests, type SkipReason, type SurveyRequestRow } from './surveys.table.ts';
import { csatPolicyFor, orgSurveySettings, textsFor } from './survey-settings.service.ts';
import { signSurveyToken } from './survey-token.ts';
import { fillPlaceholders } from './survey-texts.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'jobs' | 'mailer' | 'secrets' | 'config' | 'log'>;
const DAY = 86_400_000;

/** The customer's first e-mail address and name, and language (null when the customer has none). */
export async function contactOf(db: Db, customerId: string | null) {
  if (!customerId) return null;
  const [c] = await db.select().from(customers).where(eq(customers.id, customerId));
  const [email] = await db
    .select({ value: customerIdentities.value })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.customerId, customerId), eq(customerIdentities.kind, 'email')))
    .orderBy(asc(customerIdentities.createdAt))
    .limit(1);
  return { email: email?.value ?? null, name: c?.name ?? '', language: c?.language ?? null };
}

/** The job that sends the request when due (by Kontakt's clock; early jobs come back at their time). */
export async function enqueueRequest(deps: Deps, r: Pick<SurveyRequestRow, 'id' | 'sendAt'>) {
  const delay = Math.max(0, Math.ceil((r.sendAt.getTime() - deps.clock.now().getTime()) / 1000));
  await deps.jobs.send('surveys.send', { requestId: r.id }, { startAfter: delay, singletonKey: r.id });
}

/**
 * After a ticket is solved: one CSAT invitation for this solve (keyed by ticket and solve time,
 * so repeated events schedule nothing more), sent after the queue's delay.
 */
export async function scheduleCsat(deps: Deps, ticketId: string): Promise<SurveyRequestRow | null> {
  const [t] = await deps.db.select().from(tickets).where(eq(tickets.id, ticketId));
  if (!t || t.status !== 'solved' || !t.solvedAt || t.mergedIntoId) return null;
  const policy = await csatPolicyFor(deps.db, t.organizationId, t.queueId);
  if (!policy.enabled) return null;
  const contact = await contactOf(deps.db, t.customerId);
  const language: Locale = t.language ?? contact?.language ?? 'en';
  const [row] = await deps.db
    .insert(surveyRequests)
    .values({
      id: newId(),
      organizationId: t.organizationId,
      kind: 'csat',
      ticketId: t.id,
      customerId: t.customerId,
      language,
      solvedAt: t.solvedAt,
      agentId: t.assigneeId,
      queueId: t.queueId,
      teamId: t.teamId,
      contactReasonId: t.contactReasonId,
      status: 'scheduled',
      sendAt: new Date(t.solvedAt.getTime() + policy.delayMinutes * 60_000),
      createdAt: deps.clock.now(),
    })
    .onConflictDoNothing()
    .returning();
  if (row) await enqueueRequest(deps, row);
  return row ?? null;
}

/** Why a due request is not mailed, or null when it should be. */
async function skipReason(
  tx: Db,
  r: SurveyRequestRow,
  email: string | null,
  now: Date,
): Promise<SkipReason | null> {
  if (r.campaignId === null) {
    const [t] = await tx.select({ status: tickets.status }).from(tickets).where(eq(tickets.id, r.ticketId));
    if (!t || (t.status !== 'solved' && t.status !== 'closed')) return 'reopened';
    const s = await orgSurveySettings(tx, r.organizationId);
    const [recent] = await tx
      .select({ id: surveyRequests.id })
      .from(surveyRequests)
      .where(
        and(
          eq(surveyRequests.ticketId, r.ticketId),
          eq(surveyRequests.status, 'sent'),
          ne(surveyRequests.id, r.id),
          gt(surveyRequests.sentAt, new Date(now.getTime() - s.resendWindowDays * DAY)),
        ),
      )
      .limit(1);
    if (recent) return 'recently_surveyed';
  }
  return email ? null : 'no_email';
}

/**
 * Sends one due invitation through the outbox, once: the request is claimed (marked sent) under
 * its row lock, then mailed; a failed mail puts it back for the job's retry.
 */
export async function sendSurveyRequest(deps: Deps, requestId: string): Promise<void> {
  const now = deps.clock.now();
  const claimed = await deps.db.transaction(async (tx) => {
    const [r] = await tx.select().from(surveyRequests).where(eq(surveyRequests.id, requestId)).for('update');
    if (!r || r.status !== 'scheduled' || r.sendAt > now) return null;
    const contact = await contactOf(tx, r.customerId);
    const reason = await skipReason(tx, r, contact?.email ?? null, now);
    if (reason) {
      await tx
        .update(surveyRequests)
        .set({ status: 'skipped', skipReason: reason })
        .where(eq(surveyRequests.id, r.id));
      return null;
    }
    const ttl = (await orgSurveySettings(tx, r.organizationId)).tokenTtlDays;
    const expiresAt = new Date(now.getTime() + ttl * DAY);
    await tx
      .update(surveyRequests)
      .set({ status: 'sent', sentAt: now, expiresAt, email: contact!.email })
      .where(eq(surveyRequests.id, r.id));
    const [t] = await tx.select().from(tickets).where(eq(tickets.id, r.ticketId));
    const texts = await textsFor(tx, r.organizationId, r.kind, r.language);
    return { r, email: contact!.email!, name: contact!.name, ticket: t!, texts, expiresAt };
  });
  if (!claimed) return;
  const { r, texts } = claimed;
  const token = signSurveyToken(deps.secrets, {
    requestId: r.id,
    kind: r.kind,
    ticketId: r.ticketId,
    language: r.language,
    expiresAt: claimed.expiresAt.getTime(),
  });
  const values = {
    link: `${deps.config.publicUrl}/survey/${token}`,
    ticketNumber: String(claimed.ticket.number),
    customerName: claimed.name ?? '',
    subject: claimed.ticket.subject,
  };
  const fill = (s: string) => fillPlaceholders(s, values).replace(/ +,/g, ',');
  try {
    const outboxId = await deps.mailer.queue({
      organizationId: r.organizationId,
      purpose: `survey_${r.kind}`,
      to: claimed.email,
      subject: fill(texts.emailSubject),
      text: fill(texts.emailBody),
    });
    await deps.db.update(surveyRequests).set({ outboxId }).where(eq(surveyRequests.id, r.id));
  } catch (err) {
    await deps.db
      .update(surveyRequests)
      .set({ status: 'scheduled', sentAt: null, expiresAt: null })
      .where(eq(surveyRequests.id, r.id));
    throw err;
  }
}

/** The `surveys.send` job: early (clocks apart) → back at its time; otherwise sent once. */
export function surveySendJob(deps: Deps) {
  return async ({ requestId }: { requestId: string }) => {
    const [r] = await deps.db.select().from(surveyRequests).where(eq(surveyRequests.id, requestId));
    if (!r || r.status !== 'scheduled') return;
    if (r.sendAt > deps.clock.now()) {
      const delay = Math.ceil((r.sendAt.getTime() - deps.clock.now().getTime()) / 1000);
      await deps.jobs.send('surveys.send', { requestId }, { startAfter: delay });
      return;
    }
    await sendSurveyRequest(deps, requestId);
  };
}

/** Sends CSAT invitations that are due but whose job was lost; safe to run twice. Returns how many. */
export async function sweepSurveys(deps: Deps): Promise<number> {
  const due = await deps.db
    .select({ id: surveyRequests.id })
    .from(surveyRequests)
    .where(and(eq(surveyRequests.status, 'scheduled'), lte(surveyRequests.sendAt, deps.clock.now())))
    .orderBy(asc(surveyRequests.sendAt))
    .limit(200);
  for (const r of due) await sendSurveyRequest(deps, r.id);
  return due.length;
}
