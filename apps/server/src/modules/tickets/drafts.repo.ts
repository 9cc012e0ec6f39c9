import { and, desc, eq, ne } from 'drizzle-orm';
import type { DraftSummary, TicketDraft } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { agents } from '../agents/index.ts';
import { ticketDrafts, type TicketDraftRow } from './drafts.table.ts';

const PREVIEW = 200;

export const presentDraft = (d: TicketDraftRow): TicketDraft => ({
  ticketId: d.ticketId,
  agentId: d.agentId,
  kind: d.kind,
  text: d.bodyText,
  mentions: d.mentions,
  version: d.version,
  updatedAt: d.updatedAt.toISOString(),
  takenFrom:
    d.takenFromAgentId && d.takenFromUpdatedAt
      ? { agentId: d.takenFromAgentId, updatedAt: d.takenFromUpdatedAt.toISOString() }
      : null,
});

const draftKey = (ticketId: string, agentId: string) =>
  and(eq(ticketDrafts.ticketId, ticketId), eq(ticketDrafts.agentId, agentId));

export async function findDraft(db: Db, ticketId: string, agentId: string): Promise<TicketDraftRow | null> {
  const [row] = await db.select().from(ticketDrafts).where(draftKey(ticketId, agentId));
  return row ?? null;
}

/** Colleagues' drafts with text on a ticket, newest first, as previews. */
export async function otherDrafts(db: Db, ticketId: string, agentId: string): Promise<DraftSummary[]> {
  const rows = await db
    .select({ draft: ticketDrafts, name: agents.name })
    .from(ticketDrafts)
    .innerJoin(agents, eq(agents.id, ticketDrafts.agentId))
    .where(and(eq(ticketDrafts.ticketId, ticketId), ne(ticketDrafts.agentId, agentId)))
    .orderBy(desc(ticketDrafts.updatedAt));
  return rows
    .filter((r) => r.draft.bodyText.trim())
    .map(({ draft, name }) => {
      const text = draft.bodyText.replace(/\s+/g, ' ').trim();
      return {
        agent: { id: draft.agentId, name },
        kind: draft.kind,
        preview: text.length > PREVIEW ? `${text.slice(0, PREVIEW - 1)}…` : text,
        updatedAt: draft.updatedAt.toISOString(),
      };
    });
}

/** Removes an agent's draft; with `version`, only that version. Returns whether a row went. */
export async function deleteDraftRow(db: Db, ticketId: string, agentId: string, version?: number) {
  const rows = await db
    .delete(ticketDrafts)
    .where(and(draftKey(ticketId, agentId), version ? eq(ticketDrafts.version, version) : undefined))
    .returning({ version: ticketDrafts.version });
  return rows.length > 0;
}

export type DraftContent = Pick<TicketDraftRow, 'kind' | 'bodyText' | 'mentions'> &
  Partial<Pick<TicketDraftRow, 'takenFromAgentId' | 'takenFromUpdatedAt'>>;

/**
 * Writes the draft if its current version is `version` (0: none yet); null when another save
 * got there first. The compare-and-set is one statement, so two tabs cannot both win.
 */
export async function writeDraftRow(
  db: Db,
  key: { organizationId: string; ticketId: string; agentId: string },
  version: number,
  content: DraftContent,
  now: Date,
): Promise<TicketDraftRow | null> {
  if (version === 0) {
    const [row] = await db
      .insert(ticketDrafts)
      .values({ ...key, ...content, version: 1, createdAt: now, updatedAt: now })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(ticketDrafts)
    .set({ ...content, version: version + 1, updatedAt: now })
    .where(and(draftKey(key.ticketId, key.agentId), eq(ticketDrafts.version, version)))
    .returning();
  return row ?? null;
}
