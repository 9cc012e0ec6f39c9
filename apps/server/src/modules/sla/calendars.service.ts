import { and, asc, eq } from 'drizzle-orm';
import type { CreateCalendarInput, UpdateCalendarInput } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, badRequest, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { isUniqueViolation } from '../../platform/db-errors.ts';
import { queues } from '../tickets/index.ts';
import { calendars, type CalendarRow } from './sla.table.ts';
import { isHolidayCountry } from './holidays.ts';

const nameTaken = () =>
  new AppError(409, 'conflict', 'A calendar with this name already exists.', { field: 'name' });

function assertCountry(country: string | null | undefined) {
  if (country && !isHolidayCountry(country))
    throw badRequest(`No public holidays are known for country ${country}.`, { field: 'holidayCountry' });
}

async function guardName<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'calendars_name_key')) throw nameTaken();
    throw err;
  }
}

export async function listCalendars(db: Db, organizationId: string) {
  return db
    .select()
    .from(calendars)
    .where(eq(calendars.organizationId, organizationId))
    .orderBy(asc(calendars.name));
}

/** A calendar of the organization; any other id is "not found". */
export async function getCalendar(db: Db, organizationId: string, id: string): Promise<CalendarRow> {
  const [row] = await db
    .select()
    .from(calendars)
    .where(and(eq(calendars.organizationId, organizationId), eq(calendars.id, id)));
  if (!row) throw notFound('Calendar');
  return row;
}

export async function createCalendar(ctx: ServiceCtx, input: CreateCalendarInput) {
  assertCountry(input.holidayCountry);
  const [row] = await guardName(() =>
    ctx.db
      .insert(calendars)
      .values({
        id: newId(),
        organizationId: ctx.actor.organizationId,
        ...input,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning(),
  );
  return row!;
}

export async function updateCalendar(ctx: ServiceCtx, id: string, input: UpdateCalendarInput) {
  await getCalendar(ctx.db, ctx.actor.organizationId, id);
  assertCountry(input.holidayCountry);
  const [row] = await guardName(() =>
    ctx.db
      .update(calendars)
      .set({ ...input, updatedAt: ctx.now })
      .where(and(eq(calendars.organizationId, ctx.actor.organizationId), eq(calendars.id, id)))
      .returning(),
  );
  return row!;
}

/** Deletes a calendar; queues that used it count around the clock from then on. */
export async function deleteCalendar(ctx: ServiceCtx, id: string) {
  await getCalendar(ctx.db, ctx.actor.organizationId, id);
  await ctx.db
    .delete(calendars)
    .where(and(eq(calendars.organizationId, ctx.actor.organizationId), eq(calendars.id, id)));
}

/** Assigns a calendar (or none) to a queue of the organization. */
export async function setQueueCalendar(ctx: ServiceCtx, queueId: string, calendarId: string | null) {
  if (calendarId) await getCalendar(ctx.db, ctx.actor.organizationId, calendarId);
  const [row] = await ctx.db
    .update(queues)
    .set({ calendarId, updatedAt: ctx.now })
    .where(and(eq(queues.organizationId, ctx.actor.organizationId), eq(queues.id, queueId)))
    .returning({ id: queues.id, calendarId: queues.calendarId });
  if (!row) throw notFound('Queue');
  return row;
}
