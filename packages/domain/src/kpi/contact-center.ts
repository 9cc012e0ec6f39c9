import { ratio, type Ratio } from './stats.ts';

/** One chat (or call) offered to a queue, as service level and abandonment read it. */
export interface OfferedContact {
  /** Seconds in the queue until answered or abandoned (or still waiting). */
  waitSeconds: number;
  answered: boolean;
  abandoned: boolean;
}

export type KpiServiceLevelVariant =
  'abandons_missed' | 'exclude_short_abandons' | 'abandons_within_met' | 'answered_only';
export type KpiAbandonmentVariant = 'all' | 'exclude_short';

/** Abandons under this many seconds are "short" (DOMAIN.md §3). */
export const SHORT_ABANDON_SECONDS = 5;

const isShortAbandon = (c: OfferedContact) => c.abandoned && c.waitSeconds < SHORT_ABANDON_SECONDS;

/**
 * Service level X/Y: answered within Y seconds ÷ offered, in the named variant:
 * `abandons_missed` as is (abandons count as missed); `exclude_short_abandons` abandons under
 * 5 s leave the denominator; `abandons_within_met` abandons within Y count as met;
 * `answered_only` ÷ answered. Contacts still waiting are not offered yet: pass only decided ones.
 */
export function serviceLevel(
  contacts: readonly OfferedContact[],
  thresholdSeconds: number,
  variant: KpiServiceLevelVariant,
): Ratio {
  const within = (c: OfferedContact) => c.waitSeconds <= thresholdSeconds;
  return serviceLevelFromCounts(
    {
      answered: contacts.filter((c) => c.answered).length,
      answeredWithin: contacts.filter((c) => c.answered && within(c)).length,
      abandoned: contacts.filter((c) => c.abandoned).length,
      abandonedShort: contacts.filter(isShortAbandon).length,
      abandonedWithin: contacts.filter((c) => c.abandoned && within(c)).length,
    },
    variant,
  );
}

/** Counts of decided contacts, as a database aggregate returns them. */
export interface OfferedCounts {
  answered: number;
  answeredWithin: number;
  abandoned: number;
  /** Abandoned in under 5 s. */
  abandonedShort: number;
  /** Abandoned within the threshold Y. */
  abandonedWithin: number;
}

/** Service level from counts (offered = answered + abandoned); see `serviceLevel`. */
export function serviceLevelFromCounts(c: OfferedCounts, variant: KpiServiceLevelVariant): Ratio {
  const offered = c.answered + c.abandoned;
  switch (variant) {
    case 'abandons_missed':
      return ratio(c.answeredWithin, offered);
    case 'exclude_short_abandons':
      return ratio(c.answeredWithin, offered - c.abandonedShort);
    case 'abandons_within_met':
      return ratio(c.answeredWithin + c.abandonedWithin, offered);
    case 'answered_only':
      return ratio(c.answeredWithin, c.answered);
  }
}

/** Abandonment: abandoned ÷ offered; `exclude_short` leaves abandons under 5 s out of both. */
export function abandonmentRate(contacts: readonly OfferedContact[], variant: KpiAbandonmentVariant): Ratio {
  const counted = variant === 'exclude_short' ? contacts.filter((c) => !isShortAbandon(c)) : contacts;
  return ratio(counted.filter((c) => c.abandoned).length, counted.length);
}

/** ASA: queue wait of answered contacts ÷ answered (seconds), null when none was answered. */
export function averageSpeedOfAnswer(contacts: readonly OfferedContact[]): number | null {
  const answered = contacts.filter((c) => c.answered);
  if (answered.length === 0) return null;
  return answered.reduce((s, c) => s + c.waitSeconds, 0) / answered.length;
}

/** A handled contact's parts, in seconds. */
export interface HandledContact {
  talkSeconds: number;
  holdSeconds: number;
  afterContactSeconds: number;
}

/** AHT: (talk + hold + after-contact work) ÷ handled contacts; null when none was handled. */
export function averageHandleTime(contacts: readonly HandledContact[]): {
  contacts: number;
  talkSeconds: number;
  holdSeconds: number;
  afterContactSeconds: number;
  value: number | null;
} {
  const sum = (k: keyof HandledContact) => contacts.reduce((s, c) => s + c[k], 0);
  const talkSeconds = sum('talkSeconds');
  const holdSeconds = sum('holdSeconds');
  const afterContactSeconds = sum('afterContactSeconds');
  return {
    contacts: contacts.length,
    talkSeconds,
    holdSeconds,
    afterContactSeconds,
    value: ahtValue(contacts.length, talkSeconds + holdSeconds + afterContactSeconds),
  };
}

/** AHT from totals (as rollups keep them). */
export const ahtValue = (contacts: number, handleSeconds: number): number | null =>
  contacts > 0 ? handleSeconds / contacts : null;
