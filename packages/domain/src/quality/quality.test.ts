import { describe, expect, it } from 'vitest';
import { calibrate, missingAnswers, sample, scoreReview, type QaSection } from './scoring.ts';

const CARD: QaSection[] = [
  {
    id: 'greeting',
    criteria: [
      { id: 'name', weight: 1, critical: false },
      { id: 'verify', weight: 3, critical: true },
    ],
  },
  {
    id: 'solution',
    criteria: [
      { id: 'correct', weight: 4, critical: false },
      { id: 'tone', weight: 2, critical: false },
    ],
  },
];

describe('scoreReview', () => {
  it.each([
    ['all met', { name: 'met', verify: 'met', correct: 'met', tone: 'met' }, 100, true],
    ['partial counts half', { name: 'met', verify: 'met', correct: 'partial', tone: 'met' }, 80, true],
    [
      'below the pass mark',
      { name: 'not_met', verify: 'met', correct: 'partial', tone: 'not_met' },
      50,
      false,
    ],
    ['n/a leaves the maximum', { name: 'na', verify: 'met', correct: 'met', tone: 'not_met' }, 77.8, false],
    ['a critical miss fails all', { name: 'met', verify: 'not_met', correct: 'met', tone: 'met' }, 0, false],
  ] as const)('%s', (_, answers, score, passed) => {
    const r = scoreReview(CARD, answers, 80);
    expect(r.score).toBe(score);
    expect(r.passed).toBe(passed);
  });

  it('names the critical failure and keeps the section figures', () => {
    const r = scoreReview(CARD, { name: 'met', verify: 'not_met', correct: 'met', tone: 'partial' }, 80);
    expect(r.criticalFailures).toEqual(['verify']);
    expect(r.points).toBe(6);
    expect(r.maxPoints).toBe(10);
    expect(r.sections).toEqual([
      { id: 'greeting', score: 25, points: 1, maxPoints: 4 },
      { id: 'solution', score: 83.3, points: 5, maxPoints: 6 },
    ]);
  });

  it('has no score when nothing applies', () => {
    const r = scoreReview(CARD, { name: 'na', verify: 'na', correct: 'na', tone: 'na' }, 80);
    expect(r.score).toBeNull();
    expect(r.passed).toBe(false);
  });

  it('finds missing and unknown answers', () => {
    expect(missingAnswers(CARD, { name: 'met', bogus: 'met' })).toEqual({
      missing: ['verify', 'correct', 'tone'],
      unknown: ['bogus'],
    });
  });
});

describe('calibrate', () => {
  it('gives the variance of the reviewers and where they disagree', () => {
    const a = { name: 'met', verify: 'met', correct: 'met', tone: 'met' } as const;
    const b = { name: 'met', verify: 'met', correct: 'partial', tone: 'met' } as const;
    const c = { name: 'met', verify: 'met', correct: 'not_met', tone: 'met' } as const;
    const r = calibrate(CARD, [
      { score: 100, answers: a },
      { score: 80, answers: b },
      { score: 60, answers: c },
    ]);
    expect(r.mean).toBe(80);
    expect(r.variance).toBe(266.67);
    expect(r.stdDev).toBe(16.33);
    expect(r.spread).toBe(40);
    expect(r.criteria.find((x) => x.id === 'correct')).toEqual({
      id: 'correct',
      counts: { met: 1, partial: 1, not_met: 1, na: 0 },
      agreed: false,
    });
    expect(r.criteria.find((x) => x.id === 'name')?.agreed).toBe(true);
  });

  it('is empty without reviews', () => {
    expect(calibrate(CARD, [])).toMatchObject({ reviewers: 0, mean: null, variance: null, spread: null });
  });
});

describe('sample', () => {
  it('draws without replacement, at most what there is', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const drawn = sample([1, 2, 3, 4, 5, 6], 4, rnd);
    expect(new Set(drawn).size).toBe(4);
    expect(drawn.every((n) => n >= 1 && n <= 6)).toBe(true);
    expect(sample([1, 2], 5).sort()).toEqual([1, 2]);
  });
});
