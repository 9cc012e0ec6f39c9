import { eq } from 'drizzle-orm';
import type { MeResponse, UpdateMeInput } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import { agents, getAgent, presentAgent, teamIdsByAgent } from '../agents/index.ts';
import { organizations } from '../organizations/index.ts';

export async function getMe(
  db: Db,
  organizationId: string,
  agentId: string,
  csrfToken: string,
): Promise<MeResponse> {
  const agent = await getAgent(db, organizationId, agentId);
  const [org] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
  if (!org) throw notFound('Organization');
  const teamIds = (await teamIdsByAgent(db, [agentId])).get(agentId) ?? [];
  return {
    agent: presentAgent(agent, teamIds),
    organization: { id: org.id, name: org.name, slug: org.slug },
    csrfToken,
  };
}

export async function updateMe(ctx: ServiceCtx, input: UpdateMeInput): Promise<MeResponse> {
  if (Object.keys(input).length > 0) {
    await ctx.db
      .update(agents)
      .set({ ...input, updatedAt: ctx.now })
      .where(eq(agents.id, ctx.actor.agentId));
  }
  return getMe(ctx.db, ctx.actor.organizationId, ctx.actor.agentId, ctx.actor.csrfToken ?? '');
}
