/**
 * Polish NIP and Czech IČO: normalization and checksum validation. Both are weighted sums
 * modulo 11; a wrong digit or two swapped neighbours always changes the sum.
 */

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;
const ICO_WEIGHTS = [8, 7, 6, 5, 4, 3, 2] as const;

const weightedSum = (digits: string, weights: readonly number[]): number =>
  weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);

/**
 * The 10 digits of a valid NIP, or null. Accepts the usual ways people write it:
 * `526-025-02-74`, `526 02 50 274`, `PL5260250274`.
 */
export function normalizeNip(input: string): string | null {
  const digits = input.trim().replace(/^PL/i, '').replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  const check = weightedSum(digits, NIP_WEIGHTS) % 11;
  // A remainder of 10 has no check digit: such numbers are never issued.
  return check !== 10 && check === Number(digits[9]) ? digits : null;
}

export const isValidNip = (input: string): boolean => normalizeNip(input) !== null;

/**
 * The 8 digits of a valid IČO, or null. Spaces are ignored and older numbers written with
 * fewer digits are padded with leading zeros, as the Czech register does.
 */
export function normalizeIco(input: string): string | null {
  const raw = input.trim().replace(/\s/g, '');
  if (!/^\d{1,8}$/.test(raw)) return null;
  const digits = raw.padStart(8, '0');
  // Remainder 0 → check digit 1, remainder 1 → 0, otherwise 11 − remainder.
  const check = (11 - (weightedSum(digits, ICO_WEIGHTS) % 11)) % 10;
  return check === Number(digits[7]) ? digits : null;
}

export const isValidIco = (input: string): boolean => normalizeIco(input) !== null;

/** An EU VAT id in canonical form (`PL5260250274`, `CZ25596641`), or null when it cannot be one. */
export function normalizeVatId(input: string): string | null {
  const v = input.replace(/[\s.-]/g, '').toUpperCase();
  return /^[A-Z]{2}[0-9A-Z+*]{2,12}$/.test(v) ? v : null;
}
