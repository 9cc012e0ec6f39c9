/**
 * Quality review scoring: a scorecard has sections of weighted criteria; each criterion is
 * answered met (full weight), partly met (half), not met (none) or not applicable (left out of
 * the maximum). A critical criterion answered "not met" fails the whole review: its score is 0
 * whatever the rest says, as in Zendesk QA's "auto-fail" and the usual contact-centre forms.
 */
export type QaAnswer = 'met' | 'partial' | 'not_met' | 'na';

export interface QaCriterion {
  id: string;
  weight: number;
  critical: boolean;
}

export interface QaSection {
  id: string;
  criteria: readonly QaCriterion[];
}

export interface ScoreResult {
  /** 0–100, rounded to one decimal; null when every criterion is not applicable. */
  score: number | null;
  /** Points earned and possible (weights), before the critical rule. */
  points: number;
  maxPoints: number;
  /** Ids of critical criteria answered "not met". */
  criticalFailures: string[];
  /** Per section, the same figures (score null when nothing in it applies). */
  sections: Array<{ id: string; score: number | null; points: number; maxPoints: number }>;
  /** At or above the pass mark and no critical failure. */
  passed: boolean;
}

const VALUE: Record<Exclude<QaAnswer, 'na'>, number> = { met: 1, partial: 0.5, not_met: 0 };

const percent = (points: number, max: number) => (max > 0 ? Math.round((points / max) * 1000) / 10 : null);

/** Every criterion of the scorecard must be answered; unknown criterion ids are an error. */
export function missingAnswers(
  sections: readonly QaSection[],
  answers: Readonly<Record<string, QaAnswer>>,
): { missing: string[]; unknown: string[] } {
  const ids = new Set(sections.flatMap((s) => s.criteria.map((c) => c.id)));
  return {
    missing: [...ids].filter((id) => !(id in answers)),
    unknown: Object.keys(answers).filter((id) => !ids.has(id)),
  };
}

/** Scores answers against a scorecard; `passMark` is the pass threshold in percent. */
export function scoreReview(
  sections: readonly QaSection[],
  answers: Readonly<Record<string, QaAnswer>>,
  passMark: number,
): ScoreResult {
  let points = 0;
  let maxPoints = 0;
  const criticalFailures: string[] = [];
  const sectionResults = sections.map((section) => {
    let sp = 0;
    let sm = 0;
    for (const c of section.criteria) {
      const a = answers[c.id] ?? 'na';
      if (a === 'na') continue;
      if (c.critical && a === 'not_met') criticalFailures.push(c.id);
      sp += VALUE[a] * c.weight;
      sm += c.weight;
    }
    points += sp;
    maxPoints += sm;
    return { id: section.id, score: percent(sp, sm), points: sp, maxPoints: sm };
  });
  const raw = percent(points, maxPoints);
  const score = criticalFailures.length > 0 ? 0 : raw;
  return {
    score,
    points,
    maxPoints,
    criticalFailures,
    sections: sectionResults,
    passed: score !== null && criticalFailures.length === 0 && score >= passMark,
  };
}

export interface CalibrationResult {
  /** Number of reviews compared. */
  reviewers: number;
  mean: number | null;
  /** Population variance and standard deviation of the reviewers' scores (percentage points). */
  variance: number | null;
  stdDev: number | null;
  /** The largest minus the smallest score. */
  spread: number | null;
  /** Per criterion: how many reviewers gave each answer, and whether they all agree. */
  criteria: Array<{ id: string; counts: Record<QaAnswer, number>; agreed: boolean }>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Calibration: several reviewers scored the same conversation with the same scorecard. The
 * variance of their scores says how far apart they are; per criterion, where they disagree.
 */
export function calibrate(
  sections: readonly QaSection[],
  reviews: ReadonlyArray<{ score: number | null; answers: Readonly<Record<string, QaAnswer>> }>,
): CalibrationResult {
  const scores = reviews.map((r) => r.score).filter((s): s is number => s !== null);
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const variance = mean === null ? null : scores.reduce((acc, s) => acc + (s - mean) ** 2, 0) / scores.length;
  const criteria = sections.flatMap((s) =>
    s.criteria.map((c) => {
      const counts: Record<QaAnswer, number> = { met: 0, partial: 0, not_met: 0, na: 0 };
      for (const r of reviews) counts[r.answers[c.id] ?? 'na'] += 1;
      const used = Object.values(counts).filter((n) => n > 0).length;
      return { id: c.id, counts, agreed: used <= 1 };
    }),
  );
  return {
    reviewers: reviews.length,
    mean: mean === null ? null : round2(mean),
    variance: variance === null ? null : round2(variance),
    stdDev: variance === null ? null : round2(Math.sqrt(variance)),
    spread: scores.length ? round2(Math.max(...scores) - Math.min(...scores)) : null,
    criteria,
  };
}

/** Draws `n` items at random without replacement (Fisher–Yates on a copy); `random` is injectable. */
export function sample<T>(items: readonly T[], n: number, random: () => number = Math.random): T[] {
  const copy = [...items];
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}
