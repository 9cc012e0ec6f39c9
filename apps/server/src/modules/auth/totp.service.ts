import { eq } from 'drizzle-orm';
import { generateSecret, generateURI } from 'otplib';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { agents, getAgent } from '../agents/index.ts';
import { totpMatches } from './login.service.ts';

/** Starts two-factor set-up: a new secret, not yet active until a code confirms it. */
export async function setupTotp(ctx: ServiceCtx) {
  const agent = await getAgent(ctx.db, ctx.actor.organizationId, ctx.actor.agentId);
  if (agent.totpEnabled) throw new AppError(409, 'conflict', 'Two-factor sign-in is already on.');
  const secret = generateSecret();
  await ctx.db.update(agents).set({ totpSecret: secret }).where(eq(agents.id, agent.id));
  return { secret, uri: generateURI({ issuer: 'Kontakt', label: agent.email, secret }) };
}

async function checkCode(ctx: ServiceCtx, code: string) {
  const agent = await getAgent(ctx.db, ctx.actor.organizationId, ctx.actor.agentId);
  if (!agent.totpSecret) throw new AppError(409, 'conflict', 'Start the two-factor set-up first.');
  if (!(await totpMatches(agent.totpSecret, code, ctx.now))) {
    throw new AppError(400, 'totp_invalid', 'The code is wrong or has expired.');
  }
  return agent;
}

export async function setTotpEnabled(ctx: ServiceCtx, code: string, enabled: boolean) {
  const agent = await checkCode(ctx, code);
  if (agent.totpEnabled === enabled) return;
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(agents)
      .set({ totpEnabled: enabled, totpSecret: enabled ? agent.totpSecret : null, updatedAt: ctx.now })
      .where(eq(agents.id, agent.id));
    await recordAudit(tx, {
      organizationId: agent.organizationId,
      actor: ctx.actor,
      action: enabled ? 'auth.totp_enabled' : 'auth.totp_disabled',
      subjectType: 'agent',
      subjectId: agent.id,
      meta: ctx.meta,
      at: ctx.now,
    });
  });
}
