import { and, inArray, sql } from 'drizzle-orm';
import type { TicketFilters } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { queryRows } from '../../platform/db.ts';
import { messages, tickets } from './tickets.table.ts';
import { visibleQueueIds } from './tickets.policy.ts';
import { filterConditions, visibilityCondition } from './ticket-list.ts';
import { presentTicket } from './tickets.presenter.ts';
import { labelTickets } from './ticket-labels.ts';

/**
 * Folds case and diacritics one character at a time, so positions in the folded text are
 * positions in the original (used to place highlights). Mirrors kontakt_fold for pl/cs/de text.
 */
export const foldChars = (s: string): string =>
  Array.from(s, (ch) => {
    if (ch === 'ł') return 'l';
    if (ch === 'Ł') return 'l';
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    return base.length === 1 ? base.toLowerCase() : ch.toLowerCase().length === 1 ? ch.toLowerCase() : '?';
  }).join('');

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ESC[c]!);

/** A short excerpt around the first matching word, HTML-escaped, with matches in `<mark>`. */
export function snippet(text: string, query: string, radius = 60): string {
  const words = foldChars(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  const folded = foldChars(text);
  const first = Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0));
  const center = Number.isFinite(first) ? first : 0;
  const start = Math.max(0, center - radius);
  const end = Math.min(text.length, center + radius * 2);
  const part = text.slice(start, end);
  const foldedPart = folded.slice(start, end);
  const ranges: Array<[number, number]> = [];
  for (const w of words)
    for (let i = foldedPart.indexOf(w); i >= 0; i = foldedPart.indexOf(w, i + w.length))
      ranges.push([i, i + w.length]);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a < pos) continue;
    out += escape(part.slice(pos, a)) + '<mark>' + escape(part.slice(a, b)) + '</mark>';
    pos = b;
  }
  out += escape(part.slice(pos));
  return `${start > 0 ? '… ' : ''}${out.replace(/\s+/g, ' ').trim()}${end < text.length ? ' …' : ''}`;
}

/** How many of the newest matches per side are ranked. */
const CANDIDATES = 500;

/**
 * Full-text search over ticket subjects, customers' names and identities, and message bodies,
 * with diacritics folded (`żółw` finds `zolw` and the reverse). Ranked; one hit per ticket.
 */
export async function searchTickets(ctx: ServiceCtx, q: string, filters: TicketFilters, limit: number) {
  const org = ctx.actor.organizationId;
  const rows = await queryRows<{ ticket_id: string; message_id: string | null }>(
    ctx.db,
    sql`
    WITH query AS (SELECT plainto_tsquery('simple', kontakt_fold(${q})) AS tsq),
    -- The newest matches on each side are ranked, not every match: a common word like
    -- "faktura" matches a large share of all messages.
    ticket_hits AS (
      SELECT t.id AS ticket_id, ts_rank(t.search_vector, query.tsq) * 2 AS rank, NULL::uuid AS message_id
        FROM tickets t, query
        WHERE t.organization_id = ${org} AND t.search_vector @@ query.tsq
        ORDER BY t.last_activity_at DESC LIMIT ${CANDIDATES}
    ),
    message_hits AS (
      SELECT m.ticket_id, ts_rank(m.search_vector, query.tsq) AS rank, m.id AS message_id
        FROM messages m, query
        WHERE m.organization_id = ${org} AND m.search_vector @@ query.tsq
        ORDER BY m.created_at DESC LIMIT ${CANDIDATES}
    ),
    hits AS (SELECT * FROM ticket_hits UNION ALL SELECT * FROM message_hits)
    SELECT ticket_id, max(rank) AS rank, (array_agg(message_id ORDER BY rank DESC) FILTER (WHERE message_id IS NOT NULL))[1] AS message_id
      FROM hits GROUP BY ticket_id ORDER BY max(rank) DESC`,
  );
  if (rows.length === 0) return [];
  const visible = await visibleQueueIds(ctx.db, ctx.actor);
  const allowed = await ctx.db
    .select()
    .from(tickets)
    .where(
      and(
        inArray(
          tickets.id,
          rows.map((r) => r.ticket_id),
        ),
        visibilityCondition(ctx.actor, visible),
        ...filterConditions(filters, ctx.actor),
      ),
    );
  const byId = new Map(allowed.map((t) => [t.id, t]));
  const ranked = rows.filter((r) => byId.has(r.ticket_id)).slice(0, limit);
  const msgIds = ranked.map((r) => r.message_id).filter((id): id is string => !!id);
  const bodies = msgIds.length
    ? await ctx.db
        .select({ id: messages.id, text: messages.bodyText, kind: messages.kind })
        .from(messages)
        .where(inArray(messages.id, msgIds))
    : [];
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const labelled = new Map(
    (
      await labelTickets(
        ctx.db,
        org,
        ranked.map((r) => presentTicket(byId.get(r.ticket_id)!, [], ctx.actor)),
      )
    ).map((t) => [t.id, t]),
  );
  return ranked.map((r) => {
    const t = byId.get(r.ticket_id)!;
    const m = r.message_id ? bodyById.get(r.message_id) : undefined;
    return {
      ticket: labelled.get(t.id)!,
      matchedIn: m ? (m.kind === 'note' ? ('note' as const) : ('message' as const)) : ('ticket' as const),
      messageId: m ? r.message_id : null,
      snippet: snippet(m ? m.text : t.subject, q),
    };
  });
}
