import { describe, expect, it } from 'vitest';
import { createI18n } from './index.ts';

const say = (lng: string, key: 'tickets.count' | 'bulk.done' | 'timeline.imagesBlocked', count: number) => {
  const i18n = createI18n();
  void i18n.changeLanguage(lng);
  return i18n.t(key, { count });
};

describe('workspace plurals', () => {
  it.each([
    [1, '1 zgłoszenie'],
    [2, '2 zgłoszenia'],
    [4, '4 zgłoszenia'],
    [5, '5 zgłoszeń'],
    [12, '12 zgłoszeń'],
    [22, '22 zgłoszenia'],
    [25, '25 zgłoszeń'],
    [0, '0 zgłoszeń'],
  ])('Polish tickets: %i → %s', (n, expected) => expect(say('pl', 'tickets.count', n)).toBe(expected));

  it.each([
    [1, '1 tiket'],
    [2, '2 tikety'],
    [4, '4 tikety'],
    [5, '5 tiketů'],
    [22, '22 tiketů'],
    [0, '0 tiketů'],
  ])('Czech tickets: %i → %s', (n, expected) => expect(say('cs', 'tickets.count', n)).toBe(expected));

  it('English and sentences around the number', () => {
    expect(say('en', 'tickets.count', 1)).toBe('1 ticket');
    expect(say('en', 'tickets.count', 3)).toBe('3 tickets');
    expect(say('pl', 'bulk.done', 5)).toBe('Zmieniono 5 zgłoszeń.');
    expect(say('cs', 'bulk.done', 3)).toBe('Změněny 3 tikety.');
    expect(say('cs', 'timeline.imagesBlocked', 1)).toBe('Zablokován 1 vzdálený obrázek');
    expect(say('pl', 'timeline.imagesBlocked', 2)).toBe('Zablokowano 2 zdalne obrazy');
  });
});
