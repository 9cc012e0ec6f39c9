import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type {
  ActivitySystemKey,
  CreateActivityCategoryInput,
  Locale,
  UpdateActivityCategoryInput,
} from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import type { Db } from '../../platform/db.ts';
import { findOrganizationSettings } from '../organizations/organizations.settings.ts';
import { presentCategory } from './time-tracking.presenter.ts';
import { activityCategories, type ActivityCategoryRow } from './time-tracking.table.ts';

/** The categories an organization starts with, named in its default language. */
const SYSTEM_CATEGORIES: Record<ActivitySystemKey, Record<Locale, string>> = {
  handling: { en: 'Handling', pl: 'Obsługa zgłoszeń', cs: 'Vyřizování požadavků' },
  complaint_assessment: {
    en: 'Complaint assessment',
    pl: 'Rozpatrywanie reklamacji',
    cs: 'Posuzování reklamací',
  },
  order_entry: { en: 'Order entry', pl: 'Wprowadzanie zamówień', cs: 'Zadávání objednávek' },
  training: { en: 'Training', pl: 'Szkolenie', cs: 'Školení' },
};

/** Creates the system categories on an organization's first use (concurrent first uses are harmless). */
async function ensureCategories(db: Db, org: string, now: Date): Promise<void> {
  const [any] = await db
    .select({ id: activityCategories.id })
    .from(activityCategories)
    .where(eq(activityCategories.organizationId, org))
    .limit(1);
  if (any) return;
  const { defaultLocale } = await findOrganizationSettings(db, org);
  const rows = (Object.keys(SYSTEM_CATEGORIES) as ActivitySystemKey[]).map((key) => ({
    id: newId(),
    organizationId: org,
    name: SYSTEM_CATEGORIES[key][defaultLocale],
    systemKey: key,
    isDefault: key === 'handling',
    active: true,
    createdAt: now,
    updatedAt: now,
  }));
  await db.insert(activityCategories).values(rows).onConflictDoNothing();
}

export async function listCategories(db: Db, org: string, now: Date): Promise<ActivityCategoryRow[]> {
  await ensureCategories(db, org, now);
  return db
    .select()
    .from(activityCategories)
    .where(eq(activityCategories.organizationId, org))
    .orderBy(
      desc(activityCategories.isDefault),
      sql`lower(${activityCategories.name})`,
      asc(activityCategories.id),
    );
}

export async function getCategory(db: Db, org: string, id: string): Promise<ActivityCategoryRow> {
  const [row] = await db
    .select()
    .from(activityCategories)
    .where(and(eq(activityCategories.organizationId, org), eq(activityCategories.id, id)));
  if (!row) throw notFound('Activity category');
  return row;
}

/** A category time may be booked on: it exists in the organization and is active. */
export async function usableCategory(db: Db, org: string, id: string): Promise<ActivityCategoryRow> {
  const [row] = await db
    .select()
    .from(activityCategories)
    .where(and(eq(activityCategories.organizationId, org), eq(activityCategories.id, id)));
  if (!row)
    throw new AppError(400, 'unknown_reference', 'No such activity category.', { field: 'categoryId' });
  if (!row.active)
    throw new AppError(400, 'validation_failed', 'This activity category is inactive.', {
      field: 'categoryId',
    });
  return row;
}

export async function defaultCategory(db: Db, org: string, now: Date): Promise<ActivityCategoryRow> {
  const rows = await listCategories(db, org, now);
  const row = rows.find((r) => r.isDefault && r.active) ?? rows.find((r) => r.active);
  if (!row)
    throw new AppError(400, 'validation_failed', 'No active activity category.', { field: 'categoryId' });
  return row;
}

async function guardName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'activity_categories_name_key'))
      throw new AppError(409, 'conflict', 'An activity category with this name already exists.', {
        field: 'name',
      });
    throw err;
  }
}

export async function createCategory(ctx: ServiceCtx, input: CreateActivityCategoryInput) {
  const org = ctx.actor.organizationId;
  await ensureCategories(ctx.db, org, ctx.now);
  const [row] = await guardName(() =>
    ctx.db
      .insert(activityCategories)
      .values({
        id: newId(),
        organizationId: org,
        name: input.name,
        systemKey: null,
        isDefault: false,
        active: input.active ?? true,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning(),
  );
  return presentCategory(row!);
}

/** Renames, (de)activates or makes a category the timer's default; the default stays active. */
export async function updateCategory(ctx: ServiceCtx, id: string, input: UpdateActivityCategoryInput) {
  const org = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    const current = await getCategory(tx, org, id);
    const willBeDefault = input.isDefault === true || current.isDefault;
    if (willBeDefault && input.active === false)
      throw new AppError(400, 'validation_failed', 'The default category cannot be deactivated.', {
        field: 'active',
      });
    if (input.isDefault && !current.isDefault)
      await tx
        .update(activityCategories)
        .set({ isDefault: false, updatedAt: ctx.now })
        .where(and(eq(activityCategories.organizationId, org), eq(activityCategories.isDefault, true)));
    const [row] = await guardName(() =>
      tx
        .update(activityCategories)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.active !== undefined ? { active: input.active } : {}),
          ...(input.isDefault ? { isDefault: true } : {}),
          updatedAt: ctx.now,
        })
        .where(and(eq(activityCategories.organizationId, org), eq(activityCategories.id, id)))
        .returning(),
    );
    return presentCategory(row!);
  });
}
