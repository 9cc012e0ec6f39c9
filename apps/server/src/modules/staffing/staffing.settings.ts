import { eq } from 'drizzle-orm';
import type { StaffingSettings, UpdateStaffingSettingsInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import type { Db } from '../../platform/db.ts';
import { staffingSettings } from './staffing.table.ts';

/** 80 % answered within 20 s, 5 minutes handle time, 30 % shrinkage until an organization says otherwise. */
export const DEFAULT_STAFFING: StaffingSettings = {
  serviceLevelTarget: 0.8,
  thresholdSeconds: 20,
  defaultAhtSeconds: 300,
  shrinkage: 0.3,
};

export async function getStaffingSettings(db: Db, organizationId: string): Promise<StaffingSettings> {
  const [row] = await db
    .select()
    .from(staffingSettings)
    .where(eq(staffingSettings.organizationId, organizationId));
  if (!row) return { ...DEFAULT_STAFFING };
  return {
    serviceLevelTarget: row.serviceLevelTarget,
    thresholdSeconds: row.thresholdSeconds,
    defaultAhtSeconds: row.defaultAhtSeconds,
    shrinkage: row.shrinkage,
  };
}

export async function updateStaffingSettings(
  ctx: ServiceCtx,
  input: UpdateStaffingSettingsInput,
): Promise<StaffingSettings> {
  const org = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    const next = { ...(await getStaffingSettings(tx, org)), ...input };
    await tx
      .insert(staffingSettings)
      .values({ organizationId: org, ...next, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: staffingSettings.organizationId, set: { ...next, updatedAt: ctx.now } });
    return next;
  });
}
