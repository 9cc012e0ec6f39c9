import { describe, expect, it } from 'vitest';
import { normalizeIco, normalizeNip, normalizeVatId } from './tax-ids.ts';

describe('NIP', () => {
  it.each([
    ['5260250274', '5260250274'],
    ['526-025-02-74', '5260250274'],
    ['526 02 50 274', '5260250274'],
    ['PL7740001454', '7740001454'],
    ['pl 774-000-14-54', '7740001454'],
    ['1234563218', '1234563218'],
  ])('accepts %s as %s', (input, digits) => {
    expect(normalizeNip(input)).toBe(digits);
  });

  it.each([
    ['5260250275', 'wrong check digit'],
    ['5260250247', 'two digits swapped'],
    ['1000000160', 'weighted sum leaves 10: never issued'],
    ['1000000161', 'weighted sum leaves 10, any last digit'],
    ['526025027', 'nine digits'],
    ['52602502744', 'eleven digits'],
    ['52602502a4', 'a letter'],
    ['DE5260250274', 'foreign prefix'],
    ['', 'empty'],
  ])('rejects %s (%s)', (input) => {
    expect(normalizeNip(input)).toBeNull();
  });
});

describe('IČO', () => {
  it.each([
    ['25596641', '25596641'],
    ['45271909', '45271909'],
    ['27674452', '27674452'],
    ['20000090', '20000090'],
    ['60013737', '60013737'],
    ['27103', '00027103'],
    ['000 27 103', '00027103'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeIco(input)).toBe(expected);
  });

  it.each([
    ['25596642', 'wrong check digit'],
    ['45271990', 'two digits swapped'],
    ['20000091', 'remainder 1 needs check digit 0'],
    ['601 37 37', 'padded to 06013737: wrong check digit'],
    ['255966411', 'nine digits'],
    ['CZ25596641', 'DIČ, not IČO'],
    ['2559664a', 'a letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', (input) => {
    expect(normalizeIco(input)).toBeNull();
  });
});

describe('VAT id', () => {
  it.each([
    ['PL 526-025-02-74', 'PL5260250274'],
    ['cz25596641', 'CZ25596641'],
    ['5260250274', null],
    ['PL', null],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeVatId(input)).toBe(expected);
  });
});
