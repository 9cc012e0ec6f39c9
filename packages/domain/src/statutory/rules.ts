import type { ComplaintRegime, Jurisdiction, StatutoryRuleId } from '@kontakt/contracts';

/** How long a period runs: whole days after the start day, calendar months, or elapsed hours. */
export type PeriodLength = { days: number } | { months: number } | { hours: number };

/** One version of a statutory rule, in force for start dates from `from` (local, inclusive). */
export interface RuleVersion {
  version: string;
  from: string;
  length: PeriodLength;
  /** The longer period when extended (PL financial: reasoned notice; GDPR: notified extension). */
  extended?: PeriodLength;
  /** Whether a last day on a weekend or holiday moves to the next working day. */
  rollForward: boolean;
  /** The jurisdictions the rule belongs to. */
  jurisdictions: readonly Jurisdiction[];
}

const ANY: readonly Jurisdiction[] = ['PL', 'CZ'];

/**
 * DOMAIN.md §1, newest version first. Versions are the dates the counted rule took effect, so a
 * case keeps the rule of its start date when the law changes.
 */
export const STATUTORY_RULES: Record<StatutoryRuleId, readonly RuleVersion[]> = {
  pl_consumer_complaint: [
    // Ustawa o prawach konsumenta art. 7a as amended: 14 days for complaints received from 2023-01-01.
    {
      version: '2023-01-01',
      from: '2023-01-01',
      length: { days: 14 },
      rollForward: true,
      jurisdictions: ['PL'],
    },
    {
      version: '2014-12-25',
      from: '0000-01-01',
      length: { days: 30 },
      rollForward: true,
      jurisdictions: ['PL'],
    },
  ],
  pl_financial_complaint: [
    {
      version: '2015-10-11',
      from: '0000-01-01',
      length: { days: 30 },
      extended: { days: 60 },
      rollForward: true,
      jurisdictions: ['PL'],
    },
  ],
  cz_consumer_complaint: [
    {
      version: '2014-01-01',
      from: '0000-01-01',
      length: { days: 30 },
      rollForward: true,
      jurisdictions: ['CZ'],
    },
  ],
  eu_withdrawal: [
    // Art. 10: not informed → the period ends 12 months after the end of the initial 14 days.
    {
      version: '2014-06-13',
      from: '0000-01-01',
      length: { days: 14 },
      rollForward: true,
      jurisdictions: ANY,
    },
  ],
  eu_refund: [
    {
      version: '2014-06-13',
      from: '0000-01-01',
      length: { days: 14 },
      rollForward: true,
      jurisdictions: ANY,
    },
  ],
  gdpr_request: [
    {
      version: '2018-05-25',
      from: '0000-01-01',
      length: { months: 1 },
      extended: { months: 3 },
      rollForward: true,
      jurisdictions: ANY,
    },
  ],
  gdpr_breach: [
    {
      version: '2018-05-25',
      from: '0000-01-01',
      length: { hours: 72 },
      rollForward: false,
      jurisdictions: ANY,
    },
  ],
};

/** The legal time zone each jurisdiction counts its dates in. */
export const LEGAL_TIME_ZONES: Record<Jurisdiction, string> = {
  PL: 'Europe/Warsaw',
  CZ: 'Europe/Prague',
};

/** The complaint rule of each regime and the jurisdiction it belongs to. */
export const REGIME_RULES: Record<ComplaintRegime, { ruleId: StatutoryRuleId; jurisdiction: Jurisdiction }> =
  {
    pl_consumer: { ruleId: 'pl_consumer_complaint', jurisdiction: 'PL' },
    pl_financial: { ruleId: 'pl_financial_complaint', jurisdiction: 'PL' },
    cz_consumer: { ruleId: 'cz_consumer_complaint', jurisdiction: 'CZ' },
  };

/** The version of `ruleId` in force on the local `startDate`. */
export function ruleVersionOn(ruleId: StatutoryRuleId, startDate: string): RuleVersion {
  const hit = STATUTORY_RULES[ruleId].find((v) => v.from <= startDate);
  /* c8 ignore next */
  if (!hit) throw new Error(`No version of ${ruleId} for ${startDate}`);
  return hit;
}

/** True when the regime's law is the jurisdiction's (pl_* in PL, cz_* in CZ). */
export const regimeBelongsTo = (regime: ComplaintRegime, jurisdiction: Jurisdiction): boolean =>
  REGIME_RULES[regime].jurisdiction === jurisdiction;
