import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { notFound } from '../../http/errors.ts';
import { canSeeMacro, type MacroViewer } from './macros.policy.ts';
import { macros, type MacroRow } from './macros.table.ts';

/** The macros the viewer sees, most used first (then by name); all SQL on macros lives here. */
export async function listMacros(
  db: Db,
  organizationId: string,
  viewer: MacroViewer,
  q: { active?: boolean | undefined },
): Promise<MacroRow[]> {
  const conds = [eq(macros.organizationId, organizationId)];
  if (viewer.role !== 'admin')
    conds.push(or(eq(macros.scope, 'organization'), eq(macros.ownerId, viewer.agentId))!);
  if (q.active !== undefined) conds.push(eq(macros.active, q.active));
  return db
    .select()
    .from(macros)
    .where(and(...conds))
    .orderBy(desc(macros.usageCount), sql`lower(${macros.name})`, macros.id)
    .limit(500);
}

/** A macro the viewer sees; any other id (another organization, someone's personal one) is 404. */
export async function getMacroFor(db: Db, organizationId: string, viewer: MacroViewer, id: string) {
  const [row] = await db
    .select()
    .from(macros)
    .where(and(eq(macros.organizationId, organizationId), eq(macros.id, id)));
  if (!row || !canSeeMacro(row, viewer)) throw notFound('Macro');
  return row;
}

/** Counts one application. */
export async function countMacroUse(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(macros)
    .set({ usageCount: sql`${macros.usageCount} + 1`, lastUsedAt: now })
    .where(eq(macros.id, id));
}
