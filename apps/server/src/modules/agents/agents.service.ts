import { eq } from 'drizzle-orm';
import type {
  CreateAgentInput,
  CreateTeamInput,
  UpdateAgentInput,
  UpdateTeamInput,
} from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { hashPassword, newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { recordAudit } from '../audit/index.ts';
import { agents, teams } from './agents.table.ts';
import {
  getAgent,
  getTeam,
  memberIdsByTeam,
  setAgentTeams,
  setTeamMembers,
  teamIdsByAgent,
  unknownAgentIds,
  unknownTeamIds,
} from './agents.repo.ts';
import { presentAgent, presentTeam } from './agents.presenter.ts';

const emailTaken = () =>
  new AppError(409, 'email_taken', 'An agent with this e-mail address already exists.');

async function assertKnown(found: Promise<string[]>, what: string) {
  const unknown = await found;
  if (unknown.length > 0) throw new AppError(404, 'not_found', `${what} not found: ${unknown.join(', ')}.`);
}

export async function createAgent(ctx: ServiceCtx, input: CreateAgentInput) {
  const org = ctx.actor.organizationId;
  await assertKnown(unknownTeamIds(ctx.db, org, input.teamIds), 'Team');
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = newId();
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(agents)
        .values({
          id,
          organizationId: org,
          email: input.email,
          name: input.name,
          role: input.role,
          level: input.level,
          languages: input.languages,
          skills: input.skills,
          locale: input.locale,
          active: true,
          passwordHash,
          totpEnabled: false,
          failedLoginCount: 0,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      await setAgentTeams(tx, org, id, input.teamIds);
      await recordAudit(tx, {
        organizationId: org,
        actor: ctx.actor,
        action: 'agent.created',
        subjectType: 'agent',
        subjectId: id,
        meta: ctx.meta,
        details: { role: input.role, level: input.level },
        at: ctx.now,
      });
      return presentAgent(row!, input.teamIds, true);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'agents_email_key')) throw emailTaken();
    throw err;
  }
}

export async function updateAgent(ctx: ServiceCtx, id: string, input: UpdateAgentInput) {
  const org = ctx.actor.organizationId;
  const before = await getAgent(ctx.db, org, id);
  if (input.teamIds) await assertKnown(unknownTeamIds(ctx.db, org, input.teamIds), 'Team');
  if (id === ctx.actor.agentId && ((input.role && input.role !== 'admin') || input.active === false)) {
    throw new AppError(409, 'conflict', 'You cannot remove your own admin role or disable yourself.');
  }
  const { teamIds, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(agents)
      .set({ ...fields, updatedAt: ctx.now })
      .where(eq(agents.id, id))
      .returning();
    if (teamIds) await setAgentTeams(tx, org, id, teamIds);
    const changed = Object.keys(input).filter(
      (k) =>
        JSON.stringify(input[k as keyof UpdateAgentInput]) !==
        JSON.stringify(before[k as keyof typeof before]),
    );
    await recordAudit(tx, {
      organizationId: org,
      actor: ctx.actor,
      action: input.role && input.role !== before.role ? 'agent.role_changed' : 'agent.updated',
      subjectType: 'agent',
      subjectId: id,
      meta: ctx.meta,
      details: {
        changed,
        ...(input.role && input.role !== before.role ? { roleFrom: before.role, roleTo: input.role } : {}),
        ...(input.level && input.level !== before.level
          ? { levelFrom: before.level, levelTo: input.level }
          : {}),
      },
      at: ctx.now,
    });
    const ids = teamIds ?? (await teamIdsByAgent(tx, [id])).get(id) ?? [];
    return presentAgent(row!, ids, true);
  });
}

export async function createTeam(ctx: ServiceCtx, input: CreateTeamInput) {
  const org = ctx.actor.organizationId;
  await assertKnown(unknownAgentIds(ctx.db, org, input.memberIds), 'Agent');
  const id = newId();
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(teams)
        .values({
          id,
          organizationId: org,
          name: input.name,
          description: input.description,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        })
        .returning();
      await setTeamMembers(tx, org, id, input.memberIds);
      await recordAudit(tx, {
        organizationId: org,
        actor: ctx.actor,
        action: 'team.created',
        subjectType: 'team',
        subjectId: id,
        meta: ctx.meta,
        at: ctx.now,
      });
      return presentTeam(row!, input.memberIds);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'teams_name_key')) throw teamNameTaken();
    throw err;
  }
}

const teamNameTaken = () => new AppError(409, 'conflict', 'A team with this name already exists.');

export async function updateTeam(ctx: ServiceCtx, id: string, input: UpdateTeamInput) {
  const org = ctx.actor.organizationId;
  await getTeam(ctx.db, org, id);
  if (input.memberIds) await assertKnown(unknownAgentIds(ctx.db, org, input.memberIds), 'Agent');
  const { memberIds, ...fields } = input;
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(teams)
        .set({ ...fields, updatedAt: ctx.now })
        .where(eq(teams.id, id))
        .returning();
      if (memberIds) await setTeamMembers(tx, org, id, memberIds);
      await recordAudit(tx, {
        organizationId: org,
        actor: ctx.actor,
        action: 'team.updated',
        subjectType: 'team',
        subjectId: id,
        meta: ctx.meta,
        details: { changed: Object.keys(input) },
        at: ctx.now,
      });
      const ids = memberIds ?? (await memberIdsByTeam(tx, [id])).get(id) ?? [];
      return presentTeam(row!, ids);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'teams_name_key')) throw teamNameTaken();
    throw err;
  }
}

export async function deleteTeam(ctx: ServiceCtx, id: string) {
  const org = ctx.actor.organizationId;
  await getTeam(ctx.db, org, id);
  await ctx.db.transaction(async (tx) => {
    const gone = await tx.delete(teams).where(eq(teams.id, id)).returning({ id: teams.id });
    if (gone.length === 0) throw notFound('Team');
    await recordAudit(tx, {
      organizationId: org,
      actor: ctx.actor,
      action: 'team.deleted',
      subjectType: 'team',
      subjectId: id,
      meta: ctx.meta,
      at: ctx.now,
    });
  });
}
