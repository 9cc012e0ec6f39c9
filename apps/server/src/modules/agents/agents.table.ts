import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const agents = pgTable('agents', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role').$type<'agent' | 'lead' | 'qa' | 'admin'>().notNull(),
  level: text('level').$type<'junior' | 'regular' | 'senior'>().notNull(),
  languages: text('languages').array().$type<Array<'pl' | 'cs' | 'en'>>().notNull(),
  skills: text('skills').array().notNull(),
  locale: text('locale').$type<'pl' | 'cs' | 'en'>().notNull(),
  active: boolean('active').notNull(),
  passwordHash: text('password_hash'),
  totpSecret: text('totp_secret'),
  totpEnabled: boolean('totp_enabled').notNull(),
  failedLoginCount: integer('failed_login_count').notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type AgentRow = typeof agents.$inferSelect;

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
export type TeamRow = typeof teams.$inferSelect;

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.agentId] })],
);
