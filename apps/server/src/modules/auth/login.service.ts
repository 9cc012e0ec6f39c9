import { eq, sql } from 'drizzle-orm';
import { verify as verifyTotp } from 'otplib';
import type { Db } from '../../platform/db.ts';
import type { RequestMeta } from '../../http/actor.ts';
import { AppError } from '../../http/errors.ts';
import { dummyPasswordHash, verifyPassword } from '../../platform/crypto.ts';
import { recordAudit } from '../audit/index.ts';
import { agents, findAgentByEmail, type AgentRow } from '../agents/index.ts';
import { createSession } from './sessions.service.ts';

export interface LoginPolicy {
  maxFailures: number;
  lockMinutes: number;
  sessionTtlHours: number;
}

const invalid = () => new AppError(401, 'invalid_credentials', 'The e-mail address or password is wrong.');

function lockedError(until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    423,
    'account_locked',
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { retryAfterSeconds: seconds },
    { 'retry-after': String(seconds) },
  );
}

/** A six-digit code from the agent's authenticator; a step either side tolerates clock drift. */
export async function totpMatches(secret: string, code: string, now: Date): Promise<boolean> {
  const r = await verifyTotp({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: 30,
  });
  return r.valid;
}

/**
 * Signs an agent in. Every failure counts towards the lock-out, including a wrong second factor;
 * the answer never tells whether the e-mail address exists.
 */
export async function login(
  db: Db,
  input: { email: string; password: string; totp?: string | undefined },
  meta: RequestMeta,
  now: Date,
  policy: LoginPolicy,
) {
  const agent = await findAgentByEmail(db, input.email);
  if (!agent || !agent.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await recordAudit(db, {
      organizationId: agent?.organizationId ?? null,
      actor: { kind: 'anonymous' },
      action: 'auth.login_failed',
      subjectType: agent ? 'agent' : undefined,
      subjectId: agent?.id,
      meta,
      details: { reason: agent ? 'no_password' : 'unknown_email' },
      at: now,
    });
    throw invalid();
  }
  if (agent.lockedUntil && agent.lockedUntil > now) throw lockedError(agent.lockedUntil, now);

  if (!(await verifyPassword(agent.passwordHash, input.password))) {
    throw await failed(db, agent, meta, now, policy, 'wrong_password', invalid());
  }
  if (!agent.active) {
    throw new AppError(403, 'account_disabled', 'This account is disabled. Ask your administrator.');
  }
  if (agent.totpEnabled && agent.totpSecret) {
    if (!input.totp) {
      throw new AppError(401, 'totp_required', 'Enter the six-digit code from your authenticator app.');
    }
    if (!(await totpMatches(agent.totpSecret, input.totp, now))) {
      throw await failed(
        db,
        agent,
        meta,
        now,
        policy,
        'wrong_totp',
        new AppError(401, 'totp_invalid', 'The code is wrong or has expired.'),
      );
    }
  }
  return db.transaction(async (tx) => {
    await tx
      .update(agents)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(agents.id, agent.id));
    const { token, session } = await createSession(tx, {
      organizationId: agent.organizationId,
      agentId: agent.id,
      meta,
      now,
      ttlHours: policy.sessionTtlHours,
    });
    await recordAudit(tx, {
      organizationId: agent.organizationId,
      actor: { kind: 'agent', agentId: agent.id, tokenId: null },
      action: 'auth.login_succeeded',
      subjectType: 'session',
      subjectId: session.id,
      meta,
      details: { secondFactor: agent.totpEnabled },
      at: now,
    });
    return { agent, token, session };
  });
}

/** Counts a failure atomically; the Nth failure locks the account. Returns the error to throw. */
async function failed(
  db: Db,
  agent: AgentRow,
  meta: RequestMeta,
  now: Date,
  policy: LoginPolicy,
  reason: string,
  error: AppError,
): Promise<AppError> {
  const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
  const [row] = await db
    .update(agents)
    .set({
      failedLoginCount: sql`${agents.failedLoginCount} + 1`,
      lockedUntil: sql`CASE WHEN ${agents.failedLoginCount} + 1 >= ${policy.maxFailures} THEN ${lockUntil.toISOString()}::timestamptz ELSE NULL END`,
    })
    .where(eq(agents.id, agent.id))
    .returning({ count: agents.failedLoginCount, lockedUntil: agents.lockedUntil });
  const audit = {
    organizationId: agent.organizationId,
    actor: { kind: 'anonymous' as const },
    subjectType: 'agent',
    subjectId: agent.id,
    meta,
    at: now,
  };
  await recordAudit(db, { ...audit, action: 'auth.login_failed', details: { reason, failures: row?.count } });
  if (row?.lockedUntil) {
    await db.update(agents).set({ failedLoginCount: 0 }).where(eq(agents.id, agent.id));
    await recordAudit(db, {
      ...audit,
      action: 'auth.locked',
      details: { until: row.lockedUntil.toISOString() },
    });
    return lockedError(row.lockedUntil, now);
  }
  return error;
}
