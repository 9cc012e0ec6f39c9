import { and, desc, eq, like, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import type { Actor, RequestMeta } from '../../http/actor.ts';
import { newId } from '../../platform/crypto.ts';
import { olderThanCursor, toPage } from '../../platform/cursor.ts';
import { auditLog, type AuditRow } from './audit.table.ts';

/** Audit actions recorded so far; later issues add access to personal data. */
export type AuditAction =
  | 'auth.login_succeeded'
  | 'auth.login_failed'
  | 'auth.locked'
  | 'auth.logout'
  | 'auth.password_changed'
  | 'auth.password_reset_requested'
  | 'auth.password_reset_completed'
  | 'auth.totp_enabled'
  | 'auth.totp_disabled'
  | 'auth.session_revoked'
  | 'agent.created'
  | 'agent.updated'
  | 'agent.role_changed'
  | 'agent.invited'
  | 'team.created'
  | 'team.updated'
  | 'team.deleted'
  | 'api_token.created'
  | 'api_token.revoked'
  | 'organization.updated'
  | 'customer.viewed'
  | 'customer.created'
  | 'customer.updated'
  | 'customer.identity_added'
  | 'customer.identity_removed'
  | 'customer.merged'
  | 'company.created'
  | 'company.updated'
  | 'customer_attribute.created'
  | 'customer_attribute.updated'
  /** A complaint record (with the consumer's personal data) was opened. */
  | 'complaint.viewed'
  /** A CZ complaint's deadline was extended by the consumer's recorded agreement. */
  | 'complaint.extended'
  /** A complaint cause of the root-cause taxonomy was added or changed. */
  | 'complaint_cause.created'
  | 'complaint_cause.updated'
  /** A return / withdrawal record (with the customer's order and account details) was opened. */
  | 'return.viewed'
  /** An order (with the customer's delivery address) was opened. */
  | 'order.viewed'
  /** The raw source of an e-mail (all its headers and addresses) was downloaded. */
  | 'message.source_downloaded';

export interface AuditInput {
  organizationId: string | null;
  actor: Pick<Actor, 'kind' | 'agentId' | 'tokenId'> | { kind: 'system' | 'anonymous' };
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  meta?: RequestMeta;
  details?: Record<string, unknown>;
  at: Date;
}

/** Appends one entry; pass the transaction that makes the change so both commit together. */
export async function recordAudit(db: Db, input: AuditInput): Promise<void> {
  const a = input.actor;
  await db.insert(auditLog).values({
    id: newId(),
    organizationId: input.organizationId,
    actorType: a.kind,
    actorId: a.kind === 'agent' ? a.agentId : a.kind === 'api_token' ? a.tokenId : null,
    action: input.action,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    ip: input.meta?.ip ?? null,
    details: input.details ?? {},
    createdAt: input.at,
  });
}

export interface AuditQuery {
  limit: number;
  cursor?: string | undefined;
  action?: string | undefined;
  subjectId?: string | undefined;
}

/** Newest first, keyset-paginated on (created_at, id). */
export async function listAudit(db: Db, organizationId: string, q: AuditQuery) {
  const conds = [eq(auditLog.organizationId, organizationId)];
  if (q.action) conds.push(like(auditLog.action, `${q.action.replace(/[\\%_]/g, '\\$&')}%`));
  if (q.subjectId) conds.push(eq(auditLog.subjectId, q.subjectId));
  const older = olderThanCursor(auditLog.createdAt, auditLog.id, q.cursor);
  if (older) conds.push(older);
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conds))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(q.limit + 1);
  return toPage(rows, q.limit, (r) => r.createdAt);
}

/** Deletes entries older than the retention period (the only delete the table allows). */
export async function purgeAudit(db: Db, before: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('kontakt.audit_retention', 'on', true)`);
    const deleted = await tx
      .delete(auditLog)
      .where(lt(auditLog.createdAt, before))
      .returning({ id: auditLog.id });
    return deleted.length;
  });
}

export const presentAudit = (r: AuditRow) => ({
  id: r.id,
  actorType: r.actorType,
  actorId: r.actorId,
  action: r.action,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  ip: r.ip,
  details: r.details,
  createdAt: r.createdAt.toISOString(),
});
