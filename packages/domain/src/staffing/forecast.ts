/**
 * Weekly staffing forecast: expected contacts per weekday × half hour as the average of the same
 * slot over the last N weeks, then Erlang C agents for the service-level target.
 */
import { erlangCOutcome, erlangCRequiredAgents, scheduledStaff } from './erlang-c.ts';

export const SLOT_MINUTES = 30;
export const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;

/** Contacts counted in one weekday (1 = Monday … 7 = Sunday) × slot (0 = 00:00–00:30 … 47). */
export interface SlotCount {
  weekday: number;
  slot: number;
  contacts: number;
}

export interface ForecastParams {
  weeks: number;
  ahtSeconds: number;
  /** 0–1, e.g. 0.8. */
  serviceLevelTarget: number;
  thresholdSeconds: number;
  /** 0–<1. */
  shrinkage: number;
}

export interface ForecastSlot {
  weekday: number;
  slot: number;
  /** Local start time "HH:MM". */
  start: string;
  expectedContacts: number;
  agentsRequired: number;
  scheduledStaff: number;
  /** With the required agents; null when nobody is needed. */
  serviceLevel: number | null;
}

export const slotStart = (slot: number): string => {
  const minutes = slot * SLOT_MINUTES;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** Averages counts over `weeks` into all 7 × 48 slots (Monday 00:00 first); unknown slots count 0. */
export function averageSlotVolumes(counts: readonly SlotCount[], weeks: number): number[] {
  const totals = new Array<number>(7 * SLOTS_PER_DAY).fill(0);
  for (const c of counts) {
    if (c.weekday < 1 || c.weekday > 7 || c.slot < 0 || c.slot >= SLOTS_PER_DAY) continue;
    totals[(c.weekday - 1) * SLOTS_PER_DAY + c.slot]! += c.contacts;
  }
  return totals.map((t) => (weeks > 0 ? t / weeks : 0));
}

/** The week ahead, slot by slot. */
export function forecastWeek(counts: readonly SlotCount[], params: ForecastParams): ForecastSlot[] {
  const volumes = averageSlotVolumes(counts, params.weeks);
  return volumes.map((expected, i) => {
    const traffic = {
      contacts: expected,
      intervalSeconds: SLOT_MINUTES * 60,
      ahtSeconds: params.ahtSeconds,
    };
    const required = erlangCRequiredAgents(traffic, params.serviceLevelTarget, params.thresholdSeconds) ?? 0;
    const slot = i % SLOTS_PER_DAY;
    return {
      weekday: Math.floor(i / SLOTS_PER_DAY) + 1,
      slot,
      start: slotStart(slot),
      expectedContacts: expected,
      agentsRequired: required,
      scheduledStaff: scheduledStaff(required, params.shrinkage),
      serviceLevel:
        required > 0 ? erlangCOutcome(traffic, required, params.thresholdSeconds).serviceLevel : null,
    };
  });
}
