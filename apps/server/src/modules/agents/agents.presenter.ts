import type { Agent, Team } from '@kontakt/contracts';
import type { AgentRow, TeamRow } from './agents.table.ts';

/**
 * The one JSON shape of an agent; never includes secrets. The last sign-in is told only to those
 * who manage agents (`withSignIn`).
 */
export const presentAgent = (a: AgentRow, teamIds: string[], withSignIn = false): Agent => ({
  id: a.id,
  email: a.email,
  name: a.name,
  role: a.role,
  level: a.level,
  languages: a.languages,
  skills: a.skills,
  locale: a.locale,
  active: a.active,
  totpEnabled: a.totpEnabled,
  teamIds,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
  ...(withSignIn ? { lastLoginAt: a.lastLoginAt?.toISOString() ?? null } : {}),
});

export const presentTeam = (t: TeamRow, memberIds: string[]): Team => ({
  id: t.id,
  name: t.name,
  description: t.description,
  memberIds,
  createdAt: t.createdAt.toISOString(),
});
