import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { CreateApiTokenInput, Scope } from '@kontakt/contracts';
import type { z } from 'zod';
import type { Actor, ServiceCtx } from '../../http/actor.ts';
import { ROLE_SCOPES, hasScope } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Db } from '../../platform/db.ts';
import { newId, randomToken, sha256 } from '../../platform/crypto.ts';
import { recordAudit } from '../audit/index.ts';
import { agents } from '../agents/index.ts';
import { apiTokens, type ApiTokenRow } from './auth.table.ts';

/** Tokens look like `ktk_<prefix>_<secret>`; the prefix identifies them in lists and logs. */
const TOKEN_RE = /^ktk_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{20,})$/;

export const presentApiToken = (t: ApiTokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes as Scope[],
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  expiresAt: t.expiresAt?.toISOString() ?? null,
});

/** A token never grants more than its owner's role allows. */
export async function createApiToken(ctx: ServiceCtx, input: z.infer<typeof CreateApiTokenInput>) {
  const beyond = input.scopes.filter((s) => !hasScope(ROLE_SCOPES[ctx.actor.role], s));
  if (beyond.length > 0) {
    throw new AppError(403, 'insufficient_scope', `Your role cannot grant: ${beyond.join(', ')}.`);
  }
  const prefix = randomToken(6)
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, 8);
  const token = `ktk_${prefix}_${randomToken(32)}`;
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        id,
        organizationId: ctx.actor.organizationId,
        agentId: ctx.actor.agentId,
        name: input.name,
        prefix,
        tokenHash: sha256(token),
        scopes: input.scopes,
        createdAt: ctx.now,
        expiresAt: input.expiresInDays
          ? new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000)
          : null,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actor: ctx.actor,
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: id,
      meta: ctx.meta,
      details: { name: input.name, prefix, scopes: input.scopes },
      at: ctx.now,
    });
    return { ...presentApiToken(row!), token };
  });
}

/** Admins see every token of the organization; others their own. */
export async function listApiTokens(ctx: ServiceCtx) {
  const conds = [eq(apiTokens.organizationId, ctx.actor.organizationId), isNull(apiTokens.revokedAt)];
  if (ctx.actor.role !== 'admin') conds.push(eq(apiTokens.agentId, ctx.actor.agentId));
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(...conds))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(presentApiToken);
}

export async function revokeApiToken(ctx: ServiceCtx, id: string) {
  const conds = [
    eq(apiTokens.organizationId, ctx.actor.organizationId),
    eq(apiTokens.id, id),
    isNull(apiTokens.revokedAt),
  ];
  if (ctx.actor.role !== 'admin') conds.push(eq(apiTokens.agentId, ctx.actor.agentId));
  await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.now })
      .where(and(...conds))
      .returning();
    if (rows.length === 0) throw notFound('API token');
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actor: ctx.actor,
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: id,
      meta: ctx.meta,
      at: ctx.now,
    });
  });
}

/** The actor behind a bearer token: the owner's role narrowed to the token's scopes. */
export async function actorFromApiToken(db: Db, token: string, now: Date): Promise<Actor | null> {
  if (!TOKEN_RE.test(token)) return null;
  const [row] = await db
    .select({ token: apiTokens, role: agents.role, active: agents.active })
    .from(apiTokens)
    .innerJoin(agents, eq(agents.id, apiTokens.agentId))
    .where(
      and(
        eq(apiTokens.tokenHash, sha256(token)),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
      ),
    )
    .limit(1);
  if (!row || !row.active) return null;
  const roleScopes = ROLE_SCOPES[row.role];
  const scopes = (row.token.scopes as Scope[]).filter((s) => hasScope(roleScopes, s));
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return {
    kind: 'api_token',
    organizationId: row.token.organizationId,
    agentId: row.token.agentId,
    role: row.role,
    scopes,
    sessionId: null,
    tokenId: row.token.id,
    csrfToken: null,
  };
}
