import cs from '../../apps/web/src/i18n/cs.json' with { type: 'json' };
import en from '../../apps/web/src/i18n/en.json' with { type: 'json' };
import pl from '../../apps/web/src/i18n/pl.json' with { type: 'json' };

/** The web app's own translations: the journeys expect exactly what a person would read. */
const DICTIONARIES = { pl, cs, en } as const;

export type Locale = keyof typeof DICTIONARIES;
export const LOCALES = Object.keys(DICTIONARIES) as Locale[];

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = DICTIONARIES[locale];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text for `key` in `locale`. With `count`, the plural form the language's rules pick
 * (`_one`, `_few`, `_many`, `_other`) with `{{count}}` filled in, as i18next does.
 * Throws when the key is missing, so a renamed key fails loudly instead of matching nothing.
 */
export function text(locale: Locale, key: string, count?: number): string {
  if (count === undefined) {
    const found = lookup(locale, key);
    if (found === undefined) throw new Error(`No "${key}" in ${locale}.json`);
    return found;
  }
  const form = new Intl.PluralRules(locale).select(count);
  const found = lookup(locale, `${key}_${form}`) ?? lookup(locale, `${key}_other`);
  if (found === undefined) throw new Error(`No plural of "${key}" (${form}) in ${locale}.json`);
  return found.replaceAll('{{count}}', String(count));
}
