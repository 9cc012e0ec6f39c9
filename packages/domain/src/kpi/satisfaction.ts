import { ratio, type Ratio } from './stats.ts';

/** CSAT: share of 4–5 answers on a 1–5 scale. */
export function csat(ratings: readonly number[]): Ratio {
  return ratio(ratings.filter((r) => r >= 4).length, ratings.length);
}

/** NPS from counts: % promoters (9–10) − % detractors (0–6), −100…100; null without answers. */
export function npsFromCounts(promoters: number, passives: number, detractors: number) {
  const responses = promoters + passives + detractors;
  return {
    responses,
    promoters,
    passives,
    detractors,
    value: responses > 0 ? ((promoters - detractors) / responses) * 100 : null,
  };
}

/** NPS over 0–10 scores. */
export function nps(scores: readonly number[]) {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return npsFromCounts(promoters, scores.length - promoters - detractors, detractors);
}

/** NPS group of one 0–10 score. */
export const npsGroup = (score: number): 'promoter' | 'passive' | 'detractor' =>
  score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';

/** CES: mean on 1–7; null without answers. */
export function ces(scores: readonly number[]) {
  return {
    responses: scores.length,
    mean: scores.length ? scores.reduce((s, v) => s + v, 0) / scores.length : null,
  };
}
