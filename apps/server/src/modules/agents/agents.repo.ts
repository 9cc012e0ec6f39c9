import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { notFound } from '../../http/errors.ts';
import { agents, teamMembers, teams, type AgentRow, type TeamRow } from './agents.table.ts';

/** Sign-in looks agents up by e-mail across organizations (addresses are globally unique). */
export async function findAgentByEmail(db: Db, email: string): Promise<AgentRow | null> {
  const [row] = await db
    .select()
    .from(agents)
    .where(sql`lower(${agents.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

export async function findAgent(db: Db, organizationId: string, id: string): Promise<AgentRow | null> {
  const [row] = await db
    .select()
    .from(agents)
    .where(and(eq(agents.organizationId, organizationId), eq(agents.id, id)));
  return row ?? null;
}

export async function getAgent(db: Db, organizationId: string, id: string): Promise<AgentRow> {
  const row = await findAgent(db, organizationId, id);
  if (!row) throw notFound('Agent');
  return row;
}

export async function listAgents(db: Db, organizationId: string): Promise<AgentRow[]> {
  return db.select().from(agents).where(eq(agents.organizationId, organizationId)).orderBy(asc(agents.name));
}

/** Team ids per agent. */
export async function teamIdsByAgent(db: Db, agentIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(agentIds.map((id) => [id, []]));
  if (agentIds.length === 0) return map;
  const rows = await db.select().from(teamMembers).where(inArray(teamMembers.agentId, agentIds));
  for (const r of rows) map.get(r.agentId)?.push(r.teamId);
  return map;
}

/** Member ids per team. */
export async function memberIdsByTeam(db: Db, teamIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(teamIds.map((id) => [id, []]));
  if (teamIds.length === 0) return map;
  const rows = await db.select().from(teamMembers).where(inArray(teamMembers.teamId, teamIds));
  for (const r of rows) map.get(r.teamId)?.push(r.agentId);
  return map;
}

export async function listTeams(db: Db, organizationId: string): Promise<TeamRow[]> {
  return db.select().from(teams).where(eq(teams.organizationId, organizationId)).orderBy(asc(teams.name));
}

export async function getTeam(db: Db, organizationId: string, id: string): Promise<TeamRow> {
  const [row] = await db
    .select()
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), eq(teams.id, id)));
  if (!row) throw notFound('Team');
  return row;
}

/** Ids among `ids` that are not agents of this organization (to reject them as not found). */
export async function unknownAgentIds(db: Db, organizationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.organizationId, organizationId), inArray(agents.id, ids)));
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export async function unknownTeamIds(db: Db, organizationId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organizationId, organizationId), inArray(teams.id, ids)));
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

/** Replaces an agent's team memberships. */
export async function setAgentTeams(db: Db, organizationId: string, agentId: string, teamIds: string[]) {
  await db.delete(teamMembers).where(eq(teamMembers.agentId, agentId));
  if (teamIds.length > 0) {
    await db.insert(teamMembers).values(teamIds.map((teamId) => ({ teamId, agentId, organizationId })));
  }
}

/** Replaces a team's members. */
export async function setTeamMembers(db: Db, organizationId: string, teamId: string, agentIds: string[]) {
  await db.delete(teamMembers).where(eq(teamMembers.teamId, teamId));
  if (agentIds.length > 0) {
    await db.insert(teamMembers).values(agentIds.map((agentId) => ({ teamId, agentId, organizationId })));
  }
}
