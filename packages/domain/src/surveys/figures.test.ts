import { describe, expect, it } from 'vitest';
import {
  cesScore,
  csatScore,
  isLowScore,
  npsScore,
  surveyFigures,
  surveyFiguresFromCounts,
} from './figures.ts';

describe('CSAT: share of 4–5 on 1–5', () => {
  it.each([
    { scores: [], value: null, n: 0 },
    { scores: [5], value: 1, n: 1 },
    { scores: [1, 2, 3], value: 0, n: 3 },
    { scores: [4, 5, 3, 1], value: 0.5, n: 4 },
    { scores: [3, 4, 4], value: 2 / 3, n: 3 },
    { scores: [0, 6, 5], value: 1, n: 1 }, // out of scale ignored
  ])('$scores → $value', ({ scores, value, n }) => {
    const f = csatScore(scores);
    expect(f.n).toBe(n);
    if (value === null) expect(f.value).toBeNull();
    else expect(f.value).toBeCloseTo(value, 10);
  });
});

describe('NPS: % 9–10 minus % 0–6', () => {
  it.each([
    { scores: [], value: null, n: 0 },
    { scores: [10, 9], value: 100, n: 2 },
    { scores: [0, 6], value: -100, n: 2 },
    { scores: [7, 8], value: 0, n: 2 },
    { scores: [10, 9, 8, 7, 6], value: 20, n: 5 },
    { scores: [10, 0, 0, 8], value: -25, n: 4 },
    { scores: [11, -1, 9], value: 100, n: 1 },
  ])('$scores → $value', ({ scores, value, n }) => {
    expect(npsScore(scores)).toEqual({ value, n });
  });
});

describe('CES: mean on 1–7', () => {
  it.each([
    { scores: [], value: null, n: 0 },
    { scores: [7], value: 7, n: 1 },
    { scores: [1, 2, 3, 4], value: 2.5, n: 4 },
    { scores: [0, 8, 4], value: 4, n: 1 },
  ])('$scores → $value', ({ scores, value, n }) => {
    expect(cesScore(scores)).toEqual({ value, n });
  });
});

describe('surveyFigures and low scores', () => {
  it('splits answers by kind; a kind without answers is n/a', () => {
    const f = surveyFigures([
      { kind: 'csat', score: 5 },
      { kind: 'csat', score: 2 },
      { kind: 'nps', score: 10 },
    ]);
    expect(f).toEqual({ csat: { value: 0.5, n: 2 }, nps: { value: 100, n: 1 }, ces: { value: null, n: 0 } });
  });

  it.each([
    { kind: 'csat', score: 2, low: true },
    { kind: 'csat', score: 3, low: false },
    { kind: 'nps', score: 6, low: true },
    { kind: 'nps', score: 7, low: false },
    { kind: 'ces', score: 3, low: true },
    { kind: 'ces', score: 4, low: false },
  ] as const)('default threshold: $kind $score low=$low', ({ kind, score, low }) => {
    expect(isLowScore(kind, score)).toBe(low);
  });

  it('uses the given thresholds', () => {
    expect(isLowScore('csat', 3, { csat: 3, nps: 6, ces: 3 })).toBe(true);
  });
});

describe('surveyFiguresFromCounts (grouped counts) agrees with the per-answer functions', () => {
  it.each([
    {
      rows: [],
      expected: { csat: { value: null, n: 0 }, nps: { value: null, n: 0 }, ces: { value: null, n: 0 } },
    },
    {
      rows: [
        { kind: 'csat', score: 5, count: 3 },
        { kind: 'csat', score: 1, count: 1 },
        { kind: 'nps', score: 10, count: 2 },
        { kind: 'nps', score: 3, count: 1 },
        { kind: 'nps', score: 8, count: 1 },
        { kind: 'ces', score: 2, count: 2 },
        { kind: 'ces', score: 5, count: 1 },
        { kind: 'ces', score: 9, count: 4 },
      ],
      expected: { csat: { value: 0.75, n: 4 }, nps: { value: 25, n: 4 }, ces: { value: 3, n: 3 } },
    },
  ] as const)('case %#', ({ rows, expected }) => {
    expect(surveyFiguresFromCounts(rows)).toEqual(expected);
  });
});
