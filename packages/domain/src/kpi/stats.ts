/**
 * Averages and shares for reports (DOMAIN.md §3). An empty set gives `null` ("n/a"), never 0.
 */

/** A share: numerator ÷ denominator, null when the denominator is 0. */
export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

/** Mean and median over `count` values (null when there are none). */
export interface Summary {
  count: number;
  mean: number | null;
  median: number | null;
}

/** numerator ÷ denominator as a Ratio; null value on an empty denominator. */
export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  value: denominator > 0 ? numerator / denominator : null,
});

/** Arithmetic mean, null for an empty list. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Median (the mean of the two middle values for an even count), null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Count, mean and median of a list of values. */
export const summarize = (values: readonly number[]): Summary => ({
  count: values.length,
  mean: mean(values),
  median: median(values),
});

/**
 * Median from a histogram of values (value → how many), as rollups keep them: the same result
 * as `median` over the expanded list.
 */
export function medianOfHistogram(hist: ReadonlyArray<readonly [number, number]>): number | null {
  const sorted = hist.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const at = (k: number): number => {
    let seen = 0;
    for (const [v, n] of sorted) {
      seen += n;
      if (k < seen) return v;
    }
    /* c8 ignore next */
    return sorted[sorted.length - 1]![0];
  };
  return total % 2 ? at(total >> 1) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
