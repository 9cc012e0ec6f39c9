import { describe, expect, it } from 'vitest';
import { ErrorCode } from '@kontakt/contracts';
import { ApiError } from '../api/client.ts';
import { describeError, retryAfterMinutes } from './error-message.ts';
import { createI18n, LOCALES, resources } from './index.ts';

type Tree = { [key: string]: string | Tree };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key, dotted, with plural suffixes kept. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`),
  );
}

const keysOf = (locale: (typeof LOCALES)[number]) => leafKeys(resources[locale].translation as Tree);
/** Keys with plural suffixes folded, since languages have different plural categories. */
const baseKeys = (locale: (typeof LOCALES)[number]) =>
  [...new Set(keysOf(locale).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();

describe('translations', () => {
  it.each(['pl', 'cs'] as const)('%s has exactly the keys of en', (locale) => {
    const en = baseKeys('en');
    const other = baseKeys(locale);
    expect(other.filter((key) => !en.includes(key))).toEqual([]);
    expect(en.filter((key) => !other.includes(key))).toEqual([]);
  });

  it.each(LOCALES)('%s has every plural form its language needs', (locale) => {
    const keys = keysOf(locale);
    const pluralBases = [
      ...new Set(keys.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, ''))),
    ];
    expect(pluralBases.length).toBeGreaterThan(0);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const base of pluralBases) {
      for (const category of categories) expect(keys).toContain(`${base}_${category}`);
    }
  });

  it.each(LOCALES)('%s translates every server error code', (locale) => {
    const i18n = createI18n();
    void i18n.changeLanguage(locale);
    for (const code of ErrorCode.options) {
      expect(i18n.exists(`errors.${code}`, { lng: locale, fallbackLng: [] })).toBe(true);
    }
  });

  it('has no empty or placeholder strings', () => {
    for (const locale of LOCALES) {
      const tree = resources[locale].translation as Tree;
      for (const key of keysOf(locale)) {
        const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree);
        expect(value, `${locale}:${key}`).not.toMatch(/^\s*$|TODO|FIXME/);
      }
    }
  });
});

describe('lockout message plurals', () => {
  const lockedFor = (seconds: number) =>
    new ApiError(423, 'account_locked', 'Account locked', { retryAfterSeconds: seconds });

  const minutesIn = (locale: string, seconds: number) => {
    const i18n = createI18n();
    void i18n.changeLanguage(locale);
    return describeError(i18n, lockedFor(seconds)).match(/za \d+ \S+|in \d+ \S+/)?.[0];
  };

  it.each([
    [60, 'za 1 minutę'],
    [120, 'za 2 minuty'],
    [240, 'za 4 minuty'],
    [300, 'za 5 minut'],
    [12 * 60, 'za 12 minut'],
    [22 * 60, 'za 22 minuty'],
    [25 * 60, 'za 25 minut'],
  ])('Polish: %i s → "%s"', (seconds, expected) => {
    expect(minutesIn('pl', seconds)).toBe(`${expected}.`);
  });

  it.each([
    [60, 'za 1 minutu'],
    [120, 'za 2 minuty'],
    [240, 'za 4 minuty'],
    [300, 'za 5 minut'],
    [22 * 60, 'za 22 minut'],
  ])('Czech: %i s → "%s"', (seconds, expected) => {
    expect(minutesIn('cs', seconds)).toBe(`${expected}.`);
  });

  it.each([
    [60, 'in 1 minute'],
    [300, 'in 5 minutes'],
  ])('English: %i s → "%s"', (seconds, expected) => {
    expect(minutesIn('en', seconds)).toBe(`${expected}.`);
  });

  it('rounds the wait up to whole minutes and ignores missing values', () => {
    expect(retryAfterMinutes({ retryAfterSeconds: 61 })).toBe(2);
    expect(retryAfterMinutes({ retryAfterSeconds: 5 })).toBe(1);
    expect(retryAfterMinutes({})).toBeNull();
    expect(retryAfterMinutes(undefined)).toBeNull();
  });

  it('falls back to the server message for an unknown code and to a sentence without time', () => {
    const i18n = createI18n();
    void i18n.changeLanguage('en');
    expect(describeError(i18n, new ApiError(418, 'teapot', 'I am a teapot'))).toBe('I am a teapot');
    expect(describeError(i18n, new ApiError(423, 'account_locked', 'locked'))).toMatch(/Try again later\.$/);
  });
});
