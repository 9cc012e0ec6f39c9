import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { TicketFilters } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { queryRows, type Db } from '../../platform/db.ts';
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
const CANDIDATES = 200;

interface Hit {
  ticket_id: string;
  message_id: string | null;
  rank: number;
}

/**
 * One side of the search: ticket subjects and customers, or message bodies. `tsq` is the folded
 * query as tsquery text, bound as a value so the planner estimates the words themselves.
 */
const SIDES = {
  tickets: (org: string, tsq: string) => ({
    base: sql`SELECT t.id AS ticket_id, NULL::uuid AS message_id, ts_rank(t.search_vector, ${tsq}::tsquery) * 2 AS rank
      FROM tickets t WHERE t.organization_id = ${org} AND t.search_vector @@ ${tsq}::tsquery`,
    newest: sql`t.last_activity_at DESC`,
  }),
  messages: (org: string, tsq: string) => ({
    base: sql`SELECT m.ticket_id, m.id AS message_id, ts_rank(m.search_vector, ${tsq}::tsquery) AS rank
      FROM messages m WHERE m.organization_id = ${org} AND m.search_vector @@ ${tsq}::tsquery`,
    newest: sql`m.created_at DESC`,
  }),
};

/**
 * Above this many matches (the planner's estimate, from the column's most common lexemes) a word
 * is "common": building its GIN bitmap alone costs 100+ ms at 5M messages, so its newest matches
 * are found by walking the recency index straight away.
 */
const COMMON_ROWS = 20_000;

/** The planner's estimate of a statement's rows (EXPLAIN without running it). */
async function estimatedRows(tx: Db, query: SQL): Promise<number> {
  const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(tx, sql`EXPLAIN (FORMAT JSON) ${query}`);
  const raw = row?.['QUERY PLAN'];
  const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: { 'Plan Rows': number } }>;
  return plan[0]?.Plan['Plan Rows'] ?? 0;
}

/** Planner switches for this transaction only, in one statement. */
const setPlanner = (tx: Db, settings: Record<string, 'on' | 'off'>) =>
  tx.execute(
    sql`SELECT ${sql.join(
      Object.entries(settings).map(([k, v]) => sql`set_config(${k}, ${v}, true)`),
      sql`, `,
    )}`,
  );

/**
 * The matches of one side, at most CANDIDATES of them. A rare word is found through the GIN index
 * and every match is ranked. For a common word ("faktura" matches a large share of all messages)
 * that index would hand over every match, each to be fetched and sorted by date; instead the
 * newest rows are walked through the recency index (migration 0046) until CANDIDATES match.
 * Runs inside the search's transaction; leaves the planner switches as it found them.
 */
async function sideHits(tx: Db, side: keyof typeof SIDES, org: string, tsq: string): Promise<Hit[]> {
  const { base, newest } = SIDES[side](org, tsq);
  const walk = async () => {
    await setPlanner(tx, { enable_indexscan: 'on', enable_bitmapscan: 'off' });
    const rows = await queryRows<Hit>(tx, sql`${base} ORDER BY ${newest} LIMIT ${CANDIDATES}`);
    await setPlanner(tx, { enable_indexscan: 'off', enable_bitmapscan: 'on' });
    return rows;
  };
  if ((await estimatedRows(tx, base)) >= COMMON_ROWS) return walk();
  const few = await queryRows<Hit>(tx, sql`${base} LIMIT ${CANDIDATES + 1}`);
  return few.length <= CANDIDATES ? few : walk();
}

/** Matches of both sides, in one transaction whose planner looks through the GIN index first. */
function allHits(db: Db, org: string, q: string): Promise<Hit[]> {
  return db.transaction(async (tx) => {
    // First through the GIN index, whatever the planner guesses about the word: a sequential
    // scan that hopes to find CANDIDATES matches early reads the whole table for a rarer word.
    const [folded] = await queryRows<{ tsq: string }>(
      tx,
      sql`SELECT plainto_tsquery('simple', kontakt_fold(${q}))::text AS tsq,
        set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
    );
    const tsq = folded?.tsq ?? '';
    if (!tsq) return []; // only stop characters: nothing to look for
    return [...(await sideHits(tx, 'tickets', org, tsq)), ...(await sideHits(tx, 'messages', org, tsq))];
  });
}

/**
 * Full-text search over ticket subjects, customers' names and identities, and message bodies,
 * with diacritics folded (`żółw` finds `zolw` and the reverse). Ranked; one hit per ticket.
 */
export async function searchTickets(ctx: ServiceCtx, q: string, filters: TicketFilters, limit: number) {
  const org = ctx.actor.organizationId;
  const hits = await allHits(ctx.db, org, q);
  // One row per ticket: its best rank, and the best-ranked message if a message matched.
  const best = new Map<
    string,
    { ticket_id: string; rank: number; message_id: string | null; mrank: number }
  >();
  for (const h of hits) {
    const b = best.get(h.ticket_id) ?? { ticket_id: h.ticket_id, rank: -1, message_id: null, mrank: -1 };
    b.rank = Math.max(b.rank, Number(h.rank));
    if (h.message_id && Number(h.rank) > b.mrank) {
      b.message_id = h.message_id;
      b.mrank = Number(h.rank);
    }
    best.set(h.ticket_id, b);
  }
  const rows = [...best.values()].sort((a, b) => b.rank - a.rank);
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
