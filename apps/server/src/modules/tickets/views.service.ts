import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { TicketFilters, TicketSort, View } from '@kontakt/contracts';
import { z } from 'zod';
import type { CreateViewInput, UpdateViewInput } from '@kontakt/contracts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { OPEN_STATUSES } from '@kontakt/domain';
import { views, type ViewRow } from './tickets.table.ts';
import { visibleQueueIds } from './tickets.policy.ts';
import { countViews } from './view-counts.ts';

const COLUMNS: View['columns'] = [
  'number',
  'subject',
  'customer',
  'queue',
  'status',
  'priority',
  'assignee',
  'last_activity',
];

/** The views every agent has, in this order. */
export const BUILT_IN_VIEWS: Array<Omit<View, 'count'>> = [
  {
    id: 'mine_open',
    name: 'Mine, open',
    builtIn: true,
    shared: true,
    filters: { assignees: ['me'], status: [...OPEN_STATUSES] },
    sort: 'last_activity_desc',
    columns: COLUMNS,
  },
  {
    id: 'unassigned_my_queues',
    name: 'Unassigned in my queues',
    builtIn: true,
    shared: true,
    filters: { assignees: ['none'], status: ['new', 'open'], myQueuesOnly: true },
    sort: 'created_asc',
    columns: COLUMNS,
  },
  {
    id: 'pending',
    name: 'Pending',
    builtIn: true,
    shared: true,
    filters: { status: ['pending_customer', 'pending_third_party', 'on_hold'] },
    sort: 'last_activity_desc',
    columns: COLUMNS,
  },
  {
    id: 'all_open',
    name: 'All open',
    builtIn: true,
    shared: true,
    filters: { status: ['new', 'open'] },
    sort: 'last_activity_desc',
    columns: COLUMNS,
  },
  {
    id: 'recently_solved',
    name: 'Recently solved',
    builtIn: true,
    shared: true,
    filters: { status: ['solved', 'closed'] },
    sort: 'last_activity_desc',
    columns: COLUMNS,
  },
];

const present = (v: ViewRow): Omit<View, 'count'> => ({
  id: v.id,
  name: v.name,
  builtIn: false,
  shared: v.ownerId === null,
  filters: v.filters as TicketFilters,
  sort: v.sort as TicketSort,
  columns: v.columns as View['columns'],
});

/** Built-in views, then shared ones, then the reader's own; each with its live count. */
export async function listViews(ctx: ServiceCtx): Promise<View[]> {
  const rows = await ctx.db
    .select()
    .from(views)
    .where(
      and(
        eq(views.organizationId, ctx.actor.organizationId),
        or(isNull(views.ownerId), eq(views.ownerId, ctx.actor.agentId)),
      ),
    )
    .orderBy(asc(views.position), asc(views.name));
  const all = [...BUILT_IN_VIEWS, ...rows.map(present)];
  const visible = await visibleQueueIds(ctx.db, ctx.actor);
  const counts = await countViews(
    ctx.db,
    ctx.actor,
    visible,
    all.map((v) => v.filters),
  );
  return all.map((v, i) => ({ ...v, count: counts[i]!.count, countCapped: counts[i]!.capped }));
}

/** A view the reader may use: built-in, shared, or their own. */
export async function getView(ctx: ServiceCtx, id: string): Promise<Omit<View, 'count'>> {
  const builtIn = BUILT_IN_VIEWS.find((v) => v.id === id);
  if (builtIn) return builtIn;
  if (!z.uuid().safeParse(id).success) throw notFound('View');
  const [row] = await ctx.db
    .select()
    .from(views)
    .where(
      and(
        eq(views.organizationId, ctx.actor.organizationId),
        eq(views.id, id),
        or(isNull(views.ownerId), eq(views.ownerId, ctx.actor.agentId)),
      ),
    );
  if (!row) throw notFound('View');
  return present(row);
}

const mayShare = (ctx: ServiceCtx) => ctx.actor.role === 'admin' || ctx.actor.role === 'lead';

export async function createView(ctx: ServiceCtx, input: z.infer<typeof CreateViewInput>) {
  if (input.shared && !mayShare(ctx))
    throw new AppError(403, 'forbidden', 'Only leads and admins can share views.');
  const [row] = await ctx.db
    .insert(views)
    .values({
      id: newId(),
      organizationId: ctx.actor.organizationId,
      ownerId: input.shared ? null : ctx.actor.agentId,
      name: input.name,
      filters: input.filters,
      sort: input.sort,
      columns: input.columns,
      position: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  return present(row!);
}

export async function updateView(ctx: ServiceCtx, id: string, input: z.infer<typeof UpdateViewInput>) {
  const view = await getView(ctx, id);
  if (view.builtIn)
    throw new AppError(409, 'conflict', 'Built-in views cannot be changed; save a copy instead.');
  if (view.shared && !mayShare(ctx))
    throw new AppError(403, 'forbidden', 'Only leads and admins can change shared views.');
  const [row] = await ctx.db
    .update(views)
    .set({ ...input, updatedAt: ctx.now })
    .where(eq(views.id, id))
    .returning();
  return present(row!);
}

export async function deleteView(ctx: ServiceCtx, id: string) {
  const view = await getView(ctx, id);
  if (view.builtIn) throw new AppError(409, 'conflict', 'Built-in views cannot be deleted.');
  if (view.shared && !mayShare(ctx))
    throw new AppError(403, 'forbidden', 'Only leads and admins can delete shared views.');
  await ctx.db.delete(views).where(eq(views.id, id));
}
