import { eq } from 'drizzle-orm';
import type { Locale, RenderedCannedReply } from '@kontakt/contracts';
import {
  escapeHtml,
  firstName,
  parseTemplate,
  pickVariant,
  renderTokens,
  type PlaceholderValues,
} from '@kontakt/domain';
import type { ServiceCtx } from '../../http/actor.ts';
import { htmlToText } from '../../platform/html.ts';
import { findAgent } from '../agents/index.ts';
import { findCustomer } from '../customers/index.ts';
import { organizations, settingsOf } from '../organizations/index.ts';
import { getQueue, getTicketForActor, type TicketRow } from '../tickets/index.ts';
import { countUse, getCannedReplyFor, viewerOf } from './canned-replies.repo.ts';
import type { StoredVariant } from './canned-replies.table.ts';

/** What a reply is rendered with for one ticket: values, language preferences and time zone. */
export async function contextFor(ctx: ServiceCtx, ticket: TicketRow) {
  const org = ctx.actor.organizationId;
  const [customer, agent, queue, [organization]] = await Promise.all([
    ticket.customerId ? findCustomer(ctx.db, org, ticket.customerId) : null,
    findAgent(ctx.db, org, ctx.actor.agentId),
    getQueue(ctx.db, org, ticket.queueId),
    ctx.db.select().from(organizations).where(eq(organizations.id, org)),
  ]);
  const settings = settingsOf(organization!);
  const values: PlaceholderValues = {
    'customer.first_name': firstName(customer?.name),
    'customer.name': customer?.name ?? null,
    'ticket.number': String(ticket.number),
    'ticket.subject': ticket.subject,
    'agent.name': agent?.name ?? null,
    'agent.first_name': firstName(agent?.name),
    'queue.name': queue.name,
    'organization.name': organization!.name,
    // Filled by the SLA module where it stores the due time on the ticket; "—" without one.
    'sla.resolution_due_at': (ticket as { resolutionDueAt?: Date | null }).resolutionDueAt ?? null,
  };
  return {
    values,
    languages: [customer?.language, ticket.language, settings.defaultLocale as Locale],
    timeZone: settings.timeZone,
  };
}

/** Renders the stored HTML; the text is derived from the result so both always agree. */
export function renderVariant(variant: StoredVariant, values: PlaceholderValues, timeZone: string) {
  const parsed = parseTemplate(variant.html);
  // Saved replies were checked; a placeholder retired since then renders as it was written.
  if (!parsed.ok) return { html: variant.html, missing: parsed.problems.map((p) => p.placeholder) };
  const { output, missing } = renderTokens(parsed.tokens, values, {
    locale: variant.language,
    timeZone,
    escape: escapeHtml,
  });
  return { html: output, missing };
}

/**
 * A canned reply filled in for a ticket the caller sees, in the customer's language (else the
 * ticket's, else the organization's, unless `language` asks for one); counts as one use.
 */
export async function renderCannedReply(
  ctx: ServiceCtx,
  ticketId: string,
  cannedReplyId: string,
  language?: Locale,
): Promise<RenderedCannedReply> {
  const ticket = await getTicketForActor(ctx.db, ctx.actor, ticketId);
  const viewer = await viewerOf(ctx.db, ctx.actor);
  const reply = await getCannedReplyFor(ctx.db, ctx.actor.organizationId, viewer, cannedReplyId);
  const { values, languages, timeZone } = await contextFor(ctx, ticket);
  const variant = pickVariant(reply.variants, [language, ...languages])!;
  const { html, missing } = renderVariant(variant, values, timeZone);
  await countUse(ctx.db, reply.id, ctx.now);
  return {
    cannedReplyId: reply.id,
    language: variant.language,
    bodyHtml: html,
    bodyText: htmlToText(html),
    missing,
  };
}
