import type { Macro } from '@kontakt/contracts';
import { macroAbilities, type MacroViewer } from './macros.policy.ts';
import type { MacroRow } from './macros.table.ts';

/** The one JSON shape of a macro. */
export const presentMacro = (r: MacroRow, viewer: MacroViewer): Macro => ({
  id: r.id,
  name: r.name,
  description: r.description,
  scope: r.scope,
  ownerId: r.ownerId,
  actions: r.actions,
  reply: r.reply && {
    variants: r.reply.variants.map((v) => ({ language: v.language, bodyHtml: v.html, bodyText: v.text })),
  },
  active: r.active,
  usageCount: r.usageCount,
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  abilities: macroAbilities(r, viewer),
});
