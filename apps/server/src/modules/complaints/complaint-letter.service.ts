import { Readable } from 'node:stream';
import { and, eq, isNull } from 'drizzle-orm';
import type { SendDecisionLetterInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { textToHtml } from '../../platform/html.ts';
import { readAll } from '../../platform/blob-store.ts';
import { enqueueEmailSend, outboundValues } from '../email/email-outbound.queue.ts';
import { emailOutbound } from '../email/email.table.ts';
import { organizations } from '../organizations/index.ts';
import { attachments, getTicketForActor, messages, recordTicketEvents, tickets } from '../tickets/index.ts';
import { clockColumns } from './complaint-clock.ts';
import { LETTER_LABELS } from './complaint-letter.labels.ts';
import { renderDecisionLetter } from './complaint-letter.pdf.ts';
import { lockComplaint } from './complaints.repo.ts';
import { presentComplaint } from './complaints.presenter.ts';
import { complaints, type ComplaintRow } from './complaints.table.ts';

type LetterDeps = Pick<AppDeps, 'blobs' | 'jobs' | 'config'>;

/** Saves a change made by the system (mail hooks, portal), recomputing the stored clock. */
async function saveAs(db: Db, row: ComplaintRow, changes: Partial<ComplaintRow>, now: Date) {
  const next = { ...row, ...changes };
  const [updated] = await db
    .update(complaints)
    .set({ ...changes, ...clockColumns(next, now), version: row.version + 1, updatedAt: now })
    .where(eq(complaints.id, row.id))
    .returning();
  return updated!;
}

async function organizationName(db: Db, id: string) {
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  return org?.name ?? '';
}

/**
 * Generates the decision letter PDF in the customer's language, stores it on the ticket as the
 * attachment of a public e-mail reply and queues that e-mail (the durable medium) through the
 * outbound queue, in one transaction. Sending is recorded when the mail goes out
 * (`answer_sent_at`); a bounce marks it failed; delivery is confirmed by no bounce or a portal view.
 */
export async function sendDecisionLetter(
  ctx: ServiceCtx,
  deps: LetterDeps,
  ticketId: string,
  input: SendDecisionLetterInput,
) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const org = ctx.actor.organizationId;
  const { row, messageId } = await ctx.db.transaction(async (tx) => {
    const row = await lockComplaint(tx, org, ticketId, null);
    if (!row.decision)
      throw new AppError(409, 'complaint_not_decided', 'Decide the complaint before sending the letter.');
    const to = input.to ?? row.protocol.consumer.email;
    if (!to)
      throw new AppError(409, 'no_recipient', 'The consumer has no e-mail address; give one to send to.', {
        field: 'to',
      });
    const complaint = presentComplaint(row, ticket.number, ctx.now);
    const pdf = await renderDecisionLetter(complaint, {
      organizationName: await organizationName(tx, org),
      issuedAt: ctx.now,
    });
    const stored = await deps.blobs.put(Readable.from(pdf), Number.MAX_SAFE_INTEGER);
    const l = LETTER_LABELS[complaint.language];
    const text = l.mailBody(ticket.number);
    const messageId = newId();
    await tx.insert(messages).values({
      id: messageId,
      organizationId: org,
      ticketId,
      kind: 'reply',
      direction: 'outbound',
      authorType: 'agent',
      authorId: ctx.actor.agentId,
      channel: 'email',
      bodyHtml: textToHtml(text),
      bodyText: text,
      externalId: null,
      mentions: [],
      createdAt: ctx.now,
    });
    const attachmentId = newId();
    await tx.insert(attachments).values({
      id: attachmentId,
      organizationId: org,
      ticketId,
      messageId,
      filename: l.filename(ticket.number),
      contentType: 'application/pdf',
      sizeBytes: stored.size,
      sha256: stored.sha256,
      createdAt: ctx.now,
    });
    await tx
      .insert(emailOutbound)
      .values(
        outboundValues(
          { id: messageId, organizationId: org, ticketId, createdAt: ctx.now },
          { kind: 'reply', recipient: to, subject: l.subject(ticket.number) },
        ),
      );
    await tx
      .update(tickets)
      .set({ lastActivityAt: ctx.now, updatedAt: ctx.now })
      .where(eq(tickets.id, ticketId));
    const updated = await saveAs(
      tx,
      row,
      {
        answerMessageId: messageId,
        answerAttachmentId: attachmentId,
        answerDelivery: 'queued',
        answerBouncedAt: null,
      },
      ctx.now,
    );
    await recordTicketEvents(tx, ticket, ctx.actor, ctx.now, [
      { kind: 'complaint_letter_queued', to: { messageId, attachmentId, recipient: to } },
    ]);
    return { row: updated, messageId };
  });
  await enqueueEmailSend(deps.jobs, deps.config, messageId);
  return presentComplaint(row, ticket.number, ctx.now);
}

const eventOf = (row: ComplaintRow) => ({ id: row.ticketId, organizationId: row.organizationId });

/**
 * Mail hook: an outbound e-mail was accepted by the SMTP server. The decision letter's mail —
 * or, on a decided complaint whose answer is not yet recorded, an agent's plain e-mail reply —
 * records the answer as sent (the first instant stays).
 */
export async function onAnswerEmailSent(db: Db, m: { messageId: string; ticketId: string; at: Date }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(complaints).where(eq(complaints.ticketId, m.ticketId)).for('update');
    if (!row) return false;
    const isLetter = row.answerMessageId === m.messageId;
    if (!isLetter) {
      if (!row.decision || row.answerSentAt || row.answerMessageId) return false;
      const [msg] = await tx
        .select({ authorType: messages.authorType, kind: messages.kind })
        .from(messages)
        .where(eq(messages.id, m.messageId));
      if (msg?.authorType !== 'agent' || msg.kind !== 'reply') return false;
    }
    const updated = await saveAs(
      tx,
      row,
      {
        answerMessageId: m.messageId,
        answerDelivery: row.answerDelivery === 'delivered' ? 'delivered' : 'sent',
        answerSentAt: row.answerSentAt ?? m.at,
      },
      m.at,
    );
    if (!row.answerSentAt)
      await recordTicketEvents(tx, eventOf(updated), null, m.at, [
        { kind: 'complaint_answer_sent', to: m.at.toISOString() },
      ]);
    return true;
  });
}

/**
 * Mail hook (in the bounce's transaction): the answer's e-mail bounced. The delivery is marked
 * failed and the sent/delivered instants it gave are withdrawn (the clock runs again) unless the
 * customer saw the decision in the portal.
 */
export async function onAnswerEmailBounced(tx: Db, m: { messageId: string; at: Date }) {
  const [row] = await tx
    .select()
    .from(complaints)
    .where(eq(complaints.answerMessageId, m.messageId))
    .for('update');
  if (!row) return false;
  const seen = row.answerViewedAt !== null;
  await saveAs(
    tx,
    row,
    {
      answerDelivery: seen ? 'delivered' : 'bounced',
      answerBouncedAt: m.at,
      ...(seen ? {} : { answerSentAt: null, answerDeliveredAt: null }),
    },
    m.at,
  );
  await recordTicketEvents(tx, eventOf(row), null, m.at, [
    { kind: 'complaint_answer_bounced', to: m.at.toISOString() },
  ]);
  return true;
}

/** How long a sent answer must stay without a bounce to count as delivered. */
export const BOUNCE_WINDOW_MS = 24 * 3_600_000;

/** Sweep step: answers sent a bounce window ago without a bounce are delivered (at their sent instant). */
export async function confirmAnswerDeliveries(db: Db, now: Date, limit = 500): Promise<number> {
  const rows = await db
    .select()
    .from(complaints)
    .where(and(eq(complaints.answerDelivery, 'sent'), isNull(complaints.answerDeliveredAt)))
    .limit(limit);
  let n = 0;
  for (const row of rows) {
    if (!row.answerSentAt || now.getTime() - row.answerSentAt.getTime() < BOUNCE_WINDOW_MS) continue;
    await db.transaction(async (tx) => {
      const [fresh] = await tx.select().from(complaints).where(eq(complaints.id, row.id)).for('update');
      if (fresh?.answerDelivery !== 'sent' || !fresh.answerSentAt || fresh.answerDeliveredAt) return;
      await saveAs(tx, fresh, { answerDelivery: 'delivered', answerDeliveredAt: fresh.answerSentAt }, now);
      await recordTicketEvents(tx, eventOf(fresh), null, now, [
        { kind: 'complaint_answer_delivered', to: fresh.answerSentAt.toISOString() },
      ]);
      n++;
    });
  }
  return n;
}

/**
 * The customer opened the decision (or its PDF) in the portal: the answer reached them. Records
 * delivery at `at` (and sending, when it went out through the portal only); the first view counts.
 * Answers false when there is no decided complaint or its delivery was already recorded.
 */
export async function recordPortalView(
  db: Db,
  input: { organizationId: string; ticketId: string; at: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(complaints)
      .where(
        and(eq(complaints.organizationId, input.organizationId), eq(complaints.ticketId, input.ticketId)),
      )
      .for('update');
    if (!row?.decision || row.answerViewedAt) return false;
    const firstDelivery = !row.answerDeliveredAt;
    await saveAs(
      tx,
      row,
      {
        answerViewedAt: input.at,
        answerSentAt: row.answerSentAt ?? input.at,
        answerDeliveredAt: row.answerDeliveredAt ?? input.at,
        ...(row.answerDelivery ? { answerDelivery: 'delivered' as const } : {}),
      },
      input.at,
    );
    if (firstDelivery)
      await recordTicketEvents(tx, eventOf(row), null, input.at, [
        { kind: 'complaint_answer_delivered', to: input.at.toISOString() },
      ]);
    return firstDelivery;
  });
}

/** The stored decision letter PDF of a ticket's complaint (null until one was generated). */
export async function decisionLetterPdf(
  db: Db,
  blobs: AppDeps['blobs'],
  organizationId: string,
  ticketId: string,
): Promise<Buffer | null> {
  const [hit] = await db
    .select({ sha256: attachments.sha256 })
    .from(complaints)
    .innerJoin(attachments, eq(attachments.id, complaints.answerAttachmentId))
    .where(and(eq(complaints.organizationId, organizationId), eq(complaints.ticketId, ticketId)));
  return hit ? readAll(await blobs.open(hit.sha256)) : null;
}
