import i18next, { type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@kontakt/contracts';
import cs from './cs.json';
import en from './en.json';
import pl from './pl.json';

/** The portal's languages, in the order the switch shows them, each named in itself. */
export const LOCALES = ['pl', 'cs', 'en'] as const satisfies readonly Locale[];
export const LOCALE_NAMES: Record<Locale, string> = { pl: 'Polski', cs: 'Čeština', en: 'English' };
export const LOCALE_STORAGE_KEY = 'kontakt.portal.locale';

export const resources = { en: { translation: en }, pl: { translation: pl }, cs: { translation: cs } };

export const isLocale = (value: string | undefined | null): value is Locale =>
  (LOCALES as readonly string[]).includes(value ?? '');

export function currentLocale(instance: I18n): Locale {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLocale(lng) ? lng : 'en';
}

/** Language from what the customer chose before, then the browser, else English; `<html lang>` follows. */
export function createI18n(lng?: Locale): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (l) => {
    if (typeof document !== 'undefined') document.documentElement.lang = isLocale(l) ? l : 'en';
  });
  void instance
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      ...(lng ? { lng } : {}),
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
