import type { SurveyKind } from '@kontakt/contracts';

/** A figure over a set of answers: `value` is null ("n/a") when the set is empty. */
export interface Figure {
  value: number | null;
  n: number;
}

const inScale = (min: number, max: number) => (s: number) => Number.isInteger(s) && s >= min && s <= max;

/** CSAT (DOMAIN.md §3): the share of 4–5 among 1–5 answers, 0–1; out-of-scale scores are ignored. */
export function csatScore(scores: readonly number[]): Figure {
  const valid = scores.filter(inScale(1, 5));
  if (valid.length === 0) return { value: null, n: 0 };
  return { value: valid.filter((s) => s >= 4).length / valid.length, n: valid.length };
}

/** NPS: % of 9–10 minus % of 0–6 on 0–10, from −100 to 100. */
export function npsScore(scores: readonly number[]): Figure {
  const valid = scores.filter(inScale(0, 10));
  if (valid.length === 0) return { value: null, n: 0 };
  const promoters = valid.filter((s) => s >= 9).length;
  const detractors = valid.filter((s) => s <= 6).length;
  return { value: ((promoters - detractors) * 100) / valid.length, n: valid.length };
}

/** CES: the mean of 1–7 answers. */
export function cesScore(scores: readonly number[]): Figure {
  const valid = scores.filter(inScale(1, 7));
  if (valid.length === 0) return { value: null, n: 0 };
  return { value: valid.reduce((a, b) => a + b, 0) / valid.length, n: valid.length };
}

/** The three figures from answers of mixed kinds. */
export function surveyFigures(
  answers: ReadonlyArray<{ kind: SurveyKind; score: number }>,
): Record<SurveyKind, Figure> {
  const of = (kind: SurveyKind) => answers.filter((a) => a.kind === kind).map((a) => a.score);
  return { csat: csatScore(of('csat')), nps: npsScore(of('nps')), ces: cesScore(of('ces')) };
}

/** Default low-score thresholds (a score at or below is low). */
export const DEFAULT_LOW_SCORE: Record<SurveyKind, number> = { csat: 2, nps: 6, ces: 3 };

/** Whether a score is low for its kind under the thresholds. */
export const isLowScore = (
  kind: SurveyKind,
  score: number,
  thresholds: Record<SurveyKind, number> = DEFAULT_LOW_SCORE,
): boolean => score <= thresholds[kind];

/** The figures from counts per kind and score (what a GROUP BY answers), without listing every answer. */
export function surveyFiguresFromCounts(
  rows: ReadonlyArray<{ kind: SurveyKind; score: number; count: number }>,
): Record<SurveyKind, Figure> {
  const total = (kind: SurveyKind, min: number, max: number, weight = false) =>
    rows
      .filter((r) => r.kind === kind && r.count > 0 && inScale(min, max)(r.score))
      .reduce((sum, r) => sum + (weight ? r.score * r.count : r.count), 0);
  const figure = (n: number, value: () => number): Figure =>
    n ? { value: value(), n } : { value: null, n: 0 };
  const csatN = total('csat', 1, 5);
  const npsN = total('nps', 0, 10);
  const cesN = total('ces', 1, 7);
  return {
    csat: figure(csatN, () => total('csat', 4, 5) / csatN),
    nps: figure(npsN, () => ((total('nps', 9, 10) - total('nps', 0, 6)) * 100) / npsN),
    ces: figure(cesN, () => total('ces', 1, 7, true) / cesN),
  };
}
