import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AutomationAction, MacroScope } from '@kontakt/contracts';
import type { StoredVariant } from '../canned-replies/index.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const macros = pgTable('macros', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  scope: text('scope').$type<MacroScope>().notNull(),
  ownerId: uuid('owner_id'),
  actions: jsonb('actions').$type<AutomationAction[]>().notNull(),
  reply: jsonb('reply').$type<{ variants: StoredVariant[] } | null>(),
  active: boolean('active').notNull(),
  usageCount: integer('usage_count').notNull(),
  lastUsedAt: ts('last_used_at'),
  createdById: uuid('created_by_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
export type MacroRow = typeof macros.$inferSelect;
