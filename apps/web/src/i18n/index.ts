import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@kontakt/contracts';
import cs from './cs.json';
import en from './en.json';
import pl from './pl.json';

/** The languages Kontakt speaks, in the order the switch shows them. */
export const LOCALES = ['pl', 'cs', 'en'] as const satisfies readonly Locale[];

/** Each language named in itself, so a person finds theirs whatever is showing now. */
export const LOCALE_NAMES: Record<Locale, string> = { pl: 'Polski', cs: 'Čeština', en: 'English' };

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'kontakt.locale';

export const resources = { en: { translation: en }, pl: { translation: pl }, cs: { translation: cs } };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/** The language currently shown, narrowed to one Kontakt supports. */
export function currentLocale(instance: I18n): Locale {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLocale(lng) ? lng : 'en';
}

/**
 * Creates the i18next instance: language from localStorage, then the browser, else English;
 * keeps `<html lang>` in step with it.
 */
export function createI18n(): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = isLocale(lng) ? lng : 'en';
  });
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...LOCALES],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
      initAsync: false,
      showSupportNotice: false,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LOCALE_STORAGE_KEY,
        caches: ['localStorage'],
      },
    });
  return instance;
}
