import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { RequestMeta, ServiceCtx } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { hashPassword, newId, randomToken, sha256, verifyPassword } from '../../platform/crypto.ts';
import { recordAudit } from '../audit/index.ts';
import { agents, findAgentByEmail, getAgent } from '../agents/index.ts';
import type { Mailer } from '../outbox/index.ts';
import { passwordResetTokens } from './auth.table.ts';
import { revokeAllSessions } from './sessions.service.ts';
import { resetMail } from './auth.mails.ts';

const RESET_TTL_MS = 60 * 60_000;

export async function changePassword(ctx: ServiceCtx, currentPassword: string, newPassword: string) {
  const agent = await getAgent(ctx.db, ctx.actor.organizationId, ctx.actor.agentId);
  if (!agent.passwordHash || !(await verifyPassword(agent.passwordHash, currentPassword))) {
    throw new AppError(400, 'invalid_credentials', 'The current password is wrong.');
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(agents).set({ passwordHash, updatedAt: ctx.now }).where(eq(agents.id, agent.id));
    // Other devices must sign in again with the new password.
    await revokeAllSessions(tx, agent.id, ctx.now, ctx.actor.sessionId ?? undefined);
    await recordAudit(tx, {
      organizationId: agent.organizationId,
      actor: ctx.actor,
      action: 'auth.password_changed',
      subjectType: 'agent',
      subjectId: agent.id,
      meta: ctx.meta,
      at: ctx.now,
    });
  });
}

/**
 * Stores a one-time password token for the agent and returns the web app's link that uses it
 * (reset and invitation e-mails alike).
 */
export async function createPasswordLink(
  db: Db,
  agent: { id: string; organizationId: string },
  opts: { publicUrl: string; now: Date; ttlMs: number },
): Promise<string> {
  const token = randomToken();
  await db.insert(passwordResetTokens).values({
    id: newId(),
    organizationId: agent.organizationId,
    agentId: agent.id,
    tokenHash: sha256(token),
    createdAt: opts.now,
    expiresAt: new Date(opts.now.getTime() + opts.ttlMs),
  });
  return `${opts.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

/** Sends a reset link when the address belongs to an active agent; answers the same either way. */
export async function requestPasswordReset(
  deps: { db: Db; mailer: Mailer; publicUrl: string },
  email: string,
  meta: RequestMeta,
  now: Date,
) {
  const agent = await findAgentByEmail(deps.db, email);
  if (!agent || !agent.active) return;
  const link = await createPasswordLink(deps.db, agent, {
    publicUrl: deps.publicUrl,
    now,
    ttlMs: RESET_TTL_MS,
  });
  await deps.mailer.queue({
    organizationId: agent.organizationId,
    purpose: 'password_reset',
    to: agent.email,
    ...resetMail(agent.locale, agent.name, link),
  });
  await recordAudit(deps.db, {
    organizationId: agent.organizationId,
    actor: { kind: 'anonymous' },
    action: 'auth.password_reset_requested',
    subjectType: 'agent',
    subjectId: agent.id,
    meta,
    at: now,
  });
}

export async function confirmPasswordReset(
  db: Db,
  token: string,
  password: string,
  meta: RequestMeta,
  now: Date,
) {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, sha256(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning();
    if (!used) {
      throw new AppError(400, 'invalid_token', 'This link is invalid or has expired. Ask for a new one.');
    }
    await tx
      .update(agents)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, updatedAt: now })
      .where(eq(agents.id, used.agentId));
    await revokeAllSessions(tx, used.agentId, now);
    await recordAudit(tx, {
      organizationId: used.organizationId,
      actor: { kind: 'anonymous' },
      action: 'auth.password_reset_completed',
      subjectType: 'agent',
      subjectId: used.agentId,
      meta,
      at: now,
    });
  });
}
