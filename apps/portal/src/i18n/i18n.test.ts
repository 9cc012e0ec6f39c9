import { describe, expect, it } from 'vitest';
import { createI18n } from './index.ts';
import cs from './cs.json';
import en from './en.json';
import pl from './pl.json';

/** Every key path, with plural suffixes folded into the base key. */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix.replace(/_(one|few|many|other)$/, '')];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const set = (o: unknown) => [...new Set(keys(o))].sort();

describe("the portal's translations", () => {
  it('have the same keys in pl, cs and en', () => {
    expect(set(pl)).toEqual(set(en));
    expect(set(cs)).toEqual(set(en));
  });

  it.each([
    ['pl', 1, 'został 1 dzień'],
    ['pl', 3, 'zostały 3 dni'],
    ['pl', 5, 'zostało 5 dni'],
    ['pl', 22, 'zostały 22 dni'],
    ['cs', 1, 'zbývá 1 den'],
    ['cs', 3, 'zbývají 3 dny'],
    ['cs', 5, 'zbývá 5 dní'],
    ['en', 1, '1 day left'],
    ['en', 14, '14 days left'],
  ] as const)('%s: %i days left', (lng, count, expected) => {
    expect(createI18n(lng).t('complaints.daysLeft', { count })).toBe(expected);
  });

  it.each([
    ['pl', 1, '1 zgłoszenie'],
    ['pl', 2, '2 zgłoszenia'],
    ['pl', 12, '12 zgłoszeń'],
    ['cs', 1, '1 požadavek'],
    ['cs', 4, '4 požadavky'],
    ['cs', 7, '7 požadavků'],
  ] as const)('%s: %i requests', (lng, count, expected) => {
    expect(createI18n(lng).t('tickets.count', { count })).toBe(expected);
  });
});
