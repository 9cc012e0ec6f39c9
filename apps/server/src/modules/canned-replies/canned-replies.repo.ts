import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { CannedReplyListQuery } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { teamIdsByAgent } from '../agents/index.ts';
import { cannedReplies, type CannedReplyRow } from './canned-replies.table.ts';
import { canSee, type Viewer } from './canned-replies.policy.ts';

/** The actor with the teams that decide which team replies they see. */
export async function viewerOf(db: Db, actor: Actor): Promise<Viewer> {
  const teams = (await teamIdsByAgent(db, [actor.agentId])).get(actor.agentId) ?? [];
  return { agentId: actor.agentId, role: actor.role, teamIds: teams };
}

/** The SQL form of `canSee` (kept next to it in meaning: change both together). */
function visibility(viewer: Viewer): SQL | undefined {
  if (viewer.role === 'admin') return undefined;
  const r = cannedReplies;
  const team =
    viewer.role === 'lead'
      ? eq(r.scope, 'team')
      : viewer.teamIds.length
        ? and(eq(r.scope, 'team'), inArray(r.teamId, [...viewer.teamIds]))
        : undefined;
  return or(eq(r.scope, 'organization'), and(eq(r.scope, 'personal'), eq(r.ownerId, viewer.agentId)), team);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(q: CannedReplyListQuery): Array<SQL | undefined> {
  const r = cannedReplies;
  const words = (q.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
  return [
    // Every word must appear somewhere; search_text is folded, so is each word.
    ...words.map((w) => sql`canned_replies.search_text LIKE '%' || kontakt_fold(${escapeLike(w)}) || '%'`),
    q.category !== undefined ? eq(r.category, q.category) : undefined,
    q.language ? sql`${r.variants} @> ${JSON.stringify([{ language: q.language }])}::jsonb` : undefined,
    q.scope ? eq(r.scope, q.scope) : undefined,
    q.ownerId ? eq(r.ownerId, q.ownerId) : undefined,
    q.teamId ? eq(r.teamId, q.teamId) : undefined,
    q.active === 'all' ? undefined : eq(r.active, q.active),
  ];
}

/** The replies the viewer sees, filtered, most used (or alphabetical) first. */
export async function listCannedReplies(
  db: Db,
  organizationId: string,
  viewer: Viewer,
  q: CannedReplyListQuery,
): Promise<CannedReplyRow[]> {
  const r = cannedReplies;
  const order =
    q.sort === 'title'
      ? [asc(sql`lower(${r.title})`), asc(r.id)]
      : [desc(r.usageCount), asc(sql`lower(${r.title})`), asc(r.id)];
  return db
    .select()
    .from(r)
    .where(and(eq(r.organizationId, organizationId), visibility(viewer), ...filters(q)))
    .orderBy(...order)
    .limit(q.limit);
}

/** The reply if the viewer may see it; hidden and missing are both "not found". */
export async function getCannedReplyFor(
  db: Db,
  organizationId: string,
  viewer: Viewer,
  id: string,
): Promise<CannedReplyRow> {
  const [row] = await db
    .select()
    .from(cannedReplies)
    .where(and(eq(cannedReplies.organizationId, organizationId), eq(cannedReplies.id, id)));
  if (!row || !canSee(row, viewer)) throw notFound('Canned reply');
  return row;
}

/** Counts one use (an insertion into a reply) for ordering by popularity. */
export async function countUse(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(cannedReplies)
    .set({ usageCount: sql`${cannedReplies.usageCount} + 1`, lastUsedAt: now })
    .where(eq(cannedReplies.id, id));
}
