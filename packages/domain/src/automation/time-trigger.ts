import type { AutomationTimeTrigger } from '@kontakt/contracts';

/** The instants a time rule may count from. */
export interface TimeAnchors {
  statusChangedAt: Date;
  lastActivityAt: Date;
  createdAt: Date;
}

/** The instant the trigger's episode started. */
export const anchorOf = (trigger: AutomationTimeTrigger, a: TimeAnchors): Date =>
  trigger.since === 'status_changed'
    ? a.statusChangedAt
    : trigger.since === 'last_activity'
      ? a.lastActivityAt
      : a.createdAt;

/** When the trigger is due: its anchor plus the hours (calendar time). */
export const timeTriggerDueAt = (trigger: AutomationTimeTrigger, a: TimeAnchors): Date =>
  new Date(anchorOf(trigger, a).getTime() + trigger.hours * 3_600_000);

/** The latest anchor that is due at `now` (tickets anchored at or before it are due). */
export const timeTriggerCutoff = (trigger: AutomationTimeTrigger, now: Date): Date =>
  new Date(now.getTime() - trigger.hours * 3_600_000);
