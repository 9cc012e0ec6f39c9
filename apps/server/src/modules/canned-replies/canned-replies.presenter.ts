import type { CannedReply } from '@kontakt/contracts';
import type { CannedReplyRow } from './canned-replies.table.ts';
import { abilities, type Viewer } from './canned-replies.policy.ts';

/** The one JSON shape of a canned reply, with what this viewer may do with it. */
export const presentCannedReply = (r: CannedReplyRow, viewer: Viewer): CannedReply => ({
  id: r.id,
  title: r.title,
  shortcut: r.shortcut,
  category: r.category,
  scope: r.scope,
  ownerId: r.ownerId,
  teamId: r.teamId,
  active: r.active,
  variants: r.variants.map((v) => ({ language: v.language, bodyHtml: v.html, bodyText: v.text })),
  usageCount: r.usageCount,
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  createdById: r.createdById,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  abilities: abilities(r, viewer),
});
