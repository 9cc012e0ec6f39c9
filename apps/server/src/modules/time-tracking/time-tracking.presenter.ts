import type { ActivityCategory, TimeEntry } from '@kontakt/contracts';
import type { ActivityCategoryRow, TimeEntryRow } from './time-tracking.table.ts';

/**
 * A running timer that has not beaten for this long is over (browser closed, laptop asleep):
 * its time ends at the last heartbeat, and a late heartbeat starts no catch-up.
 */
export const HEARTBEAT_GAP_MS = 90_000;

export const durationSeconds = (r: Pick<TimeEntryRow, 'startedAt' | 'endedAt'>): number =>
  Math.floor((r.endedAt.getTime() - r.startedAt.getTime()) / 1000);

/** Still running: marked so and beating. */
export const isLive = (r: Pick<TimeEntryRow, 'running' | 'endedAt'>, now: Date): boolean =>
  r.running && now.getTime() - r.endedAt.getTime() <= HEARTBEAT_GAP_MS;

export const presentCategory = (r: ActivityCategoryRow): ActivityCategory => ({
  id: r.id,
  name: r.name,
  systemKey: r.systemKey,
  isDefault: r.isDefault,
  active: r.active,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const presentEntry = (r: TimeEntryRow, ticketNumber: number | null, now: Date): TimeEntry => ({
  id: r.id,
  agentId: r.agentId,
  categoryId: r.categoryId,
  ticketId: r.ticketId,
  ticketNumber,
  queueId: r.queueId,
  source: r.source,
  startedAt: r.startedAt.toISOString(),
  endedAt: r.endedAt.toISOString(),
  durationSeconds: durationSeconds(r),
  running: isLive(r, now),
  note: r.note,
});
