import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { Locale, SendDecisionLetterInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { textToHtml } from '../../platform/html.ts';
import { enqueueEmailSend, outboundValues } from '../email/email-outbound.queue.ts';
import { emailOutbound } from '../email/email.table.ts';
import { attachments, getTicketForActor, messages, tickets } from '../tickets/index.ts';
import { complaintProtocolPdf } from './complaint-documents.service.ts';
import { getComplaint } from './complaints.service.ts';

/** The e-mail that carries the protocol (PL) or confirmation (CZ) to the consumer. */
const PROTOCOL_MAIL: Record<
  Locale,
  { subject: (n: number) => string; body: (n: number) => string; file: (n: number) => string }
> = {
  pl: {
    subject: (n) => `Protokół przyjęcia reklamacji [#${n}]`,
    body: (n) =>
      `Dzień dobry,\n\nw załączniku przesyłamy protokół przyjęcia Państwa reklamacji (zgłoszenie #${n}). Odpowiemy w ustawowym terminie.\n\nPozdrawiamy`,
    file: (n) => `protokol-reklamacji-${n}.pdf`,
  },
  cs: {
    subject: (n) => `Potvrzení o uplatnění reklamace [#${n}]`,
    body: (n) =>
      `Dobrý den,\n\nv příloze zasíláme potvrzení o uplatnění Vaší reklamace (tiket #${n}). O vyřízení Vás budeme informovat v zákonné lhůtě.\n\nS pozdravem`,
    file: (n) => `potvrzeni-reklamace-${n}.pdf`,
  },
  en: {
    subject: (n) => `Your complaint has been recorded [#${n}]`,
    body: (n) =>
      `Hello,\n\nplease find attached the record of your complaint (ticket #${n}). We will answer within the statutory period.\n\nKind regards`,
    file: (n) => `complaint-record-${n}.pdf`,
  },
};

/**
 * E-mails the complaint protocol / confirmation PDF to the consumer (the durable medium): stored
 * on the ticket as the attachment of a public e-mail message and queued through the outbound
 * queue in one transaction. Written as a system message, so it never counts as the answer.
 */
export async function sendComplaintProtocol(
  ctx: ServiceCtx,
  deps: Pick<AppDeps, 'blobs' | 'jobs' | 'config'>,
  ticketId: string,
  input: SendDecisionLetterInput,
) {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const complaint = await getComplaint(ctx, ticketId);
  const to = input.to ?? complaint.consumer.email;
  if (!to)
    throw new AppError(409, 'no_recipient', 'The consumer has no e-mail address; give one to send to.', {
      field: 'to',
    });
  const pdf = await complaintProtocolPdf(ctx, ticketId);
  const stored = await deps.blobs.put(Readable.from(pdf), Number.MAX_SAFE_INTEGER);
  const l = PROTOCOL_MAIL[complaint.language];
  const text = l.body(ticket.number);
  const messageId = newId();
  const org = ctx.actor.organizationId;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(messages).values({
      id: messageId,
      organizationId: org,
      ticketId,
      kind: 'reply',
      direction: 'outbound',
      authorType: 'system',
      authorId: null,
      channel: 'email',
      bodyHtml: textToHtml(text),
      bodyText: text,
      externalId: null,
      mentions: [],
      createdAt: ctx.now,
    });
    await tx.insert(attachments).values({
      id: newId(),
      organizationId: org,
      ticketId,
      messageId,
      filename: l.file(ticket.number),
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
  });
  await enqueueEmailSend(deps.jobs, deps.config, messageId);
  return { messageId, recipient: to };
}
