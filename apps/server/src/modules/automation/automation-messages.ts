import { and, eq } from 'drizzle-orm';
import { parseTemplate, pickVariant, renderTokens } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { htmlToText, textToHtml } from '../../platform/html.ts';
import { agents, teamMembers } from '../agents/index.ts';
import { cannedReplies, contextFor, renderVariant } from '../canned-replies/index.ts';
import { queueEmailReply } from '../email/index.ts';
import { followerIdsByTicket, messages, notify, type TicketRow } from '../tickets/index.ts';
import type { ActionAuthor } from './automation-actions.ts';

/** Notes, replies and notices of rules and macros: rendered with canned-reply placeholders. */

const NIL = '00000000-0000-0000-0000-000000000000';

/** Placeholder values for the ticket; the "agent" is the assignee (rules) or the acting agent. */
function templateCtx(tx: Db, ticket: TicketRow, by: ActionAuthor, now: Date): ServiceCtx {
  const agentId = by.kind === 'agent' ? by.actor.agentId : (ticket.assigneeId ?? NIL);
  const actor = { organizationId: ticket.organizationId, agentId } as Actor;
  return { db: tx, actor, meta: { ip: null, userAgent: null }, now };
}

export async function renderText(tx: Db, ticket: TicketRow, by: ActionAuthor, now: Date, text: string) {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return text;
  const { values, languages, timeZone } = await contextFor(templateCtx(tx, ticket, by, now), ticket);
  return renderTokens(parsed.tokens, values, {
    locale: languages.find(Boolean) ?? 'en',
    timeZone,
    escape: (s) => s,
  }).output;
}

/** Stores a note or a public reply written by the rule (author `system`) or the agent. */
async function insertMessageBy(
  tx: Db,
  ticket: TicketRow,
  by: ActionAuthor,
  now: Date,
  m: { kind: 'note' | 'reply'; html: string; text: string; mentions?: string[] },
) {
  const [row] = await tx
    .insert(messages)
    .values({
      id: newId(),
      organizationId: ticket.organizationId,
      ticketId: ticket.id,
      kind: m.kind,
      direction: m.kind === 'note' ? 'internal' : 'outbound',
      authorType: by.kind === 'rule' ? 'system' : 'agent',
      authorId: by.kind === 'rule' ? null : by.actor.agentId,
      channel: ticket.channel,
      bodyHtml: m.html,
      bodyText: m.text,
      mentions: [...new Set(m.mentions ?? [])],
      createdAt: now,
    })
    .returning();
  return row!;
}

/** An internal note (plain text). */
export const insertNote = (
  tx: Db,
  ticket: TicketRow,
  by: ActionAuthor,
  now: Date,
  text: string,
  mentions: string[] = [],
) => insertMessageBy(tx, ticket, by, now, { kind: 'note', html: textToHtml(text), text, mentions });

/** The agents a notify/escalate action reaches. */
export async function recipients(
  tx: Db,
  ticket: TicketRow,
  kinds: readonly string[],
  extra: readonly string[],
) {
  const ids = [...extra];
  if (kinds.includes('assignee') && ticket.assigneeId) ids.push(ticket.assigneeId);
  if (kinds.includes('followers'))
    ids.push(...((await followerIdsByTicket(tx, [ticket.id])).get(ticket.id) ?? []));
  if (ticket.teamId && (kinds.includes('team') || kinds.includes('team_lead'))) {
    const rows = await tx
      .select({ id: agents.id, role: agents.role })
      .from(teamMembers)
      .innerJoin(agents, eq(agents.id, teamMembers.agentId))
      .where(and(eq(teamMembers.teamId, ticket.teamId), eq(agents.active, true)));
    ids.push(...rows.filter((r) => kinds.includes('team') || r.role === 'lead').map((r) => r.id));
  }
  return [...new Set(ids)];
}

/** A note that mentions the recipients, so each gets an in-app notice that links to it. */
export async function tell(
  tx: Db,
  ticket: TicketRow,
  by: ActionAuthor,
  now: Date,
  text: string,
  agentIds: string[],
) {
  const note = await insertNote(tx, ticket, by, now, text, agentIds);
  const actorId = by.kind === 'agent' ? by.actor.agentId : null;
  await notify(tx, {
    organizationId: ticket.organizationId,
    agentIds,
    kind: 'mention',
    ticketId: ticket.id,
    messageId: note.id,
    actorId,
    now,
  });
}

export async function sendReply(
  tx: Db,
  ticket: TicketRow,
  by: ActionAuthor,
  now: Date,
  cannedReplyId: string,
) {
  const [reply] = await tx
    .select()
    .from(cannedReplies)
    .where(and(eq(cannedReplies.organizationId, ticket.organizationId), eq(cannedReplies.id, cannedReplyId)));
  if (!reply)
    throw new AppError(404, 'unknown_reference', `The canned reply ${cannedReplyId} does not exist.`);
  const { values, languages, timeZone } = await contextFor(templateCtx(tx, ticket, by, now), ticket);
  const variant = pickVariant(reply.variants, languages)!;
  const { html } = renderVariant(variant, values, timeZone);
  const row = await insertMessageBy(tx, ticket, by, now, { kind: 'reply', html, text: htmlToText(html) });
  // Mailed like an agent's reply on e-mail tickets (stored here, sent by the email.send job).
  await queueEmailReply(tx, row);
}
