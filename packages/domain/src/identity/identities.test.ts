import { describe, expect, it } from 'vitest';
import { formatPhone, normalizeEmail, normalizeIdentity, normalizePhone } from './identities.ts';

describe('phone numbers', () => {
  it.each([
    ['+48601234567', '+48 601 234 567'],
    ['+420603123456', '+420 603 123 456'],
    ['+48221234567', '+48 22 123 45 67'],
    ['not a number', 'not a number'],
  ])('%s reads as %s', (e164, shown) => {
    expect(formatPhone(e164)).toBe(shown);
  });

  it.each([
    ['601 234 567', 'PL', '+48601234567'],
    ['601-234-567', 'PL', '+48601234567'],
    ['+48 601 234 567', 'CZ', '+48601234567'],
    ['0048 601 234 567', 'PL', '+48601234567'],
    ['(22) 123 45 67', 'PL', '+48221234567'],
    ['603 123 456', 'CZ', '+420603123456'],
    ['+420 603 123 456', 'PL', '+420603123456'],
    ['00420603123456', 'CZ', '+420603123456'],
  ])('%s in %s is %s', (input, country, e164) => {
    expect(normalizePhone(input, country)).toBe(e164);
  });

  it.each([
    ['123', 'PL'],
    ['601 234 567 8', 'PL'],
    ['not a number', 'PL'],
    ['', 'PL'],
    ['601 234 567', 'XX'],
  ])('rejects %s in %s', (input, country) => {
    expect(normalizePhone(input, country)).toBeNull();
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['  Jan.Kowalski@Example.PL ', 'jan.kowalski@example.pl'],
    ['zolw+tag@poczta.onet.pl', 'zolw+tag@poczta.onet.pl'],
  ])('%s is %s', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it.each(['jan', 'jan@', '@example.pl', 'jan@example', 'jan kowalski@example.pl', 'a@b@c.pl', 'jan@.pl'])(
    'rejects %s',
    (input) => {
      expect(normalizeEmail(input)).toBeNull();
    },
  );
});

describe('identities', () => {
  it('normalizes by kind and names the problem', () => {
    expect(normalizeIdentity({ kind: 'email', value: 'A@B.CZ' }, 'CZ')).toEqual({
      ok: true,
      identity: { kind: 'email', value: 'a@b.cz' },
    });
    expect(normalizeIdentity({ kind: 'phone', value: '603 123 456' }, 'CZ')).toMatchObject({
      identity: { value: '+420603123456' },
    });
    expect(normalizeIdentity({ kind: 'visitor', value: ' v_7f3a ' }, 'PL')).toMatchObject({
      identity: { kind: 'visitor', value: 'v_7f3a' },
    });
    expect(normalizeIdentity({ kind: 'phone', value: '12' }, 'PL')).toMatchObject({
      problem: 'invalid_phone',
    });
    expect(normalizeIdentity({ kind: 'email', value: 'x' }, 'PL')).toMatchObject({
      problem: 'invalid_email',
    });
    expect(normalizeIdentity({ kind: 'telegram', value: '  ' }, 'PL')).toMatchObject({
      problem: 'invalid_identity',
    });
  });
});
